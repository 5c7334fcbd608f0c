// release-console: the desktop console. Parses the command line, then hands over to MainWindow.
#include "appearance.h"
#include "consoletranslator.h"
#include "demogithub.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace {

// A new folder for each demo, so a demo never edits an earlier one (or a real clone).
QString newDemoDirectory()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty() || !QDir().mkpath(base))
        base = QDir::tempPath();
    QString directory = QDir(base).filePath(QStringLiteral("demo-") + stamp);
    for (int n = 2; QFileInfo::exists(directory); ++n)
        directory = QDir(base).filePath(QStringLiteral("demo-%1-%2").arg(stamp).arg(n));
    return directory;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReleaseConsole"));
    QApplication::setOrganizationDomain(QStringLiteral("release-console.org"));
    QApplication::setApplicationName(QStringLiteral("release-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Release Console"));
    QApplication::setApplicationVersion(QStringLiteral(RC_VERSION));
    // The installed .desktop file's name: Wayland compositors and task bars find the window's
    // launcher, name and icon through it.
    QApplication::setDesktopFileName(QStringLiteral("org.releaseconsole.ReleaseConsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/release-console.svg")));
    rc::app::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Release dashboard for a git clone: components, sign-offs, checklist, approvals and readiness."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Create a fresh demo clone and open it, with a "
                                                                  "GitHub simulated on this computer."));
    parser.addOption(demo);
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("main", "Colours of the window for this run: light, dark or system. Without it, "
                                        "View \u2192 Appearance decides."),
        QStringLiteral("light|dark|system"));
    parser.addOption(palette);
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "A git clone, or a release manifest inside one."),
                                 QStringLiteral("[PATH]"));
    // For the start-up benchmark: quit as soon as the first window has been shown.
    QCommandLineOption exitWhenShown(QStringLiteral("exit-when-shown"));
    exitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitWhenShown);
    parser.process(app);

    // Before the first window, so nothing is drawn in the wrong colours first.
    if (parser.isSet(palette)) {
        const std::optional<rc::ui::Appearance::Mode> mode = rc::ui::Appearance::parse(parser.value(palette));
        if (!mode) {
            std::fputs(qPrintable(QApplication::translate("main", "release-console: --palette takes light, dark or "
                                                                  "system, not \"%1\".\n")
                                      .arg(parser.value(palette))),
                       stderr);
            return 2;
        }
        rc::ui::Appearance::apply(*mode);
    } else if (const rc::ui::Appearance::Mode saved = rc::ui::Appearance::saved();
               saved != rc::ui::Appearance::Mode::System) {
        rc::ui::Appearance::apply(saved);
    }

    rc::ui::MainWindow window;
    // Lives as long as the window: the demo's GitHub, in this process on loopback.
    std::unique_ptr<rc::app::DemoGitHub> demoGitHub;
    if (parser.isSet(exitWhenShown))
        rc::ui::exitWhenShown(&window);
    window.show();

    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(demo)) {
        demoGitHub = std::make_unique<rc::app::DemoGitHub>();
        QString error;
        if (demoGitHub->start(&error))
            demoGitHub->attach(window.gitHubSession());
        else
            window.showBanner(error);
        window.openNewDemo(newDemoDirectory());
    } else if (!paths.isEmpty()) {
        window.openPathWhenShown(QDir::current().absoluteFilePath(paths.first()));
    } else if (const QStringList recent = window.recentClones(); !recent.isEmpty() && QFileInfo::exists(recent.first())) {
        window.openPathWhenShown(recent.first());
    }
    return QApplication::exec();
}

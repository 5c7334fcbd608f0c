// Cold start of release-console on the demo workspace to its first shown window, against a minimal
// Qt Widgets program that shows one QTableView, alternating in the same run.
// Target: release-console at most 1.5x the minimal program.
#include "benchutil.h"
#include "demo/demoworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 15;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Start-up must not depend on remembered state from earlier runs.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());

    const QString demo = home.filePath(QStringLiteral("demo"));
    const auto created = core::createDemoWorkspace(demo);
    if (!created) {
        QTextStream(stderr) << "cannot create the demo workspace: " << created.error().toString() << Qt::endl;
        return 1;
    }

    const QString dir = QCoreApplication::applicationDirPath();
    const QString console = dir + QStringLiteral("/release-console");
    const QString minimal = dir + QStringLiteral("/bench_minimal_window");
    const QStringList consoleArgs{QStringLiteral("--exit-when-shown"), *created};
    const QStringList minimalArgs{QStringLiteral("--exit-when-shown")};

    // One warm-up each so both start from the same page cache.
    bench::runProcess(console, consoleArgs);
    bench::runProcess(minimal, minimalArgs);

    std::vector<double> consoleMs, minimalMs, consoleShown, minimalShown;
    long consolePeak = 0, minimalPeak = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto a = bench::runProcess(console, consoleArgs);
        const auto b = bench::runProcess(minimal, minimalArgs);
        if (a.exitCode != 0 || b.exitCode != 0 || a.shownMilliseconds < 0 || b.shownMilliseconds < 0) {
            QTextStream(stderr) << "a run failed: release-console exit " << a.exitCode << ", minimal exit "
                                << b.exitCode << Qt::endl;
            return 1;
        }
        consoleShown.push_back(a.shownMilliseconds);
        minimalShown.push_back(b.shownMilliseconds);
        consoleMs.push_back(a.milliseconds);
        minimalMs.push_back(b.milliseconds);
        consolePeak = std::max(consolePeak, a.peakKiB);
        minimalPeak = std::max(minimalPeak, b.peakKiB);
    }
    const auto cs = bench::summarize(consoleShown);
    const auto ms = bench::summarize(minimalShown);
    const auto c = bench::summarize(consoleMs);
    const auto m = bench::summarize(minimalMs);
    QTextStream(stdout) << "start-up, " << rounds << " alternating runs, platform "
                        << (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qgetenv("QT_QPA_PLATFORM") : "xcb")
                        << Qt::endl;
    bench::report(QStringLiteral("release-console to first painted window, median"), cs.median, QStringLiteral("ms"));
    bench::report(QStringLiteral("minimal QTableView program to first painted window, median"), ms.median,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("ratio to first painted window (target <= 1.5)"), cs.median / ms.median,
                  QStringLiteral("x"));
    bench::report(QStringLiteral("release-console whole process (incl. scan and exit), median"), c.median,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("minimal program whole process, median"), m.median, QStringLiteral("ms"));
    bench::report(QStringLiteral("release-console peak memory"), consolePeak / 1024.0, QStringLiteral("MiB"));
    bench::report(QStringLiteral("minimal program peak memory"), minimalPeak / 1024.0, QStringLiteral("MiB"));
    return 0;
}

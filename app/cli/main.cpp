#include "cli.h"
#include "consoletranslator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));
    // Messages for people follow the system locale. --json output is for scripts and stays as
    // documented, in English, whatever the locale.
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const qsizetype endOfOptions = arguments.indexOf(QStringLiteral("--"));
    const bool json = arguments.mid(0, endOfOptions < 0 ? arguments.size() : endOfOptions).contains(QStringLiteral("--json"));
    rc::app::installTranslations(app, json ? QLocale::c() : QLocale::system());

    // The core's progress notes ("saved", "committed") repeat what the command prints itself;
    // warnings still show, and QT_LOGGING_RULES can turn the rest back on.
    QLoggingCategory::setFilterRules(QStringLiteral("rc.*.info=false\nrc.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    rc::cli::Cli::Options options;
    // Colour only for a person at a terminal; https://no-color.org says any non-empty NO_COLOR turns it off.
    options.colour = ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
    rc::cli::Cli cli(out, err, options);
    const int exitCode = cli.run(arguments);
    out.flush();
    err.flush();
    return exitCode;
}

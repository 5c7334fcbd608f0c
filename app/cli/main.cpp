#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    rc::cli::Cli::Options options;
    // Colour only for a person at a terminal; https://no-color.org says any non-empty NO_COLOR turns it off.
    options.colour = ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
    rc::cli::Cli cli(out, err, options);
    const int exitCode = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return exitCode;
}

#include "benchutil.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <ctime>
#include <unistd.h>

extern char **environ;

namespace rc::bench {

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    // posix_spawn + wait4 rather than QProcess: wait4 gives the child's own peak memory.
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    ProcessRun run;
    QTemporaryDir scratch;
    const QString shownFile = scratch.filePath(QStringLiteral("shown"));
    qputenv("RC_BENCH_SHOWN_FILE", shownFile.toLocal8Bit());
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    qputenv("RC_BENCH_SPAWN_NS", QByteArray::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.milliseconds = timer.nsecsElapsed() / 1e6;
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile shown(shownFile);
    if (shown.open(QIODevice::ReadOnly))
        run.shownMilliseconds = shown.readAll().toDouble();
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

long selfPeakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

Summary summarize(std::vector<double> values)
{
    Summary summary;
    if (values.empty())
        return summary;
    std::sort(values.begin(), values.end());
    summary.min = values.front();
    summary.max = values.back();
    const size_t mid = values.size() / 2;
    summary.median = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return summary;
}

void report(const QString &name, double value, const QString &unit)
{
    QTextStream out(stdout);
    out << qSetFieldWidth(64) << Qt::left << (name + QLatin1Char(':')) << qSetFieldWidth(0)
        << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << Qt::endl;
}

} // namespace rc::bench

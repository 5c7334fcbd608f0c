#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace rc::bench {

/// Wall time and peak resident memory of one finished child process.
struct ProcessRun
{
    double milliseconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
    double shownMilliseconds = -1; ///< spawn to first painted window, as the program reported it
};

/// Runs `program` with `arguments` to completion (stdout/stderr discarded) and measures it.
/// The child gets RC_BENCH_SPAWN_NS (the spawn time, CLOCK_MONOTONIC) and RC_BENCH_SHOWN_FILE; a
/// program started with --exit-when-shown writes its time to first painted window there.
ProcessRun runProcess(const QString &program, const QStringList &arguments);

/// Peak resident memory of this process so far, in KiB.
long selfPeakKiB();

struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
};
Summary summarize(std::vector<double> values);

/// Prints one figure as "name: value unit" on stdout, lined up.
void report(const QString &name, double value, const QString &unit);

} // namespace rc::bench

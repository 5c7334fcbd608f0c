#pragma once

// The live view of a workflow run for `releasectl watch`: pure, it turns snapshots into the bytes
// to write, so what a terminal shows can be tested byte for byte.

#include "github/workflowrun.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace rc::cli {

/// What the watcher knows at one moment.
struct RunSnapshot
{
    core::WorkflowRun run;
    std::vector<core::WorkflowJob> jobs;
    QDateTime now; ///< durations of running items are measured to this time
    QHash<qint64, QStringList> logTails; ///< last log lines per failed job id, when fetched
};

class RunView
{
public:
    enum class Mode {
        Terminal, ///< a block redrawn in place
        Plain, ///< one line per change, for logs and pipes
    };

    /// `width` is the terminal's width in columns; lines are cut to fit so they never wrap (a
    /// wrapped line would break moving the cursor back over the block). `height`, when known, caps
    /// the block so the cursor can always move back to its first line.
    explicit RunView(Mode mode, int width = 80, int height = 0, bool colour = true);

    void setSize(int width, int height);

    /// The bytes that bring the screen (or the log) from the previous snapshot to this one.
    QByteArray render(const RunSnapshot &snapshot);
    /// The bytes to write when watching ends: the cursor shown again after the block.
    QByteArray finish();

private:
    struct Span
    {
        QString text;
        QByteArray sgr; ///< SGR parameters, empty for plain text
    };
    using Line = std::vector<Span>;

    QByteArray renderTerminal(const RunSnapshot &snapshot);
    QByteArray renderPlain(const RunSnapshot &snapshot);
    std::vector<Line> layout(const RunSnapshot &snapshot) const;
    QByteArray paint(const Line &line) const;

    Mode m_mode;
    int m_width;
    int m_height;
    bool m_colour;
    std::vector<QByteArray> m_shown; ///< the block's lines as last written (terminal)
    QHash<QString, QString> m_said; ///< what plain mode last said per run, job and step key
    QSet<qint64> m_tailsSaid;
};

/// The exit code of `releasectl watch` for a run's conclusion: 0 for success, neutral and skipped;
/// 1 for failure, cancelled, timed_out, startup_failure, action_required, stale and anything
/// unknown (never report an unrecognised outcome as success); 1 while the run has not completed.
int exitCodeForConclusion(const QString &status, const QString &conclusion);

} // namespace rc::cli

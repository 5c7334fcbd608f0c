#include "runview.h"

#include <QCoreApplication>

namespace rc::cli {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::RunView)
};

bool isFailure(const QString &conclusion)
{
    return conclusion == QLatin1String("failure") || conclusion == QLatin1String("timed_out")
        || conclusion == QLatin1String("startup_failure");
}

struct Mark
{
    QString symbol;
    QByteArray sgr;
};

Mark markFor(const QString &status, const QString &conclusion)
{
    if (status == QLatin1String("completed")) {
        if (conclusion == QLatin1String("success"))
            return {QStringLiteral("✓"), "32"};
        if (isFailure(conclusion))
            return {QStringLiteral("✗"), "31"};
        if (conclusion == QLatin1String("cancelled"))
            return {QStringLiteral("⊘"), "33"};
        return {QStringLiteral("-"), "2"}; // skipped, neutral
    }
    if (status == QLatin1String("in_progress"))
        return {QStringLiteral("●"), "1;33"};
    return {QStringLiteral("○"), "2"}; // queued, waiting, pending, requested
}

QString stateWord(const QString &status, const QString &conclusion)
{
    return status == QLatin1String("completed") && !conclusion.isEmpty() ? conclusion : status;
}

QString durationText(const QDateTime &start, const QDateTime &end, const QDateTime &now)
{
    const std::optional<qint64> seconds = core::durationSeconds(start, end, now);
    return seconds ? core::formatDuration(*seconds) : QString();
}

QString runTitle(const core::WorkflowRun &run)
{
    return run.displayTitle.isEmpty() ? run.name : run.displayTitle;
}

QDateTime runEnd(const core::WorkflowRun &run)
{
    return core::isCompleted(run.status) ? run.updatedAt : QDateTime();
}

QDateTime runStart(const core::WorkflowRun &run)
{
    return run.runStartedAt.isValid() ? run.runStartedAt : run.createdAt;
}

constexpr int maxTailLines = 10;

} // namespace

RunView::RunView(Mode mode, int width, int height, bool colour)
    : m_mode(mode), m_width(width), m_height(height), m_colour(colour)
{
}

void RunView::setSize(int width, int height)
{
    m_width = width;
    m_height = height;
}

QByteArray RunView::render(const RunSnapshot &snapshot)
{
    return m_mode == Mode::Terminal ? renderTerminal(snapshot) : renderPlain(snapshot);
}

QByteArray RunView::finish()
{
    if (m_mode != Mode::Terminal || m_shown.empty())
        return {};
    return QByteArrayLiteral("\x1b[?25h");
}

std::vector<RunView::Line> RunView::layout(const RunSnapshot &s) const
{
    std::vector<Line> lines;
    const core::WorkflowRun &run = s.run;
    const Mark runMark = markFor(run.status, run.conclusion);
    Line head{{runMark.symbol, runMark.sgr},
              {QStringLiteral(" %1").arg(runTitle(run)), "1"},
              {QStringLiteral("  #%1").arg(run.id), "2"},
              {QStringLiteral("  ") + stateWord(run.status, run.conclusion), runMark.sgr}};
    const QString runDuration = durationText(runStart(run), runEnd(run), s.now);
    if (!runDuration.isEmpty())
        head.push_back({QStringLiteral("  ") + runDuration, {}});
    if (run.runAttempt > 1)
        head.push_back({QStringLiteral("  ") + Text::tr("attempt %1").arg(run.runAttempt), "2"});
    lines.push_back(head);
    if (!run.htmlUrl.isEmpty())
        lines.push_back({{QStringLiteral("  ") + run.htmlUrl, "2"}});

    for (const core::WorkflowJob &job : s.jobs) {
        const Mark jobMark = markFor(job.status, job.conclusion);
        Line jobLine{{QStringLiteral("  "), {}}, {jobMark.symbol, jobMark.sgr}, {QStringLiteral(" ") + job.name, {}},
                     {QStringLiteral("  ") + stateWord(job.status, job.conclusion), jobMark.sgr}};
        const QString jobDuration = durationText(job.startedAt, job.completedAt, s.now);
        if (!jobDuration.isEmpty())
            jobLine.push_back({QStringLiteral("  ") + jobDuration, "2"});
        lines.push_back(jobLine);

        // Steps only where someone looks: the running job and a failed one. A green job is one line.
        const bool failed = core::isCompleted(job.status) && (isFailure(job.conclusion) || job.conclusion == QLatin1String("cancelled"));
        if (job.status != QLatin1String("in_progress") && !failed)
            continue;
        for (const core::WorkflowStep &step : job.steps) {
            const bool running = step.status == QLatin1String("in_progress");
            const Mark stepMark = running ? Mark{QStringLiteral("▶"), "1;33"} : markFor(step.status, step.conclusion);
            Line stepLine{{QStringLiteral("      "), {}}, {stepMark.symbol, stepMark.sgr},
                          {QStringLiteral(" %1 %2").arg(step.number).arg(step.name), running ? QByteArray("1;33") : QByteArray()}};
            const QString stepDuration = durationText(step.startedAt, step.completedAt, s.now);
            if (!stepDuration.isEmpty())
                stepLine.push_back({QStringLiteral("  ") + stepDuration, "2"});
            lines.push_back(stepLine);
        }
        if (failed) {
            const QStringList tail = s.logTails.value(job.id);
            for (qsizetype i = std::max<qsizetype>(0, tail.size() - maxTailLines); i < tail.size(); ++i)
                lines.push_back({{QStringLiteral("        │ "), "2"}, {tail.at(i), {}}});
        }
    }

    // The cursor can only move back over lines still on the screen.
    if (m_height > 1 && int(lines.size()) > m_height - 1) {
        const int keep = m_height - 2;
        const int hidden = int(lines.size()) - keep;
        lines.resize(size_t(keep));
        lines.push_back({{QStringLiteral("  ") + Text::tr("… %1 more lines").arg(hidden), "2"}});
    }
    return lines;
}

QByteArray RunView::paint(const Line &line) const
{
    // Cut on the plain text to one column short of the width: writing the last column makes some
    // terminals wrap, and a wrapped line breaks moving back over the block.
    const int limit = std::max(1, m_width - 1);
    int used = 0;
    QByteArray out;
    for (const Span &span : line) {
        if (used >= limit)
            break;
        QString text = span.text;
        if (used + text.size() > limit) {
            text = text.left(std::max(0, limit - used - 1)) + QStringLiteral("…");
        }
        used += int(text.size());
        if (m_colour && !span.sgr.isEmpty())
            out += "\x1b[" + span.sgr + 'm' + text.toUtf8() + "\x1b[0m";
        else
            out += text.toUtf8();
    }
    return out;
}

QByteArray RunView::renderTerminal(const RunSnapshot &snapshot)
{
    std::vector<QByteArray> next;
    for (const Line &line : layout(snapshot))
        next.push_back(paint(line));
    if (next == m_shown)
        return {};

    QByteArray out = QByteArrayLiteral("\x1b[?25l");
    if (!m_shown.empty())
        out += "\r\x1b[" + QByteArray::number(qsizetype(m_shown.size())) + 'A';
    for (size_t i = 0; i < next.size(); ++i) {
        if (i < m_shown.size() && m_shown[i] == next[i])
            out += '\n'; // unchanged: step over it
        else
            out += next[i] + "\x1b[K\n";
    }
    if (next.size() < m_shown.size())
        out += "\x1b[J"; // the old block was longer: clear what is left of it
    out += "\x1b[?25h";
    m_shown = std::move(next);
    return out;
}

QByteArray RunView::renderPlain(const RunSnapshot &s)
{
    QByteArray out;
    auto say = [&](const QString &key, const QString &state, const QString &line, bool quietAtFirst) {
        const auto it = m_said.constFind(key);
        if (it != m_said.cend() && *it == state)
            return;
        const bool first = it == m_said.cend();
        m_said.insert(key, state);
        if (first && quietAtFirst)
            return;
        out += line.toUtf8() + '\n';
    };
    auto state = [](const QString &status, const QString &conclusion) { return status + QLatin1Char('/') + conclusion; };

    const core::WorkflowRun &run = s.run;
    const QString runName = Text::tr("run %1 %2").arg(run.id).arg(runTitle(run));
    const bool runDone = core::isCompleted(run.status);
    if (!runDone) {
        QString line = QStringLiteral("%1: %2").arg(runName, run.status);
        if (!m_said.contains(QStringLiteral("run")) && !run.htmlUrl.isEmpty())
            line += QStringLiteral(" (%1)").arg(run.htmlUrl);
        say(QStringLiteral("run"), state(run.status, run.conclusion), line, false);
    }

    for (const core::WorkflowJob &job : s.jobs) {
        const QString jobName = Text::tr("job %1").arg(job.name);
        auto initiallyQuiet = [](const QString &status) {
            return status == QLatin1String("queued") || status == QLatin1String("pending") || status == QLatin1String("requested");
        };
        auto sayJob = [&] {
            QString line = QStringLiteral("%1: %2").arg(jobName, job.status);
            if (core::isCompleted(job.status)) {
                line = Text::tr("%1: completed %2").arg(jobName, job.conclusion);
                const QString d = durationText(job.startedAt, job.completedAt, s.now);
                if (!d.isEmpty())
                    line += QStringLiteral(" (%1)").arg(d);
            }
            say(QStringLiteral("job:%1").arg(job.id), state(job.status, job.conclusion), line, initiallyQuiet(job.status));
        };
        // Reads in order: a job starts before its steps and ends after them.
        const bool jobDone = core::isCompleted(job.status);
        if (!jobDone)
            sayJob();
        for (const core::WorkflowStep &step : job.steps) {
            QString line = Text::tr("%1: step %2 %3 %4").arg(jobName).arg(step.number).arg(step.name, stateWord(step.status, step.conclusion));
            if (core::isCompleted(step.status)) {
                line = Text::tr("%1: step %2 %3 completed %4").arg(jobName).arg(step.number).arg(step.name, step.conclusion);
                const QString d = durationText(step.startedAt, step.completedAt, s.now);
                if (!d.isEmpty())
                    line += QStringLiteral(" (%1)").arg(d);
            }
            say(QStringLiteral("step:%1:%2").arg(job.id).arg(step.number), state(step.status, step.conclusion), line, initiallyQuiet(step.status));
        }
        if (jobDone)
            sayJob();

        const bool failed = core::isCompleted(job.status) && (isFailure(job.conclusion) || job.conclusion == QLatin1String("cancelled"));
        const auto tail = s.logTails.constFind(job.id);
        if (failed && tail != s.logTails.cend() && !tail->isEmpty() && !m_tailsSaid.contains(job.id)) {
            m_tailsSaid.insert(job.id);
            out += Text::tr("%1: last lines of the log:").arg(jobName).toUtf8() + '\n';
            for (qsizetype i = std::max<qsizetype>(0, tail->size() - maxTailLines); i < tail->size(); ++i)
                out += "  | " + tail->at(i).toUtf8() + '\n';
        }
    }

    if (runDone) {
        QString line = Text::tr("%1: completed %2").arg(runName, run.conclusion);
        const QString d = durationText(runStart(run), runEnd(run), s.now);
        if (!d.isEmpty())
            line += QStringLiteral(" (%1)").arg(d);
        if (!m_said.contains(QStringLiteral("run")) && !run.htmlUrl.isEmpty())
            line += QStringLiteral(" %1").arg(run.htmlUrl);
        say(QStringLiteral("run"), state(run.status, run.conclusion), line, false);
    }
    return out;
}

int exitCodeForConclusion(const QString &status, const QString &conclusion)
{
    if (status != QLatin1String("completed"))
        return 1;
    if (conclusion == QLatin1String("success") || conclusion == QLatin1String("neutral") || conclusion == QLatin1String("skipped"))
        return 0;
    return 1;
}

} // namespace rc::cli

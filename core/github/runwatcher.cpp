#include "runwatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

namespace rc::core {

Q_LOGGING_CATEGORY(rcGitHubWatch, "rc.github.watch", QtInfoMsg)

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::RunWatcher)
};

bool isFailedConclusion(const QString &conclusion)
{
    return conclusion == QLatin1String("failure") || conclusion == QLatin1String("timed_out")
        || conclusion == QLatin1String("startup_failure");
}

bool isPermanent(GitHubErrorKind kind)
{
    return kind == GitHubErrorKind::Unauthorized || kind == GitHubErrorKind::Forbidden || kind == GitHubErrorKind::NotFound;
}

// What a person can see of a snapshot; two snapshots with the same fingerprint look the same.
QString visibleState(const RunSnapshot &s)
{
    QString text = s.run.status + QLatin1Char('|') + s.run.conclusion + QLatin1Char('|')
        + QString::number(s.run.runAttempt) + QLatin1Char('|') + s.run.displayTitle;
    for (const WorkflowJob &job : s.jobs) {
        text += QStringLiteral("|J%1:%2:%3").arg(job.id).arg(job.status, job.conclusion);
        for (const WorkflowStep &step : job.steps)
            text += QStringLiteral(",%1:%2:%3").arg(step.number).arg(step.status, step.conclusion);
    }
    for (const PendingDeployment &p : s.pending)
        text += QStringLiteral("|P%1:%2").arg(p.environmentId).arg(p.currentUserCanApprove);
    for (const JobLogTail &tail : s.logTails)
        text += QStringLiteral("|L%1:%2:%3").arg(tail.jobId).arg(tail.lines.size()).arg(tail.error);
    text += QLatin1String("|E") + s.transientError;
    return text;
}

// The steps only: a change here means the run is moving and polling stays fast.
QString stepState(const std::vector<WorkflowJob> &jobs)
{
    QString text;
    for (const WorkflowJob &job : jobs) {
        text += QStringLiteral("|%1:%2").arg(job.id).arg(job.status);
        for (const WorkflowStep &step : job.steps)
            text += QStringLiteral(",%1:%2").arg(step.number).arg(step.status);
    }
    return text;
}

QStringList lastLines(const QByteArray &log, int count)
{
    QString text = QString::fromUtf8(log);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines;
}

} // namespace

struct RunWatcher::Poll
{
    quint64 generation = 0;
    RunSnapshot snapshot;
    GitHubError error;
    int pendingLogs = 0;
};

RunWatcher::RunWatcher(GitHubClient *client, GitHubRepositoryName repository, RunWatcherOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_repository(std::move(repository)), m_options(options)
{
    qRegisterMetaType<RunSnapshot>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunWatcher::poll);
}

RunWatcher::~RunWatcher() = default;

void RunWatcher::watch(qint64 runId)
{
    m_runId = runId;
    ++m_generation;
    m_snapshot = {};
    m_finished = false;
    m_polling = false;
    m_polls = 0;
    m_interval = m_options.fastIntervalMs;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start(0);
}

void RunWatcher::stop()
{
    ++m_generation;
    m_polling = false;
    m_timer.stop();
}

void RunWatcher::refreshNow()
{
    if (m_runId == 0 || m_polling)
        return;
    // After a cancel or re-run the run moves again, so it is polled even when it had completed;
    // finished() comes again only for a new attempt that completes.
    m_timer.start(0);
}

bool RunWatcher::isWatching() const
{
    return m_timer.isActive() || m_polling;
}

QString RunWatcher::runPath() const
{
    return QStringLiteral("/repos/%1/actions/runs/%2").arg(m_repository.fullName()).arg(m_runId);
}

void RunWatcher::poll()
{
    if (!m_client || m_runId == 0)
        return;
    auto p = std::make_shared<Poll>();
    p->generation = m_generation;
    p->snapshot = m_snapshot;
    m_polling = true;
    ++m_polls;
    const QString subject = Text::tr("run %1 in %2").arg(m_runId).arg(m_repository.fullName());

    m_client->get(runPath(), subject, this, [this, p, subject](const GitHubResult &result) {
        if (p->generation != m_generation)
            return;
        if (!result.ok()) {
            p->error = result.error;
            pollDone(p);
            return;
        }
        const Expected<WorkflowRun> run = parseWorkflowRun(result.response.json().object());
        if (!run) {
            p->error = GitHubError{GitHubErrorKind::Protocol, result.response.httpStatus,
                                   Text::tr("GitHub's answer for run %1 could not be read: %2").arg(m_runId).arg(run.error().toString()), {}};
            pollDone(p);
            return;
        }
        p->snapshot.run = *run;
        m_client->getAllPages(runPath() + QStringLiteral("/jobs?per_page=100"), QStringLiteral("jobs"),
                              Text::tr("the jobs of run %1").arg(m_runId), this, [this, p](const GitHubPages &pages) {
            if (p->generation != m_generation)
                return;
            if (!pages.ok()) {
                p->error = pages.error;
                pollDone(p);
                return;
            }
            const Expected<std::vector<WorkflowJob>> jobs = parseWorkflowJobList(QJsonObject{{QStringLiteral("jobs"), pages.items}});
            if (!jobs) {
                p->error = GitHubError{GitHubErrorKind::Protocol, 0,
                                       Text::tr("GitHub's jobs of run %1 could not be read: %2").arg(m_runId).arg(jobs.error().toString()), {}};
                pollDone(p);
                return;
            }
            p->snapshot.jobs = *jobs;
            if (p->snapshot.run.status != QLatin1String("waiting")) {
                p->snapshot.pending.clear();
                fetchLogTails(p);
                return;
            }
            m_client->get(runPath() + QStringLiteral("/pending_deployments"), Text::tr("the pending deployments of run %1").arg(m_runId),
                          this, [this, p](const GitHubResult &result) {
                if (p->generation != m_generation)
                    return;
                if (!result.ok()) {
                    p->error = result.error;
                    pollDone(p);
                    return;
                }
                const Expected<std::vector<PendingDeployment>> pending = parsePendingDeployments(result.response.json().array());
                if (!pending) {
                    p->error = GitHubError{GitHubErrorKind::Protocol, 0,
                                           Text::tr("GitHub's pending deployments of run %1 could not be read: %2")
                                               .arg(m_runId).arg(pending.error().toString()), {}};
                    pollDone(p);
                    return;
                }
                p->snapshot.pending = *pending;
                fetchLogTails(p);
            });
        });
    });
}

void RunWatcher::fetchLogTails(std::shared_ptr<Poll> p)
{
    RunSnapshot &s = p->snapshot;
    // Tails of jobs that are no longer in the run (a re-run attempt) go.
    s.logTails.erase(std::remove_if(s.logTails.begin(), s.logTails.end(),
                                    [&](const JobLogTail &tail) {
                                        return std::none_of(s.jobs.begin(), s.jobs.end(),
                                                            [&](const WorkflowJob &j) { return j.id == tail.jobId; });
                                    }),
                     s.logTails.end());

    // A job's log is complete once the job is; a failed job is read once, a tail that failed to
    // read is tried again on the next poll.
    std::vector<const WorkflowJob *> wanted;
    for (const WorkflowJob &job : s.jobs) {
        if (!isCompleted(job.status))
            continue;
        const bool failedStep = std::any_of(job.steps.begin(), job.steps.end(),
                                            [](const WorkflowStep &step) { return isFailedConclusion(step.conclusion); });
        if (!isFailedConclusion(job.conclusion) && !failedStep)
            continue;
        const auto have = std::find_if(s.logTails.begin(), s.logTails.end(), [&](const JobLogTail &t) { return t.jobId == job.id; });
        if (have != s.logTails.end() && have->error.isEmpty())
            continue;
        wanted.push_back(&job);
    }
    if (wanted.empty()) {
        pollDone(p);
        return;
    }
    p->pendingLogs = int(wanted.size());
    for (const WorkflowJob *job : wanted) {
        const qint64 jobId = job->id;
        const QString jobName = job->name;
        const QString path = QStringLiteral("/repos/%1/actions/jobs/%2/logs").arg(m_repository.fullName()).arg(jobId);
        m_client->get(path, Text::tr("the log of job %1").arg(jobName), this, [this, p, jobId, jobName](const GitHubResult &result) {
            if (p->generation != m_generation)
                return;
            JobLogTail tail;
            tail.jobId = jobId;
            tail.jobName = jobName;
            if (result.ok())
                tail.lines = lastLines(result.response.body, m_options.logTailLines);
            else
                tail.error = result.error.message;
            auto &tails = p->snapshot.logTails;
            const auto it = std::find_if(tails.begin(), tails.end(), [&](const JobLogTail &t) { return t.jobId == jobId; });
            if (it != tails.end())
                *it = tail;
            else
                tails.push_back(tail);
            if (--p->pendingLogs == 0) {
                // In job order, whatever order the answers came in.
                std::vector<JobLogTail> ordered;
                for (const WorkflowJob &job : p->snapshot.jobs) {
                    for (const JobLogTail &t : tails) {
                        if (t.jobId == job.id)
                            ordered.push_back(t);
                    }
                }
                tails = ordered;
                pollDone(p);
            }
        });
    }
}

void RunWatcher::pollDone(std::shared_ptr<Poll> p)
{
    m_polling = false;
    if (p->error.kind != GitHubErrorKind::None && isPermanent(p->error.kind)) {
        qCDebug(rcGitHubWatch) << "run" << m_runId << "stopped:" << gitHubErrorKindName(p->error.kind);
        ++m_generation;
        m_timer.stop();
        Q_EMIT failed(p->error);
        return;
    }

    const QString before = visibleState(m_snapshot);
    const QString stepsBefore = stepState(m_snapshot.jobs);
    RunSnapshot next = p->snapshot;
    if (p->error.kind != GitHubErrorKind::None) {
        // Keep what was known; say what went wrong until a poll succeeds.
        next = m_snapshot;
        next.transientError = p->error.message;
        next.transientErrorKind = p->error.kind;
    } else {
        next.valid = true;
        next.transientError.clear();
        next.transientErrorKind = GitHubErrorKind::None;
        next.fetchedAt = QDateTime::currentDateTimeUtc();
        next.summary = summarize(next.jobs);
    }
    const bool changed = visibleState(next) != before || (next.valid && !m_snapshot.valid);
    const bool stepsMoved = p->error.kind == GitHubErrorKind::None && stepState(next.jobs) != stepsBefore;
    m_snapshot = next;

    const bool completed = m_snapshot.isCompleted();
    if (!completed && m_snapshot.valid)
        m_finished = false; // a re-run attempt: it may finish again
    if (!completed)
        schedule(stepsMoved || (changed && p->error.kind == GitHubErrorKind::None));
    m_snapshot.nextPollMs = completed ? 0 : m_interval;
    if (changed)
        Q_EMIT updated(m_snapshot);
    if (completed && !m_finished) {
        m_finished = true;
        m_timer.stop();
        Q_EMIT finished(m_snapshot.run.conclusion);
    }
}

void RunWatcher::schedule(bool moving)
{
    const qint64 sinceStart = QDateTime::currentMSecsSinceEpoch() - m_startedAtMs;
    const QString status = m_snapshot.run.status;
    if (m_snapshot.transientErrorKind != GitHubErrorKind::None) {
        m_interval = std::min(m_options.maxIntervalMs,
                              std::max(m_options.fastIntervalMs, int(m_interval * m_options.backoffFactor)));
    } else if (moving || sinceStart < m_options.fastPeriodMs) {
        m_interval = m_options.fastIntervalMs;
    } else {
        // In progress but quiet: slow down to the slow interval. Queued or waiting for a
        // reviewer (which can take hours): down to the ceiling.
        const bool idle = status == QLatin1String("queued") || status == QLatin1String("waiting")
            || status == QLatin1String("pending") || status == QLatin1String("requested");
        const int ceiling = idle ? m_options.maxIntervalMs : m_options.slowIntervalMs;
        m_interval = std::min(ceiling, std::max(m_options.fastIntervalMs, int(m_interval * m_options.backoffFactor)));
    }
    m_timer.start(m_interval);
}

// -------------------------------------------------------------------------------------------------

RunControl::RunControl(GitHubClient *client, GitHubRepositoryName repository, QObject *parent)
    : QObject(parent), m_client(client), m_repository(std::move(repository))
{
}

QString RunControl::runPath(qint64 runId) const
{
    return QStringLiteral("/repos/%1/actions/runs/%2").arg(m_repository.fullName()).arg(runId);
}

namespace {

RunControlResult noClient()
{
    RunControlResult result;
    result.error = GitHubError{GitHubErrorKind::Network, 0, Text::tr("no GitHub connection"), {}};
    result.message = result.error.message;
    return result;
}

// GitHub's own words for a refusal, from the JSON body.
QString gitHubWords(const GitHubResult &result)
{
    return result.response.json().object().value(QStringLiteral("message")).toString();
}

} // namespace

void RunControl::cancel(qint64 runId, QObject *context, Callback done)
{
    if (!m_client) {
        done(noClient());
        return;
    }
    m_client->post(runPath(runId) + QStringLiteral("/cancel"), QJsonObject{}, Text::tr("run %1").arg(runId), context,
                   [runId, done](const GitHubResult &result) {
        RunControlResult out;
        out.error = result.error;
        if (result.ok()) {
            out.message = Text::tr("cancel requested for run %1").arg(runId);
        } else if (result.error.httpStatus == 409) {
            out.message = Text::tr("run %1 has already completed and cannot be cancelled").arg(runId);
        } else if (result.error.kind == GitHubErrorKind::Timeout || result.error.kind == GitHubErrorKind::Network) {
            out.message = Text::tr("%1; the cancel may or may not have reached GitHub: the run's status will tell").arg(result.error.message);
        } else {
            out.message = result.error.message;
        }
        done(out);
    });
}

void RunControl::rerunFailedJobs(qint64 runId, QObject *context, Callback done)
{
    if (!m_client) {
        done(noClient());
        return;
    }
    m_client->post(runPath(runId) + QStringLiteral("/rerun-failed-jobs"), QJsonObject{}, Text::tr("run %1").arg(runId), context,
                   [runId, done](const GitHubResult &result) {
        RunControlResult out;
        out.error = result.error;
        if (result.ok()) {
            out.message = Text::tr("failed jobs of run %1 re-run").arg(runId);
        } else if (result.error.httpStatus == 403 && result.error.kind == GitHubErrorKind::Forbidden) {
            const QString words = gitHubWords(result);
            out.message = words.isEmpty() || words.contains(QLatin1String("Resource not accessible"))
                ? Text::tr("re-running failed jobs needs write access to the repository; %1").arg(result.error.message)
                : Text::tr("GitHub refused to re-run run %1: %2").arg(runId).arg(words);
        } else if (result.error.httpStatus == 409) {
            out.message = Text::tr("run %1 is still running; re-run its failed jobs once it has completed").arg(runId);
        } else {
            out.message = result.error.message;
        }
        done(out);
    });
}

void RunControl::reviewPendingDeployments(qint64 runId, const QList<qint64> &environmentIds, Review review,
                                          const QString &comment, QObject *context, Callback done)
{
    if (!m_client) {
        done(noClient());
        return;
    }
    QJsonArray ids;
    for (qint64 id : environmentIds)
        ids.append(id);
    const bool approve = review == Review::Approve;
    QString text = comment.trimmed();
    if (text.isEmpty())
        text = approve ? Text::tr("Approved from the release console") : Text::tr("Rejected from the release console");
    const QJsonObject body{{QStringLiteral("environment_ids"), ids},
                           {QStringLiteral("state"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                           {QStringLiteral("comment"), text}};
    m_client->post(runPath(runId) + QStringLiteral("/pending_deployments"), body,
                   Text::tr("the pending deployments of run %1").arg(runId), context,
                   [runId, approve, done](const GitHubResult &result) {
        RunControlResult out;
        out.error = result.error;
        if (result.ok()) {
            out.message = approve ? Text::tr("deployment of run %1 approved").arg(runId) : Text::tr("deployment of run %1 rejected").arg(runId);
        } else if (result.error.kind == GitHubErrorKind::Validation) {
            out.message = Text::tr("run %1 has no such deployment waiting for a review (it may have been reviewed already): %2")
                              .arg(runId).arg(gitHubWords(result));
        } else if (result.error.kind == GitHubErrorKind::Forbidden) {
            out.message = Text::tr("you may not review this deployment: only the environment's required reviewers can; %1")
                              .arg(result.error.message);
        } else {
            out.message = result.error.message;
        }
        done(out);
    });
}

} // namespace rc::core

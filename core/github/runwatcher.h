#pragma once

#include "github/githubclient.h"
#include "github/githubsettings.h"
#include "github/workflowrun.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace rc::core {

/// The last lines of a failed job's log.
struct JobLogTail
{
    qint64 jobId = 0;
    QString jobName;
    QStringList lines; ///< at most RunWatcherOptions::logTailLines, oldest first
    QString error; ///< why the log could not be read; empty when it was
};

/// Everything known about one run at one moment.
struct RunSnapshot
{
    bool valid = false; ///< false until the run was read once
    WorkflowRun run;
    std::vector<WorkflowJob> jobs;
    std::vector<PendingDeployment> pending; ///< read while the run's status is "waiting"
    RunSummary summary;
    std::vector<JobLogTail> logTails; ///< one per failed job, after a step failed or the run completed
    /// The last poll failed but the watcher keeps going (5xx, reset, timeout, rate limit): what
    /// happened, for a status line. Empty after a poll that succeeded.
    QString transientError;
    GitHubErrorKind transientErrorKind = GitHubErrorKind::None;
    QDateTime fetchedAt; ///< when the last successful poll ended (UTC)
    int nextPollMs = 0; ///< the interval chosen after this snapshot

    bool isCompleted() const { return valid && core::isCompleted(run.status); }
};

/// The polling intervals. The defaults suit api.github.com; tests and the benchmark shorten them.
struct RunWatcherOptions
{
    int fastIntervalMs = 2000; ///< right after watch() and while steps change
    int fastPeriodMs = 20000; ///< how long after watch() polling stays fast regardless
    /// Reached step by step while a run in progress is unchanged. An unchanged poll is a 304,
    /// which costs no rate limit, so a running run stays close: a completion shows within seconds.
    int slowIntervalMs = 3000;
    int maxIntervalMs = 30000; ///< the ceiling, reached while queued or waiting for a review, and after errors
    double backoffFactor = 1.5; ///< the interval grows by this after each unchanged poll
    int logTailLines = 30;
};

/// Follows one workflow run until it completes: reads the run, its jobs (every page) and, while
/// the run waits for a review, its pending deployments; emits updated() only when something a
/// person can see changed, and finished() once when the run completes. After a step fails or the
/// run completes it reads the log tail of each failed job (the logs endpoint answers with a redirect
/// the client follows). Polling adapts: fast after start and while steps move, slowing while the
/// run is queued, waiting or unchanged. It relies on the client's ETags (an unchanged run costs a
/// 304, which does not count against the rate limit) and its rate-limit scheduler. Transient
/// faults (5xx, resets, timeouts, rate limits) are reported in the snapshot and polling goes on;
/// only errors that cannot pass by themselves (401, 403, 404) stop it through failed().
class RunWatcher : public QObject
{
    Q_OBJECT

public:
    RunWatcher(GitHubClient *client, GitHubRepositoryName repository, RunWatcherOptions options = {},
               QObject *parent = nullptr);
    ~RunWatcher() override;

    /// Starts following `runId` (stops following any other run). The first poll starts at once.
    void watch(qint64 runId);
    /// Stops polling; no signal is emitted afterwards for the current run.
    void stop();
    /// Polls now instead of waiting for the timer (after a cancel or a review, say).
    void refreshNow();

    qint64 runId() const { return m_runId; }
    bool isWatching() const;
    const RunSnapshot &snapshot() const { return m_snapshot; }
    /// The interval the next poll waits; what the adaptive polling decided.
    int currentIntervalMs() const { return m_interval; }
    /// Polls made for the current run (each one is several requests).
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    /// Something changed: status, conclusion, a job or step, pending deployments, log tails, or
    /// a transient error appeared or cleared.
    void updated(const rc::core::RunSnapshot &snapshot);
    /// The run completed; `conclusion` is GitHub's ("success", "failure", "cancelled", ...).
    /// Emitted once, after the updated() that shows the completed run and its log tails.
    void finished(const QString &conclusion);
    /// Polling stopped on an error that will not pass by itself (bad token, no access, no such run).
    void failed(const rc::core::GitHubError &error);

private:
    struct Poll;
    void poll();
    void pollDone(std::shared_ptr<Poll> poll);
    void fetchLogTails(std::shared_ptr<Poll> poll);
    void schedule(bool changed);
    QString runPath() const;

    QPointer<GitHubClient> m_client;
    GitHubRepositoryName m_repository;
    RunWatcherOptions m_options;
    QTimer m_timer;
    qint64 m_runId = 0;
    quint64 m_generation = 0; ///< bumped by watch() and stop(); answers of older polls are dropped
    bool m_polling = false;
    bool m_finished = false;
    qint64 m_startedAtMs = 0;
    int m_interval = 0;
    int m_polls = 0;
    RunSnapshot m_snapshot;
};

/// What a run-control request came to.
struct RunControlResult
{
    GitHubError error;
    /// For a person: "cancel requested for run N", or why not and what to do ("run N has already
    /// completed and cannot be cancelled", "re-running failed jobs needs write access ...").
    QString message;

    bool ok() const { return error.kind == GitHubErrorKind::None; }
};

/// Acting on a run: cancel it, re-run its failed jobs, approve or reject its pending deployments.
/// Each call posts once (never retried by the client) and maps GitHub's answers to messages a
/// person can act on (409 on a completed run, 403 without permission, 422 on a review of an
/// environment that is not waiting).
class RunControl : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RunControlResult &)>;
    enum class Review { Approve, Reject };

    RunControl(GitHubClient *client, GitHubRepositoryName repository, QObject *parent = nullptr);

    /// POST .../actions/runs/{run_id}/cancel (202).
    void cancel(qint64 runId, QObject *context, Callback done);
    /// POST .../actions/runs/{run_id}/rerun-failed-jobs (201).
    void rerunFailedJobs(qint64 runId, QObject *context, Callback done);
    /// POST .../actions/runs/{run_id}/pending_deployments with environment_ids, state
    /// ("approved"/"rejected") and comment (GitHub requires one; an empty comment sends a default).
    void reviewPendingDeployments(qint64 runId, const QList<qint64> &environmentIds, Review review,
                                  const QString &comment, QObject *context, Callback done);

private:
    QString runPath(qint64 runId) const;

    QPointer<GitHubClient> m_client;
    GitHubRepositoryName m_repository;
};

} // namespace rc::core

Q_DECLARE_METATYPE(rc::core::RunSnapshot)

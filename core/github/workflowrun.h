#pragma once

#include "expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace rc::core {

// GitHub Actions runs, jobs and steps as the REST API (2022-11-28) describes them. Status and
// conclusion stay GitHub's strings: GitHub adds values over time, and an unknown one must not make
// a run unreadable. Times are UTC-normalised; a null or absent time is an invalid QDateTime.

/// One step of a job (`jobs[].steps[]`).
struct WorkflowStep
{
    int number = 0;
    QString name;
    QString status; ///< queued, in_progress, completed, ...
    QString conclusion; ///< empty until completed
    QDateTime startedAt;
    QDateTime completedAt;
};

/// One job of a run, with its steps in the order GitHub lists them.
struct WorkflowJob
{
    qint64 id = 0;
    QString name;
    QString status;
    QString conclusion;
    QDateTime startedAt;
    QDateTime completedAt;
    QString htmlUrl;
    std::vector<WorkflowStep> steps;
};

/// A workflow run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}`).
struct WorkflowRun
{
    qint64 id = 0;
    QString name;
    QString displayTitle;
    QString status;
    QString conclusion;
    QString htmlUrl;
    QString headBranch;
    QString headSha;
    QString event;
    /// Who started this attempt: `triggering_actor.login`, else `actor.login`; empty when absent.
    QString actor;
    int runAttempt = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime runStartedAt;
};

/// A deployment waiting for a reviewer (`GET .../actions/runs/{run_id}/pending_deployments`).
struct PendingDeployment
{
    struct Reviewer
    {
        QString type; ///< "User" or "Team"
        QString name; ///< the user's login or the team's slug
    };

    qint64 environmentId = 0;
    QString environmentName;
    int waitTimerMinutes = 0;
    QDateTime waitTimerStartedAt;
    bool currentUserCanApprove = false;
    std::vector<Reviewer> reviewers;
};

/// Parses one run object. Errors name the missing or mistyped field ("workflow run: field
/// \"status\" ...") so a server that answers something else is recognised as such.
Expected<WorkflowRun> parseWorkflowRun(const QJsonObject &json);
/// Parses the `workflow_runs` array of a run list (`GET .../runs`).
Expected<std::vector<WorkflowRun>> parseWorkflowRunList(const QJsonObject &json);
/// Parses one job object with its steps.
Expected<WorkflowJob> parseWorkflowJob(const QJsonObject &json);
/// Parses the `jobs` array of `GET .../runs/{run_id}/jobs`.
Expected<std::vector<WorkflowJob>> parseWorkflowJobList(const QJsonObject &json);
/// Parses the array answered by `GET .../runs/{run_id}/pending_deployments`.
Expected<std::vector<PendingDeployment>> parsePendingDeployments(const QJsonArray &json);

bool isCompleted(const QString &status);

/// Whole seconds from `start` to `end`, or to `now` while `end` is not set yet; nullopt before
/// the item started. Never negative (clocks of runners and servers drift).
std::optional<qint64> durationSeconds(const QDateTime &start, const QDateTime &end, const QDateTime &now);
/// "42 s", "3 min 05 s", "1 h 02 min".
QString formatDuration(qint64 seconds);

/// Where a run stands: what runs now and what failed.
struct RunSummary
{
    struct StepRef
    {
        qint64 jobId = 0;
        QString jobName;
        int stepNumber = 0; ///< 0 when the job itself failed before any step did
        QString stepName;
    };

    int jobsTotal = 0;
    int jobsCompleted = 0;
    std::vector<StepRef> running; ///< the step in progress of each running job
    std::vector<StepRef> failed; ///< steps that ended in failure, cancelled or timed_out
};

RunSummary summarize(const std::vector<WorkflowJob> &jobs);

/// A new correlation id: "rc-" and 13 characters of [a-z2-7] from the system's random source
/// (65 bits), safe in a run name, an input value and a shell word. The release workflow puts it
/// into its `run-name` so the console can find the run it dispatched when the server does not
/// return the run's id.
QString makeCorrelationId();
/// Whether `text` has the form makeCorrelationId() produces.
bool isCorrelationId(const QString &text);
/// The run whose name or display title carries `correlationId` as a whole word. Never guesses
/// from times: no match is nullopt, and two different runs carrying the same id are an error.
Expected<std::optional<WorkflowRun>> findRunByCorrelationId(const std::vector<WorkflowRun> &runs,
                                                            const QString &correlationId);

} // namespace rc::core

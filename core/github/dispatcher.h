#pragma once

#include "github/githubclient.h"
#include "github/githubsettings.h"
#include "github/workflowfile.h"
#include "github/workflowrun.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rc::core {

/// The release workflow's actions, as the seed's `action` choice input names them.
enum class DispatchAction { CreateRelease, RequestSignoffs, CheckSignoffs, DeployProduction, Rollback };

/// "create_release", "request_signoffs", "check_signoffs", "deploy_production", "rollback".
QString dispatchActionName(DispatchAction action);
std::optional<DispatchAction> dispatchActionFromName(const QString &name);
QStringList dispatchActionNames();

/// What to run.
struct DispatchRequest
{
    QString releaseId;
    DispatchAction action = DispatchAction::DeployProduction;
    bool dryRun = true;
    QString reason; ///< sent as input `reason` only when the workflow declares it
};

/// The inputs a dispatch sends, as strings (GitHub's API takes every input as a string):
/// release_id, action, dry_run ("true"/"false"), and correlation_id and reason only when the
/// workflow declares them. Fails when the workflow is not dispatchable, lacks release_id or action,
/// does not offer the action among its choices, or requires an input the console cannot fill.
Expected<QJsonObject> buildDispatchInputs(const WorkflowFile &workflow, const DispatchRequest &request,
                                          const QString &correlationId);

/// Whether `text` contains `word` delimited by characters that cannot be part of a release id
/// (letters, digits, '-', '_', '.'): "deploy rel-1 [x]" has rel-1, "deploy rel-10" has not.
bool containsWord(const QString &text, const QString &word);

/// The first run in `runs` that carries `releaseId` as a whole word in its name or display title
/// and is not completed: a run for that release in flight, wherever it was started from.
std::optional<WorkflowRun> findInFlightRun(const std::vector<WorkflowRun> &runs, const QString &releaseId);

/// What a run's name says about it, for runs named by the release workflow's run-name
/// ("deploy_production rel-2024-01-15-001 [rc-abcdefghijklm]").
struct RunIdentity
{
    QString releaseId; ///< one of the known ids found as a whole word; empty when none or several
    std::optional<DispatchAction> action; ///< an action name found as a whole word
    QString correlationId; ///< a word of the correlation id form; empty when none
};
RunIdentity identifyRun(const WorkflowRun &run, const QStringList &knownReleaseIds);

/// The Actions page of the workflow on github.com or Enterprise Server
/// ("https://github.com/o/r/actions/workflows/release-train.yml"), for messages that send a
/// person to look. Derived from the API URL: api.github.com → github.com, HOST/api/v3 → HOST.
QString actionsPageUrl(const GitHubSettings &settings);

/// How long the dispatcher looks for a run it cannot see yet. Tests shorten these.
struct DispatcherOptions
{
    /// After a 204 (or a retried dispatch without return_run_details): polls of the run list,
    /// with back-off from the first delay, doubling up to the maximum.
    int findAttempts = 6;
    int findFirstDelayMs = 1000;
    int findMaxDelayMs = 8000;
    /// After a timeout or a lost connection on the POST: how long to keep looking for the run
    /// (the dispatch may have been applied) before reporting the outcome as unknown.
    int lostAnswerSearchMs = 60000;
    /// Runs asked for per page of the run list (first page only; in-flight runs are the newest).
    int runsPerPage = 30;
};

/// How a dispatch ended.
enum class DispatchStatus {
    Dispatched, ///< the run exists: runId and htmlUrl are set
    Refused, ///< not sent: a run for the release is in flight (blockingRun), or the inputs do not fit the workflow
    Unknown, ///< sent, the answer was lost and no run carries the correlation id yet; retry only when asked
    Failed, ///< GitHub refused it or could not be reached before anything was sent (error)
};

struct DispatchOutcome
{
    DispatchStatus status = DispatchStatus::Failed;
    DispatchRequest request;
    QString correlationId; ///< empty when the workflow does not declare correlation_id
    qint64 runId = 0;
    QString htmlUrl;
    std::optional<WorkflowRun> run; ///< the run as last read, when it was read
    std::optional<WorkflowRun> blockingRun; ///< for Refused: the run in flight
    GitHubError error; ///< for Failed (and the POST's error for Unknown)
    /// What happened and what to do, for a person: "run 30433642 started: URL", "refused: run N
    /// for rel-x is in progress: URL", "unknown: no run found for correlation id X; check URL before
    /// dispatching again", or the client's message. Never contains the token.
    QString message;
    QStringList warnings; ///< the workflow file's warnings, and "sent again without return_run_details"

    bool ok() const { return status == DispatchStatus::Dispatched; }
};

/// Dispatches the release workflow (`POST .../actions/workflows/{workflow}/dispatches`) and finds
/// the run it started, never sending a dispatch twice by accident:
///
/// 1. lists the workflow's newest runs and refuses when a run for the same release is not
///    completed (also one started from another machine or the web page);
/// 2. posts ref, the inputs (buildDispatchInputs) and `return_run_details: true`. 200 gives the
///    run id; 204 makes it look for the run by the correlation id; a 422 whose message says
///    return_run_details was not accepted (so no run was created) sends the dispatch once more
///    without that field and then looks for the run;
/// 3. after a timeout or a lost connection on the POST it never sends again: it looks for the run
///    by the correlation id for DispatcherOptions::lostAnswerSearchMs. Not found → Unknown, and
///    retry() is the only way to send again (it checks for a run in flight first).
///
/// One dispatch at a time per Dispatcher; asynchronous, reports through finished() and the
/// callback on the client's thread.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const DispatchOutcome &)>;
    using InFlightCallback = std::function<void(const std::optional<WorkflowRun> &run, const GitHubError &error)>;

    Dispatcher(GitHubClient *client, DispatcherOptions options = {}, QObject *parent = nullptr);
    ~Dispatcher() override;

    /// Starts a dispatch. `workflow` is the clone's workflow file (readWorkflowFile). `done`, when
    /// given, runs before finished() is emitted. Refused at once (finished with Refused) while
    /// another dispatch of this object is running.
    void dispatch(const GitHubSettings &settings, const WorkflowFile &workflow, const DispatchRequest &request,
                  Callback done = {});
    /// After an Unknown outcome: dispatches the same request again with a new correlation id,
    /// checking for a run in flight first (the lost one may have appeared). Does nothing (and
    /// returns false) when the last outcome was not Unknown.
    bool retry(Callback done = {});
    /// Whether the last outcome was Unknown and retry() may be asked for.
    bool canRetry() const;
    bool isBusy() const;
    /// Lists the workflow's newest runs and reports the run in flight for `releaseId`, if any:
    /// the GUI keeps its deploy and rollback actions disabled while there is one.
    void checkInFlight(const GitHubSettings &settings, const QString &releaseId, QObject *context,
                       InFlightCallback done);

Q_SIGNALS:
    /// Steps as they happen, for a status line: "checking for runs in flight", "dispatching",
    /// "looking for the run (attempt 2 of 6)".
    void progress(const QString &message);
    void finished(const rc::core::DispatchOutcome &outcome);

private:
    struct Job;
    void start(std::shared_ptr<Job> job);
    void post(std::shared_ptr<Job> job, bool withRunDetails);
    void findRun(std::shared_ptr<Job> job, int attempt, qint64 deadlineMs);
    void finish(std::shared_ptr<Job> job, DispatchOutcome outcome);
    QString runsPath(const GitHubSettings &settings) const;

    QPointer<GitHubClient> m_client;
    DispatcherOptions m_options;
    std::shared_ptr<Job> m_current;
    std::shared_ptr<Job> m_retryable;
};

} // namespace rc::core

Q_DECLARE_METATYPE(rc::core::DispatchOutcome)

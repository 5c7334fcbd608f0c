#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace rc::fakegithub {

/// A repository role, in GitHub's order: each includes the ones before it.
enum class Permission { None, Read, Triage, Write, Maintain, Admin };

/// GitHub's role name ("read", "triage", "write", "maintain", "admin"; "none").
QString roleName(Permission permission);

/// One step of a simulated job. `durationMs` is how long it runs under automatic progress;
/// a step with `fails` set ends with conclusion "failure" and fails its job and run.
struct StepSpec
{
    QString name;
    int durationMs = 500;
    bool fails = false;
};

struct JobSpec
{
    QString name;
    QList<StepSpec> steps;
};

/// A `workflow_dispatch` input as declared in the workflow file. `options` non-empty makes it a
/// choice input whose value must be one of them.
struct WorkflowInput
{
    QString name;
    bool required = false;
    QString defaultValue;
    QStringList options;
};

/// A workflow of the fake repository. `runName` is the workflow's `run-name`, with
/// `${{ inputs.NAME }}` expressions replaced by the dispatch's inputs.
struct WorkflowSpec
{
    qint64 id = 0;
    QString name;
    QString path; // ".github/workflows/release-train.yml"
    QString runName;
    QList<WorkflowInput> inputs;
    QList<JobSpec> jobs;
};

/// The release workflow of the seed: inputs release_id, action, dry_run and correlation_id, and
/// a run-name that carries the correlation id.
WorkflowSpec releaseTrainWorkflow();

/// How the dispatch endpoint answers `return_run_details`.
enum class DispatchMode {
    RunDetails, ///< 200 with the run id when asked, else 204 (api.github.com today)
    NoContent, ///< always 204, ignoring the field (older servers)
    RejectReturnRunDetails, ///< 422 when the field is present (servers that validate strictly)
};

enum class FaultKind {
    ServerError500,
    BadGateway502,
    ServiceUnavailable503,
    ConnectionReset, ///< the socket is closed without an answer
    Delay, ///< the normal answer, after `delayMs`
    SecondaryRateLimit403, ///< 403 with GitHub's secondary rate limit message and Retry-After
    TooManyRequests429, ///< 429 with Retry-After
    Unauthorized401, ///< 401 Bad credentials, whatever the token
};

/// A fault injected into the next `count` requests that match `endpoint` (an endpoint template
/// such as "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", or empty for
/// any request). `count` -1 keeps it until clearFaults(). With `applyRequest` the request still
/// takes effect on the server (a run is created, a comment is posted) and only the answer is
/// lost or replaced: what a client sees when a gateway fails after the backend did the work.
struct Fault
{
    FaultKind kind = FaultKind::ServerError500;
    QString endpoint;
    int count = 1;
    int delayMs = 0;
    int retryAfterSeconds = 60;
    bool applyRequest = false;
};

/// Request counters for benchmarks: all requests, those answered 304, and per endpoint template.
struct Counters
{
    int requests = 0;
    int notModified = 0;
    int faults = 0;
    QHash<QString, int> perEndpoint;
    QHash<QString, int> notModifiedPerEndpoint;
};

struct StepState
{
    QString name;
    int number = 0;
    QString status; // queued, in_progress, completed
    QString conclusion; // empty while not completed
};

struct JobState
{
    qint64 id = 0;
    QString name;
    QString status;
    QString conclusion;
    QList<StepState> steps;
};

struct RunState
{
    qint64 id = 0;
    qint64 workflowId = 0;
    QString displayTitle;
    QString status; // queued, in_progress, waiting, completed
    QString conclusion;
    QString headBranch;
    QString event;
    QJsonObject inputs;
    int runAttempt = 1;
    QList<JobState> jobs;
};

struct IssueState
{
    int number = 0;
    QString title;
    QString state;
    QStringList labels;
    QString author;
    int comments = 0;
};

class FakeGitHubPrivate;

/// A stateful GitHub REST server on 127.0.0.1 for tests and the offline demo, built on
/// QtHttpServer. Answers follow GitHub's description (`fakegithub/examples/`): field names and
/// shapes are GitHub's, values are this server's state. Every GET has a strong ETag and honours
/// If-None-Match; every answer carries x-ratelimit-* headers. Runs move only when the owner
/// says so (advanceRun(), setStepState(), completeRun()) or under startAutomaticProgress().
class FakeGitHub : public QObject
{
    Q_OBJECT

public:
    explicit FakeGitHub(QObject *parent = nullptr);
    ~FakeGitHub() override;

    /// Listens on 127.0.0.1:`port` (0: a free port). False with errorString() on failure.
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    /// "http://127.0.0.1:PORT": the API base URL a client uses.
    QUrl baseUrl() const;

    void setRepository(const QString &owner, const QString &name);
    QString owner() const;
    QString repositoryName() const;
    void setDefaultBranch(const QString &branch);
    /// Refs a dispatch accepts besides the default branch (branch or tag names).
    void addRef(const QString &ref);

    /// A valid token for `login` with `permission` on the repository (also its collaborator
    /// permission).
    void addToken(const QString &token, const QString &login, Permission permission);
    /// The permission of a user who has no token here (for the collaborator permission API).
    void setCollaboratorPermission(const QString &login, Permission permission);

    void addWorkflow(const WorkflowSpec &workflow);
    void setDispatchMode(DispatchMode mode);
    /// Job logs: a 302 to a log URL on this server (GitHub's behaviour, default) or the text.
    void setLogsRedirect(bool redirect);

    /// The clock used for created_at, updated_at and the like: the real time plus an offset,
    /// or a fixed time once setNow() was called.
    void setNow(const QDateTime &now);
    void advanceClock(qint64 seconds);
    QDateTime now() const;

    void setRateLimit(int limit);

    // Runs
    /// Creates a run as a dispatch would; returns its id, or 0 when the workflow is unknown.
    qint64 createRun(qint64 workflowId, const QString &ref, const QJsonObject &inputs,
                     const QString &event = QStringLiteral("workflow_dispatch"),
                     const QString &actor = QString());
    QList<qint64> runIds() const;
    RunState run(qint64 runId) const;
    /// One step forward: queued → in_progress (first step running), then completes the running
    /// step and starts the next, then completes the run. False when the run is unknown, completed
    /// or waiting for a deployment review.
    bool advanceRun(qint64 runId);
    bool setStepState(qint64 runId, int jobIndex, int stepIndex, const QString &status,
                      const QString &conclusion = QString());
    /// Completes the run now: the running step gets `conclusion`, steps not started are skipped.
    bool completeRun(qint64 runId, const QString &conclusion);
    /// The run waits for a review of `environment` (status "waiting") until it is approved or
    /// rejected through the API. Returns the environment id.
    qint64 addPendingDeployment(qint64 runId, const QString &environment);
    void appendJobLog(qint64 jobId, const QString &line);
    /// Advances every active run on a timer, each step taking its `durationMs` times `scale`.
    void startAutomaticProgress(double scale = 1.0);
    void stopAutomaticProgress();

    // Issues
    QList<IssueState> issues() const;
    /// A comment by `login` as if posted on github.com; returns its id (0: no such issue).
    qint64 addComment(int issueNumber, const QString &login, const QString &body);

    // Faults and counters
    void injectFault(const Fault &fault);
    void clearFaults();
    Counters counters() const;
    void resetCounters();

Q_SIGNALS:
    /// After each answer: the endpoint template ("GET /user"), the status sent (0: reset).
    void requestHandled(const QString &endpoint, int status);
    void runCompleted(qint64 runId, const QString &conclusion);

private:
    std::unique_ptr<FakeGitHubPrivate> d;
};

} // namespace rc::fakegithub

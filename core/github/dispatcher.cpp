#include "dispatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

namespace rc::core {

Q_LOGGING_CATEGORY(rcGitHubDispatch, "rc.github.dispatch", QtInfoMsg)

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Dispatcher)
};

const char *const actionNames[] = {"create_release", "request_signoffs", "check_signoffs", "deploy_production", "rollback"};

bool isIdCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

// Words of a run name, split where a release id cannot continue. A trailing '.' ends a sentence,
// not an id, so it is dropped.
QStringList idWords(const QString &text)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        while (current.endsWith(QLatin1Char('.')))
            current.chop(1);
        if (!current.isEmpty())
            words << current;
        current.clear();
    };
    for (const QChar c : text) {
        if (isIdCharacter(c))
            current += c;
        else
            flush();
    }
    flush();
    return words;
}

bool mentionsReturnRunDetails(const GitHubResult &result)
{
    // The field's name in GitHub's own message ("\"return_run_details\" is not a permitted key",
    // or an errors[] entry naming it) is the only sign that the request was refused because of
    // the field, and so created no run. Any other 422 is a real refusal.
    if (result.error.kind != GitHubErrorKind::Validation)
        return false;
    const QJsonObject body = result.response.json().object();
    if (body.value(QStringLiteral("message")).toString().contains(QLatin1String("return_run_details")))
        return true;
    const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QJsonObject o = error.toObject();
        if (o.value(QStringLiteral("field")).toString() == QLatin1String("return_run_details")
            || o.value(QStringLiteral("message")).toString().contains(QLatin1String("return_run_details")))
            return true;
    }
    return false;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString dispatchActionName(DispatchAction action)
{
    return QString::fromLatin1(actionNames[int(action)]);
}

std::optional<DispatchAction> dispatchActionFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(actionNames)); ++i) {
        if (name == QLatin1String(actionNames[i]))
            return DispatchAction(i);
    }
    return std::nullopt;
}

QStringList dispatchActionNames()
{
    QStringList names;
    for (const char *name : actionNames)
        names << QString::fromLatin1(name);
    return names;
}

Expected<QJsonObject> buildDispatchInputs(const WorkflowFile &workflow, const DispatchRequest &request,
                                          const QString &correlationId)
{
    const QString where = workflow.path;
    if (!workflow.dispatchable)
        return Error{Text::tr("the workflow cannot be dispatched: add workflow_dispatch to its on: triggers"), where};
    for (const char *needed : {"release_id", "action"}) {
        if (!workflow.declares(QLatin1String(needed)))
            return Error{Text::tr("the workflow does not declare the input %1; the release workflow needs inputs release_id, "
                            "action and dry_run (docs/cli.md#workflow-requirements)")
                             .arg(QLatin1String(needed)),
                         where};
    }
    if (request.releaseId.trimmed().isEmpty())
        return Error{Text::tr("no release id given"), {}};

    const QString action = dispatchActionName(request.action);
    const WorkflowDispatchInput *actionInput = workflow.input(QStringLiteral("action"));
    if (!actionInput->options.isEmpty() && !actionInput->options.contains(action)) {
        return Error{Text::tr("the workflow's action input does not offer %1 (it offers %2); add it to the options")
                         .arg(action, actionInput->options.join(QStringLiteral(", "))),
                     QStringLiteral("%1:%2:%3").arg(where).arg(actionInput->line).arg(actionInput->column)};
    }

    QJsonObject inputs{{QStringLiteral("release_id"), request.releaseId}, {QStringLiteral("action"), action}};
    if (workflow.declares(QStringLiteral("dry_run")))
        inputs.insert(QStringLiteral("dry_run"), request.dryRun ? QStringLiteral("true") : QStringLiteral("false"));
    else if (!request.dryRun)
        return Error{Text::tr("the workflow has no dry_run input, so a real run cannot be told from a dry one; add input "
                        "dry_run (boolean, default true)"),
                     where};
    if (!correlationId.isEmpty() && workflow.declares(QStringLiteral("correlation_id")))
        inputs.insert(QStringLiteral("correlation_id"), correlationId);
    if (!request.reason.isEmpty() && workflow.declares(QStringLiteral("reason")))
        inputs.insert(QStringLiteral("reason"), request.reason);

    for (const WorkflowDispatchInput &input : workflow.inputs) {
        if (input.required && !input.hasDefault && !inputs.contains(input.name)) {
            return Error{Text::tr("the workflow requires the input %1, which the console does not fill; give it a default or "
                            "make it optional")
                             .arg(input.name),
                         QStringLiteral("%1:%2:%3").arg(where).arg(input.line).arg(input.column)};
        }
    }
    return inputs;
}

bool containsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !isIdCharacter(text.at(at - 1));
        // A '.' after the id ends a sentence unless an id character follows it.
        bool endOk = end == text.size() || !isIdCharacter(text.at(end));
        if (!endOk && text.at(end) == QLatin1Char('.'))
            endOk = end + 1 == text.size() || !isIdCharacter(text.at(end + 1));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

std::optional<WorkflowRun> findInFlightRun(const std::vector<WorkflowRun> &runs, const QString &releaseId)
{
    for (const WorkflowRun &run : runs) {
        if (isCompleted(run.status))
            continue;
        if (containsWord(run.displayTitle, releaseId) || containsWord(run.name, releaseId))
            return run;
    }
    return std::nullopt;
}

RunIdentity identifyRun(const WorkflowRun &run, const QStringList &knownReleaseIds)
{
    RunIdentity identity;
    const QString title = run.displayTitle.isEmpty() ? run.name : run.displayTitle;
    QStringList releases;
    for (const QString &id : knownReleaseIds) {
        if (containsWord(title, id) && !releases.contains(id))
            releases << id;
    }
    // The longest id wins when one id is a word inside another ("rel-1" and "rel-1.hotfix"
    // cannot both match as whole words, so several matches mean an ambiguous name).
    if (releases.size() == 1)
        identity.releaseId = releases.first();
    for (const QString &word : idWords(title)) {
        if (!identity.action)
            identity.action = dispatchActionFromName(word);
        if (identity.correlationId.isEmpty() && isCorrelationId(word))
            identity.correlationId = word;
    }
    return identity;
}

QString actionsPageUrl(const GitHubSettings &settings)
{
    QUrl web = settings.apiUrl;
    if (web.host() == QLatin1String("api.github.com")) {
        web.setHost(QStringLiteral("github.com"));
        web.setPath(QString());
    } else if (web.path().endsWith(QLatin1String("/api/v3"))) {
        web.setPath(web.path().chopped(7));
    }
    QString base = web.toString(QUrl::StripTrailingSlash);
    return base + QStringLiteral("/%1/actions/workflows/%2").arg(settings.repository.fullName(), settings.workflow);
}

// -------------------------------------------------------------------------------------------------

struct Dispatcher::Job
{
    GitHubSettings settings;
    WorkflowFile workflow;
    DispatchRequest request;
    Callback done;
    QString correlationId;
    QJsonObject inputs;
    QStringList warnings;
    GitHubError postError; ///< the POST's error when its answer was lost
    GitHubError serverError; ///< a 5xx on the POST: failed unless its run turns up
    bool lostAnswer = false;
    bool accepted = false; ///< GitHub answered 204: the run exists or will
};

Dispatcher::Dispatcher(GitHubClient *client, DispatcherOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_options(options)
{
    qRegisterMetaType<DispatchOutcome>();
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::dispatch(const GitHubSettings &settings, const WorkflowFile &workflow, const DispatchRequest &request,
                          Callback done)
{
    auto job = std::make_shared<Job>();
    job->settings = settings;
    job->workflow = workflow;
    job->request = request;
    job->done = std::move(done);
    if (m_current) {
        DispatchOutcome outcome;
        outcome.status = DispatchStatus::Refused;
        outcome.request = request;
        outcome.message = Text::tr("a dispatch is already running; wait for it to end");
        if (job->done)
            job->done(outcome);
        Q_EMIT finished(outcome);
        return;
    }
    m_retryable.reset();
    start(job);
}

bool Dispatcher::retry(Callback done)
{
    if (!m_retryable || m_current)
        return false;
    auto job = std::make_shared<Job>();
    job->settings = m_retryable->settings;
    job->workflow = m_retryable->workflow;
    job->request = m_retryable->request;
    job->done = std::move(done);
    m_retryable.reset();
    start(job);
    return true;
}

bool Dispatcher::canRetry() const
{
    return m_retryable != nullptr && !m_current;
}

bool Dispatcher::isBusy() const
{
    return m_current != nullptr;
}

QString Dispatcher::runsPath(const GitHubSettings &settings) const
{
    return QStringLiteral("/repos/%1/actions/workflows/%2/runs?per_page=%3")
        .arg(settings.repository.fullName(), QString::fromUtf8(QUrl::toPercentEncoding(settings.workflow)))
        .arg(m_options.runsPerPage);
}

void Dispatcher::checkInFlight(const GitHubSettings &settings, const QString &releaseId, QObject *context,
                               InFlightCallback done)
{
    if (!m_client) {
        GitHubError error{GitHubErrorKind::Network, 0, Text::tr("no GitHub connection"), {}};
        done(std::nullopt, error);
        return;
    }
    const QString subject = Text::tr("the runs of workflow %1 in %2").arg(settings.workflow, settings.repository.fullName());
    m_client->get(runsPath(settings), subject, context, [releaseId, done](const GitHubResult &result) {
        if (!result.ok()) {
            done(std::nullopt, result.error);
            return;
        }
        const Expected<std::vector<WorkflowRun>> runs = parseWorkflowRunList(result.response.json().object());
        if (!runs) {
            GitHubError error{GitHubErrorKind::Protocol, result.response.httpStatus,
                              Text::tr("GitHub's list of runs could not be read: %1").arg(runs.error().toString()), {}};
            done(std::nullopt, error);
            return;
        }
        done(findInFlightRun(*runs, releaseId), GitHubError{});
    });
}

void Dispatcher::start(std::shared_ptr<Job> job)
{
    m_current = job;
    job->warnings = job->workflow.warnings();
    job->correlationId = job->workflow.declares(QStringLiteral("correlation_id")) ? makeCorrelationId() : QString();
    const Expected<QJsonObject> inputs = buildDispatchInputs(job->workflow, job->request, job->correlationId);
    if (!inputs) {
        DispatchOutcome outcome;
        outcome.status = DispatchStatus::Refused;
        outcome.message = inputs.error().toString();
        finish(job, outcome);
        return;
    }
    job->inputs = *inputs;
    if (!m_client) {
        DispatchOutcome outcome;
        outcome.status = DispatchStatus::Failed;
        outcome.error = GitHubError{GitHubErrorKind::Network, 0, Text::tr("no GitHub connection"), {}};
        outcome.message = outcome.error.message;
        finish(job, outcome);
        return;
    }

    Q_EMIT progress(Text::tr("checking for runs of %1 in flight").arg(job->request.releaseId));
    checkInFlight(job->settings, job->request.releaseId, this,
                  [this, job](const std::optional<WorkflowRun> &run, const GitHubError &error) {
                      if (error.kind != GitHubErrorKind::None) {
                          DispatchOutcome outcome;
                          outcome.status = DispatchStatus::Failed;
                          outcome.error = error;
                          outcome.message = Text::tr("nothing was dispatched: the runs in flight could not be checked: %1")
                                                .arg(error.message);
                          finish(job, outcome);
                          return;
                      }
                      if (run) {
                          DispatchOutcome outcome;
                          outcome.status = DispatchStatus::Refused;
                          outcome.blockingRun = run;
                          outcome.message = Text::tr("not dispatched: run %1 for %2 is %3 (\"%4\"): %5; wait for it to "
                                               "complete or cancel it")
                                                .arg(run->id)
                                                .arg(job->request.releaseId, run->status,
                                                     run->displayTitle.isEmpty() ? run->name : run->displayTitle, run->htmlUrl);
                          finish(job, outcome);
                          return;
                      }
                      post(job, true);
                  });
}

void Dispatcher::post(std::shared_ptr<Job> job, bool withRunDetails)
{
    QJsonObject body{{QStringLiteral("ref"), job->settings.ref}, {QStringLiteral("inputs"), job->inputs}};
    if (withRunDetails)
        body.insert(QStringLiteral("return_run_details"), true);
    const QString path = QStringLiteral("/repos/%1/actions/workflows/%2/dispatches")
                             .arg(job->settings.repository.fullName(),
                                  QString::fromUtf8(QUrl::toPercentEncoding(job->settings.workflow)));
    const QString subject = Text::tr("the dispatch of workflow %1 in %2").arg(job->settings.workflow,
                                                                        job->settings.repository.fullName());
    Q_EMIT progress(Text::tr("dispatching %1 for %2").arg(dispatchActionName(job->request.action), job->request.releaseId));
    qCDebug(rcGitHubDispatch) << "dispatch" << job->request.releaseId << dispatchActionName(job->request.action)
                              << "correlation" << job->correlationId << "details" << withRunDetails;
    m_client->post(path, body, subject, this, [this, job, withRunDetails](const GitHubResult &result) {
        if (result.ok()) {
            const QJsonObject answer = result.response.json().object();
            const qint64 runId = answer.value(QStringLiteral("workflow_run_id")).toInteger();
            if (result.response.httpStatus == 200 && runId > 0) {
                DispatchOutcome outcome;
                outcome.status = DispatchStatus::Dispatched;
                outcome.runId = runId;
                outcome.htmlUrl = answer.value(QStringLiteral("html_url")).toString();
                outcome.message = Text::tr("run %1 started: %2").arg(runId).arg(outcome.htmlUrl);
                finish(job, outcome);
                return;
            }
            // 204 (or a 200 without the id): accepted; the run is found by its correlation id.
            job->accepted = true;
            findRun(job, 0, 0);
            return;
        }
        if (withRunDetails && mentionsReturnRunDetails(result)) {
            job->warnings << Text::tr("the server does not accept return_run_details; sent again without it");
            post(job, false);
            return;
        }
        if (result.error.kind == GitHubErrorKind::Timeout || result.error.kind == GitHubErrorKind::Network) {
            // The request may have reached GitHub: never send it again, look for its run.
            job->lostAnswer = true;
            job->postError = result.error;
            findRun(job, 0, nowMs() + m_options.lostAnswerSearchMs);
            return;
        }
        if (result.error.kind == GitHubErrorKind::Http && result.error.httpStatus >= 500 && !job->correlationId.isEmpty()) {
            // A gateway may fail after the backend started the run: look before calling it failed.
            job->serverError = result.error;
            findRun(job, 0, 0);
            return;
        }
        DispatchOutcome outcome;
        outcome.status = DispatchStatus::Failed;
        outcome.error = result.error;
        outcome.message = result.error.message;
        finish(job, outcome);
    });
}

void Dispatcher::findRun(std::shared_ptr<Job> job, int attempt, qint64 deadlineMs)
{
    const QString actions = actionsPageUrl(job->settings);
    if (job->correlationId.isEmpty()) {
        DispatchOutcome outcome;
        outcome.status = DispatchStatus::Unknown;
        outcome.error = job->postError;
        outcome.message = Text::tr("unknown: the run cannot be identified because %1; check %2 before dispatching again")
                              .arg(correlationRequirementMessage(), actions);
        m_retryable = job;
        finish(job, outcome);
        return;
    }
    const int delay = attempt == 0 ? (job->lostAnswer ? 0 : m_options.findFirstDelayMs)
                                   : std::min(m_options.findMaxDelayMs,
                                              m_options.findFirstDelayMs << std::min(attempt, 16));
    QTimer::singleShot(delay, this, [this, job, attempt, deadlineMs, actions] {
        if (m_current != job)
            return;
        Q_EMIT progress(Text::tr("looking for the run with correlation id %1 (attempt %2)").arg(job->correlationId).arg(attempt + 1));
        const QString subject = Text::tr("the runs of workflow %1 in %2").arg(job->settings.workflow,
                                                                        job->settings.repository.fullName());
        m_client->get(runsPath(job->settings), subject, this, [this, job, attempt, deadlineMs, actions](const GitHubResult &result) {
            if (result.ok()) {
                const Expected<std::vector<WorkflowRun>> runs = parseWorkflowRunList(result.response.json().object());
                if (runs) {
                    const Expected<std::optional<WorkflowRun>> found = findRunByCorrelationId(*runs, job->correlationId);
                    if (!found) {
                        DispatchOutcome outcome;
                        outcome.status = DispatchStatus::Failed;
                        outcome.error = GitHubError{GitHubErrorKind::Protocol, 0, found.error().toString(), {}};
                        outcome.message = Text::tr("%1; check %2").arg(found.error().toString(), actions);
                        finish(job, outcome);
                        return;
                    }
                    if (*found) {
                        const WorkflowRun &run = **found;
                        DispatchOutcome outcome;
                        outcome.status = DispatchStatus::Dispatched;
                        outcome.runId = run.id;
                        outcome.htmlUrl = run.htmlUrl;
                        outcome.run = run;
                        outcome.message = Text::tr("run %1 started: %2").arg(run.id).arg(run.htmlUrl);
                        finish(job, outcome);
                        return;
                    }
                }
            } else if (result.error.kind == GitHubErrorKind::Unauthorized || result.error.kind == GitHubErrorKind::Forbidden
                       || result.error.kind == GitHubErrorKind::NotFound) {
                // Looking again will not help; what was sent may still have started a run.
                DispatchOutcome outcome;
                outcome.status = DispatchStatus::Unknown;
                outcome.error = result.error;
                outcome.message = Text::tr("unknown: the runs could not be listed (%1); check %2 before dispatching again")
                                      .arg(result.error.message, actions);
                m_retryable = job;
                finish(job, outcome);
                return;
            }
            const bool more = job->lostAnswer ? nowMs() < deadlineMs : attempt + 1 < m_options.findAttempts;
            if (more) {
                findRun(job, attempt + 1, deadlineMs);
                return;
            }
            DispatchOutcome outcome;
            if (job->serverError.kind != GitHubErrorKind::None) {
                outcome.status = DispatchStatus::Failed;
                outcome.error = job->serverError;
                outcome.message = Text::tr("%1; no run carries correlation id %2, so nothing was started").arg(job->serverError.message,
                                                                                                       job->correlationId);
                finish(job, outcome);
                return;
            }
            outcome.status = DispatchStatus::Unknown;
            outcome.error = job->postError;
            outcome.message = job->accepted
                ? Text::tr("unknown: GitHub accepted the dispatch but no run carries correlation id %1 yet; check %2 before "
                     "dispatching again")
                      .arg(job->correlationId, actions)
                : Text::tr("unknown: no run found for correlation id %1; check %2 before dispatching again")
                      .arg(job->correlationId, actions);
            m_retryable = job;
            finish(job, outcome);
        });
    });
}

void Dispatcher::finish(std::shared_ptr<Job> job, DispatchOutcome outcome)
{
    outcome.request = job->request;
    outcome.correlationId = job->correlationId;
    outcome.warnings = job->warnings;
    if (m_current == job)
        m_current.reset();
    qCDebug(rcGitHubDispatch) << "dispatch ended" << int(outcome.status) << outcome.runId;
    if (job->done)
        job->done(outcome);
    Q_EMIT finished(outcome);
}

} // namespace rc::core

// Dispatcher against FakeGitHub on 127.0.0.1 over real HTTP: the three ways a server answers a
// dispatch, faults on the POST (lost answers, slow answers, 5xx), runs in flight started elsewhere,
// and, whatever happens, never more than one run per dispatch.

#include "github/dispatcher.h"

#include "fakegithub/fakegithub.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace rc;
using namespace rc::core;
using fakegithub::DispatchMode;
using fakegithub::FakeGitHub;
using fakegithub::Fault;
using fakegithub::FaultKind;
using fakegithub::Permission;

namespace {

const QString token = QStringLiteral("fake-token-alice");
const QString releaseId = QStringLiteral("rel-2024-01-15-001");
const QString dispatchEndpoint = QStringLiteral("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

WorkflowFile parsed(const QByteArray &text)
{
    Expected<WorkflowFile> workflow = parseWorkflowFile(text, QStringLiteral(".github/workflows/release-train.yml"));
    if (!workflow)
        qFatal("%s", qPrintable(workflow.error().toString()));
    return *workflow;
}

WorkflowFile demoWorkflow()
{
    return parsed(readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/release-train.yml")));
}

WorkflowFile noCorrelationWorkflow()
{
    return parsed(readFile(QStringLiteral(RC_TEST_DATA "/github/workflows/no-correlation.yml")));
}

WorkflowRun runNamed(qint64 id, const QString &title, const QString &status = QStringLiteral("in_progress"))
{
    WorkflowRun run;
    run.id = id;
    run.name = QStringLiteral("Release Train");
    run.displayTitle = title;
    run.status = status;
    run.htmlUrl = QStringLiteral("https://github.com/o/r/actions/runs/%1").arg(id);
    return run;
}

struct Waiter
{
    std::optional<DispatchOutcome> outcome;
    Dispatcher::Callback callback()
    {
        return [this](const DispatchOutcome &o) { outcome = o; };
    }
    bool wait(int ms = 10000) { return QTest::qWaitFor([this] { return outcome.has_value(); }, ms); }
};

QString describe(const DispatchOutcome &o)
{
    return QStringLiteral("status %1: %2").arg(int(o.status)).arg(o.message);
}

} // namespace

Q_DECLARE_METATYPE(DispatchMode)
Q_DECLARE_METATYPE(DispatchAction)
Q_DECLARE_METATYPE(DispatchStatus)
Q_DECLARE_METATYPE(FaultKind)

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actionNames();
    void buildsInputsTheWorkflowDeclares_data();
    void buildsInputsTheWorkflowDeclares();
    void refusesInputsThatDoNotFit_data();
    void refusesInputsThatDoNotFit();
    void wholeWords_data();
    void wholeWords();
    void findsTheRunInFlight();
    void identifiesRuns_data();
    void identifiesRuns();
    void actionsPage_data();
    void actionsPage();

    void dispatchesInEveryMode_data();
    void dispatchesInEveryMode();
    void survivesFaultsOnThePost_data();
    void survivesFaultsOnThePost();
    void unknownOutcomeRetriesOnlyWhenAsked();
    void refusesWhileARunIsInFlight();
    void anotherReleaseDoesNotBlock();
    void carriesGitHubsMessage_data();
    void carriesGitHubsMessage();
    void withoutCorrelationIdA204IsUnknown();
    void oneDispatchAtATime();

private:
    GitHubSettings settings() const;
    std::unique_ptr<GitHubClient> client(int timeoutMs = 3000) const;
    DispatcherOptions fastOptions() const;
    QString everything(const DispatchOutcome &o) const;

    std::unique_ptr<FakeGitHub> m_server;
};

void TestDispatcher::init()
{
    m_server = std::make_unique<FakeGitHub>();
    m_server->addToken(token, QStringLiteral("alice"), Permission::Write);
    m_server->addWorkflow(fakegithub::releaseTrainWorkflow());
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestDispatcher::cleanup()
{
    m_server.reset();
}

GitHubSettings TestDispatcher::settings() const
{
    GitHubSettings s;
    s.apiUrl = m_server->baseUrl();
    s.repository = {m_server->owner(), m_server->repositoryName()};
    s.workflow = QStringLiteral("release-train.yml");
    s.ref = QStringLiteral("main");
    return s;
}

std::unique_ptr<GitHubClient> TestDispatcher::client(int timeoutMs) const
{
    GitHubClientOptions options;
    options.timeoutMs = timeoutMs;
    options.retryBaseDelayMs = 20;
    options.maxRetries = 2;
    return std::make_unique<GitHubClient>(m_server->baseUrl(), GitHubToken(token, QStringLiteral("GH_TOKEN")), options);
}

DispatcherOptions TestDispatcher::fastOptions() const
{
    DispatcherOptions options;
    options.findAttempts = 4;
    options.findFirstDelayMs = 20;
    options.findMaxDelayMs = 80;
    options.lostAnswerSearchMs = 400;
    return options;
}

QString TestDispatcher::everything(const DispatchOutcome &o) const
{
    return o.message + o.error.message + o.warnings.join(QLatin1Char(' ')) + o.htmlUrl;
}

// -------------------------------------------------------------------------------------------------

void TestDispatcher::actionNames()
{
    QCOMPARE(dispatchActionNames(),
             (QStringList{"create_release", "request_signoffs", "check_signoffs", "deploy_production", "rollback"}));
    for (const QString &name : dispatchActionNames())
        QCOMPARE(dispatchActionName(*dispatchActionFromName(name)), name);
    QVERIFY(!dispatchActionFromName(QStringLiteral("deploy")));
}

void TestDispatcher::buildsInputsTheWorkflowDeclares_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<DispatchAction>("action");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QJsonObject>("expected");

    const QString id = QStringLiteral("rc-abcdefghijklm");
    QTest::addRow("deploy dry run") << true << DispatchAction::DeployProduction << true << QString()
                                    << QJsonObject{{"release_id", releaseId}, {"action", "deploy_production"}, {"dry_run", "true"}, {"correlation_id", id}};
    QTest::addRow("real rollback with a reason")
        << true << DispatchAction::Rollback << false << "error rate doubled"
        << QJsonObject{{"release_id", releaseId}, {"action", "rollback"}, {"dry_run", "false"}, {"correlation_id", id}, {"reason", "error rate doubled"}};
    QTest::addRow("no correlation id, no reason declared")
        << false << DispatchAction::Rollback << false << "error rate doubled"
        << QJsonObject{{"release_id", releaseId}, {"action", "rollback"}, {"dry_run", "false"}};
    QTest::addRow("check sign-offs") << true << DispatchAction::CheckSignoffs << true << QString()
                                     << QJsonObject{{"release_id", releaseId}, {"action", "check_signoffs"}, {"dry_run", "true"}, {"correlation_id", id}};
}

void TestDispatcher::buildsInputsTheWorkflowDeclares()
{
    QFETCH(bool, demo);
    QFETCH(DispatchAction, action);
    QFETCH(bool, dryRun);
    QFETCH(QString, reason);
    QFETCH(QJsonObject, expected);
    const WorkflowFile workflow = demo ? demoWorkflow() : noCorrelationWorkflow();
    const Expected<QJsonObject> inputs = buildDispatchInputs(workflow, {releaseId, action, dryRun, reason},
                                                             QStringLiteral("rc-abcdefghijklm"));
    QVERIFY2(inputs, qPrintable(inputs ? QString() : inputs.error().toString()));
    QCOMPARE(*inputs, expected);
}

void TestDispatcher::refusesInputsThatDoNotFit_data()
{
    QTest::addColumn<QByteArray>("workflow");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("message");

    const QByteArray head = "on:\n  workflow_dispatch:\n    inputs:\n";
    QTest::addRow("no release_id") << head + "      action:\n      dry_run:\n" << true << "does not declare the input release_id";
    QTest::addRow("action not offered")
        << head + "      release_id:\n      action:\n        type: choice\n        options: [deploy, rollback]\n" << true
        << "does not offer deploy_production";
    QTest::addRow("real run without dry_run") << head + "      release_id:\n      action:\n" << false << "no dry_run input";
    QTest::addRow("a required input the console cannot fill")
        << head + "      release_id:\n      action:\n      dry_run:\n      approver:\n        required: true\n" << true
        << "requires the input approver";
}

void TestDispatcher::refusesInputsThatDoNotFit()
{
    QFETCH(QByteArray, workflow);
    QFETCH(bool, dryRun);
    QFETCH(QString, message);
    const Expected<QJsonObject> inputs = buildDispatchInputs(parsed(workflow), {releaseId, DispatchAction::DeployProduction, dryRun, {}},
                                                             QStringLiteral("rc-abcdefghijklm"));
    QVERIFY(!inputs);
    QVERIFY2(inputs.error().toString().contains(message), qPrintable(inputs.error().toString()));
}

void TestDispatcher::wholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("contains");
    QTest::addRow("in a run name") << "deploy_production rel-2024-01-15-001 [rc-x]" << true;
    QTest::addRow("at the end of a sentence") << "Deploying rel-2024-01-15-001." << true;
    QTest::addRow("alone") << "rel-2024-01-15-001" << true;
    QTest::addRow("a longer id") << "deploy rel-2024-01-15-0012" << false;
    QTest::addRow("a hotfix of it") << "deploy rel-2024-01-15-001-hotfix" << false;
    QTest::addRow("a dotted suffix") << "deploy rel-2024-01-15-001.1" << false;
    QTest::addRow("a prefix") << "deploy xrel-2024-01-15-001" << false;
    QTest::addRow("not there") << "deploy rel-2024-01-16-001" << false;
}

void TestDispatcher::wholeWords()
{
    QFETCH(QString, text);
    QFETCH(bool, contains);
    QCOMPARE(containsWord(text, releaseId), contains);
}

void TestDispatcher::findsTheRunInFlight()
{
    const std::vector<WorkflowRun> runs{
        runNamed(1, "deploy_production rel-2024-01-15-001 [rc-a]", QStringLiteral("completed")),
        runNamed(2, "deploy_production rel-2024-01-15-0011 [rc-b]", QStringLiteral("in_progress")),
        runNamed(3, "Release Train", QStringLiteral("queued")),
        runNamed(4, "rollback rel-2024-01-15-001 [rc-c]", QStringLiteral("waiting")),
    };
    const std::optional<WorkflowRun> run = findInFlightRun(runs, releaseId);
    QVERIFY(run);
    QCOMPARE(run->id, qint64(4));
    QVERIFY(!findInFlightRun({runs.at(0), runs.at(1), runs.at(2)}, releaseId));
}

void TestDispatcher::identifiesRuns_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("correlation");

    const QStringList ids{releaseId, QStringLiteral("rel-2024-01-22-001")};
    QTest::addRow("the demo run-name") << "deploy_production rel-2024-01-15-001 [rc-abcdefghijklm]" << releaseId
                                       << "deploy_production" << "rc-abcdefghijklm";
    QTest::addRow("rollback") << "rollback rel-2024-01-22-001 [rc-bbbbbbbbbbbbb]" << "rel-2024-01-22-001" << "rollback"
                              << "rc-bbbbbbbbbbbbb";
    QTest::addRow("an unknown release") << "deploy_production rel-2023-01-01-001 [rc-abcdefghijklm]" << QString()
                                        << "deploy_production" << "rc-abcdefghijklm";
    QTest::addRow("two releases") << "deploy_production rel-2024-01-15-001 rel-2024-01-22-001" << QString() << "deploy_production" << QString();
    QTest::addRow("a workflow name only") << "Release Train" << QString() << QString() << QString();
}

void TestDispatcher::identifiesRuns()
{
    QFETCH(QString, title);
    QFETCH(QString, release);
    QFETCH(QString, action);
    QFETCH(QString, correlation);
    const RunIdentity identity = identifyRun(runNamed(1, title), {releaseId, QStringLiteral("rel-2024-01-22-001")});
    QCOMPARE(identity.releaseId, release);
    QCOMPARE(identity.action ? dispatchActionName(*identity.action) : QString(), action);
    QCOMPARE(identity.correlationId, correlation);
}

void TestDispatcher::actionsPage_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("page");
    QTest::addRow("github.com") << "https://api.github.com" << "https://github.com/o/r/actions/workflows/release-train.yml";
    QTest::addRow("Enterprise Server") << "https://ghe.example.com/api/v3" << "https://ghe.example.com/o/r/actions/workflows/release-train.yml";
    QTest::addRow("loopback") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080/o/r/actions/workflows/release-train.yml";
}

void TestDispatcher::actionsPage()
{
    QFETCH(QString, api);
    QFETCH(QString, page);
    GitHubSettings s;
    s.apiUrl = QUrl(api);
    s.repository = {QStringLiteral("o"), QStringLiteral("r")};
    s.workflow = QStringLiteral("release-train.yml");
    QCOMPARE(actionsPageUrl(s), page);
}

// -------------------------------------------------------------------------------------------------

void TestDispatcher::dispatchesInEveryMode_data()
{
    QTest::addColumn<DispatchMode>("mode");
    QTest::addColumn<int>("posts");
    QTest::addColumn<bool>("resent");
    QTest::addRow("200 with the run's details") << DispatchMode::RunDetails << 1 << false;
    QTest::addRow("204, found by correlation id") << DispatchMode::NoContent << 1 << false;
    QTest::addRow("422 on return_run_details, sent again without it") << DispatchMode::RejectReturnRunDetails << 2 << true;
}

void TestDispatcher::dispatchesInEveryMode()
{
    QFETCH(DispatchMode, mode);
    QFETCH(int, posts);
    QFETCH(bool, resent);
    m_server->setDispatchMode(mode);
    auto gitHub = client();
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    QSignalSpy finished(&dispatcher, &Dispatcher::finished);
    Waiter waiter;
    dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::Rollback, false, QStringLiteral("errors doubled")},
                        waiter.callback());
    QVERIFY(dispatcher.isBusy());
    QVERIFY(waiter.wait());
    const DispatchOutcome &o = *waiter.outcome;
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!dispatcher.isBusy());

    QCOMPARE(m_server->runIds().size(), 1);
    QCOMPARE(o.runId, m_server->runIds().first());
    QCOMPARE(o.htmlUrl, m_server->baseUrl().toString() + QStringLiteral("/octo-org/octo-repo/actions/runs/%1").arg(o.runId));
    QVERIFY(isCorrelationId(o.correlationId));
    QCOMPARE(m_server->counters().perEndpoint.value(dispatchEndpoint), posts);
    QCOMPARE(o.warnings.join(QLatin1Char(' ')).contains(QLatin1String("return_run_details")), resent);

    const fakegithub::RunState run = m_server->run(o.runId);
    QCOMPARE(run.inputs.value("release_id").toString(), releaseId);
    QCOMPARE(run.inputs.value("action").toString(), QStringLiteral("rollback"));
    QCOMPARE(run.inputs.value("dry_run").toString(), QStringLiteral("false"));
    QCOMPARE(run.inputs.value("correlation_id").toString(), o.correlationId);
    QCOMPARE(run.inputs.value("reason").toString(), QStringLiteral("errors doubled"));
    QCOMPARE(run.displayTitle, QStringLiteral("rollback %1 [%2]").arg(releaseId, o.correlationId));
}

void TestDispatcher::survivesFaultsOnThePost_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("applyRequest");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<DispatchStatus>("status");
    QTest::addColumn<int>("runs");
    QTest::addColumn<QString>("message");

    QTest::addRow("reset after the server acted") << FaultKind::ConnectionReset << 1 << true << 0 << DispatchStatus::Dispatched << 1 << "started";
    QTest::addRow("every attempt reset after the server acted")
        << FaultKind::ConnectionReset << -1 << true << 0 << DispatchStatus::Dispatched << 1 << "started";
    QTest::addRow("reset before the server acted")
        << FaultKind::ConnectionReset << -1 << false << 0 << DispatchStatus::Unknown << 0 << "unknown: no run found for correlation id";
    QTest::addRow("answer slower than the timeout") << FaultKind::Delay << 1 << true << 1500 << DispatchStatus::Dispatched << 1 << "started";
    QTest::addRow("500 before the server acted")
        << FaultKind::ServerError500 << 1 << false << 0 << DispatchStatus::Failed << 0 << "500";
    QTest::addRow("502 after the server acted") << FaultKind::BadGateway502 << 1 << true << 0 << DispatchStatus::Dispatched << 1 << "started";
}

void TestDispatcher::survivesFaultsOnThePost()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, count);
    QFETCH(bool, applyRequest);
    QFETCH(int, delayMs);
    QFETCH(DispatchStatus, status);
    QFETCH(int, runs);
    QFETCH(QString, message);

    Fault fault;
    fault.kind = kind;
    fault.endpoint = dispatchEndpoint;
    fault.count = count;
    fault.applyRequest = applyRequest;
    fault.delayMs = delayMs;
    m_server->injectFault(fault);

    auto gitHub = client(500);
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    Waiter waiter;
    dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::DeployProduction, true, {}}, waiter.callback());
    QVERIFY(waiter.wait());
    const DispatchOutcome &o = *waiter.outcome;
    QVERIFY2(o.status == status, qPrintable(describe(o)));
    QVERIFY2(o.message.contains(message), qPrintable(o.message));
    QCOMPARE(m_server->runIds().size(), runs);
    if (runs == 1)
        QCOMPARE(o.runId, m_server->runIds().first());
    // Sent once: neither the dispatcher nor Qt's HTTP layer sent it again.
    QCOMPARE(m_server->counters().perEndpoint.value(dispatchEndpoint), 1);
    QCOMPARE(dispatcher.canRetry(), status == DispatchStatus::Unknown);
    QVERIFY(!everything(o).contains(token));
}

void TestDispatcher::unknownOutcomeRetriesOnlyWhenAsked()
{
    Fault fault;
    fault.kind = FaultKind::ConnectionReset;
    fault.endpoint = dispatchEndpoint;
    fault.count = -1;
    m_server->injectFault(fault);
    auto gitHub = client(500);
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    Waiter first;
    dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::DeployProduction, true, {}}, first.callback());
    QVERIFY(first.wait());
    QCOMPARE(first.outcome->status, DispatchStatus::Unknown);
    QVERIFY2(first.outcome->message.contains(first.outcome->correlationId), qPrintable(first.outcome->message));
    QVERIFY2(first.outcome->message.contains(actionsPageUrl(settings())), qPrintable(first.outcome->message));
    QVERIFY2(first.outcome->message.contains(QLatin1String("before dispatching again")), qPrintable(first.outcome->message));
    const int posts = m_server->counters().perEndpoint.value(dispatchEndpoint);

    // Nothing is sent again by itself.
    QTest::qWait(200);
    QCOMPARE(m_server->counters().perEndpoint.value(dispatchEndpoint), posts);
    QVERIFY(dispatcher.canRetry());

    m_server->clearFaults();
    Waiter second;
    QVERIFY(dispatcher.retry(second.callback()));
    QVERIFY(second.wait());
    QVERIFY2(second.outcome->ok(), qPrintable(describe(*second.outcome)));
    QVERIFY(second.outcome->correlationId != first.outcome->correlationId);
    QCOMPARE(m_server->runIds().size(), 1);
    QVERIFY(!dispatcher.canRetry());
    QVERIFY(!dispatcher.retry());

    // A retry after a lost answer whose run did appear meanwhile is refused by the in-flight check.
    fault.applyRequest = true;
    fault.kind = FaultKind::Delay;
    fault.delayMs = 1500;
    fault.count = 1;
    m_server->completeRun(m_server->runIds().first(), QStringLiteral("success"));
    m_server->injectFault(fault);
    DispatcherOptions impatient = fastOptions();
    impatient.lostAnswerSearchMs = 0;
    impatient.findAttempts = 1;
    Dispatcher hasty(gitHub.get(), impatient);
    Waiter third;
    hasty.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::DeployProduction, true, {}}, third.callback());
    QVERIFY(third.wait());
    QTRY_COMPARE(m_server->runIds().size(), 2); // the slow dispatch did create its run
    if (third.outcome->status == DispatchStatus::Unknown) {
        Waiter fourth;
        QVERIFY(hasty.retry(fourth.callback()));
        QVERIFY(fourth.wait());
        QVERIFY2(fourth.outcome->status == DispatchStatus::Refused, qPrintable(describe(*fourth.outcome)));
        QCOMPARE(fourth.outcome->blockingRun->id, m_server->runIds().last());
    }
    QCOMPARE(m_server->runIds().size(), 2);
}

void TestDispatcher::refusesWhileARunIsInFlight()
{
    // Started from another machine: created on the server directly, not through this dispatcher.
    const qint64 elsewhere = m_server->createRun(161335, QStringLiteral("main"),
                                                 QJsonObject{{"release_id", releaseId}, {"action", "deploy_production"},
                                                             {"dry_run", "false"}, {"correlation_id", "rc-aaaaaaaaaaaaa"}});
    QVERIFY(elsewhere > 0);
    auto gitHub = client();
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    for (const char *status : {"queued", "in_progress", "waiting"}) {
        if (QLatin1String(status) == QLatin1String("in_progress"))
            QVERIFY(m_server->advanceRun(elsewhere));
        if (QLatin1String(status) == QLatin1String("waiting"))
            m_server->addPendingDeployment(elsewhere, QStringLiteral("production"));
        QCOMPARE(m_server->run(elsewhere).status, QString::fromLatin1(status));
        Waiter waiter;
        dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::Rollback, false, QStringLiteral("x")},
                            waiter.callback());
        QVERIFY(waiter.wait());
        const DispatchOutcome &o = *waiter.outcome;
        QVERIFY2(o.status == DispatchStatus::Refused, qPrintable(describe(o)));
        QVERIFY(o.blockingRun);
        QCOMPARE(o.blockingRun->id, elsewhere);
        QVERIFY2(o.message.contains(QString::number(elsewhere)), qPrintable(o.message));
        QVERIFY2(o.message.contains(o.blockingRun->htmlUrl), qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String(status)), qPrintable(o.message));
        QCOMPARE(m_server->counters().perEndpoint.value(dispatchEndpoint), 0);
    }

    std::optional<WorkflowRun> inFlight;
    bool answered = false;
    dispatcher.checkInFlight(settings(), releaseId, this, [&](const std::optional<WorkflowRun> &run, const GitHubError &error) {
        QCOMPARE(error.kind, GitHubErrorKind::None);
        inFlight = run;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(inFlight);

    QVERIFY(m_server->completeRun(elsewhere, QStringLiteral("success")));
    Waiter after;
    dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::Rollback, false, QStringLiteral("x")}, after.callback());
    QVERIFY(after.wait());
    QVERIFY2(after.outcome->ok(), qPrintable(describe(*after.outcome)));
    QCOMPARE(m_server->runIds().size(), 2);
}

void TestDispatcher::anotherReleaseDoesNotBlock()
{
    m_server->createRun(161335, QStringLiteral("main"),
                        QJsonObject{{"release_id", releaseId + QStringLiteral("-hotfix")}, {"action", "deploy_production"}});
    auto gitHub = client();
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    Waiter waiter;
    dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::DeployProduction, true, {}}, waiter.callback());
    QVERIFY(waiter.wait());
    QVERIFY2(waiter.outcome->ok(), qPrintable(describe(*waiter.outcome)));
    QCOMPARE(m_server->runIds().size(), 2);
}

void TestDispatcher::carriesGitHubsMessage_data()
{
    QTest::addColumn<QString>("useToken");
    QTest::addColumn<QString>("workflow");
    QTest::addColumn<bool>("dropReasonInput");
    QTest::addColumn<GitHubErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::addRow("401 wrong token") << "fake-token-nobody" << "release-train.yml" << false << GitHubErrorKind::Unauthorized << "GH_TOKEN";
    QTest::addRow("404 unknown workflow") << token << "nope.yml" << false << GitHubErrorKind::NotFound << "404";
    QTest::addRow("422 unexpected inputs") << token << "release-train.yml" << true << GitHubErrorKind::Validation
                                           << "Unexpected inputs provided: [\"reason\"]";
}

void TestDispatcher::carriesGitHubsMessage()
{
    QFETCH(QString, useToken);
    QFETCH(QString, workflow);
    QFETCH(bool, dropReasonInput);
    QFETCH(GitHubErrorKind, kind);
    QFETCH(QString, message);
    if (dropReasonInput) {
        // The server's workflow differs from the clone's: GitHub's 422 names the input.
        fakegithub::WorkflowSpec spec = fakegithub::releaseTrainWorkflow();
        spec.inputs.removeLast();
        spec.id = 7;
        spec.path = QStringLiteral(".github/workflows/old-train.yml");
        m_server->addWorkflow(spec);
        workflow = QStringLiteral("old-train.yml");
    }
    GitHubClientOptions options;
    options.timeoutMs = 3000;
    GitHubClient gitHub(m_server->baseUrl(), GitHubToken(useToken, QStringLiteral("GH_TOKEN")), options);
    Dispatcher dispatcher(&gitHub, fastOptions());
    GitHubSettings s = settings();
    s.workflow = workflow;
    Waiter waiter;
    dispatcher.dispatch(s, demoWorkflow(), {releaseId, DispatchAction::Rollback, false, QStringLiteral("x")}, waiter.callback());
    QVERIFY(waiter.wait());
    const DispatchOutcome &o = *waiter.outcome;
    QVERIFY2(o.status == DispatchStatus::Failed, qPrintable(describe(o)));
    QCOMPARE(o.error.kind, kind);
    QVERIFY2(o.message.contains(message), qPrintable(o.message));
    QVERIFY(!everything(o).contains(useToken));
    QCOMPARE(m_server->runIds().size(), 0);
    QVERIFY(!dispatcher.canRetry());
}

void TestDispatcher::withoutCorrelationIdA204IsUnknown()
{
    m_server->setDispatchMode(DispatchMode::NoContent);
    auto gitHub = client();
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    Waiter waiter;
    dispatcher.dispatch(settings(), noCorrelationWorkflow(), {releaseId, DispatchAction::DeployProduction, true, {}}, waiter.callback());
    QVERIFY(waiter.wait());
    const DispatchOutcome &o = *waiter.outcome;
    QVERIFY2(o.status == DispatchStatus::Unknown, qPrintable(describe(o)));
    QVERIFY(o.correlationId.isEmpty());
    QVERIFY2(o.message.contains(correlationRequirementMessage()), qPrintable(o.message));
    QCOMPARE(o.warnings.size(), 1);
    QCOMPARE(m_server->runIds().size(), 1);
    QVERIFY(!m_server->run(m_server->runIds().first()).inputs.value("correlation_id").toString().startsWith(QLatin1String("rc-")));

    // Asked to retry, it finds the run of the first dispatch in flight and sends nothing.
    Waiter retried;
    QVERIFY(dispatcher.retry(retried.callback()));
    QVERIFY(retried.wait());
    QVERIFY2(retried.outcome->status == DispatchStatus::Refused, qPrintable(describe(*retried.outcome)));
    QCOMPARE(m_server->runIds().size(), 1);
}

void TestDispatcher::oneDispatchAtATime()
{
    auto gitHub = client();
    Dispatcher dispatcher(gitHub.get(), fastOptions());
    Waiter first;
    Waiter second;
    dispatcher.dispatch(settings(), demoWorkflow(), {releaseId, DispatchAction::DeployProduction, true, {}}, first.callback());
    dispatcher.dispatch(settings(), demoWorkflow(), {QStringLiteral("rel-2024-01-22-001"), DispatchAction::DeployProduction, true, {}},
                        second.callback());
    QVERIFY(second.outcome); // refused at once
    QCOMPARE(second.outcome->status, DispatchStatus::Refused);
    QVERIFY(first.wait());
    QVERIFY(first.outcome->ok());
    QCOMPARE(m_server->runIds().size(), 1);
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"

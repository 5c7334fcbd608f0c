// RunWatcher and RunControl against FakeGitHub on 127.0.0.1 over real HTTP: runs moved by the test
// step by step, updates only on change, ETags, adaptive intervals, log tails of failed jobs,
// pending deployments, faults the watcher rides out, and cancel / re-run / review with their errors.

#include "github/runwatcher.h"

#include "fakegithub/fakegithub.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace rc;
using namespace rc::core;
using fakegithub::FakeGitHub;
using fakegithub::Fault;
using fakegithub::FaultKind;
using fakegithub::Permission;

namespace {

const QString token = QStringLiteral("fake-token-alice");
const QString readerToken = QStringLiteral("fake-token-viewer");

struct ControlWaiter
{
    std::optional<RunControlResult> result;
    RunControl::Callback callback()
    {
        return [this](const RunControlResult &r) { result = r; };
    }
    bool wait() { return QTest::qWaitFor([this] { return result.has_value(); }, 10000); }
};

QStringList statuses(const QSignalSpy &spy)
{
    QStringList list;
    for (const QList<QVariant> &args : spy)
        list << args.at(0).value<RunSnapshot>().run.status;
    list.removeDuplicates();
    return list;
}

} // namespace

Q_DECLARE_METATYPE(FaultKind)

class TestRunWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void followsARunStepByStep();
    void updatesOnlyOnChangeAndRevalidates();
    void slowsDownWhileIdleAndSpeedsUpOnSteps();
    void readsTheLogTailOfFailedJobs();
    void readsPendingDeployments();
    void ridesOutFaults_data();
    void ridesOutFaults();
    void stopsOnErrorsThatDoNotPass();
    void stopMeansSilence();
    void cancels();
    void rerunsFailedJobs();
    void reviewErrors();

private:
    qint64 newRun();
    std::unique_ptr<GitHubClient> client(const QString &useToken = token) const;
    RunWatcherOptions fastOptions() const;
    GitHubRepositoryName repository() const { return {m_server->owner(), m_server->repositoryName()}; }

    std::unique_ptr<FakeGitHub> m_server;
};

void TestRunWatcher::init()
{
    m_server = std::make_unique<FakeGitHub>();
    m_server->addToken(token, QStringLiteral("alice"), Permission::Write);
    m_server->addToken(readerToken, QStringLiteral("viewer"), Permission::Read);
    m_server->addWorkflow(fakegithub::releaseTrainWorkflow());
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestRunWatcher::cleanup()
{
    m_server.reset();
}

qint64 TestRunWatcher::newRun()
{
    return m_server->createRun(161335, QStringLiteral("main"),
                               QJsonObject{{"release_id", "rel-2024-01-15-001"}, {"action", "deploy_production"},
                                           {"dry_run", "false"}, {"correlation_id", "rc-abcdefghijklm"}});
}

std::unique_ptr<GitHubClient> TestRunWatcher::client(const QString &useToken) const
{
    GitHubClientOptions options;
    options.timeoutMs = 2000;
    options.retryBaseDelayMs = 10;
    options.maxRetries = 1;
    return std::make_unique<GitHubClient>(m_server->baseUrl(), GitHubToken(useToken, QStringLiteral("GH_TOKEN")), options);
}

RunWatcherOptions TestRunWatcher::fastOptions() const
{
    RunWatcherOptions options;
    options.fastIntervalMs = 10;
    options.fastPeriodMs = 0;
    options.slowIntervalMs = 40;
    options.maxIntervalMs = 80;
    options.backoffFactor = 2.0;
    options.logTailLines = 5;
    return options;
}

// -------------------------------------------------------------------------------------------------

void TestRunWatcher::followsARunStepByStep()
{
    const qint64 runId = newRun();
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy updated(&watcher, &RunWatcher::updated);
    QSignalSpy finished(&watcher, &RunWatcher::finished);
    watcher.watch(runId);
    QVERIFY(watcher.isWatching());
    QTRY_VERIFY(watcher.snapshot().valid);
    QCOMPARE(watcher.snapshot().run.id, runId);
    QCOMPARE(watcher.snapshot().run.status, QStringLiteral("queued"));
    QCOMPARE(int(watcher.snapshot().jobs.size()), 2);
    QCOMPARE(int(watcher.snapshot().jobs.at(0).steps.size()), 4);

    // Each step the server takes shows in a snapshot.
    int steps = 0;
    while (m_server->advanceRun(runId)) {
        ++steps;
        const fakegithub::RunState state = m_server->run(runId);
        QTRY_VERIFY2(watcher.snapshot().run.status == state.status
                         && watcher.snapshot().summary.jobsCompleted
                             == int(std::count_if(state.jobs.begin(), state.jobs.end(),
                                                  [](const fakegithub::JobState &j) { return j.status == QLatin1String("completed"); }))
                         && watcher.snapshot().jobs.at(0).steps.at(0).status == state.jobs.at(0).steps.at(0).status,
                     qPrintable(QStringLiteral("step %1: %2").arg(steps).arg(watcher.snapshot().run.status)));
    }
    QVERIFY(steps >= 9);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("success"));
    QVERIFY(watcher.snapshot().isCompleted());
    QCOMPARE(watcher.snapshot().summary.jobsCompleted, 2);
    QVERIFY(watcher.snapshot().logTails.empty());
    QCOMPARE(statuses(updated), (QStringList{"queued", "in_progress", "completed"}));
    QVERIFY(!watcher.isWatching());
    QCOMPARE(watcher.snapshot().nextPollMs, 0);

    // Completed means done: no more polls, no second finished().
    const int polls = watcher.pollCount();
    QTest::qWait(150);
    QCOMPARE(watcher.pollCount(), polls);
    QCOMPARE(finished.size(), 1);
    // Asked to look again, it does, and a run that is still the same completed run is not
    // reported as finishing a second time.
    watcher.refreshNow();
    QTRY_COMPARE(watcher.pollCount(), polls + 1);
    QTRY_VERIFY(!watcher.isWatching());
    QCOMPARE(finished.size(), 1);
}

void TestRunWatcher::updatesOnlyOnChangeAndRevalidates()
{
    const qint64 runId = newRun();
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy updated(&watcher, &RunWatcher::updated);
    watcher.watch(runId);
    QTRY_VERIFY(watcher.pollCount() >= 6);
    QCOMPARE(updated.size(), 1);
    // Every poll after the first asks with If-None-Match and is answered 304.
    QVERIFY2(gitHub->notModifiedCount() >= 2 * (watcher.pollCount() - 2),
             qPrintable(QStringLiteral("%1 304s in %2 polls").arg(gitHub->notModifiedCount()).arg(watcher.pollCount())));
    QVERIFY(m_server->counters().notModified >= 2 * (watcher.pollCount() - 2));

    // A poll may read the run before the step and its jobs after it: the next poll settles it.
    QVERIFY(m_server->advanceRun(runId));
    QTRY_COMPARE(updated.last().first().value<RunSnapshot>().run.status, QStringLiteral("in_progress"));
    const int updates = updated.size();
    QVERIFY(updates >= 2 && updates <= 3);
    const int polls = watcher.pollCount();
    QTRY_VERIFY(watcher.pollCount() >= polls + 4);
    QCOMPARE(updated.size(), updates);
}

void TestRunWatcher::slowsDownWhileIdleAndSpeedsUpOnSteps()
{
    const qint64 runId = newRun();
    auto gitHub = client();
    // Intervals long enough that a busy machine cannot skip a stage between two checks.
    RunWatcherOptions options = fastOptions();
    options.fastIntervalMs = 100;
    options.slowIntervalMs = 400;
    options.maxIntervalMs = 800;
    RunWatcher watcher(gitHub.get(), repository(), options);
    watcher.watch(runId);
    // Queued and unchanged: the interval grows to the ceiling and stays there.
    QTRY_COMPARE_WITH_TIMEOUT(watcher.currentIntervalMs(), options.maxIntervalMs, 10000);
    QVERIFY(m_server->advanceRun(runId));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.snapshot().run.status, QStringLiteral("in_progress"), 10000);
    QVERIFY(watcher.currentIntervalMs() < options.slowIntervalMs);
    // In progress but quiet: slower, but never past the slow interval.
    QTRY_COMPARE_WITH_TIMEOUT(watcher.currentIntervalMs(), options.slowIntervalMs, 10000);
    QTest::qWait(3 * options.maxIntervalMs);
    QCOMPARE(watcher.currentIntervalMs(), options.slowIntervalMs);
    QVERIFY(m_server->advanceRun(runId));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.currentIntervalMs(), options.fastIntervalMs, 10000);

    // Right after watch(), polling stays fast for the fast period even when nothing moves.
    options.fastPeriodMs = 60000;
    RunWatcher eager(gitHub.get(), repository(), options);
    eager.watch(runId);
    QTRY_VERIFY(eager.pollCount() >= 5);
    QCOMPARE(eager.currentIntervalMs(), options.fastIntervalMs);
}

void TestRunWatcher::readsTheLogTailOfFailedJobs()
{
    fakegithub::WorkflowSpec spec = fakegithub::releaseTrainWorkflow();
    spec.id = 7;
    spec.path = QStringLiteral(".github/workflows/failing.yml");
    spec.jobs[1].steps[1].fails = true; // deploy → "Deploy components"
    m_server->addWorkflow(spec);
    const qint64 runId = m_server->createRun(7, QStringLiteral("main"), QJsonObject{{"release_id", "rel-1"}});
    const qint64 deployJob = m_server->run(runId).jobs.at(1).id;
    for (int i = 1; i <= 12; ++i)
        m_server->appendJobLog(deployJob, QStringLiteral("deploy line %1").arg(i));

    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy finished(&watcher, &RunWatcher::finished);
    QSignalSpy updated(&watcher, &RunWatcher::updated);
    watcher.watch(runId);
    m_server->startAutomaticProgress(0.01);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("failure"));
    // finished() comes after the update that shows the tails.
    const RunSnapshot last = updated.last().first().value<RunSnapshot>();
    QCOMPARE(int(last.logTails.size()), 1);
    const JobLogTail &tail = last.logTails.front();
    QCOMPARE(tail.jobId, deployJob);
    QCOMPARE(tail.jobName, QStringLiteral("deploy"));
    QVERIFY2(tail.error.isEmpty(), qPrintable(tail.error));
    QCOMPARE(tail.lines.size(), 5);
    QCOMPARE(tail.lines.last(), QStringLiteral("deploy line 12"));
    QCOMPARE(tail.lines.first(), QStringLiteral("deploy line 8"));
    QCOMPARE(int(last.summary.failed.size()), 1);
    QCOMPARE(last.summary.failed.front().stepName, QStringLiteral("Deploy components"));
    // The log was fetched through GitHub's redirect, once.
    QCOMPARE(m_server->counters().perEndpoint.value(QStringLiteral("GET /_logs/jobs/{job_id}")), 1);
}

void TestRunWatcher::readsPendingDeployments()
{
    const qint64 runId = newRun();
    QVERIFY(m_server->advanceRun(runId));
    const qint64 environmentId = m_server->addPendingDeployment(runId, QStringLiteral("production"));
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    watcher.watch(runId);
    QTRY_COMPARE(watcher.snapshot().run.status, QStringLiteral("waiting"));
    QCOMPARE(int(watcher.snapshot().pending.size()), 1);
    QCOMPARE(watcher.snapshot().pending.front().environmentId, environmentId);
    QCOMPARE(watcher.snapshot().pending.front().environmentName, QStringLiteral("production"));

    RunControl control(gitHub.get(), repository());
    ControlWaiter approve;
    control.reviewPendingDeployments(runId, {environmentId}, RunControl::Review::Approve, QString(), this, approve.callback());
    QVERIFY(approve.wait());
    QVERIFY2(approve.result->ok(), qPrintable(approve.result->message));
    QVERIFY2(approve.result->message.contains(QLatin1String("approved")), qPrintable(approve.result->message));
    watcher.refreshNow();
    QTRY_VERIFY(watcher.snapshot().run.status != QLatin1String("waiting"));
    QVERIFY(watcher.snapshot().pending.empty());
}

void TestRunWatcher::ridesOutFaults_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<QString>("endpoint");
    QTest::addRow("503 on the run") << FaultKind::ServiceUnavailable503 << "GET /repos/{owner}/{repo}/actions/runs/{run_id}";
    QTest::addRow("500 on the jobs") << FaultKind::ServerError500 << "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs";
    QTest::addRow("resets") << FaultKind::ConnectionReset << "GET /repos/{owner}/{repo}/actions/runs/{run_id}";
    QTest::addRow("429") << FaultKind::TooManyRequests429 << "GET /repos/{owner}/{repo}/actions/runs/{run_id}";
}

void TestRunWatcher::ridesOutFaults()
{
    QFETCH(FaultKind, kind);
    QFETCH(QString, endpoint);
    const qint64 runId = newRun();
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy failed(&watcher, &RunWatcher::failed);
    QSignalSpy finished(&watcher, &RunWatcher::finished);
    watcher.watch(runId);
    QTRY_VERIFY(watcher.snapshot().valid);

    Fault fault;
    fault.kind = kind;
    fault.endpoint = endpoint;
    fault.count = -1;
    fault.retryAfterSeconds = 0;
    m_server->injectFault(fault);
    QVERIFY(m_server->advanceRun(runId));
    if (kind != FaultKind::TooManyRequests429) {
        QTRY_VERIFY(!watcher.snapshot().transientError.isEmpty());
        QVERIFY(watcher.snapshot().valid); // what was known stays
        QCOMPARE(watcher.snapshot().run.status, QStringLiteral("queued"));
        QVERIFY(!watcher.snapshot().transientError.contains(token));
    }
    QVERIFY(watcher.isWatching());

    m_server->clearFaults();
    QTRY_COMPARE(watcher.snapshot().run.status, QStringLiteral("in_progress"));
    QTRY_VERIFY(watcher.snapshot().transientError.isEmpty());
    QCOMPARE(watcher.snapshot().transientErrorKind, GitHubErrorKind::None);
    QVERIFY(m_server->completeRun(runId, QStringLiteral("success")));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestRunWatcher::stopsOnErrorsThatDoNotPass()
{
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy failed(&watcher, &RunWatcher::failed);
    watcher.watch(999);
    QTRY_COMPARE(failed.size(), 1);
    const GitHubError error = failed.first().first().value<GitHubError>();
    QCOMPARE(error.kind, GitHubErrorKind::NotFound);
    QVERIFY2(error.message.contains(QLatin1String("run 999")), qPrintable(error.message));
    QVERIFY(!watcher.isWatching());

    Fault fault;
    fault.kind = FaultKind::Unauthorized401;
    fault.count = -1;
    m_server->injectFault(fault);
    RunWatcher refused(gitHub.get(), repository(), fastOptions());
    QSignalSpy refusedFailed(&refused, &RunWatcher::failed);
    refused.watch(newRun());
    QTRY_COMPARE(refusedFailed.size(), 1);
    const GitHubError unauthorized = refusedFailed.first().first().value<GitHubError>();
    QCOMPARE(unauthorized.kind, GitHubErrorKind::Unauthorized);
    QVERIFY(!unauthorized.message.contains(token));
}

void TestRunWatcher::stopMeansSilence()
{
    const qint64 runId = newRun();
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy updated(&watcher, &RunWatcher::updated);
    watcher.watch(runId);
    QTRY_COMPARE(updated.size(), 1);
    watcher.stop();
    QVERIFY(!watcher.isWatching());
    const int polls = watcher.pollCount();
    QVERIFY(m_server->advanceRun(runId));
    QTest::qWait(100);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(watcher.pollCount(), polls);
}

void TestRunWatcher::cancels()
{
    const qint64 runId = newRun();
    QVERIFY(m_server->advanceRun(runId));
    auto gitHub = client();
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy finished(&watcher, &RunWatcher::finished);
    watcher.watch(runId);
    RunControl control(gitHub.get(), repository());
    ControlWaiter cancel;
    control.cancel(runId, this, cancel.callback());
    QVERIFY(cancel.wait());
    QVERIFY2(cancel.result->ok(), qPrintable(cancel.result->message));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("cancelled"));

    ControlWaiter again;
    control.cancel(runId, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(!again.result->ok());
    QCOMPARE(again.result->error.httpStatus, 409);
    QCOMPARE(again.result->message, QStringLiteral("run %1 has already completed and cannot be cancelled").arg(runId));

    auto reader = client(readerToken);
    RunControl readOnly(reader.get(), repository());
    ControlWaiter forbidden;
    readOnly.cancel(newRun(), this, forbidden.callback());
    QVERIFY(forbidden.wait());
    QCOMPARE(forbidden.result->error.kind, GitHubErrorKind::Forbidden);
    QVERIFY(!forbidden.result->message.contains(readerToken));
}

void TestRunWatcher::rerunsFailedJobs()
{
    const qint64 runId = newRun();
    QVERIFY(m_server->advanceRun(runId));
    auto gitHub = client();
    RunControl control(gitHub.get(), repository());

    ControlWaiter running;
    control.rerunFailedJobs(runId, this, running.callback());
    QVERIFY(running.wait());
    QVERIFY(!running.result->ok());
    QVERIFY2(running.result->message.contains(QLatin1String("already running")), qPrintable(running.result->message));

    QVERIFY(m_server->completeRun(runId, QStringLiteral("failure")));
    RunWatcher watcher(gitHub.get(), repository(), fastOptions());
    QSignalSpy finished(&watcher, &RunWatcher::finished);
    watcher.watch(runId);
    QTRY_COMPARE(finished.size(), 1);
    ControlWaiter rerun;
    control.rerunFailedJobs(runId, this, rerun.callback());
    QVERIFY(rerun.wait());
    QVERIFY2(rerun.result->ok(), qPrintable(rerun.result->message));
    // Followed again after a re-run: the new attempt shows, and completes.
    watcher.refreshNow();
    QTRY_COMPARE(watcher.snapshot().run.runAttempt, 2);
    QVERIFY(!watcher.snapshot().isCompleted());
    QVERIFY(m_server->completeRun(runId, QStringLiteral("success")));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toString(), QStringLiteral("success"));
}

void TestRunWatcher::reviewErrors()
{
    const qint64 runId = newRun();
    auto gitHub = client();
    RunControl control(gitHub.get(), repository());
    ControlWaiter review;
    control.reviewPendingDeployments(runId, {42}, RunControl::Review::Reject, QStringLiteral("not now"), this, review.callback());
    QVERIFY(review.wait());
    QCOMPARE(review.result->error.kind, GitHubErrorKind::Validation);
    QVERIFY2(review.result->message.contains(QLatin1String("no such deployment waiting")), qPrintable(review.result->message));
}

QTEST_GUILESS_MAIN(TestRunWatcher)
#include "tst_runwatcher.moc"

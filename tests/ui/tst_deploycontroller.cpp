#include "deploycontroller.h"

#include "deploydialog.h"
#include "githubsession.h"
#include "releasedocument.h"
#include "rollbackdialog.h"
#include "runspanel.h"

#include "demo/demoworkspace.h"
#include "fakegithub/fakegithub.h"
#include "release/deployment.h"
#include "git/repository.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using fakegithub::FakeGitHub;
using ui::DeployController;

namespace {

const QString Token = QStringLiteral("fake-token-alice");
const QString Hotfix = QStringLiteral("rel-2024-01-10-hotfix-001"); // approved, ready
const QString Deployed = QStringLiteral("rel-2024-01-08-001");
const QString Draft = QStringLiteral("rel-2024-01-22-001");

QString git(const QString &dir, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// With RC_SCREENSHOT_DIR set, keeps a picture of the dialog for people to look at.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

// The controller against the fake GitHub on loopback, on real demo clones; lifecycle commits are
// checked with the git command.
class tst_DeployController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // one demo clone, copied per test
    int m_clones = 0;

    QString m_clone;
    std::unique_ptr<FakeGitHub> m_fake;
    std::unique_ptr<core::GitHubClient> m_client;
    core::GitHubSettings m_settings;
    std::unique_ptr<models::ReleaseDocument> m_document;
    std::unique_ptr<DeployController> m_controller;
    QStringList m_messages;

    QString manifestPath(const QString &id) const
    {
        return m_clone + QStringLiteral("/releases/%1.yaml").arg(id);
    }

    bool open(const QString &id)
    {
        auto opened = m_document->open(manifestPath(id));
        return opened.hasValue() && m_document->manifest() && m_document->manifest()->release.id == id;
    }

    // Waits until the controller knows whether a run of the open release is in flight.
    bool settled()
    {
        return QTest::qWaitFor(
            [this] {
                return !m_controller->deployBlockers().join(QLatin1Char('\n')).contains(QLatin1String("checking GitHub"));
            },
            10000);
    }

    qint64 onlyRun()
    {
        const QList<qint64> ids = m_fake->runIds();
        return ids.size() == 1 ? ids.first() : 0;
    }

    QString status() const
    {
        return m_document->manifest() ? core::toString(m_document->manifest()->release.status) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = core::createDemoWorkspace(m_dir.filePath(QStringLiteral("template")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_template = *created;
    }

    void init()
    {
        m_clone = m_dir.filePath(QStringLiteral("clone-%1").arg(++m_clones));
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), m_template, m_clone});
        QVERIFY(copy.waitForFinished(30000));
        QCOMPARE(copy.exitCode(), 0);

        m_fake = std::make_unique<FakeGitHub>();
        m_fake->setRepository(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
        m_fake->addToken(Token, QStringLiteral("rm-alice"), fakegithub::Permission::Write);
        m_fake->addWorkflow(fakegithub::releaseTrainWorkflow());
        QVERIFY2(m_fake->listen(), qPrintable(m_fake->errorString()));

        core::GitHubClientOptions options;
        options.timeoutMs = 5000;
        options.maxRetries = 1;
        options.retryBaseDelayMs = 10;
        m_client = std::make_unique<core::GitHubClient>(m_fake->baseUrl(), core::GitHubToken(Token, QStringLiteral("test")),
                                                        options);
        m_settings.apiUrl = m_fake->baseUrl();
        m_settings.repository = {QStringLiteral("nedlia"), QStringLiteral("nedlia")};
        m_settings.workflow = QStringLiteral("release-train.yml");
        m_settings.ref = QStringLiteral("main");

        m_document = std::make_unique<models::ReleaseDocument>();
        m_controller = std::make_unique<DeployController>(nullptr, m_document.get());
        core::DispatcherOptions dispatch;
        dispatch.findAttempts = 3;
        dispatch.findFirstDelayMs = 20;
        dispatch.findMaxDelayMs = 50;
        dispatch.lostAnswerSearchMs = 500;
        m_controller->setDispatcherOptions(dispatch);
        core::RunWatcherOptions watch;
        watch.fastIntervalMs = 30;
        watch.fastPeriodMs = 2000;
        watch.slowIntervalMs = 100;
        watch.maxIntervalMs = 200;
        m_controller->setWatcherOptions(watch);
        m_controller->setRunsRefreshInterval(0);
        m_controller->useClient(m_client.get(), m_settings, true);
        m_messages.clear();
        connect(m_controller.get(), &DeployController::statusMessage, this,
                [this](const QString &message) { m_messages << message; });
        connect(m_controller.get(), &DeployController::notified, this,
                [this](const QString &title, const QString &message) { m_messages << title << message; });
    }

    void cleanup()
    {
        // The token never reaches a person's eyes.
        for (const QString &message : std::as_const(m_messages))
            QVERIFY2(!message.contains(Token), qPrintable(message));
        m_controller.reset();
        m_document.reset();
        m_client.reset();
        m_fake.reset();
    }

    void gates_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("deploy");
        QTest::addColumn<bool>("rollback");

        QTest::addRow("approved hotfix deploys") << Hotfix << true << false;
        QTest::addRow("deployed release rolls back") << Deployed << false << true;
        QTest::addRow("draft neither") << Draft << false << false;
    }

    void gates()
    {
        QFETCH(QString, release);
        QFETCH(bool, deploy);
        QFETCH(bool, rollback);

        QAction deployAction(QStringLiteral("Deploy"));
        QAction rollbackAction(QStringLiteral("Roll back"));
        m_controller->attachActions(&deployAction, &rollbackAction);
        QVERIFY(open(release));
        QVERIFY(settled());

        QCOMPARE(m_controller->canDeploy(), deploy);
        QCOMPARE(m_controller->canRollback(), rollback);
        QCOMPARE(deployAction.isEnabled(), deploy);
        QCOMPARE(rollbackAction.isEnabled(), rollback);
        // The reasons are the core's, word for word.
        const core::Manifest manifest = *m_document->manifest();
        QCOMPARE(m_controller->deployBlockers(), core::deployGate(manifest).blockers);
        QCOMPARE(m_controller->rollbackBlockers(), core::rollbackGate(manifest).blockers);
        if (!deploy)
            QCOMPARE(deployAction.toolTip(), core::deployGate(manifest).blockers.join(QLatin1Char('\n')));

        // Without a way to GitHub nothing may start, and it says so.
        m_controller->useClient(nullptr, {}, false);
        QVERIFY(!m_controller->canDeploy());
        QVERIFY(!m_controller->canRollback());
        QVERIFY(m_controller->deployBlockers().contains(QStringLiteral("GitHub is not set up for this clone.")));
        QVERIFY(!deployAction.isEnabled());
        QVERIFY(!m_controller->startDeploy(true));
        QVERIFY(m_fake->runIds().isEmpty());
    }

    // The rules' calendar closes the gate: a freeze that holds hotfixes back refuses the approved
    // hotfix with the freeze's words, and a break-glass override in the manifest opens it again
    // for as long as it lasts.
    void calendarRefusesDeployOutsideItsWindow()
    {
        const QByteArray rules = "components:\n"
                                 "  - name: api\n"
                                 "    paths: [api/]\n"
                                 "timezone: Europe/Berlin\n"
                                 "freezes:\n"
                                 "  - name: Incident review\n"
                                 "    from: 2024-01-16 09:00\n"
                                 "    until: 2024-01-16 18:00\n"
                                 "    applies_to: [hotfix]\n"
                                 "enforce_windows: true\n";
        QFile file(m_clone + QStringLiteral("/.release-console.yaml"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(rules), rules.size());
        file.close();
        const core::Expected<core::Repository> repo = core::Repository::discover(m_clone);
        QVERIFY2(repo, repo ? "" : qPrintable(repo.error().toString()));
        const core::Expected<core::RepositoryRules> loaded = core::loadRepositoryRules(*repo);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        const core::ReleaseCalendar calendar(*loaded);

        QAction deployAction(QStringLiteral("Deploy"));
        m_controller->attachActions(&deployAction, nullptr);
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        QVERIFY(m_controller->canDeploy());

        // 12:00 Berlin time on the 16th: inside the freeze.
        QDateTime now(QDate(2024, 1, 16), QTime(11, 0), Qt::UTC);
        m_controller->setClock([&now] { return now; });
        m_controller->setReleaseCalendar(calendar);
        QVERIFY(!m_controller->canDeploy());
        const QString blockers = m_controller->deployBlockers().join(QLatin1Char('\n'));
        QVERIFY2(blockers.contains(QStringLiteral("inside the freeze \"Incident review\" until Tue 2024-01-16 "
                                                  "18:00 (Europe/Berlin)")),
                 qPrintable(blockers));
        QCOMPARE(m_controller->deployBlockers(), core::deployGate(*m_document->manifest(), calendar, now).blockers);
        QVERIFY(!deployAction.isEnabled());
        QVERIFY(deployAction.toolTip().contains(QStringLiteral("Incident review")));
        QVERIFY(!m_controller->startDeploy(true));
        m_controller->deploy();
        QVERIFY(!m_controller->activeDialog());
        QVERIFY2(m_messages.join(QLatin1Char('\n')).contains(QStringLiteral("Incident review")),
                 qPrintable(m_messages.join(QLatin1Char('\n'))));
        QVERIFY(m_fake->runIds().isEmpty());

        // The freeze ends at 18:00 Berlin time; asked again, Deploy opens without a new calendar.
        now = QDateTime(QDate(2024, 1, 16), QTime(17, 0), Qt::UTC);
        m_controller->recheckReadiness();
        QVERIFY2(m_controller->canDeploy(), qPrintable(m_controller->deployBlockers().join(QLatin1Char('\n'))));
        QVERIFY(deployAction.isEnabled());

        // Back inside the freeze, a recorded override lifts the freeze and nothing else.
        now = QDateTime(QDate(2024, 1, 16), QTime(11, 0), Qt::UTC);
        m_controller->recheckReadiness();
        QVERIFY(!deployAction.isEnabled());
        m_document->setUser(QStringLiteral("@ops"));
        core::BreakGlassEdit edit;
        edit.reason = QStringLiteral("payments are down");
        edit.at = now;
        QVERIFY2(m_document->apply(edit), qPrintable(m_document->lastError()));
        QVERIFY2(m_controller->canDeploy(), qPrintable(m_controller->deployBlockers().join(QLatin1Char('\n'))));
        QVERIFY(deployAction.isEnabled());

        // Four hours later (the default break_glass_lasts) the override has ended and the freeze holds again.
        now = now.addSecs(4 * 3600);
        m_controller->recheckReadiness();
        QVERIFY(!deployAction.isEnabled());
        QVERIFY2(m_controller->deployBlockers().join(QLatin1Char('\n')).contains(QStringLiteral("override by @ops ended")),
                 qPrintable(m_controller->deployBlockers().join(QLatin1Char('\n'))));

        // Without the calendar the manifest alone decides, as before.
        m_controller->setReleaseCalendar(std::nullopt);
        QVERIFY(m_controller->canDeploy());
        m_controller->setClock({});
    }

    void noReleaseOpen()
    {
        QVERIFY(!m_controller->canDeploy());
        QCOMPARE(m_controller->deployBlockers(), QStringList{QStringLiteral("No release is open.")});
        m_controller->deploy();
        QVERIFY(!m_controller->activeDialog());
    }

    // The session says why it is not ready; the controller passes that on.
    void sessionNotReady()
    {
        ui::GitHubSession session;
        DeployController controller(&session, m_document.get());
        QVERIFY(open(Hotfix));
        QVERIFY(!session.isReady());
        QVERIFY(!controller.canDeploy());
        QVERIFY2(controller.deployBlockers().contains(session.message()), qPrintable(controller.deployBlockers().join('\n')));
    }

    void realDeployEndsDeployedAndCommitted()
    {
        QAction deployAction(QStringLiteral("Deploy"));
        m_controller->attachActions(&deployAction, nullptr);
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        QVERIFY(deployAction.isEnabled());
        const int commitsBefore = git(m_clone, {"rev-list", "--count", "HEAD"}).toInt();

        QSignalSpy recorded(m_controller.get(), &DeployController::lifecycleRecorded);
        QSignalSpy notified(m_controller.get(), &DeployController::notified);
        deployAction.trigger();
        auto *dialog = qobject_cast<ui::DeployDialog *>(m_controller->activeDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->simulatedLabel()->isVisibleTo(dialog));
        dialog->dryRunBox()->setChecked(false);
        dialog->confirmBox()->setChecked(true);
        keepScreenshot(dialog, QStringLiteral("deploydialog"));
        QTest::mouseClick(dialog->deployButton(), Qt::LeftButton);

        // Dispatched once, with the inputs the workflow declares.
        QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
        const qint64 runId = onlyRun();
        const fakegithub::RunState run = m_fake->run(runId);
        QCOMPARE(run.inputs.value(QStringLiteral("release_id")).toString(), Hotfix);
        QCOMPARE(run.inputs.value(QStringLiteral("action")).toString(), QStringLiteral("deploy_production"));
        QCOMPARE(run.inputs.value(QStringLiteral("dry_run")).toString(), QStringLiteral("false"));

        // deploying, committed, and the document follows.
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 10000);
        QVERIFY2(m_controller->lastLifecycle()->ok(), qPrintable(m_controller->lastLifecycle()->message));
        QCOMPARE(status(), core::toString(core::ReleaseStatus::Deploying));
        QCOMPARE(m_controller->watchedRunId(), runId);
        // While the run is in flight neither deploy nor another dispatch can start.
        QVERIFY(!deployAction.isEnabled());
        QVERIFY(!m_controller->startDeploy(true));

        m_fake->advanceRun(runId);
        m_fake->advanceRun(runId);
        QVERIFY(m_fake->completeRun(runId, QStringLiteral("success")));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, 10000);
        QVERIFY2(m_controller->lastLifecycle()->ok(), qPrintable(m_controller->lastLifecycle()->message));
        QCOMPARE(status(), core::toString(core::ReleaseStatus::Deployed));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->phase(), DeployController::Phase::Idle, 5000);
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.at(0).at(0).toString().contains(QLatin1String("succeeded")));

        // Two commits, the file clean, and the file says deployed.
        QCOMPARE(git(m_clone, {"rev-list", "--count", "HEAD"}).toInt(), commitsBefore + 2);
        const QString log = git(m_clone, {"log", "-2", "--format=%s"});
        QVERIFY2(log.contains(QLatin1String("deploying")) && log.contains(QLatin1String("deployed")), qPrintable(log));
        QVERIFY2(log.contains(QString::number(runId)), qPrintable(log));
        QCOMPARE(git(m_clone, {"status", "--porcelain", "--", "releases/" + Hotfix + ".yaml"}), QString());
        QVERIFY(git(m_clone, {"show", "HEAD:releases/" + Hotfix + ".yaml"}).contains(QLatin1String("status: deployed")));
        QVERIFY(!m_document->isDirty());
    }

    void failedDeployShowsTheRun()
    {
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        QSignalSpy recorded(m_controller.get(), &DeployController::lifecycleRecorded);
        QVERIFY(m_controller->startDeploy(false));
        QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
        const qint64 runId = onlyRun();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 10000);
        QCOMPARE(status(), core::toString(core::ReleaseStatus::Deploying));

        m_fake->advanceRun(runId);
        QVERIFY(m_fake->completeRun(runId, QStringLiteral("failure")));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, 10000);
        QVERIFY2(m_controller->lastLifecycle()->ok(), qPrintable(m_controller->lastLifecycle()->message));
        // Back to approved, so it can be fixed and deployed again; the failed run is named with its link.
        QCOMPARE(status(), core::toString(core::ReleaseStatus::Approved));
        const QString url = m_fake->baseUrl().toString() + QStringLiteral("/nedlia/nedlia/actions/runs/%1").arg(runId);
        QVERIFY2(m_controller->lastFailure().contains(url), qPrintable(m_controller->lastFailure()));
        QVERIFY(git(m_clone, {"log", "-1", "--format=%s"}).contains(QLatin1String("failed")));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->canDeploy(), 10000);
    }

    void dryRunLeavesTheManifest()
    {
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        const QString head = git(m_clone, {"rev-parse", "HEAD"});
        const QByteArray before = m_document->bytes();
        QSignalSpy completed(m_controller.get(), &DeployController::runCompleted);
        QSignalSpy recorded(m_controller.get(), &DeployController::lifecycleRecorded);

        m_controller->deploy();
        auto *dialog = qobject_cast<ui::DeployDialog *>(m_controller->activeDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isDryRun());
        QTest::keyClick(dialog, Qt::Key_Return); // the default button is the dry run
        QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
        const qint64 runId = onlyRun();
        QCOMPARE(m_fake->run(runId).inputs.value(QStringLiteral("dry_run")).toString(), QStringLiteral("true"));
        QVERIFY(m_fake->completeRun(runId, QStringLiteral("success")));
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 10000);
        QCOMPARE(completed.at(0).at(0).toLongLong(), runId);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->phase(), DeployController::Phase::Idle, 5000);
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(git(m_clone, {"rev-parse", "HEAD"}), head);
        QCOMPARE(m_document->bytes(), before);
        QCOMPARE(status(), core::toString(core::ReleaseStatus::Approved));
    }

    void realRollbackEndsRolledBack()
    {
        QVERIFY(open(Deployed));
        QVERIFY(settled());
        QVERIFY(m_controller->canRollback());
        QSignalSpy recorded(m_controller.get(), &DeployController::lifecycleRecorded);

        m_controller->rollback();
        auto *dialog = qobject_cast<ui::RollbackDialog *>(m_controller->activeDialog());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("checkout errors doubled"));
        QTest::keyClicks(dialog->idEdit(), Deployed);
        dialog->dryRunBox()->setChecked(false);
        keepScreenshot(dialog, QStringLiteral("rollbackdialog"));
        QTest::mouseClick(dialog->rollBackButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
        const qint64 runId = onlyRun();
        const fakegithub::RunState run = m_fake->run(runId);
        QCOMPARE(run.inputs.value(QStringLiteral("action")).toString(), QStringLiteral("rollback"));
        QCOMPARE(run.inputs.value(QStringLiteral("dry_run")).toString(), QStringLiteral("false"));
        QCOMPARE(run.inputs.value(QStringLiteral("reason")).toString(), QStringLiteral("checkout errors doubled"));
        // Nothing changes in the manifest until the run succeeded.
        QCOMPARE(status(), core::toString(core::ReleaseStatus::Deployed));
        QVERIFY(!m_controller->canRollback());

        QVERIFY(m_fake->completeRun(runId, QStringLiteral("success")));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 10000);
        QVERIFY2(m_controller->lastLifecycle()->ok(), qPrintable(m_controller->lastLifecycle()->message));
        QCOMPARE(status(), core::toString(core::ReleaseStatus::RolledBack));
        const QString message = git(m_clone, {"log", "-1", "--format=%B"});
        QVERIFY2(message.contains(QLatin1String("rolled back")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("checkout errors doubled")), qPrintable(message));
        QCOMPARE(git(m_clone, {"status", "--porcelain", "--", "releases/" + Deployed + ".yaml"}), QString());
    }

    // A run of the release started on GitHub or by a colleague blocks deploy and rollback, and
    // is shown; when it completes, deploy is possible again.
    void runStartedElsewhereBlocks()
    {
        const qint64 runId = m_fake->createRun(
            fakegithub::releaseTrainWorkflow().id, QStringLiteral("main"),
            {{QStringLiteral("release_id"), Hotfix}, {QStringLiteral("action"), QStringLiteral("deploy_production")},
             {QStringLiteral("dry_run"), QStringLiteral("true")}, {QStringLiteral("correlation_id"), QStringLiteral("rc-abcdefghijklm")}},
            QStringLiteral("workflow_dispatch"), QStringLiteral("colleague-bob"));
        QVERIFY(runId > 0);
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        QVERIFY(!m_controller->canDeploy());
        const QString blockers = m_controller->deployBlockers().join(QLatin1Char('\n'));
        QVERIFY2(blockers.contains(QString::number(runId)), qPrintable(blockers));
        QVERIFY(m_controller->inFlightRun().has_value());
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), runId, 5000);
        QVERIFY(!m_controller->startDeploy(true));
        QCOMPARE(m_fake->runIds().size(), 1);

        QVERIFY(m_fake->completeRun(runId, QStringLiteral("success")));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->canDeploy(), 10000);
        QVERIFY(!m_controller->inFlightRun().has_value());
        QCOMPARE(m_controller->recentRuns().size(), std::size_t(1));
        QCOMPARE(m_controller->recentRuns().front().id, runId);
    }

    // The dispatch's answer is lost and no run carries its correlation id: nothing is sent again
    // until asked, and then exactly once.
    void lostDispatchIsRetriedOnlyWhenAsked()
    {
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        fakegithub::Fault fault;
        fault.kind = fakegithub::FaultKind::ConnectionReset;
        fault.endpoint = QStringLiteral("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches");
        fault.count = -1;
        m_fake->injectFault(fault);
        QVERIFY(m_controller->startDeploy(true));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->phase(), DeployController::Phase::Idle, 10000);
        QVERIFY(m_fake->runIds().isEmpty());
        QVERIFY(m_controller->canRetryDispatch());
        // The runs list is read again after the dispatch; until it answers, deploy waits.
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->canDeploy(), 10000);
        ui::RunsPanel panel(m_controller.get());
        QVERIFY(!panel.retryButton()->isHidden());

        m_fake->clearFaults();
        QVERIFY(m_controller->retryDispatch());
        QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), onlyRun(), 10000);
        QVERIFY(!m_controller->canRetryDispatch());
        QVERIFY(panel.retryButton()->isHidden());
        QCOMPARE(m_fake->runIds().size(), 1);
    }

    // A run that completes while followed is announced; an old completed run is not.
    void notificationOnlyForRunsSeenRunning()
    {
        const QJsonObject inputs{{QStringLiteral("release_id"), Hotfix},
                                 {QStringLiteral("action"), QStringLiteral("deploy_production")},
                                 {QStringLiteral("dry_run"), QStringLiteral("true")}};
        const qint64 old = m_fake->createRun(fakegithub::releaseTrainWorkflow().id, QStringLiteral("main"), inputs);
        QVERIFY(m_fake->completeRun(old, QStringLiteral("success")));
        QSignalSpy notified(m_controller.get(), &DeployController::notified);
        QVERIFY(open(Hotfix));
        QVERIFY(settled());
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), old, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->snapshot().isCompleted(), 5000);
        // finished() comes with the poll that shows the run completed.
        QCoreApplication::processEvents();
        QCOMPARE(notified.count(), 0);
    }
};

QTEST_MAIN(tst_DeployController)
#include "tst_deploycontroller.moc"

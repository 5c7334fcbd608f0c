#include "runspanel.h"

#include "appearance.h"
#include "deploycontroller.h"
#include "releasedocument.h"
#include "runmodel.h"
#include "themecolors.h"

#include "demo/demoworkspace.h"
#include "fakegithub/fakegithub.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rc;
using fakegithub::FakeGitHub;
using ui::DeployController;
using ui::RunsPanel;

namespace {

const QString Hotfix = QStringLiteral("rel-2024-01-10-hotfix-001");

QJsonObject inputs(const QString &correlation)
{
    return {{QStringLiteral("release_id"), Hotfix},
            {QStringLiteral("action"), QStringLiteral("deploy_production")},
            {QStringLiteral("dry_run"), QStringLiteral("true")},
            {QStringLiteral("correlation_id"), correlation}};
}

// With RC_SCREENSHOT_DIR set, keeps a picture of the panel for people to look at.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

/// Receives what QDesktopServices would hand to a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

// The panel follows runs that tests move on the fake GitHub step by step.
class tst_RunsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clone;
    std::unique_ptr<FakeGitHub> m_fake;
    std::unique_ptr<core::GitHubClient> m_client;
    std::unique_ptr<models::ReleaseDocument> m_document;
    std::unique_ptr<DeployController> m_controller;
    std::unique_ptr<RunsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // A panel on the hotfix release whose only run is `runId`, created by a colleague.
    qint64 start(const QString &token = QStringLiteral("fake-token-alice"))
    {
        const qint64 runId = m_fake->createRun(fakegithub::releaseTrainWorkflow().id, QStringLiteral("main"),
                                               inputs(QStringLiteral("rc-aaaaaaaaaaaaa")),
                                               QStringLiteral("workflow_dispatch"), QStringLiteral("colleague-bob"));
        core::GitHubClientOptions options;
        options.timeoutMs = 5000;
        options.maxRetries = 1;
        options.retryBaseDelayMs = 10;
        m_client = std::make_unique<core::GitHubClient>(m_fake->baseUrl(), core::GitHubToken(token, QStringLiteral("test")),
                                                        options);
        core::GitHubSettings settings;
        settings.apiUrl = m_fake->baseUrl();
        settings.repository = {QStringLiteral("nedlia"), QStringLiteral("nedlia")};
        settings.workflow = QStringLiteral("release-train.yml");
        settings.ref = QStringLiteral("main");

        m_document = std::make_unique<models::ReleaseDocument>();
        m_controller = std::make_unique<DeployController>(nullptr, m_document.get());
        core::RunWatcherOptions watch;
        watch.fastIntervalMs = 30;
        watch.fastPeriodMs = 2000;
        watch.slowIntervalMs = 60;
        watch.maxIntervalMs = 100;
        m_controller->setWatcherOptions(watch);
        m_controller->setRunsRefreshInterval(0);
        m_controller->useClient(m_client.get(), settings, true);
        m_panel = std::make_unique<RunsPanel>(m_controller.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->resize(600, 700);
        m_panel->show();
        if (!m_document->open(m_clone + QStringLiteral("/releases/%1.yaml").arg(Hotfix)))
            return 0;
        return runId;
    }

    QString status() const { return m_panel->statusLabel()->text(); }

    QModelIndex jobIndex(int row) const { return m_panel->model()->index(row, 0); }
    QString jobStatus(int row) const
    {
        return m_panel->model()->index(row, models::RunModel::StatusColumn).data().toString();
    }
    QString stepStatus(int job, int step) const
    {
        return m_panel->model()->index(step, models::RunModel::StatusColumn, jobIndex(job)).data().toString();
    }

    // Moves the run until its second job (deploy) runs.
    void advanceToDeployJob(qint64 runId)
    {
        for (int i = 0; i < 20 && m_fake->run(runId).jobs.value(1).status != QLatin1String("in_progress"); ++i)
            m_fake->advanceRun(runId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = core::createDemoWorkspace(m_dir.filePath(QStringLiteral("clone")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_clone = *created;
    }

    void init()
    {
        m_fake = std::make_unique<FakeGitHub>();
        m_fake->setRepository(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
        m_fake->addToken(QStringLiteral("fake-token-alice"), QStringLiteral("rm-alice"), fakegithub::Permission::Write);
        m_fake->addToken(QStringLiteral("fake-token-viewer"), QStringLiteral("viewer-vic"), fakegithub::Permission::Read);
        m_fake->addWorkflow(fakegithub::releaseTrainWorkflow());
        QVERIFY2(m_fake->listen(), qPrintable(m_fake->errorString()));
    }

    void cleanup()
    {
        ui::Appearance::apply(ui::Appearance::Mode::System);
        m_tester.reset();
        m_panel.reset();
        m_controller.reset();
        m_document.reset();
        m_client.reset();
        m_fake.reset();
    }

    void showsJobsAndStepsAsTheRunAdvances()
    {
        const qint64 runId = start();
        QVERIFY(runId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), runId, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2, 10000);
        QVERIFY2(status().startsWith(QLatin1String("Queued")), qPrintable(status()));
        QCOMPARE(m_panel->progressLabel()->text(), QStringLiteral("0 of 2 jobs"));
        QVERIFY2(m_panel->whoWhenLabel()->text().contains(QLatin1String("@colleague-bob")),
                 qPrintable(m_panel->whoWhenLabel()->text()));
        QVERIFY(m_panel->whoWhenLabel()->text().contains(QString::number(runId)));
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(!m_panel->rerunButton()->isEnabled());
        QVERIFY(!m_panel->pendingBox()->isVisible());
        QVERIFY(!m_panel->logBox()->isVisible());

        QVERIFY(m_fake->advanceRun(runId));
        QTRY_COMPARE_WITH_TIMEOUT(stepStatus(0, 0), QStringLiteral("In progress"), 10000);
        // The run and its jobs are separate requests: the header may follow a poll later.
        QTRY_VERIFY2_WITH_TIMEOUT(status().startsWith(QLatin1String("In progress")), qPrintable(status()), 10000);
        QCOMPARE(jobStatus(0), QStringLiteral("In progress"));
        QCOMPARE(jobStatus(1), QStringLiteral("Queued"));
        QVERIFY(m_panel->jobTree()->isExpanded(jobIndex(0)));

        QVERIFY(m_fake->advanceRun(runId));
        QTRY_COMPARE_WITH_TIMEOUT(stepStatus(0, 1), QStringLiteral("In progress"), 10000);
        QCOMPARE(stepStatus(0, 0), QStringLiteral("Succeeded"));

        advanceToDeployJob(runId);
        QTRY_COMPARE_WITH_TIMEOUT(jobStatus(0), QStringLiteral("Succeeded"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->progressLabel()->text(), QStringLiteral("1 of 2 jobs"), 10000);

        QVERIFY(m_fake->completeRun(runId, QStringLiteral("success")));
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Succeeded")), 10000);
        QCOMPARE(m_panel->progressLabel()->text(), QStringLiteral("2 of 2 jobs"));
        QVERIFY(!m_panel->cancelButton()->isEnabled());
        QVERIFY(!m_panel->rerunButton()->isEnabled());
        QVERIFY(!m_panel->logBox()->isVisible());
    }

    void failedStepShowsItsLogTailAndReruns()
    {
        const qint64 runId = start();
        QVERIFY(runId > 0);
        advanceToDeployJob(runId);
        m_fake->advanceRun(runId);
        const qint64 deployJob = m_fake->run(runId).jobs.value(1).id;
        m_fake->appendJobLog(deployJob, QStringLiteral("Deploying validation-service v1.1.1"));
        m_fake->appendJobLog(deployJob, QStringLiteral("ERROR: health check returned 502"));
        QVERIFY(m_fake->completeRun(runId, QStringLiteral("failure")));

        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Failed")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->logBox()->isVisible(), 10000);
        const QString log = m_panel->logTail()->toPlainText();
        QVERIFY2(log.contains(QLatin1String("ERROR: health check returned 502")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("deploy")), qPrintable(log));
        QCOMPARE(jobStatus(1), QStringLiteral("Failed"));
        QVERIFY(m_panel->model()->index(1, 0).data(models::RunModel::FailedRole).toBool());
        QVERIFY(m_panel->jobTree()->isExpanded(jobIndex(1)));
        keepScreenshot(m_panel.get(), QStringLiteral("runspanel-failed"));
        QVERIFY(!m_panel->cancelButton()->isEnabled());
        QVERIFY(m_panel->rerunButton()->isEnabled());

        QTest::mouseClick(m_panel->rerunButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->run(runId).runAttempt, 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Queued")), 10000);
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(!m_panel->rerunButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->whoWhenLabel()->text().contains(QLatin1String("attempt 2")), 10000);
    }

    // A failed run in a light palette, then the user switches to dark: the failure text and the
    // state icons are chosen again and stay readable on the new background.
    void failureColoursFollowThePalette()
    {
        using models::ThemeColors;
        ui::Appearance::apply(ui::Appearance::Mode::Light);
        const qint64 runId = start();
        QVERIFY(runId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), runId, 10000);
        QVERIFY(m_fake->completeRun(runId, QStringLiteral("failure")));
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Failed")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->runList()->isEnabled(), 10000);

        QStringList seen;
        for (ui::Appearance::Mode mode : {ui::Appearance::Mode::Light, ui::Appearance::Mode::Dark}) {
            ui::Appearance::apply(mode);
            const QPalette palette = QApplication::palette();
            QCOMPARE(ThemeColors::isDark(palette), mode == ui::Appearance::Mode::Dark);

            QLabel *failure = m_panel->failureLabel();
            failure->ensurePolished();
            const QColor text = failure->palette().color(QPalette::WindowText);
            const QColor window = palette.color(QPalette::Window);
            QVERIFY2(ThemeColors::contrast(text, window) >= ThemeColors::TextContrast,
                     qPrintable(text.name() + QStringLiteral(" on ") + window.name()));

            // The run list's icon (filled or a ring, as the list last heard of the run): its
            // opaque pixels.
            const int index = m_panel->runList()->findData(QVariant::fromValue(runId));
            QVERIFY(index >= 0);
            const QImage icon = m_panel->runList()
                                    ->itemIcon(index)
                                    .pixmap(models::RunPresentation::IconSize)
                                    .toImage();
            QColor fill;
            for (int y = 0; y < icon.height() && !fill.isValid(); ++y) {
                for (int x = 0; x < icon.width() && !fill.isValid(); ++x) {
                    if (icon.pixelColor(x, y).alpha() == 255)
                        fill = icon.pixelColor(x, y);
                }
            }
            QVERIFY(fill.isValid());
            const QColor base = palette.color(QPalette::Base);
            QVERIFY2(ThemeColors::contrast(fill, base) >= ThemeColors::GraphicsContrast,
                     qPrintable(fill.name() + QStringLiteral(" on ") + base.name()));
            seen << text.name();
        }
        QVERIFY2(seen.first() != seen.last(), "the failure text did not follow the palette");
    }

    void approvingAPendingDeploymentMovesTheRunOn()
    {
        const qint64 runId = start();
        QVERIFY(runId > 0);
        advanceToDeployJob(runId);
        m_fake->addPendingDeployment(runId, QStringLiteral("production"));
        QCOMPARE(m_fake->run(runId).status, QStringLiteral("waiting"));

        QTRY_VERIFY_WITH_TIMEOUT(m_panel->pendingBox()->isVisible(), 10000);
        QVERIFY2(status().startsWith(QLatin1String("Waiting for approval")), qPrintable(status()));
        QVERIFY(m_panel->pendingLabel()->text().contains(QLatin1String("production")));
        QVERIFY(m_panel->pendingLabel()->text().contains(QLatin1String("you may review")));
        QVERIFY(m_panel->approveButton()->isEnabled());
        // Rejecting needs a comment.
        QVERIFY(!m_panel->rejectButton()->isEnabled());
        QTest::keyClicks(m_panel->reviewComment(), QStringLiteral("smoke tests green on staging"));
        QVERIFY(m_panel->rejectButton()->isEnabled());
        keepScreenshot(m_panel.get(), QStringLiteral("runspanel-pending"));

        QTest::mouseClick(m_panel->approveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->run(runId).status != QLatin1String("waiting"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->pendingBox()->isVisible(), 10000);
        QVERIFY(m_fake->advanceRun(runId));
        QVERIFY(m_fake->completeRun(runId, QStringLiteral("success")));
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Succeeded")), 10000);
    }

    void rejectingAPendingDeployment()
    {
        const qint64 runId = start();
        QVERIFY(runId > 0);
        advanceToDeployJob(runId);
        m_fake->addPendingDeployment(runId, QStringLiteral("production"));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->pendingBox()->isVisible(), 10000);
        QTest::keyClicks(m_panel->reviewComment(), QStringLiteral("error budget spent"));
        QTest::mouseClick(m_panel->rejectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->run(runId).status, QStringLiteral("completed"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->pendingBox()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!status().startsWith(QLatin1String("Waiting")), 10000);
    }

    // Someone without the right to review sees the waiting environment, not the buttons.
    void reviewNeedsThePermission()
    {
        const qint64 runId = start(QStringLiteral("fake-token-viewer"));
        QVERIFY(runId > 0);
        advanceToDeployJob(runId);
        m_fake->addPendingDeployment(runId, QStringLiteral("production"));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->pendingBox()->isVisible(), 10000);
        QVERIFY(m_panel->pendingLabel()->text().contains(QLatin1String("you may not review")));
        QVERIFY(!m_panel->approveButton()->isEnabled());
        QTest::keyClicks(m_panel->reviewComment(), QStringLiteral("looks fine"));
        QVERIFY(!m_panel->rejectButton()->isEnabled());
    }

    void cancelStopsTheRun()
    {
        const qint64 runId = start();
        QVERIFY(runId > 0);
        m_fake->advanceRun(runId);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("In progress")), 10000);
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->run(runId).conclusion, QStringLiteral("cancelled"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Cancelled")), 10000);
        QVERIFY(!m_panel->cancelButton()->isEnabled());
        QVERIFY(m_panel->rerunButton()->isEnabled());
    }

    void opensTheRunInTheBrowser()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        const qint64 runId = start();
        QVERIFY(runId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->openButton()->isEnabled(), 10000);
        QTest::mouseClick(m_panel->openButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first().toString(),
                 m_fake->baseUrl().toString() + QStringLiteral("/nedlia/nedlia/actions/runs/%1").arg(runId));
    }

    void listsRecentRunsOfTheRelease()
    {
        // An older run of this release, one of another release, then the one in flight.
        const qint64 older = m_fake->createRun(fakegithub::releaseTrainWorkflow().id, QStringLiteral("main"),
                                               inputs(QStringLiteral("rc-bbbbbbbbbbbbb")));
        QVERIFY(m_fake->completeRun(older, QStringLiteral("failure")));
        QJsonObject other = inputs(QStringLiteral("rc-ccccccccccccc"));
        other[QStringLiteral("release_id")] = QStringLiteral("rel-2024-01-08-001");
        const qint64 foreign = m_fake->createRun(fakegithub::releaseTrainWorkflow().id, QStringLiteral("main"), other);
        QVERIFY(m_fake->completeRun(foreign, QStringLiteral("success")));
        m_fake->advanceClock(60);
        const qint64 current = start();
        QVERIFY(current > 0);

        QTRY_COMPARE_WITH_TIMEOUT(m_panel->runList()->count(), 2, 10000);
        QCOMPARE(m_panel->runList()->itemData(0).toLongLong(), current);
        QCOMPARE(m_panel->runList()->itemData(1).toLongLong(), older);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), current, 10000);
        QCOMPARE(m_panel->runList()->currentIndex(), 0);
        // The run in flight is the one followed; looking at an older run waits until the in-flight one
        // is no longer followed by a dispatch of this console, which it is not here.
        m_panel->runList()->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->watchedRunId(), older, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("Failed")), 10000);
        QVERIFY(m_panel->runList()->itemText(1).contains(QString::number(older)));
    }
};

QTEST_MAIN(tst_RunsPanel)
#include "tst_runspanel.moc"

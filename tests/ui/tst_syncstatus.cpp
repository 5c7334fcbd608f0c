#include "syncstatus.h"

#include "mainwindow.h"
#include "syncconflictdialog.h"

#include "../core/sync/synctestutil.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rc::core;
using namespace rc::test;
using rc::ui::SyncConflictDialog;
using rc::ui::SyncStatus;

class tst_SyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void countsAfterACommit();
    void fetchRunsOffTheGuiThreadAndShowsBehind();
    void pushReappliesAndAsksForAReload();
    void conflictShowsBothSidesAndLosesNothing_data();
    void conflictShowsBothSidesAndLosesNothing();
    void noUpstreamIsShown();
    void failedPushIsReported();
    void mainWindowFollowsTheOpenClone();

private:
    static bool waitForJob(SyncStatus &status);

    std::unique_ptr<QTemporaryDir> m_dir;
    SyncFixture m_fixture;
    QString m_one;
    QString m_two;
};

bool tst_SyncStatus::waitForJob(SyncStatus &status)
{
    if (!status.isBusy())
        return true;
    QSignalSpy spy(&status, &SyncStatus::finished);
    return spy.wait(15000);
}

void tst_SyncStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = SyncFixture();
    QVERIFY2(m_fixture.setUp(m_dir->path()), qPrintable(m_fixture.error));
    m_one = m_fixture.clone(QStringLiteral("one"), QStringLiteral("@alice"));
    m_two = m_fixture.clone(QStringLiteral("two"), QStringLiteral("@dan"));
    QVERIFY(!m_one.isEmpty() && !m_two.isEmpty());
}

void tst_SyncStatus::countsAfterACommit()
{
    SyncStatus status;
    QVERIFY(status.findChild<QLabel *>("syncLabel")->isHidden());
    QVERIFY(!status.pushAction()->isEnabled());
    status.setClonePath(m_two);
    QVERIFY(!status.findChild<QLabel *>("syncLabel")->isHidden());
    QVERIFY(waitForJob(status));
    QCOMPARE(status.text(), QStringLiteral("main \u21910 \u21930"));
    QCOMPARE(status.findChild<QLabel *>("syncLabel")->toolTip(), QStringLiteral("main is up to date with origin/main"));

    QVERIFY(!m_fixture.commitEdit(m_two, ChecklistEdit{6, true, "@dan", at(10)}).isEmpty());
    status.refresh();
    QVERIFY(waitForJob(status));
    QCOMPARE(status.text(), QStringLiteral("main \u21911 \u21930"));
    QCOMPARE(status.state()->ahead, 1);
}

void tst_SyncStatus::fetchRunsOffTheGuiThreadAndShowsBehind()
{
    QVERIFY(!m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    {
        auto repo = Repository::discover(m_one);
        QCOMPARE(remote::push(*repo).value(), PushStatus::Pushed);
    }
    SyncStatus status;
    status.setClonePath(m_two);
    QVERIFY(waitForJob(status));
    QCOMPARE(status.state()->behind, 0); // not fetched yet

    QSignalSpy messages(&status, &SyncStatus::message);
    status.fetch();
    // The job runs on the pool: the call returns at once, with the actions disabled meanwhile.
    QVERIFY(status.isBusy());
    QVERIFY(!status.fetchAction()->isEnabled());
    QVERIFY(!status.pushAction()->isEnabled());
    QCOMPARE(status.text(), QStringLiteral("Fetching\u2026"));
    QVERIFY(waitForJob(status));
    QCOMPARE(status.state()->behind, 1);
    QCOMPARE(status.text(), QStringLiteral("main \u21910 \u21931"));
    QVERIFY(status.fetchAction()->isEnabled());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("main is 1 behind origin/main"));
}

void tst_SyncStatus::pushReappliesAndAsksForAReload()
{
    const SignOffEdit approve{"api", SignOff::Approved, "@alice", {}, at(9)};
    const ChecklistEdit tick{6, true, "@dan", at(10)};
    QVERIFY(!m_fixture.commitEdit(m_one, approve).isEmpty());
    QVERIFY(!m_fixture.commitEdit(m_two, tick).isEmpty());
    {
        auto repo = Repository::discover(m_one);
        QCOMPARE(remote::push(*repo).value(), PushStatus::Pushed);
    }
    SyncStatus status;
    status.setClonePath(m_two);
    QVERIFY(waitForJob(status));
    QSignalSpy reload(&status, &SyncStatus::workTreeChanged);
    QSignalSpy messages(&status, &SyncStatus::message);
    status.pushAction()->trigger();
    QVERIFY(status.isBusy());
    QVERIFY(waitForJob(status));
    QCOMPARE(status.lastError(), QString());
    QCOMPARE(reload.size(), 1);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("origin/main had moved: re-applied 1 commit on top and pushed"));
    QCOMPARE(status.text(), QStringLiteral("main \u21910 \u21930"));
    const QByteArray expected = SyncFixture::seedWith({approve, tick});
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest), expected);
    QCOMPARE(readFile(m_two + QLatin1Char('/') + kManifest), expected);
}

void tst_SyncStatus::conflictShowsBothSidesAndLosesNothing_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addRow("decide later") << QStringLiteral("later");
    QTest::addRow("take theirs") << QStringLiteral("theirs");
    QTest::addRow("keep mine") << QStringLiteral("mine");
}

void tst_SyncStatus::conflictShowsBothSidesAndLosesNothing()
{
    QFETCH(QString, choice);
    const ApprovalEdit theirs{"Tech Lead", ApprovalStatus::Approved, "@alice", {}, at(9)};
    const ApprovalEdit ours{"Tech Lead", ApprovalStatus::Rejected, "@dan", "no rollback plan", at(10)};
    const QString theirCommit = m_fixture.commitEdit(m_one, theirs);
    const QString ourCommit = m_fixture.commitEdit(m_two, ours);
    QVERIFY(!theirCommit.isEmpty() && !ourCommit.isEmpty());
    {
        auto repo = Repository::discover(m_one);
        QCOMPARE(remote::push(*repo).value(), PushStatus::Pushed);
    }
    QWidget window;
    auto *status = new SyncStatus(&window);
    window.show();
    status->setClonePath(m_two);
    QVERIFY(waitForJob(*status));
    const QByteArray before = readFile(m_two + QLatin1Char('/') + kManifest);
    status->push();
    QVERIFY(waitForJob(*status));

    SyncConflictDialog *dialog = status->conflictDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTreeWidget *list = dialog->conflictList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(0), kManifest);
    QCOMPARE(row->text(1), QStringLiteral("approval Tech Lead"));
    QCOMPARE(row->text(2), QStringLiteral("rejected by @dan at 2024-01-15T10:00:00Z: no rollback plan"));
    QCOMPARE(row->text(3), QStringLiteral("approved by @alice at 2024-01-15T09:00:00Z"));
    // Nothing moved while the dialog asks.
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), theirCommit);
    QCOMPARE(SyncFixture::refAt(m_two, "HEAD"), ourCommit);
    QCOMPARE(readFile(m_two + QLatin1Char('/') + kManifest), before);

    if (choice == QLatin1String("later")) {
        dialog->reject();
        QVERIFY(!status->isBusy());
        QCOMPARE(SyncFixture::refAt(m_two, "HEAD"), ourCommit);
        QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), theirCommit);
        return;
    }
    QSignalSpy reload(status, &SyncStatus::workTreeChanged);
    QTest::mouseClick(choice == QLatin1String("mine") ? dialog->keepMineButton() : dialog->takeTheirsButton(), Qt::LeftButton);
    QVERIFY(status->isBusy());
    QVERIFY(waitForJob(*status));
    QCOMPARE(status->lastError(), QString());
    QCOMPARE(reload.size(), 1);
    const QByteArray expected = choice == QLatin1String("mine") ? SyncFixture::seedWith({theirs, ours})
                                                                : SyncFixture::seedWith({theirs});
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest), expected);
    QCOMPARE(readFile(m_two + QLatin1Char('/') + kManifest), expected);
}

void tst_SyncStatus::noUpstreamIsShown()
{
    git_repository *r = nullptr;
    QCOMPARE(git_repository_open(&r, QFile::encodeName(m_two).constData()), 0);
    git_config *config = nullptr;
    QCOMPARE(git_repository_config(&config, r), 0);
    QCOMPARE(git_config_delete_entry(config, "branch.main.remote"), 0);
    QCOMPARE(git_config_delete_entry(config, "branch.main.merge"), 0);
    git_config_free(config);
    git_repository_free(r);
    SyncStatus status;
    status.setClonePath(m_two);
    QVERIFY(waitForJob(status));
    auto *label = status.findChild<QLabel *>("syncLabel");
    QCOMPARE(label->text(), QStringLiteral("Not shared \u26a0"));
    QVERIFY2(label->toolTip().contains("has no upstream"), qPrintable(label->toolTip()));
    QVERIFY(!status.state());
}

void tst_SyncStatus::failedPushIsReported()
{
    QVERIFY(!m_fixture.commitEdit(m_two, ChecklistEdit{6, true, "@dan", at(10)}).isEmpty());
    git_repository *r = nullptr;
    QCOMPARE(git_repository_open(&r, QFile::encodeName(m_two).constData()), 0);
    QCOMPARE(git_remote_set_url(r, "origin", "https://127.0.0.1:1/remote.git"), 0);
    git_repository_free(r);
    QWidget window;
    auto *status = new SyncStatus(&window);
    window.show();
    status->setClonePath(m_two);
    QVERIFY(waitForJob(*status));
    status->push();
    QVERIFY(waitForJob(*status));
    QVERIFY2(status->lastError().startsWith("cannot push to origin"), qPrintable(status->lastError()));
    auto *box = window.findChild<QMessageBox *>("pushFailedBox");
    QVERIFY(box);
    QVERIFY(box->informativeText().contains("cannot push to origin (https://127.0.0.1:1/remote.git)"));
    QCOMPARE(status->text(), QStringLiteral("main \u21911 \u21930"));
    box->close();
}

void tst_SyncStatus::mainWindowFollowsTheOpenClone()
{
    rc::ui::MainWindow window;
    auto *status = window.findChild<SyncStatus *>();
    QVERIFY(status);
    QVERIFY(window.statusBar()->isAncestorOf(status));
    QAction *push = window.findChild<QAction *>("pushAction");
    QVERIFY(push);
    bool inReleaseMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(push))
            inReleaseMenu = menu->text().remove(QLatin1Char('&')) == QLatin1String("Release");
    QVERIFY(inReleaseMenu);

    QSignalSpy scanned(&window, &rc::ui::MainWindow::scanFinished);
    window.openPath(m_two);
    QVERIFY(scanned.wait(15000));
    QCOMPARE(status->clonePath(), m_two);
    QVERIFY(waitForJob(*status));
    QCOMPARE(status->text(), QStringLiteral("main \u21910 \u21930"));

    // F5 reads the clone again and fetches.
    QVERIFY(!m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    {
        auto repo = Repository::discover(m_one);
        QCOMPARE(remote::push(*repo).value(), PushStatus::Pushed);
    }
    window.findChild<QAction *>("reloadAction")->trigger();
    QVERIFY(status->isBusy());
    QVERIFY(waitForJob(*status));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("main \u21910 \u21931"), 15000);
}

QTEST_MAIN(tst_SyncStatus)
#include "tst_syncstatus.moc"

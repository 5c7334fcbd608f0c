#include "mainwindow.h"
#include "releasedocument.h"
#include "releasefilterproxy.h"
#include "releaselistmodel.h"
#include "releasepage.h"
#include "releasetraincontroller.h"
#include "breakglassdialog.h"
#include "deploycontroller.h"
#include "calendarview.h"
#include "historymodel.h"
#include "historyview.h"
#include "hotfixdialog.h"
#include "newreleasedialog.h"
#include "githubsession.h"
#include "githubsettingsdialog.h"

#include "componentmodel.h"
#include "democlones.h"
#include "git/repository.h"
#include "rules/readiness.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using rc::models::ComponentModel;
using rc::models::ReleaseDocument;
using rc::models::ReleaseListModel;
using rc::ui::MainWindow;

namespace {

const QString ReleaseId = QStringLiteral("rel-2024-01-15-001");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Lines only in `before` and lines only in `after`, by longest common subsequence: a small diff.
std::pair<QStringList, QStringList> lineDiff(const QByteArray &before, const QByteArray &after)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList removed;
    QStringList added;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added << b[j++];
        } else {
            removed << a[i++];
        }
    }
    return {removed, added};
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    rc::test::DemoClones m_clones{m_dir.path()};
    QString m_shared; // for tests that only read; tests that edit make their own

    // A fresh demo clone per test, so edits in one test never leak into another.
    QString newDemo() { return m_clones.make(); }

    // Holds the demo's releases to their windows: its rules keep enforce_windows: false.
    static bool enforceWindows(const QString &clone, const QByteArray &from = {}, const QByteArray &to = {})
    {
        QFile file(clone + QStringLiteral("/.release-console.yaml"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = file.readAll();
        file.close();
        if (!text.contains("enforce_windows: false") || (!from.isEmpty() && !text.contains(from)))
            return false;
        text.replace("enforce_windows: false", "enforce_windows: true");
        if (!from.isEmpty())
            text.replace(from, to);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    }

    static bool openAndWait(MainWindow &window, const QString &path)
    {
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        window.openPath(path);
        return !finished.isEmpty() || finished.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The window reads the GitHub token from the keychain: never the user's. Without a session
        // bus no keychain service can be reached, as on CI.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
        QCoreApplication::setOrganizationName(QStringLiteral("ReleaseConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_shared = newDemo();
        QVERIFY(!m_shared.isEmpty());
    }

    void opensTheDemoClone()
    {
        const QString clone = m_shared;
        MainWindow window;
        QAbstractItemModelTester listTester(window.releaseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.releaseProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(openAndWait(window, clone));
        QVERIFY(window.bannerText().isEmpty());
        QCOMPARE(QFileInfo(window.clonePath()).canonicalFilePath(), QFileInfo(clone).canonicalFilePath());
        QVERIFY(window.releaseModel()->rowCount() >= 5);
        QVERIFY(window.releaseModel()->rowOfId(ReleaseId) >= 0);
        QVERIFY(!window.isScanning());
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("scanProgress"))->isHidden());
        // Something is selected and open, and the status bar says where and how much.
        QVERIFY(window.document()->isOpen());
        const QString path = window.findChild<QLabel *>(QStringLiteral("clonePathLabel"))->text();
        QCOMPARE(path, QDir::toNativeSeparators(window.clonePath()));
        const QString counts = window.findChild<QLabel *>(QStringLiteral("releaseCountLabel"))->text();
        QVERIFY2(counts.contains(QString::number(window.releaseModel()->rowCount())), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("0 problem")), qPrintable(counts));
        QCOMPARE(window.recentClones().value(0), window.clonePath());
    }

    void newDemoIsCreatedOffTheGuiThreadAndOpened()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        const QString directory = m_dir.filePath(QStringLiteral("new-demo"));
        window.openNewDemo(directory);
        // The call returns at once: the clone is built on a worker thread.
        QVERIFY(window.clonePath().isEmpty());
        QVERIFY(finished.wait(30000));
        QVERIFY(window.bannerText().isEmpty());
        QCOMPARE(QFileInfo(window.clonePath()).canonicalFilePath(), QFileInfo(directory).canonicalFilePath());
        QVERIFY(window.releaseModel()->rowOfId(ReleaseId) >= 0);

        // A second demo into the same, now non-empty, folder fails in the banner, not in a crash.
        MainWindow other;
        QSignalSpy failed(&other, &MainWindow::scanFinished);
        other.openNewDemo(directory);
        QVERIFY(failed.wait(30000));
        QVERIFY2(other.bannerText().contains(QStringLiteral("Could not create the demo clone")),
                 qPrintable(other.bannerText()));
    }

    void signAsRecordsTheChosenHandle()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, clone));
        QVERIFY(window.selectRelease(ReleaseId));
        auto *label = window.findChild<QLabel *>(QStringLiteral("signerLabel"));
        QVERIFY(label);
        // The demo's git config names the release manager.
        QCOMPARE(label->text(), QStringLiteral("Signing as @john.doe"));

        window.setSigner(QStringLiteral("@zoe"));
        QCOMPARE(label->text(), QStringLiteral("Signing as @zoe"));
        QCOMPARE(QSettings().value(QStringLiteral("signAs")).toString(), QStringLiteral("@zoe"));
        auto *model = window.releasePage()->componentModel();
        QVERIFY(model->setSignOff(model->rowOf(QStringLiteral("api")), rc::core::SignOff::Approved, {}));
        QVERIFY(readFile(window.document()->path()).contains("approved_by: '@zoe'"));

        // Cleared, the clone's git config decides again; the next window starts that way too.
        window.setSigner({});
        QCOMPARE(label->text(), QStringLiteral("Signing as @john.doe"));
        MainWindow next;
        QVERIFY(openAndWait(next, clone));
        QCOMPARE(next.document()->user(), QStringLiteral("@john.doe"));
    }

    void signOffThroughTheViewChangesThreeLinesAndCommits()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndWait(window, clone));
        QVERIFY(window.selectRelease(ReleaseId));
        ReleaseDocument *document = window.document();
        QCOMPARE(document->releaseId(), ReleaseId);
        const QString file = document->path();
        const QString relative = document->displayName();
        const QByteArray before = readFile(file);

        QTableView *view = window.releasePage()->componentView();
        auto *model = window.releasePage()->componentModel();
        const int row = model->rowOf(QStringLiteral("api"));
        QVERIFY(row >= 0);
        const QModelIndex index = model->index(row, ComponentModel::SignOffColumn);
        QCOMPARE(index.data(ComponentModel::SignOffRole).toInt(), int(rc::core::SignOff::Pending));

        // As a user would: click the cell, press F2 to edit it, pick "Approved" with the keyboard.
        // (A click on an already selected cell opens the editor by itself after the double-click
        // interval; F2 then finds that editor. Either way the user ends up in the combo.)
        QSignalSpy committed(document, &ReleaseDocument::committed);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(view->indexWidget(index));
        auto *combo = qobject_cast<QComboBox *>(view->indexWidget(index));
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(index.data(ComponentModel::SignOffRole).toInt(), int(rc::core::SignOff::Approved));

        const auto [removed, added] = lineDiff(before, readFile(file));
        QCOMPARE(removed.size(), 1);
        QVERIFY2(removed.first().trimmed().startsWith(QStringLiteral("sign_off: pending")), qPrintable(removed.first()));
        QCOMPARE(added.size(), 3);
        QVERIFY2(added.at(0).trimmed().startsWith(QStringLiteral("sign_off: approved")), qPrintable(added.join('\n')));
        QVERIFY2(added.at(1).trimmed().startsWith(QStringLiteral("approved_by:")), qPrintable(added.join('\n')));
        QVERIFY(added.at(1).contains(document->user()));
        QVERIFY2(added.at(2).trimmed().startsWith(QStringLiteral("approved_at:")), qPrintable(added.join('\n')));
        // Same indentation as the line it replaced: the edit fits the hand-written file.
        const qsizetype indent = removed.first().indexOf(QLatin1String("sign_off"));
        for (const QString &line : added)
            QCOMPARE(line.indexOf(QRegularExpression(QStringLiteral("\\S"))), indent);

        // Committed: one commit, and the work tree matches it.
        QTRY_COMPARE(committed.count(), 1);
        QVERIFY(committed.first().at(1).toString().contains(QStringLiteral("api")));
        QVERIFY(!document->lastCommit().isEmpty());
        auto repo = rc::core::Repository::discover(clone);
        QVERIFY(repo);
        QCOMPARE(int(repo->fileState(relative)), int(rc::core::FileState::Unmodified));

        // The list follows the edit: 3 of 3 sign-offs now.
        const int listRow = window.releaseModel()->rowOfId(ReleaseId);
        const QString signOffs =
            window.releaseModel()->index(listRow, ReleaseListModel::SignOffsColumn).data().toString();
        QVERIFY2(signOffs.contains(QStringLiteral("3")), qPrintable(signOffs));
    }

    void notACloneSaysSoInTheWindow_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("plain folder") << "folder";
        QTest::addRow("missing path") << "missing";
    }

    void notACloneSaysSoInTheWindow()
    {
        QFETCH(QString, kind);
        QTemporaryDir plain;
        const QString path = kind == QLatin1String("folder") ? plain.path() : plain.filePath(QStringLiteral("nowhere"));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, path));
        const QString banner = window.bannerText();
        QVERIFY2(banner.contains(QDir::toNativeSeparators(path)), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("Open Clone")), qPrintable(banner));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.clonePath().isEmpty());
        QCOMPARE(window.releaseModel()->rowCount(), 0);
    }

    void notACloneKeepsTheOpenClone()
    {
        const QString clone = m_shared;
        QTemporaryDir plain;
        MainWindow window;
        QVERIFY(openAndWait(window, clone));
        const int rows = window.releaseModel()->rowCount();
        QVERIFY(openAndWait(window, plain.path()));
        QVERIFY(window.bannerText().contains(QStringLiteral("not inside a git clone")));
        QCOMPARE(window.releaseModel()->rowCount(), rows);
        QCOMPARE(QFileInfo(window.clonePath()).canonicalFilePath(), QFileInfo(clone).canonicalFilePath());
        // Opening a good clone again clears the message.
        QVERIFY(openAndWait(window, clone));
        QVERIFY(window.bannerText().isEmpty());
    }

    void deployIsDisabledAndListsTheBlockers()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, clone));
        QVERIFY(window.selectRelease(ReleaseId));
        const rc::core::Manifest *manifest = window.document()->manifest();
        QVERIFY(manifest);
        const rc::core::Readiness readiness = rc::core::checkReadiness(*manifest);
        QVERIFY(!readiness.ready);

        QAction *deploy = window.deployAction();
        QVERIFY(!deploy->isEnabled());
        for (const QString &blocker : readiness.blockers)
            QVERIFY2(deploy->toolTip().contains(blocker), qPrintable(blocker));
        QVERIFY(!window.rollbackAction()->isEnabled());
        QVERIFY(window.rollbackAction()->toolTip().contains(QStringLiteral("deployed")));

        // Signing api off removes its blocker from the tooltip at once.
        const QString apiBlocker = QStringLiteral("api: sign-off pending");
        QVERIFY(deploy->toolTip().contains(apiBlocker));
        auto *model = window.releasePage()->componentModel();
        QVERIFY(model->setSignOff(model->rowOf(QStringLiteral("api")), rc::core::SignOff::Approved));
        QVERIFY2(!deploy->toolTip().contains(apiBlocker), qPrintable(deploy->toolTip()));
        QVERIFY(!deploy->isEnabled());
    }

    void openingAManifestSelectsItsRelease()
    {
        const QString clone = m_shared;
        MainWindow first;
        QVERIFY(openAndWait(first, clone));
        const int row = first.releaseModel()->rowOfId(QStringLiteral("rel-2024-01-10-hotfix-001"));
        QVERIFY(row >= 0);
        const QString manifest = first.releaseModel()->entry(row)->path;

        MainWindow window;
        QVERIFY(openAndWait(window, manifest));
        QCOMPARE(window.document()->releaseId(), QStringLiteral("rel-2024-01-10-hotfix-001"));
        const QModelIndex current = window.releaseView()->currentIndex();
        QCOMPARE(current.data(ReleaseListModel::IdRole).toString(), QStringLiteral("rel-2024-01-10-hotfix-001"));
    }

    void filterNarrowsTheList()
    {
        const QString clone = m_shared;
        MainWindow window;
        QAbstractItemModelTester proxyTester(window.releaseProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openAndWait(window, clone));
        const int all = window.releaseProxy()->rowCount();
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("releaseFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("hotfix"));
        QCOMPARE(window.releaseProxy()->rowCount(), 1);
        filter->clear();
        QCOMPARE(window.releaseProxy()->rowCount(), all);
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(rc::core::ReleaseStatus::Deployed)));
        QVERIFY(window.releaseProxy()->rowCount() < all);
        for (int row = 0; row < window.releaseProxy()->rowCount(); ++row)
            QCOMPARE(window.releaseProxy()->index(row, 0).data(ReleaseListModel::StatusRole).toInt(),
                     int(rc::core::ReleaseStatus::Deployed));
    }

    void brokenManifestsAreListedWithTheirPlace()
    {
        const QString clone = newDemo();
        QFile broken(QDir(clone).filePath(QStringLiteral("releases/rel-broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("release:\n  id: rel-broken\n  status: [unclosed\n");
        broken.close();

        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, clone));
        QTreeWidget *problems = window.problemList();
        QVERIFY(problems->topLevelItemCount() >= 1);
        QTreeWidgetItem *item = problems->topLevelItem(0);
        QVERIFY2(item->text(0).startsWith(QStringLiteral("releases/rel-broken.yaml:")), qPrintable(item->text(0)));
        QVERIFY(item->data(0, Qt::UserRole + 1).toInt() > 0); // a line to jump to
        QVERIFY(!item->text(1).isEmpty());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("problemsDock"))->isVisible());
        const QString counts = window.findChild<QLabel *>(QStringLiteral("releaseCountLabel"))->text();
        QVERIFY2(counts.contains(QStringLiteral("1 problem")), qPrintable(counts));

        // Activating the problem opens that file's text at the line.
        emit problems->itemActivated(item, 0);
        QVERIFY(window.document()->path().endsWith(QStringLiteral("rel-broken.yaml")));
        QCOMPARE(window.releasePage()->tabs()->currentIndex(), int(rc::ui::ReleasePage::ManifestTab));
    }

    void droppingAFolderOpensIt()
    {
        const QString clone = m_shared;
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(clone)});
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(20000));
        QCOMPARE(QFileInfo(window.clonePath()).canonicalFilePath(), QFileInfo(clone).canonicalFilePath());

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, {});
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void reloadKeepsTheSelection()
    {
        const QString clone = m_shared;
        MainWindow window;
        QVERIFY(openAndWait(window, clone));
        QVERIFY(window.selectRelease(QStringLiteral("rel-2024-01-08-001")));
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        window.reload();
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.document()->releaseId(), QStringLiteral("rel-2024-01-08-001"));
    }

    void windowStateIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({333, 700});
            window.close();
        }
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("MainWindow/geometry")).toByteArray().isEmpty());
        QVERIFY(!settings.value(QStringLiteral("MainWindow/splitter")).toByteArray().isEmpty());
        MainWindow again;
        again.show();
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(0), 333);
    }

    void recentClonesHaveNoDuplicatesAndAreCapped()
    {
        QSettings().remove(QStringLiteral("recentClones"));
        const QString clone = m_shared;
        MainWindow window;
        QVERIFY(openAndWait(window, clone));
        QVERIFY(openAndWait(window, clone));
        QCOMPARE(window.recentClones().count(window.clonePath()), 1);
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << QStringLiteral("/nowhere/%1").arg(i);
        QSettings().setValue(QStringLiteral("recentClones"), many);
        QVERIFY(openAndWait(window, clone));
        QCOMPARE(window.recentClones().size(), MainWindow::MaxRecentClones);
        QCOMPARE(window.recentClones().first(), window.clonePath());
    }

    // View → History and View → Calendar show the scanned releases and open the one chosen there.
    void historyAndCalendarOpenReleases()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndWait(window, m_shared));
        QVERIFY(window.selectRelease(ReleaseId));

        window.historyAction()->trigger();
        rc::ui::HistoryView *history = window.historyView();
        QVERIFY(history->isVisible());
        QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->model()->rowCount(), window.releaseModel()->rowCount());
        emit history->releaseActivated(window.releaseModel()->entry(window.releaseModel()->rowOfId(
                                                                          QStringLiteral("rel-2024-01-08-001")))
                                           ->path);
        QCOMPARE(window.document()->releaseId(), QStringLiteral("rel-2024-01-08-001"));

        window.calendarAction()->trigger();
        rc::ui::CalendarView *calendar = window.calendarView();
        QVERIFY(calendar->isVisible());
        // The calendar follows the selection to its month.
        QCOMPARE(calendar->shownMonth(), QDate(2024, 1, 1));
        QAbstractButton *hotfix = calendar->chip(QStringLiteral("rel-2024-01-10-hotfix-001"));
        QVERIFY(hotfix);
        QTest::mouseClick(hotfix, Qt::LeftButton);
        QCOMPARE(window.document()->releaseId(), QStringLiteral("rel-2024-01-10-hotfix-001"));
        QVERIFY(calendar->chip(QStringLiteral("rel-2024-01-10-hotfix-001"))->property("current").toBool());

        window.historyAction()->trigger();
        QVERIFY(!history->isVisible());
        QVERIFY(!window.historyAction()->isChecked());
        QVERIFY(window.calendarAction()->isChecked());
    }

    // Release → New Release… writes and commits the manifest, then the window shows it.
    void newReleaseIsOpenedWhenCreated()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, clone));
        const int before = window.releaseModel()->rowCount();
        window.newReleaseAction()->trigger();
        auto *dialog = window.findChild<rc::ui::NewReleaseDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy planned(dialog, &rc::ui::NewReleaseDialog::planned);
        QVERIFY(planned.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->createButton()->isEnabled(), 20000);
        const QString id = dialog->idEdit()->text();
        QSignalSpy scanned(&window, &MainWindow::scanFinished);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(scanned.wait(20000));
        QCOMPARE(window.releaseModel()->rowCount(), before + 1);
        QCOMPARE(window.document()->releaseId(), id);
        QVERIFY(!window.document()->isDirty());
    }

    // Release → New Hotfix… cuts the branch, and the window shows the clone on it with the hotfix selected.
    void newHotfixIsOpenedWhenCreated()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, clone));
        window.newHotfixAction()->trigger();
        auto *dialog = window.findChild<rc::ui::HotfixDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->productionTag().isEmpty(), 20000);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("geo"));
        dialog->componentBox()->setCurrentIndex(dialog->componentBox()->findData(QStringLiteral("validation-service")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->createButton()->isEnabled(), 20000);
        const QString id = dialog->idEdit()->text();
        QSignalSpy scanned(&window, &MainWindow::scanFinished);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(scanned.wait(20000));
        QCOMPARE(window.document()->releaseId(), id);
        QVERIFY(id.contains(QStringLiteral("hotfix")));
    }

    // Settings → GitHub… is in the menu bar and on Ctrl+, and opens the dialog over the window.
    void gitHubSettingsFromTheKeyboard()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndWait(window, clone));
        QAction *action = window.gitHubSettingsAction();
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(action->text().contains(QLatin1Char('&')));
        QMenu *settings = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                settings = menu->menu();
        }
        QVERIFY(settings);
        QCOMPARE(settings->title(), QStringLiteral("&Settings"));

        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = window.findChild<rc::ui::GitHubSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        // Filled in once the session has read the clone, which it does off the GUI thread.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->repositoryEdit()->placeholderText(), QStringLiteral("nedlia/nedlia"), 10000);
        dialog->reject();
    }

    // The window's GitHub session follows the open clone; outside the demo nothing says simulated.
    void gitHubSessionFollowsTheClone()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, clone));
        rc::ui::GitHubSession *session = window.gitHubSession();
        QCOMPARE(session->clonePath(), window.clonePath());
        QTRY_VERIFY_WITH_TIMEOUT(session->state() != rc::ui::GitHubSession::State::Loading, 10000);
        QCOMPARE(session->settings().repository.fullName(), QStringLiteral("nedlia/nedlia"));
        QVERIFY(!session->isSimulated());
        QVERIFY(window.simulatedBadge()->isHidden());
        const QString label = window.gitHubLabel()->text();
        QVERIFY2(label.startsWith(QLatin1String("GitHub: nedlia/nedlia on api.github.com")), qPrintable(label));
        QVERIFY(!label.contains(QLatin1String("simulated")));
        QVERIFY(window.gitHubLabel()->toolTip().contains(session->message()));
    }

    // The demo's GitHub is labelled as simulated wherever the window shows where it points.
    void simulatedGitHubIsLabelled()
    {
        const QString clone = newDemo();
        MainWindow window;
        window.show();
        window.setSimulatedGitHub(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                  rc::core::GitHubToken(QStringLiteral("fake-token-demo"), QStringLiteral("the demo")));
        QVERIFY(openAndWait(window, clone));
        rc::ui::GitHubSession *session = window.gitHubSession();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), rc::ui::GitHubSession::State::Ready, 10000);
        QVERIFY(session->isSimulated());
        QVERIFY(window.simulatedBadge()->isVisible());
        QCOMPARE(window.simulatedBadge()->text(), QStringLiteral("Simulated GitHub"));
        QVERIFY2(window.simulatedBadge()->toolTip().contains(QLatin1String("http://127.0.0.1:9")),
                 qPrintable(window.simulatedBadge()->toolTip()));
        QCOMPARE(window.gitHubLabel()->text(), QStringLiteral("GitHub: nedlia/nedlia (simulated GitHub)"));
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("fake-token-demo")), qPrintable(label->text()));
    }

    void closingDuringAScanWaitsForIt()
    {
        const QString clone = m_shared;
        auto *window = new MainWindow;
        window->openPath(clone);
        delete window; // must neither crash nor leave the job writing into a dead window
    }

    // The rules' calendar reaches the list, the page, Deploy and a calendar view built later; the
    // clock moves windows open and shut; Break Glass is offered only outside the window and, once
    // used, lifts the time blocker alone.
    void releaseTrainsReachTheWindow()
    {
        const QString clone = newDemo();
        QVERIFY(enforceWindows(clone));
        MainWindow window;
        QAbstractItemModelTester listTester(window.releaseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        rc::ui::ReleaseTrainController *trains = window.releaseTrains();
        QVERIFY(trains);
        // Monday 10:00 in Berlin, the day before the regular window.
        QDateTime now(QDate(2024, 1, 22), QTime(9, 0), Qt::UTC);
        trains->setClock([&now] { return now; });
        window.show();
        QVERIFY(openAndWait(window, clone));
        QTRY_VERIFY(trains->releaseCalendar().has_value());
        QVERIFY(trains->releaseCalendar()->enforced());
        QCOMPARE(trains->releaseCalendar()->timeZoneName(), QStringLiteral("Europe/Berlin"));
        QVERIFY(window.selectRelease(ReleaseId));

        const QString outside = QStringLiteral("outside the regular window Tue 10:00\u201312:00 (Europe/Berlin); "
                                               "next window opens Tue 2024-01-23 10:00");
        const int row = window.releaseModel()->rowOfId(ReleaseId);
        const auto blockers = [&] {
            return window.releaseModel()->index(row, 0).data(ReleaseListModel::BlockersRole).toStringList();
        };
        QVERIFY2(blockers().contains(outside), qPrintable(blockers().join('\n')));
        QVERIFY(window.deployAction()->toolTip().contains(outside));
        const auto banner = [&] { return window.releasePage()->findChild<QLabel *>(QStringLiteral("readinessBanner"))->text(); };
        QVERIFY(banner().contains(outside));
        QAction *breakGlass = window.breakGlassAction();
        QVERIFY(breakGlass);
        QCOMPARE(breakGlass->objectName(), QStringLiteral("breakGlassAction"));
        QVERIFY(breakGlass->isEnabled());
        QVERIFY(breakGlass->toolTip().contains(outside));

        // A calendar view opened now gets the windows and the year-end freeze.
        rc::ui::CalendarView *calendar = window.calendarView();
        calendar->showMonth(QDate(2024, 1, 1));
        QVERIFY2(calendar->calendarMarks(QDate(2024, 1, 23)).join('\n').contains(QStringLiteral("10:00\u201312:00")),
                 qPrintable(calendar->calendarMarks(QDate(2024, 1, 23)).join('\n')));
        QVERIFY2(calendar->calendarMarks(QDate(2024, 1, 2)).join('\n').contains(QStringLiteral("Year-end freeze")),
                 qPrintable(calendar->calendarMarks(QDate(2024, 1, 2)).join('\n')));

        // Tuesday 10:30 in Berlin: the minute's check opens the window everywhere.
        now = QDateTime(QDate(2024, 1, 23), QTime(9, 30), Qt::UTC);
        trains->recheck();
        QVERIFY(!blockers().join('\n').contains(QStringLiteral("outside the regular window")));
        QVERIFY(!window.deployAction()->toolTip().contains(QStringLiteral("outside the regular window")));
        QVERIFY(!banner().contains(QStringLiteral("outside the regular window")));
        QVERIFY(!breakGlass->isEnabled());
        QVERIFY(breakGlass->toolTip().contains(QStringLiteral("inside its window")));

        // Back on Monday: Break Glass through its dialog.
        now = QDateTime(QDate(2024, 1, 22), QTime(9, 0), Qt::UTC);
        trains->recheck();
        QVERIFY(breakGlass->isEnabled());
        QSignalSpy applied(trains, &rc::ui::ReleaseTrainController::breakGlassApplied);
        breakGlass->trigger();
        rc::ui::BreakGlassDialog *dialog = trains->activeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reasonEdit()->setText(QStringLiteral("card payments failing"));
        QVERIFY(!dialog->overrideButton()->isEnabled());
        dialog->idEdit()->setText(ReleaseId);
        QVERIFY(dialog->overrideButton()->isEnabled());
        dialog->overrideButton()->click();
        QTRY_COMPARE(applied.count(), 1);

        const rc::core::Manifest *manifest = window.document()->manifest();
        QVERIFY(manifest);
        QCOMPARE(manifest->release.breakGlass.reason, QStringLiteral("card payments failing"));
        QCOMPARE(manifest->release.breakGlass.by, QStringLiteral("@john.doe")); // the clone's releaseconsole.user
        QCOMPARE(manifest->release.breakGlass.at, now);
        QVERIFY(!breakGlass->isEnabled());
        QVERIFY(breakGlass->toolTip().contains(QStringLiteral("Already overridden by @john.doe")));
        QVERIFY(!blockers().join('\n').contains(QStringLiteral("outside the regular window")));
        QVERIFY(blockers().join('\n').contains(QStringLiteral("sign-off pending")));
        QVERIFY(!window.deployAction()->toolTip().contains(QStringLiteral("outside the regular window")));
        QVERIFY2(banner().contains(QStringLiteral("Window overridden by @john.doe")), qPrintable(banner()));
        trains->setClock({});
    }

    // A rules file with an error keeps the window working: the error is listed with its place and
    // windows follow the default trains in the zone and with the enforcement the file names.
    void brokenRulesFallBackToTheDefaultTrains()
    {
        const QString clone = newDemo();
        QVERIFY(enforceWindows(clone, "      duration: 2h\n", "      duration: 0h\n"));
        MainWindow window;
        rc::ui::ReleaseTrainController *trains = window.releaseTrains();
        QDateTime now(QDate(2024, 1, 22), QTime(9, 0), Qt::UTC);
        trains->setClock([&now] { return now; });
        window.show();
        QVERIFY(openAndWait(window, clone));
        QTRY_VERIFY(trains->releaseCalendar().has_value());
        QVERIFY(!trains->rulesErrors().empty());
        QVERIFY(trains->releaseCalendar()->enforced());
        QCOMPARE(trains->releaseCalendar()->timeZoneName(), QStringLiteral("Europe/Berlin"));

        bool listed = false;
        for (int i = 0; i < window.problemList()->topLevelItemCount(); ++i) {
            const QString where = window.problemList()->topLevelItem(i)->text(0);
            listed = listed || QRegularExpression(QStringLiteral("^\\.release-console\\.yaml:\\d+:\\d+$")).match(where).hasMatch();
        }
        QVERIFY(listed);
        const int row = window.releaseModel()->rowOfId(ReleaseId);
        QVERIFY(row >= 0);
        const QStringList blockers = window.releaseModel()->index(row, 0).data(ReleaseListModel::BlockersRole).toStringList();
        QVERIFY2(blockers.join('\n').contains(QStringLiteral("outside the regular window Tue 10:00\u201312:00 (Europe/Berlin)")),
                 qPrintable(blockers.join('\n')));
        trains->setClock({});
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

#include "historyview.h"

#include "historymodel.h"
#include "releaselistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using rc::core::ReleaseStatus;
using rc::models::HistoryModel;
using rc::ui::HistoryView;

namespace {

rc::core::ReleaseEntry entry(const QString &id, ReleaseStatus status, const QDateTime &scheduled)
{
    rc::core::ReleaseEntry e;
    e.relativePath = QStringLiteral("releases/%1.yaml").arg(id);
    e.path = QStringLiteral("/clone/") + e.relativePath;
    rc::core::Manifest m;
    m.release.id = id;
    m.release.status = status;
    m.release.scheduledAt = scheduled;
    e.manifest = m;
    return e;
}

rc::core::WorkspaceScan scan()
{
    rc::core::WorkspaceScan s;
    s.root = QStringLiteral("/clone");
    s.releases = {entry(QStringLiteral("rel-b"), ReleaseStatus::Deployed, QDateTime(QDate(2024, 1, 8), QTime(10, 0), Qt::UTC)),
                  entry(QStringLiteral("rel-c"), ReleaseStatus::Draft, QDateTime(QDate(2024, 1, 22), QTime(10, 0), Qt::UTC)),
                  entry(QStringLiteral("rel-a"), ReleaseStatus::Deployed, QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC))};
    return s;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, HistoryModel::IdColumn).data().toString();
    return out;
}

} // namespace

class tst_HistoryView : public QObject
{
    Q_OBJECT

private slots:
    void showsAndSorts()
    {
        rc::models::ReleaseListModel releases;
        HistoryView view(&releases);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.summary().contains(QStringLiteral("No releases")));
        releases.setScan(scan());
        // Newest scheduled first by default.
        QCOMPARE(ids(*view.proxy()), (QStringList{QStringLiteral("rel-c"), QStringLiteral("rel-b"), QStringLiteral("rel-a")}));
        QVERIFY2(view.summary().contains(QStringLiteral("2 deployed")), qPrintable(view.summary()));
        QVERIFY2(view.summary().contains(QStringLiteral("1 draft")), qPrintable(view.summary()));
        view.view()->sortByColumn(HistoryModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*view.proxy()), (QStringList{QStringLiteral("rel-a"), QStringLiteral("rel-b"), QStringLiteral("rel-c")}));
        view.view()->sortByColumn(HistoryModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, HistoryModel::IdColumn).data().toString(), QStringLiteral("rel-c"));
    }

    void followsEdits()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(scan());
        HistoryView view(&releases);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        rc::core::ReleaseEntry edited = scan().releases[1];
        edited.manifest->release.status = ReleaseStatus::PendingApproval;
        releases.updateEntry(edited.path, edited);
        QCOMPARE(reset.count(), 0); // an edit is a row change, not a reset
        const int row = view.model()->rowOfPath(edited.path);
        QCOMPARE(view.model()->index(row, HistoryModel::StatusColumn).data().toString(), QStringLiteral("Pending approval"));
        QVERIFY2(view.summary().contains(QStringLiteral("1 pending approval")), qPrintable(view.summary()));
    }

    void activatingOpens()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(scan());
        HistoryView view(&releases);
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &HistoryView::releaseActivated);
        const QModelIndex second = view.proxy()->index(1, HistoryModel::IdColumn);
        const QRect rect = view.view()->visualRect(second);
        // A double-click is a press, a release, then the double-click event, as a real mouse sends it.
        QTest::mouseClick(view.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("/clone/releases/rel-b.yaml"));
        view.view()->setCurrentIndex(view.proxy()->index(2, 0));
        QTest::keyClick(view.view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("/clone/releases/rel-a.yaml"));
    }
};

QTEST_MAIN(tst_HistoryView)
#include "tst_historyview.moc"

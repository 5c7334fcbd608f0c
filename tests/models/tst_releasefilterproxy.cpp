#include "modeltestutil.h"
#include "releasefilterproxy.h"
#include "releaselistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rc;
using rc::models::ReleaseFilterProxy;
using rc::models::ReleaseListModel;

namespace {

QDateTime utc(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// Schedules chosen so that text order ("1/15/24" < "10/1/24" < "12/3/23") differs from time order.
core::WorkspaceScan sampleScan()
{
    core::WorkspaceScan scan;
    auto add = [&](const QString &id, core::ReleaseStatus status, const QDateTime &when,
                   const QString &manager, const QStringList &components) {
        scan.releases.push_back(test::makeEntry(QStringLiteral("releases/") + id + QStringLiteral(".yaml"),
                                                test::makeManifest(id, status, when, manager, components)));
    };
    add(QStringLiteral("rel-2024-01-15-001"), core::ReleaseStatus::PendingApproval, utc(2024, 1, 15),
        QStringLiteral("@john.doe"), {QStringLiteral("api"), QStringLiteral("portal")});
    add(QStringLiteral("rel-2024-10-01-001"), core::ReleaseStatus::Draft, utc(2024, 10, 1),
        QStringLiteral("@Jane.Roe"), {QStringLiteral("placement-service")});
    add(QStringLiteral("rel-2023-12-03-001"), core::ReleaseStatus::Deployed, utc(2023, 12, 3),
        QStringLiteral("@john.doe"), {QStringLiteral("workers")});
    add(QStringLiteral("rel-unscheduled"), core::ReleaseStatus::Approved, QDateTime(), QStringLiteral("@kim"),
        {QStringLiteral("api")});
    scan.releases.push_back(test::makeEntry(QStringLiteral("releases/hotfix-broken.yaml"), std::nullopt,
                                            QStringLiteral("release.id is missing")));
    return scan;
}

} // namespace

class tst_ReleaseFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filterText_data();
    void filterText();
    void statusFilter_data();
    void statusFilter();
    void textAndStatusTogether();
    void sortByScheduledTime_data();
    void sortByScheduledTime();
    void sortByStatusFollowsTheLifecycle();
    void followsSourceUpdates();

private:
    QStringList visibleIds() const;

    std::unique_ptr<ReleaseListModel> m_source;
    std::unique_ptr<ReleaseFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ReleaseFilterProxy::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ReleaseFilterProxy::init()
{
    m_source = std::make_unique<ReleaseListModel>();
    m_source->setScan(sampleScan());
    m_proxy = std::make_unique<ReleaseFilterProxy>();
    m_proxy->setSourceModel(m_source.get());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_source.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void tst_ReleaseFilterProxy::cleanup()
{
    m_tester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
    m_source.reset();
}

QStringList tst_ReleaseFilterProxy::visibleIds() const
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, ReleaseListModel::IdColumn).data().toString();
    return ids;
}

void tst_ReleaseFilterProxy::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString jan = QStringLiteral("rel-2024-01-15-001");
    const QString oct = QStringLiteral("rel-2024-10-01-001");
    const QString dec = QStringLiteral("rel-2023-12-03-001");
    const QString unscheduled = QStringLiteral("rel-unscheduled");
    const QString broken = QStringLiteral("hotfix-broken.yaml");

    QTest::addRow("empty shows all") << QString() << QStringList{jan, oct, dec, unscheduled, broken};
    QTest::addRow("blank shows all") << QStringLiteral("   ")
                                     << QStringList{jan, oct, dec, unscheduled, broken};
    QTest::addRow("by id") << QStringLiteral("2024-10") << QStringList{oct};
    QTest::addRow("by id, upper case") << QStringLiteral("REL-2023") << QStringList{dec};
    QTest::addRow("by manager") << QStringLiteral("@john") << QStringList{jan, dec};
    QTest::addRow("by manager, any case") << QStringLiteral("jane.roe") << QStringList{oct};
    QTest::addRow("by component") << QStringLiteral("api") << QStringList{jan, unscheduled};
    QTest::addRow("by component, partial") << QStringLiteral("placement") << QStringList{oct};
    QTest::addRow("by file name of a broken file") << QStringLiteral("hotfix") << QStringList{broken};
    QTest::addRow("every word must match") << QStringLiteral("john workers") << QStringList{dec};
    QTest::addRow("words in any order") << QStringLiteral("PORTAL john") << QStringList{jan};
    QTest::addRow("no match") << QStringLiteral("kubernetes") << QStringList{};
}

void tst_ReleaseFilterProxy::filterText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(text);
    QCOMPARE(visibleIds(), expected);
    QCOMPARE(m_proxy->filterText(), text.trimmed());
}

void tst_ReleaseFilterProxy::statusFilter_data()
{
    QTest::addColumn<std::vector<core::ReleaseStatus>>("statuses");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("none shows all, with broken files")
        << std::vector<core::ReleaseStatus>{}
        << QStringList{"rel-2024-01-15-001", "rel-2024-10-01-001", "rel-2023-12-03-001", "rel-unscheduled",
                       "hotfix-broken.yaml"};
    QTest::addRow("pending approval")
        << std::vector<core::ReleaseStatus>{core::ReleaseStatus::PendingApproval}
        << QStringList{"rel-2024-01-15-001"};
    QTest::addRow("open work") << std::vector<core::ReleaseStatus>{core::ReleaseStatus::Draft,
                                                                   core::ReleaseStatus::PendingApproval,
                                                                   core::ReleaseStatus::Approved}
                               << QStringList{"rel-2024-01-15-001", "rel-2024-10-01-001", "rel-unscheduled"};
    QTest::addRow("duplicates are fine")
        << std::vector<core::ReleaseStatus>{core::ReleaseStatus::Deployed, core::ReleaseStatus::Deployed}
        << QStringList{"rel-2023-12-03-001"};
    QTest::addRow("nothing rolled back")
        << std::vector<core::ReleaseStatus>{core::ReleaseStatus::RolledBack} << QStringList{};
}

void tst_ReleaseFilterProxy::statusFilter()
{
    QFETCH(std::vector<core::ReleaseStatus>, statuses);
    QFETCH(QStringList, expected);
    m_proxy->setStatusFilter(statuses);
    QCOMPARE(visibleIds(), expected);

    // The single-status form agrees with the set form.
    if (statuses.size() == 1) {
        m_proxy->setStatusFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 5);
        m_proxy->setStatusFilter(std::optional<core::ReleaseStatus>(statuses.front()));
        QCOMPARE(visibleIds(), expected);
    }
}

void tst_ReleaseFilterProxy::textAndStatusTogether()
{
    m_proxy->setFilterText(QStringLiteral("john"));
    m_proxy->setStatusFilter(std::optional<core::ReleaseStatus>(core::ReleaseStatus::Deployed));
    QCOMPARE(visibleIds(), QStringList{"rel-2023-12-03-001"});
    m_proxy->setFilterText({});
    QCOMPARE(visibleIds(), QStringList{"rel-2023-12-03-001"});
    m_proxy->setStatusFilter(std::vector<core::ReleaseStatus>{});
    QCOMPARE(m_proxy->rowCount(), 5);
}

void tst_ReleaseFilterProxy::sortByScheduledTime_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // Unscheduled and broken files have no time: first when ascending, ties by id.
    QTest::addRow("oldest first") << Qt::AscendingOrder
                                  << QStringList{"hotfix-broken.yaml", "rel-unscheduled",
                                                 "rel-2023-12-03-001", "rel-2024-01-15-001",
                                                 "rel-2024-10-01-001"};
    QTest::addRow("newest first") << Qt::DescendingOrder
                                  << QStringList{"rel-2024-10-01-001", "rel-2024-01-15-001",
                                                 "rel-2023-12-03-001", "rel-unscheduled",
                                                 "hotfix-broken.yaml"};
}

void tst_ReleaseFilterProxy::sortByScheduledTime()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    // Make sure the text would sort differently, or this test proves nothing.
    QStringList texts;
    for (int r = 0; r < 3; ++r)
        texts << m_source->index(r, ReleaseListModel::ScheduledColumn).data().toString();
    QCOMPARE(texts, QStringList({"1/15/24 10:00 AM", "10/1/24 10:00 AM", "12/3/23 10:00 AM"}));

    m_proxy->sort(ReleaseListModel::ScheduledColumn, order);
    QCOMPARE(visibleIds(), expected);
}

void tst_ReleaseFilterProxy::sortByStatusFollowsTheLifecycle()
{
    m_proxy->sort(ReleaseListModel::StatusColumn, Qt::AscendingOrder);
    QStringList statuses;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        statuses << m_proxy->index(r, ReleaseListModel::StatusColumn).data().toString();
    QCOMPARE(statuses, QStringList({"Error", "Draft", "Pending approval", "Approved", "Deployed"}));
}

void tst_ReleaseFilterProxy::followsSourceUpdates()
{
    m_proxy->setStatusFilter(std::optional<core::ReleaseStatus>(core::ReleaseStatus::Approved));
    m_proxy->sort(ReleaseListModel::ScheduledColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(), QStringList{"rel-unscheduled"});

    // The January release gets approved: it now passes the filter and sorts by its time.
    core::ReleaseEntry entry = sampleScan().releases[0];
    entry.manifest->release.status = core::ReleaseStatus::Approved;
    m_source->updateEntry(entry.path, entry);
    QCOMPARE(visibleIds(), QStringList({"rel-2024-01-15-001", "rel-unscheduled"}));

    // A new approved release scheduled later comes first.
    core::ReleaseEntry later = test::makeEntry(QStringLiteral("releases/rel-2025.yaml"),
                                               test::makeManifest(QStringLiteral("rel-2025-03-04-001"),
                                                                  core::ReleaseStatus::Approved,
                                                                  utc(2025, 3, 4), QStringLiteral("@kim")));
    m_source->updateEntry(later.path, later);
    QCOMPARE(visibleIds(), QStringList({"rel-2025-03-04-001", "rel-2024-01-15-001", "rel-unscheduled"}));
}

QTEST_MAIN(tst_ReleaseFilterProxy)
#include "tst_releasefilterproxy.moc"

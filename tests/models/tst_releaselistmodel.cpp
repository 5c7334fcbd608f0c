#include "modeltestutil.h"
#include "releaselistmodel.h"

#include "git/repository.h"
#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace rc;
using rc::models::ReleaseListModel;

namespace {

QDateTime utc(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

core::WorkspaceScan sampleScan()
{
    core::WorkspaceScan scan;
    scan.root = QStringLiteral("/clone");
    core::Manifest regular =
        test::makeManifest(QStringLiteral("rel-2024-01-15-001"), core::ReleaseStatus::PendingApproval,
                           utc(2024, 1, 15), QStringLiteral("@john.doe"),
                           {QStringLiteral("api"), QStringLiteral("portal"), QStringLiteral("workers")});
    regular.components[2].signOff = core::SignOff::NotRequired; // 1 of 2 needed
    scan.releases.push_back(test::makeEntry(QStringLiteral("releases/2024-01-15-release.yaml"), regular));

    core::Manifest hotfix = test::makeManifest(
        QStringLiteral("rel-2024-01-10-hotfix-001"), core::ReleaseStatus::Deployed, utc(2024, 1, 10, 16),
        QStringLiteral("@jane"), {QStringLiteral("placement-service")});
    hotfix.checklist.clear();
    hotfix.approvals.clear();
    scan.releases.push_back(
        test::makeEntry(QStringLiteral("releases/rel-2024-01-10-hotfix-001.yaml"), hotfix));

    scan.releases.push_back(test::makeEntry(
        QStringLiteral("releases/broken.yaml"), std::nullopt,
        QStringLiteral(
            "unknown sign_off value 'maybe'; expected one of pending, approved, rejected, not_required")));
    return scan;
}

// Regular releases on Tuesdays 10:00-12:00 Berlin time (09:00-11:00 UTC in January), a freeze
// on Tuesday 2024-01-30, and readiness held to both.
const QByteArray TrainRules = R"(components:
  - name: api
    paths: [api/]
timezone: Europe/Berlin
release_types:
  regular:
    schedule: weekly
    day: tuesday
    window:
      start: '10:00'
      duration: 2h
freezes:
  - name: Launch freeze
    from: 2024-01-30
    until: 2024-01-30
enforce_windows: true
)";

// The calendar of a real clone's .release-console.yaml, read the way the window reads it.
std::optional<core::ReleaseCalendar> trainCalendar(test::GitFixture &git, QString *error)
{
    git.write(QStringLiteral(".release-console.yaml"), TrainRules);
    git.write(QStringLiteral("api/README.md"), "api\n");
    if (!git.commitAll(QStringLiteral("Rules"))) {
        *error = git.error();
        return std::nullopt;
    }
    const core::Expected<core::Repository> repo = core::Repository::discover(git.root());
    if (!repo) {
        *error = repo.error().toString();
        return std::nullopt;
    }
    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*repo);
    if (!rules) {
        *error = rules.error().toString();
        return std::nullopt;
    }
    return core::ReleaseCalendar(*rules);
}

// Signed off, ticked, approved and marked approved: only the clock can hold it back.
core::Manifest readyManifest(const QString &type = {})
{
    core::Manifest m = test::makeManifest(QStringLiteral("rel-train"), core::ReleaseStatus::Approved,
                                          utc(2024, 1, 23, 9), QStringLiteral("@john.doe"), {QStringLiteral("api")});
    m.checklist[0].status = core::ChecklistStatus::Completed;
    m.checklist[0].completedBy = QStringLiteral("@dan");
    m.approvals[0].status = core::ApprovalStatus::Approved;
    m.release.type = type;
    return m;
}

QDateTime utcAt(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class tst_ReleaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headers();
    void display_data();
    void display();
    void roles();
    void statusIcons();
    void brokenFileShowsItsError();
    void readinessExplainsItself();
    void updateEntryChangesOneRow();
    void updateEntryAppendsANewFile();
    void removeEntry();
    void setScanResets();
    void realWorkspaceScan();
    void calendarHoldsReleasesToTheirWindows_data();
    void calendarHoldsReleasesToTheirWindows();
    void clockTickRepaintsOnlyChangedRows();

private:
    std::unique_ptr<ReleaseListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ReleaseListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ReleaseListModel::init()
{
    m_model = std::make_unique<ReleaseListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setScan(sampleScan());
}

void tst_ReleaseListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_ReleaseListModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ReleaseListModel::ColumnCount));
    const QStringList expected = {"Status", "Release", "Scheduled", "Release manager", "Sign-offs"};
    for (int c = 0; c < ReleaseListModel::ColumnCount; ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected[c]);
}

void tst_ReleaseListModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::addRow("status in words") << 0 << int(ReleaseListModel::StatusColumn) << "Pending approval";
    QTest::addRow("deployed in words") << 1 << int(ReleaseListModel::StatusColumn) << "Deployed";
    QTest::addRow("id") << 0 << int(ReleaseListModel::IdColumn) << "rel-2024-01-15-001";
    QTest::addRow("scheduled, local and short")
        << 0 << int(ReleaseListModel::ScheduledColumn) << "1/15/24 10:00 AM";
    QTest::addRow("manager") << 1 << int(ReleaseListModel::ManagerColumn) << "@jane";
    QTest::addRow("not required does not count") << 0 << int(ReleaseListModel::SignOffsColumn) << "1/2";
    QTest::addRow("single component signed off") << 1 << int(ReleaseListModel::SignOffsColumn) << "1/1";
    QTest::addRow("broken file by name") << 2 << int(ReleaseListModel::IdColumn) << "broken.yaml";
    QTest::addRow("broken file status") << 2 << int(ReleaseListModel::StatusColumn) << "Error";
    QTest::addRow("broken file has no schedule") << 2 << int(ReleaseListModel::ScheduledColumn) << "";
    QTest::addRow("broken file has no sign-offs") << 2 << int(ReleaseListModel::SignOffsColumn) << "";
}

void tst_ReleaseListModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(m_model->index(row, column).data().toString(), expected);
}

void tst_ReleaseListModel::roles()
{
    const QModelIndex first = m_model->index(0, ReleaseListModel::ManagerColumn);
    QCOMPARE(first.data(ReleaseListModel::IdRole).toString(), QStringLiteral("rel-2024-01-15-001"));
    QCOMPARE(first.data(ReleaseListModel::PathRole).toString(),
             QStringLiteral("/clone/releases/2024-01-15-release.yaml"));
    QCOMPARE(first.data(ReleaseListModel::RelativePathRole).toString(),
             QStringLiteral("releases/2024-01-15-release.yaml"));
    QCOMPARE(first.data(ReleaseListModel::StatusRole).toInt(), int(core::ReleaseStatus::PendingApproval));
    QCOMPARE(first.data(ReleaseListModel::HasErrorsRole).toBool(), false);
    QCOMPARE(first.data(ReleaseListModel::ScheduledRole).toDateTime(), utc(2024, 1, 15));
    const QString search = first.data(ReleaseListModel::SearchTextRole).toString();
    for (const char *part :
         {"rel-2024-01-15-001", "@john.doe", "api", "portal", "workers", "2024-01-15-release.yaml"})
        QVERIFY2(search.contains(QLatin1String(part)), part);

    const QModelIndex broken = m_model->index(2, 0);
    QCOMPARE(broken.data(ReleaseListModel::HasErrorsRole).toBool(), true);
    QVERIFY(!broken.data(ReleaseListModel::StatusRole).isValid());
    QCOMPARE(broken.data(ReleaseListModel::IdRole).toString(), QString());
    QCOMPARE(broken.data(ReleaseListModel::ReadyRole).toBool(), false);
    QVERIFY(broken.data(ReleaseListModel::SearchTextRole).toString().contains(QStringLiteral("broken.yaml")));

    QCOMPARE(m_model->rowOfId(QStringLiteral("rel-2024-01-10-hotfix-001")), 1);
    QCOMPARE(m_model->rowOfId(QStringLiteral("nope")), -1);
    QCOMPARE(m_model->rowOfPath(QStringLiteral("/clone/releases/broken.yaml")), 2);
    QVERIFY(m_model->entry(2));
    QVERIFY(!m_model->entry(3));
}

void tst_ReleaseListModel::statusIcons()
{
    const QVariant pending = m_model->index(0, ReleaseListModel::StatusColumn).data(Qt::DecorationRole);
    const QVariant deployed = m_model->index(1, ReleaseListModel::StatusColumn).data(Qt::DecorationRole);
    const QVariant broken = m_model->index(2, ReleaseListModel::StatusColumn).data(Qt::DecorationRole);
    for (const QVariant &v : {pending, deployed, broken}) {
        QCOMPARE(v.typeId(), QMetaType::QPixmap);
        QVERIFY(!v.value<QPixmap>().isNull());
    }
    QVERIFY(pending.value<QPixmap>().cacheKey() != deployed.value<QPixmap>().cacheKey());
    QVERIFY(broken.value<QPixmap>().cacheKey() != pending.value<QPixmap>().cacheKey());
    // Cached: asking again gives the same pixmap.
    QCOMPARE(m_model->index(0, ReleaseListModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QPixmap>()
                 .cacheKey(),
             pending.value<QPixmap>().cacheKey());
    QVERIFY(!m_model->index(0, ReleaseListModel::IdColumn).data(Qt::DecorationRole).isValid());
}

void tst_ReleaseListModel::brokenFileShowsItsError()
{
    for (int c = 0; c < ReleaseListModel::ColumnCount; ++c) {
        const QString tip = m_model->index(2, c).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip,
                 QStringLiteral(
                     "releases/broken.yaml:6:15: unknown sign_off value 'maybe'; expected one of pending, "
                     "approved, rejected, not_required"));
    }
}

void tst_ReleaseListModel::readinessExplainsItself()
{
    const QModelIndex pending = m_model->index(0, ReleaseListModel::StatusColumn);
    QCOMPARE(pending.data(ReleaseListModel::ReadyRole).toBool(), false);
    const QStringList blockers = pending.data(ReleaseListModel::BlockersRole).toStringList();
    QVERIFY(!blockers.isEmpty());
    QVERIFY2(blockers.join(QLatin1Char('\n')).contains(QStringLiteral("portal")),
             qPrintable(blockers.join(QLatin1Char('\n'))));
    QVERIFY(pending.data(Qt::ToolTipRole).toString().contains(blockers.first()));

    // Everything signed off, ticked and approved, and approved as a release: ready.
    core::Manifest ready =
        test::makeManifest(QStringLiteral("rel-ready"), core::ReleaseStatus::Approved, utc(2024, 2, 6),
                           QStringLiteral("@john.doe"), {QStringLiteral("api")});
    ready.checklist[0].status = core::ChecklistStatus::Completed;
    ready.checklist[0].completedBy = QStringLiteral("@dan");
    ready.approvals[0].status = core::ApprovalStatus::Approved;
    const int row = m_model->updateEntry(QStringLiteral("/clone/releases/ready.yaml"),
                                         test::makeEntry(QStringLiteral("releases/ready.yaml"), ready));
    const QModelIndex readyIndex = m_model->index(row, ReleaseListModel::StatusColumn);
    QVERIFY2(
        readyIndex.data(ReleaseListModel::ReadyRole).toBool(),
        qPrintable(readyIndex.data(ReleaseListModel::BlockersRole).toStringList().join(QLatin1Char('\n'))));
    QCOMPARE(readyIndex.data(Qt::ToolTipRole).toString(), QStringLiteral("Ready to deploy"));
}

void tst_ReleaseListModel::updateEntryChangesOneRow()
{
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    core::ReleaseEntry entry = sampleScan().releases[0];
    entry.manifest->release.status = core::ReleaseStatus::Approved;
    entry.manifest->components[1].signOff = core::SignOff::Approved;
    QCOMPARE(m_model->updateEntry(entry.path, entry), 0);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(dataChanged.first().at(1).toModelIndex(), m_model->index(0, ReleaseListModel::ColumnCount - 1));
    QCOMPARE(m_model->index(0, ReleaseListModel::StatusColumn).data().toString(), QStringLiteral("Approved"));
    QCOMPARE(m_model->index(0, ReleaseListModel::SignOffsColumn).data().toString(), QStringLiteral("2/2"));

    // A broken file that was fixed becomes a normal row.
    core::ReleaseEntry fixed =
        test::makeEntry(QStringLiteral("releases/broken.yaml"),
                        test::makeManifest(QStringLiteral("rel-2024-02-01-001"), core::ReleaseStatus::Draft,
                                           utc(2024, 2, 1), QStringLiteral("@kim")));
    QCOMPARE(m_model->updateEntry(fixed.path, fixed), 2);
    QCOMPARE(m_model->index(2, ReleaseListModel::IdColumn).data().toString(),
             QStringLiteral("rel-2024-02-01-001"));
    QCOMPARE(m_model->index(2, 0).data(ReleaseListModel::HasErrorsRole).toBool(), false);
}

void tst_ReleaseListModel::updateEntryAppendsANewFile()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    core::ReleaseEntry entry =
        test::makeEntry(QStringLiteral("releases/new.yaml"),
                        test::makeManifest(QStringLiteral("rel-new"), core::ReleaseStatus::Draft, {},
                                           QStringLiteral("@kim")));
    QCOMPARE(m_model->updateEntry(entry.path, entry), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(3, ReleaseListModel::ScheduledColumn).data().toString(), QString());
}

void tst_ReleaseListModel::removeEntry()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->removeEntry(QStringLiteral("/clone/releases/rel-2024-01-10-hotfix-001.yaml")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, ReleaseListModel::IdColumn).data().toString(), QStringLiteral("broken.yaml"));
    QVERIFY(!m_model->removeEntry(QStringLiteral("/clone/releases/rel-2024-01-10-hotfix-001.yaml")));
}

void tst_ReleaseListModel::setScanResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    core::WorkspaceScan scan;
    scan.releases.push_back(sampleScan().releases[1]);
    m_model->setScan(scan);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ReleaseListModel::realWorkspaceScan()
{
    test::GitFixture git;
    QVERIFY2(git.init(), qPrintable(git.error()));
    git.write(QStringLiteral("releases/2024-01-15-release.yaml"), test::seedManifest());
    git.write(QStringLiteral("releases/broken.yaml"), test::testData(QStringLiteral("broken-release.yaml")));
    QVERIFY2(git.commitAll(QStringLiteral("Releases")), qPrintable(git.error()));

    const core::WorkspaceScan scan = core::scanWorkspace(git.root());
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    m_model->setScan(scan);
    QCOMPARE(m_model->rowCount(), 2);
    const int seed = m_model->rowOfId(QStringLiteral("rel-2024-01-15-001"));
    QVERIFY(seed >= 0);
    QCOMPARE(m_model->index(seed, ReleaseListModel::SignOffsColumn).data().toString(), QStringLiteral("2/3"));
    QCOMPARE(m_model->index(seed, ReleaseListModel::ManagerColumn).data().toString(),
             QStringLiteral("@john.doe"));
    QCOMPARE(m_model->index(seed, ReleaseListModel::ScheduledColumn).data().toString(),
             QStringLiteral("1/15/24 10:00 AM"));

    const int broken = m_model->rowOfPath(git.path(QStringLiteral("releases/broken.yaml")));
    QVERIFY(broken >= 0);
    QCOMPARE(m_model->index(broken, ReleaseListModel::IdColumn).data().toString(),
             QStringLiteral("broken.yaml"));
    const QString tip =
        m_model->index(broken, ReleaseListModel::StatusColumn).data(Qt::ToolTipRole).toString();
    // Where and what: file:line:column and the bad value.
    QVERIFY2(tip.contains(QStringLiteral("releases/broken.yaml:6:")) && tip.contains(QStringLiteral("maybe")),
             qPrintable(tip));
}


void tst_ReleaseListModel::calendarHoldsReleasesToTheirWindows_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("overrideAge"); // minutes since a break-glass override; -1: none
    QTest::addColumn<bool>("signedOff");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("timeBlocker"); // a part of the time blocker; empty: none expected

    QTest::addRow("inside the window") << QString() << -1 << true << utcAt(2024, 1, 23, 9, 30) << true << QString();
    QTest::addRow("before the window") << QString() << -1 << true << utcAt(2024, 1, 23, 8, 30) << false
                                       << QStringLiteral("outside the regular window Tue 10:00\u201312:00 "
                                                         "(Europe/Berlin); next window opens Tue 2024-01-23 10:00");
    QTest::addRow("after the window") << QStringLiteral("regular") << -1 << true << utcAt(2024, 1, 23, 11, 0)
                                      << false << QStringLiteral("next window opens Tue 2024-02-06 10:00");
    QTest::addRow("inside a freeze") << QString() << -1 << true << utcAt(2024, 1, 30, 9, 30) << false
                                     << QStringLiteral("inside the freeze");
    QTest::addRow("hotfixes deploy any time") << QStringLiteral("hotfix") << -1 << true
                                              << utcAt(2024, 1, 27, 3, 0) << true << QString();
    QTest::addRow("break glass lifts the window") << QString() << 30 << true << utcAt(2024, 1, 23, 8, 30) << true
                                                  << QString();
    QTest::addRow("break glass lifts the freeze") << QString() << 30 << true << utcAt(2024, 1, 30, 9, 30) << true
                                                  << QString();
    QTest::addRow("break glass keeps the sign-off") << QString() << 30 << false << utcAt(2024, 1, 23, 8, 30)
                                                    << false << QString();
    // The override lasts the calendar's break_glass_lasts (4 hours by default), then blocks again.
    QTest::addRow("break glass ended") << QString() << 5 * 60 << true << utcAt(2024, 1, 23, 8, 30) << false
                                       << QStringLiteral("the break-glass override by @ops ended Tue 2024-01-23 08:30 "
                                                         "(Europe/Berlin); record a new one to deploy now");
}

void tst_ReleaseListModel::calendarHoldsReleasesToTheirWindows()
{
    QFETCH(QString, type);
    QFETCH(int, overrideAge);
    QFETCH(bool, signedOff);
    QFETCH(QDateTime, now);
    QFETCH(bool, ready);
    QFETCH(QString, timeBlocker);

    test::GitFixture git;
    QVERIFY2(git.init(), qPrintable(git.error()));
    QString error;
    const std::optional<core::ReleaseCalendar> calendar = trainCalendar(git, &error);
    QVERIFY2(calendar, qPrintable(error));
    QVERIFY(calendar->enforced());

    core::Manifest manifest = readyManifest(type);
    if (overrideAge >= 0)
        manifest.release.breakGlass = {QStringLiteral("@ops"), now.addSecs(-60 * overrideAge), QStringLiteral("card outage")};
    if (!signedOff)
        manifest.components[0].signOff = core::SignOff::Pending;
    const int row = m_model->updateEntry(QStringLiteral("/clone/releases/train.yaml"),
                                         test::makeEntry(QStringLiteral("releases/train.yaml"), manifest));
    const QModelIndex index = m_model->index(row, ReleaseListModel::StatusColumn);
    // Without a calendar only the manifest counts.
    QCOMPARE(index.data(ReleaseListModel::ReadyRole).toBool(), signedOff);

    m_model->setClock([now] { return now; });
    m_model->setReleaseCalendar(calendar);
    const QStringList blockers = index.data(ReleaseListModel::BlockersRole).toStringList();
    const QString all = blockers.join(QLatin1Char('\n'));
    QVERIFY2(index.data(ReleaseListModel::ReadyRole).toBool() == ready, qPrintable(all));
    if (timeBlocker.isEmpty()) {
        QVERIFY2(!all.contains(QStringLiteral("window")) && !all.contains(QStringLiteral("freeze")), qPrintable(all));
    } else {
        QVERIFY2(all.contains(timeBlocker), qPrintable(all));
        // The status badge's tooltip says the same.
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(timeBlocker));
    }
    if (!signedOff)
        QVERIFY2(all.contains(QStringLiteral("api: sign-off pending")), qPrintable(all));

    // Back to the manifest alone.
    m_model->setReleaseCalendar(std::nullopt);
    QCOMPARE(index.data(ReleaseListModel::ReadyRole).toBool(), signedOff);
}

void tst_ReleaseListModel::clockTickRepaintsOnlyChangedRows()
{
    test::GitFixture git;
    QVERIFY2(git.init(), qPrintable(git.error()));
    QString error;
    const std::optional<core::ReleaseCalendar> calendar = trainCalendar(git, &error);
    QVERIFY2(calendar, qPrintable(error));

    QDateTime now = utcAt(2024, 1, 23, 8, 59);
    m_model->setClock([&now] { return now; });
    m_model->setReleaseCalendar(calendar);
    // A deployed release beside it: past deploying, the clock does not matter.
    core::WorkspaceScan scan;
    scan.releases.push_back(sampleScan().releases[1]);
    scan.releases.push_back(test::makeEntry(QStringLiteral("releases/train.yaml"), readyManifest()));
    m_model->setScan(scan);
    const int row = 1;
    const QModelIndex index = m_model->index(row, ReleaseListModel::StatusColumn);
    QVERIFY(!index.data(ReleaseListModel::ReadyRole).toBool());
    const QStringList deployedBlockers = m_model->index(0, 0).data(ReleaseListModel::BlockersRole).toStringList();

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // A minute later the window is open: that row alone repaints.
    now = now.addSecs(60);
    m_model->refreshReadiness();
    QVERIFY(index.data(ReleaseListModel::ReadyRole).toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(row, ReleaseListModel::ColumnCount - 1));
    // Nothing changed: nothing repaints.
    now = now.addSecs(60);
    m_model->refreshReadiness();
    QCOMPARE(changed.count(), 1);
    // The window closes at 12:00 Berlin time.
    now = utcAt(2024, 1, 23, 11, 0);
    m_model->refreshReadiness();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!index.data(ReleaseListModel::ReadyRole).toBool());
    QCOMPARE(m_model->index(0, 0).data(ReleaseListModel::BlockersRole).toStringList(), deployedBlockers);
    m_model->setClock({});
}

QTEST_MAIN(tst_ReleaseListModel)
#include "tst_releaselistmodel.moc"

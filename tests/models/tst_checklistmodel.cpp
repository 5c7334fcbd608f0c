#include "checklistmodel.h"
#include "manifest/manifestedit.h"
#include "rules/checklistschedule.h"
#include "manifest/manifestparser.h"
#include "modeltestutil.h"
#include "releasedocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rc;
using rc::models::ChecklistModel;

namespace {
const QString seedPath = QStringLiteral("releases/2024-01-15-release.yaml");
}

class tst_ChecklistModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headers();
    void data_data();
    void data();
    void onlyDoneIsCheckable();
    void tickThroughSetData();
    void untickRemovesTheRecord();
    void noOpTouchesNothing();
    void invalidValues_data();
    void invalidValues();
    void refusedWhenChangedOnDisk();
    void followsTheDocument();
    void templateItemsFallDue_data();
    void templateItemsFallDue();
    void appendedTemplateShowsUp();

private:
    std::unique_ptr<test::GitFixture> m_git;
    std::unique_ptr<models::ReleaseDocument> m_document;
    std::unique_ptr<ChecklistModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ChecklistModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ChecklistModel::init()
{
    m_git = std::make_unique<test::GitFixture>();
    QVERIFY2(m_git->init(), qPrintable(m_git->error()));
    // One completed item with a time, to show the Completed at column.
    QByteArray text = test::seedManifest();
    text.replace("    completed_by: '@ci-bot'\n",
                 "    completed_by: '@ci-bot'\n    completed_at: '2024-01-14T09:30:00Z'\n");
    m_git->write(seedPath, text);
    QVERIFY2(m_git->commitAll(QStringLiteral("Add the release")), qPrintable(m_git->error()));

    m_document = std::make_unique<models::ReleaseDocument>();
    QVERIFY(m_document->open(m_git->path(seedPath)));
    QVERIFY(m_document->manifest());
    m_model = std::make_unique<ChecklistModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setDocument(m_document.get());
    QCOMPARE(m_model->rowCount(), 7);
}

void tst_ChecklistModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_git.reset();
}

void tst_ChecklistModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ChecklistModel::ColumnCount));
    const QStringList expected = {"Done", "Item", "Required", "Completed by", "Completed at", "Section", "Due"};
    for (int c = 0; c < ChecklistModel::ColumnCount; ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected[c]);
}

void tst_ChecklistModel::data_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::addRow("pending is unchecked")
        << 0 << int(ChecklistModel::DoneColumn) << int(Qt::CheckStateRole) << QVariant(int(Qt::Unchecked));
    QTest::addRow("completed is checked")
        << 1 << int(ChecklistModel::DoneColumn) << int(Qt::CheckStateRole) << QVariant(int(Qt::Checked));
    QTest::addRow("item text") << 6 << int(ChecklistModel::ItemColumn) << int(Qt::DisplayRole)
                               << QVariant("On-call team notified");
    QTest::addRow("required") << 6 << int(ChecklistModel::RequiredColumn) << int(Qt::DisplayRole)
                              << QVariant("Required");
    QTest::addRow("not required is blank")
        << 2 << int(ChecklistModel::RequiredColumn) << int(Qt::DisplayRole) << QVariant(QString());
    QTest::addRow("completed by") << 1 << int(ChecklistModel::CompletedByColumn) << int(Qt::DisplayRole)
                                  << QVariant("@ci-bot");
    QTest::addRow("completed at, local")
        << 1 << int(ChecklistModel::CompletedAtColumn) << int(Qt::DisplayRole) << QVariant("1/14/24 9:30 AM");
    QTest::addRow("completed at, exact in tooltip")
        << 1 << int(ChecklistModel::CompletedAtColumn) << int(Qt::ToolTipRole)
        << QVariant("2024-01-14T09:30:00Z");
    QTest::addRow("no time recorded")
        << 2 << int(ChecklistModel::CompletedAtColumn) << int(Qt::DisplayRole) << QVariant(QString());
    QTest::addRow("done role") << 3 << int(ChecklistModel::ItemColumn) << int(ChecklistModel::DoneRole)
                               << QVariant(true);
    QTest::addRow("required role") << 0 << int(ChecklistModel::ItemColumn)
                                   << int(ChecklistModel::RequiredRole) << QVariant(true);
    QTest::addRow("required pending explains") << 0 << int(ChecklistModel::ItemColumn) << int(Qt::ToolTipRole)
                                               << QVariant("Required before the release can deploy");
    QTest::addRow("no check state elsewhere")
        << 0 << int(ChecklistModel::ItemColumn) << int(Qt::CheckStateRole) << QVariant();
}

void tst_ChecklistModel::data()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    const QVariant actual = m_model->index(row, column).data(role);
    if (!expected.isValid())
        QVERIFY(!actual.isValid());
    else if (expected.typeId() == QMetaType::Int)
        QCOMPARE(actual.toInt(), expected.toInt());
    else if (expected.typeId() == QMetaType::Bool)
        QCOMPARE(actual.toBool(), expected.toBool());
    else
        QCOMPARE(actual.toString(), expected.toString());
}

void tst_ChecklistModel::onlyDoneIsCheckable()
{
    for (int c = 0; c < ChecklistModel::ColumnCount; ++c) {
        const Qt::ItemFlags f = m_model->flags(m_model->index(0, c));
        QCOMPARE(f.testFlag(Qt::ItemIsUserCheckable), c == ChecklistModel::DoneColumn);
        QVERIFY(!f.testFlag(Qt::ItemIsEditable));
    }
}

void tst_ChecklistModel::tickThroughSetData()
{
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    const int commits = m_git->commitCount();
    const QModelIndex done = m_model->index(6, ChecklistModel::DoneColumn);
    QVERIFY2(m_model->setData(done, Qt::Checked, Qt::CheckStateRole), qPrintable(m_model->lastError()));

    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 6);
    QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->index(6, ChecklistModel::CompletedByColumn).data().toString(),
             QStringLiteral("@tester"));
    QVERIFY(!m_model->index(6, ChecklistModel::CompletedAtColumn).data().toString().isEmpty());

    const QByteArray onDisk = m_git->read(seedPath);
    const core::ParseResult parsed = core::parseManifest(onDisk, seedPath);
    QVERIFY(parsed.ok());
    const core::ChecklistItem &item = parsed.manifest->checklist.at(6);
    QCOMPARE(item.item, QStringLiteral("On-call team notified"));
    QCOMPARE(int(item.status), int(core::ChecklistStatus::Completed));
    QCOMPARE(item.completedBy, QStringLiteral("@tester"));
    QVERIFY(item.completedAt.isValid());
    // The other pending item is untouched.
    QCOMPARE(int(parsed.manifest->checklist.at(0).status), int(core::ChecklistStatus::Pending));

    QCOMPARE(m_git->commitCount(), commits + 1);
    QCOMPARE(m_git->headBlob(seedPath), onDisk);
    QVERIFY2(m_git->headMessage().contains(QStringLiteral("On-call team notified")),
             qPrintable(m_git->headMessage()));
}

void tst_ChecklistModel::untickRemovesTheRecord()
{
    QVERIFY2(m_model->setDone(1, false), qPrintable(m_model->lastError()));
    QCOMPARE(m_model->index(1, ChecklistModel::DoneColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(m_model->index(1, ChecklistModel::CompletedByColumn).data().toString(), QString());
    const QByteArray onDisk = m_git->read(seedPath);
    QVERIFY(!onDisk.contains("@ci-bot"));
    QVERIFY(!onDisk.contains("2024-01-14T09:30:00Z"));
    const core::ParseResult parsed = core::parseManifest(onDisk, seedPath);
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed.manifest->checklist.at(1).status), int(core::ChecklistStatus::Pending));
}

void tst_ChecklistModel::noOpTouchesNothing()
{
    const QByteArray before = m_git->read(seedPath);
    const int commits = m_git->commitCount();
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(1, ChecklistModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->setDone(0, false));
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_git->read(seedPath), before);
    QCOMPARE(m_git->commitCount(), commits);
}

void tst_ChecklistModel::invalidValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addRow("partially checked")
        << int(ChecklistModel::DoneColumn) << QVariant(int(Qt::PartiallyChecked)) << int(Qt::CheckStateRole);
    QTest::addRow("text") << int(ChecklistModel::DoneColumn) << QVariant("yes") << int(Qt::CheckStateRole);
    QTest::addRow("edit role") << int(ChecklistModel::DoneColumn) << QVariant(int(Qt::Checked))
                               << int(Qt::EditRole);
    QTest::addRow("item column") << int(ChecklistModel::ItemColumn) << QVariant("Renamed")
                                 << int(Qt::EditRole);
    QTest::addRow("check on item column")
        << int(ChecklistModel::ItemColumn) << QVariant(int(Qt::Checked)) << int(Qt::CheckStateRole);
}

void tst_ChecklistModel::invalidValues()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    const QByteArray before = m_git->read(seedPath);
    QVERIFY(!m_model->setData(m_model->index(0, column), value, role));
    QCOMPARE(m_git->read(seedPath), before);
    QVERIFY(!m_model->setDone(7, true));
    QVERIFY(!m_model->setDone(-1, true));
}

void tst_ChecklistModel::refusedWhenChangedOnDisk()
{
    QByteArray theirs = m_git->read(seedPath);
    theirs.replace("'Rollback plan documented'", "'Rollback plan documented and rehearsed'");
    m_git->write(seedPath, theirs);
    QVERIFY(!m_model->setDone(0, true));
    QVERIFY(!m_model->lastError().isEmpty());
    QCOMPARE(m_model->index(0, ChecklistModel::DoneColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(m_git->read(seedPath), theirs);

    // Reloading shows their text.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->reload());
    QCOMPARE(reset.count(), 1); // the item's text is its identity: a renamed item is a different row
    QCOMPARE(m_model->index(5, ChecklistModel::ItemColumn).data().toString(),
             QStringLiteral("Rollback plan documented and rehearsed"));
}

void tst_ChecklistModel::followsTheDocument()
{
    m_model->setDocument(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->setDone(0, true));
    m_model->setDocument(m_document.get());
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->item(6)->item, QStringLiteral("On-call team notified"));
    QVERIFY(!m_model->item(7));
    m_document.reset();
    QCOMPARE(m_model->rowCount(), 0);
}

namespace {

core::ChecklistAppendEdit releaseDay()
{
    core::ChecklistAppendEdit edit;
    edit.source = QStringLiteral("release-day checklist");
    core::ChecklistItem early;
    early.item = QStringLiteral("Final staging validation");
    early.phase = QStringLiteral("release_day");
    early.section = QStringLiteral("T-60 minutes");
    early.due = QStringLiteral("T-60");
    early.required = true;
    core::ChecklistItem after = early;
    after.item = QStringLiteral("Error rates normal");
    after.section = QStringLiteral("Post-Release");
    after.due = QStringLiteral("post");
    after.required = false;
    edit.items = {early, after};
    edit.by = QStringLiteral("@john.doe");
    return edit;
}

QDateTime at(int hour, int minute) // the seed is scheduled for 2024-01-15 10:00 UTC
{
    return QDateTime(QDate(2024, 1, 15), QTime(hour, minute), Qt::UTC);
}

} // namespace

void tst_ChecklistModel::templateItemsFallDue_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("earlyState");
    QTest::addColumn<QString>("earlyText");
    QTest::addColumn<int>("postState");
    QTest::addRow("the evening before") << at(0, 0).addSecs(-3600) << int(core::DueState::Upcoming)
                                        << "T-60 · from 1/15/24 9:00 AM" << int(core::DueState::Upcoming);
    QTest::addRow("an hour before") << at(9, 0) << int(core::DueState::Due) << "T-60 · due now, by 1/15/24 9:30 AM"
                                    << int(core::DueState::Upcoming);
    QTest::addRow("at the start") << at(10, 0) << int(core::DueState::Overdue)
                                  << "T-60 · overdue since 1/15/24 9:30 AM" << int(core::DueState::Upcoming);
    QTest::addRow("after the window") << at(12, 10) << int(core::DueState::Overdue)
                                      << "T-60 · overdue since 1/15/24 9:30 AM" << int(core::DueState::Due);
}

void tst_ChecklistModel::templateItemsFallDue()
{
    QFETCH(QDateTime, now);
    QFETCH(int, earlyState);
    QFETCH(QString, earlyText);
    QFETCH(int, postState);
    QVERIFY2(m_document->apply(releaseDay()), qPrintable(m_document->lastError()));
    QCOMPARE(m_model->rowCount(), 9);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(now);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(7, ChecklistModel::DueColumn).data(ChecklistModel::DueStateRole).toInt(), earlyState);
    QCOMPARE(m_model->index(7, ChecklistModel::DueColumn).data().toString(), earlyText);
    QCOMPARE(m_model->index(8, ChecklistModel::ItemColumn).data(ChecklistModel::DueStateRole).toInt(), postState);
    QCOMPARE(m_model->index(7, ChecklistModel::SectionColumn).data().toString(),
             QStringLiteral("Release day · T-60 minutes"));
    QCOMPARE(m_model->index(7, ChecklistModel::ItemColumn).data(ChecklistModel::PhaseRole).toString(),
             QStringLiteral("release_day"));
    QCOMPARE(m_model->index(7, ChecklistModel::DueColumn).data(ChecklistModel::DueAtRole).toDateTime(), at(9, 30));
    // Overdue and due are coloured as well as named; items without due: have neither.
    QCOMPARE(m_model->index(7, ChecklistModel::DueColumn).data(Qt::ForegroundRole).isValid(),
             earlyState == int(core::DueState::Overdue) || earlyState == int(core::DueState::Due));
    QVERIFY(!m_model->index(0, ChecklistModel::DueColumn).data().isValid());
    QCOMPARE(m_model->index(0, ChecklistModel::DueColumn).data(ChecklistModel::DueStateRole).toInt(),
             int(core::DueState::None));

    // A later window moves the post-release item.
    m_model->setWindowMinutes(300);
    QCOMPARE(m_model->index(8, ChecklistModel::DueColumn).data(ChecklistModel::DueAtRole).toDateTime(), at(16, 0));

    // Ticking records who and when, and the item reads as done.
    QVERIFY(m_model->setDone(7, true));
    QCOMPARE(m_model->index(7, ChecklistModel::DueColumn).data(ChecklistModel::DueStateRole).toInt(),
             int(core::DueState::Done));
    QVERIFY(!m_model->item(7)->completedBy.isEmpty());
    QVERIFY(m_model->item(7)->completedAt.isValid());
}

void tst_ChecklistModel::appendedTemplateShowsUp()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY2(m_document->apply(releaseDay()), qPrintable(m_document->lastError()));
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(inserted.count() + reset.count(), 1);
    QVERIFY(m_git->read(seedPath).contains("  - item: 'Final staging validation'\n    phase: release_day\n"));
    // The same template again adds nothing and says why.
    QVERIFY(!m_document->apply(releaseDay()));
    QVERIFY2(m_document->lastError().contains(QStringLiteral("nothing to add")), qPrintable(m_document->lastError()));
    QCOMPARE(m_model->rowCount(), 9);
}

QTEST_MAIN(tst_ChecklistModel)
#include "tst_checklistmodel.moc"

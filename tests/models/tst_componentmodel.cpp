#include "componentmodel.h"
#include "manifest/manifestparser.h"
#include "modeltestutil.h"
#include "releasedocument.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace rc;
using rc::models::ComponentModel;

namespace {
const QString seedPath = QStringLiteral("releases/2024-01-15-release.yaml");
}

class tst_ComponentModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headers();
    void data_data();
    void data();
    void decorationIsAnIcon();
    void flags();
    void changesRole();
    void approveThroughSetData();
    void rejectNeedsAReason_data();
    void rejectNeedsAReason();
    void rejectWithReason();
    void noOpEditTouchesNothing();
    void refusedEditKeepsTheModel();
    void invalidValues_data();
    void invalidValues();
    void externalReloadWithNewShapeResets();
    void followsTheDocument();

private:
    std::unique_ptr<test::GitFixture> m_git;
    std::unique_ptr<models::ReleaseDocument> m_document;
    std::unique_ptr<ComponentModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ComponentModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!test::seedManifest().isEmpty());
}

void tst_ComponentModel::init()
{
    m_git = std::make_unique<test::GitFixture>();
    QVERIFY2(m_git->init(), qPrintable(m_git->error()));
    QVERIFY(!m_git->write(seedPath, test::seedManifest()).isEmpty());
    QVERIFY2(m_git->commitAll(QStringLiteral("Add the release")), qPrintable(m_git->error()));

    m_document = std::make_unique<models::ReleaseDocument>();
    auto opened = m_document->open(m_git->path(seedPath));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QVERIFY(m_document->manifest());

    m_model = std::make_unique<ComponentModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setDocument(m_document.get());
    QCOMPARE(m_model->rowCount(), 4);
}

void tst_ComponentModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_git.reset();
}

void tst_ComponentModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ComponentModel::ColumnCount));
    const QStringList expected = {"Component", "Version", "Team", "Team lead", "Sign-off", "Changes"};
    for (int c = 0; c < ComponentModel::ColumnCount; ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected[c]);
}

void tst_ComponentModel::data_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::addRow("api name") << 0 << int(ComponentModel::NameColumn) << int(Qt::DisplayRole)
                              << QVariant("api");
    QTest::addRow("api version moves") << 0 << int(ComponentModel::VersionColumn) << int(Qt::DisplayRole)
                                       << QVariant(QStringLiteral("v1.2.3 \u2192 v1.3.0"));
    QTest::addRow("workers version unchanged")
        << 3 << int(ComponentModel::VersionColumn) << int(Qt::DisplayRole) << QVariant("v1.5.0");
    QTest::addRow("api team") << 0 << int(ComponentModel::TeamColumn) << int(Qt::DisplayRole)
                              << QVariant("api-team");
    QTest::addRow("api team lead") << 0 << int(ComponentModel::TeamLeadColumn) << int(Qt::DisplayRole)
                                   << QVariant("@alice");
    QTest::addRow("workers has no team lead")
        << 3 << int(ComponentModel::TeamLeadColumn) << int(Qt::DisplayRole) << QVariant(QString());
    QTest::addRow("api pending in words")
        << 0 << int(ComponentModel::SignOffColumn) << int(Qt::DisplayRole) << QVariant("Pending");
    QTest::addRow("placement approved in words")
        << 1 << int(ComponentModel::SignOffColumn) << int(Qt::DisplayRole) << QVariant("Approved");
    QTest::addRow("workers not required in words")
        << 3 << int(ComponentModel::SignOffColumn) << int(Qt::DisplayRole) << QVariant("Not required");
    QTest::addRow("api sign-off edit value") << 0 << int(ComponentModel::SignOffColumn) << int(Qt::EditRole)
                                             << QVariant(int(core::SignOff::Pending));
    QTest::addRow("workers sign-off edit value")
        << 3 << int(ComponentModel::SignOffColumn) << int(Qt::EditRole)
        << QVariant(int(core::SignOff::NotRequired));
    QTest::addRow("placement approved by and at")
        << 1 << int(ComponentModel::SignOffColumn) << int(Qt::ToolTipRole)
        << QVariant("Approved by @bob at 1/14/24 3:30 PM");
    QTest::addRow("portal approved without a record")
        << 2 << int(ComponentModel::SignOffColumn) << int(Qt::ToolTipRole) << QVariant("Approved");
    QTest::addRow("api waits for its lead") << 0 << int(ComponentModel::SignOffColumn) << int(Qt::ToolTipRole)
                                            << QVariant("Waiting for @alice (team lead of api-team)");
    QTest::addRow("api change count")
        << 0 << int(ComponentModel::ChangesColumn) << int(Qt::DisplayRole) << QVariant(2);
    QTest::addRow("workers change count")
        << 3 << int(ComponentModel::ChangesColumn) << int(Qt::DisplayRole) << QVariant(0);
    QTest::addRow("api changes tooltip")
        << 0 << int(ComponentModel::ChangesColumn) << int(Qt::ToolTipRole)
        << QVariant("feat: Add placement bulk upload endpoint\nfix: Rate limiting edge case");
    QTest::addRow("sign-off role in any column")
        << 1 << int(ComponentModel::NameColumn) << int(ComponentModel::SignOffRole)
        << QVariant(int(core::SignOff::Approved));
    QTest::addRow("name role in any column")
        << 2 << int(ComponentModel::ChangesColumn) << int(ComponentModel::NameRole) << QVariant("portal");
    QTest::addRow("no reason unless rejected")
        << 0 << int(ComponentModel::SignOffColumn) << int(ComponentModel::ReasonRole) << QVariant(QString());
}

void tst_ComponentModel::data()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    const QVariant actual = m_model->index(row, column).data(role);
    if (expected.typeId() == QMetaType::Int)
        QCOMPARE(actual.toInt(), expected.toInt());
    else
        QCOMPARE(actual.toString(), expected.toString());
}

void tst_ComponentModel::decorationIsAnIcon()
{
    const QVariant pending = m_model->index(0, ComponentModel::SignOffColumn).data(Qt::DecorationRole);
    const QVariant approved = m_model->index(1, ComponentModel::SignOffColumn).data(Qt::DecorationRole);
    const QVariant approvedToo = m_model->index(2, ComponentModel::SignOffColumn).data(Qt::DecorationRole);
    QCOMPARE(pending.typeId(), QMetaType::QPixmap);
    QVERIFY(!pending.value<QPixmap>().isNull());
    // Painted once per state and shared.
    QCOMPARE(approved.value<QPixmap>().cacheKey(), approvedToo.value<QPixmap>().cacheKey());
    QVERIFY(pending.value<QPixmap>().cacheKey() != approved.value<QPixmap>().cacheKey());
    QVERIFY(!m_model->index(0, ComponentModel::NameColumn).data(Qt::DecorationRole).isValid());
}

void tst_ComponentModel::flags()
{
    for (int c = 0; c < ComponentModel::ColumnCount; ++c) {
        const bool editable = m_model->flags(m_model->index(0, c)).testFlag(Qt::ItemIsEditable);
        QCOMPARE(editable, c == ComponentModel::SignOffColumn);
    }
}

void tst_ComponentModel::changesRole()
{
    const QStringList changes =
        m_model->index(1, ComponentModel::NameColumn).data(ComponentModel::ChangesRole).toStringList();
    QCOMPARE(changes, QStringList({"feat: New validation rules", "perf: Optimize database queries"}));
    QVERIFY(m_model->index(3, 0).data(ComponentModel::ChangesRole).toStringList().isEmpty());
}

void tst_ComponentModel::approveThroughSetData()
{
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int commitsBefore = m_git->commitCount();
    const QModelIndex cell = m_model->index(0, ComponentModel::SignOffColumn);

    QVERIFY2(m_model->setData(cell, int(core::SignOff::Approved)), qPrintable(m_model->lastError()));

    // One row changed in place: selection and scroll position in views survive.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(dataChanged.first().at(1).toModelIndex().row(), 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("Approved"));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Approved by @tester at ")));

    // The file says so, and nothing else of it changed meaning.
    const QByteArray onDisk = m_git->read(seedPath);
    const core::ParseResult parsed = core::parseManifest(onDisk, seedPath);
    QVERIFY(parsed.ok());
    const core::Component *api = parsed.manifest->component(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(core::toString(api->signOff), core::toString(core::SignOff::Approved));
    QCOMPARE(api->approvedBy, QStringLiteral("@tester"));
    QVERIFY(qAbs(api->approvedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(parsed.manifest->component(QStringLiteral("portal")));
    QCOMPARE(core::toString(parsed.manifest->component(QStringLiteral("portal"))->signOff),
             core::toString(core::SignOff::Approved));
    QVERIFY(onDisk.startsWith("# releases/2024-01-15-release.yaml\n"));

    // And git history records it.
    QCOMPARE(m_git->commitCount(), commitsBefore + 1);
    QCOMPARE(m_git->headBlob(seedPath), onDisk);
    QVERIFY2(m_git->headMessage().contains(QStringLiteral("api")), qPrintable(m_git->headMessage()));
    QVERIFY(m_git->headMessage().contains(QStringLiteral("rel-2024-01-15-001")));
}

void tst_ComponentModel::rejectNeedsAReason_data()
{
    QTest::addColumn<bool>("useSetData");
    QTest::addColumn<QString>("reason");
    QTest::addRow("setData has no reason") << true << QString();
    QTest::addRow("setSignOff without reason") << false << QString();
    QTest::addRow("setSignOff with blank reason") << false << QStringLiteral("   ");
}

void tst_ComponentModel::rejectNeedsAReason()
{
    QFETCH(bool, useSetData);
    QFETCH(QString, reason);
    const QByteArray before = m_git->read(seedPath);
    const int commitsBefore = m_git->commitCount();
    const bool ok = useSetData ? m_model->setData(m_model->index(0, ComponentModel::SignOffColumn),
                                                  int(core::SignOff::Rejected))
                               : m_model->setSignOff(0, core::SignOff::Rejected, reason);
    QVERIFY(!ok);
    QVERIFY(m_model->lastError().contains(QStringLiteral("reason")));
    QCOMPARE(m_git->read(seedPath), before);
    QCOMPARE(m_git->commitCount(), commitsBefore);
    QCOMPARE(m_model->index(0, ComponentModel::SignOffColumn).data().toString(), QStringLiteral("Pending"));
}

void tst_ComponentModel::rejectWithReason()
{
    QVERIFY2(m_model->setSignOff(1, core::SignOff::Rejected, QStringLiteral("flaky tests")),
             qPrintable(m_model->lastError()));
    const QModelIndex cell = m_model->index(1, ComponentModel::SignOffColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(cell.data(ComponentModel::ReasonRole).toString(), QStringLiteral("flaky tests"));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Rejected by @tester at ")) &&
                 tip.endsWith(QStringLiteral(": flaky tests")),
             qPrintable(tip));

    const core::ParseResult parsed = core::parseManifest(m_git->read(seedPath), seedPath);
    QVERIFY(parsed.ok());
    const core::Component *placement = parsed.manifest->component(QStringLiteral("placement-service"));
    QVERIFY(placement);
    QCOMPARE(core::toString(placement->signOff), core::toString(core::SignOff::Rejected));
    QCOMPARE(placement->reason, QStringLiteral("flaky tests"));
    QCOMPARE(placement->rejectedBy, QStringLiteral("@tester"));
    // Approving and rejecting are exclusive: the old approval is gone from the file.
    QVERIFY(placement->approvedBy.isEmpty());
    QVERIFY(!m_git->read(seedPath).contains("approved_by: '@bob'"));

    // Back to pending through the cell editor.
    QVERIFY2(m_model->setData(cell, int(core::SignOff::Pending)), qPrintable(m_model->lastError()));
    QCOMPARE(cell.data().toString(), QStringLiteral("Pending"));
    QCOMPARE(cell.data(ComponentModel::ReasonRole).toString(), QString());
}

void tst_ComponentModel::noOpEditTouchesNothing()
{
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    const QByteArray before = m_git->read(seedPath);
    const int commitsBefore = m_git->commitCount();
    QVERIFY(m_model->setData(m_model->index(1, ComponentModel::SignOffColumn), int(core::SignOff::Approved)));
    QVERIFY(m_model->setSignOff(0, core::SignOff::Pending));
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_git->read(seedPath), before);
    QCOMPARE(m_git->commitCount(), commitsBefore);
}

void tst_ComponentModel::refusedEditKeepsTheModel()
{
    // Someone else edited the file: the edit must not overwrite their work.
    QByteArray theirs = m_git->read(seedPath);
    theirs.replace("release_manager: '@john.doe'", "release_manager: '@jane'");
    m_git->write(seedPath, theirs);

    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(
        !m_model->setData(m_model->index(0, ComponentModel::SignOffColumn), int(core::SignOff::Approved)));
    QVERIFY(!m_model->lastError().isEmpty());
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_model->index(0, ComponentModel::SignOffColumn).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(m_git->read(seedPath), theirs);
}

void tst_ComponentModel::invalidValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addRow("not a number") << int(ComponentModel::SignOffColumn) << QVariant("approved")
                                  << int(Qt::EditRole);
    QTest::addRow("out of range") << int(ComponentModel::SignOffColumn) << QVariant(17) << int(Qt::EditRole);
    QTest::addRow("negative") << int(ComponentModel::SignOffColumn) << QVariant(-1) << int(Qt::EditRole);
    QTest::addRow("read-only column")
        << int(ComponentModel::NameColumn) << QVariant("web") << int(Qt::EditRole);
    QTest::addRow("wrong role") << int(ComponentModel::SignOffColumn)
                                << QVariant(int(core::SignOff::Approved)) << int(Qt::DisplayRole);
}

void tst_ComponentModel::invalidValues()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    const QByteArray before = m_git->read(seedPath);
    QVERIFY(!m_model->setData(m_model->index(0, column), value, role));
    QCOMPARE(m_git->read(seedPath), before);
    QVERIFY(!m_model->setSignOff(4, core::SignOff::Approved));
    QVERIFY(!m_model->setSignOff(-1, core::SignOff::Approved));
}

void tst_ComponentModel::externalReloadWithNewShapeResets()
{
    QByteArray text = m_git->read(seedPath);
    const int workers = text.indexOf("  - name: workers");
    QVERIFY(workers > 0);
    const int validation = text.indexOf("validation:");
    text.remove(workers, validation - workers);
    m_git->write(seedPath, text);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_document->reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(QStringLiteral("workers")), -1);
    QCOMPARE(m_model->rowOf(QStringLiteral("portal")), 2);
}

void tst_ComponentModel::followsTheDocument()
{
    m_model->setDocument(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->setSignOff(0, core::SignOff::Approved));

    m_model->setDocument(m_document.get());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->component(1)->name, QStringLiteral("placement-service"));
    QVERIFY(!m_model->component(4));

    m_document->close();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_document->open(m_git->path(seedPath)));
    QCOMPARE(m_model->rowCount(), 4);

    m_document.reset();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->setSignOff(0, core::SignOff::Approved));
}

QTEST_MAIN(tst_ComponentModel)
#include "tst_componentmodel.moc"

#include "approvalmodel.h"
#include "manifest/manifestparser.h"
#include "modeltestutil.h"
#include "releasedocument.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace rc;
using rc::models::ApprovalModel;

namespace {
const QString seedPath = QStringLiteral("releases/2024-01-15-release.yaml");
}

class tst_ApprovalModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headers();
    void data_data();
    void data();
    void onlyStatusIsEditable();
    void approveThroughSetData();
    void rejectNeedsAReason_data();
    void rejectNeedsAReason();
    void rejectWithReasonThenReset();
    void noOpTouchesNothing();
    void invalidValues_data();
    void invalidValues();
    void followsTheDocument();

private:
    std::unique_ptr<test::GitFixture> m_git;
    std::unique_ptr<models::ReleaseDocument> m_document;
    std::unique_ptr<ApprovalModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ApprovalModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ApprovalModel::init()
{
    m_git = std::make_unique<test::GitFixture>();
    QVERIFY2(m_git->init(), qPrintable(m_git->error()));
    QByteArray text = test::seedManifest();
    // A recorded decision, to show Decided by/at.
    text.replace("    user: '@qa-lead'\n    status: approved\n",
                 "    user: '@qa-lead'\n    status: approved\n    approved_by: '@qa-lead'\n    approved_at: "
                 "'2024-01-14T11:00:00Z'\n");
    m_git->write(seedPath, text);
    QVERIFY2(m_git->commitAll(QStringLiteral("Add the release")), qPrintable(m_git->error()));

    m_document = std::make_unique<models::ReleaseDocument>();
    QVERIFY(m_document->open(m_git->path(seedPath)));
    QVERIFY2(m_document->manifest(), qPrintable(m_document->parseResult()->errors.empty()
                                                    ? QString()
                                                    : m_document->parseResult()->errors.front().toString()));
    m_model = std::make_unique<ApprovalModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setDocument(m_document.get());
    QCOMPARE(m_model->rowCount(), 4);
}

void tst_ApprovalModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_git.reset();
}

void tst_ApprovalModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ApprovalModel::ColumnCount));
    const QStringList expected = {"Role", "Approver", "Status", "Decided by", "Decided at"};
    for (int c = 0; c < ApprovalModel::ColumnCount; ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected[c]);
}

void tst_ApprovalModel::data_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::addRow("role") << 1 << int(ApprovalModel::RoleColumn) << int(Qt::DisplayRole)
                          << QVariant("Tech Lead");
    QTest::addRow("approver") << 1 << int(ApprovalModel::ApproverColumn) << int(Qt::DisplayRole)
                              << QVariant("@tech-lead");
    QTest::addRow("pending in words")
        << 1 << int(ApprovalModel::StatusColumn) << int(Qt::DisplayRole) << QVariant("Pending");
    QTest::addRow("approved in words")
        << 0 << int(ApprovalModel::StatusColumn) << int(Qt::DisplayRole) << QVariant("Approved");
    QTest::addRow("status edit value") << 1 << int(ApprovalModel::StatusColumn) << int(Qt::EditRole)
                                       << QVariant(int(core::ApprovalStatus::Pending));
    QTest::addRow("pending waits for the approver")
        << 1 << int(ApprovalModel::StatusColumn) << int(Qt::ToolTipRole)
        << QVariant("Waiting for @tech-lead");
    QTest::addRow("decided by") << 2 << int(ApprovalModel::DecidedByColumn) << int(Qt::DisplayRole)
                                << QVariant("@qa-lead");
    QTest::addRow("decided at, local")
        << 2 << int(ApprovalModel::DecidedAtColumn) << int(Qt::DisplayRole) << QVariant("1/14/24 11:00 AM");
    QTest::addRow("decided at, exact") << 2 << int(ApprovalModel::DecidedAtColumn) << int(Qt::ToolTipRole)
                                       << QVariant("2024-01-14T11:00:00Z");
    QTest::addRow("approved without a record")
        << 0 << int(ApprovalModel::DecidedByColumn) << int(Qt::DisplayRole) << QVariant(QString());
    QTest::addRow("pending is undecided")
        << 1 << int(ApprovalModel::DecidedAtColumn) << int(Qt::DisplayRole) << QVariant(QString());
    QTest::addRow("status role anywhere")
        << 3 << int(ApprovalModel::RoleColumn) << int(ApprovalModel::ApprovalStatusRole)
        << QVariant(int(core::ApprovalStatus::Approved));
    QTest::addRow("role name role anywhere") << 3 << int(ApprovalModel::DecidedAtColumn)
                                             << int(ApprovalModel::RoleNameRole) << QVariant("Security");
}

void tst_ApprovalModel::data()
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

void tst_ApprovalModel::onlyStatusIsEditable()
{
    for (int c = 0; c < ApprovalModel::ColumnCount; ++c)
        QCOMPARE(m_model->flags(m_model->index(0, c)).testFlag(Qt::ItemIsEditable),
                 c == ApprovalModel::StatusColumn);
    const QVariant icon = m_model->index(0, ApprovalModel::StatusColumn).data(Qt::DecorationRole);
    QCOMPARE(icon.typeId(), QMetaType::QPixmap);
    QVERIFY(!icon.value<QPixmap>().isNull());
}

void tst_ApprovalModel::approveThroughSetData()
{
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int commits = m_git->commitCount();
    const QModelIndex cell = m_model->index(1, ApprovalModel::StatusColumn);
    QVERIFY2(m_model->setData(cell, int(core::ApprovalStatus::Approved)), qPrintable(m_model->lastError()));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(cell.data().toString(), QStringLiteral("Approved"));
    QCOMPARE(m_model->index(1, ApprovalModel::DecidedByColumn).data().toString(), QStringLiteral("@tester"));
    QVERIFY(m_model->index(1, 0).data(ApprovalModel::DecidedAtRole).toDateTime().isValid());

    const QByteArray onDisk = m_git->read(seedPath);
    const core::ParseResult parsed = core::parseManifest(onDisk, seedPath);
    QVERIFY(parsed.ok());
    const core::Approval *tech = parsed.manifest->approval(QStringLiteral("Tech Lead"));
    QVERIFY(tech);
    QCOMPARE(int(tech->status), int(core::ApprovalStatus::Approved));
    QCOMPARE(tech->approvedBy, QStringLiteral("@tester"));
    QCOMPARE(m_git->commitCount(), commits + 1);
    QCOMPARE(m_git->headBlob(seedPath), onDisk);
    QVERIFY2(m_git->headMessage().contains(QStringLiteral("Tech Lead")), qPrintable(m_git->headMessage()));
}

void tst_ApprovalModel::rejectNeedsAReason_data()
{
    QTest::addColumn<bool>("useSetData");
    QTest::addColumn<QString>("reason");
    QTest::addRow("setData has no reason") << true << QString();
    QTest::addRow("setApproval without reason") << false << QString();
    QTest::addRow("setApproval with blank reason") << false << QStringLiteral("\t ");
}

void tst_ApprovalModel::rejectNeedsAReason()
{
    QFETCH(bool, useSetData);
    QFETCH(QString, reason);
    const QByteArray before = m_git->read(seedPath);
    const int commits = m_git->commitCount();
    const bool ok = useSetData ? m_model->setData(m_model->index(1, ApprovalModel::StatusColumn),
                                                  int(core::ApprovalStatus::Rejected))
                               : m_model->setApproval(1, core::ApprovalStatus::Rejected, reason);
    QVERIFY(!ok);
    QVERIFY(m_model->lastError().contains(QStringLiteral("reason")));
    QCOMPARE(m_git->read(seedPath), before);
    QCOMPARE(m_git->commitCount(), commits);
}

void tst_ApprovalModel::rejectWithReasonThenReset()
{
    QVERIFY2(
        m_model->setApproval(2, core::ApprovalStatus::Rejected, QStringLiteral("regression in checkout")),
        qPrintable(m_model->lastError()));
    const QModelIndex cell = m_model->index(2, ApprovalModel::StatusColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Rejected: regression in checkout"));
    QCOMPARE(cell.data(ApprovalModel::ReasonRole).toString(), QStringLiteral("regression in checkout"));
    QCOMPARE(m_model->index(2, ApprovalModel::DecidedByColumn).data().toString(), QStringLiteral("@tester"));

    const core::ParseResult parsed = core::parseManifest(m_git->read(seedPath), seedPath);
    QVERIFY(parsed.ok());
    const core::Approval *qa = parsed.manifest->approval(QStringLiteral("QA Lead"));
    QVERIFY(qa);
    QCOMPARE(int(qa->status), int(core::ApprovalStatus::Rejected));
    QCOMPARE(qa->reason, QStringLiteral("regression in checkout"));
    QVERIFY(qa->approvedBy.isEmpty());

    QVERIFY2(m_model->setData(cell, int(core::ApprovalStatus::Pending)), qPrintable(m_model->lastError()));
    QCOMPARE(cell.data().toString(), QStringLiteral("Pending"));
    QCOMPARE(m_model->index(2, ApprovalModel::DecidedByColumn).data().toString(), QString());
    QVERIFY(!m_git->read(seedPath).contains("regression in checkout"));
}

void tst_ApprovalModel::noOpTouchesNothing()
{
    const QByteArray before = m_git->read(seedPath);
    const int commits = m_git->commitCount();
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(0, ApprovalModel::StatusColumn),
                             int(core::ApprovalStatus::Approved)));
    QVERIFY(m_model->setApproval(1, core::ApprovalStatus::Pending));
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_git->read(seedPath), before);
    QCOMPARE(m_git->commitCount(), commits);
}

void tst_ApprovalModel::invalidValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addRow("out of range") << int(ApprovalModel::StatusColumn) << QVariant(3) << int(Qt::EditRole);
    QTest::addRow("text") << int(ApprovalModel::StatusColumn) << QVariant("approved") << int(Qt::EditRole);
    QTest::addRow("approver column") << int(ApprovalModel::ApproverColumn) << QVariant("@me")
                                     << int(Qt::EditRole);
    QTest::addRow("check state role")
        << int(ApprovalModel::StatusColumn) << QVariant(int(Qt::Checked)) << int(Qt::CheckStateRole);
}

void tst_ApprovalModel::invalidValues()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    const QByteArray before = m_git->read(seedPath);
    QVERIFY(!m_model->setData(m_model->index(1, column), value, role));
    QCOMPARE(m_git->read(seedPath), before);
    QVERIFY(!m_model->setApproval(4, core::ApprovalStatus::Approved));
}

void tst_ApprovalModel::followsTheDocument()
{
    QCOMPARE(m_model->approval(3)->role, QStringLiteral("Security"));
    QVERIFY(!m_model->approval(4));
    m_document->close();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->setApproval(0, core::ApprovalStatus::Approved));
    QVERIFY(!m_model->lastError().isEmpty());
}

QTEST_MAIN(tst_ApprovalModel)
#include "tst_approvalmodel.moc"

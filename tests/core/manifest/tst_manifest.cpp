#include "manifest.h"

#include <QTest>
#include <QTimeZone>

using namespace rc::core;

class tst_Manifest : public QObject
{
    Q_OBJECT

private slots:
    void wireNames_data();
    void wireNames();
    void unknownWireNames();
    void diagnosticToString_data();
    void diagnosticToString();
    void timestamps_data();
    void timestamps();
    void equalityIgnoresLocation();
    void signOffCounts();
};

void tst_Manifest::wireNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("name");
    const auto status = [](ReleaseStatus s, const char *n) {
        QTest::addRow("status %s", n) << QStringLiteral("status") << int(s) << QString::fromLatin1(n);
    };
    status(ReleaseStatus::Draft, "draft");
    status(ReleaseStatus::PendingApproval, "pending_approval");
    status(ReleaseStatus::Approved, "approved");
    status(ReleaseStatus::Deploying, "deploying");
    status(ReleaseStatus::Deployed, "deployed");
    status(ReleaseStatus::RolledBack, "rolled_back");
    status(ReleaseStatus::Cancelled, "cancelled");
    const auto signOff = [](SignOff s, const char *n) {
        QTest::addRow("sign_off %s", n) << QStringLiteral("sign_off") << int(s) << QString::fromLatin1(n);
    };
    signOff(SignOff::Pending, "pending");
    signOff(SignOff::Approved, "approved");
    signOff(SignOff::Rejected, "rejected");
    signOff(SignOff::NotRequired, "not_required");
    QTest::addRow("checklist pending") << QStringLiteral("checklist") << int(ChecklistStatus::Pending) << "pending";
    QTest::addRow("checklist completed") << QStringLiteral("checklist") << int(ChecklistStatus::Completed) << "completed";
    QTest::addRow("approval pending") << QStringLiteral("approval") << int(ApprovalStatus::Pending) << "pending";
    QTest::addRow("approval approved") << QStringLiteral("approval") << int(ApprovalStatus::Approved) << "approved";
    QTest::addRow("approval rejected") << QStringLiteral("approval") << int(ApprovalStatus::Rejected) << "rejected";
}

void tst_Manifest::wireNames()
{
    QFETCH(QString, kind);
    QFETCH(int, value);
    QFETCH(QString, name);
    if (kind == QLatin1String("status")) {
        QCOMPARE(toString(ReleaseStatus(value)), name);
        QVERIFY(releaseStatusFromString(name) == std::optional(ReleaseStatus(value)));
        QVERIFY(releaseStatusNames().contains(name));
    } else if (kind == QLatin1String("sign_off")) {
        QCOMPARE(toString(SignOff(value)), name);
        QVERIFY(signOffFromString(name) == std::optional(SignOff(value)));
        QVERIFY(signOffNames().contains(name));
    } else if (kind == QLatin1String("checklist")) {
        QCOMPARE(toString(ChecklistStatus(value)), name);
        QVERIFY(checklistStatusFromString(name) == std::optional(ChecklistStatus(value)));
    } else {
        QCOMPARE(toString(ApprovalStatus(value)), name);
        QVERIFY(approvalStatusFromString(name) == std::optional(ApprovalStatus(value)));
    }
}

void tst_Manifest::unknownWireNames()
{
    QVERIFY(!releaseStatusFromString(QStringLiteral("Approved")));
    QVERIFY(!releaseStatusFromString(QString()));
    QVERIFY(!signOffFromString(QStringLiteral("not-required")));
    QVERIFY(!checklistStatusFromString(QStringLiteral("done")));
    QVERIFY(!approvalStatusFromString(QStringLiteral("not_required")));
    QCOMPARE(releaseStatusNames().size(), 7);
    QCOMPARE(signOffNames().join(QLatin1Char(',')), QStringLiteral("pending,approved,rejected,not_required"));
}

void tst_Manifest::diagnosticToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::addRow("full") << "releases/x.yaml" << 14 << 17 << "releases/x.yaml:14:17: oops";
    QTest::addRow("no column") << "releases/x.yaml" << 3 << 0 << "releases/x.yaml:3: oops";
    QTest::addRow("no location") << "releases/x.yaml" << 0 << 0 << "releases/x.yaml: oops";
    QTest::addRow("no file") << "" << 0 << 0 << "oops";
}

void tst_Manifest::diagnosticToString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const Diagnostic d{Diagnostic::Severity::Error, file, {line, column}, QStringLiteral("oops")};
    QCOMPARE(d.toString(), expected);
}

void tst_Manifest::timestamps_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::addRow("utc") << QDateTime(QDate(2024, 1, 14), QTime(15, 30), Qt::UTC) << "2024-01-14T15:30:00Z";
    QTest::addRow("offset") << QDateTime(QDate(2024, 1, 14), QTime(16, 30), QTimeZone(3600)) << "2024-01-14T15:30:00Z";
    QTest::addRow("milliseconds dropped") << QDateTime(QDate(2024, 1, 14), QTime(15, 30, 1, 999), Qt::UTC)
                                          << "2024-01-14T15:30:01Z";
    QTest::addRow("invalid") << QDateTime() << "";
}

void tst_Manifest::timestamps()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(formatTimestamp(time), expected);
}

void tst_Manifest::equalityIgnoresLocation()
{
    Component a;
    a.name = QStringLiteral("api");
    a.location = {3, 5};
    Component b = a;
    b.location = {30, 7};
    QCOMPARE(a, b);
    b.signOff = SignOff::Approved;
    QVERIFY(!(a == b));

    ChecklistItem c1{QStringLiteral("Docs"), ChecklistStatus::Pending, true, {}, {}, {1, 1}};
    ChecklistItem c2 = c1;
    c2.location = {9, 9};
    QCOMPARE(c1, c2);
    c2.required = false;
    QVERIFY(!(c1 == c2));

    Approval p1;
    p1.role = QStringLiteral("QA");
    Approval p2 = p1;
    p2.location = {2, 2};
    QCOMPARE(p1, p2);
    p2.reason = QStringLiteral("no");
    QVERIFY(!(p1 == p2));

    ValidationEntry v1{QStringLiteral("e2e"), QStringLiteral("passed"), false, {1, 1}};
    ValidationEntry v2 = v1;
    v2.location = {4, 4};
    QCOMPARE(v1, v2);
    v2.failed = true;
    QVERIFY(!(v1 == v2));
}

void tst_Manifest::signOffCounts()
{
    Manifest m;
    for (SignOff s : {SignOff::Approved, SignOff::Pending, SignOff::NotRequired, SignOff::Approved, SignOff::Rejected}) {
        Component c;
        c.name = QString::number(m.components.size());
        c.signOff = s;
        m.components.push_back(c);
    }
    QCOMPARE(m.signOffsNeeded(), 4);
    QCOMPARE(m.signOffsApproved(), 2);
    QCOMPARE(toString(m.component(QStringLiteral("2"))->signOff), toString(SignOff::NotRequired));
    QVERIFY(!m.component(QStringLiteral("9")));
}

QTEST_GUILESS_MAIN(tst_Manifest)
#include "tst_manifest.moc"

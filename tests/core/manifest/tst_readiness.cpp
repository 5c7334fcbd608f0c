#include "manifestparser.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QFile>
#include <QTest>

using namespace rc::core;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/// A release with nothing in its way; each row of the table breaks one thing.
Manifest readyManifest()
{
    Manifest m;
    m.release.id = QStringLiteral("rel-2024-01-15-001");
    m.release.status = ReleaseStatus::Approved;
    Component api;
    api.name = QStringLiteral("api");
    api.team = QStringLiteral("api-team");
    api.teamLead = QStringLiteral("@alice");
    api.signOff = SignOff::Approved;
    Component workers;
    workers.name = QStringLiteral("workers");
    workers.team = QStringLiteral("workers-team");
    workers.signOff = SignOff::NotRequired;
    m.components = {api, workers};
    m.checklist = {ChecklistItem{QStringLiteral("On-call team notified"), ChecklistStatus::Completed, true, {}, {}, {}},
                   ChecklistItem{QStringLiteral("Docs updated"), ChecklistStatus::Pending, false, {}, {}, {}}};
    Approval lead;
    lead.role = QStringLiteral("Tech Lead");
    lead.user = QStringLiteral("@tech-lead");
    lead.status = ApprovalStatus::Approved;
    m.approvals = {lead};
    m.validation = {ValidationEntry{QStringLiteral("integration_tests"), QStringLiteral("passed"), false, {}},
                    ValidationEntry{QStringLiteral("staging_deployed"), QStringLiteral("true"), false, {}}};
    return m;
}

enum class Break {
    Nothing,
    SignOffPendingLead,
    SignOffPendingTeam,
    SignOffPendingNobody,
    SignOffRejected,
    SignOffRejectedNoReason,
    ChecklistRequired,
    ApprovalPending,
    ApprovalPendingNoUser,
    ApprovalRejected,
    ValidationFailed,
    ValidationFalse,
    StatusDraft,
    StatusPendingApproval,
    StatusDeploying,
    StatusDeployed,
    StatusRolledBack,
    StatusCancelled,
};

} // namespace

Q_DECLARE_METATYPE(Break)

class tst_Readiness : public QObject
{
    Q_OBJECT

private slots:
    void blockers_data();
    void blockers();
    void seedManifest();
    void orderMostImportantFirst();
    void approvalBlockersLeaveOutTheStatus_data();
    void approvalBlockersLeaveOutTheStatus();
    void calendar_data();
    void calendar();
    void breakGlassLiftsOnlyTheClock();
    void breakGlassLastsItsTime();
};

void tst_Readiness::blockers_data()
{
    QTest::addColumn<Break>("what");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("ready") << Break::Nothing << QStringList{};
    QTest::addRow("sign-off pending, team lead") << Break::SignOffPendingLead
                                                 << QStringList{"api: sign-off pending (team lead @alice)"};
    QTest::addRow("sign-off pending, team only") << Break::SignOffPendingTeam
                                                 << QStringList{"workers: sign-off pending (team workers-team)"};
    QTest::addRow("sign-off pending, nobody named") << Break::SignOffPendingNobody
                                                    << QStringList{"api: sign-off pending"};
    QTest::addRow("sign-off rejected") << Break::SignOffRejected
                                       << QStringList{"api: sign-off rejected by @alice: flaky tests"};
    QTest::addRow("sign-off rejected without reason") << Break::SignOffRejectedNoReason
                                                      << QStringList{"api: sign-off rejected"};
    QTest::addRow("required checklist item") << Break::ChecklistRequired
                                             << QStringList{"checklist: On-call team notified (required) not done"};
    QTest::addRow("approval pending") << Break::ApprovalPending << QStringList{"Tech Lead approval pending (@tech-lead)"};
    QTest::addRow("approval pending, no user") << Break::ApprovalPendingNoUser << QStringList{"Tech Lead approval pending"};
    QTest::addRow("approval rejected") << Break::ApprovalRejected
                                       << QStringList{"Tech Lead approval rejected by @tech-lead: load test missing"};
    QTest::addRow("validation failed") << Break::ValidationFailed << QStringList{"validation: integration_tests failed"};
    QTest::addRow("validation false") << Break::ValidationFalse << QStringList{"validation: staging_deployed failed (false)"};
    QTest::addRow("status draft") << Break::StatusDraft << QStringList{"status is draft: a release deploys from approved"};
    QTest::addRow("status pending_approval") << Break::StatusPendingApproval
                                             << QStringList{"status is pending_approval: a release deploys from approved"};
    QTest::addRow("status deploying") << Break::StatusDeploying
                                      << QStringList{"status is deploying: a deployment is already running"};
    QTest::addRow("status deployed") << Break::StatusDeployed
                                     << QStringList{"status is deployed: this release is already in production"};
    QTest::addRow("status rolled_back")
        << Break::StatusRolledBack
        << QStringList{"status is rolled_back: a rolled-back release does not deploy again; create a new release"};
    QTest::addRow("status cancelled") << Break::StatusCancelled
                                      << QStringList{"status is cancelled: a cancelled release does not deploy"};
}

void tst_Readiness::blockers()
{
    QFETCH(Break, what);
    QFETCH(QStringList, expected);

    Manifest m = readyManifest();
    Component &api = m.components[0];
    Component &workers = m.components[1];
    Approval &lead = m.approvals[0];
    switch (what) {
    case Break::Nothing:
        break;
    case Break::SignOffPendingLead:
        api.signOff = SignOff::Pending;
        break;
    case Break::SignOffPendingTeam:
        workers.signOff = SignOff::Pending;
        break;
    case Break::SignOffPendingNobody:
        api.signOff = SignOff::Pending;
        api.team.clear();
        api.teamLead.clear();
        break;
    case Break::SignOffRejected:
        api.signOff = SignOff::Rejected;
        api.rejectedBy = QStringLiteral("@alice");
        api.reason = QStringLiteral("flaky tests");
        break;
    case Break::SignOffRejectedNoReason:
        api.signOff = SignOff::Rejected;
        break;
    case Break::ChecklistRequired:
        m.checklist[0].status = ChecklistStatus::Pending;
        break;
    case Break::ApprovalPending:
        lead.status = ApprovalStatus::Pending;
        break;
    case Break::ApprovalPendingNoUser:
        lead.status = ApprovalStatus::Pending;
        lead.user.clear();
        break;
    case Break::ApprovalRejected:
        lead.status = ApprovalStatus::Rejected;
        lead.rejectedBy = QStringLiteral("@tech-lead");
        lead.reason = QStringLiteral("load test missing");
        break;
    case Break::ValidationFailed:
        m.validation[0].value = QStringLiteral("failed");
        m.validation[0].failed = true;
        break;
    case Break::ValidationFalse:
        m.validation[1].value = QStringLiteral("false");
        m.validation[1].failed = true;
        break;
    case Break::StatusDraft:
        m.release.status = ReleaseStatus::Draft;
        break;
    case Break::StatusPendingApproval:
        m.release.status = ReleaseStatus::PendingApproval;
        break;
    case Break::StatusDeploying:
        m.release.status = ReleaseStatus::Deploying;
        break;
    case Break::StatusDeployed:
        m.release.status = ReleaseStatus::Deployed;
        break;
    case Break::StatusRolledBack:
        m.release.status = ReleaseStatus::RolledBack;
        break;
    case Break::StatusCancelled:
        m.release.status = ReleaseStatus::Cancelled;
        break;
    }

    const Readiness r = checkReadiness(m);
    QCOMPARE(r.blockers, expected);
    QCOMPARE(r.ready, expected.isEmpty());
}

void tst_Readiness::seedManifest()
{
    const QByteArray seed = readFile(QStringLiteral(RC_SOURCE_DIR "/tests/data/manifests/seed.yaml"));
    const ParseResult parsed = parseManifest(seed, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(parsed.ok());
    const Readiness r = checkReadiness(*parsed.manifest);
    QVERIFY(!r.ready);
    QCOMPARE(r.blockers, (QStringList{
                             "api: sign-off pending (team lead @alice)",
                             "Tech Lead approval pending (@tech-lead)",
                             "checklist: All team sign-offs received (required) not done",
                             "checklist: On-call team notified (required) not done",
                             "status is pending_approval: a release deploys from approved",
                         }));
}

void tst_Readiness::orderMostImportantFirst()
{
    Manifest m = readyManifest();
    m.release.status = ReleaseStatus::Deployed;
    m.components[0].signOff = SignOff::Pending;
    const Readiness deployed = checkReadiness(m);
    QCOMPARE(deployed.blockers.size(), 2);
    QVERIFY(deployed.blockers.first().startsWith(QLatin1String("status is deployed")));

    m.release.status = ReleaseStatus::PendingApproval;
    const Readiness pending = checkReadiness(m);
    QCOMPARE(pending.blockers.size(), 2);
    QVERIFY(pending.blockers.first().startsWith(QLatin1String("api: sign-off pending")));
    QVERIFY(pending.blockers.last().startsWith(QLatin1String("status is pending_approval")));
}

namespace {

ReleaseCalendar berlin(const QByteArray &extra = {})
{
    const RulesResult rules = parseRepositoryRules("components: []\ntimezone: Europe/Berlin\n"
                                                   "freezes:\n  - name: Year-end\n    yearly: Dec 20 - Jan 2\n" + extra,
                                                   QStringLiteral("r.yaml"));
    return rules.ok() ? ReleaseCalendar(*rules.rules) : ReleaseCalendar();
}

QDateTime utcAt(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

void tst_Readiness::calendar_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("blocker"); // empty: ready

    QTest::addRow("inside the window") << "regular" << utcAt("2024-01-16T09:30:00") << QString();
    QTest::addRow("outside the window")
        << "regular" << utcAt("2024-01-17T09:30:00")
        << "outside the regular window Tue 10:00–12:00 (Europe/Berlin); next window opens Tue 2024-01-23 10:00";
    QTest::addRow("empty type is regular")
        << "" << utcAt("2024-01-17T09:30:00")
        << "outside the regular window Tue 10:00–12:00 (Europe/Berlin); next window opens Tue 2024-01-23 10:00";
    QTest::addRow("inside a freeze, inside the window")
        << "regular" << utcAt("2024-12-24T09:30:00")
        << "inside the freeze \"Year-end\" until Fri 2025-01-03 00:00 (Europe/Berlin); next window opens Tue 2025-01-07 10:00";
    QTest::addRow("hotfix any time") << "hotfix" << utcAt("2024-01-20T03:00:00") << QString();
    QTest::addRow("hotfix through the freeze") << "hotfix" << utcAt("2024-12-24T03:00:00") << QString();
    QTest::addRow("major outside its first Tuesday")
        << "major" << utcAt("2024-01-16T09:30:00")
        << "outside the major window first Tue of the month 10:00–14:00 (Europe/Berlin); next window opens Tue 2024-02-06 10:00";
}

void tst_Readiness::calendar()
{
    QFETCH(QString, type);
    QFETCH(QDateTime, now);
    QFETCH(QString, blocker);
    Manifest m = readyManifest();
    m.release.type = type;
    const Readiness r = checkReadiness(m, berlin(), now);
    QCOMPARE(r.ready, blocker.isEmpty());
    QCOMPARE(r.blockers, blocker.isEmpty() ? QStringList() : QStringList{blocker});
    QCOMPARE(r.nextOpening.isValid(), !blocker.isEmpty());

    // The clock comes after every manifest blocker, which keep their exact text.
    m.components[0].signOff = SignOff::Pending;
    const Readiness both = checkReadiness(m, berlin(), now);
    QCOMPARE(both.blockers.first(), QStringLiteral("api: sign-off pending (team lead @alice)"));
    QCOMPARE(both.blockers.size(), blocker.isEmpty() ? 1 : 2);

    // Rules that do not enforce windows leave readiness as the manifest says.
    QVERIFY(checkReadiness(readyManifest(), berlin("enforce_windows: false\n"), now).ready);
}

void tst_Readiness::breakGlassLiftsOnlyTheClock()
{
    Manifest m = readyManifest();
    const QDateTime wednesday = utcAt("2024-01-17T09:30:00");
    QVERIFY(!checkReadiness(m, berlin(), wednesday).ready);
    m.release.breakGlass = BreakGlass{QStringLiteral("@dan"), wednesday, QStringLiteral("payment outage")};
    const Readiness lifted = checkReadiness(m, berlin(), wednesday);
    QVERIFY(lifted.ready);
    QVERIFY(lifted.blockers.isEmpty());
    QVERIFY(lifted.overridden.startsWith(QLatin1String("outside the regular window")));
    QCOMPARE(lifted.overrideEnds, wednesday.addSecs(4 * 3600));

    // Never a sign-off, an approval or the status.
    m.components[0].signOff = SignOff::Pending;
    m.approvals[0].status = ApprovalStatus::Pending;
    const Readiness still = checkReadiness(m, berlin(), wednesday);
    QCOMPARE(still.blockers, (QStringList{"api: sign-off pending (team lead @alice)", "Tech Lead approval pending (@tech-lead)"}));

    // A half-written override (no reason) lifts nothing.
    Manifest half = readyManifest();
    half.release.breakGlass.by = QStringLiteral("@dan");
    QVERIFY(!checkReadiness(half, berlin(), wednesday).ready);
}

void tst_Readiness::breakGlassLastsItsTime()
{
    Manifest m = readyManifest();
    const QDateTime recorded = utcAt("2024-01-17T09:30:00"); // Wednesday 10:30 in Berlin
    m.release.breakGlass = BreakGlass{QStringLiteral("@dan"), recorded, QStringLiteral("payment outage")};
    const ReleaseCalendar calendar = berlin();
    QCOMPARE(calendar.breakGlassMinutes(), 4 * 60);
    QCOMPARE(breakGlassEnds(m, calendar), recorded.addSecs(4 * 3600));

    // Up to the last second of its four hours, not a second after.
    QVERIFY(checkReadiness(m, calendar, recorded.addSecs(4 * 3600 - 1)).ready);
    const Readiness ended = checkReadiness(m, calendar, recorded.addSecs(4 * 3600));
    QVERIFY(!ended.ready);
    QVERIFY(ended.overridden.isEmpty());
    QCOMPARE(ended.blockers.size(), 2);
    QVERIFY2(ended.blockers[0].startsWith(QLatin1String("outside the regular window")), qPrintable(ended.blockers[0]));
    QCOMPARE(ended.blockers[1], QStringLiteral("the break-glass override by @dan ended Wed 2024-01-17 14:30 "
                                               "(Europe/Berlin); record a new one to deploy now"));
    QVERIFY(ended.nextOpening.isValid());

    // Asked about a moment before it was recorded, the override did not exist yet.
    const Readiness before = checkReadiness(m, calendar, recorded.addSecs(-60));
    QCOMPARE(before.blockers.size(), 1);

    // break_glass_lasts sets the length.
    const ReleaseCalendar short30 = berlin("break_glass_lasts: 30m\n");
    QCOMPARE(short30.breakGlassMinutes(), 30);
    QVERIFY(checkReadiness(m, short30, recorded.addSecs(29 * 60)).ready);
    QVERIFY(!checkReadiness(m, short30, recorded.addSecs(30 * 60)).ready);

    // An override without a time lifts nothing, and says so.
    m.release.breakGlass.at = QDateTime();
    QVERIFY(!breakGlassActive(m, calendar, recorded));
    const Readiness timeless = checkReadiness(m, calendar, recorded);
    QCOMPARE(timeless.blockers.size(), 2);
    QCOMPARE(timeless.blockers[1], QStringLiteral("the break-glass override by @dan records no break_glass_at, so it "
                                                  "lifts nothing; record it again"));
}

QTEST_GUILESS_MAIN(tst_Readiness)
#include "tst_readiness.moc"

void tst_Readiness::approvalBlockersLeaveOutTheStatus_data()
{
    QTest::addColumn<ReleaseStatus>("status");
    QTest::addColumn<bool>("signOffPending");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("pending approval, all done") << ReleaseStatus::PendingApproval << false << QStringList{};
    QTest::addRow("draft, all done") << ReleaseStatus::Draft << false << QStringList{};
    QTest::addRow("pending approval, a sign-off missing")
        << ReleaseStatus::PendingApproval << true << QStringList{"api: sign-off pending (team lead @alice)"};
    QTest::addRow("deployed, a sign-off missing")
        << ReleaseStatus::Deployed << true << QStringList{"api: sign-off pending (team lead @alice)"};
}

void tst_Readiness::approvalBlockersLeaveOutTheStatus()
{
    QFETCH(ReleaseStatus, status);
    QFETCH(bool, signOffPending);
    QFETCH(QStringList, expected);
    Manifest m = readyManifest();
    m.release.status = status;
    if (signOffPending)
        m.components[0].signOff = SignOff::Pending;
    QCOMPARE(approvalBlockers(m), expected);
    // The manifest itself is not touched.
    QCOMPARE(int(m.release.status), int(status));
}

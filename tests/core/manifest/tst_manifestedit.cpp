#include "manifestedit.h"
#include "manifestparser.h"

#include <QFile>
#include <QTest>

#include <git2.h>

using namespace rc::core;

Q_DECLARE_METATYPE(rc::core::ManifestEdit)

namespace {

const QString kData = QStringLiteral(RC_SOURCE_DIR "/tests/data");
const QDateTime kAt(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray manifestFile(const QString &name)
{
    return readFile(kData + QStringLiteral("/manifests/") + name);
}

/// The same text `git diff` prints for the change, from libgit2.
QByteArray gitDiff(const QByteArray &before, const QByteArray &after, const QString &path)
{
    const QByteArray p = path.toUtf8();
    git_patch *patch = nullptr;
    if (git_patch_from_buffers(&patch, before.constData(), size_t(before.size()), p.constData(), after.constData(),
                               size_t(after.size()), p.constData(), nullptr) != 0) {
        return "git_patch_from_buffers failed";
    }
    git_buf buf = GIT_BUF_INIT;
    QByteArray out;
    if (patch && git_patch_to_buf(&buf, patch) == 0)
        out = QByteArray(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    git_patch_free(patch);
    return out;
}

SignOffEdit signOff(const char *component, SignOff value, const char *by = "", const char *reason = "")
{
    return SignOffEdit{QString::fromUtf8(component), value, QString::fromUtf8(by), QString::fromUtf8(reason), kAt};
}

ApprovalEdit approval(const char *role, ApprovalStatus value, const char *by = "", const char *reason = "")
{
    return ApprovalEdit{QString::fromUtf8(role), value, QString::fromUtf8(by), QString::fromUtf8(reason), kAt};
}

ChecklistEdit checklist(int index, bool done, const char *by = "")
{
    return ChecklistEdit{index, done, QString::fromUtf8(by), kAt};
}

} // namespace

class tst_ManifestEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { git_libgit2_init(); }
    void cleanupTestCase() { git_libgit2_shutdown(); }
    void goldenDiffs_data();
    void goldenDiffs();
    void refused_data();
    void refused();
    void everyEditOnTheSeedVerifies();
    void editsRoundTrip();
    void applyToManifestSemantics();
    void transitions_data();
    void transitions();
    void describe_data();
    void describe();
    void breakGlassReplacedInPlace();
};

void tst_ManifestEdit::goldenDiffs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ManifestEdit>("edit");
    QTest::addColumn<QString>("golden");

    const auto row = [](const char *golden, const char *input, ManifestEdit edit) {
        QTest::addRow("%s", golden) << QString::fromLatin1(input) << edit << QString::fromLatin1(golden);
    };
    row("signoff-approve", "seed.yaml", signOff("api", SignOff::Approved, "@alice"));
    row("signoff-reject-approved", "seed.yaml", signOff("placement-service", SignOff::Rejected, "@bob", "flaky tests"));
    row("signoff-reset", "seed.yaml", signOff("placement-service", SignOff::Pending));
    row("signoff-reject-reason-quote", "seed.yaml", signOff("portal", SignOff::Rejected, "@carol", "it's \"broken\": #12"));
    row("signoff-approve-rejected-multiline", "multiline-reason.yaml", signOff("api", SignOff::Approved, "@alice"));
    row("checklist-tick", "seed.yaml", checklist(6, true, "@dan"));
    row("checklist-untick", "seed.yaml", checklist(1, false));
    row("checklist-tick-without-status", "create-release.yaml", checklist(0, true, "@octocat"));
    row("approval-approve", "seed.yaml", approval("Tech Lead", ApprovalStatus::Approved, "@tech-lead"));
    row("approval-reject", "seed.yaml", approval("QA Lead", ApprovalStatus::Rejected, "@qa-lead", "regression in checkout"));
    row("approval-reset", "seed.yaml", approval("Release Manager", ApprovalStatus::Pending));
    row("approval-approve-folded-reason", "multiline-reason.yaml", approval("Tech Lead", ApprovalStatus::Approved, "@tech-lead"));
    row("status-change", "seed.yaml", StatusEdit{ReleaseStatus::Approved});
    row("status-change-quoted", "quoting.yaml", StatusEdit{ReleaseStatus::Approved});
    row("quoting-kept", "quoting.yaml", signOff("billing", SignOff::Approved, "@erin"));
    row("crlf", "seed-crlf.yaml", signOff("api", SignOff::Approved, "@alice"));
    row("bom", "seed-bom.yaml", signOff("api", SignOff::Approved, "@alice"));
    row("flow-value-only", "flow.yaml", signOff("portal", SignOff::Pending));
    row("flow-status", "flow.yaml", StatusEdit{ReleaseStatus::PendingApproval});
    row("null-value-replaced", "anchors.yaml", checklist(1, true, "@erin"));
    row("break-glass", "seed.yaml", BreakGlassEdit{QStringLiteral("@dan"), QStringLiteral("payment outage: the fix can't wait"), kAt});
}

void tst_ManifestEdit::goldenDiffs()
{
    QFETCH(QString, input);
    QFETCH(ManifestEdit, edit);
    QFETCH(QString, golden);

    const QByteArray before = manifestFile(input);
    const QString path = QStringLiteral("releases/") + input;
    const Expected<QByteArray> after = applyEdit(before, path, edit);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));

    const QByteArray diff = gitDiff(before, *after, path);
    const QString goldenPath = kData + QStringLiteral("/golden/") + golden + QStringLiteral(".diff");
    if (qEnvironmentVariableIsSet("RC_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(diff);
    }
    QCOMPARE(QString::fromUtf8(diff), QString::fromUtf8(readFile(goldenPath)));

    // What the file says now is what the operation means.
    const ParseResult parsedBefore = parseManifest(before, path);
    const ParseResult parsedAfter = parseManifest(*after, path);
    QVERIFY(parsedAfter.ok());
    const Expected<Manifest> expected = applyToManifest(*parsedBefore.manifest, edit);
    QVERIFY(expected);
    QCOMPARE(*parsedAfter.manifest == *expected, true);
    QCOMPARE(parsedAfter.warnings.size(), parsedBefore.warnings.size());
    QCOMPARE(after->startsWith("\xEF\xBB\xBF"), before.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(after->count("\r\n") > 0, before.count("\r\n") > 0);
    if (before.contains("\r\n"))
        QCOMPARE(after->count('\n'), after->count("\r\n"));
}

void tst_ManifestEdit::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ManifestEdit>("edit");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("flow mapping needs a key") << "flow.yaml" << ManifestEdit(signOff("api", SignOff::Approved, "@alice"))
                                              << "is written in flow style ({...}); adding approved_by needs block style";
    QTest::addRow("invalid transition") << "seed.yaml" << ManifestEdit(StatusEdit{ReleaseStatus::Deployed})
                                        << "release rel-2024-01-15-001 cannot go from pending_approval to deployed; "
                                           "from pending_approval it can go to: approved, cancelled";
    QTest::addRow("same status") << "seed.yaml" << ManifestEdit(StatusEdit{ReleaseStatus::PendingApproval})
                                 << "cannot go from pending_approval to pending_approval";
    QTest::addRow("unknown component") << "seed.yaml" << ManifestEdit(signOff("billing", SignOff::Approved, "@x"))
                                       << "has no component \"billing\"; its components are: api, placement-service, portal, workers";
    QTest::addRow("reject without reason") << "seed.yaml" << ManifestEdit(signOff("api", SignOff::Rejected, "@alice"))
                                           << "needs a reason";
    QTest::addRow("approve without who") << "seed.yaml" << ManifestEdit(signOff("api", SignOff::Approved))
                                         << "say who signs off api";
    QTest::addRow("checklist index out of range") << "seed.yaml" << ManifestEdit(checklist(7, true, "@dan"))
                                                  << "has no checklist item 8; it has 7";
    QTest::addRow("negative checklist index") << "seed.yaml" << ManifestEdit(checklist(-1, true, "@dan"))
                                              << "has no checklist item 0";
    QTest::addRow("unknown approval role") << "seed.yaml" << ManifestEdit(approval("CEO", ApprovalStatus::Approved, "@ceo"))
                                           << "has no approval for the role \"CEO\"";
    QTest::addRow("removing an anchor still in use")
        << "anchors.yaml" << ManifestEdit(signOff("api", SignOff::Pending))
        << "the edit could not be applied without changing other content; file left untouched";
    QTest::addRow("break glass without a reason")
        << "seed.yaml" << ManifestEdit(BreakGlassEdit{QStringLiteral("@dan"), QStringLiteral("  "), kAt})
        << "a break-glass override of rel-2024-01-15-001 needs a reason";
    QTest::addRow("break glass without who") << "seed.yaml" << ManifestEdit(BreakGlassEdit{QString(), QStringLiteral("outage"), kAt})
                                             << "say who breaks the glass on rel-2024-01-15-001";
    QTest::addRow("break glass reason on two lines")
        << "seed.yaml" << ManifestEdit(BreakGlassEdit{QStringLiteral("@dan"), QStringLiteral("a\nb"), kAt})
        << "write the break-glass reason on one line";
    QTest::addRow("broken manifest") << "../broken/enum-sign-off.yaml"
                                     << ManifestEdit(signOff("api", SignOff::Approved, "@alice"))
                                     << "fix them before editing it: sign_off must be one of";
}

void tst_ManifestEdit::refused()
{
    QFETCH(QString, input);
    QFETCH(ManifestEdit, edit);
    QFETCH(QString, fragment);
    const QByteArray before = manifestFile(input);
    const Expected<QByteArray> after = applyEdit(before, QStringLiteral("releases/x.yaml"), edit);
    QVERIFY(!after);
    QVERIFY2(after.error().message.contains(fragment), qPrintable(after.error().toString()));
    QVERIFY(after.error().location.startsWith(QLatin1String("releases/x.yaml")));
}

void tst_ManifestEdit::everyEditOnTheSeedVerifies()
{
    // Every edit of every entry must either apply (and then verify, which applyEdit checks) or be
    // refused for a semantic reason; never for "could not be applied".
    const QByteArray seed = manifestFile(QStringLiteral("seed.yaml"));
    const Manifest m = *parseManifest(seed, QStringLiteral("s.yaml")).manifest;
    std::vector<ManifestEdit> edits;
    for (const Component &c : m.components) {
        const QByteArray name = c.name.toUtf8();
        for (SignOff s : {SignOff::Pending, SignOff::Approved, SignOff::Rejected, SignOff::NotRequired})
            edits.emplace_back(signOff(name.constData(), s, "@someone", "a reason"));
    }
    for (int i = 0; i < int(m.checklist.size()); ++i) {
        edits.emplace_back(checklist(i, true, "@someone"));
        edits.emplace_back(checklist(i, false));
    }
    for (const Approval &a : m.approvals) {
        const QByteArray role = a.role.toUtf8();
        for (ApprovalStatus s : {ApprovalStatus::Pending, ApprovalStatus::Approved, ApprovalStatus::Rejected})
            edits.emplace_back(approval(role.constData(), s, "@someone", "a reason"));
    }
    for (const QString &name : releaseStatusNames())
        edits.emplace_back(StatusEdit{*releaseStatusFromString(name)});

    int applied = 0;
    for (const ManifestEdit &edit : edits) {
        const Expected<QByteArray> after = applyEdit(seed, QStringLiteral("s.yaml"), edit);
        const bool semantic = bool(applyToManifest(m, edit));
        QCOMPARE(bool(after), semantic);
        if (after)
            ++applied;
    }
    QCOMPARE(applied, int(edits.size()) - 5); // five status changes are not transitions from pending_approval
}

void tst_ManifestEdit::editsRoundTrip()
{
    // Approve then reset gives back the original text: nothing else moved.
    const QByteArray seed = manifestFile(QStringLiteral("seed.yaml"));
    Expected<QByteArray> approved = applyEdit(seed, QStringLiteral("s.yaml"), signOff("api", SignOff::Approved, "@alice"));
    QVERIFY(approved);
    Expected<QByteArray> reset = applyEdit(*approved, QStringLiteral("s.yaml"), signOff("api", SignOff::Pending));
    QVERIFY(reset);
    QCOMPARE(*reset, seed);

    Expected<QByteArray> ticked = applyEdit(seed, QStringLiteral("s.yaml"), checklist(0, true, "@dan"));
    QVERIFY(ticked);
    Expected<QByteArray> unticked = applyEdit(*ticked, QStringLiteral("s.yaml"), checklist(0, false));
    QVERIFY(unticked);
    QCOMPARE(*unticked, seed);

    // Approving twice replaces the values in place instead of adding keys again.
    Expected<QByteArray> again = applyEdit(*approved, QStringLiteral("s.yaml"),
                                           SignOffEdit{QStringLiteral("api"), SignOff::Approved, QStringLiteral("@bob"), {},
                                                       kAt.addDays(1)});
    QVERIFY(again);
    QCOMPARE(again->count("approved_by"), approved->count("approved_by"));
    QVERIFY(again->contains("    approved_by: '@bob'\n    approved_at: '2024-01-16T09:30:00Z'\n"));
}

void tst_ManifestEdit::applyToManifestSemantics()
{
    const Manifest m = *parseManifest(manifestFile(QStringLiteral("seed.yaml")), QStringLiteral("s.yaml")).manifest;
    Expected<Manifest> r = applyToManifest(m, signOff("placement-service", SignOff::Rejected, "@bob", "flaky"));
    QVERIFY(r);
    const Component *c = r->component(QStringLiteral("placement-service"));
    QCOMPARE(toString(c->signOff), QStringLiteral("rejected"));
    QVERIFY(c->approvedBy.isEmpty());
    QVERIFY(!c->approvedAt.isValid());
    QCOMPARE(c->rejectedBy, QStringLiteral("@bob"));
    QCOMPARE(c->rejectedAt, kAt);
    QCOMPARE(c->reason, QStringLiteral("flaky"));

    // Times are kept to the second, as the file stores them.
    r = applyToManifest(m, SignOffEdit{QStringLiteral("api"), SignOff::Approved, QStringLiteral("@a"), {},
                                       kAt.addMSecs(789)});
    QVERIFY(r);
    QCOMPARE(r->component(QStringLiteral("api"))->approvedAt, kAt);

    r = applyToManifest(m, checklist(1, false));
    QVERIFY(r);
    QCOMPARE(toString(r->checklist[1].status), QStringLiteral("pending"));
    QVERIFY(r->checklist[1].completedBy.isEmpty());
    QCOMPARE(r->checklist[0], m.checklist[0]);
}

void tst_ManifestEdit::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char *from, const char *to, bool allowed) {
        QTest::addRow("%s -> %s", from, to) << QString::fromLatin1(from) << QString::fromLatin1(to) << allowed;
    };
    row("draft", "pending_approval", true);
    row("pending_approval", "approved", true);
    row("approved", "deploying", true);
    row("deploying", "deployed", true);
    row("deployed", "rolled_back", true);
    row("approved", "pending_approval", true);
    row("deploying", "approved", true);
    row("draft", "cancelled", true);
    row("pending_approval", "cancelled", true);
    row("approved", "cancelled", true);
    row("deploying", "cancelled", false);
    row("deployed", "cancelled", false);
    row("draft", "approved", false);
    row("pending_approval", "deployed", false);
    row("deployed", "draft", false);
    row("rolled_back", "deployed", false);
    row("cancelled", "draft", false);
    row("approved", "approved", false);
}

void tst_ManifestEdit::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(canTransition(*releaseStatusFromString(from), *releaseStatusFromString(to)), allowed);
}

void tst_ManifestEdit::describe_data()
{
    QTest::addColumn<ManifestEdit>("edit");
    QTest::addColumn<QString>("byId");
    QTest::addColumn<QString>("byManifest");
    const QString p = QStringLiteral("release(rel-2024-01-15-001): ");
    QTest::addRow("sign-off approved") << ManifestEdit(signOff("portal", SignOff::Approved, "@carol"))
                                       << p + "portal signed off by @carol" << p + "portal signed off by @carol";
    QTest::addRow("sign-off rejected") << ManifestEdit(signOff("api", SignOff::Rejected, "@alice", "flaky tests"))
                                       << p + "api sign-off rejected by @alice: flaky tests"
                                       << p + "api sign-off rejected by @alice: flaky tests";
    QTest::addRow("sign-off reset") << ManifestEdit(signOff("portal", SignOff::Pending))
                                    << p + "portal sign-off reset to pending" << p + "portal sign-off reset to pending";
    QTest::addRow("checklist done") << ManifestEdit(checklist(6, true, "@dan")) << p + "checklist item 7 done by @dan"
                                    << p + "checklist \"On-call team notified\" done by @dan";
    QTest::addRow("checklist reopened") << ManifestEdit(checklist(1, false)) << p + "checklist item 2 reopened"
                                        << p + "checklist \"Integration tests passing\" reopened";
    QTest::addRow("approval approved") << ManifestEdit(approval("Tech Lead", ApprovalStatus::Approved, "@x"))
                                       << p + "Tech Lead approved by @x" << p + "Tech Lead approved by @x";
    QTest::addRow("approval rejected") << ManifestEdit(approval("Tech Lead", ApprovalStatus::Rejected, "@x", "not yet"))
                                       << p + "Tech Lead rejected by @x: not yet" << p + "Tech Lead rejected by @x: not yet";
    QTest::addRow("approval reset") << ManifestEdit(approval("QA Lead", ApprovalStatus::Pending))
                                    << p + "QA Lead approval reset to pending" << p + "QA Lead approval reset to pending";
    QTest::addRow("status") << ManifestEdit(StatusEdit{ReleaseStatus::Approved}) << p + "status set to approved"
                            << p + "status pending_approval -> approved";
    QTest::addRow("break glass") << ManifestEdit(BreakGlassEdit{QStringLiteral("@dan"), QStringLiteral("payment outage"), kAt})
                                 << p + "break-glass override by @dan: payment outage"
                                 << p + "break-glass override by @dan: payment outage";
}

void tst_ManifestEdit::describe()
{
    QFETCH(ManifestEdit, edit);
    QFETCH(QString, byId);
    QFETCH(QString, byManifest);
    const Manifest m = *parseManifest(manifestFile(QStringLiteral("seed.yaml")), QStringLiteral("s.yaml")).manifest;
    QCOMPARE(describeEdit(QStringLiteral("rel-2024-01-15-001"), edit), byId);
    QCOMPARE(describeEdit(m, edit), byManifest);
}

void tst_ManifestEdit::breakGlassReplacedInPlace()
{
    const QByteArray seed = manifestFile(QStringLiteral("seed.yaml"));
    const Expected<QByteArray> first = applyEdit(seed, QStringLiteral("s.yaml"),
                                                 BreakGlassEdit{QStringLiteral("@dan"), QStringLiteral("outage"), kAt});
    QVERIFY(first);
    const ParseResult parsed = parseManifest(*first, QStringLiteral("s.yaml"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.warnings.empty() || parseManifest(seed, QStringLiteral("s.yaml")).warnings.size() == parsed.warnings.size());
    QCOMPARE(parsed.manifest->release.breakGlass.by, QStringLiteral("@dan"));
    QCOMPARE(parsed.manifest->release.breakGlass.at, kAt);
    QVERIFY(parsed.manifest->release.breakGlass.isSet());

    // A second override rewrites the three values where they are: same line count, three lines differ.
    const QDateTime later = kAt.addSecs(3600);
    const Expected<QByteArray> second = applyEdit(*first, QStringLiteral("s.yaml"),
                                                  BreakGlassEdit{QStringLiteral("@erin"), QStringLiteral("still down"), later});
    QVERIFY(second);
    const QList<QByteArray> a = first->split('\n');
    const QList<QByteArray> b = second->split('\n');
    QCOMPARE(a.size(), b.size());
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differing += a[i] != b[i] ? 1 : 0;
    QCOMPARE(differing, 3);
    const Manifest m = *parseManifest(*second, QStringLiteral("s.yaml")).manifest;
    QCOMPARE(m.release.breakGlass.by, QStringLiteral("@erin"));
    QCOMPARE(m.release.breakGlass.reason, QStringLiteral("still down"));
    QCOMPARE(m.release.breakGlass.at, later);

    // Past deploying an override means nothing: refused.
    Manifest deployed = m;
    deployed.release.status = ReleaseStatus::Deployed;
    QVERIFY(!applyToManifest(deployed, BreakGlassEdit{QStringLiteral("@dan"), QStringLiteral("x"), kAt}));
}

QTEST_GUILESS_MAIN(tst_ManifestEdit)
#include "tst_manifestedit.moc"

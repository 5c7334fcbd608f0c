#include "sync/manifestsync.h"

#include "synctestutil.h"

#include "git/remote.h"
#include "manifest/manifestparser.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using namespace rc::test;

Q_DECLARE_METATYPE(rc::core::ManifestEdit)

namespace {

SignOffEdit signOff(const QString &component, SignOff value, const QString &by, const QDateTime &when,
                    const QString &reason = {})
{
    return SignOffEdit{component, value, by, reason, when};
}

ApprovalEdit approval(const QString &role, ApprovalStatus value, const QString &by, const QDateTime &when,
                      const QString &reason = {})
{
    return ApprovalEdit{role, value, by, reason, when};
}

ChecklistEdit tick(int index, const QString &by, const QDateTime &when)
{
    return ChecklistEdit{index, true, by, when};
}

constexpr int OnCallItem = 6; // "On-call team notified" in the seed

Manifest parsed(const QByteArray &bytes)
{
    ParseResult r = parseManifest(bytes, kManifest);
    return r.manifest.value_or(Manifest{});
}

QString describe(const ManifestEdit &edit)
{
    return describeEdit(QStringLiteral("x"), edit);
}

} // namespace

class tst_ManifestSync : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void deriveEdits_data();
    void deriveEdits();
    void deriveEditsRefusesOtherChanges_data();
    void deriveEditsRefusesOtherChanges();

    void fastForwardPush();
    void nothingToPush();
    void rejectedPushIsReappliedOnTop();
    void severalCommitsKeepTheirOrderAndMessages();
    void conflictStopsAndKeepsBothSides_data();
    void conflictStopsAndKeepsBothSides();
    void conflictResolved_data();
    void conflictResolved();
    void sameDecisionOnBothSidesIsNoConflict();
    void commitTouchingOtherFilesIsRefused();
    void handEditIsRefused();
    void uncommittedChangeInTheWayIsRefused();
    void pushWithoutUpstreamFails();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SyncFixture m_fixture;
};

void tst_ManifestSync::init()
{
    // Deriving edits works on parsed manifests only: no repositories to build.
    if (QByteArray(QTest::currentTestFunction()).startsWith("deriveEdits"))
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = SyncFixture();
    QVERIFY2(m_fixture.setUp(m_dir->path()), qPrintable(m_fixture.error));
}

void tst_ManifestSync::deriveEdits_data()
{
    QTest::addColumn<QList<ManifestEdit>>("edits");
    QTest::addRow("sign-off approved") << QList<ManifestEdit>{signOff("api", SignOff::Approved, "@alice", at(9))};
    QTest::addRow("sign-off rejected") << QList<ManifestEdit>{signOff("api", SignOff::Rejected, "@alice", at(9), "flaky")};
    QTest::addRow("sign-off reset") << QList<ManifestEdit>{signOff("portal", SignOff::Pending, {}, {})};
    QTest::addRow("checklist tick") << QList<ManifestEdit>{tick(OnCallItem, "@dan", at(10))};
    QTest::addRow("checklist untick") << QList<ManifestEdit>{ChecklistEdit{1, false, {}, {}}};
    QTest::addRow("approval") << QList<ManifestEdit>{approval("Tech Lead", ApprovalStatus::Approved, "@tl", at(11))};
    QTest::addRow("approval rejected")
        << QList<ManifestEdit>{approval("QA Lead", ApprovalStatus::Rejected, "@qa", at(11), "regressions")};
    QTest::addRow("status") << QList<ManifestEdit>{StatusEdit{ReleaseStatus::Cancelled}};
    QTest::addRow("several at once") << QList<ManifestEdit>{signOff("api", SignOff::Approved, "@alice", at(9)),
                                                            tick(OnCallItem, "@dan", at(10)),
                                                            approval("Tech Lead", ApprovalStatus::Approved, "@tl", at(11)),
                                                            StatusEdit{ReleaseStatus::Approved}};
}

void tst_ManifestSync::deriveEdits()
{
    QFETCH(QList<ManifestEdit>, edits);
    const std::vector<ManifestEdit> list(edits.begin(), edits.end());
    const QByteArray before = SyncFixture::seedWith({});
    const QByteArray after = SyncFixture::seedWith(list);
    QVERIFY(!after.isEmpty());
    auto derived = ManifestSync::deriveEdits(parsed(before), parsed(after));
    QVERIFY2(derived, errorText(derived).constData());
    // Replaying what was derived must give the same bytes as the edits themselves did.
    QByteArray replayed = before;
    QStringList descriptions;
    for (const ManifestEdit &edit : *derived) {
        auto next = applyEdit(replayed, kManifest, edit);
        QVERIFY2(next, errorText(next).constData());
        replayed = *next;
        descriptions << describe(edit);
    }
    QCOMPARE(replayed, after);
    QStringList expected;
    for (const ManifestEdit &edit : list)
        expected << describe(edit);
    QCOMPARE(descriptions, expected);
}

void tst_ManifestSync::deriveEditsRefusesOtherChanges_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::addRow("version") << QByteArray("new_version: v1.3.0") << QByteArray("new_version: v1.4.0")
                             << QStringLiteral("component api changed");
    QTest::addRow("checklist text") << QByteArray("'Security scan clean'") << QByteArray("'Security scan green'")
                                    << QStringLiteral("checklist item 4");
    QTest::addRow("release manager") << QByteArray("release_manager: '@john.doe'")
                                     << QByteArray("release_manager: '@jane'") << QStringLiteral("release block");
    QTest::addRow("validation") << QByteArray("security_scan: passed") << QByteArray("security_scan: failed")
                                << QStringLiteral("validation block");
}

void tst_ManifestSync::deriveEditsRefusesOtherChanges()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    const QByteArray before = SyncFixture::seedWith({});
    QByteArray after = before;
    QVERIFY(after.contains(from));
    after.replace(from, to);
    auto derived = ManifestSync::deriveEdits(parsed(before), parsed(after));
    QVERIFY(!derived);
    QVERIFY2(derived.error().message.contains(expected), qPrintable(derived.error().message));
}

void tst_ManifestSync::fastForwardPush()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString id = m_fixture.commitEdit(one, signOff("api", SignOff::Approved, "@alice", at(9)));
    QVERIFY2(!id.isEmpty(), qPrintable(m_fixture.error));
    auto repo = Repository::discover(one);
    QVERIFY(repo);
    ManifestSync sync(*repo);
    auto outcome = sync.push();
    QVERIFY2(outcome, errorText(outcome).constData());
    QCOMPARE(outcome->kind, SyncOutcome::Kind::Pushed);
    QCOMPARE(outcome->reapplied, 0);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), id);
    QCOMPARE(outcome->after.ahead, 0);
    QCOMPARE(outcome->after.behind, 0);
}

void tst_ManifestSync::nothingToPush()
{
    const QString one = m_fixture.clone("one", "@alice");
    auto repo = Repository::discover(one);
    QVERIFY(repo);
    const QString before = SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main");
    auto outcome = ManifestSync(*repo).push();
    QVERIFY2(outcome, errorText(outcome).constData());
    QCOMPARE(outcome->kind, SyncOutcome::Kind::UpToDate);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), before);
}

void tst_ManifestSync::rejectedPushIsReappliedOnTop()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    const SignOffEdit approveApi = signOff("api", SignOff::Approved, "@alice", at(9));
    const ChecklistEdit tickOnCall = tick(OnCallItem, "@dan", at(10));

    const QString first = m_fixture.commitEdit(one, approveApi);
    QVERIFY2(!first.isEmpty(), qPrintable(m_fixture.error));
    const QString second = m_fixture.commitEdit(two, tickOnCall);
    QVERIFY2(!second.isEmpty(), qPrintable(m_fixture.error));

    {
        auto repo = Repository::discover(one);
        auto pushed = ManifestSync(*repo).push();
        QVERIFY2(pushed, errorText(pushed).constData());
        QCOMPARE(pushed->kind, SyncOutcome::Kind::Pushed);
    }
    // Clone two has not fetched: its push is refused as not a fast-forward and re-applied.
    auto repo = Repository::discover(two);
    QCOMPARE(remote::push(*repo).value(), PushStatus::Rejected);
    QStringList progress;
    ManifestSync sync(*repo);
    sync.setProgress([&progress](const QString &what) { progress << what; });
    auto outcome = sync.push();
    QVERIFY2(outcome, errorText(outcome).constData());
    QCOMPARE(outcome->kind, SyncOutcome::Kind::Pushed);
    QCOMPARE(outcome->reapplied, 1);
    QVERIFY(outcome->conflicts.empty());
    QVERIFY2(progress.contains(QStringLiteral("Re-applying 1 local commit on top of origin/main\u2026")),
             qPrintable(progress.join('\n')));

    // Both edits upstream, byte for byte as the minimal-diff editor makes them, in either order.
    const QByteArray expected = SyncFixture::seedWith({approveApi, tickOnCall});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest), expected);
    QCOMPARE(readFile(two + QLatin1Char('/') + kManifest), expected);

    // The branch moved onto clone one's commit, keeping the message and the author.
    const QString head = SyncFixture::refAt(two, "HEAD");
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), head);
    QCOMPARE(SyncFixture::refAt(two, "refs/remotes/origin/main"), head);
    QVERIFY(head != second);
    git_repository *r = repo->handle();
    git_commit *tip = nullptr;
    git_commit *original = nullptr;
    git_oid oid;
    git_oid_fromstr(&oid, head.toLatin1().constData());
    QCOMPARE(git_commit_lookup(&tip, r, &oid), 0);
    git_oid_fromstr(&oid, second.toLatin1().constData());
    QCOMPARE(git_commit_lookup(&original, r, &oid), 0);
    QCOMPARE(QString::fromUtf8(git_commit_message(tip)), QString::fromUtf8(git_commit_message(original)));
    QCOMPARE(QString::fromUtf8(git_commit_author(tip)->name), QStringLiteral("two"));
    char parentHex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(parentHex, sizeof parentHex, git_commit_parent_id(tip, 0));
    QCOMPARE(QString::fromLatin1(parentHex), first);
    git_commit_free(tip);
    git_commit_free(original);
    QVERIFY(isClean(r));
    QCOMPARE(outcome->after.ahead, 0);
    QCOMPARE(outcome->after.behind, 0);
}

void tst_ManifestSync::severalCommitsKeepTheirOrderAndMessages()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    const ApprovalEdit techLead = approval("Tech Lead", ApprovalStatus::Approved, "@tl", at(9));
    const ChecklistEdit first = tick(0, "@dan", at(10));
    const ChecklistEdit second = tick(OnCallItem, "@dan", at(11));
    const SignOffEdit reset = signOff("portal", SignOff::Pending, {}, {});
    QVERIFY(!m_fixture.commitEdit(one, techLead).isEmpty());
    QVERIFY(!m_fixture.commitEdit(two, first).isEmpty());
    QVERIFY(!m_fixture.commitEdit(two, second).isEmpty());
    QVERIFY(!m_fixture.commitEdit(two, reset).isEmpty());
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY2(outcome, errorText(outcome).constData());
    QCOMPARE(outcome->reapplied, 3);
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest),
             SyncFixture::seedWith({techLead, first, second, reset}));
    QCOMPARE(commitCount(repo->handle()), 5);

    QStringList subjects;
    git_revwalk *walk = nullptr;
    git_revwalk_new(&walk, repo->handle());
    git_revwalk_push_head(walk);
    git_oid oid;
    while (git_revwalk_next(&oid, walk) == 0) {
        git_commit *c = nullptr;
        git_commit_lookup(&c, repo->handle(), &oid);
        subjects << QString::fromUtf8(git_commit_summary(c));
        git_commit_free(c);
    }
    git_revwalk_free(walk);
    QCOMPARE(subjects.size(), 5);
    QVERIFY2(subjects.at(0).contains("portal sign-off reset"), qPrintable(subjects.at(0)));
    QVERIFY2(subjects.at(1).contains("On-call team notified"), qPrintable(subjects.at(1)));
    QVERIFY2(subjects.at(2).contains("All team sign-offs received"), qPrintable(subjects.at(2)));
    QVERIFY2(subjects.at(3).contains("Tech Lead approved"), qPrintable(subjects.at(3)));
}

void tst_ManifestSync::conflictStopsAndKeepsBothSides_data()
{
    QTest::addColumn<ManifestEdit>("theirs");
    QTest::addColumn<ManifestEdit>("ours");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("theirsText");
    QTest::addColumn<QString>("oursText");
    QTest::addRow("they approved api, we rejected")
        << ManifestEdit(signOff("api", SignOff::Approved, "@alice", at(9)))
        << ManifestEdit(signOff("api", SignOff::Rejected, "@dan", at(10), "broken endpoint"))
        << QStringLiteral("api sign-off") << QStringLiteral("approved by @alice at 2024-01-15T09:00:00Z")
        << QStringLiteral("rejected by @dan at 2024-01-15T10:00:00Z: broken endpoint");
    QTest::addRow("they rejected Tech Lead, we approved")
        << ManifestEdit(approval("Tech Lead", ApprovalStatus::Rejected, "@tl", at(9), "no rollback plan"))
        << ManifestEdit(approval("Tech Lead", ApprovalStatus::Approved, "@dan", at(10)))
        << QStringLiteral("approval Tech Lead") << QStringLiteral("rejected by @tl at 2024-01-15T09:00:00Z: no rollback plan")
        << QStringLiteral("approved by @dan at 2024-01-15T10:00:00Z");
    QTest::addRow("both ticked, by different people")
        << ManifestEdit(tick(OnCallItem, "@alice", at(9))) << ManifestEdit(tick(OnCallItem, "@dan", at(10)))
        << QStringLiteral("checklist \"On-call team notified\"") << QStringLiteral("completed by @alice at 2024-01-15T09:00:00Z")
        << QStringLiteral("completed by @dan at 2024-01-15T10:00:00Z");
    QTest::addRow("status moved differently")
        << ManifestEdit(StatusEdit{ReleaseStatus::Approved}) << ManifestEdit(StatusEdit{ReleaseStatus::Cancelled})
        << QStringLiteral("status") << QStringLiteral("approved") << QStringLiteral("cancelled");
}

void tst_ManifestSync::conflictStopsAndKeepsBothSides()
{
    QFETCH(ManifestEdit, theirs);
    QFETCH(ManifestEdit, ours);
    QFETCH(QString, field);
    QFETCH(QString, theirsText);
    QFETCH(QString, oursText);
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    const QString theirCommit = m_fixture.commitEdit(one, theirs);
    QVERIFY2(!theirCommit.isEmpty(), qPrintable(m_fixture.error));
    const QString ourCommit = m_fixture.commitEdit(two, ours);
    QVERIFY2(!ourCommit.isEmpty(), qPrintable(m_fixture.error));
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    const QByteArray ourFile = readFile(two + QLatin1Char('/') + kManifest);
    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY2(outcome, errorText(outcome).constData());
    QCOMPARE(outcome->kind, SyncOutcome::Kind::Conflicts);
    QCOMPARE(outcome->conflicts.size(), std::size_t(1));
    const SyncConflict &conflict = outcome->conflicts.front();
    QCOMPARE(conflict.file, kManifest);
    QCOMPARE(conflict.releaseId, QStringLiteral("rel-2024-01-15-001"));
    QCOMPARE(conflict.field, field);
    QCOMPARE(conflict.theirs.describe(), theirsText);
    QCOMPARE(conflict.ours.describe(), oursText);
    QVERIFY(conflict.commit.startsWith(ourCommit.left(8)));

    // Nothing pushed, nothing moved, nothing lost.
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), theirCommit);
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), ourCommit);
    QCOMPARE(readFile(two + QLatin1Char('/') + kManifest), ourFile);
    QVERIFY(isClean(repo->handle()));
    QCOMPARE(outcome->after.ahead, 1);
    QCOMPARE(outcome->after.behind, 1);
}

void tst_ManifestSync::conflictResolved_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<bool>("oursWins");
    QTest::addRow("keep mine") << int(ManifestSync::Resolution::KeepMine) << true;
    QTest::addRow("take theirs") << int(ManifestSync::Resolution::TakeTheirs) << false;
}

void tst_ManifestSync::conflictResolved()
{
    QFETCH(int, resolution);
    QFETCH(bool, oursWins);
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    const SignOffEdit theirs = signOff("api", SignOff::Approved, "@alice", at(9));
    const SignOffEdit ours = signOff("api", SignOff::Rejected, "@dan", at(10), "broken endpoint");
    const ChecklistEdit unrelated = tick(OnCallItem, "@dan", at(11));
    QVERIFY(!m_fixture.commitEdit(one, theirs).isEmpty());
    QVERIFY(!m_fixture.commitEdit(two, ours).isEmpty());
    QVERIFY(!m_fixture.commitEdit(two, unrelated).isEmpty());
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push(ManifestSync::Resolution(resolution));
    QVERIFY2(outcome, errorText(outcome).constData());
    QCOMPARE(outcome->kind, SyncOutcome::Kind::Pushed);
    QVERIFY(outcome->conflicts.empty());
    QCOMPARE(outcome->reapplied, oursWins ? 2 : 1);
    QVERIFY2(outcome->notes.join('\n').contains(oursWins ? "set to ours (rejected by @dan" : "kept the upstream's api sign-off (approved by @alice"),
             qPrintable(outcome->notes.join('\n')));
    const QByteArray expected = oursWins ? SyncFixture::seedWith({theirs, ours, unrelated})
                                         : SyncFixture::seedWith({theirs, unrelated});
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest), expected);
    QCOMPARE(readFile(two + QLatin1Char('/') + kManifest), expected);
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"));
}

void tst_ManifestSync::sameDecisionOnBothSidesIsNoConflict()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@alice");
    const SignOffEdit mine = signOff("api", SignOff::Approved, "@alice", at(9));
    const SignOffEdit again = signOff("api", SignOff::Approved, "@alice", at(10));
    const QString theirCommit = m_fixture.commitEdit(one, mine);
    QVERIFY(!theirCommit.isEmpty());
    QVERIFY(!m_fixture.commitEdit(two, again).isEmpty());
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY2(outcome, errorText(outcome).constData());
    QVERIFY(outcome->conflicts.empty());
    QCOMPARE(outcome->reapplied, 0);
    QCOMPARE(outcome->kind, SyncOutcome::Kind::UpToDate);
    QVERIFY(!outcome->notes.isEmpty());
    QVERIFY2(outcome->notes.join('\n').contains("already approved by @alice"), qPrintable(outcome->notes.join('\n')));
    // The clone now sits on the upstream's commit, which has the same decision.
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), theirCommit);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), theirCommit);
    QCOMPARE(readFile(two + QLatin1Char('/') + kManifest), SyncFixture::seedWith({mine}));
}

void tst_ManifestSync::commitTouchingOtherFilesIsRefused()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    QVERIFY(!m_fixture.commitEdit(one, signOff("api", SignOff::Approved, "@alice", at(9))).isEmpty());
    const QString ours = m_fixture.commitText(two, "README.md", "Changed.\n", "Docs");
    QVERIFY2(!ours.isEmpty(), qPrintable(m_fixture.error));
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    const QString upstream = SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main");
    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains("README.md, which is not a release manifest"),
             qPrintable(outcome.error().message));
    QVERIFY(outcome.error().message.contains("git pull --rebase"));
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), ours);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), upstream);
}

void tst_ManifestSync::handEditIsRefused()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    QVERIFY(!m_fixture.commitEdit(one, signOff("api", SignOff::Approved, "@alice", at(9))).isEmpty());
    QByteArray edited = SyncFixture::seedWith({tick(OnCallItem, "@dan", at(10))});
    edited.replace("checklist:", "# ticked by hand\nchecklist:");
    const QString ours = m_fixture.commitText(two, kManifest, edited, "release: on-call notified");
    QVERIFY(!ours.isEmpty());
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains("comments or formatting"), qPrintable(outcome.error().message));
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), ours);
    QCOMPARE(readFile(two + QLatin1Char('/') + kManifest), edited);
}

void tst_ManifestSync::uncommittedChangeInTheWayIsRefused()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    QVERIFY(!m_fixture.commitEdit(one, signOff("api", SignOff::Approved, "@alice", at(9))).isEmpty());
    const QString ours = m_fixture.commitEdit(two, tick(OnCallItem, "@dan", at(10)));
    QVERIFY(!ours.isEmpty());
    {
        auto repo = Repository::discover(one);
        QVERIFY(ManifestSync(*repo).push());
    }
    // An edit saved but not committed, in the file the upstream changed.
    auto file = ManifestFile::load(two + QLatin1Char('/') + kManifest, kManifest);
    QVERIFY(file);
    QVERIFY(file->applyAndSave(approval("QA Lead", ApprovalStatus::Pending, {}, {})));
    const QByteArray dirty = readFile(two + QLatin1Char('/') + kManifest);
    const QString upstream = SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main");

    auto repo = Repository::discover(two);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(kManifest + " has uncommitted changes"), qPrintable(outcome.error().message));
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), ours);
    QCOMPARE(readFile(two + QLatin1Char('/') + kManifest), dirty);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), upstream);
}

void tst_ManifestSync::pushWithoutUpstreamFails()
{
    const QString one = m_fixture.clone("one", "@alice");
    git_repository *r = nullptr;
    QCOMPARE(git_repository_open(&r, QFile::encodeName(one).constData()), 0);
    git_config *config = nullptr;
    QCOMPARE(git_repository_config(&config, r), 0);
    QCOMPARE(git_config_delete_entry(config, "branch.main.merge"), 0);
    QCOMPARE(git_config_delete_entry(config, "branch.main.remote"), 0);
    git_config_free(config);
    git_repository_free(r);
    auto repo = Repository::discover(one);
    auto outcome = ManifestSync(*repo).push();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains("has no upstream"), qPrintable(outcome.error().message));
}

QTEST_GUILESS_MAIN(tst_ManifestSync)
#include "tst_manifestsync.moc"

#include "release/newrelease.h"
#include "rules/checklisttemplates.h"

#include "demo/demoworkspace.h"
#include "git/branches.h"
#include "git/repository.h"
#include "manifest/manifestparser.h"
#include "rules/repositoryrules.h"
#include "workspace/workspace.h"

#include "releasetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using rc::test::errorText;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(15, 20, 7), Qt::UTC); // a Wednesday

// The demo's commit that wrote the seed manifest: the seed's components were planned up to its parent.
QString seedManifestCommit(const Repository &repo)
{
    git_revwalk *walk = nullptr;
    git_revwalk_new(&walk, repo.handle());
    git_revwalk_push_head(walk);
    git_oid oid;
    QString found;
    while (found.isEmpty() && git_revwalk_next(&oid, walk) == 0) {
        git_commit *commit = nullptr;
        git_commit_lookup(&commit, repo.handle(), &oid);
        if (QString::fromUtf8(git_commit_summary(commit)) == QLatin1String("chore(release): create manifest for rel-2024-01-15-001")) {
            char hex[GIT_OID_HEXSZ + 1] = {};
            git_oid_tostr(hex, sizeof hex, &oid);
            found = QString::fromLatin1(hex);
        }
        git_commit_free(commit);
    }
    git_revwalk_free(walk);
    return found;
}

QStringList committedPaths(git_repository *repo, const QString &rev)
{
    git_object *obj = nullptr;
    QStringList paths;
    if (git_revparse_single(&obj, repo, rev.toUtf8().constData()) != 0)
        return {QStringLiteral("<no such commit>")};
    auto *commit = reinterpret_cast<git_commit *>(obj);
    git_commit *parent = nullptr;
    git_tree *tree = nullptr, *parentTree = nullptr;
    git_commit_parent(&parent, commit, 0);
    git_commit_tree(&tree, commit);
    git_commit_tree(&parentTree, parent);
    git_diff *diff = nullptr;
    git_diff_tree_to_tree(&diff, repo, parentTree, tree, nullptr);
    for (size_t i = 0; i < git_diff_num_deltas(diff); ++i)
        paths << QString::fromUtf8(git_diff_get_delta(diff, i)->new_file.path);
    git_diff_free(diff);
    git_tree_free(tree);
    git_tree_free(parentTree);
    git_commit_free(parent);
    git_object_free(obj);
    return paths;
}

} // namespace

class tst_NewRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateId_data();
    void validateId();
    void nextId_data();
    void nextId();
    void schedule_data();
    void schedule();
    void planSmallRepo();
    void renderRoundTrips();
    void renderQuotesHostileSubjects_data();
    void renderQuotesHostileSubjects();
    void demoPlanMatchesSeed();
    void writeCommitsOnlyTheFile();
    void writeRefuses_data();
    void writeRefuses();
    void writeLeavesNoFileWhenCommitFails();

private:
    QString freshSmall();
    QTemporaryDir m_dir;
    QString m_demo;
    int m_count = 0;
};

void tst_NewRelease::initTestCase()
{
    QVERIFY(m_dir.isValid());
    rc::test::isolateGitConfig(m_dir.path());
    const Expected<QString> demo = createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo, errorText(demo).constData());
    m_demo = *demo;
}

QString tst_NewRelease::freshSmall()
{
    const QString dir = m_dir.filePath(QStringLiteral("small-%1").arg(++m_count));
    return rc::test::makeSmallRepo(dir) ? dir : QString();
}

void tst_NewRelease::validateId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::addRow("default form") << "rel-2026-11-26-001" << true;
    QTest::addRow("hotfix form") << "rel-2024-01-10-hotfix-001" << true;
    QTest::addRow("dots and underscores") << "train_2024.01" << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("slash") << "releases/x" << false;
    QTest::addRow("dot-dot") << "a..b" << false;
    QTest::addRow("leading dash") << "-rel" << false;
    QTest::addRow("leading dot") << ".hidden" << false;
    QTest::addRow("space") << "rel 1" << false;
    QTest::addRow("colon") << "rel:1" << false;
    QTest::addRow("yaml suffix") << "rel-1.yaml" << false;
    QTest::addRow("non-ascii") << "rél-1" << false;
    QTest::addRow("too long") << QString(101, QLatin1Char('a')) << false;
}

void tst_NewRelease::validateId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const Expected<Done> result = validateReleaseId(id);
    QCOMPARE(result.hasValue(), valid);
    if (!valid)
        QVERIFY2(result.error().message.contains(QLatin1String("letters, digits")) || result.error().message.contains(QLatin1String("empty"))
                     || result.error().message.contains(QLatin1String(".yaml")),
                 qPrintable(result.error().message));
}

void tst_NewRelease::nextId_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");

    QTest::addRow("first of the day") << QStringList{} << "regular" << "rel-2026-11-25-001";
    QTest::addRow("after two") << QStringList{"rel-2026-11-25-001", "rel-2026-11-25-002"} << "regular" << "rel-2026-11-25-003";
    QTest::addRow("gap keeps counting up") << QStringList{"rel-2026-11-25-004"} << "regular" << "rel-2026-11-25-005";
    QTest::addRow("other days do not count") << QStringList{"rel-2026-11-24-007"} << "regular" << "rel-2026-11-25-001";
    QTest::addRow("hotfixes count apart") << QStringList{"rel-2026-11-25-001", "rel-2026-11-25-hotfix-001"} << "hotfix" << "rel-2026-11-25-hotfix-002";
    QTest::addRow("a regular after a hotfix") << QStringList{"rel-2026-11-25-hotfix-003"} << "regular" << "rel-2026-11-25-001";
}

void tst_NewRelease::nextId()
{
    QFETCH(QStringList, files);
    QFETCH(QString, type);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    WorkspaceScan scan;
    scan.root = dir.path();
    for (const QString &id : files) {
        // Half by file name only (unreadable files), half by the id inside a differently named file.
        if (files.indexOf(id) % 2 == 0) {
            QVERIFY(rc::test::writeFile(dir.filePath(QStringLiteral("releases/") + id + QStringLiteral(".yaml")), "not: [yaml"));
        } else {
            ReleaseEntry entry;
            entry.relativePath = QStringLiteral("releases/other-%1.yaml").arg(files.indexOf(id));
            entry.manifest = Manifest{};
            entry.manifest->release.id = id;
            scan.releases.push_back(entry);
        }
    }
    QCOMPARE(nextReleaseId(scan, Now.date(), type), expected);
}

void tst_NewRelease::schedule_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDateTime>("expected");

    const auto at = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); };
    QTest::addRow("wednesday → next tuesday") << Now << "regular" << at(2026, 12, 1, 10, 0);
    QTest::addRow("tuesday morning → same day") << at(2026, 12, 1, 9, 0) << "regular" << at(2026, 12, 1, 10, 0);
    QTest::addRow("tuesday at 10 → next week") << at(2026, 12, 1, 10, 0) << "regular" << at(2026, 12, 8, 10, 0);
    QTest::addRow("hotfix has no schedule") << Now << "hotfix" << QDateTime();
    QTest::addRow("monthly major has no day") << Now << "major" << QDateTime();
}

void tst_NewRelease::schedule()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, type);
    QFETCH(QDateTime, expected);
    // The demo's rules: regular weekly on tuesday, window 10:00.
    Expected<Repository> repo = Repository::discover(m_demo);
    QVERIFY(repo);
    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY(rules);
    QCOMPARE(defaultSchedule(*rules, type, now), expected);
    // Without release types in the rules the seed's Tuesday 10:00 holds for regular releases.
    QCOMPARE(defaultSchedule(RepositoryRules{}, type, now), type == QLatin1String("regular") ? expected : QDateTime());
}

void tst_NewRelease::planSmallRepo()
{
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    PlanOptions options;
    options.now = Now;
    const Expected<ReleasePlan> plan = planRelease(dir, options);
    QVERIFY2(plan, errorText(plan).constData());

    QCOMPARE(plan->id, QStringLiteral("rel-2026-11-25-001"));
    QCOMPARE(plan->type, QStringLiteral("regular"));
    QCOMPARE(plan->releaseManager, QStringLiteral("@rm"));
    QCOMPARE(plan->createdAt, Now);
    QCOMPARE(plan->scheduledAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    Expected<Repository> repo = Repository::discover(dir);
    QCOMPARE(plan->sinceSha, *resolveCommit(*repo, QStringLiteral("api/v1.2.3")));
    QCOMPARE(plan->until, *resolveCommit(*repo, QStringLiteral("HEAD")));
    QVERIFY(plan->hasChanges());

    QCOMPARE(plan->components.size(), size_t(3));
    const ComponentPlan &api = plan->components[0];
    QCOMPARE(api.name, QStringLiteral("api"));
    QCOMPARE(api.commits.size(), size_t(2));
    QCOMPARE(api.current.version, QStringLiteral("v1.2.3"));
    QCOMPARE(api.current.origin, QStringLiteral("api/v1.2.3"));
    QCOMPARE(api.suggestedVersion, QStringLiteral("v1.3.0"));
    QCOMPARE(api.newVersion, api.suggestedVersion);
    QCOMPARE(int(api.signOff), int(SignOff::Pending));
    // Oldest first, the scope dropped where it repeats the component, capitalised as the seed writes them.
    QCOMPARE(api.changes(), (QStringList{"feat: Add bulk upload", "fix: It's 'quoted' # and: colons"}));
    QCOMPARE(api.team, QStringLiteral("api-team"));
    QCOMPARE(api.teamLead, QStringLiteral("@alice"));

    const ComponentPlan &web = plan->components[1];
    QCOMPARE(web.current.version, QStringLiteral("v0.3.0"));
    QCOMPARE(web.suggestedVersion, QStringLiteral("v0.3.1"));
    QCOMPARE(web.changes(), QStringList{"fix: Mobile layout"});

    const ComponentPlan &docs = plan->components[2];
    QVERIFY(!docs.changed());
    QCOMPARE(int(docs.current.source), int(CurrentVersion::Source::None));
    QCOMPARE(int(docs.signOff), int(SignOff::NotRequired));

    QCOMPARE(plan->other.size(), size_t(1));
    QCOMPARE(plan->other.front().subject, QStringLiteral("docs: describe the repository"));
    // The seed manifest's seven gate items, then the pre-release and release-day templates'
    // items they do not hold already (four of the gate items are in the pre-release template).
    QCOMPARE(plan->checklist.size(), size_t(7 + 28 - 4 + 20));
    QCOMPARE(plan->checklist.front().item, QStringLiteral("All team sign-offs received"));
    QCOMPARE(plan->checklist.front().section, QStringLiteral("Team Readiness"));
    QCOMPARE(plan->checklist.back().due, QStringLiteral("post"));
    QCOMPARE(plan->approvals.size(), size_t(4));
    QCOMPARE(plan->approvals.front().user, QStringLiteral("@rm"));

    // A hotfix-typed plan takes the hotfix lists; an empty range has no changes.
    options.type = QStringLiteral("hotfix");
    options.since = QStringLiteral("HEAD");
    const Expected<ReleasePlan> empty = planRelease(dir, options);
    QVERIFY2(empty, errorText(empty).constData());
    QVERIFY(!empty->hasChanges());
    QCOMPARE(empty->id, QStringLiteral("rel-2026-11-25-hotfix-001"));
    QCOMPARE(empty->approvals.size(), size_t(2));
    QCOMPARE(empty->approvals[0].role, QStringLiteral("Tech Lead"));
    QCOMPARE(empty->approvals[1].role, QStringLiteral("On-call"));

    options.since = QStringLiteral("no-such-tag");
    const Expected<ReleasePlan> missing = planRelease(dir, options);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QLatin1String("'no-such-tag' is not a tag")), qPrintable(missing.error().message));
    options.since.clear();
    options.type = QStringLiteral("weekly");
    QVERIFY(!planRelease(dir, options));
}

void tst_NewRelease::renderRoundTrips()
{
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    PlanOptions options;
    options.now = Now;
    Expected<ReleasePlan> plan = planRelease(dir, options);
    QVERIFY2(plan, errorText(plan).constData());
    plan->component(QStringLiteral("api"))->newVersion = QStringLiteral("v2.0.0"); // the person's edit

    const QByteArray text = renderManifest(*plan);
    const ParseResult parsed = parseManifest(text, QStringLiteral("releases/x.yaml"));
    QVERIFY2(parsed.ok(), text.constData());
    QVERIFY2(parsed.warnings.empty(), parsed.warnings.empty() ? "" : qPrintable(parsed.warnings.front().toString()));
    const Manifest &m = *parsed.manifest;
    QCOMPARE(m.release.id, plan->id);
    QCOMPARE(m.release.type, QStringLiteral("regular"));
    QCOMPARE(int(m.release.status), int(ReleaseStatus::Draft));
    QCOMPARE(m.release.createdAt, Now);
    QCOMPARE(m.release.scheduledAt, plan->scheduledAt);
    QCOMPARE(m.release.releaseManager, QStringLiteral("@rm"));
    QCOMPARE(m.components.size(), plan->components.size());
    for (size_t i = 0; i < m.components.size(); ++i) {
        const Component &c = m.components[i];
        const ComponentPlan &p = plan->components[i];
        QCOMPARE(c.name, p.name);
        QCOMPARE(c.currentVersion, p.current.version);
        QCOMPARE(c.newVersion, p.changed() ? p.newVersion : p.current.version);
        QCOMPARE(c.changes, p.changes());
        QCOMPARE(c.team, p.team);
        QCOMPARE(c.teamLead, p.teamLead);
        QCOMPARE(int(c.signOff), int(p.changed() ? SignOff::Pending : SignOff::NotRequired));
    }
    QCOMPARE(m.component(QStringLiteral("api"))->newVersion, QStringLiteral("v2.0.0"));
    QCOMPARE(m.checklist.size(), plan->checklist.size());
    // The release-day channel is the one of this release's day, not the seed's example.
    const QString channel = QStringLiteral("Release channel opened (#release-%1)").arg(plan->scheduledAt.date().toString(Qt::ISODate));
    QVERIFY2(std::any_of(m.checklist.begin(), m.checklist.end(), [&](const ChecklistItem &i) { return i.item == channel; }),
             qPrintable(channel));
    for (size_t i = 0; i < m.checklist.size(); ++i) {
        QCOMPARE(m.checklist[i].item, checklistTextForRelease(plan->checklist[i].item, plan->id, plan->scheduledAt));
        QCOMPARE(m.checklist[i].required, plan->checklist[i].required);
        QCOMPARE(m.checklist[i].phase, plan->checklist[i].phase);
        QCOMPARE(m.checklist[i].section, plan->checklist[i].section);
        QCOMPARE(m.checklist[i].due, plan->checklist[i].due);
        QCOMPARE(int(m.checklist[i].status), int(ChecklistStatus::Pending));
    }
    QCOMPARE(m.approvals.size(), plan->approvals.size());
    for (size_t i = 0; i < m.approvals.size(); ++i) {
        QCOMPARE(m.approvals[i].role, plan->approvals[i].role);
        QCOMPARE(m.approvals[i].user, plan->approvals[i].user);
        QCOMPARE(int(m.approvals[i].status), int(ApprovalStatus::Pending));
    }
    QVERIFY(!m.validation.empty());
    // The seed's layout: the status comment, blank lines between components, '-quoted handles.
    QVERIFY(text.startsWith("# releases/rel-2026-11-25-001.yaml\nrelease:\n  id: rel-2026-11-25-001\n  type: regular\n"));
    QVERIFY(text.contains("  status: draft # draft, pending_approval, approved, deploying, deployed, rolled_back\n"));
    QVERIFY(text.contains("    team_lead: '@alice'\n    sign_off: pending # pending, approved, rejected\n\n  - name: web\n"));
    QVERIFY(text.contains("  - name: docs\n    changes: []\n    team: docs-team\n    sign_off: not_required\n"));
    QVERIFY(text.contains("      - 'fix: It''s ''quoted'' # and: colons'\n"));
    // Rendering is a pure function of the plan.
    QCOMPARE(renderManifest(*plan), text);
}

void tst_NewRelease::renderQuotesHostileSubjects_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addRow("quotes") << "fix: \"double\" and 'single'";
    QTest::addRow("yaml syntax") << "fix: - [a, b] {c: d} & *e ! | > % @ `";
    QTest::addRow("comment marker") << "fix: # not a comment";
    QTest::addRow("tab") << "fix: a\tb";
    QTest::addRow("control character") << QString::fromUtf8("fix: bell \x07 here");
    QTest::addRow("backslash") << "fix: C:\\path\\n";
    QTest::addRow("unicode") << QString::fromUtf8("feat: ünïcödé ✓ 漢字");
    QTest::addRow("looks like a boolean") << "yes";
    QTest::addRow("line separator") << QString::fromUtf8("fix: a\u2028b");
}

void tst_NewRelease::renderQuotesHostileSubjects()
{
    QFETCH(QString, subject);
    ReleasePlan plan;
    plan.id = QStringLiteral("rel-1");
    plan.releaseManager = QStringLiteral("@o'brien");
    ComponentPlan c;
    c.name = QStringLiteral("true"); // a name YAML would read as a boolean
    c.team = QStringLiteral("team: with colon");
    c.current.version = QStringLiteral("1.0");
    CommitInfo commit;
    commit.subject = subject;
    commit.sha = QStringLiteral("abc");
    c.commits.push_back(commit);
    c.newVersion = QStringLiteral("2024.01.08");
    c.signOff = SignOff::Pending;
    plan.components.push_back(c);

    const QByteArray text = renderManifest(plan);
    const ParseResult parsed = parseManifest(text, QStringLiteral("x.yaml"));
    QVERIFY2(parsed.ok(), text.constData());
    const Component &back = parsed.manifest->components.front();
    QCOMPARE(back.name, QStringLiteral("true"));
    QCOMPARE(back.team, QStringLiteral("team: with colon"));
    QCOMPARE(back.currentVersion, QStringLiteral("1.0"));
    QCOMPARE(back.newVersion, QStringLiteral("2024.01.08"));
    QCOMPARE(back.changes, QStringList{subject});
    QCOMPARE(parsed.manifest->release.releaseManager, QStringLiteral("@o'brien"));
}

// The demo's history up to the seed manifest's commit, planned from the tag before it, gives the
// seed's own change lists and versions for the components it names.
void tst_NewRelease::demoPlanMatchesSeed()
{
    Expected<Repository> repo = Repository::discover(m_demo);
    QVERIFY(repo);
    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY(rules);
    const WorkspaceScan scan = scanWorkspace(m_demo);
    const QString seedCommit = seedManifestCommit(*repo);
    QVERIFY(!seedCommit.isEmpty());

    PlanOptions options;
    options.since = QStringLiteral("v2024.01.08");
    options.until = seedCommit + QStringLiteral("~1");
    options.now = Now;
    const Expected<ReleasePlan> plan = planRelease(*repo, *rules, scan, options);
    QVERIFY2(plan, errorText(plan).constData());
    QCOMPARE(plan->releaseManager, QStringLiteral("@john.doe"));

    const ParseResult seed = parseManifest(rc::test::readFile(m_demo + QStringLiteral("/releases/2024-01-15-release.yaml")), QStringLiteral("seed"));
    QVERIFY(seed.ok());
    for (const Component &expected : seed.manifest->components) {
        const ComponentPlan *c = plan->component(expected.name);
        QVERIFY2(c, qPrintable(expected.name));
        QCOMPARE(c->changes(), expected.changes);
        QCOMPARE(c->current.version, expected.currentVersion);
        QCOMPARE(c->newVersion, expected.newVersion);
        QCOMPARE(c->team, expected.team);
        QCOMPARE(c->changed(), expected.signOff != SignOff::NotRequired);
    }
    // The rendered plan is a manifest the console reads back.
    const ParseResult rendered = parseManifest(renderManifest(*plan), QStringLiteral("plan"));
    QVERIFY(rendered.ok());
    QVERIFY(rendered.warnings.empty());
}

void tst_NewRelease::writeCommitsOnlyTheFile()
{
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    Expected<Repository> repo = Repository::discover(dir);
    QVERIFY(repo);
    // Something else staged stays staged and out of the commit.
    QVERIFY(rc::test::writeFile(dir + QStringLiteral("/api/staged.go"), "package api\n"));
    QVERIFY(rc::test::stage(repo->handle(), QStringLiteral("api/staged.go")));

    PlanOptions options;
    options.now = Now;
    options.id = QStringLiteral("rel-test-1");
    const Expected<ReleasePlan> plan = planRelease(*repo, *loadRepositoryRules(*repo), scanWorkspace(dir), options);
    QVERIFY2(plan, errorText(plan).constData());
    const QByteArray text = renderManifest(*plan);
    const Expected<CreatedRelease> created = writeRelease(*repo, plan->id, text);
    QVERIFY2(created, errorText(created).constData());
    QCOMPARE(created->relativePath, QStringLiteral("releases/rel-test-1.yaml"));
    QCOMPARE(rc::test::readFile(dir + QStringLiteral("/releases/rel-test-1.yaml")), text);
    QCOMPARE(rc::test::blobAt(repo->handle(), QStringLiteral("HEAD:releases/rel-test-1.yaml")), text);
    QCOMPARE(committedPaths(repo->handle(), QStringLiteral("HEAD")), QStringList{"releases/rel-test-1.yaml"});
    QCOMPARE(*resolveCommit(*repo, QStringLiteral("HEAD")), created->commitSha);
    git_object *head = nullptr;
    QCOMPARE(git_revparse_single(&head, repo->handle(), "HEAD"), 0);
    QCOMPARE(QString::fromUtf8(git_commit_message(reinterpret_cast<git_commit *>(head))).trimmed(),
             QStringLiteral("release(rel-test-1): create regular release"));
    git_object_free(head);
    QCOMPARE(rc::test::statusFlags(repo->handle(), QStringLiteral("releases/rel-test-1.yaml")), 0u);
    QCOMPARE(rc::test::statusFlags(repo->handle(), QStringLiteral("api/staged.go")), unsigned(GIT_STATUS_INDEX_NEW));

    // The same id again: refused, nothing new committed.
    const Expected<CreatedRelease> again = writeRelease(*repo, plan->id, text);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("exists already")), qPrintable(again.error().message));
    QCOMPARE(*resolveCommit(*repo, QStringLiteral("HEAD")), created->commitSha);
}

void tst_NewRelease::writeRefuses_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("message");

    QTest::addRow("invalid id") << "invalid id" << "not a valid release id";
    QTest::addRow("text does not parse") << "broken text" << "does not parse";
    QTest::addRow("id differs from the text") << "other id" << "make them the same";
    QTest::addRow("id taken by another file") << "id taken" << "exists already in releases/taken.yaml";
    QTest::addRow("dirty manifest") << "dirty" << "releases/taken.yaml has uncommitted changes";
    QTest::addRow("detached HEAD") << "detached" << "HEAD is detached";
}

void tst_NewRelease::writeRefuses()
{
    QFETCH(QString, situation);
    QFETCH(QString, message);
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    Expected<Repository> repo = Repository::discover(dir);
    QVERIFY(repo);
    QVERIFY(rc::test::writeFile(dir + QStringLiteral("/releases/taken.yaml"), "release:\n  id: rel-taken\n  status: draft\n"));
    QVERIFY(repo->commitFile(QStringLiteral("releases/taken.yaml"), QStringLiteral("add a release")));
    const QString headBefore = *resolveCommit(*repo, QStringLiteral("HEAD"));

    QString id = QStringLiteral("rel-new");
    QByteArray text = "release:\n  id: rel-new\n  status: draft\n";
    if (situation == QLatin1String("invalid id"))
        id = QStringLiteral("../escape");
    else if (situation == QLatin1String("broken text"))
        text = "release:\n  id: rel-new\n  status: shipping\n";
    else if (situation == QLatin1String("other id"))
        text = "release:\n  id: rel-other\n  status: draft\n";
    else if (situation == QLatin1String("id taken")) {
        id = QStringLiteral("rel-taken");
        text = "release:\n  id: rel-taken\n  status: draft\n";
    } else if (situation == QLatin1String("dirty"))
        QVERIFY(rc::test::writeFile(dir + QStringLiteral("/releases/taken.yaml"), "release:\n  id: rel-taken\n  status: approved\n"));
    else if (situation == QLatin1String("detached")) {
        git_oid oid;
        QCOMPARE(git_oid_fromstr(&oid, headBefore.toLatin1().constData()), 0);
        QCOMPARE(git_repository_set_head_detached(repo->handle(), &oid), 0);
    }

    const Expected<CreatedRelease> created = writeRelease(*repo, id, text);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/releases/rel-new.yaml")));
    QCOMPARE(*resolveCommit(*repo, QStringLiteral("HEAD")), headBefore);
}

void tst_NewRelease::writeLeavesNoFileWhenCommitFails()
{
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    Expected<Repository> repo = Repository::discover(dir);
    QVERIFY(repo);
    // Without an identity the commit fails after the file was written.
    git_config *config = nullptr;
    QCOMPARE(git_repository_config(&config, repo->handle()), 0);
    git_config_delete_entry(config, "user.name");
    git_config_delete_entry(config, "user.email");
    git_config_free(config);
    const QString headBefore = *resolveCommit(*repo, QStringLiteral("HEAD"));

    const Expected<CreatedRelease> created = writeRelease(*repo, QStringLiteral("rel-new"), "release:\n  id: rel-new\n  status: draft\n");
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(QLatin1String("the commit failed")), qPrintable(created.error().message));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/releases/rel-new.yaml")));
    QCOMPARE(*resolveCommit(*repo, QStringLiteral("HEAD")), headBefore);
}

QTEST_GUILESS_MAIN(tst_NewRelease)
#include "tst_newrelease.moc"

#include "release/hotfix.h"

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

const QDateTime Now(QDate(2026, 11, 25), QTime(15, 20, 7), Qt::UTC);

const char DeployedSmall[] = R"(release:
  id: rel-2024-01-02-001
  status: deployed
components:
  - name: api
    current_version: v1.2.2
    new_version: v1.2.3
    sign_off: approved
)";

struct Clone
{
    std::optional<Repository> repo;
    RepositoryRules rules;
    WorkspaceScan scan;
};

Clone open(const QString &dir)
{
    Clone clone;
    Expected<Repository> repo = Repository::discover(dir);
    if (!repo)
        return clone;
    Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    if (!rules)
        return clone;
    clone.rules = *rules;
    clone.scan = scanWorkspace(dir);
    clone.repo.emplace(std::move(repo).value());
    return clone;
}

QString headRef(git_repository *repo)
{
    git_reference *head = nullptr;
    if (git_repository_head(&head, repo) != 0)
        return {};
    const QString name = QString::fromUtf8(git_reference_name(head));
    git_reference_free(head);
    return name;
}

} // namespace

class tst_Hotfix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productionTagOfTheDemo();
    void productionTagNamedAfterTheRelease();
    void productionTagNeedsADeployedRelease();
    void startOnTheDemo();
    void planRefuses_data();
    void planRefuses();
    void startRefuses_data();
    void startRefuses();
    void startPutsTheCloneBackWhenTheCommitFails();

private:
    QString freshDemo();
    QString freshSmall();
    QTemporaryDir m_dir;
    QString m_demo; // read-only
    int m_count = 0;
};

void tst_Hotfix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    rc::test::isolateGitConfig(m_dir.path());
    m_demo = freshDemo();
    QVERIFY(!m_demo.isEmpty());
}

QString tst_Hotfix::freshDemo()
{
    const Expected<QString> demo = createDemoWorkspace(m_dir.filePath(QStringLiteral("demo-%1").arg(++m_count)));
    return demo ? *demo : QString();
}

// The small repository with rel-2024-01-02-001 deployed in the commit after the tags.
QString tst_Hotfix::freshSmall()
{
    const QString dir = m_dir.filePath(QStringLiteral("small-%1").arg(++m_count));
    std::optional<Repository> repo = rc::test::makeSmallRepo(dir);
    if (!repo || !rc::test::writeFile(dir + QStringLiteral("/releases/rel-2024-01-02-001.yaml"), DeployedSmall)
        || !repo->commitFile(QStringLiteral("releases/rel-2024-01-02-001.yaml"), QStringLiteral("release: deployed")))
        return {};
    return dir;
}

void tst_Hotfix::productionTagOfTheDemo()
{
    Clone clone = open(m_demo);
    QVERIFY(clone.repo);
    const Expected<ProductionTag> tag = productionTag(*clone.repo, clone.rules, clone.scan);
    QVERIFY2(tag, errorText(tag).constData());
    // rel-2024-01-08-001 moved to deployed in its own commit, right after the v2024.01.08 tags.
    QCOMPARE(tag->releaseId, QStringLiteral("rel-2024-01-08-001"));
    QCOMPARE(tag->tag, QStringLiteral("v2024.01.08")); // the train's tag, not one of the components' on the same commit
    QCOMPARE(tag->sha, *resolveCommit(*clone.repo, QStringLiteral("v2024.01.08")));
    QCOMPARE(tag->sha, *resolveCommit(*clone.repo, tag->tag));
    QCOMPARE(*resolveCommit(*clone.repo, tag->deployCommit + QStringLiteral("~1")), tag->sha);
}

void tst_Hotfix::productionTagNamedAfterTheRelease()
{
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    Clone clone = open(dir);
    QVERIFY(clone.repo);
    // Without a tag named after it: the tag reachable from the commit that deployed it.
    Expected<ProductionTag> tag = productionTag(*clone.repo, clone.rules, clone.scan);
    QVERIFY2(tag, errorText(tag).constData());
    QCOMPARE(tag->sha, *resolveCommit(*clone.repo, QStringLiteral("api/v1.2.3")));
    QCOMPARE(tag->deployCommit, *resolveCommit(*clone.repo, QStringLiteral("HEAD")));
    // A tag named like the release wins.
    QVERIFY(clone.repo->tag(QStringLiteral("rel-2024-01-02-001")));
    tag = productionTag(*clone.repo, clone.rules, clone.scan);
    QVERIFY2(tag, errorText(tag).constData());
    QCOMPARE(tag->tag, QStringLiteral("rel-2024-01-02-001"));
    QCOMPARE(tag->sha, *resolveCommit(*clone.repo, QStringLiteral("HEAD")));
}

void tst_Hotfix::productionTagNeedsADeployedRelease()
{
    const QString dir = m_dir.filePath(QStringLiteral("undeployed"));
    QVERIFY(rc::test::makeSmallRepo(dir));
    Clone clone = open(dir);
    QVERIFY(clone.repo);
    const Expected<ProductionTag> tag = productionTag(*clone.repo, clone.rules, clone.scan);
    QVERIFY(!tag);
    QVERIFY2(tag.error().message.contains(QLatin1String("no release is deployed")), qPrintable(tag.error().message));
    QVERIFY(tag.error().message.contains(QLatin1String("--from TAG")));
}

void tst_Hotfix::startOnTheDemo()
{
    const QString dir = freshDemo();
    QVERIFY(!dir.isEmpty());
    Clone clone = open(dir);
    QVERIFY(clone.repo);
    HotfixOptions options;
    options.name = QStringLiteral("geo-bounds");
    options.component = QStringLiteral("Validation-Service"); // case does not matter
    options.now = Now;
    const Expected<HotfixPlan> plan = planHotfix(*clone.repo, clone.rules, clone.scan, options);
    QVERIFY2(plan, errorText(plan).constData());
    QCOMPARE(plan->branch, QStringLiteral("hotfix/geo-bounds"));
    QCOMPARE(plan->fromSha, *resolveCommit(*clone.repo, QStringLiteral("v2024.01.08")));
    QCOMPARE(plan->release.id, QStringLiteral("rel-2026-11-25-hotfix-001"));
    QCOMPARE(plan->release.type, QStringLiteral("hotfix"));
    QCOMPARE(plan->release.components.size(), size_t(1));
    const ComponentPlan &c = plan->release.components.front();
    QCOMPARE(c.name, QStringLiteral("validation-service"));
    QCOMPARE(c.current.version, QStringLiteral("v1.1.0"));
    QCOMPARE(c.newVersion, QStringLiteral("v1.1.1"));
    QCOMPARE(int(c.signOff), int(SignOff::Pending));

    const QString mainHead = *resolveCommit(*clone.repo, QStringLiteral("HEAD"));
    const QByteArray text = renderManifest(plan->release);
    const Expected<StartedHotfix> started = startHotfix(*clone.repo, *plan, text);
    QVERIFY2(started, errorText(started).constData());
    QCOMPARE(started->previousBranch, QStringLiteral("main"));
    QCOMPARE(headRef(clone.repo->handle()), QStringLiteral("refs/heads/hotfix/geo-bounds"));
    QCOMPARE(*resolveCommit(*clone.repo, QStringLiteral("HEAD")), started->commitSha);
    QCOMPARE(*resolveCommit(*clone.repo, QStringLiteral("HEAD~1")), plan->fromSha);
    QCOMPARE(*resolveCommit(*clone.repo, QStringLiteral("main")), mainHead); // main untouched
    // The work tree is the tag's plus the manifest: the seed manifest came later and is gone.
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/releases/2024-01-15-release.yaml")));
    QCOMPARE(rc::test::blobAt(clone.repo->handle(), QStringLiteral("HEAD:") + started->relativePath), text);
    QCOMPARE(rc::test::readFile(dir + QLatin1Char('/') + started->relativePath), text);

    const ParseResult parsed = parseManifest(text, started->relativePath);
    QVERIFY(parsed.ok());
    const Manifest &m = *parsed.manifest;
    QCOMPARE(m.release.type, QStringLiteral("hotfix"));
    QCOMPARE(m.components.size(), size_t(1));
    QCOMPARE(m.approvals.size(), size_t(2));
    QCOMPARE(m.approvals[0].role, QStringLiteral("On-call")); // the demo's rules name them in this order
    QCOMPARE(m.approvals[1].role, QStringLiteral("Tech Lead"));
    QCOMPARE(m.approvals[1].user, QStringLiteral("@tech-lead"));
    QCOMPARE(m.checklist.front().item, QStringLiteral("Staging quick validation (15 min)"));
    git_object *head = nullptr;
    QCOMPARE(git_revparse_single(&head, clone.repo->handle(), "HEAD"), 0);
    QCOMPARE(QString::fromUtf8(git_commit_message(reinterpret_cast<git_commit *>(head))).trimmed(),
             QStringLiteral("release(rel-2026-11-25-hotfix-001): create hotfix release for validation-service from %1").arg(plan->fromTag));
    git_object_free(head);
}

void tst_Hotfix::planRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("message");

    QTest::addRow("no name") << "" << "" << "api" << "name the hotfix";
    QTest::addRow("invalid branch name") << "two..dots" << "" << "api" << "not a valid branch name";
    QTest::addRow("branch exists") << "taken" << "" << "api" << "branch hotfix/taken exists already";
    QTest::addRow("unknown tag") << "x" << "v9.9.9" << "api" << "'v9.9.9' is not a tag";
    QTest::addRow("unknown component") << "x" << "" << "billing" << "there is no component 'billing'; components: api, workers, ";
    QTest::addRow("ambiguous component") << "x" << "" << "" << "name it with --component NAME";
}

void tst_Hotfix::planRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, from);
    QFETCH(QString, component);
    QFETCH(QString, message);
    Clone clone = open(m_demo);
    QVERIFY(clone.repo);
    if (!branchExists(*clone.repo, QStringLiteral("hotfix/taken")))
        QVERIFY(createBranch(*clone.repo, QStringLiteral("hotfix/taken"), *resolveCommit(*clone.repo, QStringLiteral("HEAD"))));
    HotfixOptions options;
    options.name = name;
    options.fromTag = from;
    options.component = component;
    const Expected<HotfixPlan> plan = planHotfix(*clone.repo, clone.rules, clone.scan, options);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().message));
}

void tst_Hotfix::startRefuses_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("message");
    QTest::addRow("tracked file modified") << "dirty" << "tracked files have uncommitted changes (api/main.go)";
    QTest::addRow("detached HEAD") << "detached" << "HEAD is detached";
    QTest::addRow("manifest text broken") << "broken" << "does not parse";
}

void tst_Hotfix::startRefuses()
{
    QFETCH(QString, situation);
    QFETCH(QString, message);
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    Clone clone = open(dir);
    QVERIFY(clone.repo);
    HotfixOptions options;
    options.name = QStringLiteral("fix");
    options.component = QStringLiteral("api");
    options.now = Now;
    const Expected<HotfixPlan> plan = planHotfix(*clone.repo, clone.rules, clone.scan, options);
    QVERIFY2(plan, errorText(plan).constData());
    QByteArray text = renderManifest(plan->release);
    const QString head = *resolveCommit(*clone.repo, QStringLiteral("HEAD"));
    if (situation == QLatin1String("dirty")) {
        QVERIFY(rc::test::writeFile(dir + QStringLiteral("/api/main.go"), "changed\n"));
    } else if (situation == QLatin1String("detached")) {
        git_oid oid;
        QCOMPARE(git_oid_fromstr(&oid, head.toLatin1().constData()), 0);
        QCOMPARE(git_repository_set_head_detached(clone.repo->handle(), &oid), 0);
    } else {
        text = "release:\n  id: x\n  status: nope\n";
    }
    const Expected<StartedHotfix> started = startHotfix(*clone.repo, *plan, text);
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(message), qPrintable(started.error().message));
    QVERIFY(!branchExists(*clone.repo, QStringLiteral("hotfix/fix")));
    QCOMPARE(*resolveCommit(*clone.repo, QStringLiteral("HEAD")), head);
}

void tst_Hotfix::startPutsTheCloneBackWhenTheCommitFails()
{
    const QString dir = freshSmall();
    QVERIFY(!dir.isEmpty());
    Clone clone = open(dir);
    QVERIFY(clone.repo);
    HotfixOptions options;
    options.name = QStringLiteral("fix");
    options.component = QStringLiteral("api");
    options.now = Now;
    const Expected<HotfixPlan> plan = planHotfix(*clone.repo, clone.rules, clone.scan, options);
    QVERIFY2(plan, errorText(plan).constData());
    git_config *config = nullptr;
    QCOMPARE(git_repository_config(&config, clone.repo->handle()), 0);
    git_config_delete_entry(config, "user.name");
    git_config_delete_entry(config, "user.email");
    git_config_free(config);
    const QString head = *resolveCommit(*clone.repo, QStringLiteral("HEAD"));

    const Expected<StartedHotfix> started = startHotfix(*clone.repo, *plan, renderManifest(plan->release));
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(QLatin1String("the clone is back on main")), qPrintable(started.error().message));
    QCOMPARE(headRef(clone.repo->handle()), QStringLiteral("refs/heads/main"));
    QCOMPARE(*resolveCommit(*clone.repo, QStringLiteral("HEAD")), head);
    QVERIFY(!branchExists(*clone.repo, QStringLiteral("hotfix/fix")));
    QVERIFY(!QFileInfo::exists(dir + QLatin1Char('/') + releaseFilePath(plan->release.id)));
    // The tracked files are main's again (the deployed manifest was committed after the tag).
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/releases/rel-2024-01-02-001.yaml")));
    QCOMPARE(*uncommittedTrackedFiles(*clone.repo), QStringList{});
}

QTEST_GUILESS_MAIN(tst_Hotfix)
#include "tst_hotfix.moc"

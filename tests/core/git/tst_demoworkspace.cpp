#include "demo/demoworkspace.h"
#include "gittestutil.h"
#include "rules/readiness.h"
#include "workspace/workspace.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using namespace rc::test;

namespace {

const QString kResources = QStringLiteral(RC_SOURCE_DIR "/resources/demo");

struct CommitInfo
{
    QString message;
    QString author;
    QDateTime when;
};

std::vector<CommitInfo> history(git_repository *repo)
{
    std::vector<CommitInfo> out;
    git_revwalk *walk = nullptr;
    if (git_revwalk_new(&walk, repo) != 0 || git_revwalk_push_head(walk) != 0)
        return out;
    git_oid oid;
    while (git_revwalk_next(&oid, walk) == 0) {
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repo, &oid) != 0)
            continue;
        const git_signature *a = git_commit_author(commit);
        out.push_back({QString::fromUtf8(git_commit_message(commit)), QString::fromUtf8(a->name),
                       QDateTime::fromSecsSinceEpoch(a->when.time, Qt::UTC)});
        git_commit_free(commit);
    }
    git_revwalk_free(walk);
    return out;
}

QString firstOf(const std::vector<Diagnostic> &diagnostics)
{
    return diagnostics.empty() ? QString() : diagnostics.front().toString();
}

} // namespace

class tst_DemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createsACleanClone();
    void filesMatchTheResources_data();
    void filesMatchTheResources();
    void manifestsParseAcrossStatuses();
    void oneReleaseIsReadyToDeploy();
    void historyAndTags();
    void componentVersionsHaveTags();
    void componentFoldersMatchTheRules();
    void localIdentityForEdits();
    void refusesANonEmptyFolder();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    QString m_root;
    git_repository *m_repo = nullptr;
    WorkspaceScan m_scan;
};

void tst_DemoWorkspace::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY(m_dir.isValid());
    isolateGitConfig(m_config.path());
    auto root = createDemoWorkspace(m_dir.path() + QStringLiteral("/demo"));
    QVERIFY2(root, errorText(root).constData());
    m_root = *root;
    QCOMPARE(git_repository_open(&m_repo, QFile::encodeName(m_root).constData()), 0);
    m_scan = scanWorkspace(m_root);
    QVERIFY2(m_scan.error.isEmpty(), qPrintable(m_scan.error));
}

void tst_DemoWorkspace::cleanupTestCase()
{
    git_repository_free(m_repo);
}

void tst_DemoWorkspace::createsACleanClone()
{
    QCOMPARE(m_root, QFileInfo(m_dir.path() + QStringLiteral("/demo")).canonicalFilePath());
    QVERIFY(isClean(m_repo));
    git_reference *head = nullptr;
    QCOMPARE(git_repository_head(&head, m_repo), 0);
    const QString branch = QString::fromUtf8(git_reference_shorthand(head));
    git_reference_free(head);
    QCOMPARE(branch, QStringLiteral("main"));
}

void tst_DemoWorkspace::filesMatchTheResources_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("inClone");
    QTest::addRow("the seed's manifest, byte for byte") << "2024-01-15-release.yaml"
                                                        << "releases/2024-01-15-release.yaml";
    QTest::addRow("rolled back") << "rel-2024-01-02-001.yaml"
                                 << "releases/rel-2024-01-02-001.yaml";
    QTest::addRow("deployed") << "rel-2024-01-08-001.yaml"
                              << "releases/rel-2024-01-08-001.yaml";
    QTest::addRow("hotfix") << "rel-2024-01-10-hotfix-001.yaml"
                            << "releases/rel-2024-01-10-hotfix-001.yaml";
    QTest::addRow("draft") << "rel-2024-01-22-001.yaml"
                           << "releases/rel-2024-01-22-001.yaml";
    QTest::addRow("release rules") << "release-console.yaml"
                                   << ".release-console.yaml";
    QTest::addRow("workflow") << "release-train.yml"
                              << ".github/workflows/release-train.yml";
}

void tst_DemoWorkspace::filesMatchTheResources()
{
    QFETCH(QString, resource);
    QFETCH(QString, inClone);
    const QByteArray expected = readFile(kResources + QLatin1Char('/') + resource);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(readFile(m_root + QLatin1Char('/') + inClone), expected);
    QCOMPARE(blobAt(m_repo, QStringLiteral("HEAD:") + inClone), expected);
}

void tst_DemoWorkspace::manifestsParseAcrossStatuses()
{
    QVERIFY(m_scan.problems.empty());
    QStringList order;
    QHash<QString, ReleaseStatus> statuses;
    for (const auto &e : m_scan.releases) {
        QVERIFY2(e.errors.empty(), qPrintable(firstOf(e.errors)));
        QVERIFY2(e.warnings.empty(), qPrintable(firstOf(e.warnings)));
        QVERIFY(e.manifest);
        QCOMPARE(e.gitState, FileState::Unmodified);
        order.append(e.manifest->release.id);
        statuses.insert(e.manifest->release.id, e.manifest->release.status);
    }
    QCOMPARE(order, QStringList({"rel-2024-01-22-001", "rel-2024-01-15-001", "rel-2024-01-10-hotfix-001",
                                 "rel-2024-01-08-001", "rel-2024-01-02-001"}));
    QCOMPARE(toString(statuses.value(QStringLiteral("rel-2024-01-22-001"))), QStringLiteral("draft"));
    QCOMPARE(toString(statuses.value(QStringLiteral("rel-2024-01-15-001"))),
             QStringLiteral("pending_approval"));
    QCOMPARE(toString(statuses.value(QStringLiteral("rel-2024-01-10-hotfix-001"))),
             QStringLiteral("approved"));
    QCOMPARE(toString(statuses.value(QStringLiteral("rel-2024-01-08-001"))), QStringLiteral("deployed"));
    QCOMPARE(toString(statuses.value(QStringLiteral("rel-2024-01-02-001"))), QStringLiteral("rolled_back"));

    auto seed = findRelease(m_scan, QStringLiteral("rel-2024-01-15-001"));
    QVERIFY2(seed, errorText(seed).constData());
    QCOMPARE((*seed)->relativePath, QStringLiteral("releases/2024-01-15-release.yaml"));
}

void tst_DemoWorkspace::oneReleaseIsReadyToDeploy()
{
    // Everything the readiness rules look at is signed, ticked and passing in the hotfix,
    // while the seed's release still waits for the Tech Lead and two checklist items.
    auto everythingSigned = [](const Manifest &m) {
        for (const auto &c : m.components)
            if (c.signOff != SignOff::Approved && c.signOff != SignOff::NotRequired)
                return false;
        for (const auto &a : m.approvals)
            if (a.status != ApprovalStatus::Approved)
                return false;
        for (const auto &i : m.checklist)
            if (i.required && i.status != ChecklistStatus::Completed)
                return false;
        for (const auto &v : m.validation)
            if (v.failed)
                return false;
        return m.release.status == ReleaseStatus::Approved && !m.approvals.empty();
    };
    QStringList ready;
    for (const auto &e : m_scan.releases)
        if (e.manifest && everythingSigned(*e.manifest))
            ready.append(e.manifest->release.id);
    QCOMPARE(ready, QStringList{QStringLiteral("rel-2024-01-10-hotfix-001")});

    // The one readiness rule agrees: the hotfix may deploy, the seed's release is blocked.
    QStringList deployable;
    for (const auto &e : m_scan.releases)
        if (e.manifest && checkReadiness(*e.manifest).ready)
            deployable.append(e.manifest->release.id);
    QCOMPARE(deployable, QStringList{QStringLiteral("rel-2024-01-10-hotfix-001")});
    auto seed = findRelease(m_scan, QStringLiteral("rel-2024-01-15-001"));
    QVERIFY(seed);
    const QStringList blockers = checkReadiness(*(*seed)->manifest).blockers;
    QVERIFY2(blockers.join(QLatin1Char('\n')).contains(QStringLiteral("Tech Lead")),
             qPrintable(blockers.join(QLatin1Char('\n'))));

    auto hotfix = findRelease(m_scan, QStringLiteral("rel-2024-01-10-hotfix-001"));
    QVERIFY(hotfix);
    const Manifest &m = *(*hotfix)->manifest;
    QCOMPARE(m.release.type, QStringLiteral("hotfix"));
    QCOMPARE(m.components.size(), size_t(1));
    QVERIFY(m.approval(QStringLiteral("Tech Lead")));
    QVERIFY(m.approval(QStringLiteral("On-call")));

    auto rolledBack = findRelease(m_scan, QStringLiteral("rel-2024-01-02-001"));
    QVERIFY(rolledBack);
    bool hasReason = false;
    for (const auto &v : (*rolledBack)->manifest->validation)
        hasReason |= v.key == QLatin1String("rollback_reason") && !v.value.isEmpty();
    QVERIFY(hasReason);
}

void tst_DemoWorkspace::historyAndTags()
{
    const auto commits = history(m_repo);
    QVERIFY2(commits.size() >= 40 && commits.size() <= 60, qPrintable(QString::number(commits.size())));
    QSet<QString> authors;
    int breaking = 0;
    const QRegularExpression conventional(
        QStringLiteral(R"(^(feat|fix|perf|chore|docs|release)(\([a-z0-9.-]+\))?!?: \S)"));
    const QDateTime from(QDate(2023, 12, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2024, 1, 31), QTime(23, 59), Qt::UTC);
    QDateTime previous = to;
    for (const auto &c : commits) {
        authors.insert(c.author);
        QVERIFY2(conventional.match(c.message).hasMatch(), qPrintable(c.message));
        QVERIFY2(c.when >= from && c.when <= to, qPrintable(c.when.toString(Qt::ISODate)));
        QVERIFY2(c.when <= previous, qPrintable(c.message)); // the walk is newest first
        previous = c.when;
        if (c.message.contains(QStringLiteral("BREAKING CHANGE:")))
            ++breaking;
    }
    QCOMPARE(breaking, 1);
    QVERIFY2(authors.size() >= 6, qPrintable(QStringList(authors.values()).join(QLatin1String(", "))));

    const QStringList tags = tagNames(m_repo);
    for (const char *tag : {"api/v1.2.3", "placement-service/v2.1.0", "portal/v3.0.1", "workers/v1.5.0",
                            "v2024.01.08", "v2023.12.19"})
        QVERIFY2(tags.contains(QString::fromUtf8(tag)), tag);
}

void tst_DemoWorkspace::componentVersionsHaveTags()
{
    // Every version a manifest says is running was tagged when it shipped.
    const QStringList tags = tagNames(m_repo);
    int checked = 0;
    for (const auto &e : m_scan.releases) {
        QVERIFY(e.manifest);
        for (const auto &c : e.manifest->components) {
            if (c.currentVersion.isEmpty())
                continue;
            const QString tag = c.name + QLatin1Char('/') + c.currentVersion;
            QVERIFY2(tags.contains(tag), qPrintable(e.relativePath + QStringLiteral(": no tag ") + tag));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void tst_DemoWorkspace::componentFoldersMatchTheRules()
{
    const QString rules = QString::fromUtf8(readFile(m_root + QStringLiteral("/.release-console.yaml")));
    const QRegularExpression paths(QStringLiteral(R"(paths: \[([^\]]+)\])"));
    int components = 0;
    for (auto it = paths.globalMatch(rules); it.hasNext();) {
        const QString path = it.next().captured(1).trimmed();
        QVERIFY2(QFileInfo(m_root + QLatin1Char('/') + path).isDir(), qPrintable(path));
        QVERIFY2(QFileInfo::exists(m_root + QLatin1Char('/') + path + QStringLiteral("README.md")),
                 qPrintable(path));
        ++components;
    }
    QCOMPARE(components, 6);
    QVERIFY(rules.contains(QStringLiteral("repository: nedlia/nedlia")));
    QVERIFY(rules.contains(QStringLiteral("workflow: release-train.yml")));
}

void tst_DemoWorkspace::localIdentityForEdits()
{
    auto repo = Repository::discover(m_root);
    QVERIFY(repo);
    auto id = repo->identity();
    QVERIFY2(id, errorText(id).constData());
    QCOMPARE(id->name, QStringLiteral("Demo Release Manager"));
    QCOMPARE(repo->userHandle(), QStringLiteral("@john.doe"));
}

void tst_DemoWorkspace::refusesANonEmptyFolder()
{
    auto again = createDemoWorkspace(m_root);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("not empty")), qPrintable(again.error().message));
    QVERIFY(isClean(m_repo));
}

QTEST_GUILESS_MAIN(tst_DemoWorkspace)
#include "tst_demoworkspace.moc"

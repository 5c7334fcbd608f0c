// The deploy lifecycle on a real clone through libgit2: each step one status edit of one line,
// saved atomically and committed alone with the run's URL; dry runs, wrong states and files changed
// on disk are refused without writing anything.

#include "release/deployment.h"

#include "../git/gittestutil.h"

#include "git/repository.h"
#include "manifest/manifestparser.h"
#include "rules/readiness.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace rc::core;
using namespace rc::test;

namespace {

const QString path = QStringLiteral("releases/rel-2024-03-05-001.yaml");
const QString runUrl = QStringLiteral("https://github.com/octo-org/octo-repo/actions/runs/30433642");

QByteArray manifestWithStatus(const char *status)
{
    return QByteArray(R"(# Release under test: comments and layout must survive.
release:
  id: rel-2024-03-05-001
  scheduled_at: '2024-03-05T10:00:00Z'
  release_manager: '@rm'
  status: )") + status + R"( # draft, pending_approval, approved, deploying, deployed, rolled_back

components:
  - name: api
    current_version: v1.2.3
    new_version: v1.3.0
    team_lead: '@alice'
    sign_off: approved
    approved_by: '@alice'
    approved_at: '2024-03-04T10:00:00Z'

validation:
  staging_deployed: true
  integration_tests: passed

checklist:
  - item: 'On-call team notified'
    status: completed
    completed_by: '@rm'
    required: true

approvals:
  - role: 'Release Manager'
    user: '@rm'
    status: approved
)";
}

DeploymentRun realRun(qint64 id = 30433642, const QString &conclusion = {})
{
    return DeploymentRun{id, runUrl, false, conclusion};
}

Manifest parsed(const QByteArray &text)
{
    const ParseResult result = parseManifest(text, path);
    if (!result.manifest)
        qFatal("manifest does not parse");
    return *result.manifest;
}

QString headMessage(git_repository *repo)
{
    git_object *object = nullptr;
    if (git_revparse_single(&object, repo, "HEAD") != 0)
        return {};
    const QString message = QString::fromUtf8(git_commit_message(reinterpret_cast<git_commit *>(object))).trimmed();
    git_object_free(object);
    return message;
}

// The lines of `after` that differ from `before`, which must have the same number of lines.
QList<QByteArray> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    if (a.size() != b.size())
        return {"line count differs"};
    QList<QByteArray> changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            changed << b.at(i);
    }
    return changed;
}

} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deploysAndRollsBack();
    void failedRunGoesBackToApproved_data();
    void failedRunGoesBackToApproved();
    void dryRunsNeverTouchTheManifest();
    void refusesWrongStates_data();
    void refusesWrongStates();
    void refusesAFileChangedOnDisk();
    void rollbackNeedsAReason();
    void gates();

private:
    void writeAndCommit(const QByteArray &text);
    QByteArray fileNow() const { return readFile(m_dir->filePath(path)); }

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Repository> m_repo;
};

void TestDeployment::initTestCase()
{
    isolateGitConfig(m_config.path());
}

void TestDeployment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Expected<Repository> repo = Repository::init(m_dir->path());
    QVERIFY2(repo, errorText(repo).constData());
    QVERIFY(setConfig(repo->handle(), "user.name", QStringLiteral("Rita Manager")));
    QVERIFY(setConfig(repo->handle(), "user.email", QStringLiteral("rita@example.com")));
    m_repo.emplace(std::move(*repo));
}

void TestDeployment::cleanup()
{
    m_repo.reset();
    m_dir.reset();
}

void TestDeployment::writeAndCommit(const QByteArray &text)
{
    QVERIFY(writeFile(m_dir->filePath(path), text));
    const Expected<QString> commit = m_repo->commitAll(QStringLiteral("the release"), {QStringLiteral("Rita"), QStringLiteral("rita@example.com")});
    QVERIFY2(commit, errorText(commit).constData());
}

void TestDeployment::deploysAndRollsBack()
{
    const QByteArray approved = manifestWithStatus("approved");
    writeAndCommit(approved);
    const int commits = commitCount(m_repo->handle());
    Deployment deployment(*m_repo, path);
    deployment.setExpectedBytes(approved);

    const LifecycleOutcome deploying = deployment.markDeploying(realRun());
    QVERIFY2(deploying.ok(), qPrintable(deploying.message));
    QCOMPARE(toString(deploying.from), toString(ReleaseStatus::Approved));
    QCOMPARE(toString(deploying.to), toString(ReleaseStatus::Deploying));
    QCOMPARE(deploying.commitMessage, QStringLiteral("release(rel-2024-03-05-001): deploying, run 30433642: ") + runUrl);
    QCOMPARE(headMessage(m_repo->handle()), deploying.commitMessage);
    QCOMPARE(commitCount(m_repo->handle()), commits + 1);
    QCOMPARE(changedLines(approved, fileNow()),
             (QList<QByteArray>{"  status: deploying # draft, pending_approval, approved, deploying, deployed, rolled_back"}));
    QCOMPARE(blobAt(m_repo->handle(), QStringLiteral("HEAD:") + path), fileNow());
    QVERIFY(isClean(m_repo->handle()));

    // The next step compares with what the last one wrote.
    const LifecycleOutcome deployed = deployment.markDeployed(realRun());
    QVERIFY2(deployed.ok(), qPrintable(deployed.message));
    QCOMPARE(headMessage(m_repo->handle()), QStringLiteral("release(rel-2024-03-05-001): deployed, run 30433642 succeeded: ") + runUrl);
    QCOMPARE(toString(parsed(fileNow()).release.status), toString(ReleaseStatus::Deployed));

    const LifecycleOutcome rolledBack = deployment.markRolledBack(realRun(30433650), QStringLiteral("error rate doubled\nafter 5 min"));
    QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.message));
    QCOMPARE(headMessage(m_repo->handle()),
             QStringLiteral("release(rel-2024-03-05-001): rolled back, run 30433650: %1\n\nReason: error rate doubled after 5 min").arg(runUrl));
    QCOMPARE(changedLines(approved, fileNow()),
             (QList<QByteArray>{"  status: rolled_back # draft, pending_approval, approved, deploying, deployed, rolled_back"}));
    QCOMPARE(commitCount(m_repo->handle()), commits + 3);
    QCOMPARE(rolledBack.commitId.size(), 40);
}

void TestDeployment::failedRunGoesBackToApproved_data()
{
    QTest::addColumn<QString>("conclusion");
    QTest::addColumn<QString>("message");
    QTest::addRow("failure") << "failure" << "release(rel-2024-03-05-001): deploy run 30433642 failed: " + runUrl;
    QTest::addRow("cancelled") << "cancelled" << "release(rel-2024-03-05-001): deploy run 30433642 failed (cancelled): " + runUrl;
    QTest::addRow("not said") << QString() << "release(rel-2024-03-05-001): deploy run 30433642 failed: " + runUrl;
}

void TestDeployment::failedRunGoesBackToApproved()
{
    QFETCH(QString, conclusion);
    QFETCH(QString, message);
    writeAndCommit(manifestWithStatus("deploying"));
    Deployment deployment(*m_repo, path);
    const LifecycleOutcome failed = deployment.markFailed(realRun(30433642, conclusion));
    QVERIFY2(failed.ok(), qPrintable(failed.message));
    QCOMPARE(headMessage(m_repo->handle()), message);
    QCOMPARE(toString(parsed(fileNow()).release.status), toString(ReleaseStatus::Approved));
    QCOMPARE(changedLines(manifestWithStatus("deploying"), fileNow()).size(), 1);
}

void TestDeployment::dryRunsNeverTouchTheManifest()
{
    writeAndCommit(manifestWithStatus("approved"));
    const int commits = commitCount(m_repo->handle());
    Deployment deployment(*m_repo, path);
    DeploymentRun dry = realRun();
    dry.dryRun = true;
    for (const LifecycleOutcome &o : {deployment.markDeploying(dry), deployment.markDeployed(dry), deployment.markFailed(dry),
                                      deployment.markRolledBack(dry, QStringLiteral("x"))}) {
        QCOMPARE(o.kind, LifecycleOutcome::Kind::DryRun);
        QVERIFY2(o.message.contains(QLatin1String("dry run")), qPrintable(o.message));
    }
    QCOMPARE(fileNow(), manifestWithStatus("approved"));
    QCOMPARE(commitCount(m_repo->handle()), commits);
}

void TestDeployment::refusesWrongStates_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<int>("step");
    QTest::addRow("deploying a draft") << QByteArray("draft") << 0;
    QTest::addRow("deploying what is deployed") << QByteArray("deployed") << 0;
    QTest::addRow("deployed without deploying") << QByteArray("approved") << 1;
    QTest::addRow("failed without deploying") << QByteArray("deployed") << 2;
    QTest::addRow("rolling back what never deployed") << QByteArray("approved") << 3;
    QTest::addRow("rolling back twice") << QByteArray("rolled_back") << 3;
}

void TestDeployment::refusesWrongStates()
{
    QFETCH(QByteArray, status);
    QFETCH(int, step);
    const QByteArray text = manifestWithStatus(status.constData());
    writeAndCommit(text);
    const int commits = commitCount(m_repo->handle());
    Deployment deployment(*m_repo, path);
    const LifecycleOutcome o = step == 0 ? deployment.markDeploying(realRun())
        : step == 1                      ? deployment.markDeployed(realRun())
        : step == 2                      ? deployment.markFailed(realRun())
                                         : deployment.markRolledBack(realRun(), QStringLiteral("x"));
    QCOMPARE(o.kind, LifecycleOutcome::Kind::InvalidTransition);
    QVERIFY2(o.message.contains(path), qPrintable(o.message));
    QVERIFY2(o.message.contains(QString::fromLatin1(status)), qPrintable(o.message));
    QCOMPARE(fileNow(), text);
    QCOMPARE(commitCount(m_repo->handle()), commits);
}

void TestDeployment::refusesAFileChangedOnDisk()
{
    const QByteArray approved = manifestWithStatus("approved");
    writeAndCommit(approved);
    Deployment deployment(*m_repo, path);
    deployment.setExpectedBytes(approved);
    // Someone edits the file between the confirmation and the step.
    QByteArray edited = approved;
    edited.replace("release_manager: '@rm'", "release_manager: '@dan'");
    QVERIFY(writeFile(m_dir->filePath(path), edited));
    const int commits = commitCount(m_repo->handle());
    const LifecycleOutcome o = deployment.markDeploying(realRun());
    QCOMPARE(o.kind, LifecycleOutcome::Kind::ChangedOnDisk);
    QVERIFY2(o.message.contains(QLatin1String("changed on disk")), qPrintable(o.message));
    QVERIFY2(o.message.contains(path), qPrintable(o.message));
    QCOMPARE(fileNow(), edited);
    QCOMPARE(commitCount(m_repo->handle()), commits);
}

void TestDeployment::rollbackNeedsAReason()
{
    writeAndCommit(manifestWithStatus("deployed"));
    Deployment deployment(*m_repo, path);
    const LifecycleOutcome o = deployment.markRolledBack(realRun(), QStringLiteral("  \n "));
    QCOMPARE(o.kind, LifecycleOutcome::Kind::InvalidTransition);
    QVERIFY2(o.message.contains(QLatin1String("reason")), qPrintable(o.message));
    QCOMPARE(fileNow(), manifestWithStatus("deployed"));
}

void TestDeployment::gates()
{
    const DeployGate ready = deployGate(parsed(manifestWithStatus("approved")));
    QVERIFY2(ready.allowed, qPrintable(ready.blockers.join(QLatin1Char('\n'))));
    QVERIFY(ready.blockers.isEmpty());

    QByteArray pending = manifestWithStatus("approved");
    pending.replace("    sign_off: approved\n    approved_by: '@alice'\n    approved_at: '2024-03-04T10:00:00Z'\n", "    sign_off: pending\n");
    const Manifest blockedManifest = parsed(pending);
    const DeployGate blocked = deployGate(blockedManifest);
    QVERIFY(!blocked.allowed);
    QCOMPARE(blocked.blockers, checkReadiness(blockedManifest).blockers);
    QVERIFY2(blocked.blockers.join(QLatin1Char('\n')).contains(QLatin1String("api: sign-off pending")),
             qPrintable(blocked.blockers.join(QLatin1Char('\n'))));

    QVERIFY(!deployGate(parsed(manifestWithStatus("deployed"))).allowed);
    QVERIFY(rollbackGate(parsed(manifestWithStatus("deployed"))).allowed);
    const DeployGate notDeployed = rollbackGate(parsed(manifestWithStatus("approved")));
    QVERIFY(!notDeployed.allowed);
    QCOMPARE(notDeployed.blockers, QStringList{QStringLiteral("status is approved: only a deployed release can be rolled back")});
}

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"

// releasectl fetch and push, run as the real binary against a bare repository and two clones.

#include "../core/sync/synctestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using namespace rc::test;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_RemoteCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void fetchShowsAheadAndBehind();
    void fetchJson();
    void pushFastForward();
    void nothingToPush();
    void pushReappliesWhenTheUpstreamMoved();
    void pushConflictStopsWithBothSides();
    void pushConflictJson();
    void badInput_data();
    void badInput();

private:
    Result run(const QStringList &args, const QString &workdir) const;
    void pushFrom(const QString &clone);

    std::unique_ptr<QTemporaryDir> m_dir;
    SyncFixture m_fixture;
    QString m_one;
    QString m_two;
};

Result tst_RemoteCommands::run(const QStringList &args, const QString &workdir) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No identity, helper or token of the host may leak in.
    env.insert(QStringLiteral("HOME"), m_dir->path() + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path() + QStringLiteral("/home/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GH_TOKEN", "GITHUB_TOKEN", "SSH_AUTH_SOCK"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workdir);
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/releasectl"), args);
    Result result;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<timed out>");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_RemoteCommands::pushFrom(const QString &clone)
{
    const Result result = run({QStringLiteral("push")}, clone);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void tst_RemoteCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = SyncFixture();
    QVERIFY2(m_fixture.setUp(m_dir->path()), qPrintable(m_fixture.error));
    m_one = m_fixture.clone(QStringLiteral("one"), QStringLiteral("@alice"));
    m_two = m_fixture.clone(QStringLiteral("two"), QStringLiteral("@dan"));
    QVERIFY2(!m_one.isEmpty() && !m_two.isEmpty(), qPrintable(m_fixture.error));
}

void tst_RemoteCommands::fetchShowsAheadAndBehind()
{
    QVERIFY(!m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    pushFrom(m_one);
    QVERIFY(!m_fixture.commitEdit(m_two, ChecklistEdit{6, true, "@dan", at(10)}).isEmpty());
    QVERIFY(!m_fixture.commitEdit(m_two, ChecklistEdit{0, true, "@dan", at(11)}).isEmpty());
    const Result result = run({QStringLiteral("fetch")}, m_two);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("main is 2 ahead, 1 behind origin/main\n"));
}

void tst_RemoteCommands::fetchJson()
{
    QVERIFY(!m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    pushFrom(m_one);
    const Result result = run({QStringLiteral("fetch"), QStringLiteral("--json")}, m_two);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(o.value("branch").toString(), QStringLiteral("main"));
    QCOMPARE(o.value("upstream").toString(), QStringLiteral("origin/main"));
    QCOMPARE(o.value("remote").toString(), QStringLiteral("origin"));
    QCOMPARE(o.value("url").toString(), m_fixture.barePath());
    QCOMPARE(o.value("upstream_exists").toBool(), true);
    QCOMPARE(o.value("ahead").toInt(), 0);
    QCOMPARE(o.value("behind").toInt(), 1);
}

void tst_RemoteCommands::pushFastForward()
{
    const QString id = m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)});
    const Result result = run({QStringLiteral("push")}, m_one);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("pushed main to origin/main\n"));
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), id);
}

void tst_RemoteCommands::nothingToPush()
{
    const Result result = run({QStringLiteral("push")}, m_one);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("nothing to push: main is up to date with origin/main\n"));
}

void tst_RemoteCommands::pushReappliesWhenTheUpstreamMoved()
{
    const SignOffEdit approve{"api", SignOff::Approved, "@alice", {}, at(9)};
    const ChecklistEdit tick{6, true, "@dan", at(10)};
    QVERIFY(!m_fixture.commitEdit(m_one, approve).isEmpty());
    QVERIFY(!m_fixture.commitEdit(m_two, tick).isEmpty());
    pushFrom(m_one);
    const Result result = run({QStringLiteral("--repo"), m_two, QStringLiteral("push")}, m_dir->path());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("origin/main had moved: re-applied 1 commit on top of it\npushed main to origin/main\n"));
    const QByteArray expected = SyncFixture::seedWith({approve, tick});
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest), expected);
    QCOMPARE(readFile(m_two + QLatin1Char('/') + kManifest), expected);
}

void tst_RemoteCommands::pushConflictStopsWithBothSides()
{
    const QString theirs = m_fixture.commitEdit(m_one, ApprovalEdit{"Tech Lead", ApprovalStatus::Approved, "@alice", {}, at(9)});
    const QString ours = m_fixture.commitEdit(m_two, ApprovalEdit{"Tech Lead", ApprovalStatus::Rejected, "@dan", "no rollback plan", at(10)});
    QVERIFY(!theirs.isEmpty() && !ours.isEmpty());
    pushFrom(m_one);
    const QByteArray before = readFile(m_two + QLatin1Char('/') + kManifest);
    const Result result = run({QStringLiteral("push")}, m_two);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith("releasectl: not pushed: origin/main changed the same decisions differently; nothing was lost"),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("\n  releases/rel-2024-01-15-001.yaml: approval Tech Lead\n"
                                 "    ours:   rejected by @dan at 2024-01-15T10:00:00Z: no rollback plan  (" + ours.left(8)),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("\n    theirs: approved by @alice at 2024-01-15T09:00:00Z\n"), qPrintable(result.err));
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), theirs);
    QCOMPARE(SyncFixture::refAt(m_two, "HEAD"), ours);
    QCOMPARE(readFile(m_two + QLatin1Char('/') + kManifest), before);
    QVERIFY(result.err.contains("releasectl push --keep-mine"));

    // Once agreed, ours goes on top of theirs.
    const Result kept = run({QStringLiteral("push"), QStringLiteral("--keep-mine")}, m_two);
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
    QVERIFY2(kept.out.contains("approval Tech Lead set to ours (rejected by @dan"), qPrintable(kept.out));
    QCOMPARE(SyncFixture::blob(m_fixture.barePath(), "main:" + kManifest),
             SyncFixture::seedWith({ApprovalEdit{"Tech Lead", ApprovalStatus::Approved, "@alice", {}, at(9)},
                                    ApprovalEdit{"Tech Lead", ApprovalStatus::Rejected, "@dan", "no rollback plan", at(10)}}));
}

void tst_RemoteCommands::pushConflictJson()
{
    QVERIFY(!m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    QVERIFY(!m_fixture.commitEdit(m_two, SignOffEdit{"api", SignOff::Rejected, "@dan", "500s on upload", at(10)}).isEmpty());
    pushFrom(m_one);
    const Result result = run({QStringLiteral("push"), QStringLiteral("--json")}, m_two);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(o.value("result").toString(), QStringLiteral("conflicts"));
    QCOMPARE(o.value("ahead").toInt(), 1);
    QCOMPARE(o.value("behind").toInt(), 1);
    const QJsonArray conflicts = o.value("conflicts").toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.at(0).toObject();
    QCOMPARE(c.value("file").toString(), kManifest);
    QCOMPARE(c.value("release").toString(), QStringLiteral("rel-2024-01-15-001"));
    QCOMPARE(c.value("field").toString(), QStringLiteral("api sign-off"));
    QCOMPARE(c.value("base").toObject().value("value").toString(), QStringLiteral("pending"));
    QCOMPARE(c.value("ours").toObject().value("value").toString(), QStringLiteral("rejected"));
    QCOMPARE(c.value("ours").toObject().value("by").toString(), QStringLiteral("@dan"));
    QCOMPARE(c.value("ours").toObject().value("reason").toString(), QStringLiteral("500s on upload"));
    QCOMPARE(c.value("theirs").toObject().value("value").toString(), QStringLiteral("approved"));
    QCOMPARE(c.value("theirs").toObject().value("by").toString(), QStringLiteral("@alice"));
    QCOMPARE(c.value("theirs").toObject().value("at").toString(), QStringLiteral("2024-01-15T09:00:00Z"));
}

void tst_RemoteCommands::badInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("push, detached HEAD") << "detached" << QStringList{"push"} << 1
                                         << "releasectl: HEAD is detached (not on a branch)";
    QTest::addRow("fetch, detached HEAD") << "detached" << QStringList{"fetch"} << 1
                                          << "releasectl: HEAD is detached (not on a branch)";
    QTest::addRow("push, no upstream") << "no upstream" << QStringList{"push"} << 1
                                       << "releasectl: the branch main has no upstream; set one with git branch --set-upstream-to=origin/main";
    QTest::addRow("fetch, unreachable") << "unreachable" << QStringList{"fetch"} << 1
                                        << "releasectl: cannot fetch from origin (https://127.0.0.1:1/remote.git)";
    QTest::addRow("push, no credentials") << "unreachable" << QStringList{"push"} << 1
                                          << "releasectl: cannot push to origin (https://127.0.0.1:1/remote.git)";
    QTest::addRow("push with an argument") << "" << QStringList{"push", "origin"} << 2
                                           << "releasectl: push takes no arguments";
    QTest::addRow("push, both resolutions") << "" << QStringList{"push", "--keep-mine", "--take-theirs"} << 2
                                            << "releasectl: push takes --keep-mine or --take-theirs, not both";
    QTest::addRow("fetch, unknown option") << "" << QStringList{"fetch", "--all"} << 2 << "releasectl: Unknown option 'all'";
}

void tst_RemoteCommands::badInput()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(!m_fixture.commitEdit(m_one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    git_repository *r = nullptr;
    QCOMPARE(git_repository_open(&r, QFile::encodeName(m_one).constData()), 0);
    if (setup == QLatin1String("detached")) {
        git_oid head;
        QCOMPARE(git_reference_name_to_id(&head, r, "HEAD"), 0);
        QCOMPARE(git_repository_set_head_detached(r, &head), 0);
    } else if (setup == QLatin1String("no upstream")) {
        git_config *config = nullptr;
        QCOMPARE(git_repository_config(&config, r), 0);
        QCOMPARE(git_config_delete_entry(config, "branch.main.remote"), 0);
        QCOMPARE(git_config_delete_entry(config, "branch.main.merge"), 0);
        git_config_free(config);
    } else if (setup == QLatin1String("unreachable")) {
        QCOMPARE(git_remote_set_url(r, "origin", "https://127.0.0.1:1/remote.git"), 0);
    }
    git_repository_free(r);
    const QString headBefore = SyncFixture::refAt(m_one, "HEAD");
    const QString upstreamBefore = SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main");
    const Result result = run(args, m_one);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // one line
    QCOMPARE(SyncFixture::refAt(m_one, "HEAD"), headBefore);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), upstreamBefore);
}

QTEST_GUILESS_MAIN(tst_RemoteCommands)
#include "tst_remotecommands.moc"

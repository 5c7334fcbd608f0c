// releasectl deploy, rollback, dispatch and watch: the real binary, run with QProcess while this
// process's event loop serves FakeGitHub on 127.0.0.1, on copies of the demo clone. Runs move on
// the fake's automatic progress at a small scale, so a watched run ends in a fraction of a second.

#include "demo/demoworkspace.h"
#include "git/repository.h"
#include "fakegithub/fakegithub.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>
#include <unistd.h>

using namespace rc;
using fakegithub::FakeGitHub;
using fakegithub::Permission;

namespace {

const QString token = QStringLiteral("fake-token-alice-deploys");
const QString hotfix = QStringLiteral("rel-2024-01-10-hotfix-001"); // approved and ready in the demo
const QString hotfixFile = QStringLiteral("releases/rel-2024-01-10-hotfix-001.yaml");
const QString deployed = QStringLiteral("rel-2024-01-08-001"); // deployed in the demo
const QString pending = QStringLiteral("rel-2024-01-15-001"); // pending approval in the demo

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The commit messages from HEAD back, newest first, read with libgit2.
QStringList log(const QString &workdir, int count)
{
    QStringList messages;
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(workdir).constData()) != 0)
        return messages;
    git_object *object = nullptr;
    if (git_revparse_single(&object, repo, "HEAD") == 0) {
        git_commit *commit = reinterpret_cast<git_commit *>(object);
        git_commit *owned = nullptr;
        for (int i = 0; i < count && commit; ++i) {
            messages << QString::fromUtf8(git_commit_message(commit)).trimmed();
            git_commit *parent = nullptr;
            if (git_commit_parent(&parent, commit, 0) != 0)
                parent = nullptr;
            if (owned)
                git_commit_free(owned);
            owned = parent;
            commit = parent;
        }
        if (owned)
            git_commit_free(owned);
        git_object_free(object);
    }
    git_repository_free(repo);
    return messages;
}

QString statusOf(const QString &workdir, const QString &file)
{
    const QByteArray text = readFile(workdir + QLatin1Char('/') + file);
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (line.startsWith("  status:"))
            return QString::fromUtf8(trimmed.mid(7).split('#').first().trimmed());
    }
    return {};
}

} // namespace

class tst_DeployCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dryRunDeploy();
    void realDeployWatched();
    void failedRunGoesBackToApproved();
    void blockedReleaseExitsThree();
    void rollbackArguments_data();
    void rollbackArguments();
    void realRollbackWatched();
    void watchCompletesADeploy();
    void watchCompletesARollbackWhenToldWhy();
    void jsonShape();
    void inFlightRunRefuses();
    void dispatchAnyAction();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QString &workdir);
    QString freshDemo();
    bool restoreManifests();

    QTemporaryDir m_root;
    QString m_binary;
    QString m_home;
    QString m_pristine;
    QString m_demo;
    int m_clones = 0;
    std::unique_ptr<FakeGitHub> m_server;
};

void tst_DeployCommands::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(writeFile(m_home + QLatin1String("/.gitconfig"),
                      "[user]\n\tname = Rita Manager\n\temail = rita@example.com\n[releaseconsole]\n\tuser = @rm\n"));
    git_libgit2_init();
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_home).constData());
    const core::Expected<QString> pristine = core::createDemoWorkspace(m_root.filePath(QStringLiteral("pristine")));
    QVERIFY2(pristine, qPrintable(pristine ? QString() : pristine.error().toString()));
    m_pristine = *pristine;
    m_demo = freshDemo();
    QVERIFY(!m_demo.isEmpty());
}

void tst_DeployCommands::init()
{
    QVERIFY(restoreManifests());
    m_server = std::make_unique<FakeGitHub>();
    m_server->setRepository(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
    m_server->addToken(token, QStringLiteral("rm-rita"), Permission::Write);
    fakegithub::WorkflowSpec workflow = fakegithub::releaseTrainWorkflow();
    for (fakegithub::JobSpec &job : workflow.jobs) {
        for (fakegithub::StepSpec &step : job.steps)
            step.durationMs = 100;
    }
    m_server->addWorkflow(workflow);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->startAutomaticProgress(0.2);
}

void tst_DeployCommands::cleanup()
{
    m_server.reset();
}

// A copy of the pristine demo: building one per test would cost seconds under the sanitizers.
// Git objects never change once written, so they are hard-linked rather than copied.
QString tst_DeployCommands::freshDemo()
{
    const QString target = m_root.filePath(QStringLiteral("demo-%1").arg(++m_clones));
    QDirIterator it(m_pristine, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString relative = QDir(m_pristine).relativeFilePath(from);
        const QString to = target + QLatin1Char('/') + relative;
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(to))
                return {};
            continue;
        }
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return {};
        const bool object = relative.startsWith(QLatin1String(".git/objects/"));
        if (object && ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
            continue;
        if (!QFile::copy(from, to))
            return {};
    }
    return target;
}

// Every test starts from the demo's manifests: what an earlier test changed is put back and
// committed, which leaves the history of each test's own commits on top.
bool tst_DeployCommands::restoreManifests()
{
    bool changed = false;
    for (QDirIterator it(m_pristine + QStringLiteral("/releases"), QDir::Files); it.hasNext();) {
        const QString from = it.next();
        const QString to = m_demo + QStringLiteral("/releases/") + it.fileName();
        const QByteArray pristine = readFile(from);
        if (readFile(to) != pristine) {
            if (!writeFile(to, pristine))
                return false;
            changed = true;
        }
    }
    if (!changed)
        return true;
    core::Expected<core::Repository> repo = core::Repository::discover(m_demo);
    return repo && repo->commitAll(QStringLiteral("test: back to the demo's manifests"),
                                   {QStringLiteral("Test"), QStringLiteral("test@example.com")});
}

tst_DeployCommands::Result tst_DeployCommands::run(const QStringList &args, const QString &workdir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QLatin1String("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("GH_TOKEN"), token);
    env.remove(QStringLiteral("GITHUB_TOKEN"));
    env.insert(QStringLiteral("GITHUB_API_URL"), m_server->baseUrl().toString());
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workdir);
    process.start(m_binary, args);
    Result result;
    // The fake answers from this thread's event loop, so wait while processing events.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<timed out>");
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    // Whatever happened, the token never shows.
    if (result.out.contains(token) || result.err.contains(token))
        qFatal("the token appeared in releasectl's output");
    return result;
}

#define RESULT_TEXT(r) qPrintable(QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg((r).exitCode).arg((r).out, (r).err))

void tst_DeployCommands::dryRunDeploy()
{
    const QString demo = m_demo;
    const QStringList before = log(demo, 1);
    const Result r = run({QStringLiteral("deploy"), hotfix}, demo);
    QVERIFY2(r.exitCode == 0, RESULT_TEXT(r));
    // What will happen, before it happens.
    for (const QString &mention : {QStringLiteral("Deploy rel-2024-01-10-hotfix-001 to production: DRY RUN"),
                                   QStringLiteral("repository nedlia/nedlia, workflow release-train.yml on main"),
                                   QStringLiteral("components:"), QStringLiteral("validation-service  v1.1.0 → v1.1.1"),
                                   QStringLiteral("releasectl watch")})
        QVERIFY2(r.out.contains(mention), qPrintable(mention + QLatin1String(" not in\n") + r.out));
    QCOMPARE(m_server->runIds().size(), 1);
    const fakegithub::RunState state = m_server->run(m_server->runIds().first());
    QVERIFY2(r.out.contains(QStringLiteral("Run %1 started").arg(state.id)), RESULT_TEXT(r));
    QCOMPARE(state.inputs.value("dry_run").toString(), QStringLiteral("true"));
    QCOMPARE(state.inputs.value("action").toString(), QStringLiteral("deploy_production"));
    QCOMPARE(state.inputs.value("release_id").toString(), hotfix);
    // A dry run never touches the manifest.
    QCOMPARE(statusOf(demo, hotfixFile), QStringLiteral("approved"));
    QCOMPARE(log(demo, 1), before);
}

void tst_DeployCommands::realDeployWatched()
{
    const QString demo = m_demo;
    const Result r = run({QStringLiteral("deploy"), hotfix, QStringLiteral("--no-dry-run"), QStringLiteral("--watch"),
                          QStringLiteral("--interval"), QStringLiteral("30")},
                         demo);
    QVERIFY2(r.exitCode == 0, RESULT_TEXT(r));
    QCOMPARE(m_server->runIds().size(), 1);
    const qint64 runId = m_server->runIds().first();
    QCOMPARE(m_server->run(runId).inputs.value("dry_run").toString(), QStringLiteral("false"));
    QCOMPARE(statusOf(demo, hotfixFile), QStringLiteral("deployed"));
    const QString url = m_server->baseUrl().toString() + QStringLiteral("/nedlia/nedlia/actions/runs/%1").arg(runId);
    QCOMPARE(log(demo, 2), (QStringList{QStringLiteral("release(%1): deployed, run %2 succeeded: %3").arg(hotfix).arg(runId).arg(url),
                                        QStringLiteral("release(%1): deploying, run %2: %3").arg(hotfix).arg(runId).arg(url)}));
    // Not a terminal: plain change lines, no cursor movement.
    QVERIFY2(!r.out.contains(QLatin1String("\x1b[")), RESULT_TEXT(r));
    QVERIFY2(r.out.contains(QLatin1String("REAL RUN")), RESULT_TEXT(r));
    QVERIFY2(r.out.contains(QLatin1String("success")), RESULT_TEXT(r));
    QVERIFY2(r.out.contains(QLatin1String("deploy")), RESULT_TEXT(r));
}

void tst_DeployCommands::failedRunGoesBackToApproved()
{
    m_server = std::make_unique<FakeGitHub>();
    m_server->setRepository(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
    m_server->addToken(token, QStringLiteral("rm-rita"), Permission::Write);
    fakegithub::WorkflowSpec workflow = fakegithub::releaseTrainWorkflow();
    for (fakegithub::JobSpec &job : workflow.jobs) {
        for (fakegithub::StepSpec &step : job.steps)
            step.durationMs = 100;
    }
    workflow.jobs[1].steps[1].fails = true;
    m_server->addWorkflow(workflow);
    QVERIFY(m_server->listen());
    m_server->startAutomaticProgress(0.2);

    const QString demo = m_demo;
    const Result r = run({QStringLiteral("deploy"), hotfix, QStringLiteral("--no-dry-run"), QStringLiteral("--watch"),
                          QStringLiteral("--interval"), QStringLiteral("30")},
                         demo);
    QVERIFY2(r.exitCode == 1, RESULT_TEXT(r));
    const qint64 runId = m_server->runIds().first();
    const QString url = m_server->baseUrl().toString() + QStringLiteral("/nedlia/nedlia/actions/runs/%1").arg(runId);
    QCOMPARE(statusOf(demo, hotfixFile), QStringLiteral("approved"));
    QCOMPARE(log(demo, 1), QStringList{QStringLiteral("release(%1): deploy run %2 failed: %3").arg(hotfix).arg(runId).arg(url)});
    QVERIFY2(r.out.contains(QLatin1String("failure")), RESULT_TEXT(r));
}

void tst_DeployCommands::blockedReleaseExitsThree()
{
    const QString demo = m_demo;
    const QStringList before = log(demo, 1);
    const Result r = run({QStringLiteral("deploy"), pending, QStringLiteral("--no-dry-run")}, demo);
    QVERIFY2(r.exitCode == 3, RESULT_TEXT(r));
    QVERIFY2(r.err.contains(QLatin1String("may not deploy")), RESULT_TEXT(r));
    QVERIFY2(r.err.contains(QLatin1String("portal: sign-off pending")) || r.err.contains(QLatin1String("sign-off pending")), RESULT_TEXT(r));
    QVERIFY2(r.err.contains(QLatin1String("Tech Lead")), RESULT_TEXT(r));
    QCOMPARE(m_server->runIds().size(), 0);
    QCOMPARE(m_server->counters().requests, 0);
    QCOMPARE(log(demo, 1), before);
}

void tst_DeployCommands::rollbackArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::addRow("no reason") << QStringList{"rollback", deployed} << 2 << "needs a reason";
    QTest::addRow("not deployed") << QStringList{"rollback", hotfix, "--reason", "x"} << 3 << "only a deployed release can be rolled back";
    QTest::addRow("a reason on a deploy") << QStringList{"deploy", hotfix, "--reason", "x"} << 2 << "--reason is for a rollback";
    QTest::addRow("watch without a number") << QStringList{"watch", "latest"} << 2 << "a number";
}

void tst_DeployCommands::rollbackArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    const Result r = run(args, m_demo);
    QVERIFY2(r.exitCode == exitCode, RESULT_TEXT(r));
    QVERIFY2((r.out + r.err).contains(mention), RESULT_TEXT(r));
    QCOMPARE(m_server->runIds().size(), 0);
}

void tst_DeployCommands::realRollbackWatched()
{
    const QString demo = m_demo;
    const Result r = run({QStringLiteral("rollback"), deployed, QStringLiteral("--reason"), QStringLiteral("error rate doubled"),
                          QStringLiteral("--no-dry-run"), QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("30")},
                         demo);
    QVERIFY2(r.exitCode == 0, RESULT_TEXT(r));
    const qint64 runId = m_server->runIds().first();
    const fakegithub::RunState state = m_server->run(runId);
    QCOMPARE(state.inputs.value("reason").toString(), QStringLiteral("error rate doubled"));
    QCOMPARE(state.inputs.value("action").toString(), QStringLiteral("rollback"));
    QCOMPARE(statusOf(demo, QStringLiteral("releases/rel-2024-01-08-001.yaml")), QStringLiteral("rolled_back"));
    const QString message = log(demo, 1).value(0);
    QVERIFY2(message.startsWith(QStringLiteral("release(%1): rolled back, run %2: ").arg(deployed).arg(runId)), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("Reason: error rate doubled")), qPrintable(message));
}

void tst_DeployCommands::watchCompletesADeploy()
{
    const QString demo = m_demo;
    m_server->stopAutomaticProgress();
    const Result dispatched = run({QStringLiteral("deploy"), hotfix, QStringLiteral("--no-dry-run")}, demo);
    QVERIFY2(dispatched.exitCode == 0, RESULT_TEXT(dispatched));
    const qint64 runId = m_server->runIds().first();
    QCOMPARE(statusOf(demo, hotfixFile), QStringLiteral("deploying"));
    QVERIFY2(dispatched.out.contains(QStringLiteral("releasectl watch %1").arg(runId)), RESULT_TEXT(dispatched));

    m_server->startAutomaticProgress(0.2);
    const Result watched = run({QStringLiteral("watch"), QString::number(runId), QStringLiteral("--interval"), QStringLiteral("30")}, demo);
    QVERIFY2(watched.exitCode == 0, RESULT_TEXT(watched));
    QCOMPARE(statusOf(demo, hotfixFile), QStringLiteral("deployed"));
    // Plain lines, one per change: the run, then its jobs and steps as they move.
    const QStringList lines = watched.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 5, RESULT_TEXT(watched));
    QVERIFY2(!watched.out.contains(QLatin1String("\x1b[")), RESULT_TEXT(watched));
    QVERIFY2(watched.out.contains(QStringLiteral("deploy_production %1").arg(hotfix)), RESULT_TEXT(watched));
    QVERIFY2(watched.out.contains(QLatin1String("deployed")), RESULT_TEXT(watched));

}

void tst_DeployCommands::watchCompletesARollbackWhenToldWhy()
{
    const QString demo = m_demo;
    m_server->stopAutomaticProgress();
    const Result dispatched = run({QStringLiteral("rollback"), deployed, QStringLiteral("--reason"), QStringLiteral("p99 latency doubled"),
                                   QStringLiteral("--no-dry-run")},
                                  demo);
    QVERIFY2(dispatched.exitCode == 0, RESULT_TEXT(dispatched));
    const qint64 runId = m_server->runIds().first();
    // Nothing is marked until the run has succeeded.
    QCOMPARE(statusOf(demo, QStringLiteral("releases/rel-2024-01-08-001.yaml")), QStringLiteral("deployed"));
    QVERIFY2(dispatched.out.contains(QStringLiteral("releasectl watch %1 --reason 'p99 latency doubled'").arg(runId)), RESULT_TEXT(dispatched));

    m_server->startAutomaticProgress(0.2);
    const Result plain = run({QStringLiteral("watch"), QString::number(runId), QStringLiteral("--interval"), QStringLiteral("30")}, demo);
    QVERIFY2(plain.exitCode == 0, RESULT_TEXT(plain));
    QCOMPARE(statusOf(demo, QStringLiteral("releases/rel-2024-01-08-001.yaml")), QStringLiteral("deployed"));

    const Result told = run({QStringLiteral("watch"), QString::number(runId), QStringLiteral("--reason"), QStringLiteral("p99 latency doubled"),
                             QStringLiteral("--interval"), QStringLiteral("30")},
                            demo);
    QVERIFY2(told.exitCode == 0, RESULT_TEXT(told));
    QCOMPARE(statusOf(demo, QStringLiteral("releases/rel-2024-01-08-001.yaml")), QStringLiteral("rolled_back"));
    QVERIFY(log(demo, 1).value(0).endsWith(QLatin1String("Reason: p99 latency doubled")));

}

void tst_DeployCommands::jsonShape()
{
    const QString demo = m_demo;
    const Result r = run({QStringLiteral("deploy"), hotfix, QStringLiteral("--watch"), QStringLiteral("--json"),
                          QStringLiteral("--interval"), QStringLiteral("30")},
                         demo);
    QVERIFY2(r.exitCode == 0, RESULT_TEXT(r));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, RESULT_TEXT(r));
    QCOMPARE(o.keys(), (QStringList{"action", "components", "dispatch", "dry_run", "ref", "release", "repository", "run", "workflow"}));
    QCOMPARE(o.value("release").toString(), hotfix);
    QCOMPARE(o.value("action").toString(), QStringLiteral("deploy_production"));
    QCOMPARE(o.value("dry_run").toBool(), true);
    QCOMPARE(o.value("repository").toString(), QStringLiteral("nedlia/nedlia"));
    QCOMPARE(o.value("workflow").toString(), QStringLiteral("release-train.yml"));
    QCOMPARE(o.value("ref").toString(), QStringLiteral("main"));
    const QJsonObject component = o.value("components").toArray().first().toObject();
    QCOMPARE(component.keys(), (QStringList{"current_version", "name", "new_version"}));
    const QJsonObject dispatch = o.value("dispatch").toObject();
    QCOMPARE(dispatch.keys(), (QStringList{"correlation_id", "html_url", "message", "run_id", "status", "warnings"}));
    QCOMPARE(dispatch.value("status").toString(), QStringLiteral("dispatched"));
    QCOMPARE(dispatch.value("run_id").toInteger(), m_server->runIds().first());
    QVERIFY(dispatch.value("correlation_id").toString().startsWith(QLatin1String("rc-")));
    const QJsonObject runObject = o.value("run").toObject();
    QCOMPARE(runObject.keys(), (QStringList{"conclusion", "display_title", "html_url", "id", "jobs", "log_tails", "name",
                                            "pending_deployments", "run_attempt", "status"}));
    QCOMPARE(runObject.value("status").toString(), QStringLiteral("completed"));
    QCOMPARE(runObject.value("conclusion").toString(), QStringLiteral("success"));
    const QJsonObject job = runObject.value("jobs").toArray().first().toObject();
    QCOMPARE(job.keys(), (QStringList{"completed_at", "conclusion", "id", "name", "started_at", "status", "steps"}));
    QCOMPARE(job.value("steps").toArray().first().toObject().keys(), (QStringList{"conclusion", "name", "number", "status"}));
    QVERIFY2(r.err.isEmpty(), RESULT_TEXT(r));

    const Result blocked = run({QStringLiteral("deploy"), pending, QStringLiteral("--json")}, demo);
    QCOMPARE(blocked.exitCode, 3);
    const QJsonObject b = QJsonDocument::fromJson(blocked.out.toUtf8()).object();
    QCOMPARE(b.value("blocked").toBool(), true);
    QVERIFY(!b.value("blockers").toArray().isEmpty());
}

void tst_DeployCommands::inFlightRunRefuses()
{
    m_server->stopAutomaticProgress();
    // Started from another machine.
    const qint64 elsewhere = m_server->createRun(161335, QStringLiteral("main"),
                                                 QJsonObject{{"release_id", hotfix}, {"action", "deploy_production"},
                                                             {"correlation_id", "rc-aaaaaaaaaaaaa"}});
    const Result r = run({QStringLiteral("deploy"), hotfix, QStringLiteral("--no-dry-run")}, m_demo);
    QVERIFY2(r.exitCode == 1, RESULT_TEXT(r));
    QVERIFY2(r.err.contains(QStringLiteral("run %1").arg(elsewhere)), RESULT_TEXT(r));
    QVERIFY2(r.err.contains(QLatin1String("queued")), RESULT_TEXT(r));
    QCOMPARE(m_server->runIds().size(), 1);
}

void tst_DeployCommands::dispatchAnyAction()
{
    const QString demo = m_demo;
    const Result r = run({QStringLiteral("dispatch"), QStringLiteral("rel-2024-02-01-001"), QStringLiteral("create_release"),
                          QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("30")},
                         demo);
    QVERIFY2(r.exitCode == 0, RESULT_TEXT(r));
    const fakegithub::RunState state = m_server->run(m_server->runIds().first());
    QCOMPARE(state.inputs.value("action").toString(), QStringLiteral("create_release"));
    QCOMPARE(state.inputs.value("release_id").toString(), QStringLiteral("rel-2024-02-01-001"));
    QVERIFY(state.inputs.value("reason").toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_DeployCommands)
#include "tst_deploycommands.moc"

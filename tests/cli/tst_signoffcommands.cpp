// releasectl signoffs request|check, the real binary against FakeGitHub in this process: the
// event loop runs while the child works, so the server answers it.

#include "../core/git/gittestutil.h"

#include "fakegithub/fakegithub.h"
#include "git/repository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rc;
using namespace rc::test;
using fakegithub::FakeGitHub;
namespace fake = rc::fakegithub;

namespace {

const QString token = QStringLiteral("fake-token-cliSignoffsDoNotPrint42");
const QString manifestPath = QStringLiteral("releases/rel-2024-03-05-001.yaml");

const QByteArray manifestText = R"(release:
  id: rel-2024-03-05-001
  status: pending_approval

components:
  - name: api
    new_version: v1.3.0
    team_lead: '@alice'
    sign_off: pending # pending, approved, rejected
  - name: portal
    team_lead: '@carol'
    sign_off: pending
  - name: workers
    sign_off: not_required
)";

const QByteArray rulesText = R"(components:
  - name: api
    paths: [api/]
    team_lead: '@alice'
  - name: portal
    paths: [portal/]
    team_lead: '@carol'
    allowed_users: ['@dan']
  - name: workers
    paths: [workers/]
)";

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_SignoffCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestAndCheck();
    void jsonAndNoCommit();
    void invalidInput_data();
    void invalidInput();
    void failures_data();
    void failures();

private:
    Result run(const QStringList &args, const QString &tokenValue = token);
    QString makeClone();
    QString headId(const QString &clone);
    int issueNumber(const QString &component);

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_home;
    std::unique_ptr<FakeGitHub> m_server;
    QString m_clone;
    int m_clones = 0;
};

void tst_SignoffCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    isolateGitConfig(m_home);
}

void tst_SignoffCommands::init()
{
    m_server = std::make_unique<FakeGitHub>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setNow(QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC));
    m_server->addToken(token, QStringLiteral("release-bot"), fake::Permission::Write);
    m_server->setCollaboratorPermission(QStringLiteral("alice"), fake::Permission::Write);
    m_server->setCollaboratorPermission(QStringLiteral("carol"), fake::Permission::Admin);
    m_server->setCollaboratorPermission(QStringLiteral("dan"), fake::Permission::Read);
    m_clone = makeClone();
    QVERIFY(!m_clone.isEmpty());
}

void tst_SignoffCommands::cleanup()
{
    m_server.reset();
}

QString tst_SignoffCommands::makeClone()
{
    const QString path = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
    core::Expected<core::Repository> repo = core::Repository::init(path);
    if (!repo || !writeFile(path + QStringLiteral("/.release-console.yaml"), rulesText)
        || !writeFile(path + QLatin1Char('/') + manifestPath, manifestText))
        return {};
    if (!repo->commitAll(QStringLiteral("Rules and a release"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
        return {};
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, QFile::encodeName(path).constData()) != 0)
        return {};
    git_remote *remote = nullptr;
    bool ok = git_remote_create(&remote, raw, "origin", "https://github.com/octo-org/octo-repo.git") == 0;
    git_remote_free(remote);
    ok = ok && setConfig(raw, "user.name", QStringLiteral("Release Bot"))
        && setConfig(raw, "user.email", QStringLiteral("bot@example.com"));
    git_repository_free(raw);
    return ok ? path : QString();
}

Result tst_SignoffCommands::run(const QStringList &args, const QString &tokenValue)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QLatin1String("/.config"));
    env.remove(QStringLiteral("GITHUB_TOKEN"));
    if (tokenValue.isEmpty())
        env.remove(QStringLiteral("GH_TOKEN"));
    else
        env.insert(QStringLiteral("GH_TOKEN"), tokenValue);
    env.insert(QStringLiteral("GITHUB_API_URL"), m_server->baseUrl().toString());
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_clone);
    // The server lives in this thread: wait in an event loop, never in waitForFinished().
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    process.start(m_binary, args);
    loop.exec();
    Result result;
    if (process.state() != QProcess::NotRunning) {
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

QString tst_SignoffCommands::headId(const QString &clone)
{
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, QFile::encodeName(clone).constData()) != 0)
        return {};
    git_oid oid;
    QString id;
    if (git_reference_name_to_id(&oid, raw, "HEAD") == 0)
        id = QString::fromLatin1(git_oid_tostr_s(&oid));
    git_repository_free(raw);
    return id;
}

int tst_SignoffCommands::issueNumber(const QString &component)
{
    for (const fake::IssueState &i : m_server->issues())
        if (i.labels.contains(component))
            return i.number;
    return 0;
}

void tst_SignoffCommands::requestAndCheck()
{
    const Result requested = run({QStringLiteral("signoffs"), QStringLiteral("request"), QStringLiteral("rel-2024-03-05-001")});
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.out + requested.err));
    const int api = issueNumber(QStringLiteral("api"));
    const int portal = issueNumber(QStringLiteral("portal"));
    QVERIFY(api > 0 && portal > 0);
    QVERIFY2(requested.out.contains(QStringLiteral("api:")) && requested.out.contains(QStringLiteral("created #%1").arg(api))
                 && requested.out.contains(QStringLiteral("/issues/%1").arg(api)),
             qPrintable(requested.out));
    QVERIFY2(requested.out.contains(QLatin1String("not needed (not_required)")), qPrintable(requested.out));

    const Result again = run({QStringLiteral("signoffs"), QStringLiteral("request"), manifestPath});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral("already open #%1").arg(api)), qPrintable(again.out));
    QCOMPARE(m_server->issues().size(), 2);

    m_server->advanceClock(60);
    m_server->addComment(api, QStringLiteral("alice"), QStringLiteral("/approve"));
    m_server->advanceClock(60);
    m_server->addComment(portal, QStringLiteral("dan"), QStringLiteral("/approve"));
    const QString head = headId(m_clone);
    const Result checked = run({QStringLiteral("signoffs"), QStringLiteral("check"), QStringLiteral("rel-2024-03-05-001")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    for (const QString &mention : {QStringLiteral("approved by @alice at 2024-03-05T09:01:00Z"), QStringLiteral("closed #%1").arg(api),
                                   QStringLiteral("still pending"), QStringLiteral("ignored \"/approve\" by @dan"),
                                   QStringLiteral("read access"), QStringLiteral("not required")})
        QVERIFY2(checked.out.contains(mention), qPrintable(mention + QLatin1String(" not in:\n") + checked.out));
    QVERIFY(headId(m_clone) != head);
    const QByteArray bytes = readFile(m_clone + QLatin1Char('/') + manifestPath);
    QVERIFY2(bytes.contains("    sign_off: approved # pending, approved, rejected\n    approved_by: '@alice'\n"
                            "    approved_at: '2024-03-05T09:01:00Z'\n"),
             bytes.constData());

    // Nothing new: no commit, no comment, exit 0.
    const QString after = headId(m_clone);
    const Result second = run({QStringLiteral("signoffs"), QStringLiteral("check"), QStringLiteral("rel-2024-03-05-001")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QCOMPARE(headId(m_clone), after);
    QVERIFY2(second.out.contains(QLatin1String("approved by @alice at 2024-03-05T09:01:00Z (in the manifest)")), qPrintable(second.out));
    QVERIFY(!second.out.contains(QLatin1String("told them why")));
    for (const Result *r : {&requested, &again, &checked, &second})
        QVERIFY(!(r->out + r->err).contains(token));
}

void tst_SignoffCommands::jsonAndNoCommit()
{
    {
        const Result r = run({QStringLiteral("signoffs"), QStringLiteral("request"), QStringLiteral("rel-2024-03-05-001"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("release")).toString(), QStringLiteral("rel-2024-03-05-001"));
        QCOMPARE(o.value(QLatin1String("repository")).toString(), QStringLiteral("octo-org/octo-repo"));
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
        QVERIFY(o.value(QLatin1String("error")).isNull());
        const QJsonArray components = o.value(QLatin1String("components")).toArray();
        QCOMPARE(components.size(), 3);
        const QJsonObject api = components.at(0).toObject();
        QCOMPARE(api.value(QLatin1String("component")).toString(), QStringLiteral("api"));
        QCOMPARE(api.value(QLatin1String("sign_off")).toString(), QStringLiteral("pending"));
        QCOMPARE(api.value(QLatin1String("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(api.value(QLatin1String("issue")).toInt(), issueNumber(QStringLiteral("api")));
        QVERIFY(api.value(QLatin1String("url")).toString().endsWith(QStringLiteral("/issues/%1").arg(issueNumber(QStringLiteral("api")))));
        QCOMPARE(api.value(QLatin1String("duplicates")).toArray().size(), 0);
        QCOMPARE(api.value(QLatin1String("closed_duplicates")).toArray().size(), 0);
        QVERIFY(api.value(QLatin1String("message")).isNull());
        const QJsonObject workers = components.at(2).toObject();
        QCOMPARE(workers.value(QLatin1String("outcome")).toString(), QStringLiteral("not_needed"));
        QVERIFY(workers.value(QLatin1String("issue")).isNull());
    }
    m_server->advanceClock(120);
    m_server->addComment(issueNumber(QStringLiteral("portal")), QStringLiteral("carol"), QStringLiteral("/reject staging is down"));
    const QString head = headId(m_clone);
    const Result r = run({QStringLiteral("signoffs"), QStringLiteral("check"), QStringLiteral("rel-2024-03-05-001"),
                          QStringLiteral("--no-commit"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(headId(m_clone), head);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("file")).toString(), manifestPath);
    QVERIFY(o.value(QLatin1String("write_error")).isNull());
    const QJsonArray components = o.value(QLatin1String("components")).toArray();
    QCOMPARE(components.size(), 3);
    const QJsonObject portal = components.at(1).toObject();
    QCOMPARE(portal.value(QLatin1String("sign_off_before")).toString(), QStringLiteral("pending"));
    QCOMPARE(portal.value(QLatin1String("sign_off")).toString(), QStringLiteral("rejected"));
    QCOMPARE(portal.value(QLatin1String("decision")).toString(), QStringLiteral("rejected"));
    QCOMPARE(portal.value(QLatin1String("by")).toString(), QStringLiteral("@carol"));
    QCOMPARE(portal.value(QLatin1String("at")).toString(), QStringLiteral("2024-03-05T09:02:00Z"));
    QCOMPARE(portal.value(QLatin1String("reason")).toString(), QStringLiteral("staging is down"));
    QCOMPARE(portal.value(QLatin1String("applied")).toString(), QStringLiteral("saved"));
    QVERIFY(portal.value(QLatin1String("commit")).isNull());
    QCOMPARE(portal.value(QLatin1String("closed")).toBool(), false);
    QCOMPARE(portal.value(QLatin1String("ignored")).toArray().size(), 0);
    const QJsonObject api = components.at(0).toObject();
    QCOMPARE(api.value(QLatin1String("decision")).toString(), QStringLiteral("pending"));
    QVERIFY(api.value(QLatin1String("by")).isNull());
    QCOMPARE(api.value(QLatin1String("applied")).toString(), QStringLiteral("nothing"));
    QVERIFY(readFile(m_clone + QLatin1Char('/') + manifestPath).contains("reason: 'staging is down'"));
}

void tst_SignoffCommands::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown action") << QStringList{"signoffs", "approve", "rel-2024-03-05-001"} << "signoffs needs request or check";
    QTest::addRow("unknown release") << QStringList{"signoffs", "check", "rel-1999-01-01-001"} << "rel-1999-01-01-001";
    QTest::addRow("--no-commit on a request") << QStringList{"signoffs", "request", "rel-2024-03-05-001", "--no-commit"}
                                              << "--no-commit applies to signoffs check only";
}

void tst_SignoffCommands::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.out + r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(m_server->counters().requests, 0);
}

void tst_SignoffCommands::failures_data()
{
    QTest::addColumn<QString>("tokenValue");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");
    QTest::addRow("no token") << QString() << "request" << "GH_TOKEN or GITHUB_TOKEN";
    QTest::addRow("a wrong token on a check") << QStringLiteral("fake-token-wrongWrongWrong") << "check" << "were not checked";
}

void tst_SignoffCommands::failures()
{
    QFETCH(QString, tokenValue);
    QFETCH(QString, action);
    QFETCH(QString, message);
    const QString head = headId(m_clone);
    const Result r = run({QStringLiteral("signoffs"), action, QStringLiteral("rel-2024-03-05-001")}, tokenValue);
    QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.out + r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!(r.out + r.err).contains(token));
    if (!tokenValue.isEmpty())
        QVERIFY(!(r.out + r.err).contains(tokenValue));
    QCOMPARE(m_server->issues().size(), 0);
    QCOMPARE(headId(m_clone), head);
}

QTEST_GUILESS_MAIN(tst_SignoffCommands)
#include "tst_signoffcommands.moc"

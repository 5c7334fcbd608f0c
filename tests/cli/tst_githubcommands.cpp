// releasectl github, run in-process against a clone made with libgit2 and an HTTP server on
// 127.0.0.1 (the command runs its own event loop, so the server answers meanwhile).

#include "cli.h"
#include "../core/github/httptestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace rc;
using namespace rc::test;

namespace {

const QByteArray token = "fake-token-cliTestOnlyDoNotPrint77";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_GitHubCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void github_data();
    void github();
    void githubJson();

private:
    Run run(const QStringList &args);
    QString makeClone(const QByteArray &rules);

    QTemporaryDir m_dir;
    std::unique_ptr<HttpServer> m_server;
    int m_clones = 0;
};

void tst_GitHubCommands::initTestCase()
{
    git_libgit2_init();
    QVERIFY(m_dir.isValid());
}

void tst_GitHubCommands::cleanupTestCase()
{
    git_libgit2_shutdown();
}

void tst_GitHubCommands::init()
{
    m_server = std::make_unique<HttpServer>();
    m_server->handler = [](const Request &request, int) {
        if (request.headers.value("authorization") != "Bearer " + token)
            return json(401, R"({"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"})");
        if (request.path == "/user")
            return json(200, R"({"login":"octocat","id":1})");
        if (request.path == "/repos/octocat/Hello-World")
            return json(200, R"({"full_name":"octocat/Hello-World","private":false,
                "permissions":{"admin":false,"maintain":false,"push":true,"triage":true,"pull":true}})");
        if (request.path == "/repos/octocat/readonly")
            return json(200, R"({"full_name":"octocat/readonly","private":true,
                "permissions":{"admin":false,"maintain":false,"push":false,"triage":false,"pull":true}})");
        if (request.path == "/rate_limit")
            return json(200, R"({"resources":{"core":{"limit":5000,"used":12,"remaining":4988,"reset":1705246200}}})");
        return json(404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest","status":"404"})");
    };
    qputenv("GH_TOKEN", token);
    qunsetenv("GITHUB_TOKEN");
    qputenv("GITHUB_API_URL", m_server->url().toUtf8());
}

QString tst_GitHubCommands::makeClone(const QByteArray &rules)
{
    const QString path = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
    git_repository *repo = nullptr;
    if (git_repository_init(&repo, QFile::encodeName(path).constData(), 0) != 0)
        return {};
    git_remote *remote = nullptr;
    if (git_remote_create(&remote, repo, "origin", "git@github.com:octocat/Hello-World.git") == 0)
        git_remote_free(remote);
    git_repository_free(repo);
    QDir(path).mkpath(QStringLiteral("releases"));
    QFile file(path + QStringLiteral("/.release-console.yaml"));
    if (!file.open(QIODevice::WriteOnly) || file.write(rules) != rules.size())
        return {};
    return path;
}

Run tst_GitHubCommands::run(const QStringList &args)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    cli::Cli::Options options;
    options.workingDirectory = QDir::currentPath();
    cli::Cli cli(out, err, options);
    result.exitCode = cli.run(args);
    out.flush();
    err.flush();
    return result;
}

void tst_GitHubCommands::github_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("tokenValue"); // "" unsets both variables
    QTest::addColumn<QByteArray>("apiUrl"); // "" keeps the test server
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    const QByteArray components = "components:\n  - name: api\n    paths: [api/]\n";
    QTest::addRow("repository from the origin remote")
        << components << token << QByteArray() << 0
        << QStringList{"octocat/Hello-World (the origin remote)", "octocat", "May dispatch workflows: yes",
                       "May write issues:       yes", "4988 of 5000 left", "push, triage, pull", "GH_TOKEN"};
    QTest::addRow("repository from the rules")
        << components + "github:\n  repository: octocat/readonly\n  workflow: train.yml\n  ref: release\n" << token
        << QByteArray() << 0
        << QStringList{"octocat/readonly (.release-console.yaml), private", "train.yml on release",
                       "May dispatch workflows: no", "May write issues:       no"};
    QTest::addRow("wrong token") << components << QByteArray("fake-token-wrongWrongWrong") << QByteArray() << 1
                                 << QStringList{"GH_TOKEN", "Bad credentials", "expired"};
    QTest::addRow("no token") << components << QByteArray() << QByteArray() << 1
                              << QStringList{"GH_TOKEN or GITHUB_TOKEN"};
    QTest::addRow("unknown repository")
        << components + "github:\n  repository: octocat/gone\n" << token << QByteArray() << 1
        << QStringList{"octocat/gone", "404", "private repository"};
    QTest::addRow("plain http to another host") << components << token << QByteArray("http://ghe.example.com/api/v3")
                                                << 2 << QStringList{"GITHUB_API_URL", "plain http"};
    QTest::addRow("bad repository in the rules") << components + "github:\n  repository: nope\n" << token << QByteArray()
                                                 << 2 << QStringList{"owner/name"};
}

void tst_GitHubCommands::github()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, tokenValue);
    QFETCH(QByteArray, apiUrl);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);

    const QString clone = makeClone(rules);
    QVERIFY(!clone.isEmpty());
    if (tokenValue.isEmpty())
        qunsetenv("GH_TOKEN");
    else
        qputenv("GH_TOKEN", tokenValue);
    if (!apiUrl.isEmpty())
        qputenv("GITHUB_API_URL", apiUrl);

    const Run result = run({QStringLiteral("--repo"), clone, QStringLiteral("github")});
    const QString all = result.out + result.err;
    QVERIFY2(result.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(all)));
    for (const QString &mention : mentions)
        QVERIFY2(all.contains(mention), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(mention, all)));
    QVERIFY(!all.contains(QString::fromLatin1(token)));
    if (!tokenValue.isEmpty())
        QVERIFY(!all.contains(QString::fromLatin1(tokenValue)));
}

void tst_GitHubCommands::githubJson()
{
    const QString clone = makeClone("components:\n  - name: api\n    paths: [api/]\n");
    QVERIFY(!clone.isEmpty());
    const Run result = run({QStringLiteral("--repo"), clone, QStringLiteral("github"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject o = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("login")).toString(), QStringLiteral("octocat"));
    QCOMPARE(o.value(QLatin1String("repository")).toString(), QStringLiteral("octocat/Hello-World"));
    QCOMPARE(o.value(QLatin1String("api_url")).toString(), m_server->url());
    QCOMPARE(o.value(QLatin1String("workflow")).toString(), QStringLiteral("release-train.yml"));
    QCOMPARE(o.value(QLatin1String("ref")).toString(), QStringLiteral("main"));
    QCOMPARE(o.value(QLatin1String("token_source")).toString(), QStringLiteral("GH_TOKEN"));
    QCOMPARE(o.value(QLatin1String("can_dispatch")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("can_write_issues")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("permissions")).toObject().value(QLatin1String("admin")).toBool(), false);
    const QJsonObject rate = o.value(QLatin1String("rate_limit")).toObject();
    QCOMPARE(rate.value(QLatin1String("remaining")).toInt(), 4988);
    QCOMPARE(rate.value(QLatin1String("reset")).toString(), QStringLiteral("2024-01-14T15:30:00Z"));
    QVERIFY(!result.out.contains(QString::fromLatin1(token)));
}

QTEST_GUILESS_MAIN(tst_GitHubCommands)
#include "tst_githubcommands.moc"

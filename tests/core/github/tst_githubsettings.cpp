#include "github/githubsettings.h"

#include <QDebug>
#include <QTest>

using namespace rc::core;

class tst_GitHubSettings : public QObject
{
    Q_OBJECT

private slots:
    void apiUrl_data();
    void apiUrl();
    void remoteUrl_data();
    void remoteUrl();
    void repositoryName_data();
    void repositoryName();
    void resolve_data();
    void resolve();
    void resolveErrors_data();
    void resolveErrors();
    void tokenFromEnvironment_data();
    void tokenFromEnvironment();
    void tokenNeverPrinted();
};

void tst_GitHubSettings::apiUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::addColumn<QString>("errorPart");

    QTest::addRow("github.com") << "https://api.github.com" << "https://api.github.com" << "";
    QTest::addRow("trailing slash dropped") << "https://api.github.com/" << "https://api.github.com" << "";
    QTest::addRow("enterprise server") << "https://ghe.example.com/api/v3" << "https://ghe.example.com/api/v3" << "";
    QTest::addRow("scheme lowercased") << "HTTPS://ghe.example.com/api/v3/" << "https://ghe.example.com/api/v3" << "";
    QTest::addRow("http on 127.0.0.1") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080" << "";
    QTest::addRow("http on localhost") << "http://localhost:9/api" << "http://localhost:9/api" << "";
    QTest::addRow("http on ::1") << "http://[::1]:8080" << "http://[::1]:8080" << "";
    QTest::addRow("http elsewhere refused") << "http://ghe.example.com/api/v3" << "" << "plain http";
    QTest::addRow("http on a LAN address refused") << "http://192.168.1.4/api/v3" << "" << "unencrypted";
    QTest::addRow("ftp refused") << "ftp://api.github.com" << "" << "not an http(s) URL";
    QTest::addRow("no URL") << "api.github.com" << "" << "is not a URL";
    QTest::addRow("empty") << "" << "" << "is not a URL";
    QTest::addRow("password refused") << "https://me:secret@api.github.com" << "" << "user name or password";
}

void tst_GitHubSettings::apiUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);
    const Expected<QUrl> url = parseGitHubApiUrl(text, QStringLiteral("GITHUB_API_URL"));
    if (expected.isEmpty()) {
        QVERIFY(!url);
        QVERIFY2(url.error().message.contains(errorPart), qPrintable(url.error().message));
        QVERIFY2(url.error().message.startsWith(QLatin1String("GITHUB_API_URL")), qPrintable(url.error().message));
        QVERIFY(!url.error().message.contains(QLatin1String("secret")));
    } else {
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        QCOMPARE(url->toString(), expected);
    }
}

void tst_GitHubSettings::remoteUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // empty: an error

    QTest::addRow("https") << "https://github.com/octocat/Hello-World" << "octocat/Hello-World";
    QTest::addRow("https .git") << "https://github.com/octocat/Hello-World.git" << "octocat/Hello-World";
    QTest::addRow("https trailing slash") << "https://github.com/octocat/hello/" << "octocat/hello";
    QTest::addRow("https with user") << "https://x-access-token@github.com/o/r.git" << "o/r";
    QTest::addRow("scp-like") << "git@github.com:octocat/hello.git" << "octocat/hello";
    QTest::addRow("scp-like without .git") << "git@github.com:octocat/hello" << "octocat/hello";
    QTest::addRow("ssh") << "ssh://git@github.com/octocat/hello.git" << "octocat/hello";
    QTest::addRow("ssh with port") << "ssh://git@ghe.example.com:2222/team/app.git" << "team/app";
    QTest::addRow("enterprise https") << "https://ghe.example.com/team/app.git" << "team/app";
    QTest::addRow("enterprise scp-like") << "git@ghe.example.com:team/app.git" << "team/app";
    QTest::addRow("dots and dashes") << "https://github.com/my-org/my.repo_1.git" << "my-org/my.repo_1";
    QTest::addRow("owner only") << "https://github.com/octocat" << "";
    QTest::addRow("too deep") << "https://gitlab.example.com/group/sub/app.git" << "";
    QTest::addRow("local path") << "/srv/git/app.git" << "";
    QTest::addRow("file URL") << "file:///srv/git/o/r.git" << "";
    QTest::addRow("empty") << "" << "";
}

void tst_GitHubSettings::remoteUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const Expected<GitHubRepositoryName> name = gitHubRepositoryFromRemoteUrl(url);
    if (expected.isEmpty()) {
        QVERIFY(!name);
        QVERIFY2(name.error().message.contains(QLatin1String("github: repository:")), qPrintable(name.error().message));
    } else {
        QVERIFY2(name, qPrintable(name ? QString() : name.error().message));
        QCOMPARE(name->fullName(), expected);
    }
}

void tst_GitHubSettings::repositoryName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << "octocat/hello" << "octocat/hello";
    QTest::addRow("spaces trimmed") << "  octocat/hello " << "octocat/hello";
    QTest::addRow(".git dropped") << "octocat/hello.git" << "octocat/hello";
    QTest::addRow("no slash") << "hello" << "";
    QTest::addRow("three parts") << "a/b/c" << "";
    QTest::addRow("empty owner") << "/hello" << "";
    QTest::addRow("dot-dot") << "../hello" << "";
    QTest::addRow("space inside") << "octo cat/hello" << "";
}

void tst_GitHubSettings::repositoryName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Expected<GitHubRepositoryName> name = parseGitHubRepositoryName(text, QStringLiteral("here"));
    if (expected.isEmpty()) {
        QVERIFY(!name);
        QVERIFY(name.error().message.contains(QLatin1String("owner/name")));
    } else {
        QVERIFY(name);
        QCOMPARE(name->fullName(), expected);
    }
}

void tst_GitHubSettings::resolve_data()
{
    QTest::addColumn<GitHubSettingsSources>("sources");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("workflow");
    QTest::addColumn<QString>("ref");

    QProcessEnvironment env;
    env.insert(QStringLiteral("GITHUB_API_URL"), QStringLiteral("http://127.0.0.1:4010"));

    GitHubSettingsSources origin;
    origin.originUrl = QStringLiteral("git@github.com:acme/monorepo.git");
    origin.rule.workflow.clear();
    QTest::addRow("defaults from the origin remote")
        << origin << "https://api.github.com" << "acme/monorepo" << "release-train.yml" << "main";

    GitHubSettingsSources defaultBranch = origin;
    defaultBranch.remoteDefaultBranch = QStringLiteral("trunk");
    QTest::addRow("ref from the remote's default branch")
        << defaultBranch << "https://api.github.com" << "acme/monorepo" << "release-train.yml" << "trunk";

    GitHubSettingsSources rules = defaultBranch;
    rules.rule.repository = QStringLiteral("acme/releases");
    rules.rule.workflow = QStringLiteral("train.yml");
    rules.rule.ref = QStringLiteral("release");
    rules.rule.apiUrl = QStringLiteral("https://ghe.acme.test/api/v3/");
    QTest::addRow("rules win over the remote")
        << rules << "https://ghe.acme.test/api/v3" << "acme/releases" << "train.yml" << "release";

    GitHubSettingsSources overrides = rules;
    overrides.overrides = {QStringLiteral("https://ghe2.acme.test/api/v3"), QStringLiteral("me/fork"),
                           QStringLiteral("mine.yml"), QStringLiteral("topic")};
    QTest::addRow("user overrides win over the rules")
        << overrides << "https://ghe2.acme.test/api/v3" << "me/fork" << "mine.yml" << "topic";

    GitHubSettingsSources ignoredEnv = rules;
    ignoredEnv.environment = env;
    QTest::addRow("environment ignored without useEnvironment")
        << ignoredEnv << "https://ghe.acme.test/api/v3" << "acme/releases" << "train.yml" << "release";

    GitHubSettingsSources cli = overrides;
    cli.environment = env;
    cli.useEnvironment = true;
    QTest::addRow("GITHUB_API_URL wins for the CLI")
        << cli << "http://127.0.0.1:4010" << "me/fork" << "mine.yml" << "topic";
}

void tst_GitHubSettings::resolve()
{
    QFETCH(GitHubSettingsSources, sources);
    QFETCH(QString, apiUrl);
    QFETCH(QString, repository);
    QFETCH(QString, workflow);
    QFETCH(QString, ref);
    const Expected<GitHubSettings> settings = resolveGitHubSettings(sources);
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().message));
    QCOMPARE(settings->apiUrl.toString(), apiUrl);
    QCOMPARE(settings->repository.fullName(), repository);
    QCOMPARE(settings->workflow, workflow);
    QCOMPARE(settings->ref, ref);
}

void tst_GitHubSettings::resolveErrors_data()
{
    QTest::addColumn<GitHubSettingsSources>("sources");
    QTest::addColumn<QString>("errorPart");

    GitHubSettingsSources none;
    QTest::addRow("no repository anywhere") << none << "no origin remote";

    GitHubSettingsSources badRule;
    badRule.rule.repository = QStringLiteral("just-a-name");
    QTest::addRow("bad repository in the rules") << badRule << ".release-console.yaml github.repository";

    GitHubSettingsSources badRemote;
    badRemote.originUrl = QStringLiteral("/srv/git/app.git");
    QTest::addRow("origin is not GitHub") << badRemote << "origin remote";

    GitHubSettingsSources plainHttp;
    plainHttp.rule.repository = QStringLiteral("o/r");
    plainHttp.environment.insert(QStringLiteral("GITHUB_API_URL"), QStringLiteral("http://ghe.acme.test/api/v3"));
    plainHttp.useEnvironment = true;
    QTest::addRow("plain http from GITHUB_API_URL") << plainHttp << "GITHUB_API_URL: http://ghe.acme.test/api/v3 uses plain http";

    GitHubSettingsSources badRuleUrl;
    badRuleUrl.rule.repository = QStringLiteral("o/r");
    badRuleUrl.rule.apiUrl = QStringLiteral("http://ghe.acme.test/api/v3");
    QTest::addRow("plain http in the rules") << badRuleUrl << ".release-console.yaml github.api_url";
}

void tst_GitHubSettings::resolveErrors()
{
    QFETCH(GitHubSettingsSources, sources);
    QFETCH(QString, errorPart);
    const Expected<GitHubSettings> settings = resolveGitHubSettings(sources);
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(errorPart), qPrintable(settings.error().message));
}

void tst_GitHubSettings::tokenFromEnvironment_data()
{
    QTest::addColumn<QString>("ghToken");
    QTest::addColumn<QString>("githubToken");
    QTest::addColumn<QString>("expectedSource");
    QTest::addColumn<QString>("expectedHeader");

    QTest::addRow("GH_TOKEN wins") << "fake-otoken-first" << "fake-token-second" << "GH_TOKEN" << "Bearer fake-otoken-first";
    QTest::addRow("GITHUB_TOKEN as fallback") << "" << "fake-token-second" << "GITHUB_TOKEN" << "Bearer fake-token-second";
    QTest::addRow("blank GH_TOKEN skipped") << "  " << "fake-token-second" << "GITHUB_TOKEN" << "Bearer fake-token-second";
    QTest::addRow("whitespace trimmed") << " fake-otoken-x\n" << "" << "GH_TOKEN" << "Bearer fake-otoken-x";
    QTest::addRow("none") << "" << "" << "" << "";
}

void tst_GitHubSettings::tokenFromEnvironment()
{
    QFETCH(QString, ghToken);
    QFETCH(QString, githubToken);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedHeader);
    QProcessEnvironment env;
    if (!ghToken.isEmpty())
        env.insert(QStringLiteral("GH_TOKEN"), ghToken);
    if (!githubToken.isEmpty())
        env.insert(QStringLiteral("GITHUB_TOKEN"), githubToken);
    const GitHubToken token = gitHubTokenFromEnvironment(env);
    QCOMPARE(token.source(), expectedSource);
    QCOMPARE(token.isEmpty(), expectedHeader.isEmpty());
    if (!expectedHeader.isEmpty())
        QCOMPARE(QString::fromUtf8(token.authorizationHeader()), expectedHeader);
}

void tst_GitHubSettings::tokenNeverPrinted()
{
    const GitHubToken token(QStringLiteral("fake-token-SuperSecret123"), QStringLiteral("GH_TOKEN"));
    QString printed;
    QDebug(&printed) << token;
    QVERIFY(!printed.contains(QLatin1String("SuperSecret")));
    QVERIFY2(printed.contains(QLatin1String("GH_TOKEN")), qPrintable(printed));
    QCOMPARE(redactToken(QStringLiteral("Authorization: Bearer fake-token-SuperSecret123 failed"), token),
             QStringLiteral("Authorization: Bearer *** failed"));
    QCOMPARE(redactToken(QStringLiteral("nothing here"), GitHubToken()), QStringLiteral("nothing here"));
}

QTEST_GUILESS_MAIN(tst_GitHubSettings)
#include "tst_githubsettings.moc"

#include "githubsession.h"
#include "memorytokenstore.h"

#include "fakegithub/fakegithub.h"
#include "git/repository.h"
#include "github/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using rc::core::GitHubToken;
using rc::core::GitHubUserOverrides;
using rc::core::TokenStore;
using rc::core::TokenStoreResult;
using rc::core::TokenStoreStatus;
using rc::test::MemoryTokenStore;
using rc::ui::GitHubSession;

namespace {

const QString Secret = QStringLiteral("fake-token-alice");
const QByteArray Components = "components:\n  - name: api\n    paths: [api/]\n";
const QString OtherSecret = QStringLiteral("fake-token-bob");

/// A clone with one commit, an `origin` remote and, when given, refs/remotes/origin/HEAD and rules.
QString makeClone(const QString &directory, const QString &originUrl, const QString &defaultBranch = QString(),
                  const QByteArray &rules = QByteArray())
{
    QDir().mkpath(directory + QStringLiteral("/api"));
    QFile readme(directory + QStringLiteral("/api/README.md"));
    if (!readme.open(QIODevice::WriteOnly) || readme.write("api\n") != 4)
        return {};
    readme.close();
    if (!rules.isEmpty()) {
        QFile file(directory + QStringLiteral("/.release-console.yaml"));
        if (!file.open(QIODevice::WriteOnly) || file.write(rules) != rules.size())
            return {};
    }
    auto repo = rc::core::Repository::init(directory);
    if (!repo)
        return {};
    if (!repo->commitAll(QStringLiteral("first"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
        return {};
    if (!originUrl.isEmpty()) {
        git_remote *remote = nullptr;
        if (git_remote_create(&remote, repo->handle(), "origin", originUrl.toUtf8().constData()) != 0)
            return {};
        git_remote_free(remote);
    }
    if (!defaultBranch.isEmpty()) {
        git_reference *ref = nullptr;
        const QByteArray target = "refs/remotes/origin/" + defaultBranch.toUtf8();
        if (git_reference_symbolic_create(&ref, repo->handle(), "refs/remotes/origin/HEAD", target.constData(), 1,
                                          nullptr)
            != 0)
            return {};
        git_reference_free(ref);
    }
    return repo->workdir();
}

bool waitSettled(GitHubSession &session)
{
    return QTest::qWaitFor([&] { return session.state() != GitHubSession::State::Loading; }, 5000);
}

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    if (!name.isEmpty())
        environment.insert(name, value);
    return environment;
}

} // namespace

class tst_GitHubSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noClone();
    void settingsFromClone_data();
    void settingsFromClone();
    void overridesWin_data();
    void overridesWin();
    void notConfigured_data();
    void notConfigured();
    void noKeychainFallsBackToEnvironment();
    void noKeychainNoToken();
    void keychainToken();
    void keychainTokenStaysWithItsHost();
    void saveAndForgetToken();
    void clientTalksToGitHub();
    void simulated();
    void tokenNeverInText();

private:
    QTemporaryDir m_dir;
    int m_clones = 0;
    QString newCloneDir() { return m_dir.filePath(QStringLiteral("clone-%1").arg(++m_clones)); }
};

void tst_GitHubSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    git_libgit2_init();
    const QByteArray config = QFile::encodeName(m_dir.path());
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, config.constData());
}

void tst_GitHubSession::init()
{
    QSettings().remove(QStringLiteral("GitHub"));
}

void tst_GitHubSession::noClone()
{
    GitHubSession session;
    QCOMPARE(session.state(), GitHubSession::State::NoClone);
    QVERIFY(!session.client());
    QVERIFY(session.message().contains(QLatin1String("open")));

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("not-a-clone")));
    session.setClonePath(m_dir.filePath(QStringLiteral("not-a-clone")));
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::NotConfigured);
    QVERIFY2(session.message().contains(QLatin1String("not inside a git clone")), qPrintable(session.message()));

    session.setClonePath(QString());
    QCOMPARE(session.state(), GitHubSession::State::NoClone);
}

void tst_GitHubSession::settingsFromClone_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("defaultBranch");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("repositorySource");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("workflow");
    QTest::addColumn<QString>("ref");

    QTest::addRow("https origin") << "https://github.com/octo-org/octo-repo.git" << "" << QByteArray()
                                  << "octo-org/octo-repo" << "the origin remote" << "https://api.github.com"
                                  << "release-train.yml" << "main";
    QTest::addRow("ssh origin, its default branch") << "git@github.com:octo-org/octo-repo.git" << "trunk" << QByteArray()
                                                    << "octo-org/octo-repo" << "the origin remote"
                                                    << "https://api.github.com" << "release-train.yml" << "trunk";
    QTest::addRow("rules name repository, workflow, ref, server")
        << "https://github.com/octo-org/octo-repo.git" << "trunk"
        << (Components + "github:\n  repository: acme/releases\n  workflow: ship.yml\n  ref: stable\n"
                      "  api_url: https://ghe.example.com/api/v3\n")
        << "acme/releases" << ".release-console.yaml" << "https://ghe.example.com/api/v3" << "ship.yml" << "stable";
    QTest::addRow("rules without origin") << "" << "" << (Components + "github:\n  repository: acme/releases\n")
                                          << "acme/releases" << ".release-console.yaml" << "https://api.github.com"
                                          << "release-train.yml" << "main";
}

void tst_GitHubSession::settingsFromClone()
{
    QFETCH(QString, origin);
    QFETCH(QString, defaultBranch);
    QFETCH(QByteArray, rules);
    QFETCH(QString, repository);
    QFETCH(QString, repositorySource);
    QFETCH(QString, apiUrl);
    QFETCH(QString, workflow);
    QFETCH(QString, ref);

    const QString clone = makeClone(newCloneDir(), origin, defaultBranch, rules);
    QVERIFY(!clone.isEmpty());
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), Secret));
    QSignalSpy changed(&session, &GitHubSession::changed);
    session.setClonePath(clone);
    QCOMPARE(session.state(), GitHubSession::State::Loading);
    QVERIFY(waitSettled(session));
    QVERIFY(changed.count() >= 2);
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QVERIFY(session.isReady());
    QVERIFY(session.client());
    QVERIFY(!session.isSimulated());
    QCOMPARE(session.settings().repository.fullName(), repository);
    QCOMPARE(session.settings().repositorySource, repositorySource);
    QCOMPARE(session.settings().apiUrl.toString(), apiUrl);
    QCOMPARE(session.client()->apiUrl().toString(), apiUrl);
    QCOMPARE(session.settings().workflow, workflow);
    QCOMPARE(session.settings().ref, ref);
    QCOMPARE(session.sources().originUrl, origin);
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Environment);
    QCOMPARE(session.tokenSourceText(), QStringLiteral("from GH_TOKEN"));
    QVERIFY2(session.message().startsWith(repository + QLatin1String(" on ")), qPrintable(session.message()));
    QVERIFY(session.targetDescription().contains(repository));
    QCOMPARE(store.reads, 1);
}

void tst_GitHubSession::overridesWin_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("api url") << "apiUrl" << "https://ghe.example.com/api/v3/" << "https://ghe.example.com/api/v3";
    QTest::addRow("repository") << "repository" << "acme/fork" << "acme/fork";
    QTest::addRow("workflow") << "workflow" << "mine.yml" << "mine.yml";
    QTest::addRow("ref") << "ref" << "release/2024" << "release/2024";
}

void tst_GitHubSession::overridesWin()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"), QString(),
                                    Components + "github:\n  repository: acme/releases\n  workflow: ship.yml\n  ref: stable\n");
    QVERIFY(!clone.isEmpty());
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(environmentWith(QStringLiteral("GITHUB_TOKEN"), Secret));
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);

    GitHubUserOverrides overrides;
    if (key == QLatin1String("apiUrl"))
        overrides.apiUrl = value;
    else if (key == QLatin1String("repository"))
        overrides.repository = value;
    else if (key == QLatin1String("workflow"))
        overrides.workflow = value;
    else
        overrides.ref = value;
    session.setOverrides(overrides);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    const rc::core::GitHubSettings &settings = session.settings();
    const QString actual = key == QLatin1String("apiUrl") ? settings.apiUrl.toString()
        : key == QLatin1String("repository")              ? settings.repository.fullName()
        : key == QLatin1String("workflow")                ? settings.workflow
                                                          : settings.ref;
    QCOMPARE(actual, expected);
    if (key == QLatin1String("repository"))
        QCOMPARE(settings.repositorySource, QStringLiteral("your settings"));
    if (key == QLatin1String("apiUrl"))
        QCOMPARE(settings.apiUrlSource, QStringLiteral("the API URL in your settings"));

    // Kept per clone: a new session of the same clone finds them, another clone does not.
    GitHubSession again;
    again.setTokenStore(&store);
    again.setEnvironment(environmentWith(QStringLiteral("GITHUB_TOKEN"), Secret));
    again.setClonePath(clone);
    QVERIFY(waitSettled(again));
    QCOMPARE(again.overrides().apiUrl, overrides.apiUrl.trimmed());
    QCOMPARE(again.overrides().repository, overrides.repository);
    QCOMPARE(again.overrides().workflow, overrides.workflow);
    QCOMPARE(again.overrides().ref, overrides.ref);
    QCOMPARE(again.settings().repository, settings.repository);
    QCOMPARE(again.settings().ref, settings.ref);

    const QString other = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    GitHubSession elsewhere;
    elsewhere.setTokenStore(&store);
    elsewhere.setClonePath(other);
    QVERIFY(waitSettled(elsewhere));
    QCOMPARE(elsewhere.overrides().repository, QString());
    QCOMPARE(elsewhere.settings().repository.fullName(), QStringLiteral("octo-org/octo-repo"));

    // Clearing an override gives the rules' value back.
    session.setOverrides({});
    QVERIFY(waitSettled(session));
    QCOMPARE(session.settings().repository.fullName(), QStringLiteral("acme/releases"));
    QCOMPARE(session.settings().workflow, QStringLiteral("ship.yml"));

    // The token is never among the stored settings.
    QSettings stored;
    for (const QString &name : stored.allKeys())
        QVERIFY2(!stored.value(name).toString().contains(Secret), qPrintable(name));
}

void tst_GitHubSession::notConfigured_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("overrideApiUrl");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("plain http api_url in the rules")
        << "https://github.com/octo-org/octo-repo.git" << (Components + "github:\n  api_url: http://ghe.example.com/api/v3\n")
        << "" << "plain http";
    QTest::addRow("not a URL in the overrides") << "https://github.com/octo-org/octo-repo.git" << QByteArray()
                                                << "ghe.example.com" << "is not a URL";
    QTest::addRow("no origin, no repository") << "" << QByteArray() << "" << "no origin remote";
    QTest::addRow("origin not on GitHub") << "/srv/git/local.git" << QByteArray() << "" << "/srv/git/local.git";
    QTest::addRow("broken rules") << "https://github.com/octo-org/octo-repo.git" << QByteArray("github: [\n") << ""
                                  << ".release-console.yaml";
}

void tst_GitHubSession::notConfigured()
{
    QFETCH(QString, origin);
    QFETCH(QByteArray, rules);
    QFETCH(QString, overrideApiUrl);
    QFETCH(QString, messagePart);

    const QString clone = makeClone(newCloneDir(), origin, QString(), rules);
    QVERIFY(!clone.isEmpty());
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), Secret));
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    if (!overrideApiUrl.isEmpty()) {
        QCOMPARE(session.state(), GitHubSession::State::Ready);
        session.setOverrides({overrideApiUrl, {}, {}, {}});
    }
    QCOMPARE(session.state(), GitHubSession::State::NotConfigured);
    QVERIFY(!session.client());
    QVERIFY2(session.message().contains(messagePart), qPrintable(session.message()));
    QVERIFY2(session.message().contains(QLatin1String("GitHub is not set up")), qPrintable(session.message()));
    QVERIFY(!session.message().contains(Secret));
}

void tst_GitHubSession::noKeychainFallsBackToEnvironment()
{
    // The real keychain store, on a machine without a keychain service (main() makes sure).
    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    GitHubSession session;
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), Secret));
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Environment);
    QCOMPARE(session.keychainProblem(), TokenStore::noKeychainMessage());
    QVERIFY2(session.message().contains(QLatin1String("token from GH_TOKEN")), qPrintable(session.message()));
    QVERIFY2(session.message().contains(QLatin1String("keychain is unavailable")), qPrintable(session.message()));
    QVERIFY(!session.message().contains(Secret));

    // Saving a token says why it cannot be stored, and stores nothing anywhere.
    bool answered = false;
    bool stored = true;
    QString why;
    session.saveToken(OtherSecret, this, [&](bool ok, const QString &message) {
        answered = true;
        stored = ok;
        why = message;
    });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 5000));
    QVERIFY(!stored);
    QCOMPARE(why, TokenStore::noKeychainMessage());
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Environment);
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::GenericDataLocation}) {
        QDir dir(QStandardPaths::writableLocation(location));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
            QFile f(file.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(OtherSecret.toUtf8()), qPrintable(file.absoluteFilePath()));
        }
    }
}

void tst_GitHubSession::noKeychainNoToken()
{
    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    GitHubSession session;
    session.setEnvironment(QProcessEnvironment());
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::NoToken);
    QVERIFY(!session.client());
    QCOMPARE(session.tokenSourceText(), QStringLiteral("none"));
    QVERIFY2(session.message().contains(TokenStore::noKeychainMessage()), qPrintable(session.message()));
    QVERIFY2(session.message().contains(QLatin1String("api.github.com")), qPrintable(session.message()));
    // The settings are still known: the dialog shows them.
    QCOMPARE(session.settings().repository.fullName(), QStringLiteral("octo-org/octo-repo"));
}

void tst_GitHubSession::keychainToken()
{
    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    MemoryTokenStore store;
    store.entries.insert(QStringLiteral("github:api.github.com"), Secret);
    GitHubSession session;
    session.setTokenStore(&store);
    // The keychain comes first, the environment only when it has nothing.
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), OtherSecret));
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Keychain);
    QCOMPARE(session.tokenSourceText(), QStringLiteral("stored in the keychain"));
    QVERIFY(session.keychainProblem().isEmpty());
    QVERIFY2(session.message().contains(QLatin1String("keychain")), qPrintable(session.message()));
}

void tst_GitHubSession::keychainTokenStaysWithItsHost()
{
    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    MemoryTokenStore store;
    store.entries.insert(QStringLiteral("github:api.github.com"), Secret);
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(QProcessEnvironment());
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Keychain);

    // Test Connection with another server and no typed token: the github.com token is not sent there.
    GitHubUserOverrides enterprise;
    enterprise.apiUrl = QStringLiteral("https://ghe.example.com/api/v3");
    const auto settings = session.resolveWith(enterprise);
    QVERIFY(settings);
    QVERIFY(!session.createClient(*settings));
    QVERIFY(session.createClient(*settings, OtherSecret));
    QVERIFY(session.createClient(session.settings()));

    // Switching the session to that server reads that server's entry, which does not exist.
    session.setOverrides(enterprise);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::NoToken);
    QVERIFY2(session.message().contains(QLatin1String("ghe.example.com")), qPrintable(session.message()));
}

void tst_GitHubSession::saveAndForgetToken()
{
    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(QProcessEnvironment());
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::NoToken);

    std::optional<bool> saved;
    session.saveToken(QStringLiteral("  ") + Secret + QStringLiteral("\n"), this,
                      [&](bool ok, const QString &) { saved = ok; });
    QVERIFY(QTest::qWaitFor([&] { return saved.has_value() && session.state() == GitHubSession::State::Ready; }, 5000));
    QVERIFY(*saved);
    QCOMPARE(store.entries.value(QStringLiteral("github:api.github.com")), Secret);
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Keychain);

    std::optional<bool> empty;
    session.saveToken(QString(), this, [&](bool ok, const QString &) { empty = ok; });
    QVERIFY(empty.has_value() && !*empty);

    std::optional<bool> forgotten;
    session.forgetToken(this, [&](bool ok, const QString &) { forgotten = ok; });
    QVERIFY(QTest::qWaitFor([&] { return forgotten.has_value() && session.state() == GitHubSession::State::NoToken; },
                            5000));
    QVERIFY(*forgotten);
    QVERIFY(store.entries.isEmpty());
}

void tst_GitHubSession::clientTalksToGitHub()
{
    rc::fakegithub::FakeGitHub github;
    QVERIFY2(github.listen(), qPrintable(github.errorString()));
    github.setRepository(QStringLiteral("octo-org"), QStringLiteral("octo-repo"));
    github.addToken(Secret, QStringLiteral("alice"), rc::fakegithub::Permission::Write);

    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), Secret));
    session.setClientOptions({.timeoutMs = 3000, .maxRetries = 0});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    session.setOverrides({github.baseUrl().toString(), {}, {}, {}});
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QCOMPARE(session.client()->options().timeoutMs, 3000);

    std::optional<rc::core::GitHubConnectionResult> result;
    session.client()->testConnection(session.settings().repository, this,
                                     [&](const rc::core::GitHubConnectionResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(result->info.login, QStringLiteral("alice"));
    QVERIFY(result->info.canDispatch());
}

void tst_GitHubSession::simulated()
{
    rc::fakegithub::FakeGitHub github;
    QVERIFY2(github.listen(), qPrintable(github.errorString()));
    github.setRepository(QStringLiteral("octo-org"), QStringLiteral("octo-repo"));
    github.addToken(QStringLiteral("fake-token-demo"), QStringLiteral("john-doe"), rc::fakegithub::Permission::Admin);

    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    MemoryTokenStore store;
    store.entries.insert(QStringLiteral("github:api.github.com"), Secret);
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), OtherSecret));
    session.setSimulated(github.baseUrl(), GitHubToken(QStringLiteral("fake-token-demo"), QStringLiteral("the demo")));
    QVERIFY(session.isSimulated());
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QCOMPARE(store.reads, 0); // the keychain is never asked in the demo
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Simulated);
    QCOMPARE(session.settings().apiUrl, github.baseUrl());
    QCOMPARE(session.targetDescription(), QStringLiteral("octo-org/octo-repo (simulated GitHub)"));
    QVERIFY2(session.message().contains(QLatin1String("simulated")), qPrintable(session.message()));

    std::optional<bool> saved;
    session.saveToken(Secret, this, [&](bool ok, const QString &) { saved = ok; });
    QVERIFY(saved.has_value() && !*saved);

    std::optional<rc::core::GitHubConnectionResult> result;
    session.client()->testConnection(session.settings().repository, this,
                                     [&](const rc::core::GitHubConnectionResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(result->info.login, QStringLiteral("john-doe"));

    // Ending the demo goes back to the real settings and the keychain.
    session.setSimulated(QUrl(), {});
    QVERIFY(waitSettled(session));
    QVERIFY(!session.isSimulated());
    QCOMPARE(session.settings().apiUrl.toString(), QStringLiteral("https://api.github.com"));
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Keychain);
}

void tst_GitHubSession::tokenNeverInText()
{
    const QString clone = makeClone(newCloneDir(), QStringLiteral("https://github.com/octo-org/octo-repo.git"));
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment(environmentWith(QStringLiteral("GH_TOKEN"), Secret));
    QStringList texts;
    connect(&session, &GitHubSession::changed, this, [&] {
        texts << session.message() << session.tokenSourceText() << session.keychainProblem()
              << session.targetDescription();
    });
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    store.entries.insert(QStringLiteral("github:api.github.com"), OtherSecret);
    session.reload();
    QVERIFY(waitSettled(session));
    session.setOverrides({QStringLiteral("http://ghe.example.com"), {}, {}, {}});
    QVERIFY(waitSettled(session));
    QVERIFY(texts.size() >= 12);
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(Secret), qPrintable(text));
        QVERIFY2(!text.contains(OtherSecret), qPrintable(text));
    }
}

int main(int argc, char *argv[])
{
    // Never the user's keychain: no session bus, so no keychain service either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_githubsession"));
    QCoreApplication app(argc, argv);
    tst_GitHubSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_githubsession.moc"

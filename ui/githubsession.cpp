#include "githubsession.h"

#include "git/repository.h"
#include "github/tokenstore.h"
#include "rules/repositoryrules.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {

namespace {

/// What the clone says about GitHub, read on the thread pool.
struct CloneInfo
{
    quint64 generation = 0;
    core::GitHubRule rule;
    core::OriginInfo origin;
    QString error;
};

CloneInfo readClone(const QString &path, quint64 generation)
{
    CloneInfo info;
    info.generation = generation;
    const core::Expected<core::Repository> repo = core::Repository::discover(path);
    if (!repo) {
        info.error = repo.error().toString();
        return info;
    }
    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*repo);
    if (!rules)
        info.error = rules.error().toString();
    else
        info.rule = rules->github;
    info.origin = core::readOriginInfo(*repo);
    return info;
}

/// The QSettings group of a clone's overrides: paths are no good as keys (slashes are groups),
/// so a hash of the canonical path, with the path beside it for people reading the file.
QString overridesGroup(const QString &clonePath)
{
    QString canonical = QFileInfo(clonePath).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = clonePath;
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("GitHub/clone-") + QString::fromLatin1(hash);
}

QString hostOf(const QUrl &url)
{
    QString host = url.host();
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

} // namespace

class GitHubSession::Private
{
public:
    explicit Private(GitHubSession *session)
        : q(session)
        , ownStore(new core::KeychainTokenStore(session))
        , store(ownStore)
    {
    }

    static QString tr(const char *text) { return GitHubSession::tr(text); }

    void start();
    void cloneRead(const CloneInfo &info);
    void resolve();
    void tokenRead(const core::TokenStoreResult &result);
    void setState(State newState, const QString &newMessage);
    void replaceClient(core::GitHubClient *newClient);
    QString readyMessage() const;

    GitHubSession *q;
    QString clonePath;
    State state = State::NoClone;
    QString message = GitHubSession::tr("No clone is open: open one to connect to its GitHub repository.");

    bool cloneKnown = false; // the clone's rules and origin have been read
    QString cloneError;
    core::GitHubSettingsSources sources;
    core::GitHubSettings settings;

    core::GitHubToken token;
    TokenSource tokenSource = TokenSource::None;
    QString keychainProblem;
    QPointer<core::GitHubClient> client;

    core::KeychainTokenStore *ownStore;
    QPointer<core::TokenStore> store;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    core::GitHubClientOptions options;

    QUrl simulatedUrl;
    core::GitHubToken simulatedToken;

    // Bumped whenever an answer in flight (a clone read, a keychain read) stops being wanted.
    quint64 generation = 0;
    QFutureWatcher<CloneInfo> watcher;
};

void GitHubSession::Private::setState(State newState, const QString &newMessage)
{
    state = newState;
    message = newMessage;
    Q_EMIT q->changed();
}

void GitHubSession::Private::replaceClient(core::GitHubClient *newClient)
{
    // Later, not now: a caller may be inside a callback of the old client.
    if (client)
        client->deleteLater();
    client = newClient;
}

void GitHubSession::Private::start()
{
    ++generation;
    replaceClient(nullptr);
    token = {};
    tokenSource = TokenSource::None;
    keychainProblem.clear();
    cloneKnown = false;
    cloneError.clear();
    sources = {};
    settings = {};
    if (clonePath.isEmpty()) {
        setState(State::NoClone, tr("No clone is open: open one to connect to its GitHub repository."));
        return;
    }
    setState(State::Loading, tr("Reading the GitHub settings of the clone\u2026"));
    watcher.setFuture(QtConcurrent::run(readClone, clonePath, generation));
}

void GitHubSession::Private::cloneRead(const CloneInfo &info)
{
    if (info.generation != generation)
        return;
    cloneKnown = true;
    cloneError = info.error;
    sources.rule = info.rule;
    sources.originUrl = info.origin.url;
    sources.remoteDefaultBranch = info.origin.defaultBranch;
    sources.useEnvironment = false; // GITHUB_API_URL is the CLI's; the window has its settings
    sources.overrides = q->overrides();
    resolve();
}

void GitHubSession::Private::resolve()
{
    ++generation;
    replaceClient(nullptr);
    token = {};
    tokenSource = TokenSource::None;
    keychainProblem.clear();
    if (!cloneKnown)
        return;
    if (!cloneError.isEmpty()) {
        settings = {};
        setState(State::NotConfigured,
                 tr("GitHub is not set up for this clone: %1").arg(cloneError));
        return;
    }
    const core::Expected<core::GitHubSettings> resolved = q->resolveWith(sources.overrides);
    if (!resolved) {
        settings = {};
        setState(State::NotConfigured, tr("GitHub is not set up for this clone: %1. Change it in Settings \u2192 GitHub\u2026")
                                           .arg(resolved.error().toString()));
        return;
    }
    settings = *resolved;
    if (!simulatedUrl.isEmpty()) {
        token = simulatedToken;
        tokenSource = TokenSource::Simulated;
        replaceClient(new core::GitHubClient(settings.apiUrl, token, options, q));
        setState(State::Ready, readyMessage());
        return;
    }
    if (!store) {
        tokenRead(core::TokenStoreResult{core::TokenStoreStatus::NoKeychain, {}, core::TokenStore::noKeychainMessage()});
        return;
    }
    setState(State::Loading, tr("Reading the GitHub token for %1 from the keychain\u2026").arg(hostOf(settings.apiUrl)));
    const quint64 asked = generation;
    store->read(settings.apiUrl, q, [this, asked](const core::TokenStoreResult &result) {
        if (asked == generation)
            tokenRead(result);
    });
}

void GitHubSession::Private::tokenRead(const core::TokenStoreResult &result)
{
    if (result.ok()) {
        token = result.token;
        tokenSource = TokenSource::Keychain;
        keychainProblem.clear();
    } else {
        // A missing entry is no problem of the keychain's; anything else is worth saying.
        keychainProblem = result.status == core::TokenStoreStatus::NotFound ? QString() : result.message;
        token = core::gitHubTokenFromEnvironment(environment);
        tokenSource = token.isEmpty() ? TokenSource::None : TokenSource::Environment;
    }
    if (token.isEmpty()) {
        const QString host = hostOf(settings.apiUrl);
        setState(State::NoToken,
                 keychainProblem.isEmpty()
                     ? tr("No GitHub token for %1: add one in Settings \u2192 GitHub\u2026, or set GH_TOKEN in the "
                          "environment that starts Release Console.")
                           .arg(host)
                     : tr("No GitHub token for %1. %2").arg(host, keychainProblem));
        return;
    }
    replaceClient(new core::GitHubClient(settings.apiUrl, token, options, q));
    setState(State::Ready, readyMessage());
}

QString GitHubSession::Private::readyMessage() const
{
    const QString target = q->targetDescription();
    switch (tokenSource) {
    case TokenSource::Simulated:
        return tr("%1: a GitHub simulated on this computer for the demo; nothing reaches github.com.").arg(target);
    case TokenSource::Keychain:
        return tr("%1, token stored in the keychain.").arg(target);
    case TokenSource::Environment:
        if (!keychainProblem.isEmpty())
            return tr("%1, token from %2 (the keychain is unavailable: %3)").arg(target, token.source(), keychainProblem);
        return tr("%1, token from %2.").arg(target, token.source());
    case TokenSource::None:
        break;
    }
    return target;
}

GitHubSession::GitHubSession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    connect(&d->watcher, &QFutureWatcher<CloneInfo>::finished, this, [this] {
        if (d->watcher.future().resultCount() > 0)
            d->cloneRead(d->watcher.result());
    });
}

GitHubSession::~GitHubSession()
{
    // The job holds only copies; the watcher must not outlive its future's owner.
    if (d->watcher.isRunning())
        d->watcher.waitForFinished();
}

void GitHubSession::setClonePath(const QString &clonePath)
{
    d->clonePath = clonePath;
    d->start();
}

QString GitHubSession::clonePath() const
{
    return d->clonePath;
}

void GitHubSession::reload()
{
    d->start();
}

GitHubSession::State GitHubSession::state() const
{
    return d->state;
}

QString GitHubSession::message() const
{
    return d->message;
}

core::GitHubClient *GitHubSession::client() const
{
    return d->state == State::Ready ? d->client.data() : nullptr;
}

const core::GitHubSettings &GitHubSession::settings() const
{
    return d->settings;
}

bool GitHubSession::isSimulated() const
{
    return !d->simulatedUrl.isEmpty();
}

GitHubSession::TokenSource GitHubSession::tokenSource() const
{
    return d->tokenSource;
}

QString GitHubSession::tokenSourceText() const
{
    switch (d->tokenSource) {
    case TokenSource::Keychain:
        return tr("stored in the keychain");
    case TokenSource::Environment:
        return tr("from %1").arg(d->token.source());
    case TokenSource::Simulated:
        return tr("the demo's token, in memory only");
    case TokenSource::None:
        break;
    }
    return tr("none");
}

QString GitHubSession::keychainProblem() const
{
    return d->keychainProblem;
}

QString GitHubSession::targetDescription() const
{
    if (d->settings.repository.isEmpty())
        return {};
    if (isSimulated())
        return tr("%1 (simulated GitHub)").arg(d->settings.repository.fullName());
    return tr("%1 on %2").arg(d->settings.repository.fullName(), hostOf(d->settings.apiUrl));
}

const core::GitHubSettingsSources &GitHubSession::sources() const
{
    return d->sources;
}

core::GitHubUserOverrides GitHubSession::overrides() const
{
    core::GitHubUserOverrides overrides;
    if (d->clonePath.isEmpty())
        return overrides;
    QSettings settings;
    settings.beginGroup(overridesGroup(d->clonePath));
    overrides.apiUrl = settings.value(QStringLiteral("apiUrl")).toString();
    overrides.repository = settings.value(QStringLiteral("repository")).toString();
    overrides.workflow = settings.value(QStringLiteral("workflow")).toString();
    overrides.ref = settings.value(QStringLiteral("ref")).toString();
    return overrides;
}

void GitHubSession::setOverrides(const core::GitHubUserOverrides &overrides)
{
    if (d->clonePath.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(overridesGroup(d->clonePath));
    settings.setValue(QStringLiteral("path"), d->clonePath);
    const auto store = [&settings](const char *key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(QLatin1String(key));
        else
            settings.setValue(QLatin1String(key), value.trimmed());
    };
    store("apiUrl", overrides.apiUrl);
    store("repository", overrides.repository);
    store("workflow", overrides.workflow);
    store("ref", overrides.ref);
    settings.endGroup();
    d->sources.overrides = this->overrides();
    d->resolve();
}

core::Expected<core::GitHubSettings> GitHubSession::resolveWith(const core::GitHubUserOverrides &overrides) const
{
    if (d->clonePath.isEmpty())
        return core::Error{tr("no clone is open"), {}};
    if (!d->cloneKnown)
        return core::Error{tr("the clone's settings are still being read"), {}};
    if (!d->cloneError.isEmpty())
        return core::Error{d->cloneError, {}};
    core::GitHubSettingsSources sources = d->sources;
    // The demo's simulated GitHub replaces the API URL; a user's overrides belong to real use.
    sources.overrides = isSimulated() ? core::GitHubUserOverrides{} : overrides;
    sources.useEnvironment = false;
    core::Expected<core::GitHubSettings> resolved = core::resolveGitHubSettings(sources);
    if (resolved && isSimulated()) {
        resolved->apiUrl = d->simulatedUrl;
        resolved->apiUrlSource = tr("the simulated GitHub of the demo");
    }
    return resolved;
}

void GitHubSession::saveToken(const QString &secret, QObject *context, TokenCallback done)
{
    QPointer<QObject> guard(context);
    const auto answer = [guard, done](bool ok, const QString &message) {
        if (guard)
            done(ok, message);
    };
    if (isSimulated()) {
        answer(false, tr("The demo uses a simulated token held in memory; nothing is stored in the keychain."));
        return;
    }
    if (d->settings.apiUrl.isEmpty()) {
        answer(false, tr("The token cannot be stored before the GitHub settings resolve: %1").arg(d->message));
        return;
    }
    if (secret.trimmed().isEmpty()) {
        answer(false, tr("Enter a token first."));
        return;
    }
    if (!d->store) {
        answer(false, core::TokenStore::noKeychainMessage());
        return;
    }
    const core::GitHubToken token(secret.trimmed(), tr("the token typed in Settings"));
    d->store->write(d->settings.apiUrl, token, this, [this, answer](const core::TokenStoreResult &result) {
        if (result.ok())
            d->resolve();
        answer(result.ok(), result.message);
    });
}

void GitHubSession::forgetToken(QObject *context, TokenCallback done)
{
    QPointer<QObject> guard(context);
    const auto answer = [guard, done](bool ok, const QString &message) {
        if (guard)
            done(ok, message);
    };
    if (isSimulated()) {
        answer(false, tr("The demo's simulated token is not stored anywhere; it ends with the demo."));
        return;
    }
    if (d->settings.apiUrl.isEmpty() || !d->store) {
        answer(false, tr("There is no stored token to forget: %1").arg(d->message));
        return;
    }
    d->store->remove(d->settings.apiUrl, this, [this, answer](const core::TokenStoreResult &result) {
        const bool removed = result.ok() || result.status == core::TokenStoreStatus::NotFound;
        if (removed)
            d->resolve();
        answer(removed, removed ? QString() : result.message);
    });
}

std::unique_ptr<core::GitHubClient> GitHubSession::createClient(const core::GitHubSettings &settings,
                                                                const QString &typedToken) const
{
    core::GitHubToken token;
    if (!typedToken.trimmed().isEmpty()) {
        token = core::GitHubToken(typedToken.trimmed(), tr("the token typed in Settings"));
    } else if (d->tokenSource == TokenSource::Environment) {
        token = d->token;
    } else if (d->tokenSource == TokenSource::Keychain || d->tokenSource == TokenSource::Simulated) {
        // A keychain entry belongs to one API host: never send it to another.
        if (core::TokenStore::keyFor(settings.apiUrl) == core::TokenStore::keyFor(d->settings.apiUrl))
            token = d->token;
    }
    if (token.isEmpty())
        return nullptr;
    return std::make_unique<core::GitHubClient>(settings.apiUrl, token, d->options);
}

void GitHubSession::setSimulated(const QUrl &apiUrl, const core::GitHubToken &token)
{
    d->simulatedUrl = apiUrl;
    d->simulatedToken = apiUrl.isEmpty() ? core::GitHubToken() : token;
    if (d->cloneKnown) {
        d->sources.overrides = overrides();
        d->resolve();
    } else {
        Q_EMIT changed();
    }
}

void GitHubSession::setTokenStore(core::TokenStore *store)
{
    d->store = store;
}

void GitHubSession::setEnvironment(const QProcessEnvironment &environment)
{
    d->environment = environment;
}

void GitHubSession::setClientOptions(const core::GitHubClientOptions &options)
{
    d->options = options;
}

} // namespace rc::ui

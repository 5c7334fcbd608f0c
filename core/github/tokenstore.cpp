#include "github/tokenstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#define RC_KEYCHAIN_ON_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::TokenStore)
};

#ifdef RC_KEYCHAIN_ON_DBUS
// The bus names of the keychain services QtKeychain talks to on Linux and the BSDs.
const QStringList &keychainBusNames()
{
    static const QStringList names{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                                   QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    return names;
}

bool namesHaveKeychain(const QStringList &names)
{
    for (const QString &name : keychainBusNames()) {
        if (names.contains(name))
            return true;
    }
    return false;
}
#endif

/// QtKeychain 0.13 answers OtherError ("Unknown error") when it finds neither a Secret Service
/// nor KWallet on Linux, instead of NoBackendAvailable. Whether a keychain is there is decided
/// from the session bus, asynchronously: no bus, or no keychain service running or activatable,
/// means no keychain.
void findKeychainService(QObject *context, std::function<void(bool)> done)
{
#ifdef RC_KEYCHAIN_ON_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        done(false);
        return;
    }
    auto *running = new QDBusPendingCallWatcher(bus.interface()->asyncCall(QStringLiteral("ListNames")), context);
    QObject::connect(running, &QDBusPendingCallWatcher::finished, context, [bus, context, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> names = *w;
        if (!names.isError() && namesHaveKeychain(names.value())) {
            done(true);
            return;
        }
        auto *activatable = new QDBusPendingCallWatcher(
            bus.interface()->asyncCall(QStringLiteral("ListActivatableNames")), context);
        QObject::connect(activatable, &QDBusPendingCallWatcher::finished, context, [done](QDBusPendingCallWatcher *a) {
            a->deleteLater();
            const QDBusPendingReply<QStringList> startable = *a;
            done(!startable.isError() && namesHaveKeychain(startable.value()));
        });
    });
#else
    Q_UNUSED(context);
    done(true);
#endif
}

/// A keychain job outlives whoever started it: libsecret answers from the main loop with the job
/// as its callback data, so a job deleted with its store before the answer comes would be used
/// after it is freed. Jobs delete themselves once finished (QtKeychain's auto-delete); until then
/// the application keeps them, and the finished handler is tied to the store, so a late answer
/// for a store that is gone reaches nobody.
QObject *keychainJobParent()
{
    return QCoreApplication::instance();
}

enum class Operation { Read, Write, Remove };

QString failureText(Operation operation, const QUrl &apiUrl)
{
    const QString entry = TokenStore::entryDescription(apiUrl);
    switch (operation) {
    case Operation::Read:
        return Text::tr("The keychain could not read %1").arg(entry);
    case Operation::Write:
        return Text::tr("The keychain could not store the token in %1").arg(entry);
    case Operation::Remove:
        return Text::tr("The keychain could not delete %1").arg(entry);
    }
    return {};
}

void configure(QKeychain::Job *job, const QUrl &apiUrl)
{
    job->setAutoDelete(true);
    // Never a plaintext file: without a keychain the token stays where the user put it.
    job->setInsecureFallback(false);
    job->setKey(TokenStore::keyFor(apiUrl));
}

/// Runs `job` and turns its outcome into a TokenStoreResult for `done`, unless `context` is gone.
void runJob(QKeychain::Job *job, Operation operation, const QUrl &apiUrl, QObject *owner, QObject *context,
            TokenStore::Callback done)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, owner, [=](QKeychain::Job *finished) {
        auto deliver = [guard, done](const TokenStoreResult &result) {
            if (guard)
                done(result);
        };
        TokenStoreResult result;
        const QString detail = finished->errorString();
        switch (finished->error()) {
        case QKeychain::NoError:
            result.status = TokenStoreStatus::Ok;
            if (operation == Operation::Read) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                const QString value = read->textData().trimmed();
                if (value.isEmpty()) {
                    result.status = TokenStoreStatus::NotFound;
                    result.message = Text::tr("%1 is empty").arg(TokenStore::entryDescription(apiUrl));
                } else {
                    result.token = GitHubToken(value, TokenStore::entryDescription(apiUrl));
                }
            }
            deliver(result);
            return;
        case QKeychain::EntryNotFound:
            result.status = TokenStoreStatus::NotFound;
            result.message = Text::tr("There is no %1").arg(TokenStore::entryDescription(apiUrl));
            deliver(result);
            return;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = TokenStoreStatus::Denied;
            result.message = Text::tr("%1: access was denied (%2). Unlock the keychain and allow Release Console to use it, "
                                "or set GH_TOKEN in the environment that starts Release Console.")
                                 .arg(failureText(operation, apiUrl), detail);
            deliver(result);
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            result.status = TokenStoreStatus::NoKeychain;
            result.message = TokenStore::noKeychainMessage();
            deliver(result);
            return;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            break;
        }
        findKeychainService(owner, [=](bool present) {
            TokenStoreResult late;
            if (present) {
                late.status = TokenStoreStatus::Failed;
                late.message = Text::tr("%1: %2. Check that the keychain is unlocked and try again.")
                                   .arg(failureText(operation, apiUrl), detail);
            } else {
                late.status = TokenStoreStatus::NoKeychain;
                late.message = TokenStore::noKeychainMessage();
            }
            deliver(late);
        });
    });
    job->start();
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

TokenStore::~TokenStore() = default;

QString TokenStore::serviceName()
{
    return QStringLiteral("release-console");
}

QString TokenStore::keyFor(const QUrl &apiUrl)
{
    QString host = apiUrl.host().toLower();
    if (host.isEmpty())
        host = QStringLiteral("api.github.com");
    if (apiUrl.port() > 0)
        host += QLatin1Char(':') + QString::number(apiUrl.port());
    return QStringLiteral("github:") + host;
}

QString TokenStore::entryDescription(const QUrl &apiUrl)
{
    return Text::tr("the keychain entry %1/%2").arg(serviceName(), keyFor(apiUrl));
}

QString TokenStore::noKeychainMessage()
{
    return Text::tr("No keychain service is running (GNOME Keyring, KWallet or another Secret Service provider): the "
              "token cannot be stored. Set GH_TOKEN in the environment that starts Release Console, or start a "
              "keychain service.");
}

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : TokenStore(parent)
    , m_service(serviceName())
{
}

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::setServiceName(const QString &service)
{
    m_service = service;
}

void KeychainTokenStore::read(const QUrl &apiUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, keychainJobParent());
    configure(job, apiUrl);
    runJob(job, Operation::Read, apiUrl, this, context, std::move(done));
}

void KeychainTokenStore::write(const QUrl &apiUrl, const GitHubToken &token, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, keychainJobParent());
    configure(job, apiUrl);
    job->setTextData(token.secret());
    runJob(job, Operation::Write, apiUrl, this, context, std::move(done));
}

void KeychainTokenStore::remove(const QUrl &apiUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, keychainJobParent());
    configure(job, apiUrl);
    runJob(job, Operation::Remove, apiUrl, this, context, std::move(done));
}

} // namespace rc::core

#pragma once

#include "github/githubsettings.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace rc::core {

/// How a token store call ended.
enum class TokenStoreStatus {
    Ok, ///< read: a token was found; write and remove: done
    NotFound, ///< read: no entry for the key; remove: there was none (also counts as done)
    NoKeychain, ///< no keychain service is running (no Secret Service, no KWallet, no session bus)
    Denied, ///< the user or the keychain refused access
    Failed, ///< any other keychain error
};

struct TokenStoreResult
{
    TokenStoreStatus status = TokenStoreStatus::Failed;
    GitHubToken token; ///< for a read that found one; its source names the keychain entry
    QString message; ///< what happened and what to do; empty for Ok; never contains the token

    bool ok() const { return status == TokenStoreStatus::Ok; }
};

/// Where the GUI keeps GitHub tokens: one entry per API host. Every call is asynchronous and
/// reports through `done` on the caller's thread, unless `context` was destroyed first.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenStoreResult &)>;

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    virtual void read(const QUrl &apiUrl, QObject *context, Callback done) = 0;
    virtual void write(const QUrl &apiUrl, const GitHubToken &token, QObject *context, Callback done) = 0;
    virtual void remove(const QUrl &apiUrl, QObject *context, Callback done) = 0;

    /// The keychain service name: "release-console".
    static QString serviceName();
    /// The entry of an API URL: "github:api.github.com", "github:ghe.example.com",
    /// "github:127.0.0.1:8080" (the port only when the URL names one).
    static QString keyFor(const QUrl &apiUrl);
    /// "the keychain entry release-console/github:api.github.com": a token's source in messages.
    static QString entryDescription(const QUrl &apiUrl);
    /// What to say when no keychain service is running, and what to do instead.
    static QString noKeychainMessage();
};

/// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Manager). Insecure fallbacks are always off: without a keychain service a token
/// is never written anywhere, and the caller falls back to the environment.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    void read(const QUrl &apiUrl, QObject *context, Callback done) override;
    void write(const QUrl &apiUrl, const GitHubToken &token, QObject *context, Callback done) override;
    void remove(const QUrl &apiUrl, QObject *context, Callback done) override;

    /// The service name used for entries; tests use their own so they never touch a real entry.
    void setServiceName(const QString &service);

private:
    QString m_service;
};

} // namespace rc::core

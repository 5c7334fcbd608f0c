#pragma once

#include "github/githubclient.h"
#include "github/githubsettings.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

namespace rc::core {
class TokenStore;
}

namespace rc::ui {

/// The GitHub connection of the open clone, shared by every part of the window that talks to
/// GitHub (settings, runs, deploy and rollback, sign-off requests). It resolves the settings from
/// the clone's rules, its origin remote and the user's overrides, reads the token from the OS
/// keychain off the GUI thread (the environment when no keychain service runs), and owns the
/// client. In the demo it points at the simulated GitHub on loopback and says so.
class GitHubSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NoClone, ///< nothing open
        NotConfigured, ///< the settings do not resolve (no origin remote, a bad api_url, ...)
        Loading, ///< reading the keychain
        NoToken, ///< settings fine, no token in the keychain or the environment
        Ready, ///< client() can be used
    };
    Q_ENUM(State)

    explicit GitHubSession(QObject *parent = nullptr);
    ~GitHubSession() override;

    /// The clone whose settings apply; an empty path closes the session.
    void setClonePath(const QString &clonePath);
    QString clonePath() const;

    State state() const;
    bool isReady() const { return state() == State::Ready; }
    /// Why the session is not ready and what to do ("No GitHub token: add one in Settings →
    /// GitHub…"), or where it points when it is ("octo-org/octo-repo on api.github.com").
    QString message() const;

    /// Null unless ready. Owned by the session; replaced when the settings or the token change,
    /// so hold it only for the length of one operation (connect to changed()).
    core::GitHubClient *client() const;
    /// The resolved settings; meaningful from NoToken on.
    const core::GitHubSettings &settings() const;

    /// True while the session talks to the simulated GitHub of the demo.
    bool isSimulated() const;

    /// Where the token in use comes from.
    enum class TokenSource {
        None,
        Keychain, ///< the OS keychain entry of the API host
        Environment, ///< GH_TOKEN or GITHUB_TOKEN
        Simulated, ///< the demo's token, held in memory only
    };
    Q_ENUM(TokenSource)
    TokenSource tokenSource() const;
    /// The token's origin in words: "stored in the keychain", "from GH_TOKEN", "none".
    QString tokenSourceText() const;
    /// Empty while the keychain answers; else why it cannot be used (no keychain service, access
    /// denied, ...) and what to do. The environment is the fallback then.
    QString keychainProblem() const;
    /// "nedlia/nedlia (simulated GitHub)", "octo-org/octo-repo on ghe.example.com": the target
    /// repository as every part of the window shows it; empty before the settings resolve.
    QString targetDescription() const;

    /// What the settings were resolved from (the rules, the origin remote, the overrides): for
    /// showing where each value comes from. Meaningful once the clone was read (not NoClone or the
    /// first Loading).
    const core::GitHubSettingsSources &sources() const;
    /// This user's overrides for the open clone, kept in QSettings per clone (never the token).
    core::GitHubUserOverrides overrides() const;
    /// Stores the overrides for the open clone and resolves the settings again.
    void setOverrides(const core::GitHubUserOverrides &overrides);
    /// The settings `overrides` would give with the clone's rules and origin, without storing them.
    core::Expected<core::GitHubSettings> resolveWith(const core::GitHubUserOverrides &overrides) const;
    /// Reads the clone's rules, its origin remote and the token again.
    void reload();

    /// Stores `secret` in the keychain entry of the API host (settings().apiUrl) and reloads; `done`
    /// gets whether it was stored and, if not, why. Refused in the demo and when no clone resolves.
    using TokenCallback = std::function<void(bool ok, const QString &message)>;
    void saveToken(const QString &secret, QObject *context, TokenCallback done);
    /// Deletes the keychain entry of the API host and reloads.
    void forgetToken(QObject *context, TokenCallback done);

    /// A new client for `settings` (from resolveWith) with `typedToken`, or with the session's own
    /// token when `typedToken` is empty: Test Connection tries values before they are saved. Null
    /// when there is no token at all. The caller owns it.
    std::unique_ptr<core::GitHubClient> createClient(const core::GitHubSettings &settings,
                                                     const QString &typedToken = QString()) const;

    /// The demo: talk to the simulated GitHub at `apiUrl` (loopback) with `token`, which lives in
    /// memory only; the keychain and the user's overrides are left alone. An empty URL ends it.
    void setSimulated(const QUrl &apiUrl, const core::GitHubToken &token);

    /// Where tokens are kept; the session's own KeychainTokenStore unless replaced (not owned).
    void setTokenStore(core::TokenStore *store);
    /// The environment read for GH_TOKEN and GITHUB_TOKEN; the process's unless replaced.
    void setEnvironment(const QProcessEnvironment &environment);
    /// Options for every client the session creates (tests shorten the timeouts).
    void setClientOptions(const core::GitHubClientOptions &options);

Q_SIGNALS:
    /// State, settings, token or client changed.
    void changed();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace rc::ui

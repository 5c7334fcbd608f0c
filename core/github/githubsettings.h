#pragma once

#include "expected.h"
#include "rules/repositoryrules.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QDebug;

namespace rc::core {

class Repository;

/// A GitHub token and where it came from. It has no conversion to text and its debug output
/// never shows the value, so it cannot leak into a log line or a message by accident.
class GitHubToken
{
public:
    GitHubToken() = default;
    /// `source` names where the token came from in words a person can act on: "GH_TOKEN",
    /// "the keychain entry release-console/github".
    GitHubToken(QString value, QString source);

    bool isEmpty() const { return m_value.isEmpty(); }
    QString source() const { return m_source; }
    /// The value of the Authorization header: "Bearer TOKEN".
    QByteArray authorizationHeader() const;
    /// The raw value, for redacting text that may contain it and for the keychain. Never print it.
    QString secret() const { return m_value; }

private:
    QString m_value;
    QString m_source;
};

QDebug operator<<(QDebug debug, const GitHubToken &token);

/// "owner/name" of a repository on GitHub.
struct GitHubRepositoryName
{
    QString owner;
    QString name;

    bool isEmpty() const { return owner.isEmpty() || name.isEmpty(); }
    QString fullName() const { return owner + QLatin1Char('/') + name; }
    bool operator==(const GitHubRepositoryName &) const = default;
};

/// Per-user choices that win over the repository's rules; the GUI fills them from QSettings.
/// Empty fields mean "no override". Never holds the token.
struct GitHubUserOverrides
{
    QString apiUrl;
    QString repository;
    QString workflow;
    QString ref;
};

/// Where the GitHub settings come from, in the order they apply (later wins): the rules'
/// `github:` block, the origin remote (repository) and its default branch (ref), the user's
/// overrides, and for the CLI the environment (GITHUB_API_URL, GH_TOKEN, GITHUB_TOKEN).
struct GitHubSettingsSources
{
    GitHubRule rule;
    QString originUrl; ///< the `origin` remote's URL; empty when there is none
    QString remoteDefaultBranch; ///< "main" (from refs/remotes/origin/HEAD); empty when unknown
    GitHubUserOverrides overrides;
    /// Read for GITHUB_API_URL only; the token is read separately (tokenFromEnvironment).
    QProcessEnvironment environment;
    bool useEnvironment = false; ///< true for the CLI
};

/// Everything the client needs to know, except the token.
struct GitHubSettings
{
    QUrl apiUrl; ///< without a trailing slash
    QString apiUrlSource; ///< where apiUrl came from, for messages ("GITHUB_API_URL")
    GitHubRepositoryName repository;
    QString repositorySource;
    QString workflow;
    QString ref;
};

/// The API of github.com.
inline constexpr char defaultGitHubApiUrl[] = "https://api.github.com";
inline constexpr char defaultGitHubWorkflow[] = "release-train.yml";

/// Checks an API base URL: https, or plain http only for a loopback host (127.0.0.1, ::1,
/// localhost), because a token must not cross a network in clear text. `source` names where the
/// text came from in the error. The result has no trailing slash, query or fragment.
Expected<QUrl> parseGitHubApiUrl(const QString &text, const QString &source);

/// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

/// Parses "owner/name" (a trailing ".git" is dropped).
Expected<GitHubRepositoryName> parseGitHubRepositoryName(const QString &text, const QString &source);

/// The owner/name a remote URL points at: https://github.com/o/r(.git), git@github.com:o/r.git,
/// ssh://git@host[:port]/o/r.git, and the same on a GitHub Enterprise Server host, which serves
/// repositories at its root too. Any other path shape is refused with the URL (without a password).
Expected<GitHubRepositoryName> gitHubRepositoryFromRemoteUrl(const QString &url);

/// Resolves the settings from their sources; fails with a message that says which source is
/// wrong and what to write instead.
Expected<GitHubSettings> resolveGitHubSettings(const GitHubSettingsSources &sources);

/// What the clone itself says: the `origin` remote's URL and its default branch (the target of
/// refs/remotes/origin/HEAD). Both are empty when there is no such remote or ref; never fails.
struct OriginInfo
{
    QString url;
    QString defaultBranch;
};
OriginInfo readOriginInfo(const Repository &repo);

/// The CLI's token: GH_TOKEN, else GITHUB_TOKEN; empty (with no source) when neither is set.
GitHubToken gitHubTokenFromEnvironment(const QProcessEnvironment &environment);

/// `text` with every occurrence of the token replaced by "***", for anything that may echo it.
QString redactToken(QString text, const GitHubToken &token);

} // namespace rc::core

#include "githubsettings.h"

#include "git/repository.h"

#include <git2.h>

#include <QCoreApplication>
#include <QDebug>
#include <QHostAddress>
#include <QRegularExpression>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::GitHubSettings)
};

QString withoutGitSuffix(QString name)
{
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    return name;
}

bool validSegment(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return !segment.isEmpty() && segment != QLatin1String(".") && segment != QLatin1String("..")
        && pattern.match(segment).hasMatch();
}

/// "owner/name" from the path part of a remote URL ("/o/r.git", "o/r").
std::optional<GitHubRepositoryName> fromPath(QString path)
{
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    GitHubRepositoryName result{parts.at(0), withoutGitSuffix(parts.at(1))};
    if (!validSegment(result.owner) || !validSegment(result.name))
        return std::nullopt;
    return result;
}

} // namespace

GitHubToken::GitHubToken(QString value, QString source)
    : m_value(value.trimmed())
    , m_source(std::move(source))
{
}

QByteArray GitHubToken::authorizationHeader() const
{
    return QByteArrayLiteral("Bearer ") + m_value.toUtf8();
}

QDebug operator<<(QDebug debug, const GitHubToken &token)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "GitHubToken(" << (token.isEmpty() ? "empty" : "set, redacted");
    if (!token.source().isEmpty())
        debug << ", from " << token.source();
    debug << ')';
    return debug;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

Expected<QUrl> parseGitHubApiUrl(const QString &text, const QString &source)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return Error{Text::tr("%1: \"%2\" is not a URL; write the API's address, such as %3 or https://HOST/api/v3 "
                        "for GitHub Enterprise Server")
                         .arg(source, trimmed, QLatin1String(defaultGitHubApiUrl)),
                     {}};
    }
    if (!url.userInfo().isEmpty()) {
        return Error{Text::tr("%1: the API URL must not contain a user name or password; give the token through "
                        "GH_TOKEN or the keychain instead")
                         .arg(source),
                     {}};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host())) {
            return Error{Text::tr("%1: %2 uses plain http, which would send the token unencrypted; use https "
                            "(plain http is accepted only for 127.0.0.1, ::1 and localhost)")
                             .arg(source, url.toDisplayString()),
                         {}};
        }
    } else if (scheme != QLatin1String("https")) {
        return Error{Text::tr("%1: %2 is not an http(s) URL; write https://api.github.com or https://HOST/api/v3")
                         .arg(source, url.toDisplayString()),
                     {}};
    }
    QUrl result = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    result.setScheme(scheme);
    if (result.path() == QLatin1String("/"))
        result.setPath(QString());
    return result;
}

Expected<GitHubRepositoryName> parseGitHubRepositoryName(const QString &text, const QString &source)
{
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (parts.size() == 2) {
        GitHubRepositoryName result{parts.at(0), withoutGitSuffix(parts.at(1))};
        if (validSegment(result.owner) && validSegment(result.name))
            return result;
    }
    return Error{Text::tr("%1: \"%2\" is not a repository; write owner/name, such as octocat/hello-world")
                     .arg(source, trimmed),
                 {}};
}

Expected<GitHubRepositoryName> gitHubRepositoryFromRemoteUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    std::optional<GitHubRepositoryName> result;
    static const QRegularExpression scpLike(QStringLiteral("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$"));
    if (trimmed.contains(QLatin1String("://"))) {
        const QUrl parsed(trimmed);
        const QString scheme = parsed.scheme().toLower();
        if (parsed.isValid()
            && (scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("ssh")
                || scheme == QLatin1String("git"))) {
            result = fromPath(parsed.path());
        }
    } else if (const QRegularExpressionMatch match = scpLike.match(trimmed); match.hasMatch()) {
        result = fromPath(match.captured(2));
    }
    if (result)
        return *result;
    // The URL may carry a password (https://user:token@host/...): show it without.
    const QString shown = QUrl(trimmed).isValid() && trimmed.contains(QLatin1String("://"))
        ? QUrl(trimmed).toDisplayString(QUrl::RemoveUserInfo)
        : trimmed;
    return Error{Text::tr("the origin remote's URL %1 does not name a GitHub repository (owner/name); set "
                    "github: repository: owner/name in .release-console.yaml")
                     .arg(shown),
                 {}};
}

Expected<GitHubSettings> resolveGitHubSettings(const GitHubSettingsSources &sources)
{
    GitHubSettings settings;

    QString apiText = QLatin1String(defaultGitHubApiUrl);
    QString apiSource = Text::tr("the default API URL");
    if (!sources.rule.apiUrl.isEmpty()) {
        apiText = sources.rule.apiUrl;
        apiSource = Text::tr(".release-console.yaml github.api_url");
    }
    if (!sources.overrides.apiUrl.isEmpty()) {
        apiText = sources.overrides.apiUrl;
        apiSource = Text::tr("the API URL in your settings");
    }
    if (sources.useEnvironment && !sources.environment.value(QStringLiteral("GITHUB_API_URL")).isEmpty()) {
        apiText = sources.environment.value(QStringLiteral("GITHUB_API_URL"));
        apiSource = QStringLiteral("GITHUB_API_URL");
    }
    Expected<QUrl> apiUrl = parseGitHubApiUrl(apiText, apiSource);
    if (!apiUrl)
        return apiUrl.error();
    settings.apiUrl = *apiUrl;
    settings.apiUrlSource = apiSource;

    if (!sources.overrides.repository.isEmpty()) {
        Expected<GitHubRepositoryName> name =
            parseGitHubRepositoryName(sources.overrides.repository, Text::tr("the repository in your settings"));
        if (!name)
            return name.error();
        settings.repository = *name;
        settings.repositorySource = Text::tr("your settings");
    } else if (!sources.rule.repository.isEmpty()) {
        Expected<GitHubRepositoryName> name =
            parseGitHubRepositoryName(sources.rule.repository, Text::tr(".release-console.yaml github.repository"));
        if (!name)
            return name.error();
        settings.repository = *name;
        settings.repositorySource = Text::tr(".release-console.yaml");
    } else if (!sources.originUrl.isEmpty()) {
        Expected<GitHubRepositoryName> name = gitHubRepositoryFromRemoteUrl(sources.originUrl);
        if (!name)
            return name.error();
        settings.repository = *name;
        settings.repositorySource = Text::tr("the origin remote");
    } else {
        return Error{Text::tr("no GitHub repository: the clone has no origin remote and .release-console.yaml has no "
                        "github: repository: owner/name; add one of them"),
                     {}};
    }

    settings.workflow = !sources.overrides.workflow.isEmpty() ? sources.overrides.workflow
        : !sources.rule.workflow.isEmpty()                   ? sources.rule.workflow
                                                             : QString::fromLatin1(defaultGitHubWorkflow);
    settings.ref = !sources.overrides.ref.isEmpty()        ? sources.overrides.ref
        : !sources.rule.ref.isEmpty()                      ? sources.rule.ref
        : !sources.remoteDefaultBranch.isEmpty()           ? sources.remoteDefaultBranch
                                                           : QStringLiteral("main");
    return settings;
}

OriginInfo readOriginInfo(const Repository &repo)
{
    OriginInfo info;
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, repo.handle(), "origin") == 0) {
        if (const char *url = git_remote_url(remote))
            info.url = QString::fromUtf8(url);
        git_remote_free(remote);
    }
    git_reference *head = nullptr;
    if (git_reference_lookup(&head, repo.handle(), "refs/remotes/origin/HEAD") == 0) {
        if (git_reference_type(head) == GIT_REFERENCE_SYMBOLIC) {
            const QString target = QString::fromUtf8(git_reference_symbolic_target(head));
            const QString prefix = QStringLiteral("refs/remotes/origin/");
            if (target.startsWith(prefix))
                info.defaultBranch = target.mid(prefix.size());
        }
        git_reference_free(head);
    }
    return info;
}

GitHubToken gitHubTokenFromEnvironment(const QProcessEnvironment &environment)
{
    for (const QString &name : {QStringLiteral("GH_TOKEN"), QStringLiteral("GITHUB_TOKEN")}) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty())
            return GitHubToken(value, name);
    }
    return {};
}

QString redactToken(QString text, const GitHubToken &token)
{
    if (!token.isEmpty())
        text.replace(token.secret(), QLatin1String("***"));
    return text;
}

} // namespace rc::core

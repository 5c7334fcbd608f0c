#pragma once

// A small monorepo for the release tests: two components with their own tags, built through libgit2.

#include "git/repository.h"

#include "../git/gittestutil.h"

#include <QString>

#include <optional>

namespace rc::test {

inline const rc::core::Repository::Identity &testAuthor()
{
    static const rc::core::Repository::Identity author{QStringLiteral("Alice Nguyen"), QStringLiteral("alice@example.com")};
    return author;
}

inline constexpr char SmallRules[] = R"(components:
  - name: api
    paths: [api/]
    team: api-team
    team_lead: '@alice'
  - name: web
    paths: [web/]
    team: web-team
    team_lead: '@carol'
  - name: docs
    paths: [docs/]
    team: docs-team
)";

/// Writes `path` (appending a line) and commits everything with `message`, at `time` seconds.
inline bool commitChange(rc::core::Repository &repo, const QString &path, const QString &message, qint64 time)
{
    const QString file = repo.workdir() + QLatin1Char('/') + path;
    QByteArray content = readFile(file);
    content += message.toUtf8() + '\n';
    if (!writeFile(file, content))
        return false;
    return bool(repo.commitAll(message, testAuthor(), time));
}

/// api/ at v1.2.3, web/ at v0.3.0, docs/ never tagged; then commits after the tags:
/// api: feat + fix, web: fix, a README change (other). git config gives @rm as the handle.
inline std::optional<rc::core::Repository> makeSmallRepo(const QString &dir)
{
    rc::core::Expected<rc::core::Repository> repo = rc::core::Repository::init(dir);
    if (!repo)
        return std::nullopt;
    if (!setConfig(repo->handle(), "user.name", QStringLiteral("Rita Manager")) ||
        !setConfig(repo->handle(), "user.email", QStringLiteral("rita@example.com")) ||
        !setConfig(repo->handle(), "releaseconsole.user", QStringLiteral("@rm")))
        return std::nullopt;
    if (!writeFile(dir + QStringLiteral("/.release-console.yaml"), SmallRules) ||
        !writeFile(dir + QStringLiteral("/releases/README.md"), "manifests\n") ||
        !writeFile(dir + QStringLiteral("/docs/index.md"), "docs\n"))
        return std::nullopt;
    qint64 t = 1704067200; // 2024-01-01
    if (!commitChange(*repo, QStringLiteral("api/main.go"), QStringLiteral("feat(api): first endpoint"), t += 60) ||
        !commitChange(*repo, QStringLiteral("web/app.ts"), QStringLiteral("feat(web): first page"), t += 60))
        return std::nullopt;
    if (!repo->tag(QStringLiteral("api/v1.2.3")) || !repo->tag(QStringLiteral("web/v0.3.0")) || !repo->tag(QStringLiteral("v2024.1")))
        return std::nullopt;
    if (!commitChange(*repo, QStringLiteral("api/bulk.go"), QStringLiteral("feat(api): add bulk upload"), t += 60) ||
        !commitChange(*repo, QStringLiteral("web/app.ts"), QStringLiteral("fix(web): mobile layout"), t += 60) ||
        !commitChange(*repo, QStringLiteral("api/main.go"), QStringLiteral("fix: it's 'quoted' # and: colons"), t += 60) ||
        !commitChange(*repo, QStringLiteral("README.md"), QStringLiteral("docs: describe the repository"), t += 60))
        return std::nullopt;
    return std::move(repo).value();
}

} // namespace rc::test

#pragma once

#include "expected.h"
#include "git/changes.h"

#include <QString>
#include <QStringList>

#include <compare>
#include <optional>
#include <vector>

namespace rc::core {

class Repository;
struct ComponentRule;
struct RepositoryRules;
struct WorkspaceScan;

/// A semantic version (semver.org 2.0.0) with an optional leading "v" as release tags and manifests
/// write it ("v1.3.0", "2.0.0-rc.1+build.5"). Numeric parts have no leading zeros.
struct Version
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QStringList preRelease; ///< dot-separated identifiers after "-"; empty for a release
    QString build; ///< after "+"; ignored when ordering
    bool vPrefix = false; ///< written with a leading "v"

    /// Parses "1.2.3", "v1.2.3", "1.2.3-beta.1+exp.sha.5811f". Nullopt for anything else (also
    /// "1.2", "01.2.3", "v2024.01.08").
    static std::optional<Version> parse(const QString &text);

    bool isPreRelease() const { return !preRelease.isEmpty(); }
    /// As written, with the "v" when it had one.
    QString toString() const;

    /// Precedence per semver.org: major, minor, patch numerically, a pre-release before its release,
    /// pre-release identifiers numeric-before-alphanumeric and field by field. Build metadata and
    /// the "v" are ignored, so 1.0.0+a == v1.0.0+b.
    std::strong_ordering operator<=>(const Version &other) const;
    bool operator==(const Version &other) const { return (*this <=> other) == 0; }
};

/// How far a component's version moves.
enum class Bump { None, Patch, Minor, Major };

/// The bump the commits ask for, before the 0.x rule: any breaking change → Major, else any `feat`
/// → Minor, else any commit at all (fix, perf, docs, chore, not conventional) → Patch; no commits
/// → None.
Bump bumpFor(const std::vector<CommitInfo> &commits);

/// `current` moved by `bump`. Pre-release and build parts are dropped, the "v" is kept.
/// Below 1.0.0 the public API is not stable yet, so everything moves one place down: a breaking
/// change bumps the minor version (0.4.2 → 0.5.0) and a feature or fix the patch version
/// (0.4.2 → 0.4.3); 0.x never becomes 1.0.0 by itself, that is a decision for a person.
/// A pre-release is finished rather than bumped when it already carries the change
/// (1.3.0-rc.1 with a fix → 1.3.0; 1.3.0-rc.1 with a breaking change → 2.0.0).
/// Bump::None returns `current` unchanged (build part and all).
Version bumped(const Version &current, Bump bump);

/// The suggested next version as text: `current` bumped by bumpFor(`commits`). Empty `current`
/// (never released) with commits suggests "v0.1.0"; no commits returns `current`; a `current` that
/// is not a semantic version returns an empty string (the person decides).
QString suggestVersion(const QString &current, const std::vector<CommitInfo> &commits);

/// Where a component's current version came from.
struct CurrentVersion
{
    enum class Source { None, Manifest, Tag };
    QString version; ///< as written ("v1.2.3"); empty when none was found
    Source source = Source::None;
    QString origin; ///< the release id (Manifest) or the tag name (Tag)
};

/// A clone's tag names, listed once and shared by the per-component lookups.
QStringList listTags(const Repository &repo);

/// True when `tagName` matches `pattern` the way `git describe --match` and `git tag -l` do
/// (fnmatch without FNM_PATHNAME: "*" also matches "/"). An empty pattern matches every tag.
bool tagMatches(const QString &pattern, const QString &tagName);

/// The tag pattern used for a component's version tags: the component's own `tag_pattern`, else
/// the rules' `tag_pattern`, else "<name>/v*" (the convention "api/v1.2.3").
QString versionTagPattern(const RepositoryRules &rules, const ComponentRule &component);

/// The version a tag carries: the tag with the pattern's literal prefix (up to its first wildcard)
/// removed, a trailing "v" of that prefix kept ("api/v*" and "api/v1.3.0" → v1.3.0; "release-*"
/// and "release-2.0.0" → 2.0.0). Nullopt when the rest is not a semantic version.
std::optional<Version> versionFromTag(const QString &pattern, const QString &tagName);

/// The highest version among `tags` matching `pattern`, skipping pre-releases unless
/// `includePreRelease`. "Newest" is by version precedence, not by tag date or reachability, so a
/// hotfix branch cut from an older tag still sees what production runs.
CurrentVersion currentVersionFromTags(const QStringList &tags, const QString &pattern, bool includePreRelease = false);

/// The component's `new_version` in the newest deployed manifest that lists it (the scan is sorted
/// newest first). Source::None when no deployed manifest has it.
CurrentVersion currentVersionFromManifests(const WorkspaceScan &scan, const QString &component);

/// A component's current version: from the newest deployed manifest, else from its newest tag
/// (versionTagPattern), else none. `tags` is listTags() of the clone.
CurrentVersion currentVersion(const WorkspaceScan &scan, const QStringList &tags, const RepositoryRules &rules,
                              const ComponentRule &component, bool includePreRelease = false);

} // namespace rc::core

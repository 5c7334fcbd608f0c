#pragma once

#include "expected.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::core {

class Repository;

/// A component's name and the path prefixes (relative to the work tree root) that belong to it.
/// A path ending in "/" matches only a directory ("nedlia-back-end/api/"); without the slash it
/// matches a file or a directory of that name ("README.md", "lib/util"), as a git pathspec does.
struct ComponentPaths
{
    QString name;
    QStringList paths;
};

/// The parts of a conventional commit message (`type(scope)!: description`, footers
/// `BREAKING CHANGE:` / `BREAKING-CHANGE:`). `type` is empty when the subject is not conventional.
struct ConventionalCommit
{
    QString type; ///< lowercase: "feat", "fix", "perf", ...; empty when not conventional
    QString scope;
    QString description; ///< the subject after ": ", or the whole subject when not conventional
    bool breaking = false; ///< "!" before the colon, or a breaking-change footer in the body

    bool isConventional() const { return !type.isEmpty(); }
};

/// Parses a whole commit message (subject line, blank line, body). Pure; never fails.
/// A breaking-change footer counts even when the subject is not conventional, since it is a
/// deliberate warning from the author.
ConventionalCommit parseConventionalCommit(const QString &message);

/// One non-merge commit in a range.
struct CommitInfo
{
    QString sha; ///< full hex id
    QString subject;
    QString body; ///< the message after the subject line and its blank line, trimmed
    QString author; ///< author name
    QString authorEmail;
    QDateTime date; ///< author date, with the author's UTC offset
    QString type; ///< conventional-commit type, empty when not conventional
    QString scope;
    bool breaking = false;
};

struct ComponentChanges
{
    QString name;
    QStringList paths;
    /// Newest first, in the order `git log --date-order` shows them.
    std::vector<CommitInfo> commits;
};

struct ChangeSet
{
    QString since; ///< as given (a tag name or revision); empty for the whole history
    QString sinceSha; ///< full id of the commit `since` names; empty when `since` is empty
    QString until; ///< full id of the last commit of the range
    /// In the order the components were given.
    std::vector<ComponentChanges> components;
    /// Non-merge commits in the range that belong to no component, newest first.
    std::vector<CommitInfo> other;
};

/// The non-merge commits in `since..until` (reachable from `until`, not from `since`), each
/// assigned to every component whose paths its tree changes compared with its parent's (a root
/// commit compares with the empty tree): per component exactly the set
/// `git log --full-history --no-merges --format=%H SINCE..UNTIL -- PATHS`.
/// `since` empty walks the whole history. Compares tree entry ids along a trie of the component
/// paths, never whole trees. Fails on a revision that does not exist, an invalid path, or history
/// missing from a shallow clone.
Expected<ChangeSet> changesBetween(const Repository &repo, const QString &since, const QString &until,
                                   const std::vector<ComponentPaths> &components);

} // namespace rc::core

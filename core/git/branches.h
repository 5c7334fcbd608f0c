#pragma once

#include "expected.h"

#include <QString>
#include <QStringList>

namespace rc::core {

class Repository;

// Branches, revisions and the work tree's cleanliness, as free functions over Repository::handle().
// Like Repository, none of them is thread-safe for one Repository; each thread opens its own.

/// The full commit id `revision` names (a tag, branch, sha, "HEAD~3"; annotated tags are peeled).
/// Fails with "'X' is not a tag, branch or commit in this clone; ..." when it names nothing.
Expected<QString> resolveCommit(const Repository &repo, const QString &revision);

/// True when `name` is an existing tag (refs/tags/NAME).
bool tagExists(const Repository &repo, const QString &name);

/// The short name of the checked-out branch ("main"). Fails on a detached HEAD with a message
/// telling the user to switch to a branch, and on an unborn HEAD.
Expected<QString> currentBranch(const Repository &repo);

/// True when HEAD points at a commit rather than a branch.
bool isHeadDetached(const Repository &repo);

/// True for a shallow clone (history cut off by `git clone --depth`).
bool isShallow(const Repository &repo);

/// True when refs/heads/NAME exists.
bool branchExists(const Repository &repo, const QString &name);

/// Checks `name` the way git does for a branch name (git_reference_is_valid_name on refs/heads/NAME).
bool isValidBranchName(const QString &name);

/// Tracked files (relative paths) that differ from HEAD in the index or the work tree: what a
/// checkout could overwrite. Untracked and ignored files are not listed. Under `directory` only
/// when given ("releases").
Expected<QStringList> uncommittedTrackedFiles(const Repository &repo, const QString &directory = {});

/// Creates refs/heads/NAME at `commitSha` (never moves an existing branch: fails when it exists).
Expected<Done> createBranch(Repository &repo, const QString &name, const QString &commitSha);

/// Checks out branch `name` (safe checkout: refuses, with the paths, when a tracked file with
/// uncommitted changes would be overwritten) and points HEAD at it.
Expected<Done> switchBranch(Repository &repo, const QString &name);

/// Deletes refs/heads/NAME; used to undo a branch whose set-up failed half-way.
Expected<Done> deleteBranch(Repository &repo, const QString &name);

} // namespace rc::core

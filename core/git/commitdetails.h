#pragma once

#include "expected.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::core {

class Repository;

/// One file a commit changed compared with its first parent.
struct ChangedFile
{
    enum class Kind { Added, Modified, Deleted, Renamed, TypeChanged };
    Kind kind = Kind::Modified;
    QString path; ///< the path after the commit ("/"-separated, relative to the root)
    QString oldPath; ///< the path before a rename; empty otherwise

    /// The letter `git diff --name-status` prints: A, M, D, R or T.
    QChar statusLetter() const;
    bool operator==(const ChangedFile &) const = default;
};

/// What the Changes tab shows for one selected commit.
struct CommitDetails
{
    QString sha; ///< full hex id
    QString message; ///< the whole message, as written (trailing newline removed)
    QString author;
    QString authorEmail;
    QDateTime authorDate; ///< with the author's UTC offset
    QString committer;
    QDateTime commitDate;
    QStringList parents; ///< full ids, first parent first
    /// Sorted by path. Renames are detected as `git diff -M` does (50% similarity).
    std::vector<ChangedFile> files;
};

/// The full message and the files `revision` changed relative to its first parent: the same list
/// as `git diff-tree -r -M --root --name-status --no-commit-id REVISION^ REVISION` (a root commit
/// compares with the empty tree). Fails with a message that says what to do when the revision does
/// not exist or names no commit.
Expected<CommitDetails> commitDetails(const Repository &repo, const QString &revision);

} // namespace rc::core

#pragma once

#include "expected.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

struct git_repository;

namespace rc::core {

/// The state of one file in the work tree compared with HEAD and the index.
enum class FileState { Unmodified, Modified, Untracked, Added, Deleted, Ignored, Unknown };

/// A git clone, through libgit2 (no `git` process). Not thread-safe: use one instance per thread.
class Repository
{
public:
    Repository(Repository &&) noexcept;
    Repository &operator=(Repository &&) noexcept;
    ~Repository();

    /// Opens the clone that contains `path` (a directory or file anywhere inside it).
    /// Fails with "PATH is not inside a git clone; open a folder that contains a .git directory".
    static Expected<Repository> discover(const QString &path);
    /// Creates a new repository with its first branch named main (used by the demo workspace and tests).
    static Expected<Repository> init(const QString &directory);

    /// Absolute path of the work tree, without a trailing slash.
    QString workdir() const;

    /// Manifest files under `releases/` (*.yaml, *.yml, recursively), relative to the work tree, sorted.
    QStringList manifestPaths() const;

    FileState fileState(const QString &relativePath) const;
    /// The state of every file under `directory` (relative, e.g. "releases") that is not
    /// unmodified, from one status walk; a file missing from the result is unmodified (or absent).
    QHash<QString, FileState> fileStates(const QString &directory) const;

    /// Author name and email from git config (user.name, user.email); an error says how to set them.
    struct Identity
    {
        QString name;
        QString email;
    };
    Expected<Identity> identity() const;

    /// The handle used for sign-offs when none is given: git config `releaseconsole.user`,
    /// else `github.user`, else user.name; always starting with "@". Empty when none is set.
    QString userHandle() const;

    /// Commits only `relativePath` as it is in the work tree (other staged changes stay staged and
    /// out of the commit), with the git config identity. Returns the new commit id (hex). Works on an
    /// unborn branch; a deleted file commits its removal; fails when the file matches HEAD already.
    Expected<QString> commitFile(const QString &relativePath, const QString &message);

    /// Commits every file in the work tree (used to build the demo and test repositories).
    Expected<QString> commitAll(const QString &message, const Identity &author, qint64 time = 0);
    /// Creates a lightweight tag at HEAD.
    Expected<Done> tag(const QString &name);

    git_repository *handle() const { return m_repo; }

private:
    explicit Repository(git_repository *repo);
    git_repository *m_repo = nullptr;
};

} // namespace rc::core

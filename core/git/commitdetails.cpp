#include "commitdetails.h"

#include "gitptr.h"
#include "repository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <git2.h>

#include <algorithm>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::CommitDetails)
};

QString oidToString(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

QDateTime signatureTime(const git_signature *signature)
{
    if (!signature)
        return {};
    return QDateTime::fromSecsSinceEpoch(signature->when.time, QTimeZone(signature->when.offset * 60));
}

// Owns one libgit2 object of each kind this file uses; freed in reverse order of creation.
struct Handles
{
    git_object *object = nullptr;
    git_commit *commit = nullptr;
    git_commit *parent = nullptr;
    git_tree *tree = nullptr;
    git_tree *parentTree = nullptr;
    git_diff *diff = nullptr;

    Handles() = default;
    Handles(const Handles &) = delete;
    Handles &operator=(const Handles &) = delete;
    ~Handles()
    {
        git_diff_free(diff);
        git_tree_free(parentTree);
        git_tree_free(tree);
        git_commit_free(parent);
        git_commit_free(commit);
        git_object_free(object);
    }
};

ChangedFile::Kind kindOf(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
    case GIT_DELTA_COPIED:
        return ChangedFile::Kind::Added;
    case GIT_DELTA_DELETED:
        return ChangedFile::Kind::Deleted;
    case GIT_DELTA_RENAMED:
        return ChangedFile::Kind::Renamed;
    case GIT_DELTA_TYPECHANGE:
        return ChangedFile::Kind::TypeChanged;
    default:
        return ChangedFile::Kind::Modified;
    }
}

} // namespace

QChar ChangedFile::statusLetter() const
{
    switch (kind) {
    case Kind::Added:
        return QLatin1Char('A');
    case Kind::Modified:
        return QLatin1Char('M');
    case Kind::Deleted:
        return QLatin1Char('D');
    case Kind::Renamed:
        return QLatin1Char('R');
    case Kind::TypeChanged:
        return QLatin1Char('T');
    }
    return QLatin1Char('M');
}

Expected<CommitDetails> commitDetails(const Repository &repo, const QString &revision)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    Handles h;
    if (git_revparse_single(&h.object, repo.handle(), revision.toUtf8().constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("commit %1 does not exist in this clone; reload the changes (history may have been "
                        "rewritten) or fetch first")
                         .arg(revision),
                     repo.workdir()};
    }
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, h.object, GIT_OBJECT_COMMIT) != 0) {
        git_error_clear();
        return Error{Text::tr("%1 does not name a commit; give a commit id, branch or tag").arg(revision), repo.workdir()};
    }
    h.commit = reinterpret_cast<git_commit *>(peeled);

    CommitDetails details;
    details.sha = oidToString(git_commit_id(h.commit));
    details.message = QString::fromUtf8(git_commit_message(h.commit));
    while (details.message.endsWith(QLatin1Char('\n')))
        details.message.chop(1);
    const git_signature *author = git_commit_author(h.commit);
    const git_signature *committer = git_commit_committer(h.commit);
    details.author = author ? QString::fromUtf8(author->name) : QString();
    details.authorEmail = author ? QString::fromUtf8(author->email) : QString();
    details.authorDate = signatureTime(author);
    details.committer = committer ? QString::fromUtf8(committer->name) : QString();
    details.commitDate = signatureTime(committer);
    const unsigned int parentCount = git_commit_parentcount(h.commit);
    for (unsigned int i = 0; i < parentCount; ++i)
        details.parents << oidToString(git_commit_parent_id(h.commit, i));

    if (git_commit_tree(&h.tree, h.commit) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("the tree of commit %1 cannot be read (%2); the clone may be shallow or damaged: run "
                        "git fsck")
                         .arg(details.sha.left(12), detail),
                     repo.workdir()};
    }
    if (parentCount > 0) {
        if (git_commit_parent(&h.parent, h.commit, 0) != 0 || git_commit_tree(&h.parentTree, h.parent) != 0) {
            git_error_clear();
            return Error{Text::tr("the parent of commit %1 is missing from this clone (a shallow clone?); fetch its "
                            "history with git fetch --unshallow")
                             .arg(details.sha.left(12)),
                         repo.workdir()};
        }
    }

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_INCLUDE_TYPECHANGE;
    if (git_diff_tree_to_tree(&h.diff, repo.handle(), h.parentTree, h.tree, &options) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("the files changed by commit %1 cannot be listed: %2").arg(details.sha.left(12), detail),
                     repo.workdir()};
    }
    // As `git diff -M`: renames only, at git's default 50% similarity.
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(h.diff, &find) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("renames in commit %1 cannot be detected: %2").arg(details.sha.left(12), detail),
                     repo.workdir()};
    }

    const size_t deltas = git_diff_num_deltas(h.diff);
    details.files.reserve(deltas);
    for (size_t i = 0; i < deltas; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(h.diff, i);
        ChangedFile file;
        file.kind = kindOf(delta->status);
        const bool deleted = file.kind == ChangedFile::Kind::Deleted;
        file.path = QString::fromUtf8(deleted ? delta->old_file.path : delta->new_file.path);
        if (file.kind == ChangedFile::Kind::Renamed)
            file.oldPath = QString::fromUtf8(delta->old_file.path);
        details.files.push_back(std::move(file));
    }
    std::sort(details.files.begin(), details.files.end(),
              [](const ChangedFile &a, const ChangedFile &b) { return a.path < b.path; });
    return details;
}

} // namespace rc::core

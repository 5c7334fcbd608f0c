#include "branches.h"

#include "gitptr.h"
#include "repository.h"

#include <QCoreApplication>

#include <git2.h>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Branches)
};

QString oidToString(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

QByteArray branchRef(const QString &name)
{
    return QByteArrayLiteral("refs/heads/") + name.toUtf8();
}

} // namespace

Expected<QString> resolveCommit(const Repository &repo, const QString &revision)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    git_object *object = nullptr;
    if (revision.trimmed().isEmpty() || git_revparse_single(&object, repo.handle(), revision.toUtf8().constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("'%1' is not a tag, branch or commit in this clone; list tags with 'git tag', "
                        "or fetch first if it is on the remote")
                         .arg(revision),
                     {}};
    }
    git_object *commit = nullptr;
    const int rc = git_object_peel(&commit, object, GIT_OBJECT_COMMIT);
    git_object_free(object);
    if (rc != 0) {
        git_error_clear();
        return Error{Text::tr("'%1' does not point at a commit; give a tag, branch or commit").arg(revision), {}};
    }
    const QString sha = oidToString(git_object_id(commit));
    git_object_free(commit);
    return sha;
}

bool tagExists(const Repository &repo, const QString &name)
{
    if (!repo.handle() || name.isEmpty())
        return false;
    git_reference *ref = nullptr;
    const QByteArray full = QByteArrayLiteral("refs/tags/") + name.toUtf8();
    const bool found = git_reference_lookup(&ref, repo.handle(), full.constData()) == 0;
    git_reference_free(ref);
    git_error_clear();
    return found;
}

bool isHeadDetached(const Repository &repo)
{
    return repo.handle() && git_repository_head_detached(repo.handle()) == 1;
}

Expected<QString> currentBranch(const Repository &repo)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    if (isHeadDetached(repo))
        return Error{Text::tr("HEAD is detached (not on a branch); switch to a branch first, e.g. 'git switch main'"), {}};
    git_reference *head = nullptr;
    const int rc = git_repository_head(&head, repo.handle());
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        git_error_clear();
        return Error{Text::tr("the current branch has no commits yet; commit something first"), {}};
    }
    if (rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("cannot read HEAD: %1").arg(detail), {}};
    }
    const QString name = QString::fromUtf8(git_reference_shorthand(head));
    git_reference_free(head);
    return name;
}

bool isShallow(const Repository &repo)
{
    return repo.handle() && git_repository_is_shallow(repo.handle()) == 1;
}

bool branchExists(const Repository &repo, const QString &name)
{
    if (!repo.handle() || name.isEmpty())
        return false;
    git_reference *ref = nullptr;
    const bool found = git_reference_lookup(&ref, repo.handle(), branchRef(name).constData()) == 0;
    git_reference_free(ref);
    git_error_clear();
    return found;
}

bool isValidBranchName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('-')))
        return false;
    // Callable before any Repository exists (checking input first), and libgit2 must be set up to
    // report an invalid name; the init is counted, so this never undoes anyone else's.
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised)
    int valid = 0;
    if (git_reference_name_is_valid(&valid, branchRef(name).constData()) != 0) {
        git_error_clear();
        return false;
    }
    return valid == 1;
}

Expected<QStringList> uncommittedTrackedFiles(const Repository &repo, const QString &directory)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    QByteArray spec;
    char *specs[1] = {nullptr};
    if (!directory.isEmpty()) {
        spec = directory.toUtf8();
        if (!spec.endsWith('/'))
            spec += '/';
        specs[0] = spec.data();
        options.pathspec = {specs, 1};
    }
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, repo.handle(), &options) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("cannot read the state of the work tree: %1").arg(detail), repo.workdir()};
    }
    QStringList files;
    const size_t count = git_status_list_entrycount(list);
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list, i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & (GIT_STATUS_WT_NEW | GIT_STATUS_IGNORED)) == entry->status)
            continue;
        const git_diff_delta *delta = entry->head_to_index ? entry->head_to_index : entry->index_to_workdir;
        if (delta)
            files << QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
    }
    git_status_list_free(list);
    files.removeDuplicates();
    files.sort();
    return files;
}

Expected<Done> createBranch(Repository &repo, const QString &name, const QString &commitSha)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    if (!isValidBranchName(name))
        return Error{Text::tr("'%1' is not a valid branch name; use letters, digits, '-', '_', '.' and '/'").arg(name), {}};
    git_oid oid;
    if (git_oid_fromstr(&oid, commitSha.toLatin1().constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("'%1' is not a commit id").arg(commitSha), {}};
    }
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repo.handle(), &oid) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("commit %1 is not in this clone: %2").arg(commitSha, detail), {}};
    }
    git_reference *branch = nullptr;
    const int rc = git_branch_create(&branch, repo.handle(), name.toUtf8().constData(), commit, 0);
    git_commit_free(commit);
    if (rc == GIT_EEXISTS) {
        git_error_clear();
        return Error{Text::tr("branch %1 already exists; choose another name or delete it with 'git branch -D %1'").arg(name), {}};
    }
    if (rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("cannot create branch %1: %2").arg(name, detail), {}};
    }
    git_reference_free(branch);
    return Done{};
}

Expected<Done> switchBranch(Repository &repo, const QString &name)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    const QByteArray ref = branchRef(name);
    git_object *tree = nullptr;
    if (git_revparse_single(&tree, repo.handle(), (ref + "^{tree}").constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("branch %1 does not exist").arg(name), {}};
    }
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE;
    QStringList conflicts;
    options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT | GIT_CHECKOUT_NOTIFY_DIRTY;
    options.notify_cb = [](git_checkout_notify_t why, const char *path, const git_diff_file *, const git_diff_file *,
                           const git_diff_file *, void *payload) -> int {
        // DIRTY alone is a modified file the checkout leaves alone; only conflicts stop it.
        if (why == GIT_CHECKOUT_NOTIFY_CONFLICT)
            static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
        return 0;
    };
    options.notify_payload = &conflicts;
    const int rc = git_checkout_tree(repo.handle(), tree, &options);
    git_object_free(tree);
    if (rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        if (!conflicts.isEmpty())
            return Error{Text::tr("switching to %1 would overwrite uncommitted changes in %2; commit or stash them first")
                             .arg(name, conflicts.join(QLatin1String(", "))),
                         {}};
        return Error{Text::tr("cannot check out %1: %2").arg(name, detail), {}};
    }
    if (git_repository_set_head(repo.handle(), ref.constData()) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("checked out %1 but cannot point HEAD at it: %2").arg(name, detail), {}};
    }
    return Done{};
}

Expected<Done> deleteBranch(Repository &repo, const QString &name)
{
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};
    git_reference *ref = nullptr;
    if (git_reference_lookup(&ref, repo.handle(), branchRef(name).constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("branch %1 does not exist").arg(name), {}};
    }
    const int rc = git_branch_delete(ref);
    git_reference_free(ref);
    if (rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        return Error{Text::tr("cannot delete branch %1: %2").arg(name, detail), {}};
    }
    return Done{};
}

} // namespace rc::core

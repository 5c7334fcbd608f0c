#pragma once

// Helpers shared by the git tests: they check results with libgit2 directly rather than through
// the code under test.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <git2.h>

namespace rc::test {

/// The error text of a failed result, empty on success: for QVERIFY2 messages, which are built
/// whether or not the check fails.
template <typename Result> QByteArray errorText(const Result &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

/// Points libgit2's global, XDG and system config at `dir` so the host's ~/.gitconfig cannot leak
/// an identity into the tests.
inline void isolateGitConfig(const QString &dir)
{
    git_libgit2_init();
    const QByteArray path = QFile::encodeName(dir);
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM,
                      GIT_CONFIG_LEVEL_PROGRAMDATA})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path.constData());
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool setConfig(git_repository *repo, const char *key, const QString &value)
{
    git_config *config = nullptr;
    if (git_repository_config(&config, repo) != 0)
        return false;
    const bool ok = git_config_set_string(config, key, value.toUtf8().constData()) == 0;
    git_config_free(config);
    return ok;
}

/// The content of `spec` ("HEAD:path", "HEAD~1:path"), or a null array when it does not exist.
inline QByteArray blobAt(git_repository *repo, const QString &spec)
{
    git_object *obj = nullptr;
    if (git_revparse_single(&obj, repo, spec.toUtf8().constData()) != 0) {
        git_error_clear();
        return {};
    }
    QByteArray out;
    if (git_object_type(obj) == GIT_OBJECT_BLOB) {
        auto *blob = reinterpret_cast<git_blob *>(obj);
        out = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                         qsizetype(git_blob_rawsize(blob)));
        if (out.isNull())
            out = QByteArray("");
    }
    git_object_free(obj);
    return out;
}

/// Paths of every file in HEAD's tree, sorted.
inline QStringList headFiles(git_repository *repo)
{
    QStringList files;
    git_object *obj = nullptr;
    if (git_revparse_single(&obj, repo, "HEAD^{tree}") != 0) {
        git_error_clear();
        return files;
    }
    git_tree_walk(
        reinterpret_cast<git_tree *>(obj), GIT_TREEWALK_PRE,
        [](const char *root, const git_tree_entry *entry, void *payload) {
            if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
                static_cast<QStringList *>(payload)->append(QString::fromUtf8(root) +
                                                            QString::fromUtf8(git_tree_entry_name(entry)));
            return 0;
        },
        &files);
    git_object_free(obj);
    files.sort();
    return files;
}

inline unsigned int statusFlags(git_repository *repo, const QString &path)
{
    unsigned int flags = 0;
    if (git_status_file(&flags, repo, path.toUtf8().constData()) != 0) {
        git_error_clear();
        return ~0u;
    }
    return flags;
}

/// Stages `path` from the work tree into the repository's index, as `git add` would.
inline bool stage(git_repository *repo, const QString &path)
{
    git_index *index = nullptr;
    if (git_repository_index(&index, repo) != 0)
        return false;
    const bool ok =
        git_index_add_bypath(index, path.toUtf8().constData()) == 0 && git_index_write(index) == 0;
    git_index_free(index);
    return ok;
}

inline int commitCount(git_repository *repo)
{
    git_revwalk *walk = nullptr;
    if (git_revwalk_new(&walk, repo) != 0 || git_revwalk_push_head(walk) != 0) {
        git_revwalk_free(walk);
        git_error_clear();
        return 0;
    }
    int n = 0;
    git_oid oid;
    while (git_revwalk_next(&oid, walk) == 0)
        ++n;
    git_revwalk_free(walk);
    return n;
}

inline QStringList tagNames(git_repository *repo)
{
    git_strarray names{};
    QStringList out;
    if (git_tag_list(&names, repo) == 0) {
        for (size_t i = 0; i < names.count; ++i)
            out.append(QString::fromUtf8(names.strings[i]));
        git_strarray_dispose(&names);
    }
    out.sort();
    return out;
}

/// True when `git status` would show nothing (untracked files included, ignored ones not).
inline bool isClean(git_repository *repo)
{
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, repo, &opts) != 0)
        return false;
    const bool clean = git_status_list_entrycount(list) == 0;
    git_status_list_free(list);
    return clean;
}

} // namespace rc::test

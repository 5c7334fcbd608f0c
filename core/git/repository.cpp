#include "repository.h"

#include "gitptr.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <git2.h>

#include <mutex>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Repository)
};

// libgit2 keeps global state (allocators, TLS, settings); initialise it once per process and never
// shut it down, so repositories opened on worker threads never race a shutdown.
void ensureLibgit2()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

using git::GitPtr;

using Index = GitPtr<git_index, git_index_free>;
using Tree = GitPtr<git_tree, git_tree_free>;
using Commit = GitPtr<git_commit, git_commit_free>;
using Reference = GitPtr<git_reference, git_reference_free>;
using Signature = GitPtr<git_signature, git_signature_free>;
using Config = GitPtr<git_config, git_config_free>;
using StatusList = GitPtr<git_status_list, git_status_list_free>;
using Object = GitPtr<git_object, git_object_free>;

struct Buf
{
    git_buf b = GIT_BUF_INIT;
    ~Buf() { git_buf_dispose(&b); }
};

QString oidToString(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

FileState stateFromFlags(unsigned int flags)
{
    if (flags == GIT_STATUS_CURRENT)
        return FileState::Unmodified;
    if (flags & GIT_STATUS_IGNORED)
        return FileState::Ignored;
    if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        return FileState::Deleted;
    if (flags & GIT_STATUS_INDEX_NEW)
        return FileState::Added;
    if (flags & GIT_STATUS_WT_NEW)
        return FileState::Untracked;
    if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_WT_TYPECHANGE |
                 GIT_STATUS_INDEX_TYPECHANGE | GIT_STATUS_WT_RENAMED | GIT_STATUS_INDEX_RENAMED))
        return FileState::Modified;
    return FileState::Unknown;
}

// Reads one string from a config snapshot; empty when unset.
QString configString(git_config *config, const char *name)
{
    Buf buf;
    if (git_config_get_string_buf(&buf.b, config, name) != 0) {
        git_error_clear();
        return {};
    }
    return QString::fromUtf8(buf.b.ptr, qsizetype(buf.b.size)).trimmed();
}

// The HEAD commit, or null on an unborn branch (a fresh repository).
Expected<Done> headCommit(git_repository *repo, Commit &commit)
{
    Reference head;
    const int rc = git_repository_head(head.out(), repo);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        git_error_clear();
        return Done{};
    }
    if (rc != 0)
        return Error{Text::tr("cannot read HEAD: %1").arg(git::lastError()), {}};
    if (git_reference_peel(reinterpret_cast<git_object **>(commit.out()), head.get(), GIT_OBJECT_COMMIT) != 0)
        return Error{Text::tr("HEAD does not point at a commit: %1").arg(git::lastError()), {}};
    return Done{};
}

} // namespace

Repository::Repository(git_repository *repo) : m_repo(repo) {}

Repository::Repository(Repository &&other) noexcept : m_repo(std::exchange(other.m_repo, nullptr)) {}

Repository &Repository::operator=(Repository &&other) noexcept
{
    if (this != &other) {
        if (m_repo)
            git_repository_free(m_repo);
        m_repo = std::exchange(other.m_repo, nullptr);
    }
    return *this;
}

Repository::~Repository()
{
    if (m_repo)
        git_repository_free(m_repo);
}

Expected<Repository> Repository::discover(const QString &path)
{
    ensureLibgit2();
    const QFileInfo info(path.isEmpty() ? QStringLiteral(".") : path);
    if (!info.exists())
        return Error{Text::tr("%1 does not exist; open a folder inside a git clone").arg(path), {}};
    // libgit2 walks up from a directory; start a file's search at its folder.
    const QString start = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    git_repository *repo = nullptr;
    if (const int rc = git_repository_open_ext(&repo, QFile::encodeName(start).constData(), 0, nullptr);
        rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        qCDebug(rcGit) << "discover failed for" << start << detail;
        // A clone owned by someone else is refused like git refuses it; say so rather than "no clone".
        // libgit2 1.5 reports it as GIT_EOWNER, or as the failed safe.directory lookup when none is set.
        if (rc == GIT_EOWNER || detail.contains(QLatin1String("safe.directory")) ||
            detail.contains(QLatin1String("not owned by current user")))
            return Error{Text::tr("%1 is in a clone owned by another user (%2); if you trust it, run "
                                  "git config --global --add safe.directory <the clone's folder>")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath()), detail),
                         {}};
        return Error{Text::tr("%1 is not inside a git clone; open a folder that contains a .git directory")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                     {}};
    }
    if (git_repository_is_bare(repo)) {
        git_repository_free(repo);
        return Error{
            Text::tr("%1 is a bare repository without a work tree; open a clone with checked-out files")
                .arg(QDir::toNativeSeparators(start)),
            {}};
    }
    return Repository(repo);
}

Expected<Repository> Repository::init(const QString &directory)
{
    ensureLibgit2();
    if (!QDir().mkpath(directory))
        return Error{Text::tr("cannot create the folder %1; check its parent is writable").arg(directory),
                     {}};
    git_repository *repo = nullptr;
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    // A fixed initial branch so the demo and tests do not depend on init.defaultBranch.
    opts.initial_head = "main";
    if (git_repository_init_ext(&repo, QFile::encodeName(directory).constData(), &opts) != 0)
        return Error{Text::tr("cannot create a git repository in %1: %2").arg(directory, git::lastError()), {}};
    return Repository(repo);
}

QString Repository::workdir() const
{
    const char *dir = m_repo ? git_repository_workdir(m_repo) : nullptr;
    if (!dir)
        return {};
    QString path = QFile::decodeName(dir);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QStringList Repository::manifestPaths() const
{
    const QString root = workdir();
    QStringList paths;
    if (root.isEmpty())
        return paths;
    const QDir rootDir(root);
    QDirIterator it(root + QLatin1String("/releases"), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                    QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(rootDir.relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

FileState Repository::fileState(const QString &relativePath) const
{
    if (!m_repo)
        return FileState::Unknown;
    unsigned int flags = 0;
    if (git_status_file(&flags, m_repo, QFile::encodeName(relativePath).constData()) != 0) {
        git_error_clear();
        return FileState::Unknown;
    }
    return stateFromFlags(flags);
}

QHash<QString, FileState> Repository::fileStates(const QString &directory) const
{
    QHash<QString, FileState> states;
    if (!m_repo)
        return states;
    QByteArray prefix = QFile::encodeName(directory);
    while (prefix.endsWith('/'))
        prefix.chop(1);
    char *pathspec[] = {prefix.data()};
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                 GIT_STATUS_OPT_INCLUDE_IGNORED | GIT_STATUS_OPT_RECURSE_IGNORED_DIRS;
    if (!prefix.isEmpty()) {
        opts.pathspec.strings = pathspec;
        opts.pathspec.count = 1;
    }
    StatusList list;
    if (git_status_list_new(list.out(), m_repo, &opts) != 0) {
        qCWarning(rcGit) << "git status failed:" << git::lastError();
        git_error_clear();
        return states;
    }
    const size_t count = git_status_list_entrycount(list.get());
    states.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        const git_diff_delta *delta =
            entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        const char *path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        states.insert(QFile::decodeName(path), stateFromFlags(entry->status));
    }
    return states;
}

Expected<Repository::Identity> Repository::identity() const
{
    Config config;
    if (!m_repo || git_repository_config_snapshot(config.out(), m_repo) != 0)
        return Error{Text::tr("cannot read the git configuration: %1").arg(git::lastError()), {}};
    Identity id{configString(config.get(), "user.name"), configString(config.get(), "user.email")};
    if (id.name.isEmpty())
        return Error{Text::tr("no git author name is set; run git config --global user.name \"Your Name\""),
                     {}};
    if (id.email.isEmpty())
        return Error{
            Text::tr("no git author email is set; run git config --global user.email \"you@example.com\""),
            {}};
    return id;
}

QString Repository::userHandle() const
{
    Config config;
    if (!m_repo || git_repository_config_snapshot(config.out(), m_repo) != 0) {
        git_error_clear();
        return {};
    }
    for (const char *key : {"releaseconsole.user", "github.user", "user.name"}) {
        const QString value = configString(config.get(), key);
        if (!value.isEmpty())
            return value.startsWith(QLatin1Char('@')) ? value : QLatin1Char('@') + value;
    }
    return {};
}

Expected<QString> Repository::commitFile(const QString &relativePath, const QString &message)
{
    if (!m_repo)
        return Error{Text::tr("no repository is open"), {}};
    const QString root = workdir();
    QString rel = QDir::cleanPath(QDir::fromNativeSeparators(relativePath));
    if (QDir::isAbsolutePath(rel))
        rel = QDir(root).relativeFilePath(rel);
    if (rel.isEmpty() || rel == QLatin1String(".") || rel.startsWith(QLatin1String("../")))
        return Error{
            Text::tr("%1 is not inside the clone %2; commit a file from this clone").arg(relativePath, root),
            {}};
    const QByteArray path = QFile::encodeName(rel);

    auto author = identity();
    if (!author)
        return author.error();

    Commit parent;
    if (auto head = headCommit(m_repo, parent); !head)
        return head.error();

    // Build the new tree from HEAD's tree in a private index so nothing else that is staged ends
    // up in this commit.
    Index index;
    if (git_index_new(index.out()) != 0)
        return Error{Text::tr("cannot create an index: %1").arg(git::lastError()), {}};
    Tree parentTree;
    if (parent.get()) {
        if (git_commit_tree(parentTree.out(), parent.get()) != 0 ||
            git_index_read_tree(index.get(), parentTree.get()) != 0)
            return Error{Text::tr("cannot read HEAD's tree: %1").arg(git::lastError()), {}};
    }

    const QFileInfo info(root + QLatin1Char('/') + rel);
    const bool exists = info.exists() && !info.isDir();
    if (exists) {
        git_index_entry entry{};
        entry.path = path.constData();
        entry.mode = info.isSymLink()      ? GIT_FILEMODE_LINK
                     : info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE
                                           : GIT_FILEMODE_BLOB;
        // From the work tree through the repository's filters (eol, attributes), as `git add` would.
        if (git_blob_create_from_workdir(&entry.id, m_repo, path.constData()) != 0)
            return Error{Text::tr("cannot read %1 into git: %2").arg(rel, git::lastError()), {}};
        if (git_index_add(index.get(), &entry) != 0)
            return Error{Text::tr("cannot stage %1: %2").arg(rel, git::lastError()), {}};
    } else if (git_index_remove(index.get(), path.constData(), 0) != 0) {
        git_error_clear();
        return Error{
            Text::tr("%1 does not exist in the work tree or in HEAD; save the file before committing")
                .arg(rel),
            {}};
    }

    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index.get(), m_repo) != 0)
        return Error{Text::tr("cannot write the tree: %1").arg(git::lastError()), {}};
    if (parentTree.get() && git_oid_equal(&treeId, git_tree_id(parentTree.get())))
        return Error{Text::tr("%1 has no changes to commit").arg(rel), rel};

    Tree tree;
    if (git_tree_lookup(tree.out(), m_repo, &treeId) != 0)
        return Error{Text::tr("cannot read the new tree: %1").arg(git::lastError()), {}};
    Signature sig;
    if (git_signature_now(sig.out(), author->name.toUtf8().constData(), author->email.toUtf8().constData()) !=
        0)
        return Error{Text::tr("invalid git identity: %1").arg(git::lastError()), {}};

    Buf prettified;
    if (git_message_prettify(&prettified.b, message.toUtf8().constData(), 0, '#') != 0 ||
        prettified.b.size == 0)
        return Error{Text::tr("the commit message is empty; give a message"), {}};

    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    // Updating "HEAD" fails if the branch moved since we read it, instead of dropping that commit.
    if (git_commit_create(&commitId, m_repo, "HEAD", sig.get(), sig.get(), nullptr, prettified.b.ptr,
                          tree.get(), parent.get() ? 1 : 0, parents) != 0)
        return Error{Text::tr("cannot create the commit: %1").arg(git::lastError()), {}};

    // Keep the real index in step for this path only, so `git status` shows it clean and other
    // staged changes stay staged.
    Index real;
    if (git_repository_index(real.out(), m_repo) == 0 && git_index_read(real.get(), 0) == 0) {
        const int rc = exists ? git_index_add_bypath(real.get(), path.constData())
                              : git_index_remove_bypath(real.get(), path.constData());
        if (rc != 0 || git_index_write(real.get()) != 0) {
            qCWarning(rcGit) << "committed" << rel << "but could not update the index:" << git::lastError();
            git_error_clear();
        }
    } else {
        qCWarning(rcGit) << "committed" << rel << "but could not open the index:" << git::lastError();
        git_error_clear();
    }
    qCInfo(rcGit) << "committed" << rel << oidToString(commitId);
    return oidToString(commitId);
}

Expected<QString> Repository::commitAll(const QString &message, const Identity &author, qint64 time)
{
    if (!m_repo)
        return Error{Text::tr("no repository is open"), {}};
    Index index;
    if (git_repository_index(index.out(), m_repo) != 0)
        return Error{Text::tr("cannot open the index: %1").arg(git::lastError()), {}};
    char star[] = "*";
    char *patterns[] = {star};
    const git_strarray spec = {patterns, 1};
    if (git_index_add_all(index.get(), &spec, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0 ||
        git_index_update_all(index.get(), &spec, nullptr, nullptr) != 0 || git_index_write(index.get()) != 0)
        return Error{Text::tr("cannot stage the work tree: %1").arg(git::lastError()), {}};
    git_oid treeId;
    if (git_index_write_tree(&treeId, index.get()) != 0)
        return Error{Text::tr("cannot write the tree: %1").arg(git::lastError()), {}};
    Tree tree;
    if (git_tree_lookup(tree.out(), m_repo, &treeId) != 0)
        return Error{Text::tr("cannot read the new tree: %1").arg(git::lastError()), {}};

    Commit parent;
    if (auto head = headCommit(m_repo, parent); !head)
        return head.error();

    Signature sig;
    const QByteArray name = author.name.toUtf8();
    const QByteArray email = author.email.toUtf8();
    const int rc =
        time > 0 ? git_signature_new(sig.out(), name.constData(), email.constData(), git_time_t(time), 0)
                 : git_signature_now(sig.out(), name.constData(), email.constData());
    if (rc != 0)
        return Error{Text::tr("invalid author %1 <%2>: %3").arg(author.name, author.email, git::lastError()),
                     {}};

    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, m_repo, "HEAD", sig.get(), sig.get(), nullptr,
                          message.toUtf8().constData(), tree.get(), parent.get() ? 1 : 0, parents) != 0)
        return Error{Text::tr("cannot create the commit: %1").arg(git::lastError()), {}};
    return oidToString(commitId);
}

Expected<Done> Repository::tag(const QString &name)
{
    if (!m_repo)
        return Error{Text::tr("no repository is open"), {}};
    Object head;
    if (git_revparse_single(head.out(), m_repo, "HEAD^{commit}") != 0)
        return Error{Text::tr("cannot tag %1: HEAD has no commit yet; commit first").arg(name), {}};
    git_oid id;
    if (git_tag_create_lightweight(&id, m_repo, name.toUtf8().constData(), head.get(), 0) != 0)
        return Error{Text::tr("cannot create the tag %1: %2").arg(name, git::lastError()), {}};
    return Done{};
}

} // namespace rc::core

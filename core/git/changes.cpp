#include "changes.h"

#include "logging.h"
#include "repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <git2.h>

#include <cstring>
#include <unordered_map>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Changes)
};

QString lastGitError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : Text::tr("unknown libgit2 error");
}

QString oidToString(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

template <typename T, void (*Free)(T *)> struct GitPtr
{
    T *p = nullptr;
    GitPtr() = default;
    GitPtr(const GitPtr &) = delete;
    GitPtr &operator=(const GitPtr &) = delete;
    ~GitPtr()
    {
        if (p)
            Free(p);
    }
    T **out() { return &p; }
    T *get() const { return p; }
};

using Commit = GitPtr<git_commit, git_commit_free>;
using Object = GitPtr<git_object, git_object_free>;
using Revwalk = GitPtr<git_revwalk, git_revwalk_free>;
using OdbObject = GitPtr<git_odb_object, git_odb_object_free>;

// The component paths as a trie of path segments, so one walk per commit compares every
// component at once and reads only the trees on the way to a component path.
struct TrieNode
{
    std::vector<std::pair<QByteArray, int>> children; // segment -> node index, sorted by segment
    std::vector<int> anyKind; // components whose path ends here and matches a file or directory
    std::vector<int> dirOnly; // components whose path ends here with "/": only a directory matches
};

class PathTrie
{
public:
    PathTrie() { m_nodes.emplace_back(); }

    void add(const QList<QByteArray> &segments, bool dirOnly, int component)
    {
        int node = 0;
        for (const QByteArray &segment : segments)
            node = child(node, segment);
        (dirOnly ? m_nodes[size_t(node)].dirOnly : m_nodes[size_t(node)].anyKind).push_back(component);
    }

    const TrieNode &node(int index) const { return m_nodes[size_t(index)]; }

private:
    int child(int node, const QByteArray &segment)
    {
        auto &children = m_nodes[size_t(node)].children;
        auto it = std::lower_bound(children.begin(), children.end(), segment,
                                   [](const auto &entry, const QByteArray &s) { return entry.first < s; });
        if (it != children.end() && it->first == segment)
            return it->second;
        const int index = int(m_nodes.size());
        children.insert(it, {segment, index});
        m_nodes.emplace_back();
        return index;
    }

    std::vector<TrieNode> m_nodes;
};

// What a tree holds under the names a trie node continues with; read once per (node, tree id),
// since consecutive commits share almost all of their trees.
struct EntryRef
{
    git_oid id;
    bool present = false;
    bool isTree = false;
};

struct NodeTreeKey
{
    int node;
    git_oid tree;
    bool operator==(const NodeTreeKey &o) const { return node == o.node && git_oid_equal(&tree, &o.tree); }
};

struct NodeTreeKeyHash
{
    size_t operator()(const NodeTreeKey &k) const
    {
        size_t h;
        std::memcpy(&h, k.tree.id, sizeof h); // object ids are already uniformly distributed
        return h ^ (size_t(k.node) * 0x9e3779b97f4a7c15ULL);
    }
};

class TreeComparer
{
public:
    TreeComparer(git_repository *repo, const PathTrie &trie, size_t componentCount)
        : m_trie(trie), m_changed(componentCount)
    {
        if (git_repository_odb(&m_odb, repo) != 0)
            m_odb = nullptr;
    }
    ~TreeComparer()
    {
        if (m_odb)
            git_odb_free(m_odb);
    }
    TreeComparer(const TreeComparer &) = delete;
    TreeComparer &operator=(const TreeComparer &) = delete;

    /// Which components differ between two root trees (null: the empty tree).
    Expected<const std::vector<char> *> compare(const git_oid *oldTree, const git_oid *newTree)
    {
        std::fill(m_changed.begin(), m_changed.end(), 0);
        m_error.clear();
        compareNode(0, oldTree, newTree);
        if (!m_error.isEmpty())
            return Error{m_error, {}};
        return &m_changed;
    }

private:
    const std::vector<EntryRef> *entries(int node, const git_oid *tree)
    {
        if (!tree)
            return nullptr;
        NodeTreeKey key{node, *tree};
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return &it->second;
        // Scans the raw tree object instead of git_tree_lookup, which would allocate an entry for
        // every file of a large directory when only a few names are wanted.
        OdbObject raw;
        if (!m_odb || git_odb_read(raw.out(), m_odb, tree) != 0 || git_odb_object_type(raw.get()) != GIT_OBJECT_TREE) {
            m_error = Text::tr("cannot read tree %1: %2; the clone may be incomplete, run `git fsck`")
                          .arg(oidToString(*tree), lastGitError());
            git_error_clear();
            return nullptr;
        }
        const auto &children = m_trie.node(node).children;
        std::vector<EntryRef> refs(children.size());
        const char *p = static_cast<const char *>(git_odb_object_data(raw.get()));
        const char *end = p + git_odb_object_size(raw.get());
        size_t found = 0;
        while (p < end && found < children.size()) {
            const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(end - p)));
            const char *nul = space ? static_cast<const char *>(std::memchr(space, '\0', size_t(end - space))) : nullptr;
            if (!nul || end - nul < 1 + GIT_OID_RAWSZ) {
                m_error = Text::tr("tree %1 is corrupt; run `git fsck`").arg(oidToString(*tree));
                return nullptr;
            }
            const QByteArrayView name(space + 1, nul - space - 1);
            auto it = std::lower_bound(children.begin(), children.end(), name,
                                       [](const auto &entry, QByteArrayView n) { return QByteArrayView(entry.first) < n; });
            if (it != children.end() && QByteArrayView(it->first) == name) {
                EntryRef &ref = refs[size_t(it - children.begin())];
                git_oid_fromraw(&ref.id, reinterpret_cast<const unsigned char *>(nul + 1));
                ref.present = true;
                // directories are mode 40000; submodules (160000) are commits, not trees
                ref.isTree = QByteArrayView(p, space - p) == "40000";
                ++found;
            }
            p = nul + 1 + GIT_OID_RAWSZ;
        }
        return &m_cache.emplace(key, std::move(refs)).first->second;
    }

    static bool sameEntry(const EntryRef &a, const EntryRef &b)
    {
        if (a.present != b.present)
            return false;
        return !a.present || git_oid_equal(&a.id, &b.id);
    }

    void compareNode(int nodeIndex, const git_oid *oldTree, const git_oid *newTree)
    {
        const TrieNode &node = m_trie.node(nodeIndex);
        const std::vector<EntryRef> *oldRefs = entries(nodeIndex, oldTree);
        const std::vector<EntryRef> *newRefs = entries(nodeIndex, newTree);
        if (!m_error.isEmpty())
            return;
        static const EntryRef absent{};
        for (size_t i = 0; i < node.children.size(); ++i) {
            const EntryRef &a = oldRefs ? (*oldRefs)[i] : absent;
            const EntryRef &b = newRefs ? (*newRefs)[i] : absent;
            if (sameEntry(a, b))
                continue;
            const int childIndex = node.children[i].second;
            const TrieNode &child = m_trie.node(childIndex);
            for (int c : child.anyKind)
                m_changed[size_t(c)] = 1;
            // A path ending in "/" names a directory: a file of that name is not there for it.
            const bool oldDir = a.present && a.isTree;
            const bool newDir = b.present && b.isTree;
            if (!child.dirOnly.empty() && (oldDir != newDir || (oldDir && !git_oid_equal(&a.id, &b.id)))) {
                for (int c : child.dirOnly)
                    m_changed[size_t(c)] = 1;
            }
            if (!child.children.empty() && (oldDir || newDir)
                && !(oldDir && newDir && git_oid_equal(&a.id, &b.id)))
                compareNode(childIndex, oldDir ? &a.id : nullptr, newDir ? &b.id : nullptr);
            if (!m_error.isEmpty())
                return;
        }
    }

    git_odb *m_odb = nullptr;
    const PathTrie &m_trie;
    std::vector<char> m_changed;
    std::unordered_map<NodeTreeKey, std::vector<EntryRef>, NodeTreeKeyHash> m_cache;
    QString m_error;
};

// Splits "a/b/" into {"a", "b"} and tells whether it names only a directory; an empty list for an
// invalid path.
QList<QByteArray> splitPath(const QString &path, bool *dirOnly)
{
    QString p = path.trimmed();
    while (p.startsWith(QLatin1String("./")))
        p.remove(0, 2);
    *dirOnly = p.endsWith(QLatin1Char('/'));
    if (*dirOnly)
        p.chop(1);
    if (p.isEmpty() || p.startsWith(QLatin1Char('/')))
        return {};
    const QList<QByteArray> segments = p.toUtf8().split('/');
    for (const QByteArray &s : segments) {
        if (s.isEmpty() || s == "." || s == "..")
            return {};
    }
    return segments;
}

Expected<git_oid> resolveCommit(git_repository *repo, const QString &rev)
{
    Object obj;
    if (git_revparse_single(obj.out(), repo, rev.toUtf8().constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("'%1' is not a tag, branch or commit in this clone; list tags with "
                              "`git tag` or fetch them with `git fetch --tags`")
                         .arg(rev),
                     {}};
    }
    Object peeled;
    if (git_object_peel(peeled.out(), obj.get(), GIT_OBJECT_COMMIT) != 0) {
        git_error_clear();
        return Error{Text::tr("'%1' does not point at a commit; give a tag, branch or commit").arg(rev), {}};
    }
    return *git_object_id(peeled.get());
}

CommitInfo commitInfo(git_commit *commit)
{
    CommitInfo info;
    info.sha = oidToString(*git_commit_id(commit));
    const char *message = git_commit_message(commit);
    const ConventionalCommit cc = parseConventionalCommit(QString::fromUtf8(message ? message : ""));
    const char *summary = git_commit_summary(commit);
    info.subject = QString::fromUtf8(summary ? summary : "");
    const char *body = git_commit_body(commit);
    info.body = QString::fromUtf8(body ? body : "").trimmed();
    if (const git_signature *author = git_commit_author(commit)) {
        info.author = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.date = QDateTime::fromSecsSinceEpoch(author->when.time, Qt::OffsetFromUTC, author->when.offset * 60);
    }
    info.type = cc.type;
    info.scope = cc.scope;
    info.breaking = cc.breaking;
    return info;
}

} // namespace

ConventionalCommit parseConventionalCommit(const QString &message)
{
    ConventionalCommit result;
    const qsizetype newline = message.indexOf(QLatin1Char('\n'));
    const QString subject = (newline < 0 ? message : message.left(newline)).trimmed();
    const QString body = newline < 0 ? QString() : message.mid(newline + 1);

    // type(scope)!: description; the type is a word, the scope anything but parentheses.
    static const QRegularExpression header(
        QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$)"));
    const QRegularExpressionMatch m = header.match(subject);
    if (m.hasMatch()) {
        result.type = m.captured(1).toLower();
        result.scope = m.captured(2).trimmed();
        result.breaking = !m.captured(3).isEmpty();
        result.description = m.captured(4).trimmed();
    } else {
        result.description = subject;
    }

    static const QRegularExpression footer(QStringLiteral(R"(^BREAKING[ -]CHANGE: *\S)"),
                                           QRegularExpression::MultilineOption);
    if (footer.match(body).hasMatch())
        result.breaking = true;
    return result;
}

Expected<ChangeSet> changesBetween(const Repository &repo, const QString &since, const QString &until,
                                   const std::vector<ComponentPaths> &components)
{
    git_repository *handle = repo.handle();
    if (!handle)
        return Error{Text::tr("no repository is open; open a git clone first"), {}};

    PathTrie trie;
    for (size_t c = 0; c < components.size(); ++c) {
        for (const QString &path : components[c].paths) {
            bool dirOnly = false;
            const QList<QByteArray> segments = splitPath(path, &dirOnly);
            if (segments.isEmpty()) {
                return Error{Text::tr("component %1: path '%2' is not a path inside the repository; write it "
                                      "relative to the root without '.' or '..', e.g. 'services/api/'")
                                 .arg(components[c].name, path),
                             {}};
            }
            trie.add(segments, dirOnly, int(c));
        }
    }

    const QString untilRev = until.isEmpty() ? QStringLiteral("HEAD") : until;
    const Expected<git_oid> untilId = resolveCommit(handle, untilRev);
    if (!untilId)
        return untilId.error();

    ChangeSet set;
    set.since = since;
    set.until = oidToString(*untilId);
    for (const ComponentPaths &c : components)
        set.components.push_back({c.name, c.paths, {}});

    Revwalk walk;
    if (git_revwalk_new(walk.out(), handle) != 0)
        return Error{Text::tr("cannot walk the history: %1").arg(lastGitError()), {}};
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push(walk.get(), &*untilId) != 0)
        return Error{Text::tr("cannot walk the history from %1: %2").arg(untilRev, lastGitError()), {}};
    if (!since.isEmpty()) {
        const Expected<git_oid> sinceId = resolveCommit(handle, since);
        if (!sinceId)
            return sinceId.error();
        set.sinceSha = oidToString(*sinceId);
        if (git_revwalk_hide(walk.get(), &*sinceId) != 0)
            return Error{Text::tr("cannot walk the history since %1: %2").arg(since, lastGitError()), {}};
    }

    TreeComparer comparer(handle, trie, components.size());
    git_oid id;
    int rc = 0;
    while ((rc = git_revwalk_next(&id, walk.get())) == 0) {
        Commit commit;
        if (git_commit_lookup(commit.out(), handle, &id) != 0)
            return Error{Text::tr("cannot read commit %1: %2").arg(oidToString(id), lastGitError()), {}};
        const unsigned parents = git_commit_parentcount(commit.get());
        if (parents > 1)
            continue;
        git_oid parentTree;
        const git_oid *oldTree = nullptr;
        if (parents == 1) {
            Commit parent;
            if (git_commit_parent(parent.out(), commit.get(), 0) != 0) {
                git_error_clear();
                return Error{Text::tr("the parent of commit %1 is missing (a shallow clone?); fetch the whole "
                                      "history with `git fetch --unshallow`")
                                 .arg(oidToString(id)),
                             {}};
            }
            parentTree = *git_commit_tree_id(parent.get());
            oldTree = &parentTree;
        }
        const Expected<const std::vector<char> *> changed = comparer.compare(oldTree, git_commit_tree_id(commit.get()));
        if (!changed)
            return changed.error();
        const CommitInfo info = commitInfo(commit.get());
        bool any = false;
        for (size_t c = 0; c < components.size(); ++c) {
            if ((**changed)[c]) {
                set.components[c].commits.push_back(info);
                any = true;
            }
        }
        if (!any)
            set.other.push_back(info);
    }
    if (rc != GIT_ITEROVER) {
        const QString why = lastGitError();
        git_error_clear();
        return Error{Text::tr("cannot walk the history of %1 (a shallow clone?): %2; fetch the whole history "
                              "with `git fetch --unshallow`")
                         .arg(untilRev, why),
                     {}};
    }
    qCDebug(rcGit) << "changes" << since << ".." << set.until << ":" << set.other.size() << "commits in no component";
    return set;
}

} // namespace rc::core

#include "workspace.h"

#include "logging.h"
#include "manifestparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <atomic>
#include <thread>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Workspace)
};

// The last parse of each file, by absolute path. A GUI rescans after every save or file-system
// event; most files have not changed, and parsing dominates a scan, so a file whose bytes are
// the same as last time reuses that result. Shared by all threads, guarded by the mutex.
struct CachedParse
{
    QByteArray bytes;
    ParseResult result;
};

struct ParseCache
{
    QMutex mutex;
    QHash<QString, CachedParse> entries;
};

ParseCache &parseCache()
{
    static ParseCache cache;
    return cache;
}

void loadEntry(ReleaseEntry &entry, const QHash<QString, CachedParse> &previous, CachedParse &parsed)
{
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.errors.push_back(
            {Diagnostic::Severity::Error,
             entry.relativePath,
             {},
             Text::tr("cannot read the file: %1; check that it is readable").arg(file.errorString())});
        return;
    }
    parsed.bytes = file.readAll();
    const auto hit = previous.constFind(entry.path);
    if (hit != previous.cend() && hit->bytes == parsed.bytes)
        parsed.result = hit->result;
    else
        parsed.result = parseManifest(parsed.bytes, entry.relativePath);
    entry.manifest = parsed.result.manifest;
    entry.errors = parsed.result.errors;
    entry.warnings = parsed.result.warnings;
}

// Parsing dominates a scan; spread it over the cores. Each entry is written by one thread only.
void loadAll(const QString &root, std::vector<ReleaseEntry> &entries,
             const std::function<void(int, int)> &progress)
{
    const int total = int(entries.size());
    QHash<QString, CachedParse> previous;
    {
        QMutexLocker lock(&parseCache().mutex);
        previous = parseCache().entries; // implicitly shared: read-only below, from every thread
    }
    std::vector<CachedParse> parsed(entries.size());

    std::atomic<int> next{0};
    std::atomic<int> done{0};
    auto work = [&] {
        for (int i = next++; i < total; i = next++) {
            loadEntry(entries[size_t(i)], previous, parsed[size_t(i)]);
            ++done;
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const int helpers = total < 16 ? 0 : int(std::min<unsigned>(cores, 8)) - 1;
    std::vector<std::thread> threads;
    threads.reserve(size_t(std::max(helpers, 0)));
    for (int i = 0; i < helpers; ++i)
        threads.emplace_back(work);
    // The calling thread works too, and is the only one that reports progress.
    for (int i = next++; i < total; i = next++) {
        loadEntry(entries[size_t(i)], previous, parsed[size_t(i)]);
        ++done;
        if (progress)
            progress(done.load(), total);
    }
    for (auto &t : threads)
        t.join();
    if (progress)
        progress(total, total);

    // Keep only this clone's current files, so deleted files do not pile up.
    previous.clear();
    QMutexLocker lock(&parseCache().mutex);
    auto &cache = parseCache().entries;
    const QString prefix = root + QLatin1Char('/');
    for (auto it = cache.begin(); it != cache.end();)
        it = it.key().startsWith(prefix) ? cache.erase(it) : std::next(it);
    for (size_t i = 0; i < entries.size(); ++i)
        if (!parsed[i].bytes.isNull())
            cache.insert(entries[i].path, std::move(parsed[i]));
}

// Drafts written by the create job carry only created_at; order them by that rather than last.
QDateTime sortTime(const ReleaseEntry &e)
{
    if (!e.manifest)
        return {};
    return e.manifest->release.scheduledAt.isValid() ? e.manifest->release.scheduledAt
                                                     : e.manifest->release.createdAt;
}

bool newerFirst(const ReleaseEntry &a, const ReleaseEntry &b)
{
    if (bool(a.manifest) != bool(b.manifest))
        return bool(a.manifest); // files that failed to load go last
    if (!a.manifest)
        return a.relativePath < b.relativePath;
    const QDateTime ta = sortTime(a);
    const QDateTime tb = sortTime(b);
    if (ta.isValid() != tb.isValid())
        return ta.isValid();
    if (ta != tb)
        return ta > tb;
    if (a.manifest->release.id != b.manifest->release.id)
        return a.manifest->release.id < b.manifest->release.id;
    return a.relativePath < b.relativePath;
}

void reportDuplicates(WorkspaceScan &scan)
{
    QHash<QString, QStringList> filesById;
    QStringList order;
    for (const auto &e : scan.releases) {
        if (!e.manifest || e.manifest->release.id.isEmpty())
            continue;
        auto &files = filesById[e.manifest->release.id];
        if (files.isEmpty())
            order.append(e.manifest->release.id);
        files.append(e.relativePath);
    }
    for (const QString &id : std::as_const(order)) {
        QStringList files = filesById.value(id);
        if (files.size() < 2)
            continue;
        files.sort();
        scan.problems.push_back(
            {Diagnostic::Severity::Error,
             files.last(),
             {},
             Text::tr("release id %1 is used by %2 files: %3; give each release its own id")
                 .arg(id)
                 .arg(files.size())
                 .arg(files.join(QLatin1String(", ")))});
    }
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : c;
}

} // namespace

WorkspaceScan scanWorkspace(const QString &path, const std::function<void(int, int)> &progress)
{
    WorkspaceScan scan;
    auto repo = Repository::discover(path);
    if (!repo) {
        scan.error = repo.error().toString();
        return scan;
    }
    scan.root = repo->workdir();

    const QStringList paths = repo->manifestPaths();
    scan.releases.resize(size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto &e = scan.releases[size_t(i)];
        e.relativePath = paths[i];
        e.path = scan.root + QLatin1Char('/') + paths[i];
    }
    loadAll(scan.root, scan.releases, progress);

    // One status walk for the whole folder instead of one per file.
    const QHash<QString, FileState> states = repo->fileStates(QStringLiteral("releases"));
    for (auto &e : scan.releases)
        e.gitState = states.value(e.relativePath, FileState::Unmodified);

    std::sort(scan.releases.begin(), scan.releases.end(), newerFirst);
    reportDuplicates(scan);
    return scan;
}

Expected<const ReleaseEntry *> findRelease(const WorkspaceScan &scan, const QString &idOrPath)
{
    std::vector<const ReleaseEntry *> byId;
    for (const auto &e : scan.releases)
        if (e.manifest && e.manifest->release.id == idOrPath)
            byId.push_back(&e);
    if (byId.size() == 1)
        return byId.front();
    if (byId.size() > 1) {
        QStringList files;
        for (const auto *e : byId)
            files.append(e->relativePath);
        return Error{Text::tr("release id %1 is used by several files (%2); pass the file path instead")
                         .arg(idOrPath, files.join(QLatin1String(", "))),
                     {}};
    }

    // Not an id: try it as a path, relative to the working directory or to the clone.
    const QString wanted = QDir::fromNativeSeparators(idOrPath);
    QStringList candidates;
    if (QDir::isAbsolutePath(wanted)) {
        candidates.append(canonical(wanted));
    } else {
        candidates.append(canonical(QDir::current().absoluteFilePath(wanted)));
        if (!scan.root.isEmpty())
            candidates.append(canonical(scan.root + QLatin1Char('/') + wanted));
    }
    for (const auto &e : scan.releases) {
        const QString entryPath = canonical(e.path);
        if (candidates.contains(entryPath) || e.relativePath == QDir::cleanPath(wanted))
            return &e;
    }

    QStringList ids;
    for (const auto &e : scan.releases)
        if (e.manifest && !ids.contains(e.manifest->release.id))
            ids.append(e.manifest->release.id);
    if (ids.isEmpty())
        return Error{Text::tr("no release %1: there are no manifests under %2/releases; create one first")
                         .arg(idOrPath, scan.root),
                     {}};
    constexpr int shown = 5;
    QString known = QStringList(ids.mid(0, shown)).join(QLatin1String(", "));
    if (ids.size() > shown)
        known += Text::tr(" and %1 more").arg(ids.size() - shown);
    return Error{Text::tr("no release %1 in %2; known ids: %3; give a release id or a manifest path")
                     .arg(idOrPath, scan.root, known),
                 {}};
}

} // namespace rc::core

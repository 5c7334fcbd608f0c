#include "changes.h"

#include "gitptr.h"
#include "logging.h"
#include "repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <git2.h>
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <deque>
#include <cstring>
#include <memory>
#include <optional>
#include <queue>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Changes)
};

using git::GitPtr;

QString oidToString(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

using Object = GitPtr<git_object, git_object_free>;
using Revwalk = GitPtr<git_revwalk, git_revwalk_free>;
using OdbObject = GitPtr<git_odb_object, git_odb_object_free>;
using Odb = GitPtr<git_odb, git_odb_free>;
using Signature = GitPtr<git_signature, git_signature_free>;

struct OidHash
{
    size_t operator()(const git_oid &id) const
    {
        size_t h;
        std::memcpy(&h, id.id, sizeof h); // object ids are already uniformly distributed
        return h;
    }
};

struct OidEqual
{
    bool operator()(const git_oid &a, const git_oid &b) const { return git_oid_equal(&a, &b); }
};

quint32 be32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

quint64 be64(const uchar *p)
{
    return quint64(be32(p)) << 32 | be32(p + 4);
}

// Object ids are uniformly distributed, so the place of an id among the sorted ids of a fan-out
// bucket can be estimated from its next bytes; checking a window around the estimate spares the
// binary search most of its steps, and with them the cache misses in a large index.
void narrow(const uchar *ids, const git_oid &id, quint32 *lo, quint32 *hi)
{
    constexpr quint32 window = 32;
    if (*hi - *lo <= 4 * window)
        return;
    const quint64 guess = *lo + ((quint64(be32(id.id + 1)) * (*hi - *lo)) >> 32);
    const quint32 from = guess > *lo + window ? quint32(guess - window) : *lo;
    const quint32 to = std::min<quint64>(*hi, guess + window + 1);
    if (std::memcmp(ids + quint64(from) * GIT_OID_RAWSZ, id.id, GIT_OID_RAWSZ) > 0)
        return; // before the window
    if (to < *hi && std::memcmp(ids + quint64(to) * GIT_OID_RAWSZ, id.id, GIT_OID_RAWSZ) <= 0)
        return; // after it
    *lo = from;
    *hi = to;
}

// Reads objects straight from the pack files, the way git does: one mapping per pack, one zlib
// stream reset for every object instead of set up anew, and a cache of the objects delta chains
// were rebuilt from, since the tree of one commit is usually the delta base of its parent's.
// Going through git_odb_read instead cost several times git's time per object (a fresh zlib
// state and window for every delta, a re-hash of every object, a global object cache that only
// grows). Objects not in a pack (loose, alternates, a pack written since) are read through
// libgit2, which also has the last word on anything this reader finds malformed.
class ObjectReader
{
public:
    struct Pack;
    /// The mapped packs of a clone, read-only once opened: readers on several threads share them.
    using Packs = std::vector<std::unique_ptr<Pack>>;

    static std::shared_ptr<const Packs> openPacks(git_repository *repo)
    {
        auto packs = std::make_shared<Packs>();
        const char *common = git_repository_commondir(repo);
        if (!common)
            return packs;
        const QString packDir = QFile::decodeName(common) + QStringLiteral("objects/pack");
        const QStringList indexes = QDir(packDir).entryList({QStringLiteral("pack-*.idx")}, QDir::Files, QDir::Time);
        for (const QString &index : indexes) {
            auto pack = std::make_unique<Pack>();
            if (pack->open(packDir + QLatin1Char('/') + index))
                packs->push_back(std::move(pack));
        }
        return packs;
    }

    /// `ownHandle`: reading on another thread than the one `repo` belongs to; the few objects that
    /// are not in a pack are then read through a libgit2 handle of this reader's own.
    ObjectReader(git_repository *repo, std::shared_ptr<const Packs> packs, bool ownHandle = false)
        : m_repo(ownHandle ? nullptr : repo), m_gitDir(QFile::decodeName(git_repository_path(repo))),
          m_packs(std::move(packs))
    {
        m_zlibReady = inflateInit(&m_zlib) == Z_OK;
    }
    ~ObjectReader()
    {
        if (m_zlibReady)
            inflateEnd(&m_zlib);
    }
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    /// The content of object `id`; false with error() set when it cannot be read or is not `type`.
    bool read(const git_oid &id, git_object_t type, QByteArray *data)
    {
        recycle(std::move(*data)); // the caller is done with the previous object
        *data = QByteArray();
        git_object_t actual = GIT_OBJECT_INVALID;
        if (!readAny(id, data, &actual, 0))
            return false;
        if (actual != type) {
            m_error = Text::tr("object %1 is a %2, not a %3; the clone may be damaged, run `git fsck`")
                          .arg(oidToString(id), QString::fromLatin1(git_object_type2string(actual)),
                               QString::fromLatin1(git_object_type2string(type)));
            return false;
        }
        return true;
    }

    const QString &error() const { return m_error; }


    struct Pack
    {
        QFile indexFile;
        QFile packFile;
        const uchar *index = nullptr;
        qint64 indexSize = 0;
        const uchar *data = nullptr;
        qint64 size = 0;
        quint32 count = 0;
        const uchar *oids = nullptr;
        const uchar *offsets = nullptr;
        const uchar *largeOffsets = nullptr;
        quint64 largeOffsetCount = 0;

        // Only version 2 indexes (git's default since 1.5.2); a pack this does not understand is
        // left to libgit2.
        bool open(const QString &indexPath)
        {
            indexFile.setFileName(indexPath);
            packFile.setFileName(indexPath.chopped(4) + QStringLiteral(".pack"));
            if (!indexFile.open(QIODevice::ReadOnly) || !packFile.open(QIODevice::ReadOnly))
                return false;
            indexSize = indexFile.size();
            size = packFile.size();
            if (indexSize < 8 + 1024 + 40 || size < 12 + 20)
                return false;
            index = indexFile.map(0, indexSize);
            data = packFile.map(0, size);
            if (!index || !data)
                return false;
            if (std::memcmp(index, "\377tOc", 4) != 0 || be32(index + 4) != 2)
                return false;
            count = be32(index + 8 + 255 * 4);
            const quint64 fixed = 8 + 1024 + quint64(count) * (GIT_OID_RAWSZ + 4 + 4) + 40;
            if (quint64(indexSize) < fixed || (quint64(indexSize) - fixed) % 8 != 0)
                return false;
            oids = index + 8 + 1024;
            offsets = oids + quint64(count) * (GIT_OID_RAWSZ + 4);
            largeOffsets = offsets + quint64(count) * 4;
            largeOffsetCount = (quint64(indexSize) - fixed) / 8;
            const quint32 version = be32(data + 4);
            return std::memcmp(data, "PACK", 4) == 0 && (version == 2 || version == 3) && be32(data + 8) == count;
        }

        bool find(const git_oid &id, quint64 *offset) const
        {
            const int first = id.id[0];
            quint32 lo = first == 0 ? 0 : be32(index + 8 + (first - 1) * 4);
            quint32 hi = be32(index + 8 + first * 4);
            if (hi > count || lo > hi)
                return false;
            narrow(oids, id, &lo, &hi);
            while (lo < hi) {
                const quint32 mid = lo + (hi - lo) / 2;
                const int c = std::memcmp(oids + quint64(mid) * GIT_OID_RAWSZ, id.id, GIT_OID_RAWSZ);
                if (c == 0) {
                    const quint32 small = be32(offsets + quint64(mid) * 4);
                    if (small & 0x80000000u) {
                        const quint64 large = small & 0x7fffffffu;
                        if (large >= largeOffsetCount)
                            return false;
                        *offset = be64(largeOffsets + large * 8);
                    } else {
                        *offset = small;
                    }
                    return *offset >= 12 && *offset < quint64(size) - 20;
                }
                if (c < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return false;
        }
    };

private:
    // Rebuilt objects, by place in the pack, in a direct-mapped table: the bases of the next few
    // commits' trees are almost always among the last few hundred objects rebuilt. Bigger caches
    // were slower, measured: fresh memory costs a page fault per 4 KiB.
    struct Cached
    {
        quint64 key = ~quint64(0);
        QByteArray data;
        git_object_t type = GIT_OBJECT_INVALID;
    };
    static constexpr size_t cacheSlots = 512;
    static constexpr qsizetype cacheMaxObject = 64 * 1024;
    static constexpr int maxChain = 10000;

    static size_t slot(quint64 key) { return size_t((key * 0x9e3779b97f4a7c15ULL) >> 55) % cacheSlots; }

    bool readAny(const git_oid &id, QByteArray *data, git_object_t *type, int depth)
    {
        if (depth > 8) {
            m_error = Text::tr("object %1: delta bases refer to each other; run `git fsck`").arg(oidToString(id));
            return false;
        }
        const size_t count = m_packs->size();
        for (size_t i = 0; i < count; ++i) {
            const size_t p = (m_lastPack + i) % count;
            quint64 offset = 0;
            if ((*m_packs)[p]->find(id, &offset)) {
                m_lastPack = p;
                if (unpack(p, offset, data, type, depth))
                    return true;
                break; // malformed here: let libgit2 read it or say what is wrong
            }
        }
        return readThroughLibgit2(id, data, type);
    }

    bool readThroughLibgit2(const git_oid &id, QByteArray *data, git_object_t *type)
    {
        if (!m_repo) {
            if (git_repository_open(m_ownRepo.out(), QFile::encodeName(m_gitDir).constData()) != 0) {
                m_error = Text::tr("cannot open %1: %2").arg(m_gitDir, git::lastError());
                git_error_clear();
                return false;
            }
            m_repo = m_ownRepo.get();
        }
        if (!m_odb.get() && git_repository_odb(m_odb.out(), m_repo) != 0) {
            m_error = Text::tr("cannot open the object database: %1").arg(git::lastError());
            git_error_clear();
            return false;
        }
        OdbObject object;
        if (git_odb_read(object.out(), m_odb.get(), &id) != 0) {
            m_error = Text::tr("cannot read object %1: %2; the clone may be incomplete (a shallow clone?), fetch "
                               "the whole history with `git fetch --unshallow` or run `git fsck`")
                          .arg(oidToString(id), git::lastError());
            git_error_clear();
            return false;
        }
        *type = git_odb_object_type(object.get());
        *data = QByteArray(static_cast<const char *>(git_odb_object_data(object.get())),
                           qsizetype(git_odb_object_size(object.get())));
        return true;
    }

    const Cached *cached(quint64 key) const
    {
        const Cached &c = m_cache[slot(key)];
        return c.key == key ? &c : nullptr;
    }

    void remember(quint64 key, const QByteArray &data, git_object_t type)
    {
        if (data.size() > cacheMaxObject)
            return;
        Cached &c = m_cache[slot(key)];
        recycle(std::move(c.data));
        c.key = key;
        c.data = data;
        c.type = type;
    }

    // Buffers of objects nobody holds any more are reused for the next ones: allocating a fresh
    // buffer per object cost more than inflating it (the heap kept giving memory back to the
    // system and faulting it in again).
    void recycle(QByteArray &&buffer)
    {
        if (buffer.isDetached() && buffer.capacity() > 0 && m_spare.size() < 16)
            m_spare.push_back(std::move(buffer));
    }

    // Resizes without copying old content.
    static void fit(QByteArray *buffer, qsizetype size)
    {
        if (buffer->capacity() < size || !buffer->isDetached())
            *buffer = QByteArray(); // resize() would copy the old content over
        buffer->resize(size);
    }

    // A recycled buffer with room for `size` bytes, or an empty one.
    QByteArray spare(quint64 size)
    {
        for (size_t i = m_spare.size(); i-- > 0;) {
            if (quint64(m_spare[i].capacity()) > size) {
                QByteArray buffer = std::move(m_spare[i]);
                m_spare.erase(m_spare.begin() + qsizetype(i));
                return buffer;
            }
        }
        return {};
    }

    bool inflateAt(const Pack &pack, quint64 position, quint64 size, QByteArray *out)
    {
        const quint64 end = quint64(pack.size) - 20;
        if (position >= end || size > quint64(std::numeric_limits<qsizetype>::max() / 2) || size >= UINT_MAX)
            return false;
        // one byte more than expected, so a stream that is longer than its header says is caught;
        // an unshared buffer big enough already is reused as it is
        fit(out, qsizetype(size) + 1);
        if (inflateReset(&m_zlib) != Z_OK)
            return false;
        m_zlib.next_in = const_cast<Bytef *>(pack.data + position);
        m_zlib.avail_in = uInt(std::min<quint64>(end - position, UINT_MAX));
        m_zlib.next_out = reinterpret_cast<Bytef *>(out->data());
        m_zlib.avail_out = uInt(size + 1);
        const int rc = inflate(&m_zlib, Z_FINISH);
        if (rc != Z_STREAM_END || m_zlib.total_out != size)
            return false;
        out->resize(qsizetype(size));
        return true;
    }

    // The size a delta's result will have, from its header; 0 when the header is malformed.
    static quint64 targetSize(const QByteArray &delta)
    {
        const uchar *p = reinterpret_cast<const uchar *>(delta.constData());
        const uchar *end = p + delta.size();
        quint64 sizes[2] = {0, 0};
        for (quint64 &size : sizes) {
            for (int shift = 0;; shift += 7) {
                if (p >= end || shift > 63)
                    return 0;
                const uchar c = *p++;
                size |= quint64(c & 0x7f) << shift;
                if (!(c & 0x80))
                    break;
            }
        }
        return sizes[1];
    }

    static bool applyDelta(const QByteArray &base, const QByteArray &delta, QByteArray *out)
    {
        const uchar *p = reinterpret_cast<const uchar *>(delta.constData());
        const uchar *end = p + delta.size();
        auto varint = [&](quint64 *value) {
            *value = 0;
            for (int shift = 0; p < end && shift < 64; shift += 7) {
                const uchar c = *p++;
                *value |= quint64(c & 0x7f) << shift;
                if (!(c & 0x80))
                    return true;
            }
            return false;
        };
        quint64 sourceSize = 0, targetSize = 0;
        if (!varint(&sourceSize) || !varint(&targetSize) || sourceSize != quint64(base.size())
            || targetSize > quint64(std::numeric_limits<qsizetype>::max() / 2))
            return false;
        QByteArray &target = *out;
        fit(&target, qsizetype(targetSize));
        char *o = target.data();
        quint64 left = targetSize;
        while (p < end) {
            const uchar c = *p++;
            if (c & 0x80) {
                quint64 offset = 0, length = 0;
                for (int i = 0; i < 4; ++i) {
                    if (c & (1 << i)) {
                        if (p >= end)
                            return false;
                        offset |= quint64(*p++) << (8 * i);
                    }
                }
                for (int i = 0; i < 3; ++i) {
                    if (c & (0x10 << i)) {
                        if (p >= end)
                            return false;
                        length |= quint64(*p++) << (8 * i);
                    }
                }
                if (length == 0)
                    length = 0x10000;
                if (offset + length > sourceSize || length > left)
                    return false;
                std::memcpy(o, base.constData() + offset, size_t(length));
                o += length;
                left -= length;
            } else if (c != 0) {
                if (quint64(end - p) < c || c > left)
                    return false;
                std::memcpy(o, p, c);
                p += c;
                o += c;
                left -= c;
            } else {
                return false; // reserved opcode
            }
        }
        return left == 0;
    }

    // Rebuilds the object at `offset`: follows its delta chain down to a whole object (or a cached
    // one), then applies the deltas back up, remembering each result.
    bool unpack(size_t packIndex, quint64 offset, QByteArray *data, git_object_t *type, int depth)
    {
        const Pack &pack = *(*m_packs)[packIndex];
        struct Delta
        {
            quint64 offset;
            quint64 position;
            quint64 size;
        };
        std::vector<Delta> chain;
        QByteArray base;
        git_object_t baseType = GIT_OBJECT_INVALID;
        const uchar *const end = pack.data + pack.size - 20;
        quint64 at = offset;
        for (;;) {
            const quint64 key = quint64(packIndex) << 56 | at;
            if (const Cached *hit = cached(key)) {
                base = hit->data;
                baseType = hit->type;
                break;
            }
            if (chain.size() > size_t(maxChain) || at < 12 || at >= quint64(pack.size) - 20)
                return false;
            const uchar *p = pack.data + at;
            uchar c = *p++;
            const int kind = (c >> 4) & 7;
            quint64 size = c & 15;
            for (int shift = 4; c & 0x80; shift += 7) {
                if (p >= end || shift > 57)
                    return false;
                c = *p++;
                size |= quint64(c & 0x7f) << shift;
            }
            if (kind >= GIT_OBJECT_COMMIT && kind <= GIT_OBJECT_TAG) {
                base = spare(size);
                if (!inflateAt(pack, quint64(p - pack.data), size, &base))
                    return false;
                baseType = git_object_t(kind);
                remember(key, base, baseType);
                break;
            }
            if (kind == GIT_OBJECT_OFS_DELTA) {
                if (p >= end)
                    return false;
                c = *p++;
                quint64 distance = c & 0x7f;
                while (c & 0x80) {
                    if (p >= end || distance > (quint64(1) << 50))
                        return false;
                    c = *p++;
                    distance = ((distance + 1) << 7) | (c & 0x7f);
                }
                if (distance == 0 || distance > at)
                    return false;
                chain.push_back({at, quint64(p - pack.data), size});
                at -= distance;
                continue;
            }
            if (kind == GIT_OBJECT_REF_DELTA) {
                if (end - p < GIT_OID_RAWSZ)
                    return false;
                git_oid baseId;
                git_oid_fromraw(&baseId, p);
                chain.push_back({at, quint64(p + GIT_OID_RAWSZ - pack.data), size});
                if (!readAny(baseId, &base, &baseType, depth + 1))
                    return false;
                break;
            }
            return false;
        }
        while (!chain.empty()) {
            const Delta d = chain.back();
            chain.pop_back();
            if (!inflateAt(pack, d.position, d.size, &m_delta))
                return false;
            QByteArray result = spare(targetSize(m_delta));
            if (!applyDelta(base, m_delta, &result))
                return false;
            recycle(std::move(base));
            base = std::move(result);
            remember(quint64(packIndex) << 56 | d.offset, base, baseType);
        }
        *data = std::move(base);
        *type = baseType;
        return true;
    }

    git_repository *m_repo;
    QString m_gitDir;
    GitPtr<git_repository, git_repository_free> m_ownRepo;
    Odb m_odb; // declared after m_ownRepo: freed before it
    std::shared_ptr<const Packs> m_packs;
    size_t m_lastPack = 0;
    z_stream m_zlib{};
    bool m_zlibReady = false;
    std::vector<Cached> m_cache = std::vector<Cached>(cacheSlots);
    QByteArray m_delta; // reused: deltas are inflated, applied and dropped
    std::vector<QByteArray> m_spare;
    QString m_error;
};

// git's commit-graph file (objects/info/commit-graph): every commit's tree, parents, commit time
// and generation number (topological level) without reading the commit. With generation numbers
// the range since..until is exact after visiting only the commits around it: a commit's
// descendants all have higher numbers, so visiting in decreasing order settles each commit's
// reachability before it is reached.
class CommitGraph
{
public:
    static constexpr quint32 noParent = 0x70000000u;

    bool open(const QString &path)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly) || m_file.size() < 8 + 12 * 4)
            return false;
        m_size = m_file.size();
        m_data = m_file.map(0, m_size);
        if (!m_data || std::memcmp(m_data, "CGPH", 4) != 0 || m_data[4] != 1 || m_data[5] != 1 || m_data[7] != 0)
            return false; // another version, another hash, or one layer of a chain
        const int chunks = m_data[6];
        if (8 + quint64(chunks + 1) * 12 > quint64(m_size))
            return false;
        quint64 fanout = 0, oids = 0, commits = 0, edges = 0, edgesEnd = 0;
        quint64 commitsEnd = 0, oidsEnd = 0, fanoutEnd = 0;
        for (int i = 0; i < chunks; ++i) {
            const uchar *entry = m_data + 8 + i * 12;
            const quint64 start = be64(entry + 4);
            const quint64 next = be64(entry + 12 + 4);
            if (start > next || next > quint64(m_size))
                return false;
            const quint32 id = be32(entry);
            if (id == 0x4f494446) { // OIDF
                fanout = start;
                fanoutEnd = next;
            } else if (id == 0x4f49444c) { // OIDL
                oids = start;
                oidsEnd = next;
            } else if (id == 0x43444154) { // CDAT
                commits = start;
                commitsEnd = next;
            } else if (id == 0x45444745) { // EDGE
                edges = start;
                edgesEnd = next;
            }
        }
        if (!fanout || !oids || !commits || fanoutEnd - fanout != 1024)
            return false;
        m_fanout = m_data + fanout;
        m_count = be32(m_fanout + 255 * 4);
        if (oidsEnd - oids < quint64(m_count) * GIT_OID_RAWSZ || commitsEnd - commits < quint64(m_count) * 36)
            return false;
        m_oids = m_data + oids;
        m_commits = m_data + commits;
        m_edges = edges ? m_data + edges : nullptr;
        m_edgeCount = edges ? (edgesEnd - edges) / 4 : 0;
        return true;
    }

    bool find(const git_oid &id, quint32 *position) const
    {
        const int first = id.id[0];
        quint32 lo = first == 0 ? 0 : be32(m_fanout + (first - 1) * 4);
        quint32 hi = be32(m_fanout + first * 4);
        if (hi > m_count || lo > hi)
            return false;
        while (lo < hi) {
            const quint32 mid = lo + (hi - lo) / 2;
            const int c = std::memcmp(m_oids + quint64(mid) * GIT_OID_RAWSZ, id.id, GIT_OID_RAWSZ);
            if (c == 0) {
                *position = mid;
                return true;
            }
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return false;
    }

    git_oid id(quint32 position) const
    {
        git_oid id;
        git_oid_fromraw(&id, m_oids + quint64(position) * GIT_OID_RAWSZ);
        return id;
    }

    struct Entry
    {
        git_oid tree;
        std::vector<quint32> parents;
        quint32 generation = 0;
        qint64 time = 0;
    };

    /// False when the entry points outside the file: the graph is then not used at all.
    bool entry(quint32 position, Entry *out) const
    {
        const uchar *p = m_commits + quint64(position) * 36;
        git_oid_fromraw(&out->tree, p);
        out->parents.clear();
        const quint32 first = be32(p + 20);
        const quint32 second = be32(p + 24);
        if (first != noParent) {
            if (first >= m_count)
                return false;
            out->parents.push_back(first);
        }
        if (second != noParent) {
            if (second & 0x80000000u) { // an octopus merge: the rest are listed in EDGE
                for (quint64 i = second & 0x7fffffffu;; ++i) {
                    if (!m_edges || i >= m_edgeCount)
                        return false;
                    const quint32 edge = be32(m_edges + i * 4);
                    if ((edge & 0x7fffffffu) >= m_count)
                        return false;
                    out->parents.push_back(edge & 0x7fffffffu);
                    if (edge & 0x80000000u)
                        break;
                }
            } else {
                if (second >= m_count)
                    return false;
                out->parents.push_back(second);
            }
        }
        const quint32 high = be32(p + 28);
        out->generation = high >> 2;
        out->time = qint64(quint64(high & 3) << 32 | be32(p + 32));
        return true;
    }

private:
    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    const uchar *m_fanout = nullptr;
    const uchar *m_oids = nullptr;
    const uchar *m_commits = nullptr;
    const uchar *m_edges = nullptr;
    quint64 m_edgeCount = 0;
    quint32 m_count = 0;
};

// The header lines of a raw commit that the walk needs.
struct CommitHeader
{
    git_oid tree;
    std::vector<git_oid> parents;
    qint64 time = 0; ///< committer time
};

bool parseCommitHeader(const QByteArray &raw, CommitHeader *out)
{
    out->parents.clear();
    const char *p = raw.constData();
    const char *end = p + raw.size();
    bool haveTree = false;
    while (p < end && *p != '\n') {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const QByteArrayView line(p, eol - p);
        if (line.startsWith("tree ") && line.size() >= 5 + GIT_OID_HEXSZ) {
            haveTree = git_oid_fromstrn(&out->tree, p + 5, GIT_OID_HEXSZ) == 0;
        } else if (line.startsWith("parent ") && line.size() >= 7 + GIT_OID_HEXSZ) {
            git_oid parent;
            if (git_oid_fromstrn(&parent, p + 7, GIT_OID_HEXSZ) != 0)
                return false;
            out->parents.push_back(parent);
        } else if (line.startsWith("committer ")) {
            // "committer Name <email> 1700000000 +0200": the time follows the last '>'
            const qsizetype gt = line.lastIndexOf('>');
            qint64 time = 0;
            for (qsizetype i = gt + 1; gt >= 0 && i < line.size(); ++i) {
                if (line[i] >= '0' && line[i] <= '9')
                    time = time * 10 + (line[i] - '0');
                else if (line[i] != ' ' || time != 0)
                    break;
            }
            out->time = time;
        }
        p = eol + 1;
    }
    return haveTree;
}

// The component paths as a trie of path segments, so one walk per commit compares every
// component at once and reads only the trees on the way to a component path.
struct TrieNode
{
    std::vector<std::pair<QByteArray, int>> children; // segment -> node index, sorted by segment
    std::vector<int> anyKind; // components whose path ends here and matches a file or directory
    std::vector<int> dirOnly; // components whose path ends here with "/": only a directory matches
    quint64 firstBytes[4] = {}; // the first bytes of the children's names, to skip other entries fast

    bool mayHaveChild(uchar first) const { return firstBytes[first >> 6] & (quint64(1) << (first & 63)); }
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
        const uchar first = uchar(segment.front());
        m_nodes[size_t(node)].firstBytes[first >> 6] |= quint64(1) << (first & 63);
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
    TreeComparer(ObjectReader &reader, const PathTrie &trie, size_t componentCount)
        : m_reader(reader), m_trie(trie), m_changed(componentCount)
    {
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
    // Where the entries of `tree` under the names trie node `node` continues with start in
    // m_entries, in the node's order; -1 for no tree (and on an error, with m_error set).
    qsizetype entries(int node, const git_oid *tree)
    {
        if (!tree)
            return -1;
        NodeTreeKey key{node, *tree};
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return it->second;
        // Scans the raw tree object instead of git_tree_lookup, which would allocate an entry for
        // every file of a large directory when only a few names are wanted.
        if (!m_reader.read(*tree, GIT_OBJECT_TREE, &m_raw)) {
            m_error = Text::tr("cannot read tree %1: %2").arg(oidToString(*tree), m_reader.error());
            return -1;
        }
        const TrieNode &trieNode = m_trie.node(node);
        const auto &children = trieNode.children;
        const size_t first = m_entries.size();
        m_entries.resize(first + children.size());
        const char *p = m_raw.constData();
        const char *end = p + m_raw.size();
        size_t found = 0;
        while (p < end && found < children.size()) {
            const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(end - p)));
            const char *nul = space ? static_cast<const char *>(std::memchr(space, '\0', size_t(end - space))) : nullptr;
            if (!nul || end - nul < 1 + GIT_OID_RAWSZ) {
                m_error = Text::tr("tree %1 is corrupt; run `git fsck`").arg(oidToString(*tree));
                return -1;
            }
            const char *name = space + 1;
            const qsizetype length = nul - name;
            size_t match = children.size();
            if (length > 0 && trieNode.mayHaveChild(uchar(*name))) {
                for (size_t i = 0; i < children.size(); ++i) {
                    if (children[i].first.size() == length && std::memcmp(children[i].first.constData(), name, size_t(length)) == 0) {
                        match = i;
                        break;
                    }
                }
            }
            if (match < children.size()) {
                EntryRef &ref = m_entries[first + match];
                git_oid_fromraw(&ref.id, reinterpret_cast<const unsigned char *>(nul + 1));
                ref.present = true;
                // directories are mode 40000; submodules (160000) are commits, not trees
                ref.isTree = QByteArrayView(p, space - p) == "40000";
                ++found;
            }
            p = nul + 1 + GIT_OID_RAWSZ;
        }
        m_cache.emplace(key, qsizetype(first));
        return qsizetype(first);
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
        const qsizetype oldRefs = entries(nodeIndex, oldTree);
        const qsizetype newRefs = entries(nodeIndex, newTree);
        if (!m_error.isEmpty())
            return;
        static const EntryRef absent{};
        for (size_t i = 0; i < node.children.size(); ++i) {
            // copies: the recursion below adds entries and may move them
            const EntryRef a = oldRefs >= 0 ? m_entries[size_t(oldRefs) + i] : absent;
            const EntryRef b = newRefs >= 0 ? m_entries[size_t(newRefs) + i] : absent;
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

    ObjectReader &m_reader;
    const PathTrie &m_trie;
    QByteArray m_raw;
    std::vector<char> m_changed;
    std::unordered_map<NodeTreeKey, qsizetype, NodeTreeKeyHash> m_cache; // -> first entry in m_entries
    std::vector<EntryRef> m_entries;
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

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The subject as `git log --format=%s` shows it: the first paragraph after any blank lines, its
// lines stripped of trailing white space and joined with single spaces; the body is the rest.
CommitInfo commitInfo(const git_oid &id, const QByteArray &raw)
{
    CommitInfo info;
    info.sha = oidToString(id);
    const char *p = raw.constData();
    const char *end = p + raw.size();
    QByteArray author;
    while (p < end && *p != '\n') {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        if (author.isNull() && eol - p > 7 && std::memcmp(p, "author ", 7) == 0)
            author = QByteArray(p + 7, eol - p - 7);
        p = eol + 1;
    }
    const char *message = p < end ? p + 1 : end;
    while (message < end && *message == '\n') // as git_commit_message
        ++message;

    QByteArray subject;
    const char *line = message;
    bool inSubject = false;
    while (line < end) {
        const char *eol = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        const char *next = eol ? eol + 1 : end;
        const char *last = eol ? eol : end;
        while (last > line && isSpace(last[-1]))
            --last;
        if (last == line) { // a blank line
            line = next;
            if (inSubject)
                break;
            continue;
        }
        if (inSubject)
            subject += ' ';
        subject.append(line, last - line);
        inSubject = true;
        line = next;
    }
    info.subject = QString::fromUtf8(subject);
    info.body = QString::fromUtf8(line, end - line).trimmed();

    const ConventionalCommit cc = parseConventionalCommit(QString::fromUtf8(message, end - message));
    info.type = cc.type;
    info.scope = cc.scope;
    info.breaking = cc.breaking;

    Signature signature;
    if (!author.isEmpty() && git_signature_from_buffer(signature.out(), author.constData()) == 0) {
        info.author = QString::fromUtf8(signature.get()->name);
        info.authorEmail = QString::fromUtf8(signature.get()->email);
        info.date = QDateTime::fromSecsSinceEpoch(signature.get()->when.time, Qt::OffsetFromUTC,
                                                  signature.get()->when.offset * 60);
    } else {
        git_error_clear();
    }
    return info;
}

// The commits the walk has met: tree, parents and, when the commit-graph can be used, generation.
struct Node
{
    git_oid id;
    git_oid tree;
    std::vector<git_oid> parents;
    qint64 time = 0;
    quint32 generation = 0; ///< topological level; 0 while unknown
    quint8 flags = 0;
    bool queued = false;
    bool done = false;
};

class History
{
public:
    static constexpr quint32 maxGeneration = 0x3fffffff; // git's cap: beyond it the order is lost

    History(ObjectReader &reader, const CommitGraph *graph) : m_reader(reader), m_graph(graph) {}

    Node &at(int index) { return m_nodes[size_t(index)]; }
    const QString &error() const { return m_error; }
    /// The commit-graph turned out unusable (no generation numbers): walk with libgit2 instead.
    bool graphUnusable() const { return m_graphUnusable; }

    /// The node of commit `id`, read from the commit-graph or the object; -1 with error() set.
    int node(const git_oid &id)
    {
        auto it = m_index.find(id);
        if (it != m_index.end())
            return it->second;
        Node n;
        n.id = id;
        quint32 position = 0;
        if (m_graph && m_graph->find(id, &position)) {
            if (!m_graph->entry(position, &m_entry) || m_entry.generation == 0 || m_entry.generation >= maxGeneration) {
                m_graphUnusable = true;
                m_error = Text::tr("the commit-graph cannot be used");
                return -1;
            }
            n.tree = m_entry.tree;
            n.time = m_entry.time;
            n.generation = m_entry.generation;
            n.parents.reserve(m_entry.parents.size());
            for (quint32 p : m_entry.parents)
                n.parents.push_back(m_graph->id(p));
        } else {
            CommitHeader header;
            if (!m_reader.read(id, GIT_OBJECT_COMMIT, &m_raw) || !parseCommitHeader(m_raw, &header)) {
                m_error = Text::tr("cannot read commit %1: %2").arg(oidToString(id), m_reader.error());
                return -1;
            }
            n.tree = header.tree;
            n.parents = std::move(header.parents);
            n.time = header.time;
        }
        const int index = int(m_nodes.size());
        m_nodes.push_back(std::move(n));
        m_index.emplace(id, index);
        return index;
    }

    /// The non-merge and merge commits of since..until (reachable from `until`, not from `since`),
    /// from generation numbers; newest first in `git log --date-order`'s order.
    bool rangeByGeneration(const git_oid &until, const git_oid *since, std::vector<int> *range)
    {
        enum : quint8 { FromUntil = 1, FromSince = 2 };
        using Item = std::pair<quint32, int>;
        std::priority_queue<Item> queue;
        int pending = 0; // queued commits not (yet) known to be reachable from `since`
        auto enqueue = [&](int index, quint8 flags) {
            Node &n = at(index);
            const quint8 before = n.flags;
            n.flags |= flags;
            if (n.done)
                return;
            if (n.queued) {
                if (!(before & FromSince) && (n.flags & FromSince))
                    --pending;
                return;
            }
            n.queued = true;
            queue.push({n.generation, index});
            if (!(n.flags & FromSince))
                ++pending;
        };
        const int untilIndex = withGeneration(until);
        if (untilIndex < 0)
            return false;
        enqueue(untilIndex, FromUntil);
        if (since) {
            const int sinceIndex = withGeneration(*since);
            if (sinceIndex < 0)
                return false;
            enqueue(sinceIndex, FromSince);
        }
        std::vector<int> found;
        while (pending > 0 && !queue.empty()) {
            const int index = queue.top().second;
            queue.pop();
            Node &n = at(index);
            n.queued = false;
            n.done = true;
            if (!(n.flags & FromSince)) {
                --pending;
                found.push_back(index);
            }
            for (size_t i = 0; i < n.parents.size(); ++i) {
                const int parent = withGeneration(at(index).parents[i]);
                if (parent < 0)
                    return false;
                if (at(parent).generation >= at(index).generation) {
                    m_graphUnusable = true; // a graph that contradicts itself
                    return false;
                }
                enqueue(parent, at(index).flags);
            }
        }
        dateOrder(found, range);
        return true;
    }

private:
    // The node of `id` with its generation number, computed for commits newer than the graph.
    int withGeneration(const git_oid &id)
    {
        const int index = node(id);
        if (index < 0 || at(index).generation)
            return index;
        std::vector<int> stack{index};
        while (!stack.empty()) {
            if (stack.size() > m_nodes.size() + 1) {
                m_error = Text::tr("the history of %1 contains a cycle; run `git fsck`").arg(oidToString(id));
                return -1;
            }
            const int top = stack.back();
            if (at(top).generation) {
                stack.pop_back();
                continue;
            }
            quint32 generation = 0;
            bool ready = true;
            for (size_t i = 0; i < at(top).parents.size(); ++i) {
                const int parent = node(at(top).parents[i]);
                if (parent < 0)
                    return -1;
                if (!at(parent).generation) {
                    stack.push_back(parent);
                    ready = false;
                } else {
                    generation = std::max(generation, at(parent).generation);
                }
            }
            if (ready) {
                if (generation + 1 >= maxGeneration) {
                    m_graphUnusable = true;
                    return -1;
                }
                at(top).generation = generation + 1;
                stack.pop_back();
            }
        }
        return index;
    }

    // No commit before all of its children, otherwise newest commit time first, as
    // `git log --date-order`.
    void dateOrder(const std::vector<int> &found, std::vector<int> *ordered)
    {
        std::unordered_map<int, int> children; // index -> children in the range not yet shown
        for (int index : found)
            children.emplace(index, 0);
        for (int index : found) {
            for (const git_oid &parent : at(index).parents) {
                auto it = children.find(m_index.at(parent));
                if (it != children.end())
                    ++it->second;
            }
        }
        using Item = std::tuple<qint64, qint64, int>; // time, -insertion, index
        std::priority_queue<Item> ready;
        qint64 inserted = 0;
        for (int index : found) {
            if (children.at(index) == 0)
                ready.push({at(index).time, -inserted++, index});
        }
        ordered->clear();
        ordered->reserve(found.size());
        while (!ready.empty()) {
            const int index = std::get<2>(ready.top());
            ready.pop();
            ordered->push_back(index);
            for (const git_oid &parent : at(index).parents) {
                const int p = m_index.at(parent);
                auto it = children.find(p);
                if (it != children.end() && --it->second == 0)
                    ready.push({at(p).time, -inserted++, p});
            }
        }
    }

    ObjectReader &m_reader;
    const CommitGraph *m_graph;
    std::deque<Node> m_nodes; // stable references while the walk adds nodes
    std::unordered_map<git_oid, int, OidHash, OidEqual> m_index;
    CommitGraph::Entry m_entry;
    QByteArray m_raw;
    QString m_error;
    bool m_graphUnusable = false;
};

// git ignores the commit-graph where history is rewritten on the fly (replace refs, grafts, a
// shallow clone); so does this walk.
bool graphApplies(git_repository *repo)
{
    const QString common = QFile::decodeName(git_repository_commondir(repo));
    if (git_repository_is_shallow(repo) == 1 || QFile::exists(common + QStringLiteral("info/grafts")))
        return false;
    bool replaced = false;
    git_reference_foreach_glob(
        repo, "refs/replace/*",
        [](const char *, void *payload) {
            *static_cast<bool *>(payload) = true;
            return 1;
        },
        &replaced);
    git_error_clear();
    return !replaced;
}

struct CommitWork
{
    git_oid id;
    git_oid tree;
    git_oid parentTree;
    bool hasParent;
};

struct CommitResult
{
    std::vector<int> components; ///< indexes of the components the commit changes
    CommitInfo info;
};

struct Slice
{
    std::vector<CommitResult> results;
    QString error;
};

void compareSlice(ObjectReader &reader, const PathTrie &trie, size_t componentCount,
                  const std::vector<CommitWork> &work, size_t begin, size_t end, Slice *out)
{
    TreeComparer comparer(reader, trie, componentCount);
    QByteArray raw;
    out->results.reserve(end - begin);
    for (size_t i = begin; i < end; ++i) {
        const CommitWork &item = work[i];
        const Expected<const std::vector<char> *> changed =
            comparer.compare(item.hasParent ? &item.parentTree : nullptr, &item.tree);
        if (!changed) {
            out->error = changed.error().message;
            return;
        }
        if (!reader.read(item.id, GIT_OBJECT_COMMIT, &raw)) {
            out->error = Text::tr("cannot read commit %1: %2").arg(oidToString(item.id), reader.error());
            return;
        }
        CommitResult result;
        for (size_t c = 0; c < componentCount; ++c) {
            if ((**changed)[c])
                result.components.push_back(int(c));
        }
        result.info = commitInfo(item.id, raw);
        out->results.push_back(std::move(result));
    }
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
    std::optional<git_oid> sinceId;
    if (!since.isEmpty()) {
        const Expected<git_oid> resolved = resolveCommit(handle, since);
        if (!resolved)
            return resolved.error();
        sinceId = *resolved;
    }

    ChangeSet set;
    set.since = since;
    set.sinceSha = sinceId ? oidToString(*sinceId) : QString();
    set.until = oidToString(*untilId);
    for (const ComponentPaths &c : components)
        set.components.push_back({c.name, c.paths, {}});

    const std::shared_ptr<const ObjectReader::Packs> packs = ObjectReader::openPacks(handle);
    ObjectReader reader(handle, packs);
    std::vector<int> range;
    std::unique_ptr<History> history;
    CommitGraph graph;
    if (graphApplies(handle)
        && graph.open(QFile::decodeName(git_repository_commondir(handle)) + QStringLiteral("objects/info/commit-graph"))) {
        history = std::make_unique<History>(reader, &graph);
        if (!history->rangeByGeneration(*untilId, sinceId ? &*sinceId : nullptr, &range)) {
            if (!history->graphUnusable())
                return Error{Text::tr("cannot walk the history of %1: %2").arg(untilRev, history->error()), {}};
            history.reset();
            range.clear();
        }
    }
    if (!history) {
        // Without a usable commit-graph, libgit2's walk decides the range (by commit dates, as
        // git log does without generation numbers).
        history = std::make_unique<History>(reader, nullptr);
        Revwalk walk;
        if (git_revwalk_new(walk.out(), handle) != 0)
            return Error{Text::tr("cannot walk the history: %1").arg(git::lastError()), {}};
        git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
        if (git_revwalk_push(walk.get(), &*untilId) != 0)
            return Error{Text::tr("cannot walk the history from %1: %2").arg(untilRev, git::lastError()), {}};
        if (sinceId && git_revwalk_hide(walk.get(), &*sinceId) != 0)
            return Error{Text::tr("cannot walk the history since %1: %2").arg(since, git::lastError()), {}};
        git_oid id;
        int rc = 0;
        while ((rc = git_revwalk_next(&id, walk.get())) == 0) {
            const int index = history->node(id);
            if (index < 0)
                return Error{history->error(), {}};
            range.push_back(index);
        }
        if (rc != GIT_ITEROVER) {
            const QString why = git::lastError();
            git_error_clear();
            return Error{Text::tr("cannot walk the history of %1 (a shallow clone?): %2; fetch the whole history "
                                  "with `git fetch --unshallow`")
                             .arg(untilRev, why),
                         {}};
        }
    }

    // What each non-merge commit is compared with; merges are skipped as git log --no-merges does.
    std::vector<CommitWork> work;
    work.reserve(range.size());
    for (int index : range) {
        const Node &commit = history->at(index);
        if (commit.parents.size() > 1)
            continue;
        CommitWork item{commit.id, commit.tree, {}, false};
        if (commit.parents.size() == 1) {
            const int parent = history->node(commit.parents.front());
            if (parent < 0) {
                return Error{Text::tr("the parent of commit %1 is missing (a shallow clone?); fetch the whole "
                                      "history with `git fetch --unshallow`")
                                 .arg(oidToString(commit.id)),
                             {}};
            }
            item.parentTree = history->at(parent).tree;
            item.hasParent = true;
        }
        work.push_back(item);
    }

    // Two halves of the range on two threads, each with its own reader and caches; the halves are
    // joined in order, so the result does not depend on which finishes first.
    const size_t split = work.size() >= 64 && std::thread::hardware_concurrency() >= 2 ? work.size() / 2 : work.size();
    Slice first, second;
    std::thread helper;
    if (split < work.size()) {
        helper = std::thread([&] {
            ObjectReader own(handle, packs, true);
            compareSlice(own, trie, components.size(), work, split, work.size(), &second);
        });
    }
    compareSlice(reader, trie, components.size(), work, 0, split, &first);
    if (helper.joinable())
        helper.join();
    for (Slice *slice : {&first, &second}) {
        if (!slice->error.isEmpty())
            return Error{slice->error, {}};
        for (CommitResult &result : slice->results) {
            for (size_t i = 0; i < result.components.size(); ++i) {
                auto &commits = set.components[size_t(result.components[i])].commits;
                if (i + 1 == result.components.size())
                    commits.push_back(std::move(result.info));
                else
                    commits.push_back(result.info);
            }
            if (result.components.empty())
                set.other.push_back(std::move(result.info));
        }
    }
    qCDebug(rcGit) << "changes" << since << ".." << set.until << ":" << set.other.size() << "commits in no component";
    return set;
}

} // namespace rc::core

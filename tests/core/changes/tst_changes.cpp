#include "git/changes.h"
#include "git/repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtEndian>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace rc::core;

namespace {

// The components every generated repository is checked with: nested paths ("svc" holds
// "svc/api/", "lib/" holds "lib/core/util"), single files, a component with two paths, one that
// exists only in a second root commit, and one that never exists.
std::vector<ComponentPaths> testComponents()
{
    return {
        {QStringLiteral("api"), {QStringLiteral("svc/api/")}},
        {QStringLiteral("services"), {QStringLiteral("svc")}},
        {QStringLiteral("web"), {QStringLiteral("web/src/"), QStringLiteral("web/package.json")}},
        {QStringLiteral("readme"), {QStringLiteral("README.md")}},
        {QStringLiteral("util"), {QStringLiteral("lib/core/util")}},
        {QStringLiteral("appconfig"), {QStringLiteral("config/app.yaml")}},
        {QStringLiteral("docs-and-lib"), {QStringLiteral("docs/"), QStringLiteral("./lib/")}},
        {QStringLiteral("vendored"), {QStringLiteral("vendor/")}},
        {QStringLiteral("ghost"), {QStringLiteral("does/not/exist/")}},
    };
}

struct GitResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

GitResult runGit(const QString &dir, const QStringList &args, const QByteArray &input = {})
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("HOME"), dir);
    git.setProcessEnvironment(env);
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    if (!git.waitForStarted())
        return {};
    if (!input.isEmpty())
        git.write(input);
    git.closeWriteChannel();
    git.waitForFinished(60000);
    GitResult r;
    r.exitCode = git.exitStatus() == QProcess::NormalExit ? git.exitCode() : -1;
    r.out = git.readAllStandardOutput();
    r.err = git.readAllStandardError();
    return r;
}

QStringList lines(const QByteArray &out)
{
    QStringList result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            result << QString::fromUtf8(line);
    }
    return result;
}

// Builds a history with `git fast-import` (one process, so hundreds of commits take milliseconds)
// from a seeded random walk: commits on main and on side branches, merges (some with changes of
// their own), renames that move files between components, deletions, a tag, and a second root
// commit merged in after the tag.
class HistoryGenerator
{
public:
    using Files = std::map<QString, QByteArray>;

    HistoryGenerator(quint32 seed, int steps) : m_rng(seed), m_steps(steps) {}

    QByteArray generate()
    {
        Files main;
        main[QStringLiteral("README.md")] = "readme\n";
        main[QStringLiteral("config/app.yaml")] = "app: 1\n";
        main[QStringLiteral("config/other.yaml")] = "other: 1\n";
        main[QStringLiteral("web/package.json")] = "{}\n";
        main[QStringLiteral("svc/api/main.go")] = "package main\n";
        main[QStringLiteral("lib/core/util/str.c")] = "int x;\n";
        main[QStringLiteral("tools/build.sh")] = "make\n";
        int mainHead = commit("refs/heads/main", {}, {}, main, QStringLiteral("chore: initial import"));

        bool sideOpen = false;
        Files sideBase, side;
        int sideHead = 0, sideCount = 0;
        for (int step = 1; step <= m_steps; ++step) {
            if (step == m_steps / 3) {
                m_stream += "tag v1\nfrom :" + QByteArray::number(mainHead) + "\ntagger T <t@example.com> "
                            + QByteArray::number(m_time) + " +0000\ndata 3\nv1\n\n";
            }
            if (step == 2 * m_steps / 3) {
                Files vendor;
                vendor[QStringLiteral("vendor/lib.c")] = "vendored\n";
                vendor[QStringLiteral("svc/api/vendored.go")] = "package vendored\n";
                const int root = commit("refs/heads/vendor", {}, {}, vendor, QStringLiteral("Import vendored library"));
                Files merged = main;
                for (const auto &[path, content] : vendor)
                    merged[path] = content;
                mainHead = commit("refs/heads/main", {mainHead, root}, main, merged,
                                  QStringLiteral("Merge branch 'vendor'"));
                main = merged;
                continue;
            }
            const int r = int(m_rng.bounded(100));
            if (!sideOpen && r < 15) {
                sideOpen = true;
                sideBase = side = main;
                sideHead = mainHead;
                sideCount = 0;
                m_branch++;
                continue;
            }
            if (sideOpen && sideCount > 0 && r < 20) {
                Files merged = main;
                for (const auto &[path, content] : side) {
                    auto base = sideBase.find(path);
                    if (base == sideBase.end() || base->second != content)
                        merged[path] = content;
                }
                for (const auto &[path, content] : sideBase) {
                    if (!side.count(path))
                        merged.erase(path);
                }
                if (m_rng.bounded(3) == 0) // a merge with changes of its own, which git log skips too
                    mutate(merged);
                mainHead = commit("refs/heads/main", {mainHead, sideHead}, main, merged,
                                  QStringLiteral("Merge branch 'side%1'").arg(m_branch));
                main = merged;
                sideOpen = false;
                continue;
            }
            if (sideOpen && r < 60) {
                Files next = side;
                mutate(next);
                sideHead = commit(sideRef(), {sideHead}, side, next, message());
                side = next;
                ++sideCount;
                continue;
            }
            Files next = main;
            mutate(next);
            mainHead = commit("refs/heads/main", {mainHead}, main, next, message());
            main = next;
        }
        m_stream += "reset refs/heads/main\nfrom :" + QByteArray::number(mainHead) + "\n\n";
        return m_stream;
    }

private:
    QByteArray sideRef() const { return "refs/heads/side" + QByteArray::number(m_branch); }

    QString randomDir()
    {
        static const char *dirs[] = {"svc/api/", "svc/api/internal/", "svc/worker/", "web/src/", "web/",
                                     "docs/", "", "lib/core/util/", "lib/core/", "lib/", "config/", "tools/"};
        return QString::fromLatin1(dirs[m_rng.bounded(int(std::size(dirs)))]);
    }

    void mutate(Files &files)
    {
        const int ops = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < ops; ++i) {
            const int kind = int(m_rng.bounded(100));
            auto pick = [&] {
                auto it = files.begin();
                std::advance(it, m_rng.bounded(int(files.size())));
                return it;
            };
            if (kind < 45 && !files.empty()) {
                pick()->second += "change " + QByteArray::number(++m_counter) + "\n";
            } else if (kind < 55 && !files.empty()) {
                // single-file components get their share of edits
                static const char *special[] = {"README.md", "config/app.yaml", "web/package.json"};
                files[QString::fromLatin1(special[m_rng.bounded(3)])] += "edit " + QByteArray::number(++m_counter) + "\n";
            } else if (kind < 75) {
                const int n = ++m_counter;
                files[randomDir() + QStringLiteral("f%1.txt").arg(n)] = "new " + QByteArray::number(n) + "\n";
            } else if (kind < 85 && files.size() > 4) {
                files.erase(pick());
            } else if (!files.empty()) {
                // a rename, usually into another component's folder
                auto it = pick();
                const QString name = it->first.section(QLatin1Char('/'), -1);
                const QString target = randomDir() + name;
                if (!files.count(target)) {
                    const QByteArray content = it->second;
                    files.erase(it);
                    files[target] = content;
                }
            }
        }
    }

    QString message()
    {
        static const char *subjects[] = {"feat(api): add endpoint", "fix: handle empty input",
                                         "perf(web)!: lazy routes", "docs: explain",
                                         "Update things", "refactor(util): split"};
        QString s = QString::fromLatin1(subjects[m_rng.bounded(int(std::size(subjects)))]);
        if (m_rng.bounded(10) == 0)
            s += QStringLiteral("\n\nBREAKING CHANGE: something moved");
        return s;
    }

    int commit(const QByteArray &ref, const std::vector<int> &parents, const Files &before, const Files &after,
               const QString &message)
    {
        const int mark = ++m_mark;
        // side branches sometimes carry older dates, as rebased or long-lived branches do
        m_time += 60;
        const qint64 when = ref.startsWith("refs/heads/side") && m_rng.bounded(4) == 0 ? m_time - 3600 : m_time;
        const QByteArray msg = message.toUtf8();
        const QByteArray sig = " A U Thor <author@example.com> " + QByteArray::number(when) + " +0200\n";
        m_stream += "commit " + ref + "\nmark :" + QByteArray::number(mark) + "\nauthor" + sig + "committer" + sig
                    + "data " + QByteArray::number(msg.size()) + "\n" + msg + "\n";
        for (size_t i = 0; i < parents.size(); ++i)
            m_stream += (i == 0 ? "from :" : "merge :") + QByteArray::number(parents[i]) + "\n";
        for (const auto &[path, content] : before) {
            if (!after.count(path))
                m_stream += "D " + path.toUtf8() + "\n";
        }
        for (const auto &[path, content] : after) {
            auto old = before.find(path);
            if (old == before.end() || old->second != content)
                m_stream += "M 100644 inline " + path.toUtf8() + "\ndata " + QByteArray::number(content.size()) + "\n"
                            + content + "\n";
        }
        m_stream += "\n";
        return mark;
    }

    QRandomGenerator m_rng;
    int m_steps;
    QByteArray m_stream;
    int m_mark = 0;
    int m_counter = 0;
    int m_branch = 0;
    qint64 m_time = 1700000000;
};

bool importHistory(const QString &dir, const QByteArray &stream, QByteArray *error)
{
    GitResult init = runGit(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    if (init.exitCode != 0) {
        *error = init.err;
        return false;
    }
    GitResult imported = runGit(dir, {QStringLiteral("fast-import"), QStringLiteral("--quiet")},
                                stream);
    if (imported.exitCode != 0) {
        *error = imported.err;
        return false;
    }
    return true;
}

bool buildRepository(const QString &dir, quint32 seed, int steps, QByteArray *error)
{
    return importHistory(dir, HistoryGenerator(seed, steps).generate(), error);
}

// How the objects of a generated repository are stored: each takes another way through the reader
// (whole objects in a pack, delta chains, loose objects read through libgit2) and the walk (by
// commit dates, by generation numbers from a commit-graph, partly from one).
enum class Storage { FastImport, Gc, Loose, OlderGraph };

bool restore(const QString &dir, Storage storage, QByteArray *error)
{
    auto run = [&](const QStringList &args, const QByteArray &input = {}) {
        const GitResult r = runGit(dir, args, input);
        if (r.exitCode != 0)
            *error = args.join(u' ').toUtf8() + ": " + r.err;
        return r.exitCode == 0;
    };
    switch (storage) {
    case Storage::FastImport:
        return true;
    case Storage::Gc:
        return run({QStringLiteral("gc"), QStringLiteral("-q")})
               && QFile::exists(dir + QStringLiteral("/.git/objects/info/commit-graph"));
    case Storage::Loose: {
        const QString packDir = dir + QStringLiteral("/.git/objects/pack");
        const QStringList packs = QDir(packDir).entryList({QStringLiteral("*.pack")});
        for (const QString &pack : packs) {
            QFile file(packDir + QLatin1Char('/') + pack);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QByteArray bytes = file.readAll();
            file.close();
            QFile::remove(file.fileName());
            QFile::remove(packDir + QLatin1Char('/') + pack.chopped(5) + QStringLiteral(".idx"));
            if (!run({QStringLiteral("unpack-objects"), QStringLiteral("-q")}, bytes))
                return false;
        }
        return !packs.isEmpty();
    }
    case Storage::OlderGraph: {
        // the graph knows only the history up to main~12: newer commits are read and numbered
        const GitResult older = runGit(dir, {QStringLiteral("rev-parse"), QStringLiteral("main~12")});
        return older.exitCode == 0
               && run({QStringLiteral("commit-graph"), QStringLiteral("write"), QStringLiteral("--stdin-commits")},
                      older.out);
    }
    }
    return false;
}

QStringList gitLogSubjects(const QString &dir, const QString &range, const QStringList &paths)
{
    QStringList args{QStringLiteral("log"), QStringLiteral("--full-history"), QStringLiteral("--no-merges"),
                     QStringLiteral("--format=%s"), range, QStringLiteral("--")};
    return lines(runGit(dir, args + paths).out);
}

QStringList subjects(const std::vector<CommitInfo> &commits)
{
    QStringList result;
    for (const CommitInfo &c : commits)
        result << c.subject;
    return result;
}

QStringList shas(const std::vector<CommitInfo> &commits)
{
    QStringList result;
    for (const CommitInfo &c : commits)
        result << c.sha;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Storage)

class tst_Changes : public QObject
{
    Q_OBJECT

private slots:
    void matchesGitLog_data();
    void matchesGitLog();
    void commitDetails();
    void fileBecomesDirectory();
    void emptyRange();
    void damagedPack_data();
    void damagedPack();
    void badInput_data();
    void badInput();
    void speed();
};

void tst_Changes::matchesGitLog_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("until");
    QTest::addColumn<Storage>("storage");

    const std::pair<Storage, const char *> storages[] = {{Storage::FastImport, "pack of whole objects"},
                                                         {Storage::Gc, "gc: deltas and a commit-graph"},
                                                         {Storage::Loose, "loose objects"},
                                                         {Storage::OlderGraph, "commit-graph of an older commit"}};
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u}) {
        for (const auto &[storage, name] : storages) {
            // every seed as fast-import wrote it; the other storages and ranges on fewer seeds, to
            // stay fast
            if ((storage == Storage::Loose && seed > 1) || (storage != Storage::FastImport && seed > 2))
                continue;
            QTest::addRow("seed %u, %s, since the tag", seed, name)
                << seed << QStringLiteral("v1") << QStringLiteral("main") << storage;
            if (storage == Storage::Loose || seed > 2)
                continue; // one range is enough for these
            QTest::addRow("seed %u, %s, whole history with two roots", seed, name)
                << seed << QString() << QStringLiteral("main") << storage;
            QTest::addRow("seed %u, %s, between two revisions", seed, name)
                << seed << QStringLiteral("main~20") << QStringLiteral("main~3") << storage;
        }
    }
    QTest::addRow("seed 3, gc, until is older than since") << 3u << QStringLiteral("main") << QStringLiteral("v1") << Storage::Gc;
    QTest::addRow("seed 4, gc, since is on a side branch") << 4u << QStringLiteral("side2") << QStringLiteral("main") << Storage::Gc;
}

void tst_Changes::matchesGitLog()
{
    QFETCH(quint32, seed);
    QFETCH(QString, since);
    QFETCH(QString, until);
    QFETCH(Storage, storage);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(buildRepository(dir.path(), seed, 150, &error), error.constData());
    QVERIFY2(restore(dir.path(), storage, &error), error.constData());

    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY2(repo, qPrintable(repo ? QString() : repo.error().toString()));
    const std::vector<ComponentPaths> components = testComponents();
    const Expected<ChangeSet> changes = changesBetween(*repo, since, until, components);
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));

    const QString range = since.isEmpty() ? until : since + QStringLiteral("..") + until;
    QCOMPARE(changes->since, since);
    QCOMPARE(changes->until, QString::fromLatin1(runGit(dir.path(), {QStringLiteral("rev-parse"), until + QStringLiteral("^{commit}")}).out.trimmed()));
    QCOMPARE(changes->components.size(), components.size());

    QSet<QString> inSomeComponent;
    int nonEmpty = 0;
    for (size_t i = 0; i < components.size(); ++i) {
        const ComponentChanges &c = changes->components[i];
        QCOMPARE(c.name, components[i].name);
        QCOMPARE(c.paths, components[i].paths);
        QStringList args{QStringLiteral("log"), QStringLiteral("--full-history"), QStringLiteral("--no-merges"),
                         QStringLiteral("--date-order"), QStringLiteral("--format=%H"), range, QStringLiteral("--")};
        args += c.paths;
        const GitResult log = runGit(dir.path(), args);
        QVERIFY2(log.exitCode == 0, log.err.constData());
        QStringList expected = lines(log.out);
        QStringList actual = shas(c.commits);
        QCOMPARE(actual.size(), QSet<QString>(actual.begin(), actual.end()).size()); // no duplicates
        // with a commit-graph the walk orders the commits itself, as git log --date-order does
        if (storage == Storage::Gc)
            QCOMPARE(actual, expected);
        expected.sort();
        actual.sort();
        if (actual != expected)
            qWarning() << "component" << c.name << "differs from git log -- " << c.paths;
        QCOMPARE(actual, expected);
        for (const QString &sha : expected)
            inSomeComponent.insert(sha);
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    const GitResult all = runGit(dir.path(), {QStringLiteral("rev-list"), QStringLiteral("--no-merges"), range});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const bool emptyRange = all.out.trimmed().isEmpty();
    // the generated history must actually exercise most components, or the comparison proves little
    QVERIFY2(emptyRange || nonEmpty >= 5, qPrintable(QStringLiteral("only %1 components changed").arg(nonEmpty)));
    QVERIFY(changes->components.back().commits.empty()); // "ghost" never exists

    QStringList expectedOther;
    for (const QString &sha : lines(all.out)) {
        if (!inSomeComponent.contains(sha))
            expectedOther << sha;
    }
    QStringList actualOther = shas(changes->other);
    expectedOther.sort();
    actualOther.sort();
    QCOMPARE(actualOther, expectedOther);
    QVERIFY(emptyRange || !expectedOther.isEmpty()); // tools/ and config/other.yaml belong to nobody
}

void tst_Changes::commitDetails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(buildRepository(dir.path(), 7, 60, &error), error.constData());
    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY(repo);
    const Expected<ChangeSet> changes = changesBetween(*repo, QStringLiteral("v1"), QStringLiteral("main"), testComponents());
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));

    const GitResult log = runGit(dir.path(), {QStringLiteral("log"), QStringLiteral("--no-merges"),
                                              QStringLiteral("--format=%H%x1f%s%x1f%an%x1f%ae%x1f%aI%x1f%B%x1e"),
                                              QStringLiteral("v1..main")});
    QVERIFY2(log.exitCode == 0, log.err.constData());
    QHash<QString, QStringList> expected;
    for (const QByteArray &record : log.out.split('\x1e')) {
        const QStringList fields = QString::fromUtf8(record.trimmed()).split(QChar(0x1f));
        if (fields.size() == 6)
            expected.insert(fields[0], fields);
    }
    QVERIFY(!expected.isEmpty());

    std::vector<CommitInfo> all = changes->other;
    for (const ComponentChanges &c : changes->components)
        all.insert(all.end(), c.commits.begin(), c.commits.end());
    int breaking = 0;
    for (const CommitInfo &c : all) {
        QVERIFY2(expected.contains(c.sha), qPrintable(c.sha));
        const QStringList &f = expected[c.sha];
        QCOMPARE(c.subject, f[1]);
        QCOMPARE(c.author, f[2]);
        QCOMPARE(c.authorEmail, f[3]);
        QCOMPARE(c.date.toString(Qt::ISODate), f[4]);
        QCOMPARE(c.date.offsetFromUtc(), 7200);
        const ConventionalCommit cc = parseConventionalCommit(f[5]);
        QCOMPARE(c.type, cc.type);
        QCOMPARE(c.scope, cc.scope);
        QCOMPARE(c.breaking, cc.breaking);
        breaking += c.breaking ? 1 : 0;
    }
    QVERIFY(breaking > 0);
}

// "cfg/" names only a directory, as in a git pathspec: edits to a file named cfg do not count,
// turning it into a directory does.
void tst_Changes::fileBecomesDirectory()
{
    QByteArray stream;
    int mark = 0;
    auto commit = [&](const QByteArray &subject, const QByteArray &ops) {
        ++mark;
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(mark)
                  + "\ncommitter C <c@example.com> " + QByteArray::number(1700000000 + mark * 60) + " +0000\ndata "
                  + QByteArray::number(subject.size()) + "\n" + subject + "\n"
                  + (mark > 1 ? "from :" + QByteArray::number(mark - 1) + "\n" : QByteArray()) + ops + "\n";
    };
    commit("add cfg file", "M 100644 inline cfg\ndata 2\na\n");
    commit("edit cfg file", "M 100644 inline cfg\ndata 2\nb\n");
    commit("cfg becomes a directory", "D cfg\nM 100644 inline cfg/x\ndata 2\nc\n");
    commit("edit cfg/x", "M 100644 inline cfg/x\ndata 2\nd\n");
    commit("unrelated", "M 100644 inline other\ndata 2\ne\n");
    commit("cfg becomes a file again", "D cfg\nM 100644 inline cfg\ndata 2\nf\n");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(importHistory(dir.path(), stream, &error), error.constData());
    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY(repo);
    const std::vector<ComponentPaths> components{{QStringLiteral("dir"), {QStringLiteral("cfg/")}},
                                                 {QStringLiteral("any"), {QStringLiteral("cfg")}},
                                                 {QStringLiteral("inside"), {QStringLiteral("cfg/x")}}};
    const Expected<ChangeSet> changes = changesBetween(*repo, QString(), QStringLiteral("main"), components);
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    for (size_t i = 0; i < components.size(); ++i) {
        QCOMPARE(subjects(changes->components[i].commits), gitLogSubjects(dir.path(), QStringLiteral("main"), components[i].paths));
    }
    QCOMPARE(subjects(changes->components[0].commits),
             QStringList({"cfg becomes a file again", "edit cfg/x", "cfg becomes a directory"}));
    QCOMPARE(subjects(changes->other), QStringList{"unrelated"});
}

void tst_Changes::emptyRange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(buildRepository(dir.path(), 3, 30, &error), error.constData());
    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY(repo);
    const Expected<ChangeSet> changes = changesBetween(*repo, QStringLiteral("main"), QStringLiteral("main"), testComponents());
    QVERIFY(changes);
    QVERIFY(changes->other.empty());
    for (const ComponentChanges &c : changes->components)
        QVERIFY(c.commits.empty());
    QCOMPARE(changes->sinceSha, changes->until);
}

// Objects are read from the pack files directly; a damaged pack must give an error that says
// what to do, never a crash or a partial answer.
void tst_Changes::damagedPack_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("garbage over the trees and files") << "garbage";
    QTest::addRow("trees point at a commit") << "index";
}

void tst_Changes::damagedPack()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(buildRepository(dir.path(), 6, 120, &error), error.constData());
    QVERIFY2(restore(dir.path(), Storage::Gc, &error), error.constData());
    const QString packDir = dir.path() + QStringLiteral("/.git/objects/pack/");
    const QStringList packs = QDir(packDir).entryList({QStringLiteral("*.pack")});
    QCOMPARE(packs.size(), 1);
    QFile pack(packDir + packs.first());
    QFile index(packDir + packs.first().chopped(5) + QStringLiteral(".idx"));
    QVERIFY(pack.setPermissions(pack.permissions() | QFile::WriteOwner));
    QVERIFY(index.setPermissions(index.permissions() | QFile::WriteOwner));
    // The commits stay readable (gc writes them first), so libgit2 still resolves main: only the
    // reading of trees meets the damage.
    if (damage == QLatin1String("garbage")) {
        const qint64 size = pack.size();
        QVERIFY(pack.open(QIODevice::ReadWrite));
        pack.seek(size / 2);
        pack.write(QByteArray(int(size - size / 2 - 20), '\x5a'));
        pack.close();
    } else {
        const GitResult objects = runGit(dir.path(), {QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"),
                                                      QStringLiteral("--batch-check=%(objectname) %(objecttype)")});
        QVERIFY2(objects.exitCode == 0, objects.err.constData());
        QSet<QByteArray> trees;
        QByteArray commit;
        for (const QByteArray &line : objects.out.split('\n')) {
            if (line.endsWith(" tree"))
                trees.insert(QByteArray::fromHex(line.left(40)));
            else if (line.endsWith(" commit") && commit.isEmpty())
                commit = QByteArray::fromHex(line.left(40));
        }
        QVERIFY(!trees.isEmpty() && !commit.isEmpty());
        QVERIFY(index.open(QIODevice::ReadWrite));
        QByteArray bytes = index.readAll();
        const quint32 count = qFromBigEndian<quint32>(bytes.constData() + 8 + 255 * 4);
        const qsizetype ids = 8 + 1024;
        const qsizetype offsets = ids + qsizetype(count) * 24;
        quint32 commitOffset = 0;
        for (quint32 i = 0; i < count; ++i) {
            if (bytes.mid(ids + qsizetype(i) * 20, 20) == commit)
                commitOffset = qFromBigEndian<quint32>(bytes.constData() + offsets + qsizetype(i) * 4);
        }
        QVERIFY(commitOffset != 0);
        for (quint32 i = 0; i < count; ++i) {
            if (trees.contains(bytes.mid(ids + qsizetype(i) * 20, 20)))
                qToBigEndian<quint32>(commitOffset, bytes.data() + offsets + qsizetype(i) * 4);
        }
        index.seek(0);
        index.write(bytes);
        index.close();
    }

    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY(repo);
    const Expected<ChangeSet> changes = changesBetween(*repo, QString(), QStringLiteral("main"), testComponents());
    QVERIFY2(!changes, "a damaged pack cannot give an answer");
    const QString message = changes.error().toString();
    QVERIFY2(message.contains(QLatin1String("cannot read tree")) && message.contains(QLatin1String("git fsck")),
             qPrintable(message));
}

void tst_Changes::badInput_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("errorContains");

    QTest::addRow("unknown tag") << "v9.9.9" << "main" << "svc/" << "'v9.9.9' is not a tag, branch or commit";
    QTest::addRow("unknown until") << "v1" << "nope" << "svc/" << "'nope' is not a tag, branch or commit";
    QTest::addRow("tree, not a commit") << "v1" << "main^{tree}" << "svc/" << "does not point at a commit";
    QTest::addRow("parent directory") << "v1" << "main" << "../svc" << "component bad: path '../svc'";
    QTest::addRow("absolute path") << "v1" << "main" << "/svc" << "component bad: path '/svc'";
    QTest::addRow("empty path") << "v1" << "main" << "" << "component bad: path ''";
    QTest::addRow("double slash") << "v1" << "main" << "svc//api" << "component bad: path 'svc//api'";
}

void tst_Changes::badInput()
{
    QFETCH(QString, since);
    QFETCH(QString, until);
    QFETCH(QString, path);
    QFETCH(QString, errorContains);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(buildRepository(dir.path(), 5, 30, &error), error.constData());
    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY(repo);
    const Expected<ChangeSet> changes = changesBetween(*repo, since, until, {{QStringLiteral("bad"), {path}}});
    QVERIFY(!changes);
    QVERIFY2(changes.error().toString().contains(errorContains), qPrintable(changes.error().toString()));
}

// Figures only, never a pass/fail on time: RC_CHANGES_SPEED_STEPS=4000 ctest -R tst_changes -V
void tst_Changes::speed()
{
    const int steps = qEnvironmentVariableIntValue("RC_CHANGES_SPEED_STEPS");
    if (steps <= 0)
        QSKIP("set RC_CHANGES_SPEED_STEPS to the number of generated steps to print a speed figure");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray error;
    QVERIFY2(buildRepository(dir.path(), 11, steps, &error), error.constData());
    runGit(dir.path(), {QStringLiteral("gc"), QStringLiteral("-q")});
    // RC_CHANGES_SPEED_KEEP=DIR keeps a copy of the repository for profiling
    if (const QString keep = qEnvironmentVariable("RC_CHANGES_SPEED_KEEP"); !keep.isEmpty())
        QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), dir.path(), keep});
    Expected<Repository> repo = Repository::discover(dir.path());
    QVERIFY(repo);

    QElapsedTimer timer;
    timer.start();
    const Expected<ChangeSet> changes = changesBetween(*repo, QStringLiteral("v1"), QStringLiteral("main"), testComponents());
    const qint64 ours = timer.elapsed();
    QVERIFY(changes);
    timer.restart();
    const GitResult log = runGit(dir.path(), {QStringLiteral("log"), QStringLiteral("--full-history"),
                                              QStringLiteral("--no-merges"), QStringLiteral("--name-only"),
                                              QStringLiteral("--format=%H"), QStringLiteral("v1..main")});
    const qint64 git = timer.elapsed();
    const GitResult count = runGit(dir.path(), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("v1..main")});
    qInfo("%s commits in v1..main: changesBetween %lld ms, git log --name-only %lld ms", count.out.trimmed().constData(),
          ours, git);
}

QTEST_GUILESS_MAIN(tst_Changes)
#include "tst_changes.moc"

#include "gittestutil.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using namespace rc::test;

namespace {

QByteArray manifestText(const QString &id, const QString &scheduledAt, const QString &createdAt = {})
{
    QByteArray text = "release:\n  id: " + id.toUtf8() + "\n";
    if (!scheduledAt.isEmpty())
        text += "  scheduled_at: '" + scheduledAt.toUtf8() + "'\n";
    if (!createdAt.isEmpty())
        text += "  created_at: '" + createdAt.toUtf8() + "'\n";
    text += "  release_manager: '@john.doe'\n  status: draft\n\ncomponents:\n  - name: api\n    sign_off: "
            "pending\n";
    return text;
}

QStringList relativePaths(const WorkspaceScan &scan)
{
    QStringList out;
    for (const auto &e : scan.releases)
        out.append(e.relativePath);
    return out;
}

// Restores the working directory when a test changed it.
struct CurrentDirGuard
{
    QString saved = QDir::currentPath();
    ~CurrentDirGuard() { QDir::setCurrent(saved); }
};

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sortsNewestFirst();
    void sameTimeSortedById();
    void duplicateIdsAreReported();
    void brokenFileListedWithItsError();
    void gitStates();
    void notAClone();
    void cloneWithoutReleasesIsEmpty();
    void scanFromANestedPath();
    void manyFilesParsedInParallel();
    void rescanSeesEveryChange();

    void findRelease_data();
    void findRelease();
    void findReleaseUnknownListsIds();
    void findReleaseAmbiguousId();

private:
    void write(const QString &rel, const QByteArray &bytes)
    {
        QVERIFY(writeFile(m_dir->path() + QLatin1Char('/') + rel, bytes));
    }
    Repository makeRepo();

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Workspace::initTestCase()
{
    QVERIFY(m_config.isValid());
    isolateGitConfig(m_config.path());
}

void tst_Workspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Repository tst_Workspace::makeRepo()
{
    auto repo = Repository::init(m_dir->path());
    if (!repo)
        qFatal("init: %s", qPrintable(repo.error().toString()));
    return std::move(repo).value();
}

void tst_Workspace::sortsNewestFirst()
{
    makeRepo();
    write(QStringLiteral("releases/a.yaml"),
          manifestText(QStringLiteral("rel-2024-01-08-001"), QStringLiteral("2024-01-08T10:00:00Z")));
    write(QStringLiteral("releases/2024-01-15-release.yaml"),
          manifestText(QStringLiteral("rel-2024-01-15-001"), QStringLiteral("2024-01-15T10:00:00Z")));
    // A draft from the create job has only created_at: it sorts by that.
    write(QStringLiteral("releases/drafts/rel-2024-01-22-001.yml"),
          manifestText(QStringLiteral("rel-2024-01-22-001"), {}, QStringLiteral("2024-01-16T08:00:00Z")));
    write(QStringLiteral("releases/undated.yaml"), manifestText(QStringLiteral("rel-undated"), {}));
    write(QStringLiteral("releases/broken.yaml"), "release: [\n");
    write(QStringLiteral("releases/notes.md"), "# not a manifest\n");

    QList<QPair<int, int>> calls;
    const WorkspaceScan scan = scanWorkspace(m_dir->path(), [&](int done, int total) {
        calls.append({done, total});
    });
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QCOMPARE(scan.root, QFileInfo(m_dir->path()).canonicalFilePath());
    QCOMPARE(relativePaths(scan),
             QStringList({"releases/drafts/rel-2024-01-22-001.yml", "releases/2024-01-15-release.yaml",
                          "releases/a.yaml", "releases/undated.yaml", "releases/broken.yaml"}));
    QCOMPARE(scan.releases.front().path,
             scan.root + QStringLiteral("/releases/drafts/rel-2024-01-22-001.yml"));
    QVERIFY(scan.problems.empty());

    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), qMakePair(5, 5));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls[i].first >= calls[i - 1].first);
}

void tst_Workspace::sameTimeSortedById()
{
    makeRepo();
    const QString at = QStringLiteral("2024-01-15T10:00:00Z");
    write(QStringLiteral("releases/1.yaml"), manifestText(QStringLiteral("rel-c"), at));
    write(QStringLiteral("releases/2.yaml"), manifestText(QStringLiteral("rel-a"), at));
    write(QStringLiteral("releases/3.yaml"), manifestText(QStringLiteral("rel-b"), at));
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QCOMPARE(relativePaths(scan), QStringList({"releases/2.yaml", "releases/3.yaml", "releases/1.yaml"}));
}

void tst_Workspace::duplicateIdsAreReported()
{
    makeRepo();
    write(QStringLiteral("releases/2024-01-15-release.yaml"),
          manifestText(QStringLiteral("rel-2024-01-15-001"), QStringLiteral("2024-01-15T10:00:00Z")));
    write(QStringLiteral("releases/copy.yaml"),
          manifestText(QStringLiteral("rel-2024-01-15-001"), QStringLiteral("2024-01-15T10:00:00Z")));
    write(QStringLiteral("releases/other.yaml"),
          manifestText(QStringLiteral("rel-2024-01-08-001"), QStringLiteral("2024-01-08T10:00:00Z")));
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QCOMPARE(scan.releases.size(), size_t(3));
    QCOMPARE(scan.problems.size(), size_t(1));
    const Diagnostic &d = scan.problems.front();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QVERIFY2(d.message.contains(QStringLiteral("rel-2024-01-15-001")), qPrintable(d.message));
    QVERIFY2(d.message.contains(QStringLiteral("releases/2024-01-15-release.yaml")), qPrintable(d.message));
    QVERIFY2(d.message.contains(QStringLiteral("releases/copy.yaml")), qPrintable(d.message));
    QVERIFY(!d.message.contains(QStringLiteral("other.yaml")));
}

void tst_Workspace::brokenFileListedWithItsError()
{
    makeRepo();
    write(QStringLiteral("releases/good.yaml"),
          manifestText(QStringLiteral("rel-good"), QStringLiteral("2024-01-15T10:00:00Z")));
    write(QStringLiteral("releases/broken.yaml"), "release:\n  id: rel-broken\n  status: [unclosed\n");
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QVERIFY(scan.error.isEmpty());
    QCOMPARE(scan.releases.size(), size_t(2));
    const ReleaseEntry &broken = scan.releases.back();
    QCOMPARE(broken.relativePath, QStringLiteral("releases/broken.yaml"));
    QVERIFY(!broken.manifest);
    QVERIFY(!broken.errors.empty());
    QCOMPARE(broken.errors.front().file, QStringLiteral("releases/broken.yaml"));
    QVERIFY(broken.errors.front().location.line >= 3);
    QVERIFY(scan.releases.front().manifest);
    QVERIFY(scan.releases.front().errors.empty());
}

void tst_Workspace::gitStates()
{
    Repository repo = makeRepo();
    const QString at = QStringLiteral("2024-01-15T10:00:00Z");
    write(QStringLiteral("releases/clean.yaml"), manifestText(QStringLiteral("rel-1"), at));
    write(QStringLiteral("releases/modified.yaml"), manifestText(QStringLiteral("rel-2"), at));
    QVERIFY(repo.commitAll(QStringLiteral("base"), {QStringLiteral("A"), QStringLiteral("a@example.com")},
                           1704067200));
    write(QStringLiteral("releases/modified.yaml"),
          manifestText(QStringLiteral("rel-2"), QStringLiteral("2024-01-16T10:00:00Z")));
    write(QStringLiteral("releases/untracked.yaml"), manifestText(QStringLiteral("rel-3"), at));
    write(QStringLiteral("releases/added.yaml"), manifestText(QStringLiteral("rel-4"), at));
    QVERIFY(stage(repo.handle(), QStringLiteral("releases/added.yaml")));

    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QHash<QString, FileState> states;
    for (const auto &e : scan.releases)
        states.insert(e.relativePath, e.gitState);
    QCOMPARE(states.size(), 4);
    QCOMPARE(states.value(QStringLiteral("releases/clean.yaml")), FileState::Unmodified);
    QCOMPARE(states.value(QStringLiteral("releases/modified.yaml")), FileState::Modified);
    QCOMPARE(states.value(QStringLiteral("releases/untracked.yaml")), FileState::Untracked);
    QCOMPARE(states.value(QStringLiteral("releases/added.yaml")), FileState::Added);
}

void tst_Workspace::notAClone()
{
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QVERIFY(scan.error.contains(QStringLiteral("not inside a git clone")));
    QVERIFY(scan.releases.empty());
}

void tst_Workspace::cloneWithoutReleasesIsEmpty()
{
    makeRepo();
    write(QStringLiteral("README.md"), "hello\n");
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QVERIFY(scan.releases.empty());
    QVERIFY(scan.problems.empty());
}

void tst_Workspace::scanFromANestedPath()
{
    makeRepo();
    write(QStringLiteral("releases/r.yaml"),
          manifestText(QStringLiteral("rel-1"), QStringLiteral("2024-01-15T10:00:00Z")));
    write(QStringLiteral("nedlia-back-end/api/main.go"), "package main\n");
    const WorkspaceScan scan = scanWorkspace(m_dir->path() + QStringLiteral("/nedlia-back-end/api/main.go"));
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QCOMPARE(relativePaths(scan), QStringList{QStringLiteral("releases/r.yaml")});
}

void tst_Workspace::manyFilesParsedInParallel()
{
    Repository repo = makeRepo();
    constexpr int count = 60;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("rel-2024-%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString at =
            QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * i).toString(Qt::ISODate);
        write(QStringLiteral("releases/%1.yaml").arg(id), manifestText(id, at));
    }
    QVERIFY(repo.commitAll(QStringLiteral("many"), {QStringLiteral("A"), QStringLiteral("a@example.com")},
                           1704067200));
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    QCOMPARE(scan.releases.size(), size_t(count));
    for (int i = 0; i < count; ++i) {
        const ReleaseEntry &e = scan.releases[size_t(i)];
        const QString id = QStringLiteral("rel-2024-%1").arg(count - 1 - i, 3, 10, QLatin1Char('0'));
        QVERIFY2(e.manifest, qPrintable(e.relativePath));
        QCOMPARE(e.manifest->release.id, id);
        QCOMPARE(e.relativePath, QStringLiteral("releases/%1.yaml").arg(id));
        QCOMPARE(e.gitState, FileState::Unmodified);
    }
}

void tst_Workspace::rescanSeesEveryChange()
{
    // Unchanged files reuse the previous parse; anything else must be read again.
    makeRepo();
    const QString at = QStringLiteral("2024-01-15T10:00:00Z");
    write(QStringLiteral("releases/a.yaml"), manifestText(QStringLiteral("rel-aaa"), at));
    write(QStringLiteral("releases/b.yaml"), manifestText(QStringLiteral("rel-bbb"), at));
    write(QStringLiteral("releases/broken.yaml"), "release: [\n");
    const WorkspaceScan first = scanWorkspace(m_dir->path());
    QCOMPARE(first.releases.size(), size_t(3));

    const WorkspaceScan same = scanWorkspace(m_dir->path());
    QCOMPARE(relativePaths(same), relativePaths(first));
    QCOMPARE(*same.releases[0].manifest, *first.releases[0].manifest);
    QCOMPARE(same.releases.back().errors, first.releases.back().errors);

    write(QStringLiteral("releases/a.yaml"),
          manifestText(QStringLiteral("rel-zzz"), at)); // same size, new id
    QVERIFY(QFile::remove(m_dir->path() + QStringLiteral("/releases/b.yaml")));
    write(QStringLiteral("releases/broken.yaml"), manifestText(QStringLiteral("rel-fixed"), at));
    const WorkspaceScan changed = scanWorkspace(m_dir->path());
    QStringList ids;
    for (const auto &e : changed.releases) {
        QVERIFY2(e.manifest, qPrintable(e.relativePath));
        ids.append(e.manifest->release.id);
    }
    QCOMPARE(ids, QStringList({"rel-fixed", "rel-zzz"}));
}

void tst_Workspace::findRelease_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("cwd"); // relative to the clone; empty: leave it
    QTest::addColumn<QString>("expected");
    QTest::addRow("by id, file named differently") << "rel-2024-01-15-001"
                                                   << ""
                                                   << "releases/2024-01-15-release.yaml";
    QTest::addRow("by id of a nested file") << "rel-2024-01-08-001"
                                            << ""
                                            << "releases/2024/rel-2024-01-08-001.yaml";
    QTest::addRow("path relative to the clone") << "releases/2024-01-15-release.yaml"
                                                << ""
                                                << "releases/2024-01-15-release.yaml";
    QTest::addRow("path relative to the working directory") << "../2024-01-15-release.yaml"
                                                            << "releases/2024"
                                                            << "releases/2024-01-15-release.yaml";
    QTest::addRow("path with dot segments") << "./releases/../releases/2024/rel-2024-01-08-001.yaml"
                                            << ""
                                            << "releases/2024/rel-2024-01-08-001.yaml";
    QTest::addRow("absolute path") << "@ABS@/releases/2024/rel-2024-01-08-001.yaml"
                                   << ""
                                   << "releases/2024/rel-2024-01-08-001.yaml";
}

void tst_Workspace::findRelease()
{
    QFETCH(QString, query);
    QFETCH(QString, cwd);
    QFETCH(QString, expected);
    makeRepo();
    write(QStringLiteral("releases/2024-01-15-release.yaml"),
          manifestText(QStringLiteral("rel-2024-01-15-001"), QStringLiteral("2024-01-15T10:00:00Z")));
    write(QStringLiteral("releases/2024/rel-2024-01-08-001.yaml"),
          manifestText(QStringLiteral("rel-2024-01-08-001"), QStringLiteral("2024-01-08T10:00:00Z")));
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    query.replace(QStringLiteral("@ABS@"), m_dir->path());

    CurrentDirGuard guard;
    QVERIFY(QDir::setCurrent(cwd.isEmpty() ? QDir::tempPath() : m_dir->path() + QLatin1Char('/') + cwd));
    auto found = rc::core::findRelease(scan, query);
    QVERIFY2(found, errorText(found).constData());
    QCOMPARE((*found)->relativePath, expected);
}

void tst_Workspace::findReleaseUnknownListsIds()
{
    makeRepo();
    for (int i = 1; i <= 7; ++i)
        write(QStringLiteral("releases/r%1.yaml").arg(i),
              manifestText(QStringLiteral("rel-2024-01-0%1-001").arg(i),
                           QStringLiteral("2024-01-0%1T10:00:00Z").arg(i)));
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    auto found = rc::core::findRelease(scan, QStringLiteral("rel-2099-01-01-001"));
    QVERIFY(!found);
    const QString message = found.error().message;
    QVERIFY2(message.contains(QStringLiteral("rel-2099-01-01-001")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("rel-2024-01-07-001")), qPrintable(message)); // newest first
    QVERIFY2(message.contains(QStringLiteral("2 more")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("rel-2024-01-01-001")), qPrintable(message));

    const WorkspaceScan empty;
    auto none = rc::core::findRelease(empty, QStringLiteral("rel-x"));
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(QStringLiteral("no manifests")), qPrintable(none.error().message));
}

void tst_Workspace::findReleaseAmbiguousId()
{
    makeRepo();
    write(QStringLiteral("releases/a.yaml"),
          manifestText(QStringLiteral("rel-dup"), QStringLiteral("2024-01-15T10:00:00Z")));
    write(QStringLiteral("releases/b.yaml"),
          manifestText(QStringLiteral("rel-dup"), QStringLiteral("2024-01-15T10:00:00Z")));
    const WorkspaceScan scan = scanWorkspace(m_dir->path());
    auto found = rc::core::findRelease(scan, QStringLiteral("rel-dup"));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("releases/a.yaml, releases/b.yaml")),
             qPrintable(found.error().message));
    auto byPath = rc::core::findRelease(scan, QStringLiteral("releases/b.yaml"));
    QVERIFY2(byPath, errorText(byPath).constData());
    QCOMPARE((*byPath)->relativePath, QStringLiteral("releases/b.yaml"));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"

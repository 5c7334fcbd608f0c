#include "git/repository.h"
#include "gittestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rc::core;
using namespace rc::test;

class tst_Repository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void discover_data();
    void discover();
    void discoverOutsideAClone();
    void discoverMissingPath();
    void discoverCloneOfAnotherUser();
    void moveKeepsTheHandle();

    void manifestPaths();
    void fileStateTransitions();
    void fileStatesOneWalk();

    void identity();
    void identityMissing_data();
    void identityMissing();
    void userHandle_data();
    void userHandle();

    void commitFileCommitsOnlyThatFile();
    void commitFileOnUnbornHead();
    void commitFileAcceptsAbsolutePath();
    void commitFileDeletion();
    void commitFileWithoutChangesIsRefused();
    void commitFileWithoutIdentityIsRefused();
    void commitFileOutsideTheClone();

    void commitAllAndTag();

private:
    // A fresh repository with a configured identity and one commit of a.txt, b.txt, c.txt.
    Repository makeRepo(bool withCommit = true);
    QString path(const QString &rel) const { return m_dir->path() + QLatin1Char('/') + rel; }

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Repository::initTestCase()
{
    QVERIFY(m_config.isValid());
    isolateGitConfig(m_config.path());
}

void tst_Repository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Repository tst_Repository::makeRepo(bool withCommit)
{
    auto repo = Repository::init(m_dir->path());
    if (!repo)
        qFatal("init failed: %s", errorText(repo).constData());
    setConfig(repo->handle(), "user.name", QStringLiteral("Carol Tester"));
    setConfig(repo->handle(), "user.email", QStringLiteral("carol@example.com"));
    if (withCommit) {
        writeFile(path(QStringLiteral("a.txt")), "a1\n");
        writeFile(path(QStringLiteral("b.txt")), "b1\n");
        writeFile(path(QStringLiteral("c.txt")), "c1\n");
        auto id = repo->commitAll(QStringLiteral("chore: initial"),
                                  {QStringLiteral("Init"), QStringLiteral("init@example.com")}, 1700000000);
        if (!id)
            qFatal("commitAll failed: %s", errorText(id).constData());
    }
    return std::move(repo).value();
}

void tst_Repository::discover_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addRow("the work tree itself") << QString();
    QTest::addRow("a nested folder") << QStringLiteral("releases/2024/q1");
    QTest::addRow("a file in a nested folder") << QStringLiteral("releases/2024/q1/rel.yaml");
    QTest::addRow("the .git folder") << QStringLiteral(".git");
}

void tst_Repository::discover()
{
    QFETCH(QString, relative);
    makeRepo(false);
    QVERIFY(writeFile(path(QStringLiteral("releases/2024/q1/rel.yaml")), "release: {id: x}\n"));
    auto repo = Repository::discover(relative.isEmpty() ? m_dir->path() : path(relative));
    QVERIFY2(repo, errorText(repo).constData());
    QCOMPARE(repo->workdir(), QFileInfo(m_dir->path()).canonicalFilePath());
}

void tst_Repository::discoverOutsideAClone()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("plain/folder"))));
    auto repo = Repository::discover(path(QStringLiteral("plain/folder")));
    QVERIFY(!repo);
    QVERIFY2(repo.error().message.contains(QStringLiteral("plain/folder is not inside a git clone")),
             errorText(repo).constData());
    QVERIFY(repo.error().message.contains(QStringLiteral(".git")));
}

void tst_Repository::discoverMissingPath()
{
    auto repo = Repository::discover(path(QStringLiteral("does/not/exist")));
    QVERIFY(!repo);
    QVERIFY2(repo.error().message.contains(QStringLiteral("does not exist")), errorText(repo).constData());
}

void tst_Repository::discoverCloneOfAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("needs root to hand the clone to another user");
    makeRepo(false);
    const QByteArray root = QFile::encodeName(m_dir->path());
    QCOMPARE(::chown(root.constData(), 65534, 65534), 0);
    QCOMPARE(::chown((root + "/.git").constData(), 65534, 65534), 0);
    auto repo = Repository::discover(m_dir->path());
    QVERIFY(!repo);
    QVERIFY2(repo.error().message.contains(QStringLiteral("safe.directory")),
             qPrintable(repo.error().message));
}

void tst_Repository::moveKeepsTheHandle()
{
    Repository a = makeRepo(false);
    git_repository *handle = a.handle();
    Repository b = std::move(a);
    QCOMPARE(b.handle(), handle);
    QCOMPARE(a.handle(),
             nullptr); // NOLINT(bugprone-use-after-move): moved-from state is part of the contract
    QVERIFY(a.workdir().isEmpty());
}

void tst_Repository::manifestPaths()
{
    Repository repo = makeRepo(false);
    for (const char *rel : {"releases/b.yaml", "releases/a.yml", "releases/2024/c.yaml", "releases/notes.md",
                            "releases.yaml", "other/d.yaml", "releases/README"})
        QVERIFY(writeFile(path(QString::fromUtf8(rel)), "x: 1\n"));
    QCOMPARE(repo.manifestPaths(),
             QStringList({QStringLiteral("releases/2024/c.yaml"), QStringLiteral("releases/a.yml"),
                          QStringLiteral("releases/b.yaml")}));
}

void tst_Repository::fileStateTransitions()
{
    Repository repo = makeRepo(true);
    const QString rel = QStringLiteral("releases/r.yaml");
    QCOMPARE(repo.fileState(rel), FileState::Unknown); // neither on disk nor in git

    QVERIFY(writeFile(path(rel), "one\n"));
    QCOMPARE(repo.fileState(rel), FileState::Untracked);

    QVERIFY(stage(repo.handle(), rel));
    QCOMPARE(repo.fileState(rel), FileState::Added);

    QVERIFY(repo.commitFile(rel, QStringLiteral("add r")));
    QCOMPARE(repo.fileState(rel), FileState::Unmodified);

    QVERIFY(writeFile(path(rel), "two\n"));
    QCOMPARE(repo.fileState(rel), FileState::Modified);

    QVERIFY(QFile::remove(path(rel)));
    QCOMPARE(repo.fileState(rel), FileState::Deleted);

    QVERIFY(writeFile(path(QStringLiteral(".gitignore")), "*.tmp\n"));
    QVERIFY(writeFile(path(QStringLiteral("releases/x.tmp")), "t\n"));
    QCOMPARE(repo.fileState(QStringLiteral("releases/x.tmp")), FileState::Ignored);
}

void tst_Repository::fileStatesOneWalk()
{
    Repository repo = makeRepo(false);
    QVERIFY(writeFile(path(QStringLiteral("releases/clean.yaml")), "c\n"));
    QVERIFY(writeFile(path(QStringLiteral("releases/changed.yaml")), "c\n"));
    QVERIFY(writeFile(path(QStringLiteral("outside.yaml")), "o\n"));
    QVERIFY(repo.commitAll(QStringLiteral("base"), {QStringLiteral("A"), QStringLiteral("a@example.com")},
                           1700000000));
    QVERIFY(writeFile(path(QStringLiteral("releases/changed.yaml")), "changed\n"));
    QVERIFY(writeFile(path(QStringLiteral("releases/sub/new.yaml")), "n\n"));
    QVERIFY(writeFile(path(QStringLiteral("outside.yaml")), "changed too\n"));

    const auto states = repo.fileStates(QStringLiteral("releases"));
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.value(QStringLiteral("releases/changed.yaml")), FileState::Modified);
    QCOMPARE(states.value(QStringLiteral("releases/sub/new.yaml")), FileState::Untracked);
    QVERIFY(!states.contains(QStringLiteral("releases/clean.yaml")));
    QVERIFY(!states.contains(QStringLiteral("outside.yaml")));
}

void tst_Repository::identity()
{
    Repository repo = makeRepo(false);
    auto id = repo.identity();
    QVERIFY2(id, errorText(id).constData());
    QCOMPARE(id->name, QStringLiteral("Carol Tester"));
    QCOMPARE(id->email, QStringLiteral("carol@example.com"));
}

void tst_Repository::identityMissing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("hint");
    QTest::addRow("no name") << QString() << QStringLiteral("x@example.com")
                             << QStringLiteral("git config --global user.name");
    QTest::addRow("no email") << QStringLiteral("X") << QString()
                              << QStringLiteral("git config --global user.email");
    QTest::addRow("nothing") << QString() << QString() << QStringLiteral("git config --global user.name");
}

void tst_Repository::identityMissing()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, hint);
    auto repo = Repository::init(m_dir->path());
    QVERIFY(repo);
    if (!name.isEmpty())
        QVERIFY(setConfig(repo->handle(), "user.name", name));
    if (!email.isEmpty())
        QVERIFY(setConfig(repo->handle(), "user.email", email));
    auto id = repo->identity();
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(hint), errorText(id).constData());
}

void tst_Repository::userHandle_data()
{
    QTest::addColumn<QString>("consoleUser");
    QTest::addColumn<QString>("githubUser");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("expected");
    QTest::addRow("releaseconsole.user wins") << "@john.doe"
                                              << "jd"
                                              << "John"
                                              << "@john.doe";
    QTest::addRow("github.user gets an @") << ""
                                           << "carol"
                                           << "Carol"
                                           << "@carol";
    QTest::addRow("user.name as a fallback") << ""
                                             << ""
                                             << "dave"
                                             << "@dave";
    QTest::addRow("nothing set") << ""
                                 << ""
                                 << ""
                                 << "";
}

void tst_Repository::userHandle()
{
    QFETCH(QString, consoleUser);
    QFETCH(QString, githubUser);
    QFETCH(QString, userName);
    QFETCH(QString, expected);
    auto repo = Repository::init(m_dir->path());
    QVERIFY(repo);
    if (!consoleUser.isEmpty())
        QVERIFY(setConfig(repo->handle(), "releaseconsole.user", consoleUser));
    if (!githubUser.isEmpty())
        QVERIFY(setConfig(repo->handle(), "github.user", githubUser));
    if (!userName.isEmpty())
        QVERIFY(setConfig(repo->handle(), "user.name", userName));
    QCOMPARE(repo->userHandle(), expected);
}

void tst_Repository::commitFileCommitsOnlyThatFile()
{
    Repository repo = makeRepo(true);
    git_repository *git = repo.handle();
    git_oid before;
    QCOMPARE(git_reference_name_to_id(&before, git, "HEAD"), 0);

    QVERIFY(writeFile(path(QStringLiteral("a.txt")), "a2\n")); // the file to commit
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), "b2 staged\n"));
    QVERIFY(stage(git, QStringLiteral("b.txt")));
    QVERIFY(writeFile(path(QStringLiteral("c.txt")), "c2 unstaged\n"));
    QVERIFY(writeFile(path(QStringLiteral("d.txt")), "d new\n"));

    auto id =
        repo.commitFile(QStringLiteral("a.txt"), QStringLiteral("release(rel-1): api signed off by @carol"));
    QVERIFY2(id, errorText(id).constData());
    QCOMPARE(id->size(), 40);

    // The commit: a.txt from the work tree, everything else as in the parent.
    QCOMPARE(blobAt(git, QStringLiteral("HEAD:a.txt")), QByteArray("a2\n"));
    QCOMPARE(blobAt(git, QStringLiteral("HEAD:b.txt")), QByteArray("b1\n"));
    QCOMPARE(blobAt(git, QStringLiteral("HEAD:c.txt")), QByteArray("c1\n"));
    QCOMPARE(headFiles(git), QStringList({"a.txt", "b.txt", "c.txt"}));

    git_object *obj = nullptr;
    QCOMPARE(git_revparse_single(&obj, git, "HEAD"), 0);
    auto *commit = reinterpret_cast<git_commit *>(obj);
    QCOMPARE(QString::fromLatin1(git_oid_tostr_s(git_commit_id(commit))), *id);
    QCOMPARE(git_commit_parentcount(commit), 1u);
    QVERIFY(git_oid_equal(git_commit_parent_id(commit, 0), &before));
    QCOMPARE(QString::fromUtf8(git_commit_message(commit)),
             QStringLiteral("release(rel-1): api signed off by @carol\n"));
    QCOMPARE(QString::fromUtf8(git_commit_author(commit)->name), QStringLiteral("Carol Tester"));
    QCOMPARE(QString::fromUtf8(git_commit_author(commit)->email), QStringLiteral("carol@example.com"));
    QCOMPARE(QString::fromUtf8(git_commit_committer(commit)->name), QStringLiteral("Carol Tester"));
    git_object_free(obj);

    // The index: a.txt clean, the other changes still where they were.
    QCOMPARE(statusFlags(git, QStringLiteral("a.txt")), unsigned(GIT_STATUS_CURRENT));
    QCOMPARE(statusFlags(git, QStringLiteral("b.txt")), unsigned(GIT_STATUS_INDEX_MODIFIED));
    QCOMPARE(statusFlags(git, QStringLiteral("c.txt")), unsigned(GIT_STATUS_WT_MODIFIED));
    QCOMPARE(statusFlags(git, QStringLiteral("d.txt")), unsigned(GIT_STATUS_WT_NEW));
    QCOMPARE(readFile(path(QStringLiteral("c.txt"))), QByteArray("c2 unstaged\n"));
}

void tst_Repository::commitFileOnUnbornHead()
{
    Repository repo = makeRepo(false);
    QVERIFY(writeFile(path(QStringLiteral("releases/r.yaml")), "release: {id: r}\n"));
    QVERIFY(writeFile(path(QStringLiteral("other.txt")), "not this\n"));
    auto id = repo.commitFile(QStringLiteral("releases/r.yaml"), QStringLiteral("first"));
    QVERIFY2(id, errorText(id).constData());
    QCOMPARE(headFiles(repo.handle()), QStringList({"releases/r.yaml"}));
    QCOMPARE(commitCount(repo.handle()), 1);
    QCOMPARE(repo.fileState(QStringLiteral("releases/r.yaml")), FileState::Unmodified);
    QCOMPARE(repo.fileState(QStringLiteral("other.txt")), FileState::Untracked);
}

void tst_Repository::commitFileAcceptsAbsolutePath()
{
    Repository repo = makeRepo(true);
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), "b3\n"));
    auto id = repo.commitFile(repo.workdir() + QStringLiteral("/b.txt"), QStringLiteral("b"));
    QVERIFY2(id, errorText(id).constData());
    QCOMPARE(blobAt(repo.handle(), QStringLiteral("HEAD:b.txt")), QByteArray("b3\n"));
    QCOMPARE(blobAt(repo.handle(), QStringLiteral("HEAD:a.txt")), QByteArray("a1\n"));
}

void tst_Repository::commitFileDeletion()
{
    Repository repo = makeRepo(true);
    QVERIFY(QFile::remove(path(QStringLiteral("c.txt"))));
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), "a changed, not committed\n"));
    auto id = repo.commitFile(QStringLiteral("c.txt"), QStringLiteral("remove c"));
    QVERIFY2(id, errorText(id).constData());
    QCOMPARE(headFiles(repo.handle()), QStringList({"a.txt", "b.txt"}));
    QCOMPARE(repo.fileState(QStringLiteral("c.txt")), FileState::Unknown);
    QCOMPARE(repo.fileState(QStringLiteral("a.txt")), FileState::Modified);
}

void tst_Repository::commitFileWithoutChangesIsRefused()
{
    Repository repo = makeRepo(true);
    const int before = commitCount(repo.handle());
    auto id = repo.commitFile(QStringLiteral("a.txt"), QStringLiteral("nothing"));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QStringLiteral("no changes")), errorText(id).constData());
    QCOMPARE(commitCount(repo.handle()), before);

    auto missing = repo.commitFile(QStringLiteral("nope.txt"), QStringLiteral("nothing"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("nope.txt")), errorText(missing).constData());
}

void tst_Repository::commitFileWithoutIdentityIsRefused()
{
    auto repo = Repository::init(m_dir->path());
    QVERIFY(repo);
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), "a\n"));
    auto id = repo->commitFile(QStringLiteral("a.txt"), QStringLiteral("a"));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QStringLiteral("git config --global user.name")),
             errorText(id).constData());
    QCOMPARE(commitCount(repo->handle()), 0);
}

void tst_Repository::commitFileOutsideTheClone()
{
    Repository repo = makeRepo(true);
    auto id = repo.commitFile(QStringLiteral("../elsewhere.txt"), QStringLiteral("x"));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QStringLiteral("not inside the clone")), errorText(id).constData());
}

void tst_Repository::commitAllAndTag()
{
    Repository repo = makeRepo(false);
    QVERIFY(writeFile(path(QStringLiteral("api/main.go")), "package main\n"));
    QVERIFY(writeFile(path(QStringLiteral("portal/app.ts")), "export {}\n"));
    const Repository::Identity bob{QStringLiteral("Bob"), QStringLiteral("bob@example.com")};
    auto first = repo.commitAll(QStringLiteral("feat(api): first"), bob, 1702339200);
    QVERIFY2(first, errorText(first).constData());
    QVERIFY(repo.tag(QStringLiteral("api/v1.0.0")));

    QVERIFY(QFile::remove(path(QStringLiteral("portal/app.ts"))));
    QVERIFY(writeFile(path(QStringLiteral("api/main.go")), "package main\n// v2\n"));
    auto second = repo.commitAll(QStringLiteral("fix(api): second"), bob, 1702425600);
    QVERIFY2(second, errorText(second).constData());

    QCOMPARE(commitCount(repo.handle()), 2);
    QCOMPARE(headFiles(repo.handle()), QStringList({"api/main.go"}));
    QVERIFY(isClean(repo.handle()));
    QCOMPARE(tagNames(repo.handle()), QStringList({"api/v1.0.0"}));
    QCOMPARE(blobAt(repo.handle(), QStringLiteral("api/v1.0.0:api/main.go")), QByteArray("package main\n"));

    git_object *obj = nullptr;
    QCOMPARE(git_revparse_single(&obj, repo.handle(), "HEAD"), 0);
    const git_signature *author = git_commit_author(reinterpret_cast<git_commit *>(obj));
    QCOMPARE(qint64(author->when.time), qint64(1702425600));
    QCOMPARE(QString::fromUtf8(author->name), QStringLiteral("Bob"));
    git_object_free(obj);

    auto again = repo.tag(QStringLiteral("api/v1.0.0"));
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("api/v1.0.0")));
}

QTEST_GUILESS_MAIN(tst_Repository)
#include "tst_repository.moc"

// releasectl changes, create and hotfix, run as the real binary against real clones.

#include "demo/demoworkspace.h"
#include "git/repository.h"
#include "manifest/manifestparser.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace rc;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Through libgit2, not the code under test.
QString revParse(const QString &workdir, const QString &rev)
{
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(workdir).constData()) != 0)
        return {};
    git_object *obj = nullptr;
    QString sha;
    if (git_revparse_single(&obj, repo, rev.toUtf8().constData()) == 0) {
        git_object *commit = nullptr;
        if (git_object_peel(&commit, obj, GIT_OBJECT_COMMIT) == 0) {
            char hex[GIT_OID_HEXSZ + 1] = {};
            git_oid_tostr(hex, sizeof hex, git_object_id(commit));
            sha = QString::fromLatin1(hex);
            git_object_free(commit);
        }
        git_object_free(obj);
    }
    git_error_clear();
    git_repository_free(repo);
    return sha;
}

QString headMessage(const QString &workdir)
{
    git_repository *repo = nullptr;
    QString message;
    if (git_repository_open(&repo, QFile::encodeName(workdir).constData()) != 0)
        return {};
    git_object *head = nullptr;
    if (git_revparse_single(&head, repo, "HEAD") == 0) {
        message = QString::fromUtf8(git_commit_message(reinterpret_cast<git_commit *>(head))).trimmed();
        git_object_free(head);
    }
    git_repository_free(repo);
    return message;
}

QString headRef(const QString &workdir)
{
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(workdir).constData()) != 0)
        return {};
    git_reference *head = nullptr;
    QString name;
    if (git_repository_head(&head, repo) == 0) {
        name = QString::fromUtf8(git_reference_name(head));
        git_reference_free(head);
    }
    git_error_clear();
    git_repository_free(repo);
    return name;
}

// Files differing from HEAD in the index or work tree, untracked ones included.
QStringList dirtyFiles(const QString &workdir)
{
    git_repository *repo = nullptr;
    QStringList files;
    if (git_repository_open(&repo, QFile::encodeName(workdir).constData()) != 0)
        return {QStringLiteral("<cannot open>")};
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, repo, &options) == 0) {
        for (size_t i = 0; i < git_status_list_entrycount(list); ++i) {
            const git_status_entry *e = git_status_byindex(list, i);
            const git_diff_delta *d = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
            files << QString::fromUtf8(d->new_file.path);
        }
        git_status_list_free(list);
    }
    git_repository_free(repo);
    return files;
}

} // namespace

class tst_HistoryCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changesJsonMatchesGitLog();
    void changesHuman();
    void badInput_data();
    void badInput();
    void createWritesAndCommits();
    void refuseUncommittedChanges();
    void createRefusesDetachedHead();
    void hotfixCutsBranch();
    void shallowClone();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QString &workdir) const;
    QString git(const QStringList &args, const QString &workdir, bool *ok = nullptr) const;
    QString freshDemo();

    QTemporaryDir m_root;
    QString m_binary;
    QString m_home;
    QString m_git; ///< the git program, for comparisons; empty when not installed
    QString m_pristine; ///< the demo as built, copied for each test that changes a clone
    QString m_demo; ///< read-only
    QString m_untagged;
    int m_clones = 0;
};

tst_HistoryCommands::Result tst_HistoryCommands::run(const QStringList &args, const QString &workdir) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QLatin1String("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workdir);
    process.start(m_binary, args);
    Result result;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<timed out>");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_HistoryCommands::git(const QStringList &args, const QString &workdir, bool *ok) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workdir);
    process.start(m_git, args);
    const bool finished = process.waitForFinished(15000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = finished;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A copy of the pristine demo: building one takes seconds under the sanitizers, copying it does not.
QString tst_HistoryCommands::freshDemo()
{
    const QString target = m_root.filePath(QStringLiteral("demo-%1").arg(++m_clones));
    QDirIterator it(m_pristine, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + QLatin1Char('/') + QDir(m_pristine).relativeFilePath(from);
        if (it.fileInfo().isDir() ? !QDir().mkpath(to) : (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)))
            return {};
    }
    return target;
}

void tst_HistoryCommands::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(writeFile(m_home + QLatin1String("/.gitconfig"),
                      "[user]\n\tname = Carol\n\temail = carol@example.com\n[releaseconsole]\n\tuser = @carol\n"));
    // The demo is built in-process: keep the host's git config out of it.
    git_libgit2_init();
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_home).constData());
    m_git = QStandardPaths::findExecutable(QStringLiteral("git"));
    const core::Expected<QString> pristine = core::createDemoWorkspace(m_root.filePath(QStringLiteral("pristine")));
    QVERIFY(pristine);
    m_pristine = *pristine;
    m_demo = freshDemo();
    QVERIFY(!m_demo.isEmpty());

    m_untagged = m_root.filePath(QStringLiteral("untagged"));
    QVERIFY(writeFile(m_untagged + QStringLiteral("/api/main.go"), "package main\n"));
    core::Expected<core::Repository> repo = core::Repository::init(m_untagged);
    QVERIFY(repo);
    QVERIFY(repo->commitAll(QStringLiteral("feat: first"), {QStringLiteral("T"), QStringLiteral("t@example.com")}, 1704067200));
}

void tst_HistoryCommands::changesJsonMatchesGitLog()
{
    const Result r = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("v2024.01.08"), QStringLiteral("--json")}, m_demo);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.keys(), (QStringList{"components", "other", "since", "until"}));
    QCOMPARE(root.value(QLatin1String("since")).toString(), QStringLiteral("v2024.01.08"));
    QCOMPARE(root.value(QLatin1String("until")).toString(), revParse(m_demo, QStringLiteral("HEAD")));

    const QJsonArray components = root.value(QLatin1String("components")).toArray();
    QCOMPARE(components.size(), 6);
    QSet<QString> owned;
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.keys(), (QStringList{"commits", "current_version", "name", "paths", "suggested_version"}));
        QStringList shas;
        for (const QJsonValue &commit : c.value(QLatin1String("commits")).toArray()) {
            const QJsonObject o = commit.toObject();
            QCOMPARE(o.keys(), (QStringList{"author", "breaking", "date", "scope", "sha", "subject", "type"}));
            QVERIFY(o.value(QLatin1String("breaking")).isBool());
            QVERIFY(QDateTime::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate).isValid());
            shas << o.value(QLatin1String("sha")).toString();
        }
        owned.unite(QSet<QString>(shas.begin(), shas.end()));
        if (m_git.isEmpty())
            continue;
        QStringList args{QStringLiteral("log"), QStringLiteral("--full-history"), QStringLiteral("--no-merges"),
                         QStringLiteral("--format=%H"), QStringLiteral("v2024.01.08..HEAD"), QStringLiteral("--")};
        for (const QJsonValue &p : c.value(QLatin1String("paths")).toArray())
            args << p.toString();
        bool ok = false;
        const QStringList expected = git(args, m_demo, &ok).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(ok);
        QCOMPARE(shas, expected);
    }
    const QJsonObject api = components.at(0).toObject();
    QCOMPARE(api.value(QLatin1String("name")).toString(), QStringLiteral("api"));
    QCOMPARE(api.value(QLatin1String("current_version")).toString(), QStringLiteral("v1.2.3"));
    QCOMPARE(api.value(QLatin1String("suggested_version")).toString(), QStringLiteral("v1.3.0"));
    const QJsonObject first = api.value(QLatin1String("commits")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("subject")).toString(), QStringLiteral("feat(api): paginate the campaign listing"));
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("feat"));
    QCOMPARE(first.value(QLatin1String("scope")).toString(), QStringLiteral("api"));
    QCOMPARE(first.value(QLatin1String("author")).toString(), QStringLiteral("Alice Nguyen"));

    QStringList other;
    for (const QJsonValue &v : root.value(QLatin1String("other")).toArray())
        other << v.toObject().value(QLatin1String("sha")).toString();
    QVERIFY(!other.isEmpty());
    for (const QString &sha : other)
        QVERIFY(!owned.contains(sha));
    if (!m_git.isEmpty()) {
        bool ok = false;
        const QStringList all = git({QStringLiteral("log"), QStringLiteral("--no-merges"), QStringLiteral("--format=%H"), QStringLiteral("v2024.01.08..HEAD")}, m_demo, &ok)
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(ok);
        QCOMPARE(qsizetype(owned.size() + other.size()), all.size());
    }
}

void tst_HistoryCommands::changesHuman()
{
    const Result r = run({QStringLiteral("changes")}, m_demo);
    QCOMPARE(r.exitCode, 0);
    for (const char *expected : {"api  v1.2.3 → v1.3.0  4 commits", "workers  v1.5.0  no changes", "feat(api): paginate the campaign listing",
                                 "(Alice Nguyen, 2024-01-18)", "other  5 commits"})
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)), qPrintable(r.out));
}

void tst_HistoryCommands::badInput_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::addRow("changes: unknown tag") << "demo" << QStringList{"changes", "--since", "v9.9.9"} << 2 << "--since: 'v9.9.9' is not a tag, branch or commit";
    QTest::addRow("changes: unknown revision") << "demo" << QStringList{"changes", "--until", "nope"} << 2 << "--until: 'nope' is not a tag";
    QTest::addRow("changes: empty range") << "demo" << QStringList{"changes", "--since", "HEAD"} << 2 << "no commits between HEAD and HEAD";
    QTest::addRow("changes: no tag") << "untagged" << QStringList{"changes"} << 2 << "no tag is reachable from";
    QTest::addRow("create: invalid id") << "demo" << QStringList{"create", "../x"} << 2 << "not a valid release id: use 1 to 100 letters";
    QTest::addRow("create: existing id") << "demo" << QStringList{"create", "rel-2024-01-15-001"} << 2 << "release rel-2024-01-15-001 exists already in releases/2024-01-15-release.yaml";
    QTest::addRow("create: unknown type") << "demo" << QStringList{"create", "--type", "weekly"} << 2 << "--type weekly: not a release type";
    QTest::addRow("create: bad time") << "demo" << QStringList{"create", "--scheduled", "tuesday"} << 2 << "--scheduled tuesday: not a time";
    QTest::addRow("create: nothing changed") << "demo" << QStringList{"create", "--since", "HEAD"} << 2 << "no component changed since HEAD";
    QTest::addRow("create: no tag") << "untagged" << QStringList{"create"} << 2 << "no tag is reachable from";
    QTest::addRow("hotfix: no name") << "demo" << QStringList{"hotfix"} << 2 << "hotfix needs NAME";
    QTest::addRow("hotfix: bad name") << "demo" << QStringList{"hotfix", "a..b"} << 2 << "cannot be a branch name";
    QTest::addRow("hotfix: which component") << "demo" << QStringList{"hotfix", "x"} << 2 << "name it with --component NAME";
    QTest::addRow("hotfix: unknown component") << "demo" << QStringList{"hotfix", "x", "--component", "billing"} << 2 << "there is no component 'billing'";
    QTest::addRow("hotfix: unknown tag") << "demo" << QStringList{"hotfix", "x", "--from", "v9", "--component", "api"} << 2 << "--from: 'v9' is not a tag";
    QTest::addRow("hotfix: nothing deployed") << "untagged" << QStringList{"hotfix", "x"} << 2 << "no release is deployed yet";
}

void tst_HistoryCommands::badInput()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString dir = fixture == QLatin1String("demo") ? m_demo : m_untagged;
    const QString head = revParse(dir, QStringLiteral("HEAD"));
    const Result r = run(args, dir);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(QLatin1String("releasectl: ")) && r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    // Nothing written, nothing committed, still on main.
    QCOMPARE(revParse(dir, QStringLiteral("HEAD")), head);
    QCOMPARE(dirtyFiles(dir), QStringList{});
    QCOMPARE(headRef(dir), QStringLiteral("refs/heads/main"));
}

void tst_HistoryCommands::createWritesAndCommits()
{
    const QString dir = freshDemo();
    QVERIFY(!dir.isEmpty());
    const QString today = QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM-dd"));
    const QString id = QStringLiteral("rel-%1-001").arg(today);

    Result r = run({QStringLiteral("create")}, dir);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("created releases/%1.yaml").arg(id)), qPrintable(r.out + r.err));
    QCOMPARE(headMessage(dir), QStringLiteral("release(%1): create regular release").arg(id));
    QCOMPARE(dirtyFiles(dir), QStringList{});
    const QByteArray text = readFile(dir + QStringLiteral("/releases/") + id + QStringLiteral(".yaml"));
    const core::ParseResult parsed = core::parseManifest(text, id);
    QVERIFY2(parsed.ok(), text.constData());
    QVERIFY(parsed.warnings.empty());
    const core::Manifest &m = *parsed.manifest;
    QCOMPARE(m.release.id, id);
    QCOMPARE(m.release.releaseManager, QStringLiteral("@john.doe")); // the demo clone's own config
    QCOMPARE(int(m.release.status), int(core::ReleaseStatus::Draft));
    QCOMPARE(m.release.scheduledAt.date().dayOfWeek(), int(Qt::Tuesday));
    QCOMPARE(m.component(QStringLiteral("api"))->newVersion, QStringLiteral("v1.3.0"));
    QCOMPARE(int(m.component(QStringLiteral("workers"))->signOff), int(core::SignOff::NotRequired));
    QCOMPARE(m.component(QStringLiteral("workers"))->newVersion, QStringLiteral("v1.5.0"));
    QCOMPARE(m.approvals.size(), size_t(4));

    // The next one without an id takes the next number; an explicit id, type and time are kept.
    r = run({QStringLiteral("create"), QStringLiteral("--since"), QStringLiteral("v2023.12.19")}, dir);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/releases/rel-%1-002.yaml").arg(today)));
    r = run({QStringLiteral("create"), QStringLiteral("train-42"), QStringLiteral("--type"), QStringLiteral("major"),
             QStringLiteral("--scheduled"), QStringLiteral("2027-01-05 09:30"), QStringLiteral("--since"), QStringLiteral("v2024.01.08")},
            dir);
    QCOMPARE(r.exitCode, 0);
    const core::ParseResult major = core::parseManifest(readFile(dir + QStringLiteral("/releases/train-42.yaml")), QStringLiteral("x"));
    QVERIFY(major.ok());
    QCOMPARE(major.manifest->release.type, QStringLiteral("major"));
    QCOMPARE(major.manifest->release.scheduledAt, QDateTime(QDate(2027, 1, 5), QTime(9, 30), Qt::UTC));
    QCOMPARE(headMessage(dir), QStringLiteral("release(train-42): create major release"));
    // And once more the same id: refused.
    r = run({QStringLiteral("create"), QStringLiteral("train-42")}, dir);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));
}

// One clone for both: each refusal must leave it exactly as it was.
void tst_HistoryCommands::refuseUncommittedChanges()
{
    const QString dir = freshDemo();
    QVERIFY(!dir.isEmpty());
    const QString head = revParse(dir, QStringLiteral("HEAD"));

    const QString readme = dir + QStringLiteral("/README.md");
    QVERIFY(writeFile(readme, readFile(readme) + "more\n"));
    Result r = run({QStringLiteral("hotfix"), QStringLiteral("x"), QStringLiteral("--component"), QStringLiteral("api")}, dir);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("tracked files have uncommitted changes (README.md); commit or stash them")), qPrintable(r.err));
    QCOMPARE(headRef(dir), QStringLiteral("refs/heads/main"));
    QCOMPARE(dirtyFiles(dir), QStringList{"README.md"});

    // A README change does not stop create; a changed manifest does.
    const QString seed = dir + QStringLiteral("/releases/2024-01-15-release.yaml");
    QVERIFY(writeFile(seed, readFile(seed) + "# a note\n"));
    r = run({QStringLiteral("create"), QStringLiteral("rel-new")}, dir);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("releases/2024-01-15-release.yaml has uncommitted changes; commit or discard them")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/releases/rel-new.yaml")));
    QCOMPARE(revParse(dir, QStringLiteral("HEAD")), head);
    QCOMPARE(dirtyFiles(dir), (QStringList{"README.md", "releases/2024-01-15-release.yaml"}));
}

void tst_HistoryCommands::createRefusesDetachedHead()
{
    const QString dir = freshDemo();
    QVERIFY(!dir.isEmpty());
    git_repository *repo = nullptr;
    QCOMPARE(git_repository_open(&repo, QFile::encodeName(dir).constData()), 0);
    QCOMPARE(git_repository_detach_head(repo), 0);
    git_repository_free(repo);
    for (const QStringList &args : {QStringList{"create", "rel-new"}, QStringList{"hotfix", "x", "--component", "api"}}) {
        const Result r = run(args, dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("HEAD is detached")) && r.err.contains(QLatin1String("git switch main")), qPrintable(r.err));
    }
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/releases/rel-new.yaml")));
}

void tst_HistoryCommands::hotfixCutsBranch()
{
    const QString dir = freshDemo();
    QVERIFY(!dir.isEmpty());
    const QString today = QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM-dd"));
    Result r = run({QStringLiteral("hotfix"), QStringLiteral("geo"), QStringLiteral("--component"), QStringLiteral("validation-service")}, dir);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("switched to new branch hotfix/geo")), qPrintable(r.out + r.err));
    QCOMPARE(headRef(dir), QStringLiteral("refs/heads/hotfix/geo"));
    QCOMPARE(revParse(dir, QStringLiteral("HEAD~1")), revParse(dir, QStringLiteral("v2024.01.08")));
    const QString path = dir + QStringLiteral("/releases/rel-%1-hotfix-001.yaml").arg(today);
    const core::ParseResult parsed = core::parseManifest(readFile(path), path);
    QVERIFY2(parsed.ok(), qPrintable(path));
    QCOMPARE(parsed.manifest->release.type, QStringLiteral("hotfix"));
    QCOMPARE(parsed.manifest->components.size(), size_t(1));
    QCOMPARE(parsed.manifest->components.front().newVersion, QStringLiteral("v1.1.1"));
    QCOMPARE(dirtyFiles(dir), QStringList{});

    // From an explicit tag, with the same name again: the branch exists.
    r = run({QStringLiteral("hotfix"), QStringLiteral("geo"), QStringLiteral("--component"), QStringLiteral("api"), QStringLiteral("--from"), QStringLiteral("api/v1.2.2")}, dir);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("branch hotfix/geo exists already")), qPrintable(r.err));
    r = run({QStringLiteral("hotfix"), QStringLiteral("old"), QStringLiteral("--component"), QStringLiteral("api"), QStringLiteral("--from"), QStringLiteral("api/v1.2.2")}, dir);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(revParse(dir, QStringLiteral("HEAD~1")), revParse(dir, QStringLiteral("api/v1.2.2")));
}

void tst_HistoryCommands::shallowClone()
{
    if (m_git.isEmpty())
        QSKIP("git is not installed; a shallow clone needs it");
    const QString shallow = m_root.filePath(QStringLiteral("shallow"));
    bool ok = false;
    git({QStringLiteral("clone"), QStringLiteral("--quiet"), QStringLiteral("--depth"), QStringLiteral("1"),
         QStringLiteral("file://") + m_demo, shallow},
        m_root.path(), &ok);
    QVERIFY(ok);
    for (const QStringList &args : {QStringList{"changes"}, QStringList{"create", "rel-new"}}) {
        const Result r = run(args, shallow);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("shallow clone")) && r.err.contains(QLatin1String("git fetch --unshallow")), qPrintable(r.err));
    }
    QCOMPARE(dirtyFiles(shallow), QStringList{});
}

QTEST_GUILESS_MAIN(tst_HistoryCommands)
#include "tst_historycommands.moc"

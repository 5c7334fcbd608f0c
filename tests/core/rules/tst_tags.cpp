#include "git/repository.h"
#include "git/tags.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace rc::core;

namespace {

/// A repository built with git's plumbing so that dates, parents and tags are exactly as the
/// scenario says; the expected answers come from the same git binary.
class GitRepo
{
public:
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        return git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}).ok
            && !(m_emptyTree = git({QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("tree"),
                                    QStringLiteral("-w"), QStringLiteral("--stdin")})
                                   .out)
                    .isEmpty();
    }

    struct Run
    {
        bool ok = false;
        QString out;
        QString err;
    };

    Run git(const QStringList &args, qint64 date = 1700000000) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        const QString when = QStringLiteral("@%1 +0000").arg(date);
        for (const char *who : {"AUTHOR", "COMMITTER"}) {
            env.insert(QStringLiteral("GIT_%1_NAME").arg(QLatin1String(who)), QStringLiteral("Test"));
            env.insert(QStringLiteral("GIT_%1_EMAIL").arg(QLatin1String(who)), QStringLiteral("test@example.com"));
            env.insert(QStringLiteral("GIT_%1_DATE").arg(QLatin1String(who)), when);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("git"), args);
        p.closeWriteChannel();
        Run run;
        if (!p.waitForFinished(20000))
            return run;
        run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        run.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        run.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return run;
    }

    /// A new commit on the given parents with an empty tree; returns its sha.
    QString commit(const QStringList &parents, qint64 date, const QString &message)
    {
        QStringList args{QStringLiteral("commit-tree"), m_emptyTree, QStringLiteral("-m"), message};
        for (const QString &p : parents)
            args << QStringLiteral("-p") << p;
        return git(args, date).out;
    }

    bool tag(const QString &name, const QString &sha, bool annotated, qint64 date)
    {
        QStringList args{QStringLiteral("tag")};
        if (annotated)
            args << QStringLiteral("-a") << QStringLiteral("-m") << name;
        args << name << sha;
        return git(args, date).ok;
    }

    bool setHead(const QString &sha)
    {
        return git({QStringLiteral("update-ref"), QStringLiteral("refs/heads/main"), sha}).ok;
    }

    /// What `git describe --tags --abbrev=0 [--match P] REV` prints, or a null string when it fails.
    QString describe(const QString &rev, const QString &pattern) const
    {
        QStringList args{QStringLiteral("describe"), QStringLiteral("--tags"), QStringLiteral("--abbrev=0")};
        if (!pattern.isEmpty())
            args << QStringLiteral("--match") << pattern;
        args << rev;
        const Run run = git(args);
        return run.ok ? run.out : QString();
    }

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_emptyTree;
};

} // namespace

class tst_Tags : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchesGitDescribe_data();
    void matchesGitDescribe();
    void scenario_data();
    void scenario();
    void noTagIsAnError_data();
    void noTagIsAnError();
    void unknownRevision();

private:
    /// A hand-written history: a side branch merged back, tags of both kinds, two tags on one
    /// commit, a pre-release tag on the side branch, per-component tags.
    void buildScenario();
    /// A random history (merges included) with random tags; `skewed` dates commits out of order,
    /// as clocks on different machines do.
    void buildRandom(int seed, bool skewed);

    std::map<QString, std::unique_ptr<GitRepo>> m_repos;
    std::map<QString, QStringList> m_commits; // repository name -> every commit, oldest first
    std::map<QString, QString> m_named; // "scenario:name" -> sha
};

void tst_Tags::initTestCase()
{
    QVERIFY2(QProcess::execute(QStringLiteral("git"), {QStringLiteral("--version")}) == 0, "git is needed for the tests");
    buildScenario();
    for (int seed = 1; seed <= 3; ++seed)
        buildRandom(seed, false);
    for (int seed = 4; seed <= 5; ++seed)
        buildRandom(seed, true);
}

void tst_Tags::buildScenario()
{
    auto repo = std::make_unique<GitRepo>();
    QVERIFY(repo->create());
    qint64 t = 1700000000;
    auto add = [&](const QString &name, const QStringList &parents) {
        const QString sha = repo->commit(parents, t += 60, name);
        QVERIFY2(!sha.isEmpty(), qPrintable(name));
        m_named[QStringLiteral("scenario:") + name] = sha;
        m_commits[QStringLiteral("scenario")].append(sha);
    };
    auto sha = [&](const QString &name) { return m_named.at(QStringLiteral("scenario:") + name); };

    add(QStringLiteral("c1"), {});
    add(QStringLiteral("c2"), {sha(QStringLiteral("c1"))});
    add(QStringLiteral("c3"), {sha(QStringLiteral("c2"))});
    add(QStringLiteral("s1"), {sha(QStringLiteral("c2"))});
    add(QStringLiteral("s2"), {sha(QStringLiteral("s1"))});
    add(QStringLiteral("c4"), {sha(QStringLiteral("c3"))});
    add(QStringLiteral("m1"), {sha(QStringLiteral("c4")), sha(QStringLiteral("s2"))});
    add(QStringLiteral("c5"), {sha(QStringLiteral("m1"))});
    add(QStringLiteral("c6"), {sha(QStringLiteral("c5"))});
    add(QStringLiteral("c7"), {sha(QStringLiteral("c6"))});

    QVERIFY(repo->tag(QStringLiteral("v0.1.0"), sha(QStringLiteral("c1")), true, t += 60));
    QVERIFY(repo->tag(QStringLiteral("api/v1.0.0"), sha(QStringLiteral("c3")), false, t += 60));
    QVERIFY(repo->tag(QStringLiteral("v0.2.0-rc.1"), sha(QStringLiteral("s1")), true, t += 60));
    QVERIFY(repo->tag(QStringLiteral("portal/v2.0.0"), sha(QStringLiteral("s2")), true, t += 60));
    // Two tags on one commit: git prefers the annotated one.
    QVERIFY(repo->tag(QStringLiteral("v0.2.0-light"), sha(QStringLiteral("c5")), false, t += 60));
    QVERIFY(repo->tag(QStringLiteral("v0.2.0"), sha(QStringLiteral("c5")), true, t += 60));
    QVERIFY(repo->tag(QStringLiteral("api/v1.1.0"), sha(QStringLiteral("c6")), false, t += 60));
    QVERIFY(repo->setHead(sha(QStringLiteral("c7"))));
    m_repos[QStringLiteral("scenario")] = std::move(repo);
}

void tst_Tags::buildRandom(int seed, bool skewed)
{
    const QString name = QStringLiteral("%1%2").arg(skewed ? QStringLiteral("skewed") : QStringLiteral("random")).arg(seed);
    auto repo = std::make_unique<GitRepo>();
    QVERIFY(repo->create());
    QRandomGenerator random{quint32(seed)};
    QStringList &commits = m_commits[name];
    qint64 t = 1700000000;
    const int count = 28;
    for (int i = 0; i < count; ++i) {
        QStringList parents;
        if (i > 0) {
            // Mostly the previous commit, sometimes an older one: that makes side branches.
            const int back = random.bounded(4) == 0 ? random.bounded(qMin(i, 6)) + 1 : 1;
            parents << commits.at(i - back);
            if (i > 2 && random.bounded(4) == 0) {
                const QString other = commits.at(random.bounded(i));
                if (!parents.contains(other))
                    parents << other;
            }
        }
        t += skewed ? random.bounded(-300, 600) : 60;
        const QString sha = repo->commit(parents, t, QStringLiteral("c%1").arg(i));
        QVERIFY2(!sha.isEmpty(), qPrintable(name));
        commits << sha;
    }
    int tags = 0;
    for (int i = 0; i < count; ++i) {
        const int tagsHere = random.bounded(10) < 3 ? 1 + random.bounded(2) : 0;
        for (int k = 0; k < tagsHere; ++k) {
            static const char *const prefixes[] = {"v", "api/v", "rel-"};
            const QString tag = QStringLiteral("%1%2.%3")
                                    .arg(QLatin1String(prefixes[random.bounded(3)]))
                                    .arg(i)
                                    .arg(tags++);
            QVERIFY(repo->tag(tag, commits.at(i), random.bounded(2) == 0, t + random.bounded(10000)));
        }
    }
    QVERIFY(repo->setHead(commits.last()));
    m_repos[name] = std::move(repo);
}

void tst_Tags::matchesGitDescribe_data()
{
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("pattern");
    for (const auto &[name, commits] : m_commits) {
        for (int i = 0; i < commits.size(); ++i) {
            for (const QString &pattern : {QString(), QStringLiteral("v*"), QStringLiteral("api/v*")}) {
                QTest::addRow("%s c%d %s", qPrintable(name), i, pattern.isEmpty() ? "any" : qPrintable(pattern))
                    << name << commits.at(i) << pattern;
            }
        }
    }
}

void tst_Tags::matchesGitDescribe()
{
    QFETCH(QString, repo);
    QFETCH(QString, revision);
    QFETCH(QString, pattern);
    const GitRepo &git = *m_repos.at(repo);
    auto opened = Repository::discover(git.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));

    const QString expected = git.describe(revision, pattern);
    const Expected<QString> actual = lastTag(*opened, revision, pattern);
    if (expected.isNull()) {
        QVERIFY2(!actual, qPrintable(QStringLiteral("git finds no tag, lastTag says %1").arg(actual ? *actual : QString())));
        QVERIFY2(actual.error().message.contains(QLatin1String("create one with git tag")),
                 qPrintable(actual.error().message));
    } else {
        QVERIFY2(actual, qPrintable(actual ? QString() : actual.error().toString()));
        QCOMPARE(*actual, expected);
    }
}

void tst_Tags::scenario_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    const auto sha = [this](const char *name) { return m_named.at(QStringLiteral("scenario:") + QLatin1String(name)); };
    QTest::addRow("HEAD, any tag: the per-component tag one commit back") << "HEAD" << "" << "api/v1.1.0";
    QTest::addRow("HEAD, v*: annotated wins over lightweight on the same commit") << "HEAD" << "v*" << "v0.2.0";
    QTest::addRow("branch name") << "main" << "v*" << "v0.2.0";
    QTest::addRow("tag on the commit itself") << sha("c6") << "" << "api/v1.1.0";
    QTest::addRow("merge reaches the side branch's nearer tag") << sha("m1") << "" << "portal/v2.0.0";
    QTest::addRow("merge, v*: pre-release on the side branch") << sha("m1") << "v*" << "v0.2.0-rc.1";
    QTest::addRow("merge, api/v*") << sha("m1") << "api/v*" << "api/v1.0.0";
    QTest::addRow("before any api tag, v*") << sha("c2") << "v*" << "v0.1.0";
    QTest::addRow("lightweight only by pattern") << sha("c7") << "v0.2.0-l*" << "v0.2.0-light";
    QTest::addRow("relative revision") << "HEAD~2" << "" << "v0.2.0";
}

void tst_Tags::scenario()
{
    QFETCH(QString, revision);
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const GitRepo &git = *m_repos.at(QStringLiteral("scenario"));
    // The hand-written answers must be git's own, or this table documents the wrong thing.
    QCOMPARE(git.describe(revision, pattern), expected);
    auto opened = Repository::discover(git.path());
    QVERIFY(opened);
    const Expected<QString> actual = lastTag(*opened, revision, pattern);
    QVERIFY2(actual, qPrintable(actual ? QString() : actual.error().toString()));
    QCOMPARE(*actual, expected);
}

void tst_Tags::noTagIsAnError_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::addRow("no match") << "HEAD" << "x*"
                              << "no tag reachable from HEAD matches x*; create one with git tag, or pass --since";
    QTest::addRow("root commit, component pattern") << m_named.at(QStringLiteral("scenario:c1")) << "api/v*"
                                                    << QStringLiteral("no tag reachable from %1 matches api/v*; create "
                                                                      "one with git tag, or pass --since")
                                                           .arg(m_named.at(QStringLiteral("scenario:c1")));
}

void tst_Tags::noTagIsAnError()
{
    QFETCH(QString, revision);
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    const GitRepo &git = *m_repos.at(QStringLiteral("scenario"));
    QVERIFY(git.describe(revision, pattern).isNull());
    auto opened = Repository::discover(git.path());
    QVERIFY(opened);
    const Expected<QString> actual = lastTag(*opened, revision, pattern);
    QVERIFY(!actual);
    QCOMPARE(actual.error().message, message);
}

void tst_Tags::unknownRevision()
{
    auto opened = Repository::discover(m_repos.at(QStringLiteral("scenario"))->path());
    QVERIFY(opened);
    const Expected<QString> actual = lastTag(*opened, QStringLiteral("no-such-branch"));
    QVERIFY(!actual);
    QVERIFY2(actual.error().message.startsWith(QLatin1String("revision no-such-branch does not exist")),
             qPrintable(actual.error().message));
}

QTEST_GUILESS_MAIN(tst_Tags)
#include "tst_tags.moc"

#include "git/commitdetails.h"
#include "git/repository.h"

#include "gittestutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;

// commitDetails() against the git command on a small history that has every kind of change a
// commit can make: the file list must be what `git diff-tree -M` prints, and the message what
// `git log --format=%B` prints.
class tst_CommitDetails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    QByteArray git(const QStringList &args, int *exitCode = nullptr) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada Lovelace"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.com"));
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), QStringLiteral("2024-01-09T10:15:00+0100"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Charles Babbage"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("charles@example.com"));
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), QStringLiteral("2024-01-09T12:00:00+0000"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_root);
        process.start(QStringLiteral("git"), args);
        process.waitForFinished(30000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        else if (process.exitCode() != 0)
            qWarning() << "git" << args << "failed:" << process.readAllStandardError();
        return process.readAllStandardOutput();
    }
    void write(const QString &path, const QByteArray &content) const
    {
        QVERIFY(rc::test::writeFile(m_root + QLatin1Char('/') + path, content));
    }
    void commit(const QString &message, const QString &tag)
    {
        git({QStringLiteral("add"), QStringLiteral("-A")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message});
        git({QStringLiteral("tag"), tag});
    }

    // What git says the commit changed, one "X\tpath" (or "R\told\tnew") line each, sorted by path.
    QStringList gitFiles(const QString &tag) const
    {
        const QString sha = QString::fromLatin1(git({QStringLiteral("rev-parse"), tag}).trimmed());
        const bool root = git({QStringLiteral("rev-list"), QStringLiteral("--parents"), QStringLiteral("-n1"), sha})
                              .trimmed()
                              .split(' ')
                              .size()
            == 1;
        QStringList args{QStringLiteral("diff-tree"), QStringLiteral("-r"), QStringLiteral("-M"),
                         QStringLiteral("--name-status"), QStringLiteral("--no-commit-id")};
        if (root)
            args << QStringLiteral("--root") << sha;
        else
            args << sha + QStringLiteral("^") << sha;
        QStringList out;
        for (const QByteArray &line : git(args).split('\n')) {
            if (line.isEmpty())
                continue;
            QList<QByteArray> parts = line.split('\t');
            parts[0] = parts[0].left(1); // R100 -> R
            QStringList fields;
            for (const QByteArray &part : parts)
                fields << QString::fromUtf8(part);
            out << fields.join(QLatin1Char('\t'));
        }
        std::sort(out.begin(), out.end(),
                  [](const QString &a, const QString &b) { return a.section(QLatin1Char('\t'), -1) < b.section(QLatin1Char('\t'), -1); });
        return out;
    }

    static QStringList ourFiles(const CommitDetails &details)
    {
        QStringList out;
        for (const ChangedFile &file : details.files) {
            QStringList fields{QString(file.statusLetter())};
            if (file.kind == ChangedFile::Kind::Renamed)
                fields << file.oldPath;
            fields << file.path;
            out << fields.join(QLatin1Char('\t'));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rc::test::isolateGitConfig(m_dir.path());
        m_root = m_dir.filePath(QStringLiteral("clone"));
        QVERIFY(QDir().mkpath(m_root));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});

        write(QStringLiteral("README.md"), "readme\n");
        write(QStringLiteral("api/main.go"), "package main\n\nfunc main() {}\n");
        write(QStringLiteral("api/handlers/campaigns.go"), QByteArray("package handlers\n").repeated(40));
        write(QStringLiteral("portal/src/App.tsx"), QByteArray("export const App = () => null;\n").repeated(30));
        commit(QStringLiteral("chore: initial import"), QStringLiteral("root"));

        write(QStringLiteral("api/main.go"), "package main\n\nfunc main() { serve() }\n");
        commit(QStringLiteral("fix(api): serve on start"), QStringLiteral("modify"));

        write(QStringLiteral("api/errors.go"), "package main\n");
        QVERIFY(QFile::remove(m_root + QStringLiteral("/README.md")));
        commit(QStringLiteral("feat(api): errors\n\nAdds a file and removes the readme.\n\nRefs: #12\n"),
               QStringLiteral("add-delete"));

        QVERIFY(QDir(m_root).rename(QStringLiteral("portal/src/App.tsx"), QStringLiteral("portal/src/Main.tsx")));
        commit(QStringLiteral("refactor(portal): rename App to Main"), QStringLiteral("rename"));

        // A rename to another component with a small edit: still a rename at 50% similarity.
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/shared")));
        QVERIFY(QDir(m_root).rename(QStringLiteral("api/handlers/campaigns.go"), QStringLiteral("shared/campaigns.go")));
        write(QStringLiteral("shared/campaigns.go"),
              QByteArray("package handlers\n").repeated(38) + "package shared\n");
        commit(QStringLiteral("refactor!: move campaign handlers to shared\n\nBREAKING CHANGE: import path changed"),
               QStringLiteral("rename-edit"));

        QVERIFY(QFile::remove(m_root + QStringLiteral("/api/errors.go")));
        QVERIFY(QFile::link(QStringLiteral("main.go"), m_root + QStringLiteral("/api/errors.go")));
        commit(QStringLiteral("chore(api): errors.go becomes a link"), QStringLiteral("typechange"));

        commit(QStringLiteral("chore: empty commit"), QStringLiteral("empty"));

        // A merge: its files are those of the first-parent diff, which brings in the side branch.
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("side"),
             QStringLiteral("modify")});
        write(QStringLiteral("docs/guide.md"), "guide\n");
        commit(QStringLiteral("docs: guide"), QStringLiteral("side-docs"));
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
             QStringLiteral("Merge branch 'side'"), QStringLiteral("side")});
        git({QStringLiteral("tag"), QStringLiteral("merge")});
    }

    void files_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("root commit against the empty tree")
            << QStringLiteral("root")
            << QStringList{QStringLiteral("A\tREADME.md"), QStringLiteral("A\tapi/handlers/campaigns.go"),
                           QStringLiteral("A\tapi/main.go"), QStringLiteral("A\tportal/src/App.tsx")};
        QTest::addRow("one file modified") << QStringLiteral("modify") << QStringList{QStringLiteral("M\tapi/main.go")};
        QTest::addRow("added and deleted")
            << QStringLiteral("add-delete")
            << QStringList{QStringLiteral("D\tREADME.md"), QStringLiteral("A\tapi/errors.go")};
        QTest::addRow("pure rename")
            << QStringLiteral("rename")
            << QStringList{QStringLiteral("R\tportal/src/App.tsx\tportal/src/Main.tsx")};
        QTest::addRow("rename with an edit, across directories")
            << QStringLiteral("rename-edit")
            << QStringList{QStringLiteral("R\tapi/handlers/campaigns.go\tshared/campaigns.go")};
        QTest::addRow("file becomes a symbolic link")
            << QStringLiteral("typechange") << QStringList{QStringLiteral("T\tapi/errors.go")};
        QTest::addRow("empty commit") << QStringLiteral("empty") << QStringList{};
        QTest::addRow("merge, against its first parent")
            << QStringLiteral("merge") << QStringList{QStringLiteral("A\tdocs/guide.md")};
    }

    void files()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, expected);
        auto repo = Repository::discover(m_root);
        QVERIFY2(repo, rc::test::errorText(repo).constData());
        const auto details = commitDetails(*repo, tag);
        QVERIFY2(details, rc::test::errorText(details).constData());
        // The expectation is written out so a wrong git setup cannot make both sides agree on nothing.
        QCOMPARE(gitFiles(tag), expected);
        QCOMPARE(ourFiles(*details), expected);
    }

    void message_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addRow("subject only") << QStringLiteral("modify");
        QTest::addRow("body and footer") << QStringLiteral("add-delete");
        QTest::addRow("breaking change footer") << QStringLiteral("rename-edit");
        QTest::addRow("merge") << QStringLiteral("merge");
    }

    void message()
    {
        QFETCH(QString, tag);
        auto repo = Repository::discover(m_root);
        QVERIFY(repo);
        const auto details = commitDetails(*repo, tag);
        QVERIFY2(details, rc::test::errorText(details).constData());
        QCOMPARE(details->message, QString::fromUtf8(git({QStringLiteral("log"), QStringLiteral("-1"),
                                                          QStringLiteral("--format=%B"), tag}))
                                       .trimmed());
        QCOMPARE(details->sha, QString::fromLatin1(git({QStringLiteral("rev-parse"), tag + QStringLiteral("^{commit}")}).trimmed()));
        const QStringList parents = QString::fromLatin1(git({QStringLiteral("log"), QStringLiteral("-1"),
                                                             QStringLiteral("--format=%P"), tag}))
                                        .trimmed()
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(details->parents, parents);
    }

    void people()
    {
        auto repo = Repository::discover(m_root);
        QVERIFY(repo);
        const auto details = commitDetails(*repo, QStringLiteral("modify"));
        QVERIFY2(details, rc::test::errorText(details).constData());
        QCOMPARE(details->author, QStringLiteral("Ada Lovelace"));
        QCOMPARE(details->authorEmail, QStringLiteral("ada@example.com"));
        QCOMPARE(details->committer, QStringLiteral("Charles Babbage"));
        QCOMPARE(details->authorDate, QDateTime(QDate(2024, 1, 9), QTime(9, 15), Qt::UTC));
        QCOMPARE(details->authorDate.offsetFromUtc(), 3600);
        QCOMPARE(details->commitDate, QDateTime(QDate(2024, 1, 9), QTime(12, 0), Qt::UTC));
    }

    void badRevision_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("unknown sha") << QStringLiteral("0123456789abcdef0123456789abcdef01234567")
                                     << QStringLiteral("does not exist");
        QTest::addRow("unknown tag") << QStringLiteral("no-such-tag") << QStringLiteral("does not exist");
        QTest::addRow("a tree, not a commit") << QStringLiteral("modify^{tree}") << QStringLiteral("does not name a commit");
    }

    void badRevision()
    {
        QFETCH(QString, revision);
        QFETCH(QString, fragment);
        auto repo = Repository::discover(m_root);
        QVERIFY(repo);
        const auto details = commitDetails(*repo, revision);
        QVERIFY(!details);
        QVERIFY2(details.error().message.contains(fragment), qPrintable(details.error().message));
        QVERIFY2(details.error().message.contains(revision), qPrintable(details.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_CommitDetails)
#include "tst_commitdetails.moc"

// releasectl checklist --add and the checklist part of releasectl status, run as the real binary
// against a real clone (the demo workspace).

#include "demo/demoworkspace.h"
#include "manifest/manifestparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace rc;

namespace {

const QString SeedId = QStringLiteral("rel-2024-01-15-001");
const QString SeedFile = QStringLiteral("releases/2024-01-15-release.yaml");

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

} // namespace

class tst_ChecklistCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAppendsOnceAndCommits();
    void statusShowsDueAndOverdue();
    void dbaNeedsMigrations();
    void badInput_data();
    void badInput();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QString &workdir) const;
    QString freshDemo();

    QTemporaryDir m_root;
    QString m_binary;
    QString m_home;
    QString m_pristine;
    int m_clones = 0;
};

tst_ChecklistCommands::Result tst_ChecklistCommands::run(const QStringList &args, const QString &workdir) const
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
    if (!process.waitForFinished(30000)) {
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

QString tst_ChecklistCommands::freshDemo()
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

void tst_ChecklistCommands::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(writeFile(m_home + QLatin1String("/.gitconfig"),
                      "[user]\n\tname = Carol\n\temail = carol@example.com\n[releaseconsole]\n\tuser = @carol\n"));
    git_libgit2_init();
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_home).constData());
    const core::Expected<QString> pristine = core::createDemoWorkspace(m_root.filePath(QStringLiteral("pristine")));
    QVERIFY(pristine);
    m_pristine = *pristine;
}

void tst_ChecklistCommands::addAppendsOnceAndCommits()
{
    const QString clone = freshDemo();
    QVERIFY(!clone.isEmpty());
    const QByteArray before = readFile(clone + QLatin1Char('/') + SeedFile);
    const Result r = run({QStringLiteral("checklist"), SeedId, QStringLiteral("--add"), QStringLiteral("release-day"),
                          QStringLiteral("--by"), QStringLiteral("@carol")},
                         clone);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString message = QStringLiteral("release(%1): release-day checklist added (20 items) by @carol").arg(SeedId);
    QVERIFY2(r.out.contains(message), qPrintable(r.out));
    QCOMPARE(headMessage(clone), message);
    const QByteArray after = readFile(clone + QLatin1Char('/') + SeedFile);
    // Only lines added, in one block after the last item: the old text is a prefix and suffix of the new.
    const qsizetype approvals = before.indexOf("\napprovals:");
    QVERIFY(after.startsWith(before.left(approvals)));
    QVERIFY(after.endsWith(before.mid(approvals)));
    const core::ParseResult parsed = core::parseManifest(after, SeedFile);
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed.manifest->checklist.size()), 7 + 20);
    QCOMPARE(parsed.manifest->checklist.at(7).due, QStringLiteral("T-60"));
    // The seed release is scheduled for 2024-01-15: its channel, not a placeholder.
    QVERIFY(after.contains("  - item: 'Release channel opened (#release-2024-01-15)'\n"));
    QVERIFY(!after.contains("{release_date}"));

    // Twice: nothing to add, no commit.
    const Result again = run({QStringLiteral("checklist"), SeedId, QStringLiteral("--add"), QStringLiteral("release-day")}, clone);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("nothing to add")), qPrintable(again.out));
    QCOMPARE(headMessage(clone), message);
    QCOMPARE(readFile(clone + QLatin1Char('/') + SeedFile), after);

    // Two at once, the second overlapping the seed's items: those are not added twice.
    const Result roles = run({QStringLiteral("checklist"), SeedId, QStringLiteral("--add"), QStringLiteral("role:release_manager"),
                              QStringLiteral("--add"), QStringLiteral("role:qa_lead"), QStringLiteral("--no-commit")},
                             clone);
    QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
    QVERIFY2(roles.out.contains(QStringLiteral("signoff-release_manager, signoff-qa_lead checklists added (6 items)")), qPrintable(roles.out));
    QCOMPARE(headMessage(clone), message);
}

void tst_ChecklistCommands::statusShowsDueAndOverdue()
{
    const QString clone = freshDemo();
    QVERIFY(!clone.isEmpty());
    QCOMPARE(run({QStringLiteral("checklist"), SeedId, QStringLiteral("--add"), QStringLiteral("release-day")}, clone).exitCode, 0);
    // The seed is scheduled for 2024-01-15 10:00 UTC.
    const Result json = run({QStringLiteral("status"), SeedId, QStringLiteral("--json"), QStringLiteral("--at"),
                             QStringLiteral("2024-01-15T09:45:00Z")},
                            clone);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("checklist")).toArray();
    QCOMPARE(items.size(), 27);
    const QJsonObject old = items.at(0).toObject();
    QCOMPARE(old.value(QLatin1String("due")), QJsonValue());
    QCOMPARE(old.value(QLatin1String("due_state")), QJsonValue());
    const QJsonObject t60 = items.at(7).toObject();
    QCOMPARE(t60.value(QLatin1String("phase")).toString(), QStringLiteral("release_day"));
    QCOMPARE(t60.value(QLatin1String("section")).toString(), QStringLiteral("T-60 minutes"));
    QCOMPARE(t60.value(QLatin1String("due")).toString(), QStringLiteral("T-60"));
    QCOMPARE(t60.value(QLatin1String("due_at")).toString(), QStringLiteral("2024-01-15T09:30:00Z"));
    QCOMPARE(t60.value(QLatin1String("due_state")).toString(), QStringLiteral("overdue"));
    QCOMPARE(items.at(11).toObject().value(QLatin1String("due_state")).toString(), QStringLiteral("due"));
    QCOMPARE(items.at(15).toObject().value(QLatin1String("due_state")).toString(), QStringLiteral("upcoming"));

    const Result human = run({QStringLiteral("status"), SeedId, QStringLiteral("--at"), QStringLiteral("2024-01-15T09:45:00Z")}, clone);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QStringLiteral("Release day: T-60 minutes")), qPrintable(human.out));
    QVERIFY2(human.out.contains(QStringLiteral("T-60, overdue since")), qPrintable(human.out));
    QVERIFY2(human.out.contains(QStringLiteral("T-30, due now")), qPrintable(human.out));
    // Required release-day items feed readiness like any other.
    const Result check = run({QStringLiteral("check"), SeedId}, clone);
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.out.contains(QStringLiteral("checklist: Final staging validation (required) not done")), qPrintable(check.out));
}

void tst_ChecklistCommands::dbaNeedsMigrations()
{
    const QString clone = freshDemo();
    QVERIFY(!clone.isEmpty());
    const QByteArray before = readFile(clone + QLatin1Char('/') + SeedFile);
    const Result refused = run({QStringLiteral("checklist"), SeedId, QStringLiteral("--add"), QStringLiteral("role:dba")}, clone);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("migrations")) && refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QCOMPARE(readFile(clone + QLatin1Char('/') + SeedFile), before);
    const Result forced = run({QStringLiteral("checklist"), SeedId, QStringLiteral("--add"), QStringLiteral("role:dba"),
                               QStringLiteral("--force")},
                              clone);
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(readFile(clone + QLatin1Char('/') + SeedFile).contains("    role: dba\n"));
}

void tst_ChecklistCommands::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("override"); ///< written to .release-console/checklists/pre-release.yaml
    QTest::addColumn<QString>("error");
    QTest::addRow("unknown template") << QStringList{"checklist", SeedId, "--add", "go-live"} << QByteArray()
                                      << "there is no checklist template \"go-live\"; templates: pre-release, release-day, role:team_lead";
    QTest::addRow("item and --add") << QStringList{"checklist", SeedId, "3", "--add", "pre-release"} << QByteArray()
                                    << "checklist --add takes RELEASE and no ITEM";
    QTest::addRow("broken override")
        << QStringList{"checklist", SeedId, "--add", "pre-release"} << QByteArray("items:\n  - item: x\n    due: soon\n")
        << ".release-console/checklists/pre-release.yaml:3:10: due must be";
    QTest::addRow("bad --at") << QStringList{"status", SeedId, "--at", "tomorrow"} << QByteArray()
                              << "--at needs an ISO 8601 time";
}

void tst_ChecklistCommands::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, override);
    QFETCH(QString, error);
    const QString clone = freshDemo();
    QVERIFY(!clone.isEmpty());
    if (!override.isEmpty())
        QVERIFY(writeFile(clone + QStringLiteral("/.release-console/checklists/pre-release.yaml"), override));
    const QByteArray before = readFile(clone + QLatin1Char('/') + SeedFile);
    const Result r = run(args, clone);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QCOMPARE(readFile(clone + QLatin1Char('/') + SeedFile), before);
}

QTEST_GUILESS_MAIN(tst_ChecklistCommands)
#include "tst_checklistcommands.moc"

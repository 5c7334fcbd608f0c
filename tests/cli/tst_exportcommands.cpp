// releasectl export, run as the real binary against real clones: both formats, stdout and -o,
// --all, and every kind of bad input with its exit code and nothing written.

#include "export/dashboardexport.h"
#include "git/repository.h"
#include "manifest/manifestparser.h"
#include "rules/readiness.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;

namespace {

const QString SeedFile = QStringLiteral("releases/2024-01-15-release.yaml");
const QString SeedId = QStringLiteral("rel-2024-01-15-001");
// 2024-01-15T09:30:00Z: the footer's time, pinned the way reproducible builds pin it.
const QByteArray Epoch = "1705311000";

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

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class tst_ExportCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toStdout_data();
    void toStdout();
    void toFile_data();
    void toFile();
    void all();
    void errors_data();
    void errors();
    void brokenManifestInAll();

private:
    Result run(const QStringList &args, const QString &workdir) const;
    QString makeClone(const QString &name, const QList<QPair<QString, QByteArray>> &files);
    // What the core renders for the seed, as releasectl must write it.
    QByteArray expectedSeed(core::ExportFormat format, const QString &link) const;

    QTemporaryDir m_root;
    QString m_binary;
    QString m_clone;
    QString m_broken;
};

Result tst_ExportCommands::run(const QStringList &args, const QString &workdir) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QString::fromLatin1(Epoch));
    env.remove(QStringLiteral("GIT_DIR"));
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
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_ExportCommands::makeClone(const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    const QString dir = m_root.filePath(name);
    for (const auto &[path, bytes] : files)
        if (!writeFile(dir + QLatin1Char('/') + path, bytes))
            return {};
    core::Expected<core::Repository> repo = core::Repository::init(dir);
    if (!repo || !repo->commitAll(QStringLiteral("Releases"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}, 1707210000))
        return {};
    return repo->workdir();
}

QByteArray tst_ExportCommands::expectedSeed(core::ExportFormat format, const QString &link) const
{
    core::DashboardRelease release;
    release.manifest = *core::parseManifest(readFile(m_clone + QLatin1Char('/') + SeedFile), SeedFile).manifest;
    release.readiness = core::checkReadiness(release.manifest);
    release.manifestLink = link;
    return core::DashboardExport::release(release, format, {QDateTime::fromSecsSinceEpoch(Epoch.toLongLong(), Qt::UTC)});
}

void tst_ExportCommands::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
    const QString demo = QStringLiteral(RC_SOURCE_DIR "/resources/demo/");
    m_clone = makeClone(QStringLiteral("clone"), {{SeedFile, readFile(demo + QStringLiteral("2024-01-15-release.yaml"))},
                                                  {QStringLiteral("releases/rel-2024-01-08-001.yaml"), readFile(demo + QStringLiteral("rel-2024-01-08-001.yaml"))},
                                                  {QStringLiteral("releases/rel-2024-01-22-001.yaml"), readFile(demo + QStringLiteral("rel-2024-01-22-001.yaml"))}});
    QVERIFY(!m_clone.isEmpty());
    m_broken = makeClone(QStringLiteral("broken"), {{SeedFile, readFile(demo + QStringLiteral("2024-01-15-release.yaml"))},
                                                    {QStringLiteral("releases/bad.yaml"), "release:\n  id: bad\n  status: nonsense\n"}});
    QVERIFY(!m_broken.isEmpty());
}

void tst_ExportCommands::toStdout_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<core::ExportFormat>("format");
    QTest::addRow("markdown") << QStringList{QStringLiteral("export"), SeedId, QStringLiteral("--format"), QStringLiteral("markdown")}
                              << core::ExportFormat::Markdown;
    QTest::addRow("html") << QStringList{QStringLiteral("export"), SeedId, QStringLiteral("--format=html")} << core::ExportFormat::Html;
    QTest::addRow("default format, by path") << QStringList{QStringLiteral("export"), SeedFile} << core::ExportFormat::Markdown;
}

void tst_ExportCommands::toStdout()
{
    QFETCH(QStringList, args);
    QFETCH(core::ExportFormat, format);
    const Result result = run(args, m_clone);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, expectedSeed(format, SeedFile));
}

void tst_ExportCommands::toFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("relativeOut");
    QTest::addColumn<core::ExportFormat>("format");
    QTest::addColumn<QString>("link");
    QTest::addRow("html by option") << QStringList{QStringLiteral("--format"), QStringLiteral("html")} << QStringLiteral("site/seed.out")
                                    << core::ExportFormat::Html << QStringLiteral("../releases/2024-01-15-release.yaml");
    QTest::addRow("html by suffix") << QStringList{} << QStringLiteral("seed.html") << core::ExportFormat::Html << SeedFile;
    QTest::addRow("markdown by suffix") << QStringList{} << QStringLiteral("docs/seed.md") << core::ExportFormat::Markdown
                                        << QStringLiteral("../releases/2024-01-15-release.yaml");
}

void tst_ExportCommands::toFile()
{
    QFETCH(QStringList, options);
    QFETCH(QString, relativeOut);
    QFETCH(core::ExportFormat, format);
    QFETCH(QString, link);
    const QString out = m_clone + QLatin1Char('/') + relativeOut;
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    QVERIFY(writeFile(out, "an older export"));
    // -o is relative to where releasectl runs, like any path on the command line.
    const Result result = run(QStringList{QStringLiteral("export"), SeedId, QStringLiteral("-o"), relativeOut} + options, m_clone);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains("Wrote the dashboard of rel-2024-01-15-001"));
    QCOMPARE(readFile(out), expectedSeed(format, link));
    QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(out).fileName()});
}

void tst_ExportCommands::all()
{
    const Result result = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("markdown")}, m_clone);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString md = QString::fromUtf8(result.out);
    const qsizetype newest = md.indexOf(QLatin1String("| [rel-2024-01-22-001](#rel-2024-01-22-001) |"));
    const qsizetype seed = md.indexOf(QStringLiteral("| [rel-2024-01-15-001](#rel-2024-01-15-001) | 🟡 Pending Approval |"));
    const qsizetype oldest = md.indexOf(QLatin1String("| [rel-2024-01-08-001](#rel-2024-01-08-001) |"));
    QVERIFY2(newest > 0 && newest < seed && seed < oldest, qPrintable(md.left(800)));
    QVERIFY(md.contains(QLatin1String("3 releases, newest first.")));
    QVERIFY(md.contains(QLatin1String("- [View Full Manifest](releases/rel-2024-01-08-001.yaml)")));

    const QString out = m_clone + QStringLiteral("/pages/index.html");
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const Result written = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), out}, m_clone);
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(written.out.contains("Wrote the index of 3 releases (html)"));
    const QByteArray html = readFile(out);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("href=\"../releases/2024-01-15-release.yaml\""));
    QVERIFY(html.contains("Generated by Release Console on Jan 15, 2024 09:30 UTC."));
}

void tst_ExportCommands::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("notWritten");
    const QString out = QStringLiteral("never.md");
    QTest::addRow("unknown release") << QStringList{QStringLiteral("export"), QStringLiteral("rel-nope"), QStringLiteral("-o"), out}
                                     << 2 << QStringLiteral("rel-nope") << out;
    QTest::addRow("unknown format") << QStringList{QStringLiteral("export"), SeedId, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out}
                                    << 2 << QStringLiteral("unknown format \"pdf\"; formats: markdown, html") << out;
    QTest::addRow("release and --all") << QStringList{QStringLiteral("export"), SeedId, QStringLiteral("--all")} << 2
                                       << QStringLiteral("not both") << QString();
    QTest::addRow("two releases") << QStringList{QStringLiteral("export"), SeedId, SeedId} << 2 << QStringLiteral("one release") << QString();
    QTest::addRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--pdf")} << 2 << QStringLiteral("pdf")
                                    << QString();
    QTest::addRow("folder missing") << QStringList{QStringLiteral("export"), SeedId, QStringLiteral("-o"), QStringLiteral("no/such/dir/x.md")}
                                    << 1 << QStringLiteral("does not exist") << QStringLiteral("no/such/dir/x.md");
    QTest::addRow("output is a folder") << QStringList{QStringLiteral("export"), SeedId, QStringLiteral("-o"), QStringLiteral("releases")}
                                        << 2 << QStringLiteral("is a folder") << QString();
}

void tst_ExportCommands::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, notWritten);
    const Result result = run(args, m_clone);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith(QLatin1String("releasectl: ")) && result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.out, QByteArray());
    if (!notWritten.isEmpty())
        QVERIFY(!QFileInfo::exists(m_clone + QLatin1Char('/') + notWritten));
}

void tst_ExportCommands::brokenManifestInAll()
{
    const QString out = m_broken + QStringLiteral("/index.html");
    const Result all = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), out}, m_broken);
    QCOMPARE(all.exitCode, 2);
    QVERIFY2(all.err.contains(QLatin1String("releases/bad.yaml:3:11: error: ")), qPrintable(all.err));
    QVERIFY2(all.err.contains(QLatin1String("1 manifest has errors")), qPrintable(all.err));
    QVERIFY(!QFileInfo::exists(out));

    const Result one = run({QStringLiteral("export"), QStringLiteral("releases/bad.yaml")}, m_broken);
    QCOMPARE(one.exitCode, 2);
    QVERIFY2(one.err.contains(QLatin1String("releases/bad.yaml:3:11: error: ")), qPrintable(one.err));
    QCOMPARE(one.out, QByteArray());

    // The good release of the same clone still exports.
    const Result good = run({QStringLiteral("export"), SeedId}, m_broken);
    QCOMPARE(good.exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_ExportCommands)
#include "tst_exportcommands.moc"

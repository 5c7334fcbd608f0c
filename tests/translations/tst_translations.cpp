// Both programs speak the language of the locale they are started in: releasectl's help and
// readiness blockers, release-console's command-line help. --json output never translates.
#include "git/repository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The finished translation of `source` in a .ts file, or an empty string.
QString translationIn(const QString &tsFile, const QString &source)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            current = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && current == source) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText();
            return unfinished ? QString() : text;
        }
    }
    return {};
}

// QCommandLineParser wraps long descriptions: compare text with every run of blanks as one space.
QString flattened(const QString &text)
{
    return text.simplified();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void releasectlHelp_data();
    void releasectlHelp();
    void readinessBlocker_data();
    void readinessBlocker();
    void jsonStaysEnglish();
    void weekdaysSpeakTheLanguage_data();
    void weekdaysSpeakTheLanguage();
    void guiHelp_data();
    void guiHelp();

private:
    Run run(const QString &program, const QStringList &args, const QString &language) const;
    QString expectedFor(const QString &language, const QString &source, const QString &german) const;

    QTemporaryDir m_root;
    QString m_clone;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char *program : {"releasectl", "release-console"})
        QVERIFY2(QFileInfo(QStringLiteral(RC_BINARY_DIR "/bin/") + QLatin1String(program)).isExecutable(),
                 program);
    m_clone = m_root.filePath(QStringLiteral("clone"));
    QFile seed(QStringLiteral(RC_TEST_DATA "/manifests/seed.yaml"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QVERIFY(QDir().mkpath(m_clone + QLatin1String("/releases")));
    QFile manifest(m_clone + QLatin1String("/releases/rel-2024-01-15-001.yaml"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    QVERIFY(manifest.write(seed.readAll()) > 0);
    manifest.close();
    rc::core::Expected<rc::core::Repository> repo = rc::core::Repository::init(m_clone);
    QVERIFY(repo);
    QVERIFY(repo->commitAll(QStringLiteral("Initial release"), {QStringLiteral("Test"), QStringLiteral("test@example.com")},
                            1707210000));
}

Run tst_Translations::run(const QString &program, const QStringList &args, const QString &language) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LANGUAGE decides over LC_ALL for messages, as in a desktop session with a C locale.
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_root.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_clone);
    process.start(QStringLiteral(RC_BINARY_DIR "/bin/") + program, args);
    Run result;
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

// German is checked against known text; French against what its translation file says, so the
// test follows the French wording while still proving the catalogue is built in and chosen.
QString tst_Translations::expectedFor(const QString &language, const QString &source, const QString &german) const
{
    if (language == QLatin1String("de"))
        return german;
    if (language == QLatin1String("en"))
        return source;
    return translationIn(QStringLiteral(RC_SOURCE_DIR "/translations/release-console_%1.ts").arg(language), source);
}

void tst_Translations::releasectlHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << "";
    QTest::addRow("German") << "de";
    QTest::addRow("German, region first") << "de_AT:de";
    QTest::addRow("French") << "fr";
}

void tst_Translations::releasectlHelp()
{
    QFETCH(QString, language);
    const QString lang = language.left(2).isEmpty() ? QStringLiteral("en") : language.left(2);
    const QString expected = expectedFor(lang, QStringLiteral("The dashboard of one release, with readiness."),
                                         QStringLiteral("Das Dashboard eines Releases, mit Bereitschaft."));
    if (expected.isEmpty())
        QSKIP("translations/release-console_fr.ts has no finished translation of the help line");
    const Run result = run(QStringLiteral("releasectl"), {QStringLiteral("--help")}, language);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void tst_Translations::readinessBlocker_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << "";
    QTest::addRow("German") << "de";
    QTest::addRow("French") << "fr";
}

void tst_Translations::readinessBlocker()
{
    QFETCH(QString, language);
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    const QString expected = expectedFor(lang, QStringLiteral("%1: sign-off pending"), QStringLiteral("%1: Sign-off ausstehend"));
    if (expected.isEmpty())
        QSKIP("translations/release-console_fr.ts has no finished translation of the blocker");
    const Run result = run(QStringLiteral("releasectl"), {QStringLiteral("check"), QStringLiteral("rel-2024-01-15-001")}, language);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(expected.arg(QLatin1String("api"))), qPrintable(result.out + result.err));
}

void tst_Translations::jsonStaysEnglish()
{
    const Run result = run(QStringLiteral("releasectl"),
                           {QStringLiteral("check"), QStringLiteral("rel-2024-01-15-001"), QStringLiteral("--json")},
                           QStringLiteral("de"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(QLatin1String("api: sign-off pending")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QLatin1String("ausstehend")), qPrintable(result.out));
}

void tst_Translations::weekdaysSpeakTheLanguage_data()
{
    readinessBlocker_data();
}

// The rules say "tuesday"; the windows are listed with the messages' own weekday names.
void tst_Translations::weekdaysSpeakTheLanguage()
{
    QFETCH(QString, language);
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    const QString tuesday = expectedFor(lang, QStringLiteral("Tue"), QStringLiteral("Di"));
    if (tuesday.isEmpty())
        QSKIP("translations/release-console_fr.ts has no finished translation of Tue");
    const Run result = run(QStringLiteral("releasectl"),
                           {QStringLiteral("windows"), QStringLiteral("--from"), QStringLiteral("2024-01-22"),
                            QStringLiteral("--days"), QStringLiteral("2")},
                           language);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(tuesday + QStringLiteral(" 2024-01-23 10:00\u201312:00")), qPrintable(result.out + result.err));
    if (lang != QLatin1String("en"))
        QVERIFY2(!result.out.contains(QStringLiteral("Tue ")), qPrintable(result.out));
}

void tst_Translations::guiHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << "";
    QTest::addRow("German") << "de";
    QTest::addRow("French") << "fr";
}

void tst_Translations::guiHelp()
{
    QFETCH(QString, language);
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    const QString expected = expectedFor(lang, QStringLiteral("A git clone, or a release manifest inside one."),
                                         QStringLiteral("Ein Git-Klon oder ein Release-Manifest darin."));
    if (expected.isEmpty())
        QSKIP("translations/release-console_fr.ts has no finished translation of the help line");
    const Run result = run(QStringLiteral("release-console"), {QStringLiteral("--help")}, language);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(flattened(result.out).contains(flattened(expected)), qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"

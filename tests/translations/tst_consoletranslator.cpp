// ConsoleTranslator: the catalogue follows the locale, falls back to English, and finds strings
// that lupdate filed under another context than the code asks for (core's file-local tr()).
#include "consoletranslator.h"
#include "manifest/manifestparser.h"
#include "rules/readiness.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using rc::app::ConsoleTranslator;

class tst_ConsoleTranslator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chosenCatalogue_data();
    void chosenCatalogue();
    void pluralForms_data();
    void pluralForms();
    void readinessBlockersInGerman();
    void unknownStringsStayAsWritten();

private:
    ConsoleTranslator *m_translator = nullptr;
};

void tst_ConsoleTranslator::init()
{
    m_translator = new ConsoleTranslator(this);
}

void tst_ConsoleTranslator::cleanup()
{
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
    m_translator = nullptr;
}

void tst_ConsoleTranslator::chosenCatalogue_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("de");
    QTest::addRow("Swiss German") << QLocale(QLocale::German, QLocale::Switzerland) << QStringLiteral("de");
    QTest::addRow("British English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
    QTest::addRow("Japanese falls back to English") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("en");
    QTest::addRow("C locale is English") << QLocale::c() << QStringLiteral("en");
}

void tst_ConsoleTranslator::chosenCatalogue()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QVERIFY(m_translator->loadFor(locale));
    QCOMPARE(m_translator->catalogueLanguage(), expected);
}

void tst_ConsoleTranslator::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::addRow("en one") << "en" << 1 << "1 release";
    QTest::addRow("en many") << "en" << 5 << "5 releases";
    QTest::addRow("de one") << "de" << 1 << "1 Release";
    QTest::addRow("de many") << "de" << 5 << "5 Releases";
    QTest::addRow("de none") << "de" << 0 << "0 Releases";
}

void tst_ConsoleTranslator::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QVERIFY(m_translator->loadFor(QLocale(language)));
    QCoreApplication::installTranslator(m_translator);
    QCOMPARE(QCoreApplication::translate("rc::ui::MainWindow", "%n release(s)", nullptr, count), expected);
}

void tst_ConsoleTranslator::readinessBlockersInGerman()
{
    QFile file(QStringLiteral(RC_TEST_DATA "/manifests/seed.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const rc::core::ParseResult parsed = rc::core::parseManifest(file.readAll(), file.fileName());
    QVERIFY(parsed.ok());

    const QStringList english = rc::core::checkReadiness(*parsed.manifest).blockers;
    QVERIFY(!english.isEmpty());
    QVERIFY2(english.join(u'\n').contains(QLatin1String("api: sign-off pending")), qPrintable(english.join(u'\n')));

    // Readiness translates in "rc::core::Readiness", declared so that lupdate files its strings there.
    QVERIFY(m_translator->loadFor(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(m_translator->catalogueLanguage(), QStringLiteral("de"));
    QCoreApplication::installTranslator(m_translator);
    const QStringList german = rc::core::checkReadiness(*parsed.manifest).blockers;
    QCOMPARE(german.size(), english.size());
    QVERIFY2(german.join(u'\n').contains(QLatin1String("api: Sign-off ausstehend")), qPrintable(german.join(u'\n')));
}

void tst_ConsoleTranslator::unknownStringsStayAsWritten()
{
    QVERIFY(m_translator->loadFor(QLocale(QLocale::German)));
    QCoreApplication::installTranslator(m_translator);
    QCOMPARE(QCoreApplication::translate("rc::core::Nowhere", "a string no catalogue has"),
             QStringLiteral("a string no catalogue has"));
    // Contexts are kept apart: a known text asked for under a context that does not have it stays.
    QCOMPARE(QCoreApplication::translate("rc::core::Nowhere", "Components"), QStringLiteral("Components"));
    QCOMPARE(QCoreApplication::translate("rc::core::DashboardExport", "Components"), QStringLiteral("Komponenten"));
}

QTEST_GUILESS_MAIN(tst_ConsoleTranslator)
#include "tst_consoletranslator.moc"

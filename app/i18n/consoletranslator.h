#pragma once

#include <QLocale>
#include <QTranslator>

class QCoreApplication;

namespace rc::app {

/// The console's own catalogue, release-console_<lang>.qm under :/i18n, for the first language
/// of a locale that has one. Every string is looked up under the context the code translates
/// in, which is the one lupdate files it under (tst_translations_complete holds the sources to
/// that: lupdate must not warn).
class ConsoleTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit ConsoleTranslator(QObject *parent = nullptr);

    /// Loads the catalogue for the first of locale.uiLanguages() that has one, else English
    /// (which holds the plural forms). Returns false only when not even English is built in.
    bool loadFor(const QLocale &locale);

    /// "de", "fr" or "en": the catalogue loaded, for tests and the About dialog.
    QString catalogueLanguage() const { return m_language; }

private:
    bool loadCatalogue(const QString &language);

    QString m_language;
};

/// Installs Qt's own translations (qtbase_<lang>.qm, when the system has them) and the console's
/// for the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Both executables call it first
/// thing; only human-readable text changes, never --json output or values a script reads.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace rc::app

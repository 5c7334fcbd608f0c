#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QTranslator>

class QCoreApplication;

namespace rc::app {

/// The console's own catalogue (release-console_<lang>.qm under :/i18n), with one addition:
/// when a string is not found under the context the code asks for, it is looked up under the
/// contexts lupdate filed it in. lupdate names the context of a tr() call after the function
/// around it, so the file-local tr() helpers of core/ (which translate in "rc::core::Readiness"
/// and the like) land under "rc::core", a helper class or no context at all.
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

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

private:
    bool loadCatalogue(const QString &language);
    void readContexts(const QString &tsFile);

    QString m_language;
    // source text + '\x1f' + disambiguation -> contexts of the .ts that hold it
    QHash<QByteArray, QList<QByteArray>> m_contexts;
};

/// Installs Qt's own translations (qtbase_<lang>.qm, when the system has them) and the console's
/// for the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Both executables call it first
/// thing; only human-readable text changes, never --json output or values a script reads.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace rc::app

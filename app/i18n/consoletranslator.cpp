#include "consoletranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace rc::app {

ConsoleTranslator::ConsoleTranslator(QObject *parent)
    : QTranslator(parent)
{
}

bool ConsoleTranslator::loadFor(const QLocale &locale)
{
    for (const QString &uiLanguage : locale.uiLanguages()) {
        // "de-CH" and "de_DE" both mean German here: the catalogues are per language.
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (language == QLatin1String("c") || language == QLatin1String("posix"))
            break;
        if (loadCatalogue(language))
            return true;
    }
    return loadCatalogue(QStringLiteral("en"));
}

bool ConsoleTranslator::loadCatalogue(const QString &language)
{
    if (language.isEmpty() || !load(QStringLiteral("release-console_") + language, QStringLiteral(":/i18n")))
        return false;
    m_language = language;
    return true;
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new ConsoleTranslator(&app);
    if (own->loadFor(locale))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace rc::app

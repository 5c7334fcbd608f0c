#include "consoletranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QXmlStreamReader>

namespace rc::app {

namespace {

constexpr char keySeparator = '\x1f';

QByteArray lookupKey(const QByteArray &source, const QByteArray &disambiguation)
{
    return source + keySeparator + disambiguation;
}

} // namespace

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
    m_contexts.clear();
    readContexts(QStringLiteral(":/i18n/ts/release-console_%1.ts").arg(language));
    return true;
}

void ConsoleTranslator::readContexts(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&file);
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText().toUtf8();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
            } else if (name == QLatin1String("source"))
                source = xml.readElementText().toUtf8();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText().toUtf8();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            QList<QByteArray> &contexts = m_contexts[lookupKey(source, comment)];
            if (!contexts.contains(context))
                contexts.append(context);
        }
    }
}

QString ConsoleTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!translation.isEmpty() || !sourceText)
        return translation;
    const auto found = m_contexts.constFind(lookupKey(QByteArray(sourceText), QByteArray(disambiguation)));
    if (found == m_contexts.cend())
        return translation;
    for (const QByteArray &filedUnder : *found) {
        if (context && filedUnder == context)
            continue;
        translation = QTranslator::translate(filedUnder.constData(), sourceText, disambiguation, n);
        if (!translation.isEmpty())
            return translation;
    }
    return translation;
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

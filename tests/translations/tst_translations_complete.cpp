// Every string of the sources has a finished translation: lupdate runs over core, models, ui and
// app exactly as update_translations does, into a temporary copy of each .ts, and every message
// left unfinished or empty is listed. English needs only its plural forms.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_TranslationsComplete : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringTranslated_data();
    void everyStringTranslated();
    void contextsAsTheCodeAsks();

private:
    QTemporaryDir m_dir;
    QString m_lupdateOutput;
};

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
};

QList<Message> readMessages(const QString &tsFile, QString *error)
{
    QList<Message> messages;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), true};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                if (type == QLatin1String("unfinished"))
                    message.finished = false;
                if (!message.numerus && xml.readElementText().isEmpty())
                    message.finished = false;
            } else if (name == QLatin1String("numerusform")) {
                if (xml.readElementText().isEmpty())
                    message.finished = false;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2:%3: %4").arg(tsFile).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

void tst_TranslationsComplete::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(RC_LUPDATE)).isExecutable(), RC_LUPDATE);
    // One lupdate run updates every copy, as update_translations does with the real files.
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-recursive"),   QStringLiteral("core"),       QStringLiteral("models"),
                          QStringLiteral("ui"),           QStringLiteral("app"),        QStringLiteral("-ts")};
    for (const char *language : {"de", "fr", "en"}) {
        const QString name = QStringLiteral("release-console_%1.ts").arg(QLatin1String(language));
        const QString original = QStringLiteral(RC_SOURCE_DIR "/translations/") + name;
        const QString copy = m_dir.filePath(name);
        QVERIFY2(QFile::copy(original, copy), qPrintable(original));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        arguments << copy;
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(RC_SOURCE_DIR));
    lupdate.start(QStringLiteral(RC_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));
}

// A string is found at run time only under the context the code translates it in. lupdate warns
// when it cannot tell which that is ("Class 'rc::core' lacks Q_OBJECT macro" for a bare tr() in
// a free function, "Qualifying with unknown namespace/class" when it lost track of a class) and
// then files the string under another one, where the translation would never be found.
void tst_TranslationsComplete::contextsAsTheCodeAsks()
{
    QStringList warnings;
    for (const QString &line : m_lupdateOutput.split(u'\n')) {
        if (line.contains(QLatin1String(": ")) && !line.startsWith(QLatin1String("Scanning"))
            && !line.startsWith(QLatin1String("Updating")) && !line.startsWith(QLatin1Char(' ')))
            warnings << line;
    }
    QVERIFY2(warnings.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot tell the context of these strings; translate them through a class "
                                       "it sees (Q_OBJECT, or Q_DECLARE_TR_FUNCTIONS and Class::tr()):\n")
                        + warnings.join(u'\n')));

    // Contexts are classes, never a bare namespace or nothing.
    QString error;
    const QList<Message> messages = readMessages(m_dir.filePath(QStringLiteral("release-console_de.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList odd;
    for (const Message &message : messages) {
        const QString last = message.context.section(QLatin1String("::"), -1);
        if ((message.context.isEmpty() || last.isEmpty() || last.front().isLower()) && message.context != QLatin1String("main")
            && !odd.contains(message.context))
            odd << message.context;
    }
    QVERIFY2(odd.isEmpty(), qPrintable(QStringLiteral("strings filed under no class: \"") + odd.join(QLatin1String("\", \""))
                                       + QLatin1Char('"')));
}

void tst_TranslationsComplete::everyStringTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::addRow("German") << "de" << false;
    QTest::addRow("French") << "fr" << false;
    QTest::addRow("English plural forms") << "en" << true;
}

void tst_TranslationsComplete::everyStringTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);
    const QString name = QStringLiteral("release-console_%1.ts").arg(language);
    const QString copy = m_dir.filePath(name);

    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList missing;
    for (const Message &message : messages) {
        if (message.finished || (pluralsOnly && !message.numerus))
            continue;
        missing << QStringLiteral("  [%1] %2").arg(message.context, message.source);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 strings have no finished translation in %3; run the "
                                       "update_translations target and translate them:\n%4")
                            .arg(missing.size())
                            .arg(messages.size())
                            .arg(name, missing.join(u'\n'))));
}

QTEST_GUILESS_MAIN(tst_TranslationsComplete)
#include "tst_translations_complete.moc"

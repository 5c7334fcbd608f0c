#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using rc::cli::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQJsonDocument_data();
    void matchesQJsonDocument();
    void escapesEveryControlCharacter();
};

void TestJsonWriter::matchesQJsonDocument_data()
{
    QTest::addColumn<std::function<void(JsonWriter &)>>("write");
    QTest::addColumn<QJsonDocument>("expected");

    QTest::addRow("empty object") << std::function<void(JsonWriter &)>([](JsonWriter &w) {
        w.beginObject();
        w.endObject();
    }) << QJsonDocument(QJsonObject{});

    QTest::addRow("keys in alphabetical order, every kind of value")
        << std::function<void(JsonWriter &)>([](JsonWriter &w) {
               w.beginObject();
               w.key("a");
               w.value(QStringLiteral("text"));
               w.key("b");
               w.value(true);
               w.key("c");
               w.null();
               w.key("d");
               w.value(qint64(-42));
               w.key("e");
               w.value(QStringList{QStringLiteral("x/"), QStringLiteral("y")});
               w.key("f");
               w.beginArray();
               w.endArray();
               w.endObject();
           })
        << QJsonDocument(QJsonObject{{"a", "text"}, {"b", true}, {"c", QJsonValue::Null}, {"d", -42},
                                     {"e", QJsonArray{"x/", "y"}}, {"f", QJsonArray{}}});

    QTest::addRow("nested arrays of objects")
        << std::function<void(JsonWriter &)>([](JsonWriter &w) {
               w.beginObject();
               w.key("components");
               w.beginArray();
               for (int i = 0; i < 2; ++i) {
                   w.beginObject();
                   w.key("commits");
                   w.beginArray();
                   w.beginObject();
                   w.key("sha");
                   w.value(QString::number(i));
                   w.endObject();
                   w.endArray();
                   w.key("name");
                   w.value(QStringLiteral("api"));
                   w.endObject();
               }
               w.endArray();
               w.endObject();
           })
        << QJsonDocument(QJsonObject{{"components", QJsonArray{QJsonObject{{"commits", QJsonArray{QJsonObject{{"sha", "0"}}}}, {"name", "api"}},
                                                               QJsonObject{{"commits", QJsonArray{QJsonObject{{"sha", "1"}}}}, {"name", "api"}}}}});

    QTest::addRow("quotes, backslashes, newlines and non-ASCII")
        << std::function<void(JsonWriter &)>([](JsonWriter &w) {
               w.beginArray();
               w.value(QStringLiteral("say \"hi\"\\ \n\tnext → ü 😀"));
               w.value(QString(QLatin1String("")));
               w.endArray();
           })
        << QJsonDocument(QJsonArray{QStringLiteral("say \"hi\"\\ \n\tnext → ü 😀"), ""});
}

// Keys are written in alphabetical order above so the text, not only the meaning, must equal
// what QJsonDocument::Indented prints: the other commands' --json looks the same.
void TestJsonWriter::matchesQJsonDocument()
{
    QFETCH(std::function<void(JsonWriter &)>, write);
    QFETCH(QJsonDocument, expected);
    JsonWriter writer;
    write(writer);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(writer.bytes(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed, expected);
    QCOMPARE(writer.bytes(), expected.toJson(QJsonDocument::Indented));
}

void TestJsonWriter::escapesEveryControlCharacter()
{
    QString all;
    for (char16_t c = 0; c < 0x20; ++c)
        all += QChar(c);
    JsonWriter writer;
    writer.beginArray();
    writer.value(all);
    writer.endArray();
    QVERIFY(!writer.bytes().contains('\x01'));
    QVERIFY(writer.bytes().contains("\\u001f"));
    const QJsonDocument parsed = QJsonDocument::fromJson(writer.bytes());
    QCOMPARE(parsed.array().at(0).toString(), all);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"

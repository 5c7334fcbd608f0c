#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::cli {

/// Writes JSON text straight into bytes, indented as QJsonDocument::Indented does, for outputs
/// large enough that building a QJsonObject tree first costs more than computing them
/// (`changes --json` on thousands of commits). Commas and indentation follow from the calls;
/// the caller keeps keys and values paired.
class JsonWriter
{
public:
    JsonWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value in the current object.
    void key(const char *name);

    void value(const QString &text); ///< a null QString writes null; an empty one writes ""
    void value(bool flag);
    void value(qint64 number);
    void null();
    void value(const QStringList &texts); ///< an array of strings

    /// The text so far, with a final newline once the outermost value is closed.
    const QByteArray &bytes() const { return m_out; }

private:
    void beforeValue();
    void newline();
    void writeString(const QString &text);

    QByteArray m_out;
    /// Per open object or array: whether it has no member yet.
    std::vector<bool> m_empty;
    bool m_afterKey = false;
};

} // namespace rc::cli

#include "jsonwriter.h"

namespace rc::cli {

JsonWriter::JsonWriter()
{
    m_out.reserve(1 << 16);
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(qsizetype(m_empty.size()) * 4, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_out += ',';
    m_empty.back() = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_empty.push_back(true);
}

// Also an empty one closes on a line of its own, as QJsonDocument writes it.
void JsonWriter::endObject()
{
    m_empty.pop_back();
    newline();
    m_out += '}';
    if (m_empty.empty())
        m_out += '\n';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_empty.push_back(true);
}

// Also an empty one closes on a line of its own, as QJsonDocument writes it.
void JsonWriter::endArray()
{
    m_empty.pop_back();
    newline();
    m_out += ']';
    if (m_empty.empty())
        m_out += '\n';
}

void JsonWriter::key(const char *name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    if (text.isNull()) {
        null();
        return;
    }
    beforeValue();
    writeString(text);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

// RFC 8259: quotation mark, reverse solidus and control characters are escaped; everything else
// goes out as UTF-8. Lone surrogates become U+FFFD through toUtf8(), so the output stays valid.
void JsonWriter::writeString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xf];
                m_out += hex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

} // namespace rc::cli

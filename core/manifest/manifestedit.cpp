#include "manifestedit.h"

#include "manifestparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <string>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::ManifestEdit)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Manifests store seconds; a time with milliseconds would not survive a round trip.
QDateTime stamp(const QDateTime &at)
{
    QDateTime time = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

ManifestEdit normalized(const ManifestEdit &edit)
{
    ManifestEdit copy = edit;
    std::visit(
        [](auto &e) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(e)>, StatusEdit>)
                e.at = stamp(e.at);
        },
        copy);
    return copy;
}

Error editError(const QString &message)
{
    return Error{message, {}};
}

// ---------------------------------------------------------------------------------------------
// The semantic side: what an edit means for the values.

Expected<Manifest> applySignOff(Manifest m, const SignOffEdit &e)
{
    auto it = std::find_if(m.components.begin(), m.components.end(),
                           [&](const Component &c) { return c.name == e.component; });
    if (it == m.components.end()) {
        QStringList names;
        for (const Component &c : m.components)
            names << c.name;
        return editError(Text::tr("release %1 has no component %2; its components are: %3")
                             .arg(m.release.id, quoted(e.component),
                                  names.isEmpty() ? Text::tr("(none)") : names.join(QLatin1String(", "))));
    }
    Component &c = *it;
    if ((e.value == SignOff::Approved || e.value == SignOff::Rejected) && e.by.trimmed().isEmpty())
        return editError(Text::tr("say who signs off %1 (for example @carol)").arg(c.name));
    if (e.value == SignOff::Rejected && e.reason.trimmed().isEmpty())
        return editError(Text::tr("rejecting the sign-off of %1 needs a reason").arg(c.name));
    c.signOff = e.value;
    c.approvedBy.clear();
    c.approvedAt = {};
    c.rejectedBy.clear();
    c.rejectedAt = {};
    c.reason.clear();
    if (e.value == SignOff::Approved) {
        c.approvedBy = e.by;
        c.approvedAt = stamp(e.at);
    } else if (e.value == SignOff::Rejected) {
        c.rejectedBy = e.by;
        c.rejectedAt = stamp(e.at);
        c.reason = e.reason;
    }
    return m;
}

Expected<Manifest> applyChecklist(Manifest m, const ChecklistEdit &e)
{
    if (e.index < 0 || e.index >= int(m.checklist.size())) {
        return editError(Text::tr("release %1 has no checklist item %2; it has %3 (numbered from 1)")
                             .arg(m.release.id)
                             .arg(e.index + 1)
                             .arg(m.checklist.size()));
    }
    ChecklistItem &item = m.checklist[std::size_t(e.index)];
    if (e.done && e.by.trimmed().isEmpty())
        return editError(Text::tr("say who completed %1 (for example @dan)").arg(quoted(item.item)));
    item.status = e.done ? ChecklistStatus::Completed : ChecklistStatus::Pending;
    item.completedBy = e.done ? e.by : QString();
    item.completedAt = e.done ? stamp(e.at) : QDateTime();
    return m;
}

Expected<Manifest> applyApproval(Manifest m, const ApprovalEdit &e)
{
    auto it = std::find_if(m.approvals.begin(), m.approvals.end(), [&](const Approval &a) { return a.role == e.role; });
    if (it == m.approvals.end()) {
        QStringList roles;
        for (const Approval &a : m.approvals)
            roles << a.role;
        return editError(Text::tr("release %1 has no approval for the role %2; its roles are: %3")
                             .arg(m.release.id, quoted(e.role),
                                  roles.isEmpty() ? Text::tr("(none)") : roles.join(QLatin1String(", "))));
    }
    Approval &a = *it;
    if (e.value != ApprovalStatus::Pending && e.by.trimmed().isEmpty())
        return editError(Text::tr("say who decides the %1 approval (for example @tech-lead)").arg(a.role));
    if (e.value == ApprovalStatus::Rejected && e.reason.trimmed().isEmpty())
        return editError(Text::tr("rejecting the %1 approval needs a reason").arg(a.role));
    a.status = e.value;
    a.approvedBy.clear();
    a.approvedAt = {};
    a.rejectedBy.clear();
    a.rejectedAt = {};
    a.reason.clear();
    if (e.value == ApprovalStatus::Approved) {
        a.approvedBy = e.by;
        a.approvedAt = stamp(e.at);
    } else if (e.value == ApprovalStatus::Rejected) {
        a.rejectedBy = e.by;
        a.rejectedAt = stamp(e.at);
        a.reason = e.reason;
    }
    return m;
}

Expected<Manifest> applyStatus(Manifest m, const StatusEdit &e)
{
    const ReleaseStatus from = m.release.status;
    if (!canTransition(from, e.to)) {
        QStringList allowed;
        for (const QString &name : releaseStatusNames()) {
            if (canTransition(from, *releaseStatusFromString(name)))
                allowed << name;
        }
        return editError(Text::tr("release %1 cannot go from %2 to %3; from %2 it can go to: %4")
                             .arg(m.release.id, toString(from), toString(e.to),
                                  allowed.isEmpty() ? Text::tr("nothing (it is final)") : allowed.join(QLatin1String(", "))));
    }
    m.release.status = e.to;
    return m;
}

Expected<Manifest> applyBreakGlass(Manifest m, const BreakGlassEdit &e)
{
    if (e.by.trimmed().isEmpty())
        return editError(Text::tr("say who breaks the glass on %1 (for example @dan)").arg(m.release.id));
    if (e.reason.trimmed().isEmpty())
        return editError(Text::tr("a break-glass override of %1 needs a reason: why it cannot wait for its window").arg(m.release.id));
    if (e.reason.contains(QLatin1Char('\n')) || e.reason.contains(QLatin1Char('\r')))
        return editError(Text::tr("write the break-glass reason on one line"));
    const ReleaseStatus s = m.release.status;
    if (s != ReleaseStatus::Draft && s != ReleaseStatus::PendingApproval && s != ReleaseStatus::Approved) {
        return editError(Text::tr("release %1 is %2; a break-glass override is for a release that has yet to deploy")
                             .arg(m.release.id, toString(s)));
    }
    m.release.breakGlass.by = e.by;
    m.release.breakGlass.at = stamp(e.at);
    m.release.breakGlass.reason = e.reason;
    return m;
}

Expected<Manifest> applyChecklistAppend(Manifest m, const ChecklistAppendEdit &e)
{
    for (const ChecklistItem &item : e.items) {
        if (item.item.trimmed().isEmpty())
            return editError(Text::tr("a checklist item to add has no text; every item needs item: with what to do"));
    }
    const std::vector<ChecklistItem> added = checklistItemsToAdd(m, e.items);
    if (added.empty()) {
        return editError(Text::tr("every item of %1 is in the checklist of release %2 already; nothing to add")
                             .arg(e.source.isEmpty() ? Text::tr("the list") : e.source, m.release.id));
    }
    for (ChecklistItem item : added) {
        item.status = ChecklistStatus::Pending;
        item.completedBy.clear();
        item.completedAt = {};
        item.location = {};
        m.checklist.push_back(item);
    }
    return m;
}

// ---------------------------------------------------------------------------------------------
// The text side: the lines of the file, changed in place.

struct Line
{
    QByteArray text; ///< without the line ending
    QByteArray ending; ///< "\n", "\r\n" or "" for a last line without one
    bool removed = false;
    std::vector<QByteArray> after; ///< new lines inserted after this one, without endings
};

/// One key of the mapping being edited, located in the text.
struct KeyInfo
{
    int line = 0; ///< 0-based
    int column = 0; ///< 0-based byte column of the key
    int endLine = 0; ///< one past the last line of the entry (the value may span lines)
    YAML::Node value;
};

enum class Quote { Plain, Single, Double };

struct ValueSpan
{
    int begin = 0;
    int end = 0; ///< exclusive
    Quote quote = Quote::Plain;
};

class TextEditor
{
public:
    TextEditor(const QByteArray &text, const YAML::Node &map, QString context)
        : m_map(map), m_context(std::move(context))
    {
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype nl = text.indexOf('\n', start);
            Line line;
            if (nl < 0) {
                line.text = text.mid(start);
                start = text.size();
            } else {
                line.text = text.mid(start, nl - start);
                line.ending = "\n";
                start = nl + 1;
            }
            if (line.text.endsWith('\r')) {
                line.text.chop(1);
                line.ending.prepend('\r');
            }
            m_lines.push_back(line);
        }
        m_eol = text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
        m_flow = map.Style() == YAML::EmitterStyle::Flow;
        locateKeys();
    }

    bool has(const QString &key) const { return m_keys.count(key) > 0; }

    /// Sets `key` to `value`: in place when the key exists, else on a new line after `after`
    /// (or, when none of those keys exist, after the mapping's last entry).
    bool set(const QString &key, const QString &value, const QStringList &after, bool quoteNew)
    {
        if (!m_error.isEmpty())
            return false;
        auto it = m_keys.find(key);
        if (it != m_keys.end())
            return replaceValue(key, it->second, value);
        if (m_flow)
            return fail(Text::tr("%1 is written in flow style ({...}); adding %2 needs block style (one key per line): "
                           "rewrite it in block style and try again")
                            .arg(m_context, key));
        int anchorEnd = -1;
        int column = -1;
        for (const QString &a : after) {
            auto found = m_keys.find(a);
            if (found != m_keys.end()) {
                anchorEnd = found->second.endLine;
                column = found->second.column;
            }
        }
        if (anchorEnd < 0) {
            for (const auto &[name, info] : m_keys) {
                if (info.endLine > anchorEnd) {
                    anchorEnd = info.endLine;
                    column = info.column;
                }
            }
        }
        if (anchorEnd <= 0 || column < 0)
            return fail(Text::tr("%1 has no keys to place %2 next to").arg(m_context, key));
        const QByteArray text = QByteArray(column, ' ') + key.toUtf8() + ": "
            + (quoteNew ? singleQuoted(value) : formatPlainOrQuoted(value, Quote::Plain)).toUtf8();
        Line &anchor = m_lines[std::size_t(anchorEnd - 1)];
        anchor.after.push_back(text);
        // The next key in the same group goes after this one: record it as a key of the mapping.
        KeyInfo added;
        added.line = anchorEnd - 1;
        added.column = column;
        added.endLine = anchorEnd;
        m_keys[key] = added;
        return true;
    }

    bool remove(const QString &key)
    {
        if (!m_error.isEmpty())
            return false;
        auto it = m_keys.find(key);
        if (it == m_keys.end())
            return true;
        if (m_flow)
            return fail(Text::tr("%1 is written in flow style ({...}); removing %2 needs block style (one key per line): "
                           "rewrite it in block style and try again")
                            .arg(m_context, key));
        const KeyInfo &info = it->second;
        // A key sharing its line with the item's dash ("- reason: x") cannot go without the item.
        const QByteArray &first = m_lines[std::size_t(info.line)].text;
        if (!first.left(info.column).trimmed().isEmpty())
            return fail(Text::tr("%1 starts on the same line as its list item; move it to a line of its own and try again")
                            .arg(key));
        for (int i = info.line; i < info.endLine; ++i)
            m_lines[std::size_t(i)].removed = true;
        m_keys.erase(it);
        return true;
    }

    QByteArray result() const
    {
        QByteArray out;
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            const Line &line = m_lines[i];
            if (!line.removed) {
                out += line.text;
                out += line.ending.isEmpty() && !line.after.empty() ? m_eol : line.ending;
            }
            for (std::size_t k = 0; k < line.after.size(); ++k) {
                out += line.after[k];
                const bool lastOfFile = i + 1 == m_lines.size() && k + 1 == line.after.size();
                out += lastOfFile && line.ending.isEmpty() ? QByteArray() : m_eol;
            }
        }
        return out;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    static int indentOf(const QByteArray &text)
    {
        int i = 0;
        while (i < text.size() && text[i] == ' ')
            ++i;
        return i;
    }

    static bool blankOrComment(const QByteArray &text)
    {
        const QByteArray t = text.trimmed();
        return t.isEmpty() || t.startsWith('#');
    }

    void locateKeys()
    {
        std::vector<std::pair<QString, KeyInfo>> keys;
        for (const auto &entry : m_map) {
            KeyInfo info;
            info.line = entry.first.Mark().line;
            info.column = entry.first.Mark().column;
            info.value = entry.second;
            keys.emplace_back(QString::fromStdString(entry.first.Scalar()), info);
        }
        const int lineCount = int(m_lines.size());
        for (std::size_t k = 0; k < keys.size(); ++k) {
            KeyInfo &info = keys[k].second;
            // Marks come from yaml-cpp's idea of lines; never trust them to index ours.
            if (info.line < 0 || info.line >= lineCount || info.column < 0) {
                fail(Text::tr("the position of %1 in %2 could not be found in the text").arg(keys[k].first, m_context));
                continue;
            }
            // The entry runs until a line indented no deeper than its key, or the next key.
            const int limit = k + 1 < keys.size() ? keys[k + 1].second.line : lineCount;
            int end = info.line + 1;
            while (end < limit && end < lineCount) {
                const QByteArray &t = m_lines[std::size_t(end)].text;
                if (!blankOrComment(t) && indentOf(t) <= info.column)
                    break;
                ++end;
            }
            // Blank lines and comments that close the entry belong to what follows.
            while (end > info.line + 1 && blankOrComment(m_lines[std::size_t(end - 1)].text))
                --end;
            info.endLine = m_flow ? info.line + 1 : end;
            m_keys[keys[k].first] = info;
        }
    }

    /// Where the scalar value of a key sits on its line.
    std::optional<ValueSpan> valueSpan(const KeyInfo &info) const
    {
        if (info.line < 0 || info.line >= int(m_lines.size()))
            return std::nullopt;
        const QByteArray &text = m_lines[std::size_t(info.line)].text;
        ValueSpan span;
        if (info.value.IsNull()) {
            // `status:` with nothing after it: the value goes right after the colon.
            // `status: ~` and `status: null` are written nulls: replace the word.
            int colon = int(text.indexOf(':', info.column));
            if (colon < 0)
                return std::nullopt;
            span.begin = span.end = colon + 1;
            int word = colon + 1;
            while (word < text.size() && text[word] == ' ')
                ++word;
            int wordEnd = word;
            while (wordEnd < text.size() && text[wordEnd] != ' ' && text[wordEnd] != '#' && text[wordEnd] != ',')
                ++wordEnd;
            const QByteArray null = text.mid(word, wordEnd - word);
            if (null == "~" || null.toLower() == "null") {
                span.begin = word;
                span.end = wordEnd;
            }
            return span;
        }
        if (!info.value.IsScalar() || info.value.Mark().line != info.line)
            return std::nullopt;
        const int begin = info.value.Mark().column;
        if (begin < 0 || begin >= text.size())
            return std::nullopt;
        span.begin = begin;
        const char first = text[begin];
        if (first == '\'' || first == '"') {
            span.quote = first == '\'' ? Quote::Single : Quote::Double;
            int i = begin + 1;
            for (; i < text.size(); ++i) {
                if (first == '\'' && text[i] == '\'') {
                    if (i + 1 < text.size() && text[i + 1] == '\'') {
                        ++i;
                        continue;
                    }
                    break;
                }
                if (first == '"' && text[i] == '\\') {
                    ++i;
                    continue;
                }
                if (first == '"' && text[i] == '"')
                    break;
            }
            if (i >= text.size())
                return std::nullopt; // the quoted value continues on the next line
            span.end = i + 1;
            return span;
        }
        if (first == '&' || first == '!' || first == '*' || first == '|' || first == '>')
            return std::nullopt;
        int i = begin;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '#' && i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t'))
                break;
            if (m_flow && (c == ',' || c == '}' || c == ']'))
                break;
        }
        while (i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t'))
            --i;
        span.end = i;
        // A plain scalar continued on the next line cannot be replaced on this one.
        if (!m_flow && info.endLine > info.line + 1)
            return std::nullopt;
        return span;
    }

    bool replaceValue(const QString &key, const KeyInfo &info, const QString &value)
    {
        const auto span = valueSpan(info);
        if (!span) {
            return fail(Text::tr("the value of %1 in %2 spans several lines or uses anchors or tags; "
                           "write it on one line and try again")
                            .arg(key, m_context));
        }
        QByteArray &text = m_lines[std::size_t(info.line)].text;
        QByteArray replacement = formatPlainOrQuoted(value, span->quote).toUtf8();
        if (span->begin == span->end && (span->begin >= text.size() || text[span->begin] != ' '))
            replacement.prepend(' ');
        text = text.left(span->begin) + replacement + text.mid(span->end);
        return true;
    }

    static QString singleQuoted(const QString &value)
    {
        QString escaped = value;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }

    static QString doubleQuoted(const QString &value)
    {
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }

    /// Keeps the old value's quoting; a plain value that YAML would misread is single-quoted.
    static QString formatPlainOrQuoted(const QString &value, Quote quote)
    {
        if (quote == Quote::Single)
            return singleQuoted(value);
        if (quote == Quote::Double)
            return doubleQuoted(value);
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-/]*$"));
        static const QRegularExpression special(
            QStringLiteral("^(true|false|yes|no|on|off|null|y|n)$"), QRegularExpression::CaseInsensitiveOption);
        if (safe.match(value).hasMatch() && !special.match(value).hasMatch())
            return value;
        return singleQuoted(value);
    }

    YAML::Node m_map;
    QString m_context;
    std::vector<Line> m_lines;
    QByteArray m_eol;
    bool m_flow = false;
    std::map<QString, KeyInfo> m_keys;
    QString m_error;
};

YAML::Node findItem(const YAML::Node &list, const char *key, const QString &value)
{
    if (!list.IsSequence())
        return {};
    for (const auto &item : list) {
        if (item.IsMap() && item[key].IsScalar() && QString::fromStdString(item[key].Scalar()) == value)
            return item;
    }
    return {};
}

/// The text changes for one edit; false (with the editor's error) when they cannot be made.
bool editText(TextEditor &t, const ManifestEdit &edit)
{
    static const QStringList approvedKeys{QStringLiteral("approved_by"), QStringLiteral("approved_at")};
    static const QStringList rejectedKeys{QStringLiteral("rejected_by"), QStringLiteral("rejected_at"),
                                          QStringLiteral("reason")};
    const auto removeAll = [&](const QStringList &keys) {
        for (const QString &k : keys) {
            if (!t.remove(k))
                return false;
        }
        return true;
    };
    // Each group: the keys in the order they are written, each placed after the previous.
    const auto setGroup = [&](const QStringList &keys, const QStringList &values, const QStringList &placeAfter) {
        QStringList after = placeAfter;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!t.set(keys[i], values[i], after, i > 0))
                return false;
            after << keys[i];
        }
        return true;
    };

    return std::visit(
        [&](const auto &e) -> bool {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SignOffEdit> || std::is_same_v<T, ApprovalEdit>) {
                constexpr bool isSignOff = std::is_same_v<T, SignOffEdit>;
                const QString statusKey = isSignOff ? QStringLiteral("sign_off") : QStringLiteral("status");
                const QStringList placeAfter = isSignOff
                    ? QStringList{QStringLiteral("name")}
                    : QStringList{QStringLiteral("role"), QStringLiteral("user")};
                const QString by = e.by;
                const QString at = formatTimestamp(e.at);
                bool approved = false;
                bool rejected = false;
                if constexpr (isSignOff) {
                    approved = e.value == SignOff::Approved;
                    rejected = e.value == SignOff::Rejected;
                } else {
                    approved = e.value == ApprovalStatus::Approved;
                    rejected = e.value == ApprovalStatus::Rejected;
                }
                if (approved) {
                    return removeAll(rejectedKeys)
                        && setGroup(QStringList{statusKey} + approvedKeys, {toString(e.value), by, at}, placeAfter);
                }
                if (rejected) {
                    return removeAll(approvedKeys)
                        && setGroup(QStringList{statusKey} + rejectedKeys, {toString(e.value), by, at, e.reason},
                                    placeAfter);
                }
                return removeAll(approvedKeys) && removeAll(rejectedKeys)
                    && setGroup({statusKey}, {toString(e.value)}, placeAfter);
            } else if constexpr (std::is_same_v<T, ChecklistEdit>) {
                const QStringList placeAfter{QStringLiteral("item")};
                if (e.done) {
                    return setGroup({QStringLiteral("status"), QStringLiteral("completed_by"), QStringLiteral("completed_at")},
                                    {toString(ChecklistStatus::Completed), e.by, formatTimestamp(e.at)}, placeAfter);
                }
                return removeAll({QStringLiteral("completed_by"), QStringLiteral("completed_at")})
                    && setGroup({QStringLiteral("status")}, {toString(ChecklistStatus::Pending)}, placeAfter);
            } else if constexpr (std::is_same_v<T, ChecklistAppendEdit>) {
                return false; // appended by appendChecklistText, never through a mapping
            } else if constexpr (std::is_same_v<T, BreakGlassEdit>) {
                return setGroup({QStringLiteral("break_glass_by"), QStringLiteral("break_glass_at"),
                                 QStringLiteral("break_glass_reason")},
                                {e.by, formatTimestamp(e.at), e.reason}, {QStringLiteral("id"), QStringLiteral("status")});
            } else {
                return setGroup({QStringLiteral("status")}, {toString(e.to)}, {QStringLiteral("id")});
            }
        },
        edit);
}

// Appending to `checklist:` works on whole lines: new item blocks go after the list's last line,
// or a new `checklist:` key goes in the seed's place (before `approvals:`) when there is none.
QString singleQuotedText(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QList<QByteArray> itemLines(const std::vector<ChecklistItem> &items, int dashColumn, int keyColumn)
{
    QList<QByteArray> out;
    const QByteArray dash = QByteArray(dashColumn, ' ') + "-" + QByteArray(std::max(1, keyColumn - dashColumn - 1), ' ');
    const QByteArray indent(keyColumn, ' ');
    for (const ChecklistItem &item : items) {
        out << dash + "item: " + singleQuotedText(item.item).toUtf8();
        if (!item.phase.isEmpty())
            out << indent + "phase: " + item.phase.toUtf8();
        if (!item.section.isEmpty())
            out << indent + "section: " + singleQuotedText(item.section).toUtf8();
        if (!item.role.isEmpty())
            out << indent + "role: " + item.role.toUtf8();
        if (!item.due.isEmpty())
            out << indent + "due: " + item.due.toUtf8();
        out << indent + "status: pending";
        if (item.required)
            out << indent + "required: true";
    }
    return out;
}

bool blankOrCommentLine(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

int indentOfLine(const QByteArray &line)
{
    int i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    return i;
}

Expected<QByteArray> appendChecklistText(const QByteArray &text, const QString &fileName,
                                         const std::vector<ChecklistItem> &items)
{
    QList<QByteArray> lines = text.split('\n');
    const QByteArray eol = text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    // split() leaves the "\r" of CRLF endings on each line and an empty last entry after a final newline.
    const bool finalNewline = text.endsWith('\n');
    if (finalNewline)
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const YAML::Node root = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    if (!root.IsMap())
        return Error{Text::tr("the manifest is not a mapping; the checklist cannot be placed"), fileName};
    int checklistLine = -1;
    int checklistColumn = 0;
    int nextKeyLine = -1;
    int approvalsLine = -1;
    YAML::Node list;
    for (const auto &entry : root) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        const int line = entry.first.Mark().line;
        if (checklistLine >= 0 && nextKeyLine < 0 && line > checklistLine)
            nextKeyLine = line;
        if (key == QLatin1String("checklist")) {
            checklistLine = line;
            checklistColumn = entry.first.Mark().column;
            list = entry.second;
        } else if (key == QLatin1String("approvals")) {
            approvalsLine = line;
        }
    }
    if (root.Style() == YAML::EmitterStyle::Flow)
        return Error{Text::tr("the manifest is written in flow style ({...}); write it in block style and try again"), fileName};

    const auto joined = [&](const QList<QByteArray> &out) {
        QByteArray result;
        for (qsizetype i = 0; i < out.size(); ++i) {
            result += out[i];
            if (i + 1 < out.size() || finalNewline)
                result += eol;
        }
        return result;
    };

    if (checklistLine < 0) {
        QList<QByteArray> block{QByteArray("checklist:")};
        block += itemLines(items, 2, 4);
        if (approvalsLine >= 0 && approvalsLine < lines.size()) {
            // A comment right above approvals: belongs to it, so the new key goes above the comment.
            int at = approvalsLine;
            while (at > 0 && lines[at - 1].trimmed().startsWith('#'))
                --at;
            block << QByteArray();
            for (qsizetype i = block.size() - 1; i >= 0; --i)
                lines.insert(at, block[i]);
        } else {
            if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
                lines << QByteArray();
            lines += block;
        }
        return joined(lines);
    }

    if (checklistLine >= lines.size())
        return Error{Text::tr("the position of checklist could not be found in the text"), fileName};
    QByteArray &keyLine = lines[checklistLine];
    if (list.IsNull() || (list.IsSequence() && list.Style() == YAML::EmitterStyle::Flow && list.size() == 0)) {
        // "checklist:", "checklist: ~" or "checklist: []": the value goes, a comment after it stays.
        const int colon = int(keyLine.indexOf(':', checklistColumn));
        if (colon < 0)
            return Error{Text::tr("the position of checklist could not be found in the text"), fileName};
        QByteArray rest = keyLine.mid(colon + 1);
        const int hash = int(rest.indexOf('#'));
        QByteArray value = (hash >= 0 ? rest.left(hash) : rest).trimmed();
        if (!value.isEmpty() && value != "~" && value.toLower() != "null" && value != "[]")
            return Error{Text::tr("checklist is written in a form that cannot be extended on its own line; write it as "
                            "checklist: followed by one item per line and try again"),
                         fileName};
        if (list.IsSequence() && value != "[]")
            return Error{Text::tr("checklist: [ ] spans several lines; write it as checklist: [] and try again"), fileName};
        keyLine = keyLine.left(colon + 1) + (hash >= 0 ? " " + rest.mid(hash) : QByteArray());
        const QList<QByteArray> block = itemLines(items, checklistColumn + 2, checklistColumn + 4);
        for (qsizetype i = block.size() - 1; i >= 0; --i)
            lines.insert(checklistLine + 1, block[i]);
        return joined(lines);
    }
    if (!list.IsSequence())
        return Error{Text::tr("checklist is not a list; it cannot take new items"), fileName};
    if (list.Style() == YAML::EmitterStyle::Flow)
        return Error{Text::tr("checklist is written in flow style ([...]); new items need one item per line: rewrite it in "
                        "block style and try again"),
                     fileName};

    const int dashColumn = list.Mark().column;
    int keyColumn = dashColumn + 2;
    const YAML::Node first = list[0];
    if (first.IsMap() && first.Mark().line == list.Mark().line)
        keyColumn = first.Mark().column;
    // The list runs until a line less indented than its dashes (or, for a list at its key's
    // indentation, a line at that indentation that is not an item), or the next top-level key.
    const int limit = nextKeyLine >= 0 ? std::min<int>(nextKeyLine, int(lines.size())) : int(lines.size());
    int end = list.Mark().line + 1;
    while (end < limit) {
        const QByteArray &t = lines[end];
        if (!blankOrCommentLine(t)) {
            const int indent = indentOfLine(t);
            if (indent < dashColumn || (indent == dashColumn && t.at(indent) != '-'))
                break;
        }
        ++end;
    }
    while (end > list.Mark().line + 1 && blankOrCommentLine(lines[end - 1]))
        --end;
    const QList<QByteArray> block = itemLines(items, dashColumn, keyColumn);
    for (qsizetype i = block.size() - 1; i >= 0; --i)
        lines.insert(end, block[i]);
    return joined(lines);
}

QStringList warningMessages(const ParseResult &r)
{
    QStringList out;
    for (const Diagnostic &d : r.warnings)
        out << d.message;
    out.sort();
    return out;
}

} // namespace

bool canTransition(ReleaseStatus from, ReleaseStatus to)
{
    using S = ReleaseStatus;
    switch (from) {
    case S::Draft:
        return to == S::PendingApproval || to == S::Cancelled;
    case S::PendingApproval:
        return to == S::Approved || to == S::Cancelled;
    case S::Approved:
        return to == S::Deploying || to == S::PendingApproval || to == S::Cancelled;
    case S::Deploying:
        return to == S::Deployed || to == S::Approved;
    case S::Deployed:
        return to == S::RolledBack;
    case S::RolledBack:
    case S::Cancelled:
        return false;
    }
    return false;
}

std::vector<ChecklistItem> checklistItemsToAdd(const Manifest &manifest, const std::vector<ChecklistItem> &items)
{
    QSet<QString> present;
    for (const ChecklistItem &item : manifest.checklist)
        present.insert(item.item);
    std::vector<ChecklistItem> out;
    for (const ChecklistItem &item : items) {
        if (present.contains(item.item))
            continue;
        present.insert(item.item);
        out.push_back(item);
    }
    return out;
}

Expected<Manifest> applyToManifest(const Manifest &manifest, const ManifestEdit &edit)
{
    return std::visit(
        [&](const auto &e) -> Expected<Manifest> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SignOffEdit>)
                return applySignOff(manifest, e);
            else if constexpr (std::is_same_v<T, ChecklistEdit>)
                return applyChecklist(manifest, e);
            else if constexpr (std::is_same_v<T, ApprovalEdit>)
                return applyApproval(manifest, e);
            else if constexpr (std::is_same_v<T, ChecklistAppendEdit>)
                return applyChecklistAppend(manifest, e);
            else if constexpr (std::is_same_v<T, BreakGlassEdit>)
                return applyBreakGlass(manifest, e);
            else
                return applyStatus(manifest, e);
        },
        edit);
}

Expected<QByteArray> applyEdit(const QByteArray &bytes, const QString &fileName, const ManifestEdit &edit)
{
    auto result = applyEdit(bytes, parseManifest(bytes, fileName), fileName, edit);
    if (!result)
        return result.error();
    return std::move(result.value().bytes);
}

Expected<EditResult> applyEdit(const QByteArray &bytes, const ParseResult &before, const QString &fileName,
                               const ManifestEdit &rawEdit)
{
    if (!before.ok()) {
        const Diagnostic &first = before.errors.front();
        QString where = first.file;
        if (first.location.line > 0)
            where += QStringLiteral(":%1:%2").arg(first.location.line).arg(first.location.column);
        return Error{Text::tr("the manifest has errors; fix them before editing it: %1").arg(first.message), where};
    }
    const ManifestEdit edit = normalized(rawEdit);
    Expected<Manifest> expected = applyToManifest(*before.manifest, edit);
    if (!expected)
        return Error{expected.error().message, fileName};

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray text = bom ? bytes.mid(3) : bytes;

    QByteArray edited;
    if (const auto *append = std::get_if<ChecklistAppendEdit>(&edit)) {
        try {
            Expected<QByteArray> appended =
                appendChecklistText(text, fileName, checklistItemsToAdd(*before.manifest, append->items));
            if (!appended)
                return Error{Text::tr("%1; file left untouched").arg(appended.error().message), fileName};
            edited = std::move(appended).value();
        } catch (const YAML::Exception &e) {
            return Error{Text::tr("the manifest could not be read for editing: %1").arg(QString::fromStdString(e.msg)),
                         fileName};
        }
    } else try {
        const YAML::Node root = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
        YAML::Node target;
        QString context;
        std::visit(
            [&](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, SignOffEdit>) {
                    target = findItem(root["components"], "name", e.component);
                    context = Text::tr("component %1").arg(quoted(e.component));
                } else if constexpr (std::is_same_v<T, ChecklistEdit>) {
                    const YAML::Node list = root["checklist"];
                    if (list.IsSequence() && e.index >= 0 && std::size_t(e.index) < list.size())
                        target = list[std::size_t(e.index)];
                    context = Text::tr("checklist item %1").arg(e.index + 1);
                } else if constexpr (std::is_same_v<T, ApprovalEdit>) {
                    target = findItem(root["approvals"], "role", e.role);
                    context = Text::tr("approval %1").arg(quoted(e.role));
                } else if constexpr (std::is_same_v<T, ChecklistAppendEdit>) {
                    context = Text::tr("the checklist");
                } else {
                    target = root["release"];
                    context = Text::tr("the release block");
                }
            },
            edit);
        if (!target.IsDefined() || !target.IsMap())
            return Error{Text::tr("%1 is not a mapping in the file; the edit cannot be placed").arg(context), fileName};

        TextEditor editor(text, target, context);
        if (!editText(editor, edit))
            return Error{Text::tr("%1; file left untouched").arg(editor.error()), fileName};
        edited = editor.result();
    } catch (const YAML::Exception &e) {
        return Error{Text::tr("the manifest could not be read for editing: %1").arg(QString::fromStdString(e.msg)), fileName};
    }
    if (bom)
        edited.prepend("\xEF\xBB\xBF");

    // The edit is only good if the file now says exactly what the operation means, and nothing else moved.
    ParseResult after = parseManifest(edited, fileName);
    if (!after.ok() || !(*after.manifest == *expected) || warningMessages(after) != warningMessages(before)) {
        return Error{Text::tr("the edit could not be applied without changing other content; file left untouched"),
                     fileName};
    }
    return EditResult{std::move(edited), std::move(after)};
}

// Not translated: these become commit messages, and a shared history reads in one language.
QString describeEdit(const QString &releaseId, const ManifestEdit &edit)
{
    const QString prefix = QStringLiteral("release(%1): ").arg(releaseId);
    return prefix
        + std::visit(
            [](const auto &e) -> QString {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, SignOffEdit>) {
                    switch (e.value) {
                    case SignOff::Approved:
                        return QStringLiteral("%1 signed off by %2").arg(e.component, e.by);
                    case SignOff::Rejected:
                        return QStringLiteral("%1 sign-off rejected by %2: %3").arg(e.component, e.by, e.reason);
                    case SignOff::Pending:
                        return QStringLiteral("%1 sign-off reset to pending").arg(e.component);
                    case SignOff::NotRequired:
                        return QStringLiteral("%1 sign-off marked not required").arg(e.component);
                    }
                    return {};
                } else if constexpr (std::is_same_v<T, ChecklistEdit>) {
                    const QString item = QStringLiteral("checklist item %1").arg(e.index + 1);
                    return e.done ? QStringLiteral("%1 done by %2").arg(item, e.by) : item + QStringLiteral(" reopened");
                } else if constexpr (std::is_same_v<T, ApprovalEdit>) {
                    switch (e.value) {
                    case ApprovalStatus::Approved:
                        return QStringLiteral("%1 approved by %2").arg(e.role, e.by);
                    case ApprovalStatus::Rejected:
                        return QStringLiteral("%1 rejected by %2: %3").arg(e.role, e.by, e.reason);
                    case ApprovalStatus::Pending:
                        return QStringLiteral("%1 approval reset to pending").arg(e.role);
                    }
                    return {};
                } else if constexpr (std::is_same_v<T, ChecklistAppendEdit>) {
                    const QString what = e.source.isEmpty() ? QStringLiteral("checklist items") : e.source;
                    const QString added = e.items.size() == 1 ? QStringLiteral("%1 added (1 item)").arg(what)
                                                              : QStringLiteral("%1 added (%2 items)").arg(what).arg(e.items.size());
                    return e.by.isEmpty() ? added : QStringLiteral("%1 by %2").arg(added, e.by);
                } else if constexpr (std::is_same_v<T, BreakGlassEdit>) {
                    QString reason = e.reason;
                    reason.replace(QLatin1Char('\n'), QLatin1Char(' '));
                    return QStringLiteral("break-glass override by %1: %2").arg(e.by, reason.simplified());
                } else {
                    return QStringLiteral("status set to %1").arg(toString(e.to));
                }
            },
            edit);
}

QString describeEdit(const Manifest &manifest, const ManifestEdit &edit)
{
    if (const auto *c = std::get_if<ChecklistEdit>(&edit)) {
        if (c->index >= 0 && std::size_t(c->index) < manifest.checklist.size()) {
            const QString item = QStringLiteral("checklist \"%1\"").arg(manifest.checklist[std::size_t(c->index)].item);
            return QStringLiteral("release(%1): ").arg(manifest.release.id)
                + (c->done ? QStringLiteral("%1 done by %2").arg(item, c->by) : item + QStringLiteral(" reopened"));
        }
    }
    if (const auto *a = std::get_if<ChecklistAppendEdit>(&edit)) {
        // Counted against this manifest: items it holds already are not added.
        ChecklistAppendEdit counted = *a;
        counted.items = checklistItemsToAdd(manifest, a->items);
        return describeEdit(manifest.release.id, counted);
    }
    if (const auto *s = std::get_if<StatusEdit>(&edit)) {
        return QStringLiteral("release(%1): status %2 -> %3")
            .arg(manifest.release.id, toString(manifest.release.status), toString(s->to));
    }
    return describeEdit(manifest.release.id, edit);
}

} // namespace rc::core

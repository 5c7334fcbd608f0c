#include "manifestparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <string>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::ManifestParser)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

SourceLocation toLocation(const YAML::Mark &mark)
{
    // yaml-cpp counts from 0 and uses -1 for "no position".
    if (mark.line < 0)
        return {};
    return {mark.line + 1, mark.column < 0 ? 0 : mark.column + 1};
}

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString typeName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return Text::tr("a mapping");
    case YAML::NodeType::Sequence:
        return Text::tr("a list");
    case YAML::NodeType::Scalar:
        return Text::tr("text (%1)").arg(quoted(qstr(node.Scalar())));
    case YAML::NodeType::Null:
        return Text::tr("empty");
    case YAML::NodeType::Undefined:
        break;
    }
    return Text::tr("nothing");
}

class Walker
{
public:
    Walker(const QString &file, const ParseLimits &limits, ParseResult &result)
        : m_file(file), m_limits(limits), m_result(result)
    {
    }

    void error(SourceLocation where, const QString &message)
    {
        m_result.errors.push_back({Diagnostic::Severity::Error, m_file, where, message});
    }
    void error(const YAML::Mark &mark, const QString &message) { error(toLocation(mark), message); }
    void warning(const YAML::Mark &mark, const QString &message)
    {
        m_result.warnings.push_back({Diagnostic::Severity::Warning, m_file, toLocation(mark), message});
    }
    bool failed() const { return !m_result.errors.empty(); }

    /// Visits every node, following aliases each time they are used, so that the cost of an
    /// alias bomb is bounded by maxNodes rather than by its exponential expansion. Duplicate
    /// keys are checked here because every mapping passes through this walk exactly as written.
    bool checkStructure(const YAML::Node &node, int depth)
    {
        if (++m_nodes > m_limits.maxNodes) {
            error(node.Mark(),
                  Text::tr("the document expands to more than %1 YAML nodes (aliases count at every use); "
                     "a manifest is small: remove the anchors and aliases that repeat content")
                      .arg(m_limits.maxNodes));
            return false;
        }
        if (depth > m_limits.maxDepth) {
            error(node.Mark(),
                  Text::tr("collections are nested deeper than %1 levels (or an alias refers to its own anchor); "
                     "flatten the document")
                      .arg(m_limits.maxDepth));
            return false;
        }
        if (node.IsSequence()) {
            for (const auto &child : node) {
                if (!checkStructure(child, depth + 1))
                    return false;
            }
        } else if (node.IsMap()) {
            QHash<QString, int> seen;
            for (const auto &entry : node) {
                if (entry.first.IsScalar()) {
                    const QString key = qstr(entry.first.Scalar());
                    const int line = toLocation(entry.first.Mark()).line;
                    auto it = seen.constFind(key);
                    if (it != seen.constEnd()) {
                        error(entry.first.Mark(), Text::tr("duplicate key %1 (first at line %2); keep one of them")
                                                      .arg(quoted(key))
                                                      .arg(it.value()));
                    } else {
                        seen.insert(key, line);
                    }
                }
                if (!checkStructure(entry.first, depth + 1) || !checkStructure(entry.second, depth + 1))
                    return false;
            }
        }
        return true;
    }

    std::optional<Manifest> manifest(const YAML::Node &root)
    {
        Manifest manifest;
        if (!root.IsMap()) {
            error(root.IsDefined() && !root.IsNull() ? toLocation(root.Mark()) : SourceLocation{1, 1},
                  Text::tr("a manifest must be a mapping that starts with a release: block, not %1").arg(typeName(root)));
            return std::nullopt;
        }

        YAML::Node release;
        YAML::Mark releaseMark;
        bool haveRelease = false;
        for (const auto &entry : root) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            const YAML::Node &value = entry.second;
            if (key == QLatin1String("release")) {
                if (!haveRelease) {
                    release = value;
                    releaseMark = entry.first.Mark();
                    haveRelease = true;
                }
            } else if (key == QLatin1String("components")) {
                readList(value, key, Text::tr("a list of components"), [&](const YAML::Node &item) {
                    if (auto c = readComponent(item))
                        manifest.components.push_back(*c);
                });
            } else if (key == QLatin1String("checklist")) {
                readList(value, key, Text::tr("a list of checklist items"), [&](const YAML::Node &item) {
                    if (auto c = readChecklistItem(item))
                        manifest.checklist.push_back(*c);
                });
            } else if (key == QLatin1String("approvals")) {
                readList(value, key, Text::tr("a list of approvals"), [&](const YAML::Node &item) {
                    if (auto a = readApproval(item))
                        manifest.approvals.push_back(*a);
                });
            } else if (key == QLatin1String("validation")) {
                readValidation(value, manifest.validation);
            } else {
                unknownKey(entry.first, QString(),
                           QStringLiteral("release, components, validation, checklist, approvals"));
            }
        }

        if (!haveRelease) {
            error(SourceLocation{1, 1}, Text::tr("the manifest has no release: block; add release: with at least id:"));
        } else {
            readRelease(release, releaseMark, manifest.release);
        }

        if (failed())
            return std::nullopt;
        return manifest;
    }

private:
    /// The key's text, or a null string (after reporting) when the key is not a plain scalar.
    QString keyName(const YAML::Node &key)
    {
        if (key.IsScalar())
            return qstr(key.Scalar());
        error(key.Mark(), Text::tr("keys must be plain names, not %1").arg(typeName(key)));
        return {};
    }

    void unknownKey(const YAML::Node &key, const QString &where, const QString &known)
    {
        const QString name = qstr(key.Scalar());
        const QString message = where.isEmpty()
            ? Text::tr("unknown key %1 (kept in the file, not used); known keys here: %2").arg(quoted(name), known)
            : Text::tr("unknown key %1 in %2 (kept in the file, not used); known keys here: %3")
                  .arg(quoted(name), where, known);
        warning(key.Mark(), message);
    }

    template<typename Fn>
    void readList(const YAML::Node &value, const QString &key, const QString &expected, Fn readItem)
    {
        if (value.IsNull())
            return; // `components:` with nothing under it: an empty list
        if (!value.IsSequence()) {
            error(value.Mark(), Text::tr("%1 must be %2, not %3").arg(key, expected, typeName(value)));
            return;
        }
        for (const auto &item : value)
            readItem(item);
    }

    bool readText(const YAML::Node &value, const QString &key, QString &out)
    {
        if (value.IsNull()) {
            out.clear();
            return true;
        }
        if (!value.IsScalar()) {
            error(value.Mark(), Text::tr("%1 must be text, not %2").arg(key, typeName(value)));
            return false;
        }
        out = qstr(value.Scalar());
        return true;
    }

    void readTime(const YAML::Node &value, const QString &key, QDateTime &out)
    {
        QString text;
        if (!readText(value, key, text) || text.isEmpty())
            return;
        QDateTime time = parseTime(text);
        if (!time.isValid()) {
            error(value.Mark(), Text::tr("%1 must be an ISO 8601 time such as 2024-01-15T10:00:00Z, not %2")
                                    .arg(key, quoted(text)));
            return;
        }
        out = time;
    }

    static QDateTime parseTime(QString text)
    {
        // YAML allows a space between date and time; Qt's ISO parser wants the T.
        if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
            text[10] = QLatin1Char('T');
        // Qt reads times without an offset as local time; manifests mean UTC.
        const bool hasZone = text.size() > 10
            && (text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z'))
                || text.mid(11).contains(QLatin1Char('+')) || text.mid(11).contains(QLatin1Char('-')));
        if (text.size() < 10 || !text.at(0).isDigit())
            return {};
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return {};
        if (!hasZone)
            time.setTimeZone(QTimeZone::utc());
        return time.toUTC();
    }

    template<typename Enum>
    void readEnum(const YAML::Node &value, const YAML::Node &keyNode, const QString &key, const QStringList &names,
                  std::optional<Enum> (*fromString)(const QString &), Enum &out)
    {
        QString text;
        if (!readText(value, key, text))
            return;
        if (value.IsNull()) {
            // A null's mark is wherever the next token starts; the key is where the mistake is.
            error(keyNode.Mark(), Text::tr("%1 is empty; it must be one of %2").arg(key, names.join(QLatin1String(", "))));
            return;
        }
        if (auto v = fromString(text)) {
            out = *v;
            return;
        }
        error(value.Mark(), Text::tr("%1 must be one of %2, not %3").arg(key, names.join(QLatin1String(", ")), quoted(text)));
    }

    void readBool(const YAML::Node &value, const QString &key, bool &out)
    {
        QString text;
        if (!readText(value, key, text) || value.IsNull())
            return;
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes")) {
            out = true;
        } else if (lower == QLatin1String("false") || lower == QLatin1String("no")) {
            out = false;
        } else {
            error(value.Mark(), Text::tr("%1 must be true or false, not %2").arg(key, quoted(text)));
        }
    }

    bool requireMap(const YAML::Node &item, const QString &what)
    {
        if (item.IsMap())
            return true;
        error(item.Mark(), Text::tr("each entry of %1 must be a mapping of keys, not %2").arg(what, typeName(item)));
        return false;
    }

    void readRelease(const YAML::Node &value, const YAML::Mark &keyMark, ReleaseInfo &info)
    {
        if (value.IsNull()) {
            error(keyMark, Text::tr("release is empty; it needs at least id: (for example id: rel-2024-01-15-001)"));
            return;
        }
        if (!value.IsMap()) {
            error(value.Mark(), Text::tr("release must be a mapping with id, status, ..., not %1").arg(typeName(value)));
            return;
        }
        static const QString known = QStringLiteral(
            "id, type, scheduled_at, created_at, created_by, release_manager, status, break_glass_by, "
            "break_glass_at, break_glass_reason");
        bool haveId = false;
        for (const auto &entry : value) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            const YAML::Node &v = entry.second;
            if (key == QLatin1String("id")) {
                haveId = true;
                if (readText(v, key, info.id) && info.id.trimmed().isEmpty())
                    error(entry.first.Mark(), Text::tr("release.id is empty; give the release an id such as rel-2024-01-15-001"));
            } else if (key == QLatin1String("type")) {
                if (readText(v, key, info.type) && !info.type.isEmpty()
                    && info.type != QLatin1String("regular") && info.type != QLatin1String("hotfix")
                    && info.type != QLatin1String("major")) {
                    error(v.Mark(), Text::tr("type must be one of regular, hotfix, major, not %1").arg(quoted(info.type)));
                }
            } else if (key == QLatin1String("scheduled_at")) {
                readTime(v, key, info.scheduledAt);
            } else if (key == QLatin1String("created_at")) {
                readTime(v, key, info.createdAt);
            } else if (key == QLatin1String("created_by")) {
                readText(v, key, info.createdBy);
            } else if (key == QLatin1String("release_manager")) {
                readText(v, key, info.releaseManager);
            } else if (key == QLatin1String("break_glass_by")) {
                readText(v, key, info.breakGlass.by);
            } else if (key == QLatin1String("break_glass_at")) {
                readTime(v, key, info.breakGlass.at);
            } else if (key == QLatin1String("break_glass_reason")) {
                readText(v, key, info.breakGlass.reason);
            } else if (key == QLatin1String("status")) {
                readEnum(v, entry.first, key, releaseStatusNames(), &releaseStatusFromString, info.status);
            } else {
                unknownKey(entry.first, QStringLiteral("release"), known);
            }
        }
        if (!haveId)
            error(keyMark, Text::tr("release.id is missing; every manifest needs release: id: (for example rel-2024-01-15-001)"));
    }

    std::optional<Component> readComponent(const YAML::Node &item)
    {
        if (!requireMap(item, QStringLiteral("components")))
            return std::nullopt;
        static const QString known = QStringLiteral(
            "name, current_version, new_version, changes, team, team_lead, sign_off, approved_by, approved_at, "
            "rejected_by, rejected_at, reason");
        Component c;
        c.location = toLocation(item.Mark());
        const QString where = Text::tr("component %1").arg(quoted(qstr(item["name"].IsScalar() ? item["name"].Scalar() : std::string())));
        for (const auto &entry : item) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            const YAML::Node &v = entry.second;
            if (key == QLatin1String("name"))
                readText(v, key, c.name);
            else if (key == QLatin1String("current_version"))
                readText(v, key, c.currentVersion);
            else if (key == QLatin1String("new_version"))
                readText(v, key, c.newVersion);
            else if (key == QLatin1String("changes"))
                readChanges(v, c.changes);
            else if (key == QLatin1String("team"))
                readText(v, key, c.team);
            else if (key == QLatin1String("team_lead"))
                readText(v, key, c.teamLead);
            else if (key == QLatin1String("sign_off"))
                readEnum(v, entry.first, key, signOffNames(), &signOffFromString, c.signOff);
            else if (key == QLatin1String("approved_by"))
                readText(v, key, c.approvedBy);
            else if (key == QLatin1String("approved_at"))
                readTime(v, key, c.approvedAt);
            else if (key == QLatin1String("rejected_by"))
                readText(v, key, c.rejectedBy);
            else if (key == QLatin1String("rejected_at"))
                readTime(v, key, c.rejectedAt);
            else if (key == QLatin1String("reason"))
                readText(v, key, c.reason);
            else
                unknownKey(entry.first, where, known);
        }
        return c;
    }

    void readChanges(const YAML::Node &value, QStringList &out)
    {
        if (value.IsNull())
            return;
        if (!value.IsSequence()) {
            error(value.Mark(), Text::tr("changes must be a list of strings, not %1").arg(typeName(value)));
            return;
        }
        for (const auto &change : value) {
            if (change.IsScalar())
                out << qstr(change.Scalar());
            else
                error(change.Mark(), Text::tr("each entry of changes must be text, not %1").arg(typeName(change)));
        }
    }

    /// Reads one of the template tags of a checklist item (phase, role, due) and checks its value.
    template<typename Check>
    void readChecklistTag(const YAML::Node &value, const QString &key, QString &out, Check valid,
                          const QString &expected)
    {
        if (!readText(value, key, out) || out.isEmpty())
            return;
        if (!valid(out)) {
            error(value.Mark(), Text::tr("%1, not %2").arg(expected, quoted(out)));
            out.clear();
        }
    }

    std::optional<ChecklistItem> readChecklistItem(const YAML::Node &item)
    {
        if (!requireMap(item, QStringLiteral("checklist")))
            return std::nullopt;
        static const QString known =
            QStringLiteral("item, status, required, completed_by, completed_at, phase, section, role, due");
        static const QStringList statusNames{QStringLiteral("pending"), QStringLiteral("completed")};
        ChecklistItem c;
        c.location = toLocation(item.Mark());
        for (const auto &entry : item) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            const YAML::Node &v = entry.second;
            if (key == QLatin1String("item"))
                readText(v, key, c.item);
            else if (key == QLatin1String("status"))
                readEnum(v, entry.first, key, statusNames, &checklistStatusFromString, c.status);
            else if (key == QLatin1String("required"))
                readBool(v, key, c.required);
            else if (key == QLatin1String("completed_by"))
                readText(v, key, c.completedBy);
            else if (key == QLatin1String("completed_at"))
                readTime(v, key, c.completedAt);
            else if (key == QLatin1String("section"))
                readText(v, key, c.section);
            else if (key == QLatin1String("phase"))
                readChecklistTag(v, key, c.phase, [](const QString &t) { return checklistPhaseNames().contains(t); },
                                 Text::tr("phase must be one of %1").arg(checklistPhaseNames().join(QLatin1String(", "))));
            else if (key == QLatin1String("role"))
                readChecklistTag(v, key, c.role, &isChecklistRole,
                                 Text::tr("role must be a role name in lower case with underscores, such as qa_lead or "
                                    "release_manager"));
            else if (key == QLatin1String("due"))
                readChecklistTag(v, key, c.due, &isChecklistDue,
                                 Text::tr("due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for "
                                    "after), during or post"));
            else
                unknownKey(entry.first, Text::tr("checklist item %1").arg(quoted(c.item)), known);
        }
        return c;
    }

    std::optional<Approval> readApproval(const YAML::Node &item)
    {
        if (!requireMap(item, QStringLiteral("approvals")))
            return std::nullopt;
        static const QString known = QStringLiteral(
            "role, user, status, approved_by, approved_at, rejected_by, rejected_at, reason");
        static const QStringList statusNames{QStringLiteral("pending"), QStringLiteral("approved"),
                                             QStringLiteral("rejected")};
        Approval a;
        a.location = toLocation(item.Mark());
        for (const auto &entry : item) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            const YAML::Node &v = entry.second;
            if (key == QLatin1String("role"))
                readText(v, key, a.role);
            else if (key == QLatin1String("user"))
                readText(v, key, a.user);
            else if (key == QLatin1String("status"))
                readEnum(v, entry.first, key, statusNames, &approvalStatusFromString, a.status);
            else if (key == QLatin1String("approved_by"))
                readText(v, key, a.approvedBy);
            else if (key == QLatin1String("approved_at"))
                readTime(v, key, a.approvedAt);
            else if (key == QLatin1String("rejected_by"))
                readText(v, key, a.rejectedBy);
            else if (key == QLatin1String("rejected_at"))
                readTime(v, key, a.rejectedAt);
            else if (key == QLatin1String("reason"))
                readText(v, key, a.reason);
            else
                unknownKey(entry.first, Text::tr("approval %1").arg(quoted(a.role)), known);
        }
        return a;
    }

    void readValidation(const YAML::Node &value, std::vector<ValidationEntry> &out)
    {
        if (value.IsNull())
            return;
        if (!value.IsMap()) {
            error(value.Mark(), Text::tr("validation must be a mapping of checks to results (integration_tests: passed), not %1")
                                    .arg(typeName(value)));
            return;
        }
        for (const auto &entry : value) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            ValidationEntry e;
            e.key = key;
            e.location = toLocation(entry.first.Mark());
            if (!readText(entry.second, QStringLiteral("validation.") + key, e.value))
                continue;
            static const QSet<QString> failures{QStringLiteral("failed"), QStringLiteral("failing"),
                                                QStringLiteral("failure"), QStringLiteral("error"),
                                                QStringLiteral("false")};
            e.failed = failures.contains(e.value.trimmed().toLower());
            out.push_back(e);
        }
    }

    QString m_file;
    ParseLimits m_limits;
    ParseResult &m_result;
    int m_nodes = 0;
};

/// Checks that the bytes are UTF-8 text; returns the location of the first bad byte and what it is.
std::optional<std::pair<SourceLocation, QString>> checkText(const QByteArray &bytes)
{
    int line = 1;
    int column = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        const SourceLocation here{line, column};
        if (c == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        if (c == 0)
            return std::pair{here, Text::tr("NUL byte: a manifest is UTF-8 text; this looks like a binary file")};
        if (c < 0x20 && c != '\t' && c != '\r') {
            return std::pair{here, Text::tr("control character 0x%1: a manifest is UTF-8 text; remove it")
                                       .arg(int(c), 2, 16, QLatin1Char('0'))};
        }
        if (c < 0x80) {
            ++i;
            ++column;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                valid = false;
            else
                codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        if (valid
            && ((length == 3 && codePoint < 0x800) || (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))
                || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
            valid = false;
        }
        if (!valid) {
            return std::pair{here, Text::tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                                       .arg(int(c), 2, 16, QLatin1Char('0'))};
        }
        i += length;
        column += length; // columns count bytes, as yaml-cpp's do
    }
    return std::nullopt;
}

/// Estimates how deeply collections nest, from the text alone, so that yaml-cpp's recursive
/// parser never sees a document deep enough to exhaust the stack. It over-counts rather than
/// under-counts: a real manifest nests four levels deep, the limit is far above that.
std::optional<std::pair<SourceLocation, QString>> checkNesting(const QByteArray &text, int maxDepth)
{
    const auto tooDeep = [maxDepth](int line, qsizetype column) {
        return std::pair{SourceLocation{line, int(column) + 1},
                         Text::tr("collections are nested deeper than %1 levels; a manifest nests a few levels at most")
                             .arg(maxDepth)};
    };
    SourceLocation quoteStart;
    std::vector<int> indents;
    int flowDepth = 0;
    char quote = 0;
    bool inBlockScalar = false;
    int blockScalarParent = -1;
    int lineNo = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNo;
        QByteArrayView line(text.constData() + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;

        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        const bool blank = indent == line.size() || line[indent] == '#';

        if (inBlockScalar) {
            if (blank || indent > blockScalarParent)
                continue;
            inBlockScalar = false;
        }

        qsizetype pos = indent;
        int blockDepth = int(indents.size());
        if (flowDepth == 0 && quote == 0) {
            if (blank)
                continue;
            while (!indents.empty() && indents.back() >= indent)
                indents.pop_back();
            indents.push_back(int(indent));
            // "- - - x": each dash opens a sequence on the same line.
            while (pos < line.size() && (line[pos] == '-' || line[pos] == '?')
                   && (pos + 1 == line.size() || line[pos + 1] == ' ')) {
                ++pos;
                while (pos < line.size() && line[pos] == ' ')
                    ++pos;
                indents.push_back(int(pos));
            }
            blockDepth = int(indents.size());
            if (blockDepth > maxDepth)
                return tooDeep(lineNo, pos);
        }

        char previous = ' ';
        char lastToken = flowDepth == 0 && quote == 0 && pos == indent ? ':' : '-';
        if (pos > indent)
            lastToken = '-';
        for (qsizetype i = pos; i < line.size(); ++i) {
            const char c = line[i];
            if (quote == '\'') {
                if (c == '\'') {
                    if (i + 1 < line.size() && line[i + 1] == '\'')
                        ++i;
                    else
                        quote = 0;
                }
                continue;
            }
            if (quote == '"') {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    quote = 0;
                continue;
            }
            if (c == '#' && (previous == ' ' || previous == '\t'))
                break;
            if ((c == '\'' || c == '"') && (lastToken == ':' || lastToken == '-' || lastToken == '[' || lastToken == '{'
                                            || lastToken == ',' || lastToken == '?')) {
                quote = c;
                quoteStart = {lineNo, int(i) + 1};
            } else if ((c == '[' || c == '{') && (lastToken == ':' || lastToken == '-' || lastToken == '['
                                                  || lastToken == '{' || lastToken == ',' || lastToken == '?')) {
                // Only at the start of a value: "see [docs" is plain text, not a flow sequence.
                ++flowDepth;
                if (blockDepth + flowDepth > maxDepth)
                    return tooDeep(lineNo, i);
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                --flowDepth;
            } else if (flowDepth == 0 && (c == '|' || c == '>') && (lastToken == ':' || lastToken == '-')) {
                inBlockScalar = true;
                blockScalarParent = int(indent);
                break;
            }
            if (c != ' ' && c != '\t') {
                // A quote or block indicator only starts a scalar right after an indicator.
                // In flow context "{a:{" nests too (JSON style), so a colon counts there even unspaced.
                const bool indicator = (c == ':' || c == '-' || c == '[' || c == '{' || c == ',' || c == '?')
                    && (i + 1 == line.size() || line[i + 1] == ' ' || c == '[' || c == '{' || c == ','
                        || (c == ':' && flowDepth > 0));
                lastToken = indicator ? c : 'a';
            }
            previous = c;
        }
        if (end == text.size())
            break;
    }
    // yaml-cpp 0.7 silently ends a quoted scalar at the end of the file.
    if (quote != 0) {
        return std::pair{quoteStart, Text::tr("quoted text is never closed; add the closing %1")
                                         .arg(QLatin1Char(quote == '"' ? '"' : '\''))};
    }
    return std::nullopt;
}

/// The start of a second YAML document: a `---` or `...` marker at the start of a line after
/// content. Block scalars cannot hold such a line (their content is indented), so the text
/// alone tells.
std::optional<SourceLocation> secondDocument(const QByteArray &text)
{
    bool content = false;
    bool ended = false;
    int lineNo = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line(text.constData() + start, end - start);
        start = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        const bool marker = (line.startsWith("---") || line.startsWith("..."))
            && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
        const QByteArrayView trimmed = QByteArrayView(line).trimmed();
        const bool blank = trimmed.isEmpty() || trimmed.startsWith('#');
        if (marker) {
            if (content && line.startsWith("---"))
                return SourceLocation{lineNo, 1};
            if (content)
                ended = true;
            const QByteArrayView rest = line.sliced(3).trimmed();
            if (!rest.isEmpty() && !rest.startsWith('#'))
                content = true; // "--- value" starts the document on the marker line
            continue;
        }
        if (!blank) {
            if (ended)
                return SourceLocation{lineNo, 1};
            content = true;
        }
    }
    return std::nullopt;
}

std::optional<SourceLocation> firstContentLine(const QByteArray &text)
{
    int lineNo = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = QByteArrayView(text.constData() + start, end - start).trimmed();
        start = end + 1;
        ++lineNo;
        if (line.isEmpty() || line.startsWith('#') || line == "---" || line == "...")
            continue;
        // "~" and "null" are content YAML reads as nothing: the file says nothing either way.
        if (line == "~" || line == "null" || line == "--- ~" || line == "--- null")
            return std::nullopt;
        return SourceLocation{lineNo, 1};
    }
    return std::nullopt;
}

/// What to look at for a syntax error on `line`: tabs are the classic cause people cannot see.
QString syntaxHint(const QByteArray &text, int line)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = std::max(0, line - 2); i < std::min<int>(int(lines.size()), line); ++i) {
        const QByteArray &l = lines.at(i);
        qsizetype k = 0;
        while (k < l.size() && (l[k] == ' ' || l[k] == '\t')) {
            if (l[k] == '\t')
                return Text::tr("YAML indents with spaces, not tabs: replace the tab on line %1").arg(i + 1);
            ++k;
        }
    }
    return Text::tr("check the indentation and quoting here");
}

} // namespace

ParseResult parseManifest(const QByteArray &bytes, const QString &fileName, const ParseLimits &limits)
{
    ParseResult result;
    auto fail = [&](SourceLocation where, const QString &message) {
        result.errors.push_back({Diagnostic::Severity::Error, fileName, where, message});
        return result;
    };

    if (bytes.size() > limits.maxBytes) {
        return fail({}, Text::tr("the file is %1 bytes; manifests larger than %2 bytes are refused (is this the right file?)")
                            .arg(bytes.size())
                            .arg(limits.maxBytes));
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return fail({1, 1}, Text::tr("the file is empty; a manifest needs at least release: with id:"));
    if (auto bad = checkText(text))
        return fail(bad->first, bad->second);
    if (auto bad = checkNesting(text, limits.maxDepth))
        return fail(bad->first, bad->second);

    if (auto second = secondDocument(text)) {
        return fail(*second, Text::tr("the file holds more than one YAML document; a manifest is a single document "
                                "(remove the extra --- or ...)"));
    }

    // One document only: yaml-cpp 0.7's LoadAll can loop forever on some malformed input.
    YAML::Node document;
    try {
        document = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    } catch (const YAML::Exception &e) {
        const SourceLocation where = toLocation(e.mark);
        return fail(where, Text::tr("YAML syntax error: %1; %2").arg(qstr(e.msg), syntaxHint(text, where.line)));
    } catch (const std::exception &e) {
        return fail({}, Text::tr("the file could not be read as YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!document.IsDefined() || document.IsNull()) {
        // yaml-cpp gives up silently on some malformed starts (a stray "," for one): point at
        // the first line with content rather than claiming the file is empty.
        if (auto first = firstContentLine(text)) {
            return fail(*first, Text::tr("YAML syntax error: no mapping could be read from here; "
                                   "a manifest starts with release: at the beginning of a line"));
        }
        return fail({1, 1}, Text::tr("the file has no content; a manifest needs at least release: with id:"));
    }

    try {
        Walker walker(fileName, limits, result);
        if (!walker.checkStructure(document, 0) || walker.failed()) {
            // Aliases can make one mistake show up at every use; say it once.
            std::vector<Diagnostic> unique;
            for (const Diagnostic &d : result.errors) {
                if (std::find(unique.begin(), unique.end(), d) == unique.end())
                    unique.push_back(d);
            }
            result.errors = std::move(unique);
            return result;
        }
        result.manifest = walker.manifest(document);
    } catch (const YAML::Exception &e) {
        result.manifest.reset();
        return fail(toLocation(e.mark), Text::tr("the manifest could not be read: %1").arg(qstr(e.msg)));
    } catch (const std::exception &e) {
        result.manifest.reset();
        return fail({}, Text::tr("the manifest could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!result.errors.empty())
        result.manifest.reset();
    // Reported in file order, as an editor's problem list shows them.
    const auto byPosition = [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    };
    std::stable_sort(result.errors.begin(), result.errors.end(), byPosition);
    std::stable_sort(result.warnings.begin(), result.warnings.end(), byPosition);
    return result;
}

} // namespace rc::core

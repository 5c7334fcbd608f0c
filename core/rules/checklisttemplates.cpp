#include "checklisttemplates.h"

#include "git/changes.h"
#include "git/repository.h"
#include "git/tags.h"
#include "rules/repositoryrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <string>

// Outside any namespace, as Q_INIT_RESOURCE requires: the templates live in a static library,
// whose resources are not registered until someone asks.
static void initChecklistResources()
{
    Q_INIT_RESOURCE(checklists);
}

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::ChecklistTemplates)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

SourceLocation toLocation(const YAML::Mark &mark)
{
    if (mark.line < 0)
        return {};
    return {mark.line + 1, mark.column < 0 ? 0 : mark.column + 1};
}

constexpr qsizetype kMaxTemplateBytes = 256 * 1024;
constexpr int kMaxFlowNesting = 32;
const QString kOverrideFolder = QStringLiteral(".release-console/checklists");

/// yaml-cpp parses flow collections recursively: refuse a nesting no template needs before it
/// sees the text. Counts brackets outside quotes; over-counts rather than under-counts.
std::optional<SourceLocation> tooDeep(const QByteArray &text)
{
    int depth = 0;
    int line = 1;
    int column = 0;
    char quote = 0;
    for (const char c : text) {
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
            continue;
        }
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"')
            quote = c;
        else if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
        if (depth > kMaxFlowNesting)
            return SourceLocation{line, column};
    }
    return std::nullopt;
}

class TemplateReader
{
public:
    TemplateReader(const QString &file, ChecklistTemplateParse &result) : m_file(file), m_result(result) {}

    void error(const YAML::Mark &mark, const QString &message) { error(toLocation(mark), message); }
    void error(SourceLocation where, const QString &message)
    {
        m_result.errors.push_back({Diagnostic::Severity::Error, m_file, where, message});
    }
    void warning(const YAML::Mark &mark, const QString &message)
    {
        m_result.warnings.push_back({Diagnostic::Severity::Warning, m_file, toLocation(mark), message});
    }

    bool text(const YAML::Node &value, const QString &key, QString &out)
    {
        if (value.IsNull()) {
            out.clear();
            return true;
        }
        if (!value.IsScalar()) {
            error(value.Mark(), Text::tr("%1 must be text").arg(key));
            return false;
        }
        out = qstr(value.Scalar());
        return true;
    }

    template<typename Check>
    void tag(const YAML::Node &value, const QString &key, QString &out, Check valid, const QString &expected)
    {
        if (!text(value, key, out) || out.isEmpty())
            return;
        if (!valid(out)) {
            error(value.Mark(), Text::tr("%1, not %2").arg(expected, quoted(out)));
            out.clear();
        }
    }

    void phase(const YAML::Node &v, QString &out)
    {
        tag(v, QStringLiteral("phase"), out, [](const QString &t) { return checklistPhaseNames().contains(t); },
            Text::tr("phase must be one of %1").arg(checklistPhaseNames().join(QLatin1String(", "))));
    }
    void role(const YAML::Node &v, QString &out)
    {
        tag(v, QStringLiteral("role"), out, &isChecklistRole,
            Text::tr("role must be a role name in lower case with underscores, such as qa_lead"));
    }

    std::optional<ChecklistTemplate> read(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.IsDefined() && !root.IsNull() ? toLocation(root.Mark()) : SourceLocation{1, 1},
                  Text::tr("a checklist template is a mapping with name:, title: and items:"));
            return std::nullopt;
        }
        ChecklistTemplate t;
        YAML::Node items;
        bool haveItems = false;
        for (const auto &entry : root) {
            if (!entry.first.IsScalar()) {
                error(entry.first.Mark(), Text::tr("keys must be plain names"));
                continue;
            }
            const QString key = qstr(entry.first.Scalar());
            const YAML::Node &v = entry.second;
            if (key == QLatin1String("name")) {
                text(v, key, t.name);
            } else if (key == QLatin1String("title")) {
                text(v, key, t.title);
            } else if (key == QLatin1String("phase")) {
                phase(v, t.phase);
            } else if (key == QLatin1String("role")) {
                role(v, t.role);
            } else if (key == QLatin1String("applies_when")) {
                tag(v, key, t.appliesWhen, [](const QString &w) { return w == QLatin1String("migrations"); },
                    Text::tr("applies_when must be migrations (or be left out)"));
            } else if (key == QLatin1String("items")) {
                items = v;
                haveItems = true;
            } else {
                warning(entry.first.Mark(), Text::tr("unknown key %1 (ignored); known keys here: name, title, phase, role, "
                                               "applies_when, items")
                                                .arg(quoted(key)));
            }
        }
        if (!haveItems || items.IsNull()) {
            error(SourceLocation{1, 1}, Text::tr("the template has no items:; list its items as - item: 'text'"));
            return std::nullopt;
        }
        if (!items.IsSequence()) {
            error(items.Mark(), Text::tr("items must be a list of - item: 'text' entries"));
            return std::nullopt;
        }
        QSet<QString> seen;
        for (const auto &node : items) {
            if (!node.IsMap()) {
                error(node.Mark(), Text::tr("each entry of items must be a mapping with item: and its text"));
                continue;
            }
            ChecklistItem item;
            item.phase = t.phase;
            item.role = t.role;
            bool haveText = false;
            for (const auto &entry : node) {
                if (!entry.first.IsScalar()) {
                    error(entry.first.Mark(), Text::tr("keys must be plain names"));
                    continue;
                }
                const QString key = qstr(entry.first.Scalar());
                const YAML::Node &v = entry.second;
                if (key == QLatin1String("item")) {
                    haveText = text(v, key, item.item);
                } else if (key == QLatin1String("section")) {
                    text(v, key, item.section);
                } else if (key == QLatin1String("phase")) {
                    phase(v, item.phase);
                } else if (key == QLatin1String("role")) {
                    role(v, item.role);
                } else if (key == QLatin1String("due")) {
                    tag(v, key, item.due, &isChecklistDue,
                        Text::tr("due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during "
                           "or post"));
                } else if (key == QLatin1String("required")) {
                    QString b;
                    if (text(v, key, b)) {
                        const QString lower = b.toLower();
                        if (lower == QLatin1String("true") || lower == QLatin1String("yes"))
                            item.required = true;
                        else if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower.isEmpty())
                            item.required = false;
                        else
                            error(v.Mark(), Text::tr("required must be true or false, not %1").arg(quoted(b)));
                    }
                } else {
                    warning(entry.first.Mark(), Text::tr("unknown key %1 in a template item (ignored); known keys here: "
                                                   "item, section, phase, role, due, required")
                                                    .arg(quoted(key)));
                }
            }
            if (!haveText || item.item.trimmed().isEmpty()) {
                error(node.Mark(), Text::tr("this entry has no item: text; write - item: 'what to check'"));
                continue;
            }
            if (seen.contains(item.item)) {
                error(node.Mark(), Text::tr("the item %1 is listed twice; keep one").arg(quoted(item.item)));
                continue;
            }
            seen.insert(item.item);
            t.items.push_back(item);
        }
        if (t.items.empty() && m_result.errors.empty())
            error(items.Mark(), Text::tr("items is empty; a template lists at least one item"));
        if (!m_result.errors.empty())
            return std::nullopt;
        return t;
    }

private:
    QString m_file;
    ChecklistTemplateParse &m_result;
};

QString builtInPath(const QString &name)
{
    return QStringLiteral(":/checklists/%1.yaml").arg(name);
}

} // namespace

ChecklistTemplateParse parseChecklistTemplate(const QByteArray &bytes, const QString &fileName)
{
    ChecklistTemplateParse result;
    const auto fail = [&](SourceLocation where, const QString &message) {
        result.errors.push_back({Diagnostic::Severity::Error, fileName, where, message});
        return result;
    };
    if (bytes.size() > kMaxTemplateBytes)
        return fail({}, Text::tr("the file is %1 bytes; templates larger than %2 bytes are refused").arg(bytes.size()).arg(kMaxTemplateBytes));
    if (bytes.trimmed().isEmpty())
        return fail({1, 1}, Text::tr("the file is empty; a template needs name:, title: and items:"));
    if (auto where = tooDeep(bytes))
        return fail(*where, Text::tr("brackets are nested deeper than %1 levels; a template is a flat list").arg(kMaxFlowNesting));
    try {
        const YAML::Node root = YAML::Load(std::string(bytes.constData(), std::size_t(bytes.size())));
        TemplateReader reader(fileName, result);
        result.checklistTemplate = reader.read(root);
    } catch (const YAML::Exception &e) {
        result.checklistTemplate.reset();
        return fail(toLocation(e.mark), Text::tr("YAML syntax error: %1; check the indentation and quoting here").arg(qstr(e.msg)));
    } catch (const std::exception &e) {
        result.checklistTemplate.reset();
        return fail({}, Text::tr("the template could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return result;
}

QStringList checklistRoleNames()
{
    return {QStringLiteral("team_lead"), QStringLiteral("qa_lead"), QStringLiteral("security"), QStringLiteral("dba"),
            QStringLiteral("release_manager")};
}

QStringList builtInChecklistTemplateNames()
{
    QStringList names{QStringLiteral("pre-release"), QStringLiteral("release-day")};
    for (const QString &role : checklistRoleNames())
        names << QStringLiteral("signoff-") + role;
    return names;
}

QStringList newReleaseChecklistTemplateNames()
{
    return {QStringLiteral("pre-release"), QStringLiteral("release-day")};
}

QString checklistOverridePath(const QString &name)
{
    return kOverrideFolder + QLatin1Char('/') + name + QStringLiteral(".yaml");
}

QStringList availableChecklistTemplates(const QString &cloneRoot)
{
    QStringList names = builtInChecklistTemplateNames();
    if (!cloneRoot.isEmpty()) {
        const QDir folder(QDir(cloneRoot).filePath(kOverrideFolder));
        for (const QString &file : folder.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            const QString name = QFileInfo(file).completeBaseName();
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

Expected<QString> checklistTemplateName(const QString &spec, const QString &cloneRoot)
{
    QString name = spec.trimmed();
    if (name.startsWith(QLatin1String("role:")))
        name = QStringLiteral("signoff-") + name.mid(5).trimmed();
    else if (checklistRoleNames().contains(name))
        name = QStringLiteral("signoff-") + name;
    const QStringList available = availableChecklistTemplates(cloneRoot);
    if (available.contains(name))
        return name;
    QStringList shown;
    for (const QString &n : available)
        shown << (n.startsWith(QLatin1String("signoff-")) ? QStringLiteral("role:") + n.mid(8) : n);
    return Error{Text::tr("there is no checklist template %1; templates: %2").arg(quoted(spec), shown.join(QLatin1String(", "))),
                 {}};
}

Expected<ChecklistTemplate> loadChecklistTemplate(const QString &cloneRoot, const QString &name)
{
    // A name becomes a file name: nothing that could leave the folder.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.')))
        return Error{Text::tr("%1 is not a template name; use letters, digits, - and _").arg(quoted(name)), {}};
    QString path;
    QString shownName;
    bool builtIn = true;
    const QString overridePath = checklistOverridePath(name);
    if (!cloneRoot.isEmpty() && QFileInfo::exists(QDir(cloneRoot).filePath(overridePath))) {
        path = QDir(cloneRoot).filePath(overridePath);
        shownName = overridePath;
        builtIn = false;
    } else {
        initChecklistResources();
        path = builtInPath(name);
        shownName = path;
        if (!QFileInfo::exists(path)) {
            return Error{Text::tr("there is no checklist template %1; templates: %2")
                             .arg(quoted(name), availableChecklistTemplates(cloneRoot).join(QLatin1String(", "))),
                         {}};
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("cannot read the checklist template: %1").arg(file.errorString()), shownName};
    const ChecklistTemplateParse parsed = parseChecklistTemplate(file.read(kMaxTemplateBytes + 1), shownName);
    if (!parsed.checklistTemplate) {
        const Diagnostic &first = parsed.errors.front();
        QString location = first.file;
        if (first.location.line > 0)
            location += QStringLiteral(":%1:%2").arg(first.location.line).arg(first.location.column);
        QString message = first.message;
        if (parsed.errors.size() > 1)
            message += Text::tr(" (and %1 more errors)").arg(parsed.errors.size() - 1);
        message += builtIn ? QString()
                           : Text::tr("; the built-in %1 template is not used in its place: fix the file or remove it").arg(name);
        return Error{message, location};
    }
    ChecklistTemplate t = *parsed.checklistTemplate;
    if (t.name.isEmpty())
        t.name = name;
    t.source = shownName;
    t.builtIn = builtIn;
    return t;
}

QString checklistTextForRelease(const QString &text, const QString &releaseId, const QDateTime &scheduledAt)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    QString date;
    if (scheduledAt.isValid()) {
        date = scheduledAt.toUTC().date().toString(Qt::ISODate);
    } else {
        static const QRegularExpression dated(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
        const QRegularExpressionMatch match = dated.match(releaseId);
        date = match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid() ? match.captured(1) : releaseId;
    }
    QString filled = text;
    filled.replace(QLatin1String("{release_date}"), date);
    filled.replace(QLatin1String("{release_id}"), releaseId);
    return filled;
}

std::vector<ChecklistItem> checklistItemsForRelease(std::vector<ChecklistItem> items, const Manifest &manifest)
{
    for (ChecklistItem &item : items)
        item.item = checklistTextForRelease(item.item, manifest.release.id, manifest.release.scheduledAt);
    return items;
}

Expected<std::vector<ChecklistItem>> checklistWithTemplates(const QString &cloneRoot, std::vector<ChecklistItem> base,
                                                            const QStringList &templateNames)
{
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < base.size(); ++i)
        index.insert(base[i].item, i);
    for (const QString &name : templateNames) {
        Expected<ChecklistTemplate> t = loadChecklistTemplate(cloneRoot, name);
        if (!t)
            return t.error();
        for (const ChecklistItem &item : t->items) {
            auto found = index.constFind(item.item);
            if (found != index.constEnd()) {
                ChecklistItem &existing = base[found.value()];
                if (existing.phase.isEmpty() && existing.section.isEmpty()) {
                    existing.phase = item.phase;
                    existing.section = item.section;
                    existing.role = item.role;
                    existing.due = item.due;
                    existing.required = existing.required || item.required;
                }
                continue;
            }
            index.insert(item.item, base.size());
            base.push_back(item);
        }
    }
    return base;
}

Expected<MigrationCheck> checkMigrations(const Repository &repo, const RepositoryRules &rules, const Manifest &manifest,
                                         const QString &since, const QString &until)
{
    MigrationCheck check;
    check.since = since;
    if (check.since.isEmpty()) {
        const Expected<QString> tag = lastTag(repo, until, rules.tagPattern);
        if (tag)
            check.since = *tag;
    }
    std::vector<ComponentPaths> paths;
    for (const Component &c : manifest.components) {
        if (c.signOff == SignOff::NotRequired)
            continue;
        const ComponentRule *rule = rules.component(c.name);
        if (!rule)
            continue;
        ComponentPaths p{c.name, {}};
        for (QString prefix : rule->paths) {
            if (!prefix.endsWith(QLatin1Char('/')))
                prefix += QLatin1Char('/');
            p.paths << prefix + QStringLiteral("migrations/") << prefix + QStringLiteral("db/migrate/")
                    << prefix + QStringLiteral("db/migrations/");
        }
        paths.push_back(p);
    }
    if (paths.empty())
        return check;
    Expected<ChangeSet> changes = changesBetween(repo, check.since, until, paths);
    if (!changes)
        return changes.error();
    for (const ComponentChanges &c : changes->components) {
        if (!c.commits.empty())
            check.components << c.name;
    }
    check.hasMigrations = !check.components.isEmpty();
    return check;
}

} // namespace rc::core

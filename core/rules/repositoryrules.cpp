#include "repositoryrules.h"

#include "git/repository.h"
#include "notify/notification.h"
#include "rules/releasecalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <git2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <string>

namespace rc::core {

namespace {

constexpr qsizetype maxBytes = 1024 * 1024;
constexpr int maxDepth = 32;
constexpr int maxNodes = 100000;

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::RepositoryRules)
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
    // yaml-cpp counts from 0 and uses -1 for "no position".
    if (mark.line < 0)
        return {};
    return {mark.line + 1, mark.column < 0 ? 0 : mark.column + 1};
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

/// yaml-cpp's parser recurses once per nesting level, so a file of ten thousand "[" would
/// overflow the stack before any walk could stop it: measure the nesting on the text first.
/// Conservative: brackets inside plain scalars count too, which only matters past maxDepth.
std::optional<SourceLocation> tooDeep(const QByteArray &text)
{
    std::vector<int> indents;
    int flow = 0;
    char quote = 0;
    int lineNo = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNo;
        const QByteArrayView line(text.constData() + start, end - start);
        start = end + 1;
        qsizetype pos = 0;
        while (pos < line.size() && line[pos] == ' ')
            ++pos;
        if (flow == 0 && quote == 0 && pos < line.size() && line[pos] != '#' && line[pos] != '\r') {
            while (!indents.empty() && indents.back() >= pos)
                indents.pop_back();
            indents.push_back(int(pos));
            while (pos < line.size() && line[pos] == '-' && (pos + 1 == line.size() || line[pos + 1] == ' ')) {
                ++pos;
                while (pos < line.size() && line[pos] == ' ')
                    ++pos;
                indents.push_back(int(pos));
            }
            if (int(indents.size()) > maxDepth)
                return SourceLocation{lineNo, int(pos) + 1};
        }
        for (qsizetype i = pos; i < line.size(); ++i) {
            const char c = line[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
                else if (quote == '"' && c == '\\')
                    ++i;
                continue;
            }
            if (c == '#' && (i == 0 || line[i - 1] == ' '))
                break;
            if ((c == '\'' || c == '"') && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '[' || line[i - 1] == '{'
                                            || line[i - 1] == ','))
                quote = c;
            else if (c == '[' || c == '{') {
                if (int(indents.size()) + ++flow > maxDepth)
                    return SourceLocation{lineNo, int(i) + 1};
            } else if ((c == ']' || c == '}') && flow > 0)
                --flow;
        }
        if (end == text.size())
            break;
    }
    return std::nullopt;
}

QString pathKey(const QString &normalized)
{
    return normalized.endsWith(QLatin1Char('/')) ? normalized.chopped(1) : normalized;
}

class Reader
{
public:
    Reader(const QString &file, RulesResult &result) : m_file(file), m_result(result) {}

    void error(const YAML::Mark &mark, const QString &message)
    {
        m_result.errors.push_back({Diagnostic::Severity::Error, m_file, toLocation(mark), message});
    }
    void warning(const YAML::Mark &mark, const QString &message)
    {
        m_result.warnings.push_back({Diagnostic::Severity::Warning, m_file, toLocation(mark), message});
    }

    /// Visits every node, following each alias at every use, so an alias bomb costs at most
    /// maxNodes visits and an alias to its own anchor stops at maxDepth. Duplicate keys are
    /// reported here, where every mapping passes exactly as written.
    bool checkStructure(const YAML::Node &node, int depth)
    {
        if (++m_nodes > maxNodes) {
            error(node.Mark(), Text::tr("the document expands to more than %1 YAML nodes (aliases count at every use); "
                                  "remove the anchors and aliases that repeat content")
                                   .arg(maxNodes));
            return false;
        }
        if (depth > maxDepth) {
            error(node.Mark(), Text::tr("collections are nested deeper than %1 levels (or an alias refers to its own "
                                  "anchor); flatten the document")
                                   .arg(maxDepth));
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
                    const auto it = seen.constFind(key);
                    if (it != seen.constEnd()) {
                        error(entry.first.Mark(),
                              Text::tr("duplicate key %1 (first at line %2); keep one of them").arg(quoted(key)).arg(*it));
                    } else {
                        seen.insert(key, toLocation(entry.first.Mark()).line);
                    }
                }
                if (!checkStructure(entry.first, depth + 1) || !checkStructure(entry.second, depth + 1))
                    return false;
            }
        }
        return true;
    }

    std::optional<RepositoryRules> rules(const YAML::Node &root)
    {
        RepositoryRules rules;
        rules.fromFile = true;
        if (!root.IsMap()) {
            error(root.Mark(), Text::tr("the rules must be a mapping with a components: list, not %1").arg(typeName(root)));
            return std::nullopt;
        }
        bool haveComponents = false;
        YAML::Node freezesNode;
        std::optional<bool> enforce;
        for (const auto &entry : root) {
            const QString key = keyName(entry.first);
            const YAML::Node &value = entry.second;
            if (key.isNull())
                continue;
            if (key == QLatin1String("components")) {
                haveComponents = true;
                readComponents(value, rules);
            } else if (key == QLatin1String("tag_pattern")) {
                rules.tagPattern = text(value, key);
            } else if (key == QLatin1String("github")) {
                readGitHub(value, rules.github);
            } else if (key == QLatin1String("release_types")) {
                readReleaseTypes(value, rules);
            } else if (key == QLatin1String("notifications")) {
                readNotifications(value, rules);
            } else if (key == QLatin1String("signoff_allowed_users")) {
                rules.signoffAllowedUsers = logins(value, key);
            } else if (key == QLatin1String("timezone")) {
                readTimeZone(value, rules);
            } else if (key == QLatin1String("freezes")) {
                freezesNode = value;
            } else if (key == QLatin1String("break_glass_lasts")) {
                const QString lasts = text(value, key).trimmed();
                const Expected<int> minutes = parseDuration(lasts);
                if (!minutes)
                    error(value.Mark(), Text::tr("break_glass_lasts: %1").arg(minutes.error().message));
                else if (*minutes > 7 * 24 * 60)
                    error(value.Mark(), Text::tr("break_glass_lasts %1 is longer than a week; an override is for one deploy, "
                                                 "such as 4h").arg(quoted(lasts)));
                else
                    rules.breakGlassMinutes = *minutes;
            } else if (key == QLatin1String("enforce_windows")) {
                const QString flag = text(value, key).trimmed().toLower();
                if (flag == QLatin1String("true") || flag == QLatin1String("yes"))
                    enforce = true;
                else if (flag == QLatin1String("false") || flag == QLatin1String("no"))
                    enforce = false;
                else
                    error(value.Mark(), Text::tr("enforce_windows must be true or false, not %1").arg(typeName(value)));
            } else {
                unknownKey(entry.first, QString(),
                           QStringLiteral("components, tag_pattern, github, release_types, timezone, freezes, "
                                          "enforce_windows, break_glass_lasts, notifications, signoff_allowed_users"));
            }
        }
        // applies_to may name any type of release_types:, wherever in the file that is.
        if (freezesNode.IsDefined())
            readFreezes(freezesNode, rules);
        rules.enforceWindows = enforce.value_or(!rules.releaseTypes.empty() || !rules.freezes.empty());
        if (!haveComponents) {
            m_result.errors.push_back({Diagnostic::Severity::Error, m_file, {1, 1},
                                       Text::tr("the rules have no components: list; add one entry per component with "
                                          "name: and paths:, or delete the file to use the top-level directories")});
        }
        if (!m_result.errors.empty())
            return std::nullopt;
        return rules;
    }

private:
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
        warning(key.Mark(), where.isEmpty()
                                ? Text::tr("unknown key %1 (ignored); known keys here: %2").arg(quoted(name), known)
                                : Text::tr("unknown key %1 in %2 (ignored); known keys here: %3").arg(quoted(name), where, known));
    }

    /// The text of a scalar value; an error naming `key` otherwise. Null values read as empty.
    QString text(const YAML::Node &value, const QString &key)
    {
        if (value.IsNull())
            return QString();
        if (!value.IsScalar()) {
            error(value.Mark(), Text::tr("%1 must be text, not %2").arg(key, typeName(value)));
            return QString();
        }
        return qstr(value.Scalar());
    }

    QStringList textList(const YAML::Node &value, const QString &key)
    {
        QStringList out;
        if (value.IsScalar()) {
            error(value.Mark(), Text::tr("%1 must be a list such as [a, b], not %2").arg(key, typeName(value)));
            return out;
        }
        if (!value.IsSequence()) {
            if (!value.IsNull())
                error(value.Mark(), Text::tr("%1 must be a list such as [a, b], not %2").arg(key, typeName(value)));
            return out;
        }
        for (const auto &item : value) {
            if (item.IsScalar())
                out.append(qstr(item.Scalar()));
            else
                error(item.Mark(), Text::tr("each entry of %1 must be text, not %2").arg(key, typeName(item)));
        }
        return out;
    }

    /// A list of GitHub logins, each with or without a leading '@'. Sign-off by issue comment
    /// compares them with comment authors, so a value that cannot be a login (a display name, an
    /// e-mail address) would silently never match: it is an error at the entry instead.
    QStringList logins(const YAML::Node &value, const QString &key)
    {
        static const QRegularExpression login(QStringLiteral("\\A@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\\z"));
        QStringList out;
        if (!value.IsSequence() && !value.IsNull()) {
            error(value.Mark(), Text::tr("%1 must be a list of GitHub logins such as ['@dan', '@erin'], not %2").arg(key, typeName(value)));
            return out;
        }
        if (value.IsNull())
            return out;
        for (const auto &item : value) {
            if (!item.IsScalar()) {
                error(item.Mark(), Text::tr("each entry of %1 must be a GitHub login such as '@dan', not %2").arg(key, typeName(item)));
                continue;
            }
            const QString name = qstr(item.Scalar()).trimmed();
            if (!login.match(name).hasMatch()) {
                error(item.Mark(), Text::tr("%1 in %2 is not a GitHub login; write the login as GitHub shows it, such as '@dan' "
                                      "(letters, digits and single hyphens, at most 39)")
                                       .arg(quoted(name), key));
                continue;
            }
            out.append(name);
        }
        return out;
    }

    void readComponents(const YAML::Node &value, RepositoryRules &rules)
    {
        if (!value.IsSequence()) {
            error(value.Mark(), Text::tr("components must be a list of entries with name: and paths:, not %1")
                                    .arg(typeName(value)));
            return;
        }
        QHash<QString, int> names; // name -> line
        struct Claim
        {
            QString component;
            int line;
        };
        QHash<QString, Claim> claims; // path without trailing slash -> first owner
        for (const auto &item : value) {
            if (!item.IsMap()) {
                error(item.Mark(), Text::tr("a component must be a mapping with name: and paths:, not %1").arg(typeName(item)));
                continue;
            }
            ComponentRule component;
            component.location = toLocation(item.Mark());
            bool haveName = false;
            bool havePaths = false;
            std::vector<std::pair<QString, YAML::Mark>> paths;
            for (const auto &entry : item) {
                const QString key = keyName(entry.first);
                const YAML::Node &v = entry.second;
                if (key.isNull())
                    continue;
                if (key == QLatin1String("name")) {
                    haveName = true;
                    component.name = text(v, key).trimmed();
                    if (component.name.isEmpty() && (v.IsNull() || v.IsScalar()))
                        error(v.Mark(), Text::tr("name is empty; give the component a name such as api"));
                    if (!component.name.isEmpty()) {
                        const auto it = names.constFind(component.name);
                        if (it != names.constEnd()) {
                            error(v.Mark(), Text::tr("component %1 is listed twice (first at line %2); "
                                               "give each component a different name")
                                                .arg(quoted(component.name))
                                                .arg(*it));
                        } else {
                            names.insert(component.name, toLocation(v.Mark()).line);
                        }
                    }
                } else if (key == QLatin1String("paths")) {
                    havePaths = true;
                    if (v.IsSequence()) {
                        for (const auto &p : v) {
                            if (p.IsScalar())
                                paths.emplace_back(qstr(p.Scalar()), p.Mark());
                            else
                                error(p.Mark(), Text::tr("each entry of paths must be a path such as dir/sub/, not %1")
                                                    .arg(typeName(p)));
                        }
                        if (v.size() == 0)
                            error(v.Mark(), Text::tr("paths is empty; list at least one directory or file such as dir/sub/"));
                    } else {
                        error(v.Mark(), Text::tr("paths must be a list such as [dir/sub/, README.md], not %1").arg(typeName(v)));
                    }
                } else if (key == QLatin1String("team")) {
                    component.team = text(v, key);
                } else if (key == QLatin1String("team_lead")) {
                    component.teamLead = text(v, key);
                } else if (key == QLatin1String("tag_pattern")) {
                    component.tagPattern = text(v, key);
                } else if (key == QLatin1String("allowed_users")) {
                    component.allowedUsers = logins(v, key);
                } else {
                    unknownKey(entry.first, Text::tr("a component"),
                               QStringLiteral("name, paths, team, team_lead, tag_pattern, allowed_users"));
                }
            }
            if (!haveName)
                error(item.Mark(), Text::tr("a component has no name:; add name: with a short id such as api"));
            if (!havePaths)
                error(item.Mark(), Text::tr("component %1 has no paths:; add paths: with the directories or files it owns")
                                       .arg(quoted(component.name)));
            for (const auto &[raw, mark] : paths) {
                const Expected<QString> normalized = normalizeRulePath(raw);
                if (!normalized) {
                    error(mark, normalized.error().message);
                    continue;
                }
                const QString key = pathKey(*normalized);
                const auto it = claims.constFind(key);
                if (it != claims.constEnd()) {
                    error(mark, it->component == component.name
                                    ? Text::tr("path %1 is listed twice in this component (first at line %2); keep one")
                                          .arg(quoted(raw))
                                          .arg(it->line)
                                    : Text::tr("path %1 is already claimed by component %2 (line %3); a path belongs to "
                                         "one component: remove it from one of them, or list a deeper path")
                                          .arg(quoted(raw), quoted(it->component))
                                          .arg(it->line));
                    continue;
                }
                claims.insert(key, Claim{component.name, toLocation(mark).line});
                component.paths.append(*normalized);
            }
            rules.components.push_back(std::move(component));
        }
    }

    void readGitHub(const YAML::Node &value, GitHubRule &github)
    {
        if (!value.IsMap()) {
            error(value.Mark(), Text::tr("github must be a mapping with repository:, workflow: and ref:, not %1")
                                    .arg(typeName(value)));
            return;
        }
        for (const auto &entry : value) {
            const QString key = keyName(entry.first);
            if (key.isNull())
                continue;
            if (key == QLatin1String("repository"))
                github.repository = text(entry.second, key);
            else if (key == QLatin1String("workflow"))
                github.workflow = text(entry.second, key);
            else if (key == QLatin1String("ref"))
                github.ref = text(entry.second, key);
            else if (key == QLatin1String("api_url"))
                github.apiUrl = text(entry.second, key);
            else
                unknownKey(entry.first, QStringLiteral("github"), QStringLiteral("repository, workflow, ref, api_url"));
        }
    }

    void readReleaseTypes(const YAML::Node &value, RepositoryRules &rules)
    {
        if (!value.IsMap()) {
            error(value.Mark(), Text::tr("release_types must be a mapping such as regular:, hotfix:, major:, not %1")
                                    .arg(typeName(value)));
            return;
        }
        for (const auto &entry : value) {
            const QString name = keyName(entry.first);
            if (name.isNull())
                continue;
            const YAML::Node &v = entry.second;
            if (!v.IsMap()) {
                error(v.Mark(), Text::tr("release type %1 must be a mapping with schedule:, window: and approvals:, not %2")
                                    .arg(quoted(name), typeName(v)));
                continue;
            }
            ReleaseTypeRule type;
            type.name = name;
            type.location = toLocation(entry.first.Mark());
            YAML::Mark scheduleMark, dayMark, startMark, durationMark;
            for (const auto &field : v) {
                const QString key = keyName(field.first);
                if (key.isNull())
                    continue;
                if (key == QLatin1String("schedule")) {
                    type.schedule = text(field.second, key);
                    scheduleMark = field.second.Mark();
                } else if (key == QLatin1String("day")) {
                    type.day = text(field.second, key);
                    dayMark = field.second.Mark();
                } else if (key == QLatin1String("approvals")) {
                    type.approvals = textList(field.second, key);
                } else if (key == QLatin1String("window")) {
                    if (!field.second.IsMap()) {
                        error(field.second.Mark(), Text::tr("window must be a mapping with start: and duration:, not %1")
                                                       .arg(typeName(field.second)));
                        continue;
                    }
                    for (const auto &w : field.second) {
                        const QString wkey = keyName(w.first);
                        if (wkey == QLatin1String("start")) {
                            type.window.start = text(w.second, wkey);
                            startMark = w.second.Mark();
                        } else if (wkey == QLatin1String("duration")) {
                            type.window.duration = text(w.second, wkey);
                            durationMark = w.second.Mark();
                        } else if (!wkey.isNull()) {
                            unknownKey(w.first, QStringLiteral("window"), QStringLiteral("start, duration"));
                        }
                    }
                } else {
                    unknownKey(field.first, Text::tr("release type %1").arg(quoted(name)),
                               QStringLiteral("schedule, day, window, approvals"));
                }
            }
            checkTrain(type, scheduleMark, dayMark, startMark, durationMark);
            rules.releaseTypes.push_back(std::move(type));
        }
    }

    /// An impossible window is an error where it is written: the calendar trusts what passes here.
    void checkTrain(const ReleaseTypeRule &type, const YAML::Mark &scheduleMark, const YAML::Mark &dayMark,
                    const YAML::Mark &startMark, const YAML::Mark &durationMark)
    {
        ReleaseTrain train = ReleaseCalendar::seedTrain(type.name);
        const QString where = Text::tr("release type %1").arg(quoted(type.name));
        if (!type.schedule.trimmed().isEmpty()) {
            const auto schedule = parseSchedule(type.schedule);
            if (!schedule) {
                error(scheduleMark, Text::tr("schedule %1 of %2 is not a schedule; write weekly, monthly or as_needed")
                                        .arg(quoted(type.schedule), where));
                return;
            }
            train.schedule = *schedule;
        }
        if (!type.day.trimmed().isEmpty()) {
            if (train.anyTime()) {
                error(dayMark, Text::tr("%1 is deployed as needed, so day: does not apply; remove it or set schedule: weekly")
                                   .arg(where));
            } else if (Expected<std::pair<Qt::DayOfWeek, int>> day = parseTrainDay(type.day, train.schedule); !day) {
                error(dayMark, Text::tr("day of %1: %2").arg(where, day.error().message));
            }
        }
        if (!type.window.start.trimmed().isEmpty()) {
            if (Expected<QTime> start = parseClock(type.window.start); !start)
                error(startMark, Text::tr("window start of %1: %2").arg(where, start.error().message));
        }
        if (!type.window.duration.trimmed().isEmpty()) {
            Expected<int> minutes = parseDuration(type.window.duration);
            if (!minutes) {
                error(durationMark, Text::tr("window duration of %1: %2").arg(where, minutes.error().message));
                return;
            }
            const int period = train.schedule == ReleaseTrain::Schedule::Weekly ? 7 * 24 * 60
                : train.schedule == ReleaseTrain::Schedule::Monthly             ? 28 * 24 * 60
                                                                                : 24 * 60;
            if (*minutes > period) {
                const QString periodText = train.schedule == ReleaseTrain::Schedule::Weekly ? Text::tr("a week")
                    : train.schedule == ReleaseTrain::Schedule::Monthly                     ? Text::tr("four weeks")
                                                                                            : Text::tr("a day");
                error(durationMark, Text::tr("window duration %1 of %2 is longer than its period (%3), so its windows would "
                                       "overlap; make it shorter")
                                        .arg(quoted(type.window.duration), where, periodText));
            }
        }
    }

    void readTimeZone(const YAML::Node &value, RepositoryRules &rules)
    {
        const QString name = text(value, QStringLiteral("timezone")).trimmed();
        if (name.isEmpty() && !value.IsScalar())
            return;
        if (name.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(name.toUtf8())) {
            error(value.Mark(), Text::tr("timezone %1 is not a time zone this system knows; write an IANA name such as "
                                   "Europe/Berlin, America/New_York or UTC")
                                    .arg(quoted(name)));
            return;
        }
        rules.timeZone = name;
    }

    void readFreezes(const YAML::Node &value, RepositoryRules &rules)
    {
        if (value.IsNull())
            return;
        if (!value.IsSequence()) {
            error(value.Mark(), Text::tr("freezes must be a list of entries with name: and from:/until:, yearly: or weekly:, "
                                   "not %1")
                                    .arg(typeName(value)));
            return;
        }
        QStringList knownTypes{QStringLiteral("regular"), QStringLiteral("hotfix"), QStringLiteral("major")};
        for (const ReleaseTypeRule &t : rules.releaseTypes) {
            if (!knownTypes.contains(t.name))
                knownTypes << t.name;
        }
        static const QString known = QStringLiteral("name, from, until, yearly, weekly, applies_to");
        for (const auto &item : value) {
            if (!item.IsMap()) {
                error(item.Mark(), Text::tr("a freeze must be a mapping with name: and from:/until:, yearly: or weekly:, not %1")
                                       .arg(typeName(item)));
                continue;
            }
            QString name, from, until, yearly, weekly;
            YAML::Mark fromMark, untilMark, periodMark;
            YAML::Node appliesTo;
            bool bad = false;
            for (const auto &entry : item) {
                const QString key = keyName(entry.first);
                if (key == QLatin1String("name")) {
                    name = text(entry.second, key).trimmed();
                } else if (key == QLatin1String("from")) {
                    from = text(entry.second, key);
                    fromMark = entry.second.Mark();
                } else if (key == QLatin1String("until")) {
                    until = text(entry.second, key);
                    untilMark = entry.second.Mark();
                } else if (key == QLatin1String("yearly")) {
                    yearly = text(entry.second, key);
                    periodMark = entry.second.Mark();
                } else if (key == QLatin1String("weekly")) {
                    weekly = text(entry.second, key);
                    periodMark = entry.second.Mark();
                } else if (key == QLatin1String("applies_to")) {
                    appliesTo = entry.second;
                } else if (!key.isNull()) {
                    unknownKey(entry.first, Text::tr("a freeze"), known);
                }
            }
            if (name.isEmpty()) {
                error(item.Mark(), Text::tr("a freeze needs a name: that says what it is, such as name: Year-end freeze"));
                bad = true;
            }
            const int kinds = int(!from.isEmpty() || !until.isEmpty()) + int(!yearly.isEmpty()) + int(!weekly.isEmpty());
            if (kinds != 1) {
                error(item.Mark(), Text::tr("freeze %1 needs exactly one period: from: and until: (dates), yearly: "
                                      "(such as Dec 20 - Jan 2) or weekly: (such as friday 16:00 - monday 08:00)")
                                       .arg(quoted(name)));
                continue;
            }
            FreezeRule freeze;
            if (!yearly.isEmpty() || !weekly.isEmpty()) {
                Expected<FreezeRule> parsed = yearly.isEmpty() ? parseWeeklyFreeze(weekly) : parseYearlyFreeze(yearly);
                if (!parsed) {
                    error(periodMark, Text::tr("freeze %1: %2").arg(quoted(name), parsed.error().message));
                    continue;
                }
                freeze = *parsed;
            } else {
                if (from.isEmpty() || until.isEmpty()) {
                    error(from.isEmpty() ? item.Mark() : fromMark,
                          Text::tr("freeze %1 needs both from: and until:, such as from: 2024-12-20 and until: 2025-01-02")
                              .arg(quoted(name)));
                    continue;
                }
                Expected<std::pair<QDate, QTime>> start = parseFreezeTime(from);
                Expected<std::pair<QDate, QTime>> end = parseFreezeTime(until);
                if (!start)
                    error(fromMark, Text::tr("from of freeze %1: %2").arg(quoted(name), start.error().message));
                if (!end)
                    error(untilMark, Text::tr("until of freeze %1: %2").arg(quoted(name), end.error().message));
                if (!start || !end)
                    continue;
                freeze.kind = FreezeRule::Kind::OneOff;
                freeze.fromDate = start->first;
                freeze.fromTime = start->second;
                freeze.untilDate = end->first;
                freeze.untilTime = end->second;
                freeze.text = from.trimmed() + QStringLiteral(" - ") + until.trimmed();
                if (oneOffEnd(freeze) <= oneOffStart(freeze)) {
                    error(untilMark, Text::tr("freeze %1 ends (%2) before it starts (%3); until: is the last day of the freeze")
                                         .arg(quoted(name), until.trimmed(), from.trimmed()));
                    continue;
                }
            }
            freeze.name = name;
            freeze.location = toLocation(item.Mark());
            if (appliesTo.IsDefined()) {
                freeze.appliesTo = textList(appliesTo, QStringLiteral("applies_to"));
                for (const QString &t : std::as_const(freeze.appliesTo)) {
                    if (!knownTypes.contains(t)) {
                        error(appliesTo.Mark(), Text::tr("applies_to of freeze %1 names %2, which is not a release type; "
                                                   "use %3")
                                                    .arg(quoted(name), quoted(t), knownTypes.join(QLatin1String(", "))));
                        bad = true;
                    }
                }
            }
            if (bad)
                continue;
            for (const FreezeRule &other : rules.freezes) {
                if (overlap(other, freeze)) {
                    error(item.Mark(), Text::tr("freeze %1 overlaps freeze %2 (line %3); merge them into one or move one of "
                                          "them so they do not share a day")
                                           .arg(quoted(name), quoted(other.name))
                                           .arg(other.location.line));
                    bad = true;
                    break;
                }
            }
            if (!bad)
                rules.freezes.push_back(std::move(freeze));
        }
    }

    static QDateTime oneOffStart(const FreezeRule &f)
    {
        return QDateTime(f.fromDate, f.fromTime.isValid() ? f.fromTime : QTime(0, 0), Qt::UTC);
    }
    static QDateTime oneOffEnd(const FreezeRule &f)
    {
        return f.untilTime.isValid() ? QDateTime(f.untilDate, f.untilTime, Qt::UTC)
                                     : QDateTime(f.untilDate.addDays(1), QTime(0, 0), Qt::UTC);
    }

    /// Freezes of the same kind that hold back a common release type must not overlap: two
    /// one-off freezes sharing days, or two yearly ones, are a typo or a forgotten edit. A weekly
    /// weekend freeze inside a yearly holiday freeze is a normal combination and passes.
    static bool overlap(const FreezeRule &a, const FreezeRule &b)
    {
        if (a.kind != b.kind)
            return false;
        const QStringList aTypes = a.appliesTo.isEmpty() ? ReleaseCalendar::defaultFreezeTypes() : a.appliesTo;
        const QStringList bTypes = b.appliesTo.isEmpty() ? ReleaseCalendar::defaultFreezeTypes() : b.appliesTo;
        if (std::none_of(aTypes.cbegin(), aTypes.cend(), [&](const QString &t) { return bTypes.contains(t); }))
            return false;
        // Compared as wall-clock intervals on a fixed leap year and its neighbours, in UTC where
        // there is no daylight-saving shift.
        std::vector<std::pair<QDateTime, QDateTime>> as, bs;
        const auto spans = [](const FreezeRule &f, std::vector<std::pair<QDateTime, QDateTime>> &out) {
            RepositoryRules utc;
            utc.freezes = {f};
            const ReleaseCalendar calendar(utc);
            const QDate from = f.kind == FreezeRule::Kind::OneOff ? f.fromDate : QDate(2000, 1, 1);
            const QDate to = f.kind == FreezeRule::Kind::OneOff ? f.untilDate : QDate(2001, 12, 31);
            for (const CalendarSpan &s : calendar.freezes(from, to))
                out.emplace_back(s.start, s.end);
        };
        spans(a, as);
        spans(b, bs);
        for (const auto &[s1, e1] : as) {
            for (const auto &[s2, e2] : bs) {
                if (s1 < e2 && s2 < e1)
                    return true;
            }
        }
        return false;
    }

    void readNotifications(const YAML::Node &value, RepositoryRules &rules)
    {
        if (!value.IsSequence()) {
            error(value.Mark(), Text::tr("notifications must be a list of entries with event: and channel:, not %1")
                                    .arg(typeName(value)));
            return;
        }
        for (const auto &item : value) {
            if (!item.IsMap()) {
                error(item.Mark(), Text::tr("a notification must be a mapping with event: and channel:, not %1")
                                       .arg(typeName(item)));
                continue;
            }
            NotificationRule n;
            n.location = toLocation(item.Mark());
            for (const auto &entry : item) {
                const QString key = keyName(entry.first);
                if (key == QLatin1String("event")) {
                    n.event = text(entry.second, key);
                    if (!n.event.isEmpty() && !notificationEventFromName(n.event))
                        error(entry.second.Mark(), Text::tr("unknown notification event %1; use one of: %2")
                                                       .arg(quoted(n.event), notificationEventNames().join(QLatin1String(", "))));
                } else if (key == QLatin1String("channel")) {
                    n.channel = text(entry.second, key);
                    checkPlaceholders(entry.second, n.channel, key);
                } else if (key == QLatin1String("priority")) {
                    n.priority = text(entry.second, key);
                    if (!n.priority.isEmpty() && n.priority != QLatin1String("urgent") && n.priority != QLatin1String("normal"))
                        error(entry.second.Mark(), Text::tr("priority must be urgent or normal, not %1").arg(quoted(n.priority)));
                } else if (key == QLatin1String("message")) {
                    n.message = text(entry.second, key);
                    checkPlaceholders(entry.second, n.message, key);
                } else if (!key.isNull()) {
                    unknownKey(entry.first, Text::tr("a notification"), QStringLiteral("event, channel, priority, message"));
                }
            }
            if (n.event.isEmpty())
                error(item.Mark(), Text::tr("a notification needs event: one of %1").arg(notificationEventNames().join(QLatin1String(", "))));
            rules.notifications.push_back(std::move(n));
        }
    }

    /// Reports each unknown {placeholder} of a message or channel at its own column when the
    /// value sits on one line as written (plain or quoted without escapes), else at the value.
    void checkPlaceholders(const YAML::Node &value, const QString &textValue, const QString &key)
    {
        const bool quoted = value.Tag() == "!";
        const bool exact = !textValue.contains(QLatin1Char('\n')) && !textValue.contains(QLatin1Char('\\'))
            && !textValue.contains(QLatin1Char('\''));
        for (const UnknownPlaceholder &u : unknownPlaceholders(textValue)) {
            YAML::Mark mark = value.Mark();
            if (exact && mark.line >= 0)
                mark.column += int(u.offset) + (quoted ? 1 : 0);
            QStringList known;
            for (const QString &name : notificationPlaceholders())
                known << QLatin1Char('{') + name + QLatin1Char('}');
            error(mark, Text::tr("unknown placeholder {%1} in %2; use one of %3, or write {{ and }} for literal braces")
                            .arg(u.name, key, known.join(QLatin1String(", "))));
        }
    }

    QString m_file;
    RulesResult &m_result;
    int m_nodes = 0;
};

bool matchesPrefix(const QString &normalized, const QString &path)
{
    if (normalized.endsWith(QLatin1Char('/')))
        return path.startsWith(normalized);
    return path == normalized
        || (path.size() > normalized.size() && path.startsWith(normalized) && path.at(normalized.size()) == QLatin1Char('/'));
}

} // namespace

bool ComponentRule::owns(const QString &path) const
{
    return std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) { return matchesPrefix(p, path); });
}

const ComponentRule *RepositoryRules::componentForPath(const QString &path) const
{
    const ComponentRule *best = nullptr;
    qsizetype bestLength = -1;
    for (const ComponentRule &component : components) {
        for (const QString &prefix : component.paths) {
            const qsizetype length = pathKey(prefix).size();
            if (length > bestLength && matchesPrefix(prefix, path)) {
                best = &component;
                bestLength = length;
            }
        }
    }
    return best;
}

const ComponentRule *RepositoryRules::component(const QString &name) const
{
    for (const ComponentRule &c : components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList RepositoryRules::signoffAllowedUsersFor(const QString &name) const
{
    QStringList out;
    const auto add = [&out](const QStringList &users) {
        for (const QString &u : users) {
            const QString bare = u.startsWith(QLatin1Char('@')) ? u.mid(1) : u;
            const bool seen = std::any_of(out.cbegin(), out.cend(), [&](const QString &o) {
                return (o.startsWith(QLatin1Char('@')) ? o.mid(1) : o).compare(bare, Qt::CaseInsensitive) == 0;
            });
            if (!seen)
                out.append(u);
        }
    };
    if (const ComponentRule *c = component(name))
        add(c->allowedUsers);
    add(signoffAllowedUsers);
    return out;
}

QString RepositoryRules::tagPatternFor(const ComponentRule &component) const
{
    return component.tagPattern.isEmpty() ? tagPattern : component.tagPattern;
}

const ReleaseTypeRule *RepositoryRules::releaseType(const QString &name) const
{
    for (const ReleaseTypeRule &t : releaseTypes) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Expected<QString> normalizeRulePath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.contains(QLatin1Char('\\'))) {
        return Error{Text::tr("path %1 uses a backslash; write paths with / as git does (dir/sub/)").arg(quoted(path)), {}};
    }
    const bool directory = trimmed.endsWith(QLatin1Char('/'));
    QStringList parts;
    for (const QString &part : trimmed.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            return Error{Text::tr("path %1 leaves the clone with ..; write it relative to the clone's root (dir/sub/)")
                             .arg(quoted(path)),
                         {}};
        }
        parts.append(part);
    }
    if (parts.isEmpty()) {
        return Error{Text::tr("path %1 names the whole clone; list the directories or files this component owns "
                        "(dir/sub/ or README.md)")
                         .arg(quoted(path)),
                     {}};
    }
    QString out = parts.join(QLatin1Char('/'));
    if (directory)
        out += QLatin1Char('/');
    return out;
}

RulesResult parseRepositoryRules(const QByteArray &bytes, const QString &fileName)
{
    RulesResult result;
    auto fail = [&](SourceLocation where, const QString &message) {
        result.errors.push_back({Diagnostic::Severity::Error, fileName, where, message});
        return result;
    };
    if (bytes.size() > maxBytes) {
        return fail({}, Text::tr("the file is %1 bytes; rules larger than %2 bytes are refused (is this the right file?)")
                            .arg(bytes.size())
                            .arg(maxBytes));
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.contains('\0'))
        return fail({}, Text::tr("the file contains NUL bytes; the rules are UTF-8 text"));
    if (auto where = tooDeep(text))
        return fail(*where, Text::tr("collections are nested deeper than %1 levels; the rules nest a few levels at most")
                                .arg(maxDepth));

    YAML::Node document;
    try {
        document = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    } catch (const YAML::Exception &e) {
        return fail(toLocation(e.mark), Text::tr("YAML syntax error: %1; check the indentation and quoting here").arg(qstr(e.msg)));
    } catch (const std::exception &e) {
        return fail({}, Text::tr("the file could not be read as YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!document.IsDefined() || document.IsNull()) {
        return fail({1, 1}, Text::tr("the file has no rules; add a components: list, or delete the file to use the "
                               "top-level directories"));
    }
    try {
        Reader reader(fileName, result);
        if (!reader.checkStructure(document, 0) || !result.errors.empty()) {
            std::vector<Diagnostic> unique;
            for (const Diagnostic &d : result.errors) {
                if (std::find(unique.begin(), unique.end(), d) == unique.end())
                    unique.push_back(d);
            }
            result.errors = std::move(unique);
            return result;
        }
        result.rules = reader.rules(document);
    } catch (const std::exception &e) {
        result.rules.reset();
        return fail({}, Text::tr("the rules could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    const auto byPosition = [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    };
    std::stable_sort(result.errors.begin(), result.errors.end(), byPosition);
    std::stable_sort(result.warnings.begin(), result.warnings.end(), byPosition);
    if (!result.errors.empty())
        result.rules.reset();
    return result;
}

Expected<RepositoryRules> defaultRepositoryRules(const Repository &repo)
{
    git_object *tree = nullptr;
    if (git_revparse_single(&tree, repo.handle(), "HEAD^{tree}") != 0) {
        git_error_clear();
        return Error{Text::tr("the clone has no commits yet, so it has no top-level directories to use as components; "
                        "commit something or add %1 with a components: list")
                         .arg(QString::fromUtf16(repositoryRulesFileName)),
                     repo.workdir()};
    }
    RepositoryRules rules;
    const auto *t = reinterpret_cast<const git_tree *>(tree);
    const size_t count = git_tree_entrycount(t);
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(t, i);
        if (git_tree_entry_type(entry) != GIT_OBJECT_TREE)
            continue;
        const QString name = QString::fromUtf8(git_tree_entry_name(entry));
        if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("releases"))
            continue;
        ComponentRule component;
        component.name = name;
        component.paths = QStringList{name + QLatin1Char('/')};
        rules.components.push_back(std::move(component));
    }
    git_object_free(tree);
    return rules;
}

RulesResult readRepositoryRules(const Repository &repo)
{
    const QString name = QString::fromUtf16(repositoryRulesFileName);
    QFile file(QDir(repo.workdir()).filePath(name));
    if (!file.exists()) {
        RulesResult result;
        Expected<RepositoryRules> defaults = defaultRepositoryRules(repo);
        if (defaults)
            result.rules = std::move(defaults).value();
        else
            result.errors.push_back({Diagnostic::Severity::Error, name, {}, defaults.error().message});
        return result;
    }
    if (file.size() > maxBytes || !file.open(QIODevice::ReadOnly)) {
        RulesResult result;
        const QString why = file.size() > maxBytes
            ? Text::tr("the file is %1 bytes; rules larger than %2 bytes are refused (is this the right file?)")
                  .arg(file.size())
                  .arg(maxBytes)
            : Text::tr("cannot read the file: %1; check its permissions").arg(file.errorString());
        result.errors.push_back({Diagnostic::Severity::Error, name, {}, why});
        return result;
    }
    return parseRepositoryRules(file.readAll(), name);
}

Expected<RepositoryRules> loadRepositoryRules(const Repository &repo)
{
    RulesResult result = readRepositoryRules(repo);
    if (result.rules)
        return std::move(*result.rules);
    const Diagnostic &first = result.errors.front();
    QString message = first.message;
    // The count is computed apart: lupdate 6.4 never finishes on translate(..., int(a - 1)).
    const int more = int(result.errors.size()) - 1;
    if (more > 0)
        message += QCoreApplication::translate("rc::core::RepositoryRules", " (and %n more problem(s) in the same file)",
                                               nullptr, more);
    QString location = first.file;
    if (first.location.line > 0)
        location += QStringLiteral(":%1:%2").arg(first.location.line).arg(first.location.column);
    return Error{message, location};
}

} // namespace rc::core

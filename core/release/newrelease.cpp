#include "newrelease.h"

#include "git/branches.h"
#include "git/repository.h"
#include "git/tags.h"
#include "manifest/manifestparser.h"
#include "rules/checklisttemplates.h"
#include "rules/repositoryrules.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::NewRelease)
};

QDateTime wholeSecondsUtc(QDateTime time)
{
    time = time.toUTC();
    time.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return time;
}

bool isReservedWord(const QString &text)
{
    static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                      QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                      QStringLiteral("null"), QStringLiteral("y"),     QStringLiteral("n"),
                                      QStringLiteral("~")};
    return words.contains(text, Qt::CaseInsensitive);
}

bool needsDoubleQuotes(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return true;
    return false;
}

// Always quoted, single quotes as the seed writes them ('feat: Add ...', '@alice'); double quotes
// with escapes only when the text holds characters a single-quoted scalar cannot.
QString quoted(const QString &text)
{
    if (!needsDoubleQuotes(text)) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
                || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

// Names, teams and ids plain as the seed writes them (api, api-team, rel-2024-01-15-001), versions
// plain (v1.3.0); anything YAML could read as another type or as syntax is quoted.
QString scalar(const QString &text)
{
    static const QRegularExpression plainWord(QStringLiteral("^[A-Za-z_][A-Za-z0-9_./-]*$"));
    static const QRegularExpression version(QStringLiteral("^v?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?$"));
    if ((plainWord.match(text).hasMatch() && !isReservedWord(text)) || version.match(text).hasMatch())
        return text;
    return quoted(text);
}

QString capitalised(const QString &text)
{
    if (text.isEmpty() || !text.front().isLower())
        return text;
    return text.front().toUpper() + text.mid(1);
}

struct RoleUser
{
    const char *role;
    const char *user;
};

// The seed's handles for the roles it names.
constexpr RoleUser kRoleUsers[] = {
    {"Tech Lead", "@tech-lead"}, {"QA Lead", "@qa-lead"},  {"Security", "@security-team"},
    {"On-call", "@oncall"},      {"DBA", "@dba-team"},
};

QString userForRole(const QString &role, const QString &releaseManager)
{
    if (role.compare(QLatin1String("Release Manager"), Qt::CaseInsensitive) == 0)
        return releaseManager;
    for (const RoleUser &r : kRoleUsers)
        if (role.compare(QLatin1String(r.role), Qt::CaseInsensitive) == 0)
            return QLatin1String(r.user);
    QString slug = role.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QString() : QLatin1Char('@') + slug;
}

std::optional<Qt::DayOfWeek> dayFromName(const QString &name)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const QString lower = name.trimmed().toLower();
    for (int i = 0; i < 7; ++i)
        if (lower == QLatin1String(names[i]) || (lower.size() >= 3 && QLatin1String(names[i]).startsWith(lower)))
            return Qt::DayOfWeek(i + 1);
    return std::nullopt;
}

} // namespace

// -------------------------------------------------------------------------------------------------

QStringList ComponentPlan::changes() const
{
    QStringList list;
    list.reserve(qsizetype(commits.size()));
    for (auto it = commits.rbegin(); it != commits.rend(); ++it) {
        const CommitInfo &commit = *it;
        if (commit.type.isEmpty()) {
            list << commit.subject;
            continue;
        }
        QString head = commit.type;
        if (!commit.scope.isEmpty() && commit.scope.compare(name, Qt::CaseInsensitive) != 0)
            head += QLatin1Char('(') + commit.scope + QLatin1Char(')');
        if (commit.breaking)
            head += QLatin1Char('!');
        const ConventionalCommit parsed = parseConventionalCommit(commit.subject);
        list << head + QLatin1String(": ") + capitalised(parsed.description);
    }
    return list;
}

bool ReleasePlan::hasChanges() const
{
    return std::any_of(components.begin(), components.end(), [](const ComponentPlan &c) { return c.changed(); });
}

ComponentPlan *ReleasePlan::component(const QString &name)
{
    for (ComponentPlan &c : components)
        if (c.name == name)
            return &c;
    return nullptr;
}

const ComponentPlan *ReleasePlan::component(const QString &name) const
{
    return const_cast<ReleasePlan *>(this)->component(name);
}

QStringList releaseTypeNames()
{
    return {QStringLiteral("regular"), QStringLiteral("hotfix"), QStringLiteral("major")};
}

bool isReleaseType(const QString &type)
{
    return releaseTypeNames().contains(type);
}

Expected<Done> validateReleaseId(const QString &id)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (id.isEmpty())
        return Error{Text::tr("the release id is empty; give one like rel-2024-01-15-001"), {}};
    if (!allowed.match(id).hasMatch() || id.contains(QLatin1String("..")))
        return Error{Text::tr("'%1' is not a valid release id: use 1 to 100 letters, digits, '.', '_' and '-', starting "
                        "with a letter or digit (e.g. rel-2024-01-15-001)")
                         .arg(id),
                     {}};
    if (id.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) || id.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
        return Error{Text::tr("'%1' is not a valid release id: leave out the .yaml, the file is named after the id").arg(id), {}};
    return Done{};
}

QString releaseFilePath(const QString &id)
{
    return QStringLiteral("releases/") + id + QStringLiteral(".yaml");
}

QString nextReleaseId(const WorkspaceScan &scan, const QDate &day, const QString &type)
{
    const QString prefix = QStringLiteral("rel-") + day.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-')
        + (type == QLatin1String("hotfix") ? QStringLiteral("hotfix-") : QString());
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(prefix) + QStringLiteral("([0-9]{3,9})$"));
    int highest = 0;
    const auto consider = [&](const QString &name) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    };
    for (const ReleaseEntry &entry : scan.releases) {
        consider(QFileInfo(entry.relativePath).completeBaseName());
        if (entry.manifest)
            consider(entry.manifest->release.id);
    }
    // Files the scan could not read still take their name.
    const QDir releases(scan.root + QStringLiteral("/releases"));
    for (const QString &file : releases.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files))
        consider(QFileInfo(file).completeBaseName());
    return prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

std::vector<ChecklistItem> defaultChecklist(const QString &type)
{
    const auto item = [](const char *text, bool required) {
        ChecklistItem i;
        i.item = QString::fromUtf8(text);
        i.required = required;
        return i;
    };
    if (type == QLatin1String("hotfix"))
        return {item("Staging quick validation (15 min)", true), item("Rollback plan documented", true),
                item("On-call team notified", true)};
    const bool major = type == QLatin1String("major");
    std::vector<ChecklistItem> list = {
        item("All team sign-offs received", true),     item("Integration tests passing", true),
        item("Performance regression check", major),   item("Security scan clean", true),
        item("Database migrations reviewed", major),   item("Rollback plan documented", true),
        item("On-call team notified", true),
    };
    if (major)
        list.push_back(item("Stakeholders notified", true));
    return list;
}

std::vector<Approval> defaultApprovals(const QString &type, const RepositoryRules &rules, const QString &releaseManager)
{
    QStringList roles;
    if (const ReleaseTypeRule *rule = rules.releaseType(type)) {
        for (const QString &role : rule->approvals)
            if (role != QLatin1String("team_leads") && role != QLatin1String("all_stakeholders") && !role.trimmed().isEmpty())
                roles << role.trimmed();
    }
    if (roles.isEmpty()) {
        if (type == QLatin1String("hotfix"))
            roles = {QStringLiteral("Tech Lead"), QStringLiteral("On-call")};
        else
            roles = {QStringLiteral("Release Manager"), QStringLiteral("Tech Lead"), QStringLiteral("QA Lead"),
                     QStringLiteral("Security")};
        if (type == QLatin1String("major"))
            roles << QStringLiteral("DBA");
    }
    std::vector<Approval> approvals;
    for (const QString &role : roles) {
        Approval a;
        a.role = role;
        a.user = userForRole(role, releaseManager);
        approvals.push_back(a);
    }
    return approvals;
}

QDateTime defaultSchedule(const RepositoryRules &rules, const QString &type, const QDateTime &now)
{
    QString day;
    QString start;
    if (const ReleaseTypeRule *rule = rules.releaseType(type)) {
        day = rule->day;
        start = rule->window.start;
    } else if (rules.releaseTypes.empty() && type == QLatin1String("regular")) {
        // The seed's train: weekly, Tuesday 10am.
        day = QStringLiteral("tuesday");
        start = QStringLiteral("10:00");
    }
    const std::optional<Qt::DayOfWeek> weekday = dayFromName(day);
    if (!weekday)
        return {};
    QTime at = QTime::fromString(start.trimmed(), QStringLiteral("H:mm"));
    if (!at.isValid())
        at = QTime(0, 0);
    const QDateTime from = now.toUTC();
    for (int i = 0; i <= 7; ++i) {
        const QDate date = from.date().addDays(i);
        if (date.dayOfWeek() != *weekday)
            continue;
        const QDateTime candidate(date, at, Qt::UTC);
        if (candidate > from)
            return candidate;
    }
    return {};
}

Expected<ReleasePlan> planRelease(const Repository &repo, const RepositoryRules &rules, const WorkspaceScan &scan,
                                  const PlanOptions &options)
{
    if (!isReleaseType(options.type))
        return Error{Text::tr("'%1' is not a release type; use one of: %2").arg(options.type, releaseTypeNames().join(QLatin1String(", "))), {}};

    ReleasePlan plan;
    plan.type = options.type;
    plan.createdAt = wholeSecondsUtc(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc());
    plan.scheduledAt = options.scheduledAt.isValid() ? wholeSecondsUtc(options.scheduledAt)
                                                     : defaultSchedule(rules, options.type, plan.createdAt);
    if (!options.id.isEmpty()) {
        if (auto valid = validateReleaseId(options.id); !valid)
            return valid.error();
        plan.id = options.id;
    } else {
        plan.id = nextReleaseId(scan, plan.createdAt.date(), options.type);
    }
    plan.releaseManager = options.releaseManager.trimmed();
    if (plan.releaseManager.isEmpty())
        plan.releaseManager = repo.userHandle();
    if (!plan.releaseManager.isEmpty() && !plan.releaseManager.startsWith(QLatin1Char('@')))
        plan.releaseManager.prepend(QLatin1Char('@'));

    const QString untilRev = options.until.isEmpty() ? QStringLiteral("HEAD") : options.until;
    const Expected<QString> until = resolveCommit(repo, untilRev);
    if (!until)
        return until.error();
    QString since = options.since;
    if (since.isEmpty()) {
        const Expected<QString> tag = lastTag(repo, *until, rules.tagPattern);
        if (tag) {
            since = *tag;
        } else if (!options.wholeHistoryWithoutTag) {
            if (isShallow(repo))
                return Error{Text::tr("no release tag is reachable from %1 in this shallow clone; fetch the whole history "
                                "with 'git fetch --unshallow', or pass --since TAG")
                                 .arg(untilRev),
                             {}};
            return Error{tag.error().message, {}};
        }
    } else if (auto exists = resolveCommit(repo, since); !exists) {
        return exists.error();
    }

    std::vector<ComponentPaths> paths;
    paths.reserve(rules.components.size());
    for (const ComponentRule &rule : rules.components)
        paths.push_back({rule.name, rule.paths});
    Expected<ChangeSet> changes = changesBetween(repo, since, *until, paths);
    if (!changes)
        return changes.error();
    plan.since = since;
    plan.sinceSha = changes->sinceSha;
    plan.until = changes->until;
    plan.other = std::move(changes->other);

    const QStringList tags = listTags(repo);
    for (size_t i = 0; i < rules.components.size(); ++i) {
        const ComponentRule &rule = rules.components[i];
        ComponentPlan component;
        component.name = rule.name;
        component.paths = rule.paths;
        component.team = rule.team;
        component.teamLead = rule.teamLead;
        if (i < changes->components.size() && changes->components[i].name == rule.name)
            component.commits = std::move(changes->components[i].commits);
        component.current = currentVersion(scan, tags, rules, rule, options.includePreRelease);
        component.suggestedVersion = suggestVersion(component.current.version, component.commits);
        component.newVersion = component.suggestedVersion;
        component.signOff = component.changed() ? SignOff::Pending : SignOff::NotRequired;
        plan.components.push_back(std::move(component));
    }
    plan.checklist = defaultChecklist(plan.type);
    if (options.checklistTemplates && plan.type != QLatin1String("hotfix")) {
        Expected<std::vector<ChecklistItem>> checklist =
            checklistWithTemplates(repo.workdir(), std::move(plan.checklist), newReleaseChecklistTemplateNames());
        if (!checklist)
            return checklist.error();
        plan.checklist = std::move(checklist).value();
    }
    plan.approvals = defaultApprovals(plan.type, rules, plan.releaseManager);
    return plan;
}

Expected<ReleasePlan> planRelease(const QString &clonePath, const PlanOptions &options)
{
    Expected<Repository> repo = Repository::discover(clonePath);
    if (!repo)
        return repo.error();
    Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    if (!rules)
        return rules.error();
    const WorkspaceScan scan = scanWorkspace(repo->workdir());
    if (!scan.error.isEmpty())
        return Error{Text::tr("cannot read the clone: %1").arg(scan.error), repo->workdir()};
    return planRelease(*repo, *rules, scan, options);
}

QByteArray renderManifest(const ReleasePlan &plan)
{
    QString out;
    const auto line = [&out](const QString &text) { out += text + QLatin1Char('\n'); };

    line(QStringLiteral("# ") + releaseFilePath(plan.id));
    line(QStringLiteral("release:"));
    line(QStringLiteral("  id: ") + scalar(plan.id));
    if (!plan.type.isEmpty())
        line(QStringLiteral("  type: ") + scalar(plan.type));
    if (plan.createdAt.isValid())
        line(QStringLiteral("  created_at: ") + quoted(formatTimestamp(plan.createdAt)));
    if (plan.scheduledAt.isValid())
        line(QStringLiteral("  scheduled_at: ") + quoted(formatTimestamp(plan.scheduledAt)));
    if (!plan.releaseManager.isEmpty())
        line(QStringLiteral("  release_manager: ") + quoted(plan.releaseManager));
    line(QStringLiteral("  status: draft # draft, pending_approval, approved, deploying, deployed, rolled_back"));

    line({});
    if (plan.components.empty()) {
        line(QStringLiteral("components: []"));
    } else {
        line(QStringLiteral("components:"));
        bool first = true;
        for (const ComponentPlan &c : plan.components) {
            if (!first)
                line({});
            first = false;
            line(QStringLiteral("  - name: ") + scalar(c.name));
            const QString newVersion = c.newVersion.isEmpty() && !c.changed() ? c.current.version : c.newVersion;
            if (!c.current.version.isEmpty())
                line(QStringLiteral("    current_version: ") + scalar(c.current.version));
            if (!newVersion.isEmpty())
                line(QStringLiteral("    new_version: ") + scalar(newVersion)
                     + (!c.changed() && newVersion == c.current.version ? QStringLiteral(" # No changes") : QString()));
            const QStringList changes = c.changes();
            if (changes.isEmpty()) {
                line(QStringLiteral("    changes: []"));
            } else {
                line(QStringLiteral("    changes:"));
                for (const QString &change : changes)
                    line(QStringLiteral("      - ") + quoted(change));
            }
            if (!c.team.isEmpty())
                line(QStringLiteral("    team: ") + scalar(c.team));
            if (!c.teamLead.isEmpty())
                line(QStringLiteral("    team_lead: ") + quoted(c.teamLead));
            line(QStringLiteral("    sign_off: ") + toString(c.signOff)
                 + (c.signOff == SignOff::Pending ? QStringLiteral(" # pending, approved, rejected") : QString()));
        }
    }

    line({});
    line(QStringLiteral("validation:"));
    line(QStringLiteral("  staging_deployed: false"));
    line(QStringLiteral("  integration_tests: pending"));
    if (plan.type != QLatin1String("hotfix"))
        line(QStringLiteral("  performance_tests: pending"));
    line(QStringLiteral("  security_scan: pending"));

    line({});
    if (plan.checklist.empty()) {
        line(QStringLiteral("checklist: []"));
    } else {
        line(QStringLiteral("checklist:"));
        for (const ChecklistItem &item : plan.checklist) {
            line(QStringLiteral("  - item: ") + quoted(checklistTextForRelease(item.item, plan.id, plan.scheduledAt)));
            if (!item.phase.isEmpty())
                line(QStringLiteral("    phase: ") + item.phase);
            if (!item.section.isEmpty())
                line(QStringLiteral("    section: ") + quoted(item.section));
            if (!item.role.isEmpty())
                line(QStringLiteral("    role: ") + item.role);
            if (!item.due.isEmpty())
                line(QStringLiteral("    due: ") + item.due);
            line(QStringLiteral("    status: ") + toString(item.status));
            if (item.required)
                line(QStringLiteral("    required: true"));
        }
    }

    line({});
    if (plan.approvals.empty()) {
        line(QStringLiteral("approvals: []"));
    } else {
        line(QStringLiteral("approvals:"));
        for (const Approval &approval : plan.approvals) {
            line(QStringLiteral("  - role: ") + quoted(approval.role));
            if (!approval.user.isEmpty())
                line(QStringLiteral("    user: ") + quoted(approval.user));
            line(QStringLiteral("    status: ") + toString(approval.status));
        }
    }
    return out.toUtf8();
}

QString createCommitMessage(const QString &id, const QString &type)
{
    return QStringLiteral("release(%1): create %2 release").arg(id, type.isEmpty() ? QStringLiteral("regular") : type);
}

Expected<CreatedRelease> writeRelease(Repository &repo, const QString &id, const QByteArray &text, const QString &commitMessage)
{
    if (auto valid = validateReleaseId(id); !valid)
        return valid.error();
    const QString relativePath = releaseFilePath(id);
    const ParseResult parsed = parseManifest(text, relativePath);
    if (!parsed.ok()) {
        const Diagnostic &first = parsed.errors.front();
        QString message = first.toString();
        if (parsed.errors.size() > 1)
            message += Text::tr(" (and %1 more errors)").arg(parsed.errors.size() - 1);
        return Error{Text::tr("the new manifest does not parse: %1; fix the text and try again").arg(message), {}};
    }
    if (parsed.manifest->release.id != id)
        return Error{Text::tr("the manifest says release.id %1 but the file would be %2; make them the same")
                         .arg(parsed.manifest->release.id, relativePath),
                     {}};
    if (auto branch = currentBranch(repo); !branch)
        return Error{Text::tr("cannot commit the new release: %1").arg(branch.error().message), {}};

    const QString root = repo.workdir();
    const QString absolute = root + QLatin1Char('/') + relativePath;
    if (QFileInfo::exists(absolute))
        return Error{Text::tr("%1 exists already; choose another release id").arg(relativePath), {}};
    const WorkspaceScan scan = scanWorkspace(root);
    for (const ReleaseEntry &entry : scan.releases)
        if (entry.manifest && entry.manifest->release.id == id)
            return Error{Text::tr("release %1 exists already in %2; choose another release id").arg(id, entry.relativePath), {}};
    const Expected<QStringList> dirty = uncommittedTrackedFiles(repo, QStringLiteral("releases"));
    if (!dirty)
        return dirty.error();
    if (!dirty->isEmpty())
        return Error{Text::tr("%1 has uncommitted changes; commit or discard them before creating a release")
                         .arg(dirty->join(QLatin1String(", "))),
                     {}};

    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error{Text::tr("cannot create the folder %1; check its permissions").arg(QFileInfo(absolute).absolutePath()), {}};
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error{Text::tr("cannot write %1: %2").arg(relativePath, file.errorString()), {}};

    const QString message = commitMessage.isEmpty() ? createCommitMessage(id, parsed.manifest->release.type) : commitMessage;
    const Expected<QString> commit = repo.commitFile(relativePath, message);
    if (!commit) {
        // Nothing half-done: a file nobody committed would block the next attempt with the same id.
        QFile::remove(absolute);
        return Error{Text::tr("%1 was not created: the commit failed: %2").arg(relativePath, commit.error().message), {}};
    }
    return CreatedRelease{relativePath, *commit};
}

} // namespace rc::core

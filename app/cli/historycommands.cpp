#include "cli.h"
#include "clicommon.h"
#include "jsonwriter.h"

#include "git/branches.h"
#include "git/changes.h"
#include "git/repository.h"
#include "git/tags.h"
#include "release/hotfix.h"
#include "release/newrelease.h"
#include "rules/repositoryrules.h"
#include "rules/versions.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace rc::cli {

using namespace detail;

namespace {

// Empty texts are null in the JSON, as jsonString() writes them elsewhere.
QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

void writeCommits(JsonWriter &json, const std::vector<core::CommitInfo> &commits)
{
    json.beginArray();
    for (const core::CommitInfo &commit : commits) {
        json.beginObject();
        json.key("sha");
        json.value(commit.sha);
        json.key("subject");
        json.value(commit.subject);
        json.key("author");
        json.value(commit.author);
        json.key("date");
        json.value(commit.date.toString(Qt::ISODate));
        json.key("type");
        json.value(orNull(commit.type));
        json.key("scope");
        json.value(orNull(commit.scope));
        json.key("breaking");
        json.value(commit.breaking);
        json.endObject();
    }
    json.endArray();
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

QString versionText(const core::ComponentPlan &c)
{
    const QString current = c.current.version.isEmpty() ? Cli::tr("(no version)") : c.current.version;
    if (!c.changed())
        return current;
    const QString next = c.suggestedVersion.isEmpty() ? Cli::tr("(choose)") : c.suggestedVersion;
    return current + QStringLiteral(" → ") + next;
}

QString commitsCount(size_t n)
{
    return n == 1 ? Cli::tr("1 commit") : Cli::tr("%1 commits").arg(n);
}

} // namespace

// Revisions are resolved here first so a mistyped tag is the user's input (exit 2), while anything
// failing later in the walk is the clone's (exit 1).
int Cli::runChanges(const QStringList &args)
{
    CommandLine line(QStringLiteral("changes"));
    const QCommandLineOption since(QStringLiteral("since"), tr("Start after this tag or revision (default: the last release tag reachable from --until)."), QStringLiteral("TAG"));
    const QCommandLineOption until(QStringLiteral("until"), tr("End at this revision (default: HEAD)."), QStringLiteral("REV"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (format in docs/cli.md)."));
    const QCommandLineOption preRelease(QStringLiteral("pre-release"), tr("Let pre-release tags count as current versions."));
    line.parser.addOptions({since, until, json, preRelease});
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl changes --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (!line.parser.positionalArguments().isEmpty())
        return fail(ExitInvalidInput, tr("changes takes no arguments, only options; see 'releasectl changes --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    core::Repository &repo = *context.repo;

    core::PlanOptions options;
    options.since = line.parser.value(since).trimmed();
    options.until = line.parser.isSet(until) ? line.parser.value(until).trimmed() : QStringLiteral("HEAD");
    options.includePreRelease = line.parser.isSet(preRelease);
    options.releaseManager = QStringLiteral("@-"); // not shown; saves reading the git config
    if (options.until.isEmpty())
        return fail(ExitInvalidInput, tr("--until needs a revision, e.g. --until HEAD"));
    if (line.parser.isSet(since) && options.since.isEmpty())
        return fail(ExitInvalidInput, tr("--since needs a tag or revision, e.g. --since v1.2.0"));
    if (!options.since.isEmpty())
        if (auto found = core::resolveCommit(repo, options.since); !found)
            return fail(ExitInvalidInput, tr("--since: %1").arg(found.error().message));
    const core::Expected<QString> untilSha = core::resolveCommit(repo, options.until);
    if (!untilSha)
        return fail(ExitInvalidInput, tr("--until: %1").arg(untilSha.error().message));

    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(repo);
    if (!rules)
        return fail(ExitInvalidInput, rules.error().toString());
    if (options.since.isEmpty()) {
        // No tag is the user's to fix (tag a release or pass --since), unless the history is cut off.
        if (auto tag = core::lastTag(repo, *untilSha, rules->tagPattern); !tag) {
            if (core::isShallow(repo))
                return fail(ExitFailed, tr("no release tag is reachable from %1 in this shallow clone; fetch the "
                                           "whole history with 'git fetch --unshallow', or pass --since TAG")
                                            .arg(options.until));
            return fail(ExitInvalidInput, tag.error().message);
        }
    }
    context.scan = core::scanWorkspace(repo.workdir());
    const core::Expected<core::ReleasePlan> plan = core::planRelease(repo, *rules, context.scan, options);
    if (!plan)
        return fail(ExitFailed, plan.error().toString());

    const bool empty = !plan->hasChanges() && plan->other.empty();
    if (empty)
        return fail(ExitInvalidInput, tr("no commits between %1 and %2; nothing changed since %1 (give an older --since)")
                                          .arg(plan->since.isEmpty() ? tr("the start") : plan->since, options.until));

    if (line.parser.isSet(json)) {
        // Streamed into bytes: on thousands of commits a QJsonDocument costs more than the walk.
        JsonWriter writer;
        writer.beginObject();
        writer.key("since");
        writer.value(orNull(plan->since));
        writer.key("until");
        writer.value(plan->until);
        writer.key("components");
        writer.beginArray();
        for (const core::ComponentPlan &c : plan->components) {
            writer.beginObject();
            writer.key("name");
            writer.value(c.name);
            writer.key("paths");
            writer.value(c.paths);
            writer.key("current_version");
            writer.value(orNull(c.current.version));
            writer.key("suggested_version");
            writer.value(orNull(c.suggestedVersion));
            writer.key("commits");
            writeCommits(writer, c.commits);
            writer.endObject();
        }
        writer.endArray();
        writer.key("other");
        writeCommits(writer, plan->other);
        writer.endObject();
        writeBytes(writer.bytes());
        m_out.flush();
        return ExitDone;
    }

    m_out << paint(tr("Changes %1..%2").arg(plan->since.isEmpty() ? tr("(whole history)") : plan->since,
                                            options.until + QStringLiteral(" (") + shortSha(plan->until) + QLatin1Char(')')),
                   Bold)
          << QStringLiteral("\n");
    const auto printCommits = [this](const std::vector<core::CommitInfo> &commits) {
        for (const core::CommitInfo &commit : commits) {
            const QString type = commit.type.isEmpty() ? QStringLiteral("-") : commit.type + (commit.breaking ? QStringLiteral("!") : QString());
            m_out << QStringLiteral("  ") << paint(shortSha(commit.sha), Yellow) << QStringLiteral("  ")
                  << type.leftJustified(9) << commit.subject << paint(QStringLiteral("  (%1, %2)").arg(commit.author, commit.date.toString(QStringLiteral("yyyy-MM-dd"))), Dim)
                  << QLatin1Char('\n');
        }
    };
    for (const core::ComponentPlan &c : plan->components) {
        m_out << QLatin1Char('\n') << paint(c.name, Bold) << QStringLiteral("  ") << versionText(c) << QStringLiteral("  ")
              << paint(c.changed() ? commitsCount(c.commits.size()) : tr("no changes"), c.changed() ? Green : Dim) << QLatin1Char('\n');
        printCommits(c.commits);
    }
    if (!plan->other.empty()) {
        m_out << QLatin1Char('\n') << paint(tr("other"), Bold) << QStringLiteral("  ") << commitsCount(plan->other.size())
              << paint(tr("  (no component's paths)"), Dim) << QLatin1Char('\n');
        printCommits(plan->other);
    }
    m_out.flush();
    return ExitDone;
}

namespace {

// "2024-01-15T10:00:00Z", "2024-01-15T10:00", "2024-01-15 10:00" (UTC unless an offset is given).
std::optional<QDateTime> parseScheduled(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime time = QDateTime::fromString(t, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

QString summary(const core::ReleasePlan &plan)
{
    QStringList changed;
    for (const core::ComponentPlan &c : plan.components)
        if (c.changed() || c.signOff == core::SignOff::Pending)
            changed << QStringLiteral("%1 %2").arg(c.name, versionText(c));
    return changed.join(QLatin1String(", "));
}

} // namespace

int Cli::runCreate(const QStringList &args)
{
    CommandLine line(QStringLiteral("create"));
    const QCommandLineOption since(QStringLiteral("since"), tr("Start after this tag or revision (default: the last release tag reachable from HEAD)."), QStringLiteral("TAG"));
    const QCommandLineOption type(QStringLiteral("type"), tr("regular (default), hotfix or major."), QStringLiteral("TYPE"));
    const QCommandLineOption scheduled(QStringLiteral("scheduled"), tr("When it goes out, e.g. 2024-01-16T10:00:00Z (default: the next window of its type)."), QStringLiteral("TIME"));
    const QCommandLineOption preRelease(QStringLiteral("pre-release"), tr("Let pre-release tags count as current versions."));
    line.parser.addOptions({since, type, scheduled, preRelease});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE_ID"), tr("The new release's id (default: rel-YYYY-MM-DD-NNN, the next free one today)."), QStringLiteral("[RELEASE_ID]"));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl create --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() > 1)
        return fail(ExitInvalidInput, tr("create takes at most one RELEASE_ID; see 'releasectl create --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    core::PlanOptions options;
    options.id = positional.value(0).trimmed();
    if (!options.id.isEmpty())
        if (auto valid = core::validateReleaseId(options.id); !valid)
            return fail(ExitInvalidInput, valid.error().message);
    options.type = line.parser.isSet(type) ? line.parser.value(type).trimmed().toLower() : QStringLiteral("regular");
    if (!core::isReleaseType(options.type))
        return fail(ExitInvalidInput, tr("--type %1: not a release type; use one of: %2")
                                          .arg(line.parser.value(type), core::releaseTypeNames().join(QLatin1String(", "))));
    if (line.parser.isSet(scheduled)) {
        const std::optional<QDateTime> at = parseScheduled(line.parser.value(scheduled));
        if (!at)
            return fail(ExitInvalidInput, tr("--scheduled %1: not a time; write it like 2024-01-16T10:00:00Z").arg(line.parser.value(scheduled)));
        options.scheduledAt = *at;
    }
    options.since = line.parser.value(since).trimmed();
    if (line.parser.isSet(since) && options.since.isEmpty())
        return fail(ExitInvalidInput, tr("--since needs a tag or revision, e.g. --since v1.2.0"));
    options.includePreRelease = line.parser.isSet(preRelease);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    core::Repository &repo = *context.repo;
    if (!options.since.isEmpty())
        if (auto found = core::resolveCommit(repo, options.since); !found)
            return fail(ExitInvalidInput, tr("--since: %1").arg(found.error().message));
    if (auto branch = core::currentBranch(repo); !branch)
        return fail(ExitFailed, tr("cannot create a release here: %1").arg(branch.error().message));
    if (auto head = core::resolveCommit(repo, QStringLiteral("HEAD")); !head)
        return fail(ExitFailed, tr("HEAD has no commit yet; commit something first"));
    const core::Expected<QStringList> dirty = core::uncommittedTrackedFiles(repo, QStringLiteral("releases"));
    if (!dirty)
        return fail(ExitFailed, dirty.error().toString());
    if (!dirty->isEmpty())
        return fail(ExitFailed, tr("%1 has uncommitted changes; commit or discard them before creating a release")
                                    .arg(dirty->join(QLatin1String(", "))));
    options.releaseManager = repo.userHandle();
    if (options.releaseManager.isEmpty())
        return fail(ExitInvalidInput, tr("who manages this release? Set your handle once with 'git config releaseconsole.user @you'"));

    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(repo);
    if (!rules)
        return fail(ExitInvalidInput, rules.error().toString());
    context.scan = core::scanWorkspace(repo.workdir());
    if (!context.scan.error.isEmpty())
        return fail(ExitFailed, tr("cannot read the clone at %1: %2").arg(repo.workdir(), context.scan.error));
    if (!options.id.isEmpty()) {
        const QString path = core::releaseFilePath(options.id);
        if (QFileInfo::exists(QDir(repo.workdir()).filePath(path)))
            return fail(ExitInvalidInput, tr("%1 exists already; choose another release id").arg(path));
        for (const core::ReleaseEntry &entry : context.scan.releases)
            if (entry.manifest && entry.manifest->release.id == options.id)
                return fail(ExitInvalidInput, tr("release %1 exists already in %2; choose another release id").arg(options.id, entry.relativePath));
    }
    if (options.since.isEmpty()) {
        if (auto tag = core::lastTag(repo, QStringLiteral("HEAD"), rules->tagPattern); !tag) {
            if (core::isShallow(repo))
                return fail(ExitFailed, tr("no release tag is reachable from HEAD in this shallow clone; fetch the whole "
                                           "history with 'git fetch --unshallow', or pass --since TAG"));
            return fail(ExitInvalidInput, tag.error().message);
        }
    }

    const core::Expected<core::ReleasePlan> plan = core::planRelease(repo, *rules, context.scan, options);
    if (!plan)
        return fail(ExitFailed, plan.error().toString());
    if (!plan->hasChanges())
        return fail(ExitInvalidInput, tr("no component changed since %1; there is nothing to release (give an older --since)").arg(plan->since));

    const QByteArray text = core::renderManifest(*plan);
    const core::Expected<core::CreatedRelease> created = core::writeRelease(repo, plan->id, text);
    if (!created)
        return fail(ExitFailed, created.error().toString());
    m_out << paint(QStringLiteral("✓ "), Green)
          << tr("created %1 (%2, %3 release since %4) in commit %5")
                 .arg(created->relativePath, plan->id, plan->type, plan->since, shortSha(created->commitSha))
          << QLatin1Char('\n') << QStringLiteral("  ") << summary(*plan) << QLatin1Char('\n');
    m_out.flush();
    notifyRelease(context, core::NotificationEvent::ReleaseCreated, QDir(repo.workdir()).filePath(created->relativePath));
    return ExitDone;
}

int Cli::runHotfix(const QStringList &args)
{
    CommandLine line(QStringLiteral("hotfix"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Start from this tag (default: the production tag, the tag of the newest deployed release)."), QStringLiteral("TAG"));
    const QCommandLineOption component(QStringLiteral("component"), tr("The component to fix (required when there are several)."), QStringLiteral("NAME"));
    const QCommandLineOption id(QStringLiteral("id"), tr("The hotfix release's id (default: rel-YYYY-MM-DD-hotfix-NNN)."), QStringLiteral("RELEASE_ID"));
    line.parser.addOptions({from, component, id});
    line.parser.addPositionalArgument(QStringLiteral("NAME"), tr("The hotfix's name: the branch becomes hotfix/NAME."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl hotfix --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 1)
        return fail(ExitInvalidInput, tr("hotfix needs NAME (the branch becomes hotfix/NAME); see 'releasectl hotfix --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    core::HotfixOptions options;
    options.name = positional.at(0).trimmed();
    options.fromTag = line.parser.value(from).trimmed();
    options.component = line.parser.value(component).trimmed();
    options.id = line.parser.value(id).trimmed();
    if (!core::isValidBranchName(QStringLiteral("hotfix/") + options.name) || options.name.isEmpty())
        return fail(ExitInvalidInput, tr("'%1' cannot be a branch name; use letters, digits, '-', '_' and '.', e.g. hotfix geo-bounds").arg(options.name));
    if (!options.id.isEmpty())
        if (auto valid = core::validateReleaseId(options.id); !valid)
            return fail(ExitInvalidInput, valid.error().message);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    core::Repository &repo = *context.repo;
    if (auto branch = core::currentBranch(repo); !branch)
        return fail(ExitFailed, tr("cannot start a hotfix here: %1").arg(branch.error().message));
    const core::Expected<QStringList> dirty = core::uncommittedTrackedFiles(repo);
    if (!dirty)
        return fail(ExitFailed, dirty.error().toString());
    if (!dirty->isEmpty())
        return fail(ExitFailed, tr("tracked files have uncommitted changes (%1); commit or stash them before switching to hotfix/%2")
                                    .arg(dirty->mid(0, 5).join(QLatin1String(", ")), options.name));
    if (!options.fromTag.isEmpty())
        if (auto found = core::resolveCommit(repo, options.fromTag); !found)
            return fail(ExitInvalidInput, tr("--from: %1").arg(found.error().message));
    options.releaseManager = repo.userHandle();
    if (options.releaseManager.isEmpty())
        return fail(ExitInvalidInput, tr("who manages this hotfix? Set your handle once with 'git config releaseconsole.user @you'"));

    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(repo);
    if (!rules)
        return fail(ExitInvalidInput, rules.error().toString());
    context.scan = core::scanWorkspace(repo.workdir());
    if (!context.scan.error.isEmpty())
        return fail(ExitFailed, tr("cannot read the clone at %1: %2").arg(repo.workdir(), context.scan.error));
    // Everything planHotfix refuses is a choice the user makes differently: a name, a tag, a component.
    const core::Expected<core::HotfixPlan> plan = core::planHotfix(repo, *rules, context.scan, options);
    if (!plan)
        return fail(ExitInvalidInput, plan.error().toString());
    const core::Expected<core::StartedHotfix> started = core::startHotfix(repo, *plan, core::renderManifest(plan->release));
    if (!started)
        return fail(ExitFailed, started.error().toString());
    const core::ComponentPlan &c = plan->release.components.front();
    m_out << paint(QStringLiteral("✓ "), Green)
          << tr("switched to new branch %1 at %2 (%3); created %4 for %5 %6 → %7 in commit %8")
                 .arg(started->branch, plan->fromTag, shortSha(plan->fromSha), started->relativePath, c.name,
                      c.current.version.isEmpty() ? tr("(no version)") : c.current.version, c.newVersion, shortSha(started->commitSha))
          << QLatin1Char('\n')
          << tr("  next: commit the fix on %1, then get the Tech Lead and On-call approvals").arg(started->branch) << QLatin1Char('\n');
    m_out.flush();
    notifyRelease(context, core::NotificationEvent::ReleaseCreated, QDir(repo.workdir()).filePath(started->relativePath));
    return ExitDone;
}

} // namespace rc::cli

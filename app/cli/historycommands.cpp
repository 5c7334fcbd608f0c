#include "cli.h"
#include "clicommon.h"

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

QJsonObject jsonCommit(const core::CommitInfo &commit)
{
    return QJsonObject{
        {QStringLiteral("sha"), commit.sha},
        {QStringLiteral("subject"), commit.subject},
        {QStringLiteral("author"), commit.author},
        {QStringLiteral("date"), commit.date.toString(Qt::ISODate)},
        {QStringLiteral("type"), jsonString(commit.type)},
        {QStringLiteral("scope"), jsonString(commit.scope)},
        {QStringLiteral("breaking"), commit.breaking},
    };
}

QJsonArray jsonCommits(const std::vector<core::CommitInfo> &commits)
{
    QJsonArray array;
    for (const core::CommitInfo &commit : commits)
        array.append(jsonCommit(commit));
    return array;
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
        QJsonArray components;
        for (const core::ComponentPlan &c : plan->components) {
            components.append(QJsonObject{
                {QStringLiteral("name"), c.name},
                {QStringLiteral("paths"), jsonStrings(c.paths)},
                {QStringLiteral("current_version"), jsonString(c.current.version)},
                {QStringLiteral("suggested_version"), jsonString(c.suggestedVersion)},
                {QStringLiteral("commits"), jsonCommits(c.commits)},
            });
        }
        m_out << writeJson(QJsonDocument(QJsonObject{
            {QStringLiteral("since"), jsonString(plan->since)},
            {QStringLiteral("until"), plan->until},
            {QStringLiteral("components"), components},
            {QStringLiteral("other"), jsonCommits(plan->other)},
        }));
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

int Cli::runCreate(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("create is not available in this build"));
}

int Cli::runHotfix(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("hotfix is not available in this build"));
}

} // namespace rc::cli

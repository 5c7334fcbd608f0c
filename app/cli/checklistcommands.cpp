// releasectl checklist RELEASE --add TEMPLATE: the release process's checklists appended to a
// manifest; and the due times status shows for release-day items.

#include "clicommon.h"

#include "manifest/manifestedit.h"
#include "rules/checklistschedule.h"
#include "rules/checklisttemplates.h"
#include "rules/repositoryrules.h"
#include "workspace/workspace.h"

namespace rc::cli {

using core::ReleaseEntry;

namespace detail {

ChecklistTiming checklistTiming(const core::Repository *repo, const core::Manifest &manifest, const QDateTime &at)
{
    ChecklistTiming timing;
    timing.now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    std::optional<core::RepositoryRules> rules;
    if (repo) {
        if (core::Expected<core::RepositoryRules> loaded = core::loadRepositoryRules(*repo))
            rules = std::move(loaded).value();
    }
    timing.windowMinutes = core::releaseWindowMinutes(rules ? &*rules : nullptr, manifest.release.type);
    return timing;
}

void addChecklistTiming(QJsonObject &object, const core::ChecklistItem &item, const core::Manifest &manifest,
                        const ChecklistTiming &timing)
{
    object[QStringLiteral("phase")] = jsonString(item.phase);
    object[QStringLiteral("section")] = jsonString(item.section);
    object[QStringLiteral("role")] = jsonString(item.role);
    object[QStringLiteral("due")] = jsonString(item.due);
    const core::ChecklistDue due =
        core::checklistDue(item, manifest.release.scheduledAt, timing.windowMinutes, timing.now);
    object[QStringLiteral("due_at")] = jsonTime(due.dueAt);
    object[QStringLiteral("due_state")] = jsonString(core::dueStateName(due.state));
}

QString checklistGroup(const core::ChecklistItem &item)
{
    QString phase;
    if (item.phase == QLatin1String("pre_release"))
        phase = Cli::tr("Pre-release");
    else if (item.phase == QLatin1String("release_day"))
        phase = Cli::tr("Release day");
    else if (item.phase == QLatin1String("signoff"))
        phase = Cli::tr("Sign-off");
    if (phase.isEmpty() || item.section.isEmpty())
        return phase.isEmpty() ? item.section : phase;
    return Cli::tr("%1: %2").arg(phase, item.section);
}

QString dueText(const core::ChecklistItem &item, const core::Manifest &manifest, const ChecklistTiming &timing,
                const char *&colour)
{
    const core::ChecklistDue due =
        core::checklistDue(item, manifest.release.scheduledAt, timing.windowMinutes, timing.now);
    colour = nullptr;
    if (due.state == core::DueState::None)
        return {};
    const QString when = humanTime(due.dueAt);
    switch (due.state) {
    case core::DueState::Overdue:
        colour = Red;
        return Cli::tr("%1, overdue since %2").arg(item.due, when);
    case core::DueState::Due:
        colour = Yellow;
        return Cli::tr("%1, due now (by %2)").arg(item.due, when);
    case core::DueState::Upcoming:
        colour = Dim;
        return Cli::tr("%1, from %2").arg(item.due, humanTime(due.opensAt));
    case core::DueState::Done:
        colour = Dim;
        return item.due;
    case core::DueState::None:
        break;
    }
    return {};
}

} // namespace detail

int Cli::runChecklistAdd(Context &context, const ReleaseEntry &entry, const QStringList &specs, bool force,
                         const QString &byOption, bool commit)
{
    const QString root = context.repo->workdir();
    const core::Manifest &manifest = *entry.manifest;
    core::ChecklistAppendEdit edit;
    QStringList titles;
    for (const QString &spec : specs) {
        const core::Expected<QString> name = core::checklistTemplateName(spec, root);
        if (!name)
            return fail(ExitInvalidInput, name.error().toString());
        const core::Expected<core::ChecklistTemplate> loaded = core::loadChecklistTemplate(root, *name);
        if (!loaded) {
            return fail(ExitInvalidInput, tr("%1\n%2 was not changed.").arg(loaded.error().toString(), entry.relativePath));
        }
        if (loaded->appliesWhen == QLatin1String("migrations") && !force) {
            const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*context.repo);
            if (!rules)
                return fail(ExitInvalidInput, rules.error().toString());
            const core::Expected<core::MigrationCheck> check = core::checkMigrations(*context.repo, *rules, manifest);
            if (!check)
                return fail(ExitFailed, check.error().toString());
            if (!check->hasMigrations) {
                return fail(ExitInvalidInput,
                            tr("the %1 checklist applies only to a release with database migrations, and no commit %2 "
                               "changed migrations/, db/migrate/ or db/migrations/ in the components of %3; pass "
                               "--force to add it anyway")
                                .arg(loaded->name,
                                     check->since.isEmpty() ? tr("in the history") : tr("since %1").arg(check->since),
                                     manifest.release.id));
            }
        }
        titles << loaded->name;
        const std::vector<core::ChecklistItem> items = core::checklistItemsForRelease(loaded->items, manifest);
        edit.items.insert(edit.items.end(), items.begin(), items.end());
    }
    // Commit messages are not translated: the history reads in one language.
    edit.source = titles.size() == 1 ? QStringLiteral("%1 checklist").arg(titles.front())
                                     : QStringLiteral("%1 checklists").arg(titles.join(QLatin1String(", ")));

    if (core::checklistItemsToAdd(manifest, edit.items).empty()) {
        m_out << tr("nothing to add: every item of %1 is in the checklist of %2 already")
                     .arg(titles.join(QLatin1String(", ")), manifest.release.id)
              << Qt::endl;
        return ExitDone;
    }
    edit.by = resolveUser(context, byOption);
    if (edit.by.isEmpty())
        return ExitInvalidInput;
    edit.at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return applyAndCommit(context, entry, edit, commit);
}

} // namespace rc::cli

#pragma once

#include "expected.h"
#include "manifest/manifest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

class Repository;
struct RepositoryRules;

/// A checklist template: the release process's pre-release, release-day and per-role sign-off
/// checklists. Built into the core library (:/checklists/NAME.yaml) and replaceable per clone by
/// `.release-console/checklists/NAME.yaml` in the same form.
struct ChecklistTemplate
{
    QString name; ///< "pre-release", "release-day", "signoff-qa_lead"
    QString title; ///< "Pre-Release Checklist"
    QString phase; ///< pre_release, release_day or signoff; items without their own phase take it
    QString role; ///< for sign-off checklists; items without their own role take it
    QString appliesWhen; ///< "migrations" (the DBA checklist) or empty: always
    std::vector<ChecklistItem> items; ///< pending, with phase/section/role/due as the template says
    QString source; ///< ":/checklists/NAME.yaml" or ".release-console/checklists/NAME.yaml"
    bool builtIn = true;
};

struct ChecklistTemplateParse
{
    std::optional<ChecklistTemplate> checklistTemplate; ///< set when there are no errors
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings; ///< unknown keys (ignored)
};

/// Reads a template from its bytes; `fileName` names it in diagnostics (file:line:column).
/// Errors: YAML syntax, a root that is not a mapping, no items, an item without text, invalid
/// phase/role/due (as the manifest parser checks them), files over 256 KiB. Never throws.
ChecklistTemplateParse parseChecklistTemplate(const QByteArray &bytes, const QString &fileName);

/// The roles that have a sign-off checklist: team_lead, qa_lead, security, dba, release_manager.
QStringList checklistRoleNames();

/// The built-in templates: pre-release, release-day, then signoff-ROLE for each role.
QStringList builtInChecklistTemplateNames();

/// The templates a new regular or major release starts with: pre-release and release-day.
QStringList newReleaseChecklistTemplateNames();

/// Turns what a person types into a template name: "pre-release", "release-day",
/// "role:qa_lead" (or "signoff-qa_lead", "qa_lead"). The error lists what exists in the clone.
Expected<QString> checklistTemplateName(const QString &spec, const QString &cloneRoot = {});

/// ".release-console/checklists/NAME.yaml": where a clone replaces a template, relative to its root.
QString checklistOverridePath(const QString &name);

/// Every template the clone can use: the built-ins and any further NAME.yaml in its override folder.
QStringList availableChecklistTemplates(const QString &cloneRoot);

/// Loads template `name`: the clone's override when `cloneRoot` has one, else the built-in. An
/// override that does not parse is an error at its file:line:column; the built-in is then not
/// used in its place (the clone asked for its own), so the caller changes nothing and says so.
Expected<ChecklistTemplate> loadChecklistTemplate(const QString &cloneRoot, const QString &name);

/// The checklist of a new release: `base` (the release type's gate items) followed by the items
/// of every template in `templateNames` that `base` does not hold yet. A base item whose text a
/// template has takes the template's phase, section, role and due, and stays required when
/// either says so. Fails like loadChecklistTemplate.
Expected<std::vector<ChecklistItem>> checklistWithTemplates(const QString &cloneRoot, std::vector<ChecklistItem> base,
                                                            const QStringList &templateNames);

/// A template item's text for one release: `{release_date}` becomes the day the release is
/// scheduled for (UTC, YYYY-MM-DD), else the date in its id (rel-2024-01-15-001), else its id;
/// `{release_id}` becomes the id. "Release channel opened (#release-{release_date})".
QString checklistTextForRelease(const QString &text, const QString &releaseId, const QDateTime &scheduledAt);
/// The items with their text filled in for the release, as they go into its manifest.
std::vector<ChecklistItem> checklistItemsForRelease(std::vector<ChecklistItem> items, const Manifest &manifest);

/// Whether a release has database migrations, which is when the DBA sign-off checklist applies:
/// a non-merge commit in `since..until` changed a file under `migrations/`, `db/migrate/` or
/// `db/migrations/` directly inside the path of one of the release's components (those with a
/// sign-off other than not_required, as the rules map them to paths).
struct MigrationCheck
{
    bool hasMigrations = false;
    QStringList components; ///< the components with migration changes
    QString since; ///< the range's start as used (a tag), empty for the whole history
};

/// `since` empty: the last tag reachable from `until` (the rules' tag pattern); no tag: the whole history.
Expected<MigrationCheck> checkMigrations(const Repository &repo, const RepositoryRules &rules, const Manifest &manifest,
                                         const QString &since = {}, const QString &until = QStringLiteral("HEAD"));

} // namespace rc::core

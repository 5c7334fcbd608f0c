#pragma once

#include "expected.h"
#include "git/changes.h"
#include "manifest/manifest.h"
#include "rules/versions.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::core {

class Repository;
struct ComponentRule;
struct RepositoryRules;
struct WorkspaceScan;

// A new release from the history: plan it (what changed per component, current and suggested
// versions), render the plan as manifest text in the seed's format (for a preview), then write and
// commit that text. Everything here is a pure function of its inputs or works on a Repository the
// caller owns, so the GUI runs it on a worker thread with its own Repository.

/// One component's row of a new release.
struct ComponentPlan
{
    QString name;
    QStringList paths;
    QString team;
    QString teamLead;
    /// The component's non-merge commits in the range, newest first (as changesBetween gives them).
    std::vector<CommitInfo> commits;
    CurrentVersion current;
    QString suggestedVersion; ///< suggestVersion(current.version, commits)
    QString newVersion; ///< what the manifest will say; starts as suggestedVersion, the person may edit it
    /// pending for a changed component (its team signs it off), not_required for an unchanged one;
    /// a hotfix's single component is pending although it has no commits yet.
    SignOff signOff = SignOff::NotRequired;

    bool changed() const { return !commits.empty(); }
    /// The `changes:` list, oldest first: "type: Description" with the description's first letter
    /// capitalised and the scope dropped when it only repeats the component's name, as the seed
    /// writes them ("feat(api): add bulk upload" in component api → "feat: Add bulk upload");
    /// "!" kept for breaking changes; subjects that are not conventional are kept as they are.
    QStringList changes() const;
};

/// Everything a new manifest says, before it is text.
struct ReleasePlan
{
    QString id;
    QString type = QStringLiteral("regular"); ///< regular, hotfix or major
    QDateTime createdAt; ///< UTC, whole seconds
    QDateTime scheduledAt; ///< UTC; invalid: `scheduled_at` is not written
    QString releaseManager; ///< "@handle"
    QString since; ///< the start of the range as given or chosen (a tag name); empty: whole history
    QString sinceSha;
    QString until; ///< full commit id of the end of the range
    std::vector<ComponentPlan> components; ///< in the rules' order
    std::vector<CommitInfo> other; ///< commits in the range that belong to no component
    std::vector<ChecklistItem> checklist;
    std::vector<Approval> approvals;

    /// True when at least one component has commits.
    bool hasChanges() const;
    ComponentPlan *component(const QString &name);
    const ComponentPlan *component(const QString &name) const;
};

/// The release types a manifest may name.
QStringList releaseTypeNames();
bool isReleaseType(const QString &type);

/// Checks a release id given by a person: 1 to 100 characters, letters, digits, ".", "_" and "-",
/// starting with a letter or digit, no "..": it becomes the file name releases/ID.yaml. The error
/// says what is allowed.
Expected<Done> validateReleaseId(const QString &id);

/// "releases/ID.yaml".
QString releaseFilePath(const QString &id);

/// The next free id for `day`: rel-YYYY-MM-DD-NNN (rel-YYYY-MM-DD-hotfix-NNN for a hotfix), NNN
/// one above the highest taken that day, counting both release ids and file names under releases/.
QString nextReleaseId(const WorkspaceScan &scan, const QDate &day, const QString &type = QStringLiteral("regular"));

/// The checklist a release type requires, every item pending. Regular: the seed manifest's seven
/// items; required are those the seed's manifest or its "Create Release Manifest" job marks required
/// (team sign-offs, integration tests, security scan, rollback plan, on-call notified). Major: the
/// same, all required, and "Stakeholders notified". Hotfix: quick staging validation (15 min),
/// rollback plan, on-call notified, all required.
std::vector<ChecklistItem> defaultChecklist(const QString &type);

/// The approvals a release type requires, every one pending. When the rules' release type lists
/// roles by name those are used, in order; the shorthands `team_leads` / `all_stakeholders` and no
/// rules mean the seed's: regular → Release Manager, Tech Lead, QA Lead, Security; major → the same
/// and DBA; hotfix → Tech Lead and On-call. Users are the seed's handles (@tech-lead, @qa-lead,
/// @security-team, @oncall, @dba-team), the release manager for Release Manager, and for any
/// other role "@" followed by the role in lower case with dashes.
std::vector<Approval> defaultApprovals(const QString &type, const RepositoryRules &rules, const QString &releaseManager);

/// When a release of `type` would go out: the next start of its window after `now` on the rules'
/// day ("tuesday", window start "10:00"; the seed's Tuesday 10:00 UTC for regular when the rules
/// have no release types). Invalid when the type has no fixed day (hotfix, monthly major).
QDateTime defaultSchedule(const RepositoryRules &rules, const QString &type, const QDateTime &now);

struct PlanOptions
{
    QString since; ///< tag or revision; empty: lastTag(until, rules.tagPattern)
    QString until = QStringLiteral("HEAD");
    QString type = QStringLiteral("regular");
    QString id; ///< empty: nextReleaseId(scan, now's date, type)
    QDateTime scheduledAt; ///< invalid: defaultSchedule()
    QDateTime now; ///< invalid: the current time (tests pass one)
    QString releaseManager; ///< empty: Repository::userHandle()
    bool includePreRelease = false; ///< let pre-release tags count as current versions
    bool wholeHistoryWithoutTag = false; ///< no tag reachable and no --since: walk everything instead of failing
    /// Add the pre-release and release-day checklist templates (the clone's own when it has them)
    /// to a regular or major release's checklist; a hotfix keeps its short list.
    bool checklistTemplates = true;
};

/// Reads the history and builds the plan: changesBetween(since, until) over the rules' components,
/// each component's current version (currentVersion) and suggestion, checklist and approvals for
/// the type (with the pre-release and release-day templates, see checklistWithTemplates()). Fails
/// (with a message that says what to do) on a clone template that does not parse, an unknown type, an invalid id, a
/// revision that does not exist, no tag to start from, or history missing from a shallow clone.
/// A range without commits is not an error here (hasChanges() says it), nor is a missing release
/// manager handle (releaseManager stays empty; the caller asks for one before writing).
Expected<ReleasePlan> planRelease(const Repository &repo, const RepositoryRules &rules, const WorkspaceScan &scan,
                                  const PlanOptions &options);

/// The same for the clone at `clonePath`: opens it, loads its rules and scans its manifests. For
/// a worker thread.
Expected<ReleasePlan> planRelease(const QString &clonePath, const PlanOptions &options);

/// The manifest text in the seed's format and key order: a `# releases/ID.yaml` comment, the
/// `release:` block (id, type, status draft, created_at, scheduled_at, release_manager), then
/// `components:` (changed ones with their `changes:`, `sign_off: pending`; unchanged ones with
/// new_version equal to current_version, `changes: []`, `sign_off: not_required`), `validation:`
/// (staging_deployed false, tests and scan pending), `checklist:` (with each item's phase,
/// section, role and due when it has them) and `approvals:`. Strings are
/// quoted as the seed quotes them. Always parses with parseManifest without errors.
QByteArray renderManifest(const ReleasePlan &plan);

/// The commit message for a new release: "release(ID): create TYPE release".
QString createCommitMessage(const QString &id, const QString &type);

struct CreatedRelease
{
    QString relativePath; ///< releases/ID.yaml
    QString commitSha;
};

/// Writes `text` to releases/ID.yaml and commits only that file on the current branch. Refuses,
/// before touching anything: an invalid id; text that does not parse without errors or whose
/// release.id is not `id`; an existing file or another manifest with that release id; uncommitted
/// changes to files under releases/; a detached HEAD. The file is written atomically (QSaveFile), and
/// removed again when the commit fails, so a failure leaves neither a file nor a commit.
/// `commitMessage` empty: createCommitMessage(id, the text's type).
Expected<CreatedRelease> writeRelease(Repository &repo, const QString &id, const QByteArray &text,
                                      const QString &commitMessage = {});

} // namespace rc::core

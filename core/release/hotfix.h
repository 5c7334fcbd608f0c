#pragma once

#include "expected.h"
#include "release/newrelease.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rc::core {

class Repository;
struct RepositoryRules;
struct WorkspaceScan;

// The seed's hotfix process: a branch hotfix/NAME from the production tag, and a hotfix manifest
// for a single component with Tech Lead and On-call approvals instead of a full team sign-off round.

/// The tag production runs, and the release it came from.
struct ProductionTag
{
    QString tag; ///< tag name
    QString sha; ///< full id of the commit it names
    QString releaseId; ///< the deployed release it belongs to
    QString deployCommit; ///< the commit that moved that release's manifest to deployed (empty when the tag is named after the release)
};

/// The production tag: the tag of the newest deployed release in the scan (status `deployed`,
/// newest first as the scan sorts). That is a tag named exactly like the release id when one
/// exists; otherwise the nearest tag (rules' tag_pattern, as lastTag chooses) reachable from the
/// commit that moved the release's manifest to `deployed` in HEAD's history (of several tags on
/// that commit, one without a component prefix, "v2024.01.08" rather than "api/v1.2.3"). Fails when no release
/// is deployed, its manifest's history is not in this clone, or no tag is reachable, saying to pass
/// --from TAG.
Expected<ProductionTag> productionTag(const Repository &repo, const RepositoryRules &rules, const WorkspaceScan &scan);

struct HotfixOptions
{
    QString name; ///< the branch becomes hotfix/NAME
    QString fromTag; ///< empty: productionTag()
    QString component; ///< empty: the only component of the rules, else an error listing them
    QString id; ///< empty: nextReleaseId(scan, today, "hotfix")
    QDateTime now; ///< invalid: the current time
    QString releaseManager; ///< empty: Repository::userHandle()
    bool includePreRelease = false;
};

struct HotfixPlan
{
    QString branch; ///< "hotfix/NAME"
    QString fromTag;
    QString fromSha;
    ReleasePlan release; ///< type hotfix, one component
};

/// Plans a hotfix without touching the clone: checks the name (a valid branch name, the branch does
/// not exist), the tag (exists; default productionTag()), the component (in the rules; required
/// when there are several), and builds the manifest's plan: the component's current version
/// (currentVersion), the patch bump as new version, no changes yet, `sign_off: pending` for its
/// team lead (the one team that owns the fix signs it off, as the demo's hotfix manifest shows;
/// the other teams are not asked), the hotfix checklist and the Tech Lead and On-call approvals.
Expected<HotfixPlan> planHotfix(const Repository &repo, const RepositoryRules &rules, const WorkspaceScan &scan,
                                const HotfixOptions &options);

struct StartedHotfix
{
    QString branch;
    QString previousBranch; ///< what was checked out before
    QString relativePath; ///< releases/ID.yaml
    QString commitSha; ///< the commit of the manifest on the new branch
};

/// Carries the plan out: refuses a detached HEAD and tracked files with uncommitted changes, then
/// creates the branch at plan.fromSha, switches the clone to it, and writes and commits `text` (the
/// rendered or edited manifest, see writeRelease) on it. When a step fails the clone is put back:
/// the previous branch checked out, the new branch deleted, no file left.
Expected<StartedHotfix> startHotfix(Repository &repo, const HotfixPlan &plan, const QByteArray &text);

/// "release(ID): create hotfix release for COMPONENT from TAG".
QString hotfixCommitMessage(const HotfixPlan &plan);

} // namespace rc::core

#pragma once

#include "expected.h"
#include "manifest/manifest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rc::core {

class Repository;

/// Whether an action may be dispatched for a release, and if not, why in plain words.
struct DeployGate
{
    bool allowed = false;
    QStringList blockers;
};

class ReleaseCalendar;

/// Deploying is gated by the core readiness (checkReadiness): its blockers, verbatim.
DeployGate deployGate(const Manifest &manifest);
/// The same with the rules' release windows and freezes at `now` (a break-glass override in the
/// manifest lifts those): what releasectl deploy and the window's Deploy use when they have the rules.
DeployGate deployGate(const Manifest &manifest, const ReleaseCalendar &calendar, const QDateTime &now);
/// Rolling back needs a deployed release.
DeployGate rollbackGate(const Manifest &manifest);

/// The workflow run a lifecycle step refers to.
struct DeploymentRun
{
    qint64 runId = 0;
    QString htmlUrl;
    bool dryRun = true; ///< dry runs never touch the manifest: every mark* refuses them
    QString conclusion; ///< for markFailed: "failure", "cancelled", ...; empty means failure
};

/// What a lifecycle step came to.
struct LifecycleOutcome
{
    enum class Kind {
        Done, ///< saved and committed
        DryRun, ///< refused: a dry run does not change the manifest
        InvalidTransition, ///< the manifest's status does not allow the step (someone else moved it)
        ChangedOnDisk, ///< the file changed since it was loaded; nothing written
        NotSaved, ///< the file could not be read, parsed or written
        NotCommitted, ///< saved, but the commit failed (the file is left edited)
    };

    Kind kind = Kind::NotSaved;
    QString message; ///< what happened, where, and what to do
    QString commitId; ///< hex, for Done
    QString commitMessage;
    ReleaseStatus from = ReleaseStatus::Draft;
    ReleaseStatus to = ReleaseStatus::Draft;

    bool ok() const { return kind == Kind::Done; }
};

/// The manifest side of deploy and rollback. Each step is one status edit (StatusEdit, checked
/// with canTransition and applied with the minimal-diff editor), saved atomically without
/// overwriting a file that changed on disk since `expectedBytes` were read, and committed alone
/// with a message that names the run:
///
/// - markDeploying: approved → deploying, "release(ID): deploying, run N: URL"
/// - markDeployed:  deploying → deployed, "release(ID): deployed, run N succeeded: URL"
/// - markFailed:    deploying → approved, "release(ID): deploy run N failed: URL"
/// - markRolledBack: deployed → rolled_back, "release(ID): rolled back, run N: URL" and the reason
///
/// `relativePath` is the manifest's path in the work tree ("releases/rel-x.yaml"). `expectedBytes`
/// is the text the caller decided on (what it showed the user); empty means "as it is now".
class Deployment
{
public:
    Deployment(Repository &repo, QString relativePath);

    /// The bytes a later step compares the file with; defaults to the file as it is at the step.
    void setExpectedBytes(const QByteArray &bytes) { m_expected = bytes; }

    LifecycleOutcome markDeploying(const DeploymentRun &run);
    LifecycleOutcome markDeployed(const DeploymentRun &run);
    LifecycleOutcome markFailed(const DeploymentRun &run);
    LifecycleOutcome markRolledBack(const DeploymentRun &run, const QString &reason);

private:
    LifecycleOutcome apply(ReleaseStatus to, const DeploymentRun &run, const QString &reason);

    Repository &m_repo;
    QString m_relativePath;
    QByteArray m_expected;
};

/// The commit message of a lifecycle step, for the GUI to show before it commits.
QString lifecycleCommitMessage(const QString &releaseId, ReleaseStatus to, const DeploymentRun &run,
                               const QString &reason = {});

} // namespace rc::core

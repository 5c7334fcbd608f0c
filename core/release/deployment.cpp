#include "deployment.h"

#include "git/repository.h"
#include "manifest/manifestedit.h"
#include "manifest/manifestfile.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"

#include <QCoreApplication>
#include <QDir>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Deployment)
};

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

DeployGate deployGate(const Manifest &manifest)
{
    const Readiness readiness = checkReadiness(manifest);
    return {readiness.ready, readiness.blockers};
}

DeployGate deployGate(const Manifest &manifest, const ReleaseCalendar &calendar, const QDateTime &now)
{
    const Readiness readiness = checkReadiness(manifest, calendar, now);
    return {readiness.ready, readiness.blockers};
}

DeployGate rollbackGate(const Manifest &manifest)
{
    if (manifest.release.status == ReleaseStatus::Deployed)
        return {true, {}};
    return {false, {Text::tr("status is %1: only a deployed release can be rolled back").arg(toString(manifest.release.status))}};
}

QString lifecycleCommitMessage(const QString &releaseId, ReleaseStatus to, const DeploymentRun &run, const QString &reason)
{
    const QString prefix = QStringLiteral("release(%1): ").arg(releaseId);
    switch (to) {
    case ReleaseStatus::Deploying:
        return prefix + QStringLiteral("deploying, run %1: %2").arg(run.runId).arg(run.htmlUrl);
    case ReleaseStatus::Deployed:
        return prefix + QStringLiteral("deployed, run %1 succeeded: %2").arg(run.runId).arg(run.htmlUrl);
    case ReleaseStatus::Approved: {
        const QString how = run.conclusion.isEmpty() || run.conclusion == QLatin1String("failure")
            ? QStringLiteral("failed")
            : QStringLiteral("failed (%1)").arg(run.conclusion);
        return prefix + QStringLiteral("deploy run %1 %2: %3").arg(run.runId).arg(how, run.htmlUrl);
    }
    case ReleaseStatus::RolledBack:
        return prefix + QStringLiteral("rolled back, run %1: %2\n\nReason: %3").arg(run.runId).arg(run.htmlUrl, oneLine(reason));
    default:
        break;
    }
    return prefix + QStringLiteral("status %1, run %2: %3").arg(toString(to)).arg(run.runId).arg(run.htmlUrl);
}

Deployment::Deployment(Repository &repo, QString relativePath)
    : m_repo(repo), m_relativePath(std::move(relativePath))
{
}

LifecycleOutcome Deployment::markDeploying(const DeploymentRun &run)
{
    return apply(ReleaseStatus::Deploying, run, {});
}

LifecycleOutcome Deployment::markDeployed(const DeploymentRun &run)
{
    return apply(ReleaseStatus::Deployed, run, {});
}

LifecycleOutcome Deployment::markFailed(const DeploymentRun &run)
{
    return apply(ReleaseStatus::Approved, run, {});
}

LifecycleOutcome Deployment::markRolledBack(const DeploymentRun &run, const QString &reason)
{
    return apply(ReleaseStatus::RolledBack, run, reason);
}

LifecycleOutcome Deployment::apply(ReleaseStatus to, const DeploymentRun &run, const QString &reason)
{
    LifecycleOutcome outcome;
    outcome.to = to;
    if (run.dryRun) {
        outcome.kind = LifecycleOutcome::Kind::DryRun;
        outcome.message = Text::tr("run %1 is a dry run; a dry run never changes the manifest").arg(run.runId);
        return outcome;
    }
    if (run.runId <= 0) {
        outcome.kind = LifecycleOutcome::Kind::InvalidTransition;
        outcome.message = Text::tr("no workflow run given; the manifest follows a run of the release workflow");
        return outcome;
    }
    if (to == ReleaseStatus::RolledBack && oneLine(reason).isEmpty()) {
        outcome.kind = LifecycleOutcome::Kind::InvalidTransition;
        outcome.message = Text::tr("a rollback needs a reason");
        return outcome;
    }

    const QString absolute = QDir(m_repo.workdir()).filePath(m_relativePath);
    Expected<ManifestFile> loaded = ManifestFile::load(absolute, m_relativePath);
    if (!loaded) {
        outcome.message = loaded.error().toString();
        return outcome;
    }
    ManifestFile &file = *loaded;
    if (!m_expected.isEmpty() && file.bytes() != m_expected) {
        outcome.kind = LifecycleOutcome::Kind::ChangedOnDisk;
        outcome.message = Text::tr("%1 changed on disk since it was read; nothing was written: look at the change, then mark "
                             "the release again")
                              .arg(m_relativePath);
        return outcome;
    }
    if (!file.manifest()) {
        outcome.message = Text::tr("%1 has errors; fix them and try again").arg(m_relativePath);
        return outcome;
    }
    const Manifest &manifest = *file.manifest();
    outcome.from = manifest.release.status;
    const StatusEdit edit{to};
    const Expected<Manifest> preview = applyToManifest(manifest, edit);
    if (!preview) {
        outcome.kind = LifecycleOutcome::Kind::InvalidTransition;
        outcome.message = Text::tr("%1: release %2 is %3, so it cannot become %4: %5")
                              .arg(m_relativePath, manifest.release.id, toString(manifest.release.status), toString(to),
                                   preview.error().message);
        return outcome;
    }
    outcome.commitMessage = lifecycleCommitMessage(manifest.release.id, to, run, reason);

    const Expected<Done> saved = file.applyAndSave(edit);
    if (!saved) {
        // The core compares contents at the save, so this is what actually stopped it.
        outcome.kind = file.changedOnDisk() ? LifecycleOutcome::Kind::ChangedOnDisk : LifecycleOutcome::Kind::NotSaved;
        outcome.message = file.changedOnDisk()
            ? Text::tr("%1 changed on disk since it was read; nothing was written: look at the change, then mark the release again")
                  .arg(m_relativePath)
            : Text::tr("%1 was not saved: %2").arg(m_relativePath, saved.error().toString());
        return outcome;
    }
    m_expected = file.bytes();

    const Expected<QString> commit = m_repo.commitFile(m_relativePath, outcome.commitMessage);
    if (!commit) {
        outcome.kind = LifecycleOutcome::Kind::NotCommitted;
        outcome.message = Text::tr("%1 was saved (status %2) but not committed: %3; commit it with your git tools")
                              .arg(m_relativePath, toString(to), commit.error().toString());
        return outcome;
    }
    outcome.kind = LifecycleOutcome::Kind::Done;
    outcome.commitId = *commit;
    outcome.message = Text::tr("%1: %2 → %3, commit %4")
                          .arg(manifest.release.id, toString(outcome.from), toString(to), commit->left(10));
    return outcome;
}

} // namespace rc::core

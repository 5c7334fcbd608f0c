#pragma once

#include "githubsession.h"
#include "releasedocument.h"

#include "github/dispatcher.h"
#include "github/githubclient.h"
#include "github/githubsettings.h"
#include "github/runwatcher.h"
#include "github/workflowrun.h"
#include "release/deployment.h"
#include "rules/releasecalendar.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;

class QSystemTrayIcon;
class QWidget;

namespace rc::ui {

/// One-click deploy and rollback of the open release, and the runs of that release on GitHub.
///
/// It decides whether deploy and rollback are possible and says why not (the core's readiness
/// and rollback gates, a GitHub session that is not ready, a dispatch or run of this release in
/// flight, also one started from another machine, which the dispatcher's in-flight check finds).
/// It runs the confirmation dialogs, the Dispatcher, a RunWatcher on the run, and the manifest's
/// lifecycle (deploying when a real deploy is dispatched, deployed when its run succeeds, back to
/// approved with the failed run's link when it does not, rolled_back after a real rollback
/// succeeds), each step committed through core::Deployment on the thread pool, after which the
/// document is reloaded. Nothing here blocks the GUI thread.
///
/// The main window plugs it in with attachActions() and a RunsPanel; GitHub comes from the
/// GitHubSession, or, for tests and tools, from useClient() with a real client and settings.
class DeployController : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Preparing, ///< reading the workflow file
        Dispatching,
        Watching, ///< following the run this controller dispatched, and recording its lifecycle
    };
    Q_ENUM(Phase)

    DeployController(GitHubSession *session, models::ReleaseDocument *document, QObject *parent = nullptr);
    ~DeployController() override;

    /// Uses `client` and `settings` instead of the session's (the client must outlive its use
    /// here or be destroyed with its parent; a null client returns to the session).
    void useClient(core::GitHubClient *client, const core::GitHubSettings &settings, bool simulated = false);
    void setDispatcherOptions(const core::DispatcherOptions &options);
    void setWatcherOptions(const core::RunWatcherOptions &options);
    /// How often the runs of the open release are listed again (runs started elsewhere); 0 turns
    /// it off. Default one minute.
    void setRunsRefreshInterval(int ms);
    /// Where the dialogs open (window-modal on it) and which window is alerted.
    void setDialogParent(QWidget *parent);

    /// Keeps `deploy` and `rollback` enabled only when possible, with the reasons as tool tips,
    /// and opens the dialogs when they are triggered.
    void attachActions(QAction *deploy, QAction *rollback);

    core::GitHubClient *client() const;
    /// The settings in use; meaningful when hasGitHub().
    core::GitHubSettings settings() const;
    bool hasGitHub() const { return client() != nullptr; }
    bool isSimulated() const;
    models::ReleaseDocument *document() const { return m_document; }

    bool canDeploy() const { return deployBlockers().isEmpty(); }
    bool canRollback() const { return rollbackBlockers().isEmpty(); }
    /// Why deploy is not possible now, in plain words; empty when it is.
    QStringList deployBlockers() const;

    /// With the rules' calendar, deploy is also refused outside the release's window or inside a
    /// freeze (unless a break-glass override is recorded); std::nullopt: the manifest alone.
    void setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar);
    /// Where "now" comes from for the calendar; an empty clock means the current time.
    void setClock(std::function<QDateTime()> clock);
    /// Asks the gates again (a window may have opened or closed) and updates the actions.
    void recheckReadiness() { updateActions(); }
    QStringList rollbackBlockers() const;

    /// Opens the deploy confirmation (non-blocking); a confirmed dialog starts the deploy.
    void deploy();
    /// Opens the rollback confirmation (non-blocking).
    void rollback();
    /// The confirmation dialog that is open, if any.
    QDialog *activeDialog() const { return m_dialog; }

    /// Starts a deploy without a dialog (the dialog calls this); false with a statusMessage when
    /// it is not possible now.
    bool startDeploy(bool dryRun);
    bool startRollback(const QString &reason, bool dryRun);
    /// After a dispatch whose answer was lost and whose run was not found: sends it again (the
    /// dispatcher checks for a run in flight first).
    bool retryDispatch();
    bool canRetryDispatch() const;

    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    /// The last outcome of a lifecycle step (deploying, deployed, failed, rolled back).
    const std::optional<core::LifecycleOutcome> &lastLifecycle() const { return m_lastLifecycle; }
    /// "Deploy run N failed: URL" after a real deploy whose run did not succeed; empty otherwise.
    QString lastFailure() const { return m_lastFailure; }

    // Runs of the open release
    /// Lists the workflow's newest runs again and checks for one of this release in flight.
    void refreshRuns();
    /// Runs of the open release, newest first.
    const std::vector<core::WorkflowRun> &recentRuns() const { return m_recentRuns; }
    /// A run of this release that is not completed, as the dispatcher's in-flight check found it.
    const std::optional<core::WorkflowRun> &inFlightRun() const { return m_inFlight; }
    /// Shows `runId` (follows it until it completes).
    void watchRun(qint64 runId);
    qint64 watchedRunId() const;
    const core::RunSnapshot &snapshot() const;
    /// A run control request (cancel, re-run, review) is on its way.
    bool isControlBusy() const { return m_controlBusy; }

    void cancelRun();
    void rerunFailedJobs();
    /// Approves or rejects the watched run's pending deployments that the user may review.
    void reviewPendingDeployments(bool approve, const QString &comment);
    /// Opens the watched run's page with QDesktopServices.
    void openRunInBrowser();

Q_SIGNALS:
    /// Gates, phase or in-flight state changed: re-read canDeploy() and friends.
    void stateChanged();
    void recentRunsChanged();
    /// The watched run changed (another run, or a new snapshot of it).
    void snapshotChanged();
    /// A transient line for the status bar.
    void statusMessage(const QString &message);
    /// A run this controller watched while it was running completed.
    void runCompleted(qint64 runId, const QString &conclusion);
    /// A desktop notification was shown (tray message, or the window alert and a status message).
    void notified(const QString &title, const QString &message);
    /// A lifecycle step was committed or refused; lastLifecycle() has it.
    void lifecycleRecorded(const core::LifecycleOutcome &outcome);
    /// A deploy or rollback (real or dry run) reached GitHub and its run is known;
    /// `outcome.request` has the action, dryRun and reason.
    void dispatched(const core::DispatchOutcome &outcome);

private:
    struct Operation
    {
        core::DispatchAction action = core::DispatchAction::DeployProduction;
        bool dryRun = true;
        QString reason;
        QString releaseId;
        QString manifestPath; ///< absolute
        QByteArray bytes; ///< the manifest as the user confirmed it
        qint64 runId = 0;
        QString htmlUrl;
    };
    struct Prepared
    {
        QString clonePath;
        QString relativePath;
        QString error;
        std::optional<core::WorkflowFile> workflow;
    };
    struct Recorded
    {
        core::LifecycleOutcome outcome;
        qint64 runId = 0;
        QString conclusion;
    };
    enum class Step
    {
        Deploying,
        Deployed,
        Failed,
        RolledBack
    };

    void ensureServices();
    void dropServices();
    void onSessionChanged();
    void onDocumentChanged();
    void updateActions();
    QStringList commonBlockers() const;
    bool start(core::DispatchAction action, bool dryRun, const QString &reason);
    void onPrepared();
    void onDispatched(const core::DispatchOutcome &outcome);
    void onRunUpdated(const core::RunSnapshot &snapshot);
    void onRunFinished(const QString &conclusion);
    void onRunFailed(const core::GitHubError &error);
    void record(Step step, const QString &conclusion);
    void startNextStep();
    void onRecorded();
    void notify(const QString &title, const QString &message);
    void setPhase(Phase phase);
    void finishOperation();
    QString releaseId() const;

    QPointer<GitHubSession> m_session;
    QPointer<models::ReleaseDocument> m_document;
    std::optional<core::ReleaseCalendar> m_calendar;
    std::function<QDateTime()> m_clock;
    QPointer<QWidget> m_dialogParent;
    QPointer<QDialog> m_dialog;
    QPointer<QAction> m_deployAction;
    QPointer<QAction> m_rollbackAction;

    QPointer<core::GitHubClient> m_testClient;
    core::GitHubSettings m_testSettings;
    bool m_testSimulated = false;
    bool m_useTestClient = false;

    core::DispatcherOptions m_dispatcherOptions;
    core::RunWatcherOptions m_watcherOptions;
    QPointer<core::GitHubClient> m_servicesClient; ///< the client the services below were made for
    std::unique_ptr<core::Dispatcher> m_dispatcher;
    std::unique_ptr<core::RunWatcher> m_watcher;
    std::unique_ptr<core::RunControl> m_control;

    Phase m_phase = Phase::Idle;
    std::optional<Operation> m_operation;
    std::optional<Operation> m_retryOperation; ///< a dispatch whose outcome is unknown
    QString m_clonePath;
    QString m_relativePath;
    bool m_runDone = false; ///< the operation's run completed (or could not be followed)
    bool m_recordBusy = false;
    std::deque<std::pair<Step, QString>> m_steps; ///< lifecycle steps waiting, with the run's conclusion
    std::optional<core::WorkflowFile> m_workflow;
    QFutureWatcher<Prepared> m_prepareWatcher;
    QFutureWatcher<Recorded> m_recordWatcher;
    std::optional<core::LifecycleOutcome> m_lastLifecycle;
    QString m_lastFailure;

    QString m_runsRelease; ///< the release m_recentRuns and m_inFlight are about
    std::vector<core::WorkflowRun> m_recentRuns;
    std::optional<core::WorkflowRun> m_inFlight;
    bool m_checkingInFlight = false;
    QString m_checkingFor; ///< the release the in-flight check on its way is about
    bool m_listingRuns = false;
    QString m_listingFor;
    QTimer m_runsTimer;
    bool m_watchedWasRunning = false; ///< the watched run was seen before it completed
    bool m_controlBusy = false;
    core::RunSnapshot m_emptySnapshot;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace rc::ui

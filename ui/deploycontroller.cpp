#include "deploycontroller.h"

#include "deploydialog.h"
#include "githubsession.h"
#include "releasedocument.h"
#include "rollbackdialog.h"
#include "runmodel.h"

#include "git/repository.h"
#include "github/workflowfile.h"

#include <QAction>
#include <QDialog>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {

namespace {

QString actionWords(core::DispatchAction action)
{
    return action == core::DispatchAction::Rollback ? DeployController::tr("rollback") : DeployController::tr("deploy");
}

QString runsPath(const core::GitHubSettings &settings)
{
    return QStringLiteral("/repos/%1/actions/workflows/%2/runs?per_page=30")
        .arg(settings.repository.fullName(), QString::fromUtf8(QUrl::toPercentEncoding(settings.workflow)));
}

} // namespace

DeployController::DeployController(GitHubSession *session, models::ReleaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_document(document)
{
    m_runsTimer.setInterval(60 * 1000);
    connect(&m_runsTimer, &QTimer::timeout, this, &DeployController::refreshRuns);
    connect(&m_prepareWatcher, &QFutureWatcher<Prepared>::finished, this, &DeployController::onPrepared);
    connect(&m_recordWatcher, &QFutureWatcher<Recorded>::finished, this, &DeployController::onRecorded);
    if (m_session)
        connect(m_session, &GitHubSession::changed, this, &DeployController::onSessionChanged);
    if (m_document) {
        connect(m_document, &models::ReleaseDocument::changed, this, &DeployController::onDocumentChanged);
        connect(m_document, &models::ReleaseDocument::closed, this, &DeployController::onDocumentChanged);
    }
    // The first look happens once the caller had a chance to call useClient() and friends.
    QMetaObject::invokeMethod(this, &DeployController::onSessionChanged, Qt::QueuedConnection);
}

DeployController::~DeployController()
{
    // Lifecycle steps write and commit the manifest: let a running one finish rather than leave a
    // half-done commit behind. They take milliseconds.
    m_prepareWatcher.waitForFinished();
    m_recordWatcher.waitForFinished();
    if (m_dialog)
        delete m_dialog;
    delete m_tray;
}

// -------------------------------------------------------------------------------------------------
// Where GitHub comes from

void DeployController::useClient(core::GitHubClient *client, const core::GitHubSettings &settings, bool simulated)
{
    m_useTestClient = client != nullptr;
    m_testClient = client;
    m_testSettings = settings;
    m_testSimulated = simulated;
    onSessionChanged();
}

void DeployController::setDispatcherOptions(const core::DispatcherOptions &options)
{
    m_dispatcherOptions = options;
    if (!m_dispatcher || m_dispatcher->isBusy())
        return;
    m_dispatcher = std::make_unique<core::Dispatcher>(m_servicesClient.data(), m_dispatcherOptions);
    connect(m_dispatcher.get(), &core::Dispatcher::progress, this, &DeployController::statusMessage);
}

void DeployController::setWatcherOptions(const core::RunWatcherOptions &options)
{
    m_watcherOptions = options;
    if (!m_watcher)
        return;
    const qint64 watched = m_watcher->isWatching() ? m_watcher->runId() : 0;
    dropServices();
    ensureServices();
    if (watched)
        m_watcher->watch(watched);
}

void DeployController::setRunsRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_runsTimer.stop();
        m_runsTimer.setInterval(0);
        return;
    }
    m_runsTimer.setInterval(ms);
    if (hasGitHub() && m_document && m_document->isOpen())
        m_runsTimer.start();
}

void DeployController::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
}

core::GitHubClient *DeployController::client() const
{
    if (m_useTestClient)
        return m_testClient.data();
    if (m_session && m_session->isReady())
        return m_session->client();
    return nullptr;
}

core::GitHubSettings DeployController::settings() const
{
    if (m_useTestClient)
        return m_testSettings;
    if (m_session)
        return m_session->settings();
    return {};
}

bool DeployController::isSimulated() const
{
    if (m_useTestClient)
        return m_testSimulated;
    return m_session && m_session->isSimulated();
}

void DeployController::ensureServices()
{
    core::GitHubClient *current = client();
    if (current == m_servicesClient && (current == nullptr || m_dispatcher))
        return;
    dropServices();
    if (!current)
        return;
    m_servicesClient = current;
    const core::GitHubSettings s = settings();
    m_dispatcher = std::make_unique<core::Dispatcher>(current, m_dispatcherOptions);
    connect(m_dispatcher.get(), &core::Dispatcher::progress, this, &DeployController::statusMessage);
    m_watcher = std::make_unique<core::RunWatcher>(current, s.repository, m_watcherOptions);
    connect(m_watcher.get(), &core::RunWatcher::updated, this, &DeployController::onRunUpdated);
    connect(m_watcher.get(), &core::RunWatcher::finished, this, &DeployController::onRunFinished);
    connect(m_watcher.get(), &core::RunWatcher::failed, this, &DeployController::onRunFailed);
    m_control = std::make_unique<core::RunControl>(current, s.repository);
}

void DeployController::dropServices()
{
    if (m_phase == Phase::Dispatching) {
        // The dispatcher dies with its client; whether the dispatch went out is unknown, so the
        // runs list is the place to look before trying again.
        emit statusMessage(tr("The GitHub connection changed while dispatching %1; look at the runs of the release "
                              "before dispatching again.")
                               .arg(m_operation ? m_operation->releaseId : releaseId()));
        finishOperation();
    }
    m_dispatcher.reset();
    m_watcher.reset();
    m_control.reset();
    m_servicesClient = nullptr;
    m_controlBusy = false;
}

void DeployController::onSessionChanged()
{
    ensureServices();
    if (!hasGitHub()) {
        m_runsTimer.stop();
        m_recentRuns.clear();
        m_inFlight.reset();
        m_runsRelease.clear();
        emit recentRunsChanged();
        emit snapshotChanged();
    } else {
        refreshRuns();
    }
    updateActions();
}

void DeployController::onDocumentChanged()
{
    const QString id = releaseId();
    if (id != m_runsRelease) {
        m_recentRuns.clear();
        m_inFlight.reset();
        m_runsRelease = id;
        // The panel is about the open release; a run of an operation still going on keeps its watcher.
        if (m_watcher && !m_operation)
            m_watcher->stop();
        emit recentRunsChanged();
        emit snapshotChanged();
        refreshRuns();
    }
    updateActions();
}

QString DeployController::releaseId() const
{
    if (!m_document || !m_document->isOpen() || !m_document->manifest())
        return {};
    return m_document->manifest()->release.id;
}

// -------------------------------------------------------------------------------------------------
// Gates

QStringList DeployController::commonBlockers() const
{
    QStringList blockers;
    if (!hasGitHub()) {
        if (m_session && !m_useTestClient)
            blockers << m_session->message();
        else
            blockers << tr("GitHub is not set up for this clone.");
    }
    const QString id = releaseId();
    if (m_operation) {
        if (m_operation->runId > 0)
            blockers << tr("%1 run %2 of %3 is in progress: %4")
                            .arg(actionWords(m_operation->action), QString::number(m_operation->runId),
                                 m_operation->releaseId, m_operation->htmlUrl);
        else
            blockers << tr("a %1 of %2 is being dispatched").arg(actionWords(m_operation->action), m_operation->releaseId);
    }
    if (m_inFlight && (!m_operation || m_operation->runId != m_inFlight->id))
        blockers << tr("run %1 for %2 is %3 (started on GitHub or from another machine): wait for it or cancel it: %4")
                        .arg(QString::number(m_inFlight->id), id,
                             models::RunPresentation::text(m_inFlight->status, m_inFlight->conclusion).toLower(),
                             m_inFlight->htmlUrl);
    else if (m_checkingInFlight && hasGitHub())
        blockers << tr("checking GitHub for runs of %1 in flight").arg(id);
    return blockers;
}

QStringList DeployController::deployBlockers() const
{
    if (!m_document || !m_document->isOpen())
        return {tr("No release is open.")};
    const core::Manifest *manifest = m_document->manifest();
    if (!manifest)
        return {tr("%1 has errors; fix them first.").arg(m_document->displayName())};
    QStringList blockers = m_calendar
        ? core::deployGate(*manifest, *m_calendar, m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).blockers
        : core::deployGate(*manifest).blockers;
    blockers << commonBlockers();
    return blockers;
}

void DeployController::setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar)
{
    m_calendar = calendar;
    updateActions();
}

void DeployController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateActions();
}

QStringList DeployController::rollbackBlockers() const
{
    if (!m_document || !m_document->isOpen())
        return {tr("No release is open.")};
    const core::Manifest *manifest = m_document->manifest();
    if (!manifest)
        return {tr("%1 has errors; fix them first.").arg(m_document->displayName())};
    QStringList blockers = core::rollbackGate(*manifest).blockers;
    blockers << commonBlockers();
    return blockers;
}

void DeployController::attachActions(QAction *deploy, QAction *rollback)
{
    m_deployAction = deploy;
    m_rollbackAction = rollback;
    if (deploy)
        connect(deploy, &QAction::triggered, this, &DeployController::deploy);
    if (rollback)
        connect(rollback, &QAction::triggered, this, &DeployController::rollback);
    updateActions();
}

void DeployController::updateActions()
{
    const auto apply = [](QAction *action, const QStringList &blockers, const QString &ready) {
        if (!action)
            return;
        action->setEnabled(blockers.isEmpty());
        action->setToolTip(blockers.isEmpty() ? ready : blockers.join(QLatin1Char('\n')));
        action->setStatusTip(blockers.isEmpty() ? ready : blockers.first());
    };
    apply(m_deployAction, deployBlockers(), tr("Deploy %1 through the release workflow").arg(releaseId()));
    apply(m_rollbackAction, rollbackBlockers(), tr("Roll %1 back through the release workflow").arg(releaseId()));
    emit stateChanged();
}

// -------------------------------------------------------------------------------------------------
// Dialogs and dispatch

void DeployController::deploy()
{
    if (m_dialog)
        return;
    const QStringList blockers = deployBlockers();
    if (!blockers.isEmpty()) {
        emit statusMessage(tr("Cannot deploy %1: %2").arg(releaseId(), blockers.join(QStringLiteral("; "))));
        return;
    }
    auto *dialog = new DeployDialog(*m_document->manifest(), settings(), isSimulated(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray confirmed = m_document->bytes();
    connect(dialog, &QDialog::accepted, this, [this, dialog, confirmed] {
        if (m_document && m_document->bytes() != confirmed) {
            emit statusMessage(tr("%1 changed while the dialog was open; check it and deploy again.").arg(releaseId()));
            return;
        }
        startDeploy(dialog->isDryRun());
    });
    m_dialog = dialog;
    dialog->open();
}

void DeployController::rollback()
{
    if (m_dialog)
        return;
    const QStringList blockers = rollbackBlockers();
    if (!blockers.isEmpty()) {
        emit statusMessage(tr("Cannot roll back %1: %2").arg(releaseId(), blockers.join(QStringLiteral("; "))));
        return;
    }
    auto *dialog = new RollbackDialog(*m_document->manifest(), settings(), isSimulated(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray confirmed = m_document->bytes();
    connect(dialog, &QDialog::accepted, this, [this, dialog, confirmed] {
        if (m_document && m_document->bytes() != confirmed) {
            emit statusMessage(tr("%1 changed while the dialog was open; check it and roll back again.").arg(releaseId()));
            return;
        }
        startRollback(dialog->reason(), dialog->isDryRun());
    });
    m_dialog = dialog;
    dialog->open();
}

bool DeployController::startDeploy(bool dryRun)
{
    return start(core::DispatchAction::DeployProduction, dryRun, QString());
}

bool DeployController::startRollback(const QString &reason, bool dryRun)
{
    if (reason.trimmed().isEmpty()) {
        emit statusMessage(tr("A rollback needs a reason."));
        return false;
    }
    return start(core::DispatchAction::Rollback, dryRun, reason.trimmed());
}

bool DeployController::start(core::DispatchAction action, bool dryRun, const QString &reason)
{
    const bool isRollback = action == core::DispatchAction::Rollback;
    const QStringList blockers = isRollback ? rollbackBlockers() : deployBlockers();
    if (!blockers.isEmpty()) {
        emit statusMessage((isRollback ? tr("Cannot roll back %1: %2") : tr("Cannot deploy %1: %2"))
                               .arg(releaseId(), blockers.join(QStringLiteral("; "))));
        return false;
    }
    Operation op;
    op.action = action;
    op.dryRun = dryRun;
    op.reason = reason;
    op.releaseId = releaseId();
    op.manifestPath = m_document->path();
    op.bytes = m_document->bytes();
    m_operation = op;
    m_lastFailure.clear();
    setPhase(Phase::Preparing);
    emit statusMessage(tr("Reading the release workflow for %1\u2026").arg(op.releaseId));

    const QString manifestPath = op.manifestPath;
    const QString workflow = settings().workflow;
    m_prepareWatcher.setFuture(QtConcurrent::run([manifestPath, workflow]() -> Prepared {
        Prepared prepared;
        core::Expected<core::Repository> repo = core::Repository::discover(manifestPath);
        if (!repo) {
            prepared.error = repo.error().toString();
            return prepared;
        }
        prepared.clonePath = repo->workdir();
        prepared.relativePath = QDir(prepared.clonePath).relativeFilePath(manifestPath);
        core::Expected<core::WorkflowFile> file = core::readWorkflowFile(*repo, workflow);
        if (!file) {
            prepared.error = file.error().toString();
            return prepared;
        }
        prepared.workflow = *file;
        return prepared;
    }));
    return true;
}

void DeployController::onPrepared()
{
    const Prepared prepared = m_prepareWatcher.result();
    if (!m_operation)
        return;
    if (!prepared.error.isEmpty()) {
        emit statusMessage(tr("Nothing was dispatched for %1: %2").arg(m_operation->releaseId, prepared.error));
        finishOperation();
        return;
    }
    ensureServices();
    if (!m_dispatcher) {
        emit statusMessage(tr("Nothing was dispatched for %1: GitHub is not connected.").arg(m_operation->releaseId));
        finishOperation();
        return;
    }
    m_clonePath = prepared.clonePath;
    m_relativePath = prepared.relativePath;
    m_workflow = prepared.workflow;
    for (const QString &warning : m_workflow->warnings())
        emit statusMessage(warning);

    core::DispatchRequest request;
    request.releaseId = m_operation->releaseId;
    request.action = m_operation->action;
    request.dryRun = m_operation->dryRun;
    request.reason = m_operation->reason;
    setPhase(Phase::Dispatching);
    m_dispatcher->dispatch(settings(), *m_workflow, request,
                           [this](const core::DispatchOutcome &outcome) { onDispatched(outcome); });
}

void DeployController::onDispatched(const core::DispatchOutcome &outcome)
{
    if (!m_operation)
        return;
    switch (outcome.status) {
    case core::DispatchStatus::Dispatched: {
        m_operation->runId = outcome.runId;
        m_operation->htmlUrl = outcome.htmlUrl;
        m_retryOperation.reset();
        emit statusMessage(outcome.message);
        setPhase(Phase::Watching);
        m_watchedWasRunning = true;
        m_runDone = false;
        if (m_watcher)
            m_watcher->watch(outcome.runId);
        emit snapshotChanged();
        emit dispatched(outcome);
        if (!m_operation->dryRun && m_operation->action == core::DispatchAction::DeployProduction)
            record(Step::Deploying, QString());
        break;
    }
    case core::DispatchStatus::Refused:
        emit statusMessage(outcome.message);
        if (outcome.blockingRun) {
            m_inFlight = outcome.blockingRun;
            finishOperation();
            watchRun(outcome.blockingRun->id);
        } else {
            finishOperation();
        }
        break;
    case core::DispatchStatus::Unknown:
        emit statusMessage(outcome.message);
        m_retryOperation = m_operation;
        finishOperation();
        break;
    case core::DispatchStatus::Failed:
        emit statusMessage(outcome.message);
        finishOperation();
        break;
    }
    refreshRuns();
}

bool DeployController::canRetryDispatch() const
{
    return m_retryOperation.has_value() && m_dispatcher && m_dispatcher->canRetry() && !m_operation;
}

bool DeployController::retryDispatch()
{
    if (!canRetryDispatch())
        return false;
    m_operation = m_retryOperation;
    m_operation->runId = 0;
    m_operation->htmlUrl.clear();
    setPhase(Phase::Dispatching);
    if (!m_dispatcher->retry([this](const core::DispatchOutcome &outcome) { onDispatched(outcome); })) {
        finishOperation();
        return false;
    }
    return true;
}

// -------------------------------------------------------------------------------------------------
// The watched run

void DeployController::watchRun(qint64 runId)
{
    ensureServices();
    if (!m_watcher || runId <= 0)
        return;
    if (m_operation && m_operation->runId > 0 && m_operation->runId != runId && !m_runDone) {
        emit statusMessage(tr("Following run %1 of the %2 in progress until it completes.")
                               .arg(m_operation->runId)
                               .arg(actionWords(m_operation->action)));
        return;
    }
    if (m_watcher->runId() == runId && m_watcher->isWatching())
        return;
    m_watchedWasRunning = false;
    m_watcher->watch(runId);
    emit snapshotChanged();
    emit stateChanged();
}

qint64 DeployController::watchedRunId() const
{
    return m_watcher ? m_watcher->runId() : 0;
}

const core::RunSnapshot &DeployController::snapshot() const
{
    return m_watcher ? m_watcher->snapshot() : m_emptySnapshot;
}

void DeployController::onRunUpdated(const core::RunSnapshot &snapshot)
{
    if (snapshot.valid && !snapshot.isCompleted())
        m_watchedWasRunning = true;
    if (m_inFlight && snapshot.valid && m_inFlight->id == snapshot.run.id)
        m_inFlight = snapshot.run;
    if (snapshot.valid && !snapshot.transientError.isEmpty())
        emit statusMessage(tr("Run %1: %2").arg(snapshot.run.id).arg(snapshot.transientError));
    emit snapshotChanged();
}

void DeployController::onRunFinished(const QString &conclusion)
{
    const core::RunSnapshot &snap = snapshot();
    const qint64 runId = snap.run.id;
    const QString url = snap.run.htmlUrl;
    const QString words = models::RunPresentation::text(QStringLiteral("completed"), conclusion).toLower();
    const bool success = conclusion == QLatin1String("success");

    if (m_inFlight && m_inFlight->id == runId)
        m_inFlight.reset();

    const bool ours = m_operation && m_operation->runId == runId && !m_runDone;
    QString title;
    QString message;
    if (ours) {
        m_runDone = true;
        const Operation &op = *m_operation;
        const QString kind = op.dryRun ? (op.action == core::DispatchAction::Rollback ? tr("Rollback dry run")
                                                                                        : tr("Deploy dry run"))
                                       : (op.action == core::DispatchAction::Rollback ? tr("Rollback") : tr("Deploy"));
        title = tr("%1 of %2 %3").arg(kind, op.releaseId, words);
        message = tr("Run %1 %2: %3").arg(QString::number(runId), words, url);
        if (!op.dryRun && op.action == core::DispatchAction::DeployProduction) {
            if (success) {
                record(Step::Deployed, conclusion);
            } else {
                m_lastFailure = tr("Deploy run %1 %2: %3").arg(QString::number(runId), words, url);
                record(Step::Failed, conclusion);
            }
        } else if (!op.dryRun && op.action == core::DispatchAction::Rollback) {
            if (success)
                record(Step::RolledBack, conclusion);
            else
                m_lastFailure = tr("Rollback run %1 %2, so %3 stays deployed: %4")
                                    .arg(QString::number(runId), words, op.releaseId, url);
        }
        if (!m_recordBusy && m_steps.empty())
            finishOperation();
    } else {
        title = tr("Run %1 of %2 %3").arg(QString::number(runId), releaseId(), words);
        message = url;
    }
    if (ours || m_watchedWasRunning) {
        emit runCompleted(runId, conclusion);
        notify(title, message);
    }
    m_watchedWasRunning = false;
    updateActions();
    refreshRuns();
}

void DeployController::onRunFailed(const core::GitHubError &error)
{
    const qint64 runId = m_watcher ? m_watcher->runId() : 0;
    if (m_operation && m_operation->runId == runId && !m_runDone) {
        m_runDone = true;
        emit statusMessage(tr("Stopped following run %1 of %2: %3. The manifest is left as it is; check the run "
                              "on GitHub: %4")
                               .arg(QString::number(runId), m_operation->releaseId, error.message,
                                    m_operation->htmlUrl));
        if (!m_recordBusy && m_steps.empty())
            finishOperation();
    } else {
        emit statusMessage(tr("Stopped following run %1: %2").arg(QString::number(runId), error.message));
    }
    emit snapshotChanged();
    updateActions();
}

// -------------------------------------------------------------------------------------------------
// Lifecycle steps

void DeployController::record(Step step, const QString &conclusion)
{
    if (!m_operation)
        return;
    m_steps.push_back({step, conclusion});
    if (m_recordBusy)
        return;
    startNextStep();
}

void DeployController::startNextStep()
{
    if (m_steps.empty() || !m_operation)
        return;
    const auto [step, conclusion] = m_steps.front();
    m_steps.pop_front();
    m_recordBusy = true;
    emit stateChanged();

    core::DeploymentRun run;
    run.runId = m_operation->runId;
    run.htmlUrl = m_operation->htmlUrl;
    run.dryRun = m_operation->dryRun;
    run.conclusion = conclusion;
    const QString clonePath = m_clonePath;
    const QString relativePath = m_relativePath;
    const QString reason = m_operation->reason;
    // The first step compares the file with what the user confirmed; later ones with the file as
    // the previous step left it.
    const QByteArray expected = step == Step::Deploying ? m_operation->bytes : QByteArray();
    m_recordWatcher.setFuture(QtConcurrent::run([=]() -> Recorded {
        Recorded recorded;
        recorded.runId = run.runId;
        recorded.conclusion = conclusion;
        core::Expected<core::Repository> repo = core::Repository::discover(clonePath);
        if (!repo) {
            recorded.outcome.kind = core::LifecycleOutcome::Kind::NotSaved;
            recorded.outcome.message = repo.error().toString();
            return recorded;
        }
        core::Deployment deployment(*repo, relativePath);
        if (!expected.isEmpty())
            deployment.setExpectedBytes(expected);
        switch (step) {
        case Step::Deploying:
            recorded.outcome = deployment.markDeploying(run);
            break;
        case Step::Deployed:
            recorded.outcome = deployment.markDeployed(run);
            break;
        case Step::Failed:
            recorded.outcome = deployment.markFailed(run);
            break;
        case Step::RolledBack:
            recorded.outcome = deployment.markRolledBack(run, reason);
            break;
        }
        return recorded;
    }));
}

void DeployController::onRecorded()
{
    m_recordBusy = false;
    const Recorded recorded = m_recordWatcher.result();
    m_lastLifecycle = recorded.outcome;
    if (recorded.outcome.ok())
        emit statusMessage(recorded.outcome.commitMessage);
    else
        emit statusMessage(recorded.outcome.message);
    // The document follows the file: reload what the step wrote (and committed).
    if (m_document && m_operation && m_document->isOpen() && m_document->path() == m_operation->manifestPath)
        m_document->reload();
    emit lifecycleRecorded(recorded.outcome);

    if (!m_steps.empty()) {
        startNextStep();
        return;
    }
    if (m_runDone)
        finishOperation();
    else
        updateActions();
}

// -------------------------------------------------------------------------------------------------
// Runs of the open release

void DeployController::refreshRuns()
{
    const QString id = releaseId();
    ensureServices();
    core::GitHubClient *c = client();
    if (!c || id.isEmpty() || !m_dispatcher) {
        m_runsTimer.stop();
        return;
    }
    if (m_runsTimer.interval() > 0 && !m_runsTimer.isActive())
        m_runsTimer.start();
    const core::GitHubSettings s = settings();

    if (!m_checkingInFlight || m_checkingFor != id) {
        m_checkingInFlight = true;
        m_checkingFor = id;
        m_dispatcher->checkInFlight(s, id, this,
                                    [this, id](const std::optional<core::WorkflowRun> &run, const core::GitHubError &error) {
                                        if (id != m_checkingFor)
                                            return; // a check for a release that is no longer open
                                        m_checkingInFlight = false;
                                        if (id != releaseId()) {
                                            updateActions();
                                            return;
                                        }
                                        if (error.kind != core::GitHubErrorKind::None) {
                                            // Not a blocker: the dispatcher checks again before it sends.
                                            emit statusMessage(tr("Could not check for runs of %1 in flight: %2")
                                                                   .arg(id, error.message));
                                        } else {
                                            // A run that newly appeared is shown; one already known
                                            // does not take the view from a run the user picked.
                                            const bool appeared = run && (!m_inFlight || m_inFlight->id != run->id);
                                            m_inFlight = run;
                                            if (run && (appeared || watchedRunId() == 0)
                                                && (!m_watcher || !m_watcher->isWatching()))
                                                watchRun(run->id);
                                        }
                                        updateActions();
                                    });
        updateActions();
    }

    if (m_listingRuns && m_listingFor == id)
        return;
    m_listingRuns = true;
    m_listingFor = id;
    c->get(runsPath(s), tr("the runs of workflow %1 in %2").arg(s.workflow, s.repository.fullName()), this,
           [this, id](const core::GitHubResult &result) {
               if (id != m_listingFor)
                   return;
               m_listingRuns = false;
               if (id != releaseId())
                   return;
               if (!result.ok()) {
                   emit statusMessage(tr("Could not list the runs of %1: %2").arg(id, result.error.message));
                   return;
               }
               const core::Expected<std::vector<core::WorkflowRun>> runs =
                   core::parseWorkflowRunList(result.response.json().object());
               if (!runs) {
                   emit statusMessage(tr("GitHub's list of runs could not be read: %1").arg(runs.error().toString()));
                   return;
               }
               std::vector<core::WorkflowRun> mine;
               for (const core::WorkflowRun &run : *runs) {
                   if (core::containsWord(run.name, id) || core::containsWord(run.displayTitle, id))
                       mine.push_back(run);
               }
               std::sort(mine.begin(), mine.end(), [](const core::WorkflowRun &a, const core::WorkflowRun &b) {
                   return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
               });
               m_recentRuns = std::move(mine);
               emit recentRunsChanged();
               if (!m_recentRuns.empty() && m_watcher && m_watcher->runId() == 0)
                   watchRun(m_recentRuns.front().id);
           });
}

// -------------------------------------------------------------------------------------------------
// Acting on the watched run

void DeployController::cancelRun()
{
    const qint64 runId = watchedRunId();
    if (!m_control || runId <= 0 || m_controlBusy)
        return;
    m_controlBusy = true;
    emit stateChanged();
    m_control->cancel(runId, this, [this](const core::RunControlResult &result) {
        m_controlBusy = false;
        emit statusMessage(result.message);
        if (m_watcher)
            m_watcher->refreshNow();
        emit stateChanged();
    });
}

void DeployController::rerunFailedJobs()
{
    const qint64 runId = watchedRunId();
    if (!m_control || runId <= 0 || m_controlBusy)
        return;
    m_controlBusy = true;
    emit stateChanged();
    m_control->rerunFailedJobs(runId, this, [this, runId](const core::RunControlResult &result) {
        m_controlBusy = false;
        emit statusMessage(result.message);
        // The watcher stopped when the run completed; a re-run makes it run again.
        if (result.ok() && m_watcher) {
            m_watchedWasRunning = false;
            m_watcher->watch(runId);
        }
        emit stateChanged();
        refreshRuns();
    });
}

void DeployController::reviewPendingDeployments(bool approve, const QString &comment)
{
    const qint64 runId = watchedRunId();
    if (!m_control || runId <= 0 || m_controlBusy)
        return;
    QList<qint64> environments;
    for (const core::PendingDeployment &pending : snapshot().pending) {
        if (pending.currentUserCanApprove)
            environments << pending.environmentId;
    }
    if (environments.isEmpty()) {
        emit statusMessage(tr("Run %1 has no deployment you may review.").arg(runId));
        return;
    }
    if (!approve && comment.trimmed().isEmpty()) {
        emit statusMessage(tr("Rejecting a deployment needs a comment saying why."));
        return;
    }
    m_controlBusy = true;
    emit stateChanged();
    m_control->reviewPendingDeployments(runId, environments,
                                        approve ? core::RunControl::Review::Approve : core::RunControl::Review::Reject,
                                        comment.trimmed(), this, [this](const core::RunControlResult &result) {
                                            m_controlBusy = false;
                                            emit statusMessage(result.message);
                                            if (m_watcher)
                                                m_watcher->refreshNow();
                                            emit stateChanged();
                                        });
}

void DeployController::openRunInBrowser()
{
    const QString url = snapshot().run.htmlUrl;
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl(url)))
        emit statusMessage(tr("Could not open %1 in a browser.").arg(url));
}

// -------------------------------------------------------------------------------------------------

void DeployController::notify(const QString &title, const QString &message)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/release-console.svg")));
            m_tray->setToolTip(tr("Release Console"));
        }
        m_tray->show();
        m_tray->showMessage(title, message);
    } else {
        if (QWidget *window = m_dialogParent ? m_dialogParent->window() : QApplication::activeWindow())
            QApplication::alert(window);
        emit statusMessage(title + QStringLiteral(": ") + message);
    }
    emit notified(title, message);
}

void DeployController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    updateActions();
}

void DeployController::finishOperation()
{
    m_operation.reset();
    m_steps.clear();
    m_runDone = false;
    setPhase(Phase::Idle);
    updateActions();
}

} // namespace rc::ui

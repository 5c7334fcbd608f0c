#include "releasetraincontroller.h"

#include "breakglassdialog.h"
#include "calendarview.h"
#include "deploycontroller.h"
#include "releasedocument.h"
#include "releaselistmodel.h"
#include "releasepage.h"
#include "slacksession.h"

#include "git/repository.h"
#include "notify/notification.h"
#include "rules/readiness.h"
#include "rules/repositoryrules.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {

namespace {

// A rules file that does not parse still says, usually, whether it holds releases to windows and
// in which zone: read those two lines by hand so a typo elsewhere does not silently lift (or
// impose) the windows. What cannot be told falls back as parseRepositoryRules would decide it.
core::RepositoryRules fallbackRules(const QByteArray &bytes)
{
    core::RepositoryRules rules;
    const QString text = QString::fromUtf8(bytes);
    static const QRegularExpression enforce(QStringLiteral(R"(^enforce_windows\s*:\s*['"]?(\w+)['"]?\s*(#.*)?$)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression declares(QStringLiteral(R"(^(release_types|freezes)\s*:)"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression zone(QStringLiteral(R"(^timezone\s*:\s*['"]?([\w+\-/]+)['"]?\s*(#.*)?$)"),
                                         QRegularExpression::MultilineOption);
    rules.enforceWindows = declares.match(text).hasMatch();
    if (const QRegularExpressionMatch m = enforce.match(text); m.hasMatch()) {
        const QString value = m.captured(1).toLower();
        if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on"))
            rules.enforceWindows = true;
        else if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("off"))
            rules.enforceWindows = false;
    }
    if (const QRegularExpressionMatch m = zone.match(text);
        m.hasMatch() && QTimeZone::isTimeZoneIdAvailable(m.captured(1).toUtf8()))
        rules.timeZone = m.captured(1);
    return rules;
}

bool beforeDeploying(core::ReleaseStatus status)
{
    return status == core::ReleaseStatus::Draft || status == core::ReleaseStatus::PendingApproval
        || status == core::ReleaseStatus::Approved;
}

} // namespace

ReleaseTrainController::ReleaseTrainController(models::ReleaseListModel *releases, models::ReleaseDocument *document,
                                               DeployController *deploy, QObject *parent)
    : QObject(parent)
    , m_releases(releases)
    , m_document(document)
    , m_deploy(deploy)
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &ReleaseTrainController::onLoaded);
    if (m_document)
        connect(m_document, &models::ReleaseDocument::changed, this, &ReleaseTrainController::updateAction);
    if (m_document)
        connect(m_document, &models::ReleaseDocument::closed, this, &ReleaseTrainController::updateAction);
    // Windows open and close on the minute; a minute's delay in noticing is what a person expects.
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReleaseTrainController::recheck);
    m_timer.start();
}

ReleaseTrainController::~ReleaseTrainController()
{
    // The job owns copies only, but the watcher must not be destroyed under it.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void ReleaseTrainController::setClonePath(const QString &path)
{
    m_clonePath = path;
    ++m_generation;
    if (path.isEmpty()) {
        m_restart = false;
        m_calendar.reset();
        m_errors.clear();
        distribute();
        emit calendarChanged();
        return;
    }
    if (m_watcher.isRunning()) {
        m_restart = true; // read again when the running read ends; its result is stale
        return;
    }
    start();
}

void ReleaseTrainController::reload()
{
    setClonePath(m_clonePath);
}

void ReleaseTrainController::start()
{
    m_restart = false;
    const quint64 generation = m_generation;
    const QString root = m_clonePath;
    m_watcher.setFuture(QtConcurrent::run([generation, root]() {
        Loaded loaded;
        loaded.generation = generation;
        const core::Expected<core::Repository> repo = core::Repository::discover(root);
        if (!repo) {
            loaded.failure = repo.error().toString();
            return loaded;
        }
        const core::RulesResult result = core::readRepositoryRules(*repo);
        if (result.rules) {
            loaded.calendar = core::ReleaseCalendar(*result.rules);
            return loaded;
        }
        loaded.errors = result.errors;
        QFile file(QDir(repo->workdir()).filePath(QString::fromUtf16(core::repositoryRulesFileName)));
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(1 << 20) : QByteArray();
        loaded.calendar = core::ReleaseCalendar(fallbackRules(bytes));
        return loaded;
    }));
}

void ReleaseTrainController::onLoaded()
{
    if (m_restart) {
        start();
        return;
    }
    const QFuture<Loaded> future = m_watcher.future();
    if (future.resultCount() == 0)
        return;
    const Loaded loaded = future.result();
    if (loaded.generation != m_generation)
        return; // asked about a clone that is no longer open
    m_calendar = loaded.calendar;
    m_errors = loaded.errors;
    distribute();
    emit calendarChanged();
    if (!loaded.failure.isEmpty()) {
        emit statusMessage(tr("Release windows are not checked: %1").arg(loaded.failure));
    } else if (!m_errors.empty()) {
        emit statusMessage(tr("%1 has errors, so release windows follow the default trains until it is fixed: %2")
                               .arg(QString::fromUtf16(core::repositoryRulesFileName), m_errors.front().toString()));
    }
}

void ReleaseTrainController::distribute()
{
    if (m_releases)
        m_releases->setReleaseCalendar(m_calendar);
    if (m_page)
        m_page->setReleaseCalendar(m_calendar);
    if (m_deploy)
        m_deploy->setReleaseCalendar(m_calendar);
    if (m_calendarView && m_calendar)
        m_calendarView->setReleaseCalendar(*m_calendar);
    updateAction();
    emit rechecked();
}

void ReleaseTrainController::setClock(Clock clock)
{
    // Each part gets its own copy: none of them may outlive a clock that points back here.
    m_clock = std::move(clock);
    if (m_releases)
        m_releases->setClock(m_clock);
    if (m_page)
        m_page->setClock(m_clock);
    if (m_deploy)
        m_deploy->setClock(m_clock);
    recheck();
}

QDateTime ReleaseTrainController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ReleaseTrainController::setRecheckInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(ms);
    m_timer.start();
}

void ReleaseTrainController::recheck()
{
    if (m_releases)
        m_releases->refreshReadiness();
    if (m_page)
        m_page->recheckReadiness();
    if (m_deploy)
        m_deploy->recheckReadiness();
    updateAction();
    emit rechecked();
}

void ReleaseTrainController::setReleasePage(ReleasePage *page)
{
    m_page = page;
    if (!page)
        return;
    page->setClock(m_clock);
    page->setReleaseCalendar(m_calendar);
}

void ReleaseTrainController::setCalendarView(CalendarView *view)
{
    m_calendarView = view;
    if (view && m_calendar)
        view->setReleaseCalendar(*m_calendar);
}

void ReleaseTrainController::setSlackSession(SlackSession *slack)
{
    m_slack = slack;
}

void ReleaseTrainController::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
}

void ReleaseTrainController::attachBreakGlassAction(QAction *action)
{
    m_action = action;
    if (action)
        connect(action, &QAction::triggered, this, [this] { breakGlass(); });
    updateAction();
}

QString ReleaseTrainController::breakGlassBlocker() const
{
    if (!m_calendar || !m_calendar->enforced() || !m_document || !m_document->isOpen())
        return {};
    const core::Manifest *manifest = m_document->manifest();
    if (!manifest || core::breakGlassActive(*manifest, *m_calendar, now()) || !beforeDeploying(manifest->release.status))
        return {};
    const core::TimeGate gate = m_calendar->gate(core::releaseTypeOf(*manifest), now());
    return gate.open ? QString() : gate.blocker;
}

QString ReleaseTrainController::whyNoBreakGlass() const
{
    if (!m_document || !m_document->isOpen())
        return tr("No release is open.");
    const core::Manifest *manifest = m_document->manifest();
    if (!manifest)
        return tr("%1 has errors; fix them first.").arg(m_document->displayName());
    if (!m_calendar)
        return tr("The clone's release windows have not been read yet.");
    if (!m_calendar->enforced())
        return tr("This clone's rules do not hold releases to their windows (enforce_windows in %1).")
            .arg(QString::fromUtf16(core::repositoryRulesFileName));
    if (core::breakGlassActive(*manifest, *m_calendar, now())) {
        return tr("Already overridden by %1 until %2: %3")
            .arg(manifest->release.breakGlass.by, m_calendar->formatZonedTime(core::breakGlassEnds(*manifest, *m_calendar)),
                 manifest->release.breakGlass.reason);
    }
    if (!beforeDeploying(manifest->release.status))
        return tr("%1 is %2; windows apply only before it deploys.")
            .arg(manifest->release.id, core::toString(manifest->release.status));
    return tr("%1 is inside its window and outside every freeze; there is nothing to override.").arg(manifest->release.id);
}

void ReleaseTrainController::updateAction()
{
    if (!m_action)
        return;
    const QString blocker = breakGlassBlocker();
    m_action->setEnabled(!blocker.isEmpty());
    const QString tip = blocker.isEmpty()
        ? whyNoBreakGlass()
        : tr("Deploy %1 despite the clock, with a recorded reason: %2").arg(m_document->releaseId(), blocker);
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

BreakGlassDialog *ReleaseTrainController::activeDialog() const
{
    return m_dialog;
}

BreakGlassDialog *ReleaseTrainController::breakGlass()
{
    if (m_dialog)
        return m_dialog;
    const QString blocker = breakGlassBlocker();
    if (blocker.isEmpty()) {
        emit statusMessage(tr("Cannot break glass: %1").arg(whyNoBreakGlass()));
        return nullptr;
    }
    const QString until = m_calendar->formatZonedTime(m_calendar->breakGlassEnd(now()));
    auto *dialog = new BreakGlassDialog(*m_document->manifest(), blocker, until, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray confirmed = m_document->bytes();
    connect(dialog, &QDialog::accepted, this, [this, dialog, confirmed] {
        if (m_document && m_document->bytes() != confirmed) {
            emit statusMessage(tr("%1 changed while the dialog was open; check it and break glass again.")
                                   .arg(m_document->releaseId()));
            return;
        }
        applyBreakGlass(dialog->reason());
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

bool ReleaseTrainController::applyBreakGlass(const QString &reason)
{
    const QString blocker = breakGlassBlocker();
    if (blocker.isEmpty()) {
        emit statusMessage(tr("Cannot break glass: %1").arg(whyNoBreakGlass()));
        return false;
    }
    const QString id = m_document->releaseId();
    if (m_document->user().isEmpty()) {
        emit statusMessage(tr("Cannot break glass for %1: no user to record. Set your handle with Release \u2192 Sign "
                              "As\u2026 or `git config releaseconsole.user @you`.")
                               .arg(id));
        return false;
    }
    core::BreakGlassEdit edit;
    edit.reason = reason.trimmed();
    // The override is recorded at the moment the window judged it, to the second.
    edit.at = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), Qt::UTC);
    if (!m_document->apply(edit)) {
        emit statusMessage(tr("The break-glass override of %1 was not recorded: %2").arg(id, m_document->lastError()));
        return false;
    }
    // The override lasts from the moment it was recorded, as readiness will count it.
    const QString until = m_calendar->formatZonedTime(m_calendar->breakGlassEnd(edit.at));
    const core::Manifest *manifest = m_document->manifest();
    if (manifest && m_slack) {
        m_slack->notify(core::makeNotification(core::NotificationEvent::BreakGlass, *manifest,
                                               {{QStringLiteral("user"), manifest->release.breakGlass.by},
                                                {QStringLiteral("reason"), manifest->release.breakGlass.reason},
                                                {QStringLiteral("until"), until}},
                                               edit.at));
    }
    emit statusMessage(tr("%1 may deploy outside its window until %2: overridden by %3").arg(id, until, m_document->user()));
    recheck();
    emit breakGlassApplied();
    return true;
}

} // namespace rc::ui

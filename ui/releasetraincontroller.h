#pragma once

#include "manifest/manifest.h"
#include "rules/releasecalendar.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QWidget;

namespace rc::models {
class ReleaseDocument;
class ReleaseListModel;
} // namespace rc::models

namespace rc::ui {

class BreakGlassDialog;
class CalendarView;
class DeployController;
class ReleasePage;
class SlackSession;

/// The release trains of the open clone in the window: it reads the clone's rules off the GUI
/// thread, builds their calendar (windows and freezes) and hands it to everything that judges or
/// shows readiness: the release list, the release page's banner, the deploy gate and the calendar
/// view. A rules file with errors falls back to the release process's default trains (holding
/// releases to them only when the file says so, as far as can be told) and its errors are kept
/// for the Problems list. Once a minute readiness is asked again, so windows open and close
/// without anyone pressing a key. It also owns Release → Break Glass…: the override that lets a
/// release held back only by the clock deploy, recorded in the manifest and announced in Slack.
class ReleaseTrainController final : public QObject
{
    Q_OBJECT

public:
    /// Where "now" comes from; the current time by default. Tests inject their own.
    using Clock = std::function<QDateTime()>;

    ReleaseTrainController(models::ReleaseListModel *releases, models::ReleaseDocument *document,
                           DeployController *deploy, QObject *parent = nullptr);
    ~ReleaseTrainController() override;

    /// Reads the rules of the clone at `path` (its work tree) in the background; an empty path
    /// forgets the calendar. A result that arrives after another clone was asked for is dropped.
    void setClonePath(const QString &path);
    QString clonePath() const { return m_clonePath; }
    /// Reads the rules of the same clone again.
    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }

    /// The calendar in use; none while no clone's rules have been read.
    const std::optional<core::ReleaseCalendar> &releaseCalendar() const { return m_calendar; }
    /// The errors of the clone's .release-console.yaml (file:line:column); empty when it reads.
    const std::vector<core::Diagnostic> &rulesErrors() const { return m_errors; }

    void setClock(Clock clock);
    QDateTime now() const;
    /// How often readiness is asked again; one minute by default, 0 stops it.
    void setRecheckInterval(int ms);
    /// Asks readiness again at now(): the list, the banner, Deploy and Break Glass follow.
    void recheck();

    /// The page and the calendar view are built when first shown; each gets the calendar then.
    void setReleasePage(ReleasePage *page);
    void setCalendarView(CalendarView *view);
    /// Where break-glass overrides are announced.
    void setSlackSession(SlackSession *slack);
    /// Where the Break Glass dialog opens (window-modal on it).
    void setDialogParent(QWidget *parent);
    /// Keeps `action` enabled only when the open release may be overridden, with the reason as
    /// its tool tip, and opens the dialog when it is triggered.
    void attachBreakGlassAction(QAction *action);

    /// The window or freeze blocker an override of the open release would lift; empty when there
    /// is nothing to override (no enforced calendar, inside its window, an override still lasting,
    /// past deploying, nothing open). Once an override has ended, the release may be overridden again.
    QString breakGlassBlocker() const;
    bool canBreakGlass() const { return !breakGlassBlocker().isEmpty(); }
    /// Opens the Break Glass dialog (non-blocking); null when the release cannot be overridden.
    BreakGlassDialog *breakGlass();
    BreakGlassDialog *activeDialog() const;
    /// Records the override with `reason` through the document (by: the document's user, at:
    /// now()), commits it, announces it and asks readiness again. False with a statusMessage
    /// when it is not possible or the edit was refused.
    bool applyBreakGlass(const QString &reason);

signals:
    /// The rules were read (or could not be): releaseCalendar() and rulesErrors() are new.
    void calendarChanged();
    /// Readiness was asked again (the clock, a new calendar, an override).
    void rechecked();
    /// A transient line for the status bar.
    void statusMessage(const QString &message);
    /// An override was recorded and committed.
    void breakGlassApplied();

private:
    struct Loaded
    {
        quint64 generation = 0;
        std::optional<core::ReleaseCalendar> calendar;
        std::vector<core::Diagnostic> errors;
        QString failure; ///< the clone's rules could not be read at all
    };

    void start();
    void onLoaded();
    void distribute();
    void updateAction();
    QString whyNoBreakGlass() const;

    QPointer<models::ReleaseListModel> m_releases;
    QPointer<models::ReleaseDocument> m_document;
    QPointer<DeployController> m_deploy;
    QPointer<ReleasePage> m_page;
    QPointer<CalendarView> m_calendarView;
    QPointer<SlackSession> m_slack;
    QPointer<QWidget> m_dialogParent;
    QPointer<QAction> m_action;
    QPointer<BreakGlassDialog> m_dialog;

    QString m_clonePath;
    quint64 m_generation = 0; ///< bumped for every clone asked for; older results are dropped
    bool m_restart = false; ///< asked again while a read was running
    QFutureWatcher<Loaded> m_watcher;
    std::optional<core::ReleaseCalendar> m_calendar;
    std::vector<core::Diagnostic> m_errors;
    Clock m_clock;
    QTimer m_timer;
};

} // namespace rc::ui

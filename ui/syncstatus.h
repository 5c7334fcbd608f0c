#pragma once

#include "git/remote.h"
#include "sync/manifestsync.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QToolButton;

namespace rc::ui {

class SyncConflictDialog;

/// The status bar's view of the remote: how far the branch is ahead of or behind its upstream,
/// with Fetch and Push actions. Counting, fetching and pushing run on the thread pool, one job at
/// a time, each with its own Repository; the window stays responsive. A push that stops on
/// conflicting decisions opens a SyncConflictDialog; a push that moved the branch emits
/// workTreeChanged() so the window reads the clone again.
class SyncStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget *parent = nullptr);
    ~SyncStatus() override;

    /// The clone to follow; counts ahead/behind from the local refs (no network). Empty: hidden.
    void setClonePath(const QString &path);
    QString clonePath() const { return m_path; }

    /// Counts ahead/behind again from the local refs, e.g. after a commit.
    void refresh();
    /// Fetches the upstream, then counts.
    void fetch();
    /// Pushes; re-applies the local edits when the upstream moved.
    void push(core::ManifestSync::Resolution resolution = core::ManifestSync::Resolution::Stop);

    /// True from the start of a job until its result is shown.
    bool isBusy() const { return m_busy; }
    QAction *fetchAction() const { return m_fetchAction; }
    QAction *pushAction() const { return m_pushAction; }
    /// The text shown in the status bar ("main ↑2 ↓1").
    QString text() const;
    const std::optional<core::AheadBehind> &state() const { return m_state; }
    /// The last failure, as shown in the tooltip; empty after a success.
    QString lastError() const { return m_error; }
    /// The dialog of the last push that stopped on conflicts, while it is open.
    SyncConflictDialog *conflictDialog() const;

signals:
    /// A count, fetch or push finished (also when it failed).
    void finished();
    /// A push moved the branch and the work tree's files.
    void workTreeChanged();
    /// A short note for the status bar ("Pushed main to origin/main").
    void message(const QString &text);

private:
    enum class Job { Count, Fetch, Push };
    struct Result
    {
        Job job = Job::Count;
        QString path;
        QString error;
        std::optional<core::AheadBehind> state;
        std::optional<core::SyncOutcome> outcome;
    };

    void start(Job job, core::ManifestSync::Resolution resolution = core::ManifestSync::Resolution::Stop);
    void onFinished();
    void showConflicts(const core::SyncOutcome &outcome);
    void updateView();
    static Result run(Job job, const QString &path, core::ManifestSync::Resolution resolution,
                      std::shared_ptr<std::atomic_bool> cancel);

    QLabel *m_label = nullptr;
    QToolButton *m_fetchButton = nullptr;
    QToolButton *m_pushButton = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_pushAction = nullptr;
    QString m_path;
    std::optional<core::AheadBehind> m_state;
    QString m_error;
    Job m_running = Job::Count;
    bool m_countQueued = false;
    bool m_busy = false;
    QPointer<SyncConflictDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result> m_watcher;
};

} // namespace rc::ui

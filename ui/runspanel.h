#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace rc::models {
class RunModel;
}

namespace rc::ui {

class DeployController;

/// The runs of the open release, for a dock: the watched run's status and conclusion, who started
/// it and when, progress ("3 of 5 jobs"), its jobs and steps with durations, the log tail of
/// failed jobs, pending environment approvals with Approve and Reject (with a comment) when the
/// user may review them, Cancel, Re-run Failed Jobs and Open in Browser, and a list of the
/// release's recent runs. It only shows the controller's snapshots and asks the controller to
/// act; polling happens in the controller's RunWatcher, so nothing here waits on the network.
class RunsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPanel(DeployController *controller, QWidget *parent = nullptr);
    ~RunsPanel() override;

    models::RunModel *model() const { return m_model; }
    QComboBox *runList() const { return m_runs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *whoWhenLabel() const { return m_whoWhen; }
    QLabel *failureLabel() const { return m_failure; }
    QTreeView *jobTree() const { return m_tree; }
    QGroupBox *logBox() const { return m_logBox; }
    QPlainTextEdit *logTail() const { return m_log; }
    QGroupBox *pendingBox() const { return m_pendingBox; }
    QLabel *pendingLabel() const { return m_pendingText; }
    QLineEdit *reviewComment() const { return m_comment; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *openButton() const { return m_open; }
    /// Shown only after a dispatch whose outcome is unknown.
    QPushButton *retryButton() const { return m_retry; }

private:
    void updateRuns();
    void updateSnapshot();
    void updateButtons();
    void tick();

    DeployController *m_controller = nullptr;
    models::RunModel *m_model = nullptr;
    bool m_fillingRuns = false;
    qint64 m_shownRun = 0;

    QComboBox *m_runs = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_whoWhen = nullptr;
    QLabel *m_failure = nullptr;
    QLabel *m_transient = nullptr;
    QGroupBox *m_pendingBox = nullptr;
    QLabel *m_pendingText = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QTreeView *m_tree = nullptr;
    QGroupBox *m_logBox = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_clock;
};

} // namespace rc::ui

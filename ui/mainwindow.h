#pragma once

#include "github/githubsettings.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QDockWidget;

namespace rc::models {
class ReleaseDocument;
class ReleaseFilterProxy;
class ReleaseListModel;
} // namespace rc::models

namespace rc::ui {

class CalendarView;
class DeployController;
class GitHubSession;
class GitHubSettingsDialog;
class HistoryView;
class ReleasePage;
class ReleaseTrainController;
class SignoffController;
class SyncStatus;

/// The console's window: the releases of one clone beside the page of the selected release.
/// Scanning a clone runs on the thread pool; the window stays responsive and shows progress.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the clone around `path` (a folder or a manifest inside a clone). For a manifest, its
    /// release is selected once the scan is done. Problems are shown in the window, never thrown.
    void openPath(const QString &path);
    /// As openPath(), but once the window has been painted for the first time, so that start-up
    /// shows the window before it reads the clone.
    void openPathWhenShown(const QString &path);
    /// Creates a fresh demo clone in `directory` off the GUI thread, then opens it; a failure is
    /// shown in the window's banner.
    void openNewDemo(const QString &directory);
    /// Scans the open clone again, keeping the selected release.
    void reload();
    /// The handle recorded on this user's decisions; empty means the clone's git config decides.
    void setSigner(const QString &handle);

    bool isScanning() const;
    /// The clone's work tree; empty when none is open.
    QString clonePath() const { return m_scan.root; }
    const core::WorkspaceScan &scan() const { return m_scan; }
    /// Selects a release by id or manifest path; false when the list has no such release.
    bool selectRelease(const QString &idOrPath);

    /// The message shown across the window when a path could not be opened; empty when none.
    QString bannerText() const;
    /// Shows a message across the top of the window (for problems found before a clone is open).
    void showBanner(const QString &text);
    QStringList recentClones() const;

    /// The page of the selected release; created on first use.
    ReleasePage *releasePage();
    QTreeView *releaseView() const { return m_releaseView; }
    models::ReleaseListModel *releaseModel() const { return m_releases; }
    models::ReleaseFilterProxy *releaseProxy() const { return m_proxy; }
    models::ReleaseDocument *document() const { return m_document; }
    QAction *deployAction() const { return m_deployAction; }
    QAction *rollbackAction() const { return m_rollbackAction; }
    QTreeWidget *problemList() const { return m_problems; }
    /// View → History and View → Calendar: docks over the release list, created on first use.
    HistoryView *historyView();
    CalendarView *calendarView();
    QAction *historyAction() const { return m_historyAction; }
    QAction *calendarAction() const { return m_calendarAction; }
    QAction *newReleaseAction() const { return m_newReleaseAction; }
    QAction *newHotfixAction() const { return m_newHotfixAction; }

    /// The GitHub connection of the open clone, shared by everything in the window that talks
    /// to GitHub.
    GitHubSession *gitHubSession() const { return m_github; }
    DeployController *deployController() const { return m_deploy; }
    SignoffController *signoffController() const { return m_signoffs; }
    /// The open clone's release windows and freezes, the clock readiness is asked at, and
    /// Release → Break Glass…
    ReleaseTrainController *releaseTrains() const { return m_trains; }
    QAction *breakGlassAction() const { return m_breakGlassAction; }
    QAction *runsAction() const { return m_runsAction; }
    QAction *requestSignoffsAction() const { return m_requestSignoffsAction; }
    QAction *checkSignoffsAction() const { return m_checkSignoffsAction; }
    /// Settings → GitHub…
    QAction *gitHubSettingsAction() const { return m_gitHubSettingsAction; }
    /// Opens Settings → GitHub… (window-modal, deleted when closed) and returns it.
    GitHubSettingsDialog *openGitHubSettings();
    /// The demo: the session talks to the simulated GitHub at `apiUrl` with `token` (memory
    /// only), and the window says so in a permanent status-bar badge.
    void setSimulatedGitHub(const QUrl &apiUrl, const core::GitHubToken &token);
    /// The status-bar badge "Simulated GitHub"; hidden outside the demo.
    QLabel *simulatedBadge() const { return m_simulatedBadge; }
    /// The status-bar note on the GitHub connection ("GitHub: nedlia/nedlia (simulated GitHub)").
    QLabel *gitHubLabel() const { return m_gitHubLabel; }

    static constexpr int MaxRecentClones = 8;

signals:
    /// A scan finished and its result is shown (also when it failed).
    void scanFinished();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseSigner();
    void createActions();
    void createCentralWidget();
    void createProblemsDock();
    QDockWidget *createViewDock(QWidget *content, const QString &title, const QString &name, QAction *toggle);
    void showViewDock(QWidget *dock, bool show);
    void newRelease();
    void newHotfix();
    void startScan(const QString &path);
    void onScanFinished();
    void onCurrentReleaseChanged();
    void onDocumentChanged();
    void updateActions();
    void updateStatusBar();
    void updateGitHubStatus();
    void updateProblems();
    void hideBanner();
    void addRecentClone(const QString &path);
    void rebuildRecentMenu();
    void openProblem(const QString &file, int line, int column);
    void readSettings();
    void writeSettings() const;
    static QString dropPath(const QMimeData *mime);

    models::ReleaseListModel *m_releases = nullptr;
    models::ReleaseFilterProxy *m_proxy = nullptr;
    models::ReleaseDocument *m_document = nullptr;
    ReleasePage *m_page = nullptr;
    QString m_openWhenShown;
    QAction *m_signAsAction = nullptr;
    QLabel *m_userLabel = nullptr;
    SyncStatus *m_sync = nullptr;
    bool m_painted = false;

    QLabel *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTreeView *m_releaseView = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QTreeWidget *m_problems = nullptr;
    HistoryView *m_history = nullptr;
    CalendarView *m_calendar = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_newReleaseAction = nullptr;
    QAction *m_newHotfixAction = nullptr;

    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_deployAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    GitHubSession *m_github = nullptr;
    DeployController *m_deploy = nullptr;
    SignoffController *m_signoffs = nullptr;
    ReleaseTrainController *m_trains = nullptr;
    QAction *m_breakGlassAction = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QAction *m_runsAction = nullptr;
    QAction *m_requestSignoffsAction = nullptr;
    QAction *m_checkSignoffsAction = nullptr;
    QAction *m_gitHubSettingsAction = nullptr;
    QLabel *m_gitHubLabel = nullptr;
    QLabel *m_simulatedBadge = nullptr;

    QFutureWatcher<core::WorkspaceScan> m_scanWatcher;
    struct DemoResult
    {
        QString path;
        QString error;
    };
    QFutureWatcher<DemoResult> m_demoWatcher;
    core::WorkspaceScan m_scan;
    QString m_scanPath; // what the running scan was asked to open
    QString m_queuedPath; // opened while a scan was running: scanned next
    QString m_selectAfterScan; // a release id or manifest path to select when the scan is done
    bool m_initialSplit = false; // no saved splitter state: split when first shown
};

} // namespace rc::ui

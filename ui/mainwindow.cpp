#include "mainwindow.h"

#include "demo/demoworkspace.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "calendarview.h"
#include "deploycontroller.h"
#include "exportdialog.h"
#include "githubsession.h"
#include "githubsettingsdialog.h"
#include "historyview.h"
#include "hotfixdialog.h"
#include "newreleasedialog.h"
#include "releasedocument.h"
#include "releasefilterproxy.h"
#include "releaselistmodel.h"
#include "releasepage.h"
#include "releasetraincontroller.h"
#include "runspanel.h"
#include "shortcutsdialog.h"
#include "signoffcontroller.h"
#include "manifest/manifestfile.h"
#include "notificationstatus.h"
#include "slacksession.h"
#include "slacksettingsdialog.h"
#include "statuspresentation.h"
#include "syncstatus.h"
#include "themecolors.h"


#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {

using models::ReleaseListModel;
using models::StatusPresentation;

namespace {

const char *const RecentClonesKey = "recentClones";

enum ProblemRole { FileRole = Qt::UserRole, LineRole, ColumnRole };

// The open banner and the demo badge, in colours readable on the palette in use.
void styleBanners(QLabel *banner, QLabel *badge)
{
    const QPalette palette = QGuiApplication::palette();
    const models::ThemeColors::Scheme problem = models::ThemeColors::banner(models::Tone::Bad, palette);
    banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-bottom: 1px solid %3;"
                                         " padding: 8px 12px; }")
                              .arg(problem.background.name(), problem.text.name(), problem.border.name()));
    const models::ThemeColors::Scheme chip = models::ThemeColors::chip(models::ThemeColors::hue(models::Tone::Waiting));
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                        " border-radius: 3px; padding: 1px 8px; }")
                             .arg(chip.background.name(), chip.text.name()));
}

/// release_created for a manifest this window has just written and committed.
void announceCreated(QObject *window, const QString &path)
{
    auto *slack = window->findChild<SlackSession *>(QStringLiteral("slackSession"));
    const core::Expected<core::ManifestFile> file = core::ManifestFile::load(path);
    if (!slack || !file || !file->manifest())
        return;
    slack->announce(core::NotificationEvent::ReleaseCreated, *file->manifest());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_releases(new ReleaseListModel(this))
    , m_proxy(new models::ReleaseFilterProxy(this))
    , m_document(new models::ReleaseDocument(this))
    , m_github(new GitHubSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Release Console"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_releases);

    createCentralWidget();
    createProblemsDock();
    createActions();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("clonePathLabel"));
    m_pathLabel->setAccessibleName(tr("Open clone"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("releaseCountLabel"));
    m_countLabel->setAccessibleName(tr("Releases and problems"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Reading the clone"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signerLabel"));
    m_userLabel->setAccessibleName(tr("Signing as"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_sync);
    // The remote's ahead/behind follows the open clone, its commits and F5 (which fetches too).
    connect(m_sync, &SyncStatus::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_sync, &SyncStatus::workTreeChanged, this, &MainWindow::reload);
    connect(m_reloadAction, &QAction::triggered, m_sync, &SyncStatus::fetch);
    connect(m_document, &models::ReleaseDocument::committed, m_sync, &SyncStatus::refresh);
    connect(this, &MainWindow::scanFinished, m_sync, [this] { m_sync->setClonePath(clonePath()); });
    statusBar()->addPermanentWidget(m_countLabel);

    // GitHub: where the release workflow runs, and in the demo a badge that cannot be missed.
    m_gitHubLabel = new QLabel(this);
    m_gitHubLabel->setObjectName(QStringLiteral("gitHubLabel"));
    m_gitHubLabel->setAccessibleName(tr("GitHub connection"));
    statusBar()->addPermanentWidget(m_gitHubLabel);
    m_simulatedBadge = new QLabel(tr("Simulated GitHub"), this);
    m_simulatedBadge->setObjectName(QStringLiteral("simulatedGitHubBadge"));
    m_simulatedBadge->setAccessibleName(tr("Simulated GitHub"));
    m_simulatedBadge->setAccessibleDescription(tr("This demo talks to a GitHub simulated on this computer"));
    styleBanners(m_banner, m_simulatedBadge);
    Appearance::onPaletteChange(this, [this] { styleBanners(m_banner, m_simulatedBadge); });
    m_simulatedBadge->hide();
    statusBar()->addPermanentWidget(m_simulatedBadge);
    connect(m_github, &GitHubSession::changed, this, &MainWindow::updateGitHubStatus);
    connect(this, &MainWindow::scanFinished, m_github, [this] {
        if (!clonePath().isEmpty() && clonePath() != m_github->clonePath())
            m_github->setClonePath(clonePath());
    });
    // Deploy, roll back and the runs of the open release; sign-off requests and checks. The
    // controllers own the actions' enabled state and tool tips from here on.
    m_deploy = new DeployController(m_github, m_document, this);
    m_deploy->setDialogParent(this);
    m_deploy->attachActions(m_deployAction, m_rollbackAction);
    connect(m_deploy, &DeployController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_runsDock = createViewDock(new RunsPanel(m_deploy, this), tr("Runs"), QStringLiteral("runsDock"), m_runsAction);
    // Starting a run shows where it stands.
    connect(m_deploy, &DeployController::recentRunsChanged, this, [this] {
        if (m_deploy->isBusy())
            showViewDock(m_runsDock, true);
    });
    m_signoffs = new SignoffController(m_github, m_document, this);
    m_signoffs->setDialogParent(this);
    m_signoffs->attachActions(m_requestSignoffsAction, m_checkSignoffsAction);
    connect(m_signoffs, &SignoffController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    // Slack: what this window does to a release goes to the clone's outbox and out in the
    // background; the status bar shows what waits or failed.
    auto *slack = new SlackSession(nullptr, this);
    slack->setObjectName(QStringLiteral("slackSession"));
    slack->attach(m_document, m_deploy, m_signoffs);
    auto *slackStatus = new NotificationStatus(slack, this);
    slackStatus->setObjectName(QStringLiteral("slackStatus"));
    statusBar()->addPermanentWidget(slackStatus);
    connect(slackStatus, &NotificationStatus::settingsRequested, this, [this, slack] {
        auto *dialog = new SlackSettingsDialog(slack, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(this, &MainWindow::scanFinished, slack, [this, slack] { slack->setClonePath(clonePath()); });

    // Release windows and freezes: read with the clone (and again on F5), judged once a minute.
    m_trains = new ReleaseTrainController(m_releases, m_document, m_deploy, this);
    m_trains->setSlackSession(slack);
    m_trains->setDialogParent(this);
    m_trains->attachBreakGlassAction(m_breakGlassAction);
    if (m_page)
        m_trains->setReleasePage(m_page);
    connect(this, &MainWindow::scanFinished, m_trains, [this] {
        if (!clonePath().isEmpty())
            m_trains->setClonePath(clonePath());
    });
    connect(m_trains, &ReleaseTrainController::calendarChanged, this, [this] {
        updateProblems();
        updateStatusBar();
    });
    connect(m_trains, &ReleaseTrainController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    // F5 reads the clone's rules again, and with them its GitHub settings.
    connect(m_reloadAction, &QAction::triggered, m_github, [this] {
        if (!m_github->clonePath().isEmpty())
            m_github->reload();
    });

    connect(&m_scanWatcher, &QFutureWatcher<core::WorkspaceScan>::finished, this, &MainWindow::onScanFinished);
    connect(&m_scanWatcher, &QFutureWatcher<core::WorkspaceScan>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_scanWatcher, &QFutureWatcher<core::WorkspaceScan>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_document, &models::ReleaseDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &models::ReleaseDocument::committed, this, [this](const QString &id, const QString &message) {
        statusBar()->showMessage(tr("Committed %1: %2").arg(id.left(8), message), 8000);
    });

    rebuildRecentMenu();
    readSettings();
    m_document->setUser(QSettings().value(QStringLiteral("signAs")).toString());
    updateActions();
    updateStatusBar();
    updateGitHubStatus();
}

ReleasePage *MainWindow::releasePage()
{
    // Built when the first release is shown, not before the window first appears: the page is the
    // largest part of the window and start-up should not wait for it.
    if (!m_page) {
        m_page = new ReleasePage(m_document, m_pages);
        m_pages->addWidget(m_page);
        if (m_trains)
            m_trains->setReleasePage(m_page);
    }
    return m_page;
}

MainWindow::~MainWindow()
{
    // The job owns only copies, but the window must not disappear under a running watcher.
    if (m_scanWatcher.isRunning())
        m_scanWatcher.waitForFinished();
    if (m_demoWatcher.isRunning())
        m_demoWatcher.waitForFinished();
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("openBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Problem opening the clone"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto *listPanel = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(6, 6, 0, 6);
    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(listPanel);
    m_filter->setObjectName(QStringLiteral("releaseFilter"));
    m_filter->setPlaceholderText(tr("Filter by id, manager, component\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter releases"));
    m_statusFilter = new QComboBox(listPanel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show releases with status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (auto status : {core::ReleaseStatus::Draft, core::ReleaseStatus::PendingApproval, core::ReleaseStatus::Approved,
                        core::ReleaseStatus::Deploying, core::ReleaseStatus::Deployed, core::ReleaseStatus::RolledBack,
                        core::ReleaseStatus::Cancelled})
        m_statusFilter->addItem(StatusPresentation::icon(status), StatusPresentation::text(status), int(status));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusFilter);
    listLayout->addLayout(filters);

    m_releaseView = new QTreeView(listPanel);
    m_releaseView->setObjectName(QStringLiteral("releaseView"));
    m_releaseView->setAccessibleName(tr("Releases"));
    m_releaseView->setModel(m_proxy);
    m_releaseView->setRootIsDecorated(false);
    m_releaseView->setUniformRowHeights(true);
    m_releaseView->setAlternatingRowColors(true);
    m_releaseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_releaseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_releaseView->setSortingEnabled(true);
    m_releaseView->sortByColumn(ReleaseListModel::ScheduledColumn, Qt::DescendingOrder);
    m_releaseView->header()->setStretchLastSection(true);
    listLayout->addWidget(m_releaseView, 1);

    m_pages = new QStackedWidget(m_splitter);
    m_placeholder = new QLabel(m_pages);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Open a git clone with release manifests under <code>releases/</code>:<br>"
                              "File \u2192 Open Clone\u2026 (Ctrl+O), or drop a folder or a manifest here."));
    m_pages->addWidget(m_placeholder);

    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &models::ReleaseFilterProxy::setFilterText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional(core::ReleaseStatus(value)));
    });
    connect(m_releaseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentReleaseChanged);
    connect(m_releases, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < ReleaseListModel::ColumnCount; ++column)
            m_releaseView->resizeColumnToContents(column);
    });
}

void MainWindow::createProblemsDock()
{
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problems = new QTreeWidget(m_problemsDock);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setAccessibleDescription(tr("Errors and warnings in the clone's files; Enter opens the line"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Where"), tr("Problem")});
    m_problems->setWordWrap(true);
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openProblem(item->data(0, FileRole).toString(), item->data(0, LineRole).toInt(),
                    item->data(0, ColumnRole).toInt());
    });
}

QDockWidget *MainWindow::createViewDock(QWidget *content, const QString &title, const QString &name, QAction *toggle)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    if (!restoreDockWidget(dock)) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        // Share the bottom with the other views instead of stacking strips on top of each other.
        for (QDockWidget *other : {m_problemsDock, m_history ? qobject_cast<QDockWidget *>(m_history->parentWidget()) : nullptr}) {
            if (other && other != dock && !other->isHidden() && dockWidgetArea(other) == Qt::BottomDockWidgetArea) {
                tabifyDockWidget(other, dock);
                break;
            }
        }
        resizeDocks({dock}, {qMax(240, height() / 3)}, Qt::Vertical);
    }
    connect(dock, &QDockWidget::visibilityChanged, toggle, [dock, toggle] {
        // Tabbed away is still open; only closing the dock unchecks the menu entry.
        const QSignalBlocker block(toggle);
        toggle->setChecked(!dock->isHidden());
    });
    dock->hide();
    return dock;
}

void MainWindow::newRelease()
{
    if (clonePath().isEmpty())
        return;
    QStringList ids;
    for (const core::ReleaseEntry &entry : m_scan.releases) {
        if (entry.manifest)
            ids << entry.manifest->release.id;
    }
    auto *dialog = new NewReleaseDialog(clonePath(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Created and committed %1").arg(dialog->createdPath()), 8000);
        announceCreated(this, QDir(clonePath()).absoluteFilePath(dialog->createdPath()));
        // Opening the new manifest scans the clone again and selects the release.
        openPath(QDir(clonePath()).absoluteFilePath(dialog->createdPath()));
    });
    dialog->open();
}

void MainWindow::newHotfix()
{
    if (clonePath().isEmpty())
        return;
    auto *dialog = new HotfixDialog(clonePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::StartedHotfix &started = dialog->started();
        statusBar()->showMessage(tr("Switched from %1 to the new branch %2 and committed %3")
                                     .arg(started.previousBranch, started.branch, started.relativePath),
                                 10000);
        announceCreated(this, QDir(clonePath()).absoluteFilePath(started.relativePath));
        // The clone is on another branch now: read it again and show the hotfix.
        openPath(QDir(clonePath()).absoluteFilePath(started.relativePath));
    });
    dialog->open();
}

void MainWindow::showViewDock(QWidget *dock, bool show)
{
    dock->setVisible(show);
    if (show)
        dock->raise(); // bring its tab to the front when it shares the area with others
}

HistoryView *MainWindow::historyView()
{
    if (!m_history) {
        m_history = new HistoryView(m_releases);
        createViewDock(m_history, tr("History"), QStringLiteral("historyDock"), m_historyAction);
        connect(m_history, &HistoryView::releaseActivated, this, [this](const QString &path) { selectRelease(path); });
    }
    return m_history;
}

CalendarView *MainWindow::calendarView()
{
    if (!m_calendar) {
        m_calendar = new CalendarView(m_releases);
        createViewDock(m_calendar, tr("Calendar"), QStringLiteral("calendarDock"), m_calendarAction);
        connect(m_calendar, &CalendarView::releaseActivated, this, [this](const QString &path) { selectRelease(path); });
        m_trains->setCalendarView(m_calendar);
        if (m_document->isOpen())
            m_calendar->setCurrentRelease(m_document->path());
    }
    return m_calendar;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Clone\u2026"));
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a git clone that has release manifests under releases/"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QStringList recent = recentClones();
        const QString start = clonePath().isEmpty() ? (recent.isEmpty() ? QDir::homePath() : recent.first()) : clonePath();
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Open Clone"), start);
        if (!directory.isEmpty())
            openPath(directory);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    m_reloadAction = file->addAction(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Re&load"));
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read every manifest of the clone again"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export\u2026"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save the dashboard of the open release, or of all releases, as Markdown or HTML"));
    exportAction->setEnabled(false);
    connect(exportAction, &QAction::triggered, this, [this] {
        auto *dialog = new ExportDialog(m_scan, m_document->isOpen() ? m_document->path() : QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setReleaseCalendar(m_trains->releaseCalendar());
        connect(dialog, &ExportDialog::exported, this, [this](const QString &path) { showExportedInStatusBar(statusBar(), path); });
        dialog->open();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *release = menuBar()->addMenu(tr("&Release"));
    m_newReleaseAction = release->addAction(tr("&New Release\u2026"));
    m_newReleaseAction->setObjectName(QStringLiteral("newReleaseAction"));
    m_newReleaseAction->setShortcut(QKeySequence::New);
    m_newReleaseAction->setStatusTip(tr("Write a release manifest from the commits since the last tag"));
    connect(m_newReleaseAction, &QAction::triggered, this, &MainWindow::newRelease);
    m_newHotfixAction = release->addAction(tr("New &Hotfix\u2026"));
    m_newHotfixAction->setObjectName(QStringLiteral("newHotfixAction"));
    m_newHotfixAction->setStatusTip(tr("Branch hotfix/NAME from the production tag with a one-component hotfix manifest"));
    connect(m_newHotfixAction, &QAction::triggered, this, &MainWindow::newHotfix);
    release->addSeparator();
    m_deployAction = release->addAction(QIcon(QStringLiteral(":/icons/deploy.svg")), tr("&Deploy\u2026"));
    m_deployAction->setObjectName(QStringLiteral("deployAction"));
    m_rollbackAction = release->addAction(QIcon(QStringLiteral(":/icons/rollback.svg")), tr("Roll&back\u2026"));
    m_rollbackAction->setObjectName(QStringLiteral("rollbackAction"));
    m_breakGlassAction = release->addAction(tr("Break &Glass\u2026"));
    m_breakGlassAction->setObjectName(QStringLiteral("breakGlassAction"));
    m_breakGlassAction->setEnabled(false);
    m_requestSignoffsAction = release->addAction(tr("Re&quest Sign-offs"));
    m_requestSignoffsAction->setObjectName(QStringLiteral("requestSignoffsAction"));
    m_checkSignoffsAction = release->addAction(tr("Chec&k Sign-offs"));
    m_checkSignoffsAction->setObjectName(QStringLiteral("checkSignoffsAction"));
    m_checkSignoffsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    release->addSeparator();
    m_sync = new SyncStatus(this);
    release->addAction(m_sync->pushAction());
    release->addAction(m_sync->fetchAction());

    release->addSeparator();
    m_signAsAction = release->addAction(tr("&Sign As\u2026"));
    m_signAsAction->setObjectName(QStringLiteral("signAsAction"));
    m_signAsAction->setToolTip(tr("The handle recorded on your sign-offs, ticks and approvals"));
    connect(m_signAsAction, &QAction::triggered, this, &MainWindow::chooseSigner);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *problemsAction = m_problemsDock->toggleViewAction();
    problemsAction->setText(tr("&Problems"));
    view->addAction(problemsAction);
    // History and Calendar are built when first asked for, so start-up does not pay for them.
    m_historyAction = view->addAction(tr("&History"));
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setCheckable(true);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setStatusTip(tr("Every release with its status, type and dates"));
    connect(m_historyAction, &QAction::toggled, this, [this](bool on) {
        if (on || m_history)
            showViewDock(historyView()->parentWidget(), on);
    });
    m_runsAction = view->addAction(tr("&Runs"));
    m_runsAction->setObjectName(QStringLiteral("runsAction"));
    m_runsAction->setCheckable(true);
    m_runsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runsAction->setStatusTip(tr("The release workflow's runs for the open release, live"));
    connect(m_runsAction, &QAction::toggled, this, [this](bool on) {
        if (m_runsDock)
            showViewDock(m_runsDock, on);
    });
    m_calendarAction = view->addAction(tr("&Calendar"));
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    m_calendarAction->setCheckable(true);
    m_calendarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_calendarAction->setStatusTip(tr("Scheduled releases by week, coloured by release type"));
    connect(m_calendarAction, &QAction::toggled, this, [this](bool on) {
        if (on || m_calendar)
            showViewDock(calendarView()->parentWidget(), on);
    });
    QAction *focusFilter = view->addAction(tr("&Filter Releases"));
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_gitHubSettingsAction = settings->addAction(tr("&GitHub\u2026"));
    m_gitHubSettingsAction->setObjectName(QStringLiteral("gitHubSettingsAction"));
    m_gitHubSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_gitHubSettingsAction->setMenuRole(QAction::PreferencesRole);
    m_gitHubSettingsAction->setStatusTip(
        tr("The GitHub repository, workflow and token of the open clone, and a test of the connection"));
    connect(m_gitHubSettingsAction, &QAction::triggered, this, [this] { openGitHubSettings(); });
    QAction *slackSettings = settings->addAction(tr("&Slack\u2026"));
    slackSettings->setObjectName(QStringLiteral("slackSettingsAction"));
    slackSettings->setStatusTip(tr("Slack webhooks for release notifications, and a test message"));
    connect(slackSettings, &QAction::triggered, this, [this] {
        if (auto *slack = findChild<SlackSession *>(QStringLiteral("slackSession"))) {
            auto *dialog = new SlackSettingsDialog(slack, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });

    // Light and dark Fusion palettes, or what the desktop gives; kept for the next start.
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    auto *appearanceGroup = new QActionGroup(appearance);
    for (Appearance::Mode mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        QAction *action = appearance->addAction(Appearance::displayName(mode));
        action->setObjectName(QStringLiteral("appearance-") + Appearance::name(mode));
        action->setCheckable(true);
        action->setChecked(Appearance::current() == mode);
        appearanceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            Appearance::apply(mode);
            Appearance::save(mode);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    // F1 would be the usual key, but Ctrl+/ is what most editors use for this list and leaves F1
    // free for context help.
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    shortcuts->setStatusTip(tr("Every action with its shortcut, grouped by menu"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Release Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_reloadAction);
    toolbar->addSeparator();
    toolbar->addAction(m_deployAction);
    toolbar->addAction(m_rollbackAction);
}

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        showBanner(tr("Cannot open %1: no such file or folder. Choose a clone with File \u2192 Open Clone\u2026")
                       .arg(QDir::toNativeSeparators(path)));
        emit scanFinished();
        return;
    }
    // A manifest names the release to show; a folder keeps whatever is selected.
    m_selectAfterScan = info.isFile() ? info.absoluteFilePath() : QString();
    startScan(info.absoluteFilePath());
}

void MainWindow::openNewDemo(const QString &directory)
{
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(tr("Creating the demo clone in %1\u2026").arg(QDir::toNativeSeparators(directory)));
    disconnect(&m_demoWatcher, nullptr, this, nullptr);
    connect(&m_demoWatcher, &QFutureWatcher<DemoResult>::finished, this, [this, directory] {
        const DemoResult result = m_demoWatcher.result();
        statusBar()->clearMessage();
        if (result.error.isEmpty()) {
            openPath(result.path);
        } else {
            m_progress->hide();
            showBanner(tr("Could not create the demo clone in %1: %2")
                           .arg(QDir::toNativeSeparators(directory), result.error));
            emit scanFinished();
        }
    });
    m_demoWatcher.setFuture(QtConcurrent::run([directory] {
        const auto created = core::createDemoWorkspace(directory);
        return created ? DemoResult{created.value(), {}} : DemoResult{{}, created.error().toString()};
    }));
}

void MainWindow::openPathWhenShown(const QString &path)
{
    if (m_painted)
        openPath(path);
    else
        m_openWhenShown = path;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !std::exchange(m_painted, true) && !m_openWhenShown.isEmpty()) {
        QTimer::singleShot(0, this, [this] { openPath(std::exchange(m_openWhenShown, QString())); });
    }
    return QMainWindow::event(event);
}

void MainWindow::reload()
{
    if (clonePath().isEmpty())
        return;
    if (m_document->isOpen())
        m_selectAfterScan = m_document->path();
    startScan(clonePath());
}

bool MainWindow::isScanning() const
{
    return m_scanWatcher.isRunning();
}

void MainWindow::startScan(const QString &path)
{
    if (m_scanWatcher.isRunning()) {
        m_queuedPath = path;
        return;
    }
    m_scanPath = path;
    m_progress->setRange(0, 0); // busy until the job knows how many files there are
    m_progress->show();
    m_reloadAction->setEnabled(false);
    statusBar()->showMessage(tr("Reading %1\u2026").arg(QDir::toNativeSeparators(path)));
    m_scanWatcher.setFuture(QtConcurrent::run(
        [](QPromise<core::WorkspaceScan> &promise, const QString &root) {
            core::WorkspaceScan scan = core::scanWorkspace(root, [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
            promise.addResult(std::move(scan));
        },
        path));
}

void MainWindow::onScanFinished()
{
    m_progress->hide();
    m_reloadAction->setEnabled(true);
    statusBar()->clearMessage();
    const QString asked = m_scanPath;
    const QFuture<core::WorkspaceScan> future = m_scanWatcher.future();
    if (future.resultCount() == 0 || !future.result().error.isEmpty()) {
        const QString error = future.resultCount() ? future.result().error : tr("the scan did not finish");
        showBanner(tr("Cannot open %1 as a release clone: %2\nChoose a folder inside a git clone with File \u2192 "
                      "Open Clone\u2026, or drop one on this window.")
                       .arg(QDir::toNativeSeparators(asked), error));
    } else {
        hideBanner();
        QString select = m_selectAfterScan;
        if (select.isEmpty() && m_document->isOpen() && future.result().root == m_scan.root)
            select = m_document->path();
        m_scan = future.result();
        m_releases->setScan(m_scan);
        addRecentClone(m_scan.root);
        setWindowTitle(tr("%1 \u2014 Release Console").arg(QFileInfo(m_scan.root).fileName()));
        updateProblems();
        updateStatusBar();
        if (m_scan.releases.empty()) {
            m_document->close();
            m_placeholder->setText(tr("%1 has no release manifests yet.<br>Add one as <code>releases/&lt;id&gt;.yaml</code>"
                                      " (for example with <code>releasectl create</code>) and press F5.")
                                       .arg(QDir::toNativeSeparators(m_scan.root).toHtmlEscaped()));
            m_pages->setCurrentWidget(m_placeholder);
        } else if (select.isEmpty() || !selectRelease(select)) {
            m_releaseView->setCurrentIndex(m_proxy->index(0, ReleaseListModel::IdColumn));
        }
    }
    m_selectAfterScan.clear();
    updateActions();
    emit scanFinished();
    if (!m_queuedPath.isEmpty())
        startScan(std::exchange(m_queuedPath, QString()));
}

bool MainWindow::selectRelease(const QString &idOrPath)
{
    int row = m_releases->rowOfId(idOrPath);
    if (row < 0) {
        const QFileInfo info(QDir(clonePath()).absoluteFilePath(idOrPath));
        row = m_releases->rowOfPath(info.absoluteFilePath());
        if (row < 0 && !info.canonicalFilePath().isEmpty()) {
            for (int i = 0; i < m_releases->rowCount() && row < 0; ++i) {
                if (QFileInfo(m_releases->entry(i)->path).canonicalFilePath() == info.canonicalFilePath())
                    row = i;
            }
        }
    }
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_releases->index(row, ReleaseListModel::IdColumn));
    if (!index.isValid()) {
        // Filtered out: show everything rather than open a release the list does not show.
        m_filter->clear();
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_releases->index(row, ReleaseListModel::IdColumn));
    }
    m_releaseView->setCurrentIndex(index);
    m_releaseView->scrollTo(index);
    return true;
}

void MainWindow::onCurrentReleaseChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_releaseView->currentIndex());
    const core::ReleaseEntry *entry = current.isValid() ? m_releases->entry(current.row()) : nullptr;
    if (!entry) {
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    ReleasePage *page = releasePage();
    m_pages->setCurrentWidget(page);
    if (m_calendar)
        m_calendar->setCurrentRelease(entry->path);
    if (m_document->isOpen() && m_document->path() == entry->path)
        return;
    page->hideMessage();
    if (auto opened = m_document->open(entry->path, entry->relativePath); !opened)
        page->showMessage(opened.error().toString());
    updateStatusBar(); // the signer may come from this clone's git config
}

void MainWindow::onDocumentChanged()
{
    // Keep the list and the problem counts in step with edits made on the page.
    if (m_document->isOpen() && m_releases->rowOfPath(m_document->path()) >= 0) {
        core::ReleaseEntry entry;
        entry.path = m_document->path();
        entry.relativePath = m_document->displayName();
        if (const core::Manifest *manifest = m_document->manifest())
            entry.manifest = *manifest;
        if (const core::ParseResult *parse = m_document->parseResult()) {
            entry.errors = parse->errors;
            entry.warnings = parse->warnings;
        }
        entry.gitState = m_document->gitState();
        m_releases->updateEntry(entry.path, entry);
        for (core::ReleaseEntry &scanned : m_scan.releases) {
            if (scanned.path == entry.path)
                scanned = entry;
        }
        updateProblems();
        updateStatusBar();
    }
    updateActions();
}

void MainWindow::updateActions()
{
    m_reloadAction->setEnabled(!clonePath().isEmpty() && !isScanning());
    m_newReleaseAction->setEnabled(!clonePath().isEmpty());
    m_newHotfixAction->setEnabled(!clonePath().isEmpty());
    if (QAction *exportAction = findChild<QAction *>(QStringLiteral("exportAction")))
        exportAction->setEnabled(!clonePath().isEmpty() && !isScanning());
    // Deploy, Rollback and the sign-off actions follow their controllers (readiness, GitHub,
    // runs in flight).
}

void MainWindow::chooseSigner()
{
    bool ok = false;
    QString handle = QInputDialog::getText(this, tr("Sign As"),
                                           tr("Handle recorded on your decisions (empty: from git config, "
                                              "releaseconsole.user or github.user):"),
                                           QLineEdit::Normal, m_document->user(), &ok)
                         .trimmed();
    if (!ok)
        return;
    if (!handle.isEmpty() && !handle.startsWith(QLatin1Char('@')))
        handle.prepend(QLatin1Char('@'));
    setSigner(handle);
}

void MainWindow::setSigner(const QString &handle)
{
    QSettings().setValue(QStringLiteral("signAs"), handle);
    m_document->setUser(handle);
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (clonePath().isEmpty()) {
        m_pathLabel->setText(tr("No clone open"));
        m_countLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(clonePath()));
    m_userLabel->setText(m_document->user().isEmpty() ? tr("No handle set: Release \u2192 Sign As\u2026")
                                                       : tr("Signing as %1").arg(m_document->user()));
    const int problems = m_problems->topLevelItemCount();
    m_countLabel->setText(tr("%n release(s)", nullptr, int(m_scan.releases.size())) + QStringLiteral(" \u00b7 ")
                          + tr("%n problem(s)", nullptr, problems));
}

GitHubSettingsDialog *MainWindow::openGitHubSettings()
{
    auto *dialog = new GitHubSettingsDialog(m_github, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::setSimulatedGitHub(const QUrl &apiUrl, const core::GitHubToken &token)
{
    m_github->setSimulated(apiUrl, token);
    updateGitHubStatus();
}

void MainWindow::updateGitHubStatus()
{
    const bool simulated = m_github->isSimulated();
    m_simulatedBadge->setVisible(simulated);
    m_simulatedBadge->setToolTip(
        simulated ? tr("This demo talks to a GitHub simulated on this computer (%1): its runs, issues and approvals "
                       "are made up, the token lives in memory only, and nothing reaches github.com.")
                        .arg(m_github->settings().apiUrl.isEmpty() ? tr("on loopback")
                                                                   : m_github->settings().apiUrl.toDisplayString())
                  : QString());
    QString text;
    switch (m_github->state()) {
    case GitHubSession::State::NoClone:
        break;
    case GitHubSession::State::Loading:
        text = tr("GitHub: connecting\u2026");
        break;
    case GitHubSession::State::NotConfigured:
        text = tr("GitHub: not set up");
        break;
    case GitHubSession::State::NoToken:
        text = tr("GitHub: %1, no token").arg(m_github->targetDescription());
        break;
    case GitHubSession::State::Ready:
        text = tr("GitHub: %1").arg(m_github->targetDescription());
        break;
    }
    m_gitHubLabel->setText(text);
    m_gitHubLabel->setVisible(!text.isEmpty());
    m_gitHubLabel->setToolTip(m_github->message() + QLatin1Char('\n') + tr("Settings \u2192 GitHub\u2026 (Ctrl+,)"));
}

void MainWindow::updateProblems()
{
    m_problems->clear();
    auto add = [this](const core::Diagnostic &diagnostic) {
        QString where = diagnostic.file;
        if (diagnostic.location.line > 0) {
            where += QLatin1Char(':') + QString::number(diagnostic.location.line);
            if (diagnostic.location.column > 0)
                where += QLatin1Char(':') + QString::number(diagnostic.location.column);
        }
        auto *item = new QTreeWidgetItem(m_problems, {where, diagnostic.message});
        item->setIcon(0, QIcon(diagnostic.severity == core::Diagnostic::Severity::Error
                                   ? QStringLiteral(":/icons/error.svg")
                                   : QStringLiteral(":/icons/warning.svg")));
        item->setToolTip(1, diagnostic.message);
        item->setData(0, FileRole, diagnostic.file);
        item->setData(0, LineRole, diagnostic.location.line);
        item->setData(0, ColumnRole, diagnostic.location.column);
    };
    for (const core::Diagnostic &problem : m_scan.problems)
        add(problem);
    if (m_trains) {
        for (const core::Diagnostic &error : m_trains->rulesErrors())
            add(error);
    }
    for (const core::ReleaseEntry &entry : m_scan.releases) {
        for (const core::Diagnostic &error : entry.errors)
            add(error);
    }
    m_problems->resizeColumnToContents(0);
    // Show the dock when something is wrong; the user may close it again.
    if (m_problems->topLevelItemCount() > 0)
        m_problemsDock->show();
}

void MainWindow::openProblem(const QString &file, int line, int column)
{
    for (const core::ReleaseEntry &entry : m_scan.releases) {
        if (entry.relativePath == file || entry.path == file) {
            selectRelease(entry.path);
            if (line > 0)
                releasePage()->showManifestLine(line, qMax(1, column));
            return;
        }
    }
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->clear();
    m_banner->hide();
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QStringList MainWindow::recentClones() const
{
    return QSettings().value(QLatin1String(RecentClonesKey)).toStringList();
}

void MainWindow::addRecentClone(const QString &path)
{
    QStringList recent = recentClones();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentClones)
        recent.removeLast();
    QSettings().setValue(QLatin1String(RecentClonesKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentClones();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QLatin1String(RecentClonesKey));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray())) {
        // First start: room for every column of the list, the rest for the release; set once the
        // window has its real size (see showEvent), or the splitter would scale the sizes away.
        m_initialSplit = true;
    }
    m_releaseView->header()->restoreState(settings.value(QStringLiteral("releaseHeader")).toByteArray());
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("releaseHeader"), m_releaseView->header()->saveState());
    settings.endGroup();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_initialSplit, false)) {
        QTimer::singleShot(0, this, [this] {
            const int total = m_splitter->width();
            const int list = qMin(650, total / 2);
            m_splitter->setSizes({list, total - list});
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

QString MainWindow::dropPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!dropPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = dropPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openPath(path);
}

} // namespace rc::ui

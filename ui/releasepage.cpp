#include "releasepage.h"

#include "appearance.h"
#include "approvalmodel.h"
#include "changestab.h"
#include "checklistmodel.h"
#include "componentmodel.h"
#include "releasedocument.h"
#include "signoffdelegate.h"
#include "statuspresentation.h"
#include "themecolors.h"
#include "validationmodel.h"
#include "yamlview.h"

#include "manifest/manifestedit.h"
#include "rules/checklistschedule.h"
#include "rules/checklisttemplates.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rc::ui {

using models::ApprovalModel;
using models::ChecklistModel;
using models::ComponentModel;
using models::StatusPresentation;
using models::ValidationModel;

namespace {

QColor statusColour(core::ReleaseStatus status)
{
    switch (status) {
    case core::ReleaseStatus::Draft:
        return QColor(0x6b, 0x72, 0x80);
    case core::ReleaseStatus::PendingApproval:
        return QColor(0xc2, 0x7c, 0x0e);
    case core::ReleaseStatus::Approved:
        return QColor(0x2f, 0x8f, 0x46);
    case core::ReleaseStatus::Deploying:
        return QColor(0x2d, 0x6f, 0xb5);
    case core::ReleaseStatus::Deployed:
        return QColor(0x1f, 0x6b, 0x36);
    case core::ReleaseStatus::RolledBack:
        return QColor(0xc0, 0x39, 0x2b);
    case core::ReleaseStatus::Cancelled:
        return QColor(0x5f, 0x63, 0x68);
    }
    return QColor(Qt::gray);
}

// Banners are coloured frames: green when all is well, amber while waiting, red when something
// was rejected or failed. Tinted from the palette in use, so they read in light and dark alike.
enum class Tone { Good, Waiting, Bad, Neutral };

QString bannerStyle(Tone tone)
{
    models::Tone themeTone = models::Tone::Neutral;
    switch (tone) {
    case Tone::Good:
        themeTone = models::Tone::Good;
        break;
    case Tone::Waiting:
        themeTone = models::Tone::Waiting;
        break;
    case Tone::Bad:
        themeTone = models::Tone::Bad;
        break;
    case Tone::Neutral:
        break;
    }
    return models::ThemeColors::bannerStyleSheet(themeTone, QGuiApplication::palette(),
                                                 QStringLiteral("QLabel, QFrame#messageBar"));
}

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                          | QAbstractItemView::EditKeyPressed);
    // Fit the columns to each release as it is loaded.
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

bool defaultConfirm(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, ReleasePage::tr("Release Console"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace

ReleasePage::ReleasePage(models::ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_components(new ComponentModel(this))
    , m_checklist(new ChecklistModel(this))
    , m_approvals(new ApprovalModel(this))
    , m_validation(new ValidationModel(this))
    , m_signOffDelegate(new SignOffDelegate(this))
    , m_approvalDelegate(new SignOffDelegate(this))
    , m_confirm(&defaultConfirm)
{
    setObjectName(QStringLiteral("releasePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    // Header: id, status chip, then the facts on one line.
    auto *header = new QHBoxLayout;
    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(QStringLiteral("releaseId"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont idFont = m_idLabel->font();
    idFont.setPointSizeF(idFont.pointSizeF() * 1.5);
    idFont.setBold(true);
    m_idLabel->setFont(idFont);
    m_statusChip = new QLabel(this);
    m_statusChip->setObjectName(QStringLiteral("statusChip"));
    header->addWidget(m_idLabel);
    header->addWidget(m_statusChip);
    header->addStretch();
    m_lifecycleLayout = new QHBoxLayout;
    header->addLayout(m_lifecycleLayout);
    layout->addLayout(header);

    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("releaseDetails"));
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setWordWrap(true); // or its one long line sets the page's minimum width
    layout->addWidget(m_detailsLabel);

    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("readinessBanner"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::RichText);
    layout->addWidget(m_readiness);

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setStyleSheet(bannerStyle(Tone::Bad));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setWordWrap(true);
    m_messageText->setStyleSheet(QStringLiteral("border: none; padding: 0;"));
    m_messageReload = new QPushButton(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Reload"), m_messageBar);
    m_messageReload->setObjectName(QStringLiteral("messageReload"));
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setText(QStringLiteral("\u2715"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(m_messageReload);
    messageLayout->addWidget(dismiss);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    connect(dismiss, &QToolButton::clicked, this, &ReleasePage::hideMessage);
    connect(m_messageReload, &QPushButton::clicked, this, [this] {
        hideMessage();
        if (auto result = m_document->reload(); !result)
            showMessage(result.error().toString());
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("releaseTabs"));
    m_tabs->setAccessibleName(tr("Release details"));
    m_tabs->setAccessibleDescription(tr("The open release's components, changes, checklist, approvals, validation "
                                        "and manifest, one tab each"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildComponentsTab(), tr("Components"));
    m_changesTab = new ChangesTab(document, this);
    m_tabs->addTab(m_changesTab, tr("Changes"));
    m_tabs->addTab(buildChecklistTab(), tr("Checklist"));
    m_tabs->addTab(buildApprovalsTab(), tr("Approvals"));
    m_tabs->addTab(buildValidationTab(), tr("Validation"));
    m_yamlView = new YamlView(this);
    m_tabs->addTab(m_yamlView, tr("Manifest"));
    layout->addWidget(m_tabs, 1);

    m_components->setDocument(document);
    m_checklist->setDocument(document);
    m_approvals->setDocument(document);
    m_validation->setDocument(document);

    connect(document, &models::ReleaseDocument::changed, this, &ReleasePage::refresh);
    // A refused edit because of someone else's change can be retried after a reload.
    connect(document, &models::ReleaseDocument::editFailed, this,
            [this](const QString &text) { showMessage(text, m_document->isChangedOnDisk()); });
    connect(document, &models::ReleaseDocument::conflictDetected, this, [this] {
        showMessage(tr("%1 changed on disk since it was loaded, so the edit was not saved. Reload it and try again.")
                        .arg(m_document->displayName()),
                    true);
    });
    connect(document, &models::ReleaseDocument::changedOnDisk, this, [this] {
        showMessage(tr("%1 was changed outside the console. Reload to see and edit the new version.")
                        .arg(m_document->displayName()),
                    true);
    });
    connect(document, &models::ReleaseDocument::commitFailed, this, [this](const QString &text) {
        showMessage(tr("The edit was saved but not committed: %1").arg(text));
    });
    for (SignOffDelegate *delegate : {m_signOffDelegate, m_approvalDelegate})
        connect(delegate, &SignOffDelegate::editFailed, this,
                [this](const QString &text) { showMessage(text, m_document->isChangedOnDisk()); });
    refresh();
    // Banner and chip colours are chosen for the palette: choose again when it changes.
    Appearance::onPaletteChange(this, [this] {
        m_messageBar->setStyleSheet(bannerStyle(Tone::Bad));
        refresh();
    });
}

QWidget *ReleasePage::buildComponentsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *buttons = new QHBoxLayout;
    m_approveComponent = new QPushButton(StatusPresentation::icon(core::SignOff::Approved), tr("Approve"), tab);
    m_approveComponent->setObjectName(QStringLiteral("approveComponent"));
    m_rejectComponent = new QPushButton(StatusPresentation::icon(core::SignOff::Rejected), tr("Reject\u2026"), tab);
    m_rejectComponent->setObjectName(QStringLiteral("rejectComponent"));
    m_resetComponent = new QPushButton(tr("Reset"), tab);
    m_resetComponent->setObjectName(QStringLiteral("resetComponent"));
    m_resetComponent->setToolTip(tr("Set the sign-off back to pending"));
    buttons->addWidget(m_approveComponent);
    buttons->addWidget(m_rejectComponent);
    buttons->addWidget(m_resetComponent);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(QStringLiteral("componentSplitter"));
    m_componentView = makeTable(m_components, QStringLiteral("componentView"), splitter);
    m_componentView->setAccessibleName(tr("Components"));
    m_componentView->setAccessibleDescription(tr("Each component with its versions, team and sign-off"));
    m_componentView->setItemDelegateForColumn(ComponentModel::SignOffColumn, m_signOffDelegate);
    m_componentView->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    m_changesTitle = new QLabel(details);
    m_changes = new QListWidget(details);
    m_changes->setObjectName(QStringLiteral("componentChanges"));
    m_changes->setAccessibleName(tr("Changes of the selected component"));
    detailsLayout->addWidget(m_changesTitle);
    detailsLayout->addWidget(m_changes);
    splitter->addWidget(m_componentView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_approveComponent, &QPushButton::clicked, this, [this] { setComponentSignOff(int(core::SignOff::Approved)); });
    connect(m_rejectComponent, &QPushButton::clicked, this, [this] { setComponentSignOff(int(core::SignOff::Rejected)); });
    connect(m_resetComponent, &QPushButton::clicked, this, [this] { setComponentSignOff(int(core::SignOff::Pending)); });
    connect(m_componentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshComponentDetails();
        updateComponentButtons();
    });
    connect(m_components, &QAbstractItemModel::dataChanged, this, [this] {
        refreshComponentDetails();
        updateComponentButtons();
    });
    connect(m_components, &QAbstractItemModel::modelReset, this, [this] {
        if (m_components->rowCount() > 0)
            m_componentView->setCurrentIndex(m_components->index(0, ComponentModel::NameColumn));
        refreshComponentDetails();
        updateComponentButtons();
    });
    connect(m_componentView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_componentView->indexAt(pos);
        if (!index.isValid())
            return;
        m_componentView->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(m_approveComponent->icon(), m_approveComponent->text(), this,
                       [this] { setComponentSignOff(int(core::SignOff::Approved)); })
            ->setEnabled(m_approveComponent->isEnabled());
        menu.addAction(m_rejectComponent->icon(), m_rejectComponent->text(), this,
                       [this] { setComponentSignOff(int(core::SignOff::Rejected)); })
            ->setEnabled(m_rejectComponent->isEnabled());
        menu.addAction(m_resetComponent->text(), this, [this] { setComponentSignOff(int(core::SignOff::Pending)); })
            ->setEnabled(m_resetComponent->isEnabled());
        menu.addAction(StatusPresentation::icon(core::SignOff::NotRequired), tr("Not required"), this,
                       [this] { setComponentSignOff(int(core::SignOff::NotRequired)); });
        menu.exec(m_componentView->viewport()->mapToGlobal(pos));
    });
    return tab;
}

namespace {

// The clone around a manifest, found by its .git without opening the repository: a template
// menu should not wait for libgit2.
QString cloneRootOf(const QString &path)
{
    if (path.isEmpty())
        return {};
    QDir dir = QFileInfo(path).absoluteDir();
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.absolutePath();
    } while (dir.cdUp());
    return {};
}

struct TemplateJob
{
    std::optional<core::ChecklistTemplate> checklistTemplate;
    QString error;
    bool noMigrations = false;
    QString since;
    int windowMinutes = 120;
};

} // namespace

QWidget *ReleasePage::buildChecklistTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_addChecklist = new QToolButton(tab);
    m_addChecklist->setObjectName(QStringLiteral("addChecklistButton"));
    m_addChecklist->setText(tr("Add C&hecklist"));
    m_addChecklist->setAccessibleName(tr("Add checklist template"));
    m_addChecklist->setToolTip(tr("Append the items of a checklist template that the release does not have yet"));
    m_addChecklist->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_addChecklist);
    // Listed when opened: the clone may bring its own templates.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QString root = cloneRootOf(m_document->path());
        for (const QString &name : core::availableChecklistTemplates(root)) {
            QString label = name;
            if (name == QLatin1String("pre-release"))
                label = tr("Pre-release");
            else if (name == QLatin1String("release-day"))
                label = tr("Release day");
            else if (name == QLatin1String("signoff-team_lead"))
                label = tr("Team lead sign-off");
            else if (name == QLatin1String("signoff-qa_lead"))
                label = tr("QA lead sign-off");
            else if (name == QLatin1String("signoff-security"))
                label = tr("Security sign-off");
            else if (name == QLatin1String("signoff-dba"))
                label = tr("DBA sign-off (if migrations)");
            else if (name == QLatin1String("signoff-release_manager"))
                label = tr("Release manager sign-off");
            menu->addAction(label, this, [this, name] { addChecklistTemplate(name); });
        }
    });
    m_addChecklist->setMenu(menu);
    bar->addWidget(m_addChecklist);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_checklistView = makeTable(m_checklist, QStringLiteral("checklistView"), tab);
    m_checklistView->setAccessibleName(tr("Checklist"));
    m_checklistView->setAccessibleDescription(tr("Each checklist item with its section, who ticked it and when, and "
                                                 "for release-day items when it is due"));
    layout->addWidget(m_checklistView, 1);

    // Due and overdue move with the clock: repaint the states once a minute.
    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(60 * 1000);
    connect(m_dueTimer, &QTimer::timeout, this, [this] { m_checklist->setNow({}); });
    m_dueTimer->start();
    return tab;
}

void ReleasePage::addChecklistTemplate(const QString &name)
{
    const core::Manifest *manifest = m_document->manifest();
    if (!manifest) {
        showMessage(tr("The release cannot take a checklist while its manifest has errors."));
        return;
    }
    const QString root = cloneRootOf(m_document->path());
    const core::Manifest copy = *manifest;
    auto *watcher = new QFutureWatcher<TemplateJob>(this);
    connect(watcher, &QFutureWatcher<TemplateJob>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const TemplateJob job = watcher->result();
        if (!job.error.isEmpty()) {
            showMessage(job.error);
            return;
        }
        if (job.noMigrations
            && !m_confirm(this, tr("No commit %1 changed database migrations in this release's components, so the DBA "
                                   "sign-off does not apply. Add its checklist anyway?")
                                    .arg(job.since.isEmpty() ? tr("in the history") : tr("since %1").arg(job.since)))) {
            return;
        }
        const core::Manifest *now = m_document->manifest();
        if (!now)
            return;
        const std::vector<core::ChecklistItem> items = core::checklistItemsForRelease(job.checklistTemplate->items, *now);
        if (core::checklistItemsToAdd(*now, items).empty()) {
            showMessage(tr("Every item of the %1 checklist is in this release already; nothing was added.").arg(name));
            return;
        }
        core::ChecklistAppendEdit edit;
        edit.source = QStringLiteral("%1 checklist").arg(name); // commit messages are not translated
        edit.items = items;
        if (m_document->apply(edit))
            hideMessage();
    });
    watcher->setFuture(QtConcurrent::run([root, name, copy]() {
        TemplateJob job;
        core::Expected<core::ChecklistTemplate> loaded = core::loadChecklistTemplate(root, name);
        if (!loaded) {
            job.error = tr("The %1 checklist was not added: %2").arg(name, loaded.error().toString());
            return job;
        }
        job.checklistTemplate = *loaded;
        if (loaded->appliesWhen == QLatin1String("migrations") && !root.isEmpty()) {
            core::Expected<core::Repository> repo = core::Repository::discover(root);
            if (!repo) {
                job.error = repo.error().toString();
                return job;
            }
            const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*repo);
            if (!rules) {
                job.error = rules.error().toString();
                return job;
            }
            const core::Expected<core::MigrationCheck> check = core::checkMigrations(*repo, *rules, copy);
            if (!check) {
                job.error = check.error().toString();
                return job;
            }
            job.noMigrations = !check->hasMigrations;
            job.since = check->since;
        }
        return job;
    }));
}

QWidget *ReleasePage::buildApprovalsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_approveRole = new QPushButton(StatusPresentation::icon(core::ApprovalStatus::Approved), tr("Approve"), tab);
    m_approveRole->setObjectName(QStringLiteral("approveRole"));
    m_rejectRole = new QPushButton(StatusPresentation::icon(core::ApprovalStatus::Rejected), tr("Reject\u2026"), tab);
    m_rejectRole->setObjectName(QStringLiteral("rejectRole"));
    m_resetRole = new QPushButton(tr("Reset"), tab);
    m_resetRole->setObjectName(QStringLiteral("resetRole"));
    buttons->addWidget(m_approveRole);
    buttons->addWidget(m_rejectRole);
    buttons->addWidget(m_resetRole);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_approvalView = makeTable(m_approvals, QStringLiteral("approvalView"), tab);
    m_approvalView->setAccessibleName(tr("Approvals"));
    m_approvalView->setItemDelegateForColumn(ApprovalModel::StatusColumn, m_approvalDelegate);
    layout->addWidget(m_approvalView, 1);

    connect(m_approveRole, &QPushButton::clicked, this, [this] { setApprovalStatus(int(core::ApprovalStatus::Approved)); });
    connect(m_rejectRole, &QPushButton::clicked, this, [this] { setApprovalStatus(int(core::ApprovalStatus::Rejected)); });
    connect(m_resetRole, &QPushButton::clicked, this, [this] { setApprovalStatus(int(core::ApprovalStatus::Pending)); });
    connect(m_approvalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReleasePage::updateApprovalButtons);
    connect(m_approvals, &QAbstractItemModel::dataChanged, this, &ReleasePage::updateApprovalButtons);
    connect(m_approvals, &QAbstractItemModel::modelReset, this, &ReleasePage::updateApprovalButtons);
    return tab;
}

QWidget *ReleasePage::buildValidationTab()
{
    m_validationView = makeTable(m_validation, QStringLiteral("validationView"), this);
    m_validationView->setAccessibleName(tr("Validation"));
    return m_validationView;
}

void ReleasePage::setReasonPrompt(const std::function<std::optional<QString>(QWidget *, const QString &)> &prompt)
{
    m_signOffDelegate->setReasonPrompt(prompt);
    m_approvalDelegate->setReasonPrompt(prompt);
}

void ReleasePage::setConfirm(Confirm confirm)
{
    m_confirm = confirm ? std::move(confirm) : Confirm(&defaultConfirm);
}

QString ReleasePage::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageText->text();
}

void ReleasePage::showMessage(const QString &text, bool offerReload)
{
    m_messageText->setText(text);
    m_messageReload->setVisible(offerReload);
    m_messageBar->show();
}

void ReleasePage::hideMessage()
{
    m_messageBar->hide();
    m_messageText->clear();
}

void ReleasePage::showManifestLine(int line, int column)
{
    m_tabs->setCurrentWidget(m_yamlView);
    m_yamlView->goToLine(line, column);
}

void ReleasePage::refresh()
{
    // A "changed on disk" notice is answered once the document holds what is on disk, whoever
    // reloaded it (the Reload button, or the deploy controller after recording a step).
    if (!m_messageBar->isHidden() && !m_messageReload->isHidden() && !m_document->isChangedOnDisk())
        hideMessage();
    const core::Manifest *manifest = m_document->manifest();
    // The release type's window places the during and post items (the rules' length is for the
    // readiness of trains; the seed's lengths are what templates are written against).
    if (manifest)
        m_checklist->setWindowMinutes(core::releaseWindowMinutes(nullptr, manifest->release.type));
    if (m_yamlView->file() != m_document->path())
        m_yamlView->setFile(m_document->path());
    else
        m_yamlView->reload();
    refreshHeader(manifest);
    refreshReadiness(manifest);
    refreshLifecycle(manifest);
    updateComponentButtons();
    updateApprovalButtons();
    // A file that cannot be read still shows its text, so the problem can be found.
    const bool readable = manifest != nullptr;
    const bool wasReadable = m_tabs->isTabEnabled(ComponentsTab);
    for (int tab : {ComponentsTab, ChecklistTab, ApprovalsTab, ValidationTab})
        m_tabs->setTabEnabled(tab, readable);
    // Disabling the current tab moves to the Manifest; come back once the release reads again.
    if (readable && !wasReadable)
        m_tabs->setCurrentIndex(ComponentsTab);
    else if (!readable && m_document->isOpen())
        m_tabs->setCurrentIndex(ManifestTab);
}

void ReleasePage::refreshHeader(const core::Manifest *manifest)
{
    m_idLabel->setText(m_document->isOpen() ? m_document->releaseId() : tr("No release open"));
    if (!manifest) {
        m_statusChip->hide();
        m_detailsLabel->setText(m_document->isOpen() ? m_document->displayName() : QString());
        return;
    }
    const core::ReleaseInfo &info = manifest->release;
    m_statusChip->setText(StatusPresentation::text(info.status));
    const models::ThemeColors::Scheme chip = models::ThemeColors::chip(statusColour(info.status));
    m_statusChip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                                               " padding: 2px 10px; font-weight: bold; }")
                                    .arg(chip.background.name(), chip.text.name()));
    m_statusChip->setAccessibleName(tr("Release status: %1").arg(m_statusChip->text()));
    m_statusChip->show();

    QStringList facts;
    facts << (info.scheduledAt.isValid() ? tr("Scheduled %1").arg(StatusPresentation::shortTime(info.scheduledAt))
                                         : tr("Not scheduled"));
    if (!info.releaseManager.isEmpty())
        facts << tr("Release manager %1").arg(info.releaseManager);
    facts << tr("Type %1").arg(info.type.isEmpty() ? tr("regular (not stated)") : info.type);
    facts << tr("Sign-offs %1/%2").arg(manifest->signOffsApproved()).arg(manifest->signOffsNeeded());
    facts << m_document->displayName();
    m_detailsLabel->setText(facts.join(QStringLiteral("   \u00b7   ")));
}

void ReleasePage::refreshReadiness(const core::Manifest *manifest)
{
    if (!m_document->isOpen()) {
        m_readiness->hide();
        return;
    }
    m_readiness->show();
    if (!manifest) {
        // Broken files: list every error with its place so it can be fixed by hand.
        QString html = QStringLiteral("<b>%1</b><ul style=\"margin: 2px 0 0 -20px;\">")
                           .arg(tr("This manifest cannot be read. Fix these errors; the console reloads it:").toHtmlEscaped());
        if (const core::ParseResult *parse = m_document->parseResult()) {
            for (const core::Diagnostic &error : parse->errors)
                html += QStringLiteral("<li>%1</li>").arg(error.toString().toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        m_readiness->setText(html);
        m_readiness->setStyleSheet(bannerStyle(Tone::Bad));
        return;
    }

    const core::Readiness readiness = m_calendar
        ? core::checkReadiness(*manifest, *m_calendar, m_clock ? m_clock() : QDateTime::currentDateTimeUtc())
        : core::checkReadiness(*manifest);
    // A break-glass override is shown for as long as the manifest records it: who, when and why.
    QString overrideHtml;
    if (const core::BreakGlass &glass = manifest->release.breakGlass; glass.isSet()) {
        const QString when = !glass.at.isValid() ? tr("an unrecorded time")
            : m_calendar ? m_calendar->formatZonedTime(glass.at)
                         : core::formatTimestamp(glass.at);
        overrideHtml = QStringLiteral("<p style=\"margin: 4px 0 0 0;\">\u26A0 %1</p>")
                           .arg(tr("Window overridden by %1 on %2: %3").arg(glass.by, when, glass.reason).toHtmlEscaped());
        if (!readiness.overridden.isEmpty()) {
            const QString until = m_calendar ? m_calendar->formatTime(readiness.overrideEnds)
                                             : core::formatTimestamp(readiness.overrideEnds);
            overrideHtml += QStringLiteral("<p style=\"margin: 2px 0 0 0;\">%1</p>")
                                .arg(tr("Lifted until %1: %2").arg(until, readiness.overridden).toHtmlEscaped());
        }
    }
    if (readiness.ready) {
        m_readiness->setText(QStringLiteral("<b>\u2714 %1</b>").arg(tr("Ready to deploy").toHtmlEscaped()) + overrideHtml);
        m_readiness->setStyleSheet(bannerStyle(Tone::Good));
        return;
    }
    // Red when someone said no or a check failed; amber when the release is only waiting.
    bool refused = std::any_of(manifest->components.begin(), manifest->components.end(),
                               [](const core::Component &c) { return c.signOff == core::SignOff::Rejected; })
        || std::any_of(manifest->approvals.begin(), manifest->approvals.end(),
                       [](const core::Approval &a) { return a.status == core::ApprovalStatus::Rejected; })
        || std::any_of(manifest->validation.begin(), manifest->validation.end(),
                       [](const core::ValidationEntry &v) { return v.failed; });
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin: 2px 0 0 -20px;\">")
                       .arg(tr("Not ready to deploy: %n blocker(s)", nullptr, int(readiness.blockers.size())).toHtmlEscaped());
    for (const QString &blocker : readiness.blockers)
        html += QStringLiteral("<li>%1</li>").arg(blocker.toHtmlEscaped());
    html += QStringLiteral("</ul>") + overrideHtml;
    m_readiness->setText(html);
    m_readiness->setStyleSheet(bannerStyle(refused ? Tone::Bad : Tone::Waiting));
}

void ReleasePage::setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar)
{
    m_calendar = calendar;
    recheckReadiness();
}

void ReleasePage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    recheckReadiness();
}

void ReleasePage::recheckReadiness()
{
    refreshReadiness(m_document->isOpen() ? m_document->manifest() : nullptr);
}

void ReleasePage::refreshLifecycle(const core::Manifest *manifest)
{
    while (QLayoutItem *item = m_lifecycleLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!manifest)
        return;
    const core::ReleaseStatus from = manifest->release.status;
    // Deploying, deployed and rolled back are set by the release workflow, not by hand.
    struct Step
    {
        core::ReleaseStatus to;
        QString text;
        QString name;
    };
    const Step steps[] = {
        {core::ReleaseStatus::PendingApproval,
         from == core::ReleaseStatus::Approved ? tr("Reopen for approval") : tr("Submit for approval"),
         QStringLiteral("submitForApproval")},
        {core::ReleaseStatus::Approved, tr("Mark approved"), QStringLiteral("markApproved")},
        {core::ReleaseStatus::Cancelled, tr("Cancel release\u2026"), QStringLiteral("cancelRelease")},
    };
    for (const Step &step : steps) {
        if (!core::canTransition(from, step.to))
            continue;
        auto *button = new QPushButton(step.text, this);
        button->setObjectName(step.name);
        button->setToolTip(tr("Set the status to %1 and commit the change").arg(core::toString(step.to)));
        if (step.to == core::ReleaseStatus::Approved) {
            if (const QStringList blockers = core::approvalBlockers(*manifest); !blockers.isEmpty()) {
                button->setEnabled(false);
                button->setToolTip(tr("Approving needs:") + QStringLiteral("\n\u2022 ")
                                   + blockers.join(QStringLiteral("\n\u2022 ")));
            }
        }
        const core::ReleaseStatus to = step.to;
        connect(button, &QPushButton::clicked, this, [this, to] { moveStatus(to); });
        m_lifecycleLayout->addWidget(button);
    }
}

void ReleasePage::moveStatus(core::ReleaseStatus to)
{
    if (to == core::ReleaseStatus::Cancelled
        && !m_confirm(this, tr("Cancel %1? The release will not be deployed.").arg(m_document->releaseId())))
        return;
    if (m_document->apply(core::StatusEdit{to}))
        hideMessage();
}

void ReleasePage::refreshComponentDetails()
{
    const QModelIndex current = m_componentView->currentIndex();
    const core::Component *component = current.isValid() ? m_components->component(current.row()) : nullptr;
    m_changes->clear();
    if (!component) {
        m_changesTitle->setText(tr("Select a component to see its changes."));
        return;
    }
    m_changesTitle->setText(tr("<b>Changes in %1</b> (%2 \u2192 %3)")
                                .arg(component->name.toHtmlEscaped(), component->currentVersion.toHtmlEscaped(),
                                     component->newVersion.toHtmlEscaped()));
    if (component->changes.isEmpty())
        m_changes->addItem(tr("No changes"));
    else
        m_changes->addItems(component->changes);
    if (component->signOff == core::SignOff::Rejected && !component->reason.isEmpty())
        m_changes->addItem(tr("Rejected by %1: %2").arg(component->rejectedBy, component->reason));
}

void ReleasePage::updateComponentButtons()
{
    const QModelIndex current = m_componentView->currentIndex();
    const core::Component *component = current.isValid() ? m_components->component(current.row()) : nullptr;
    m_approveComponent->setEnabled(component && component->signOff != core::SignOff::Approved);
    m_rejectComponent->setEnabled(component && component->signOff != core::SignOff::Rejected);
    m_resetComponent->setEnabled(component && component->signOff != core::SignOff::Pending);
}

void ReleasePage::updateApprovalButtons()
{
    const QModelIndex current = m_approvalView->currentIndex();
    const core::Approval *approval = current.isValid() ? m_approvals->approval(current.row()) : nullptr;
    m_approveRole->setEnabled(approval && approval->status != core::ApprovalStatus::Approved);
    m_rejectRole->setEnabled(approval && approval->status != core::ApprovalStatus::Rejected);
    m_resetRole->setEnabled(approval && approval->status != core::ApprovalStatus::Pending);
}

void ReleasePage::setComponentSignOff(int value)
{
    const QModelIndex current = m_componentView->currentIndex();
    if (!current.isValid())
        return;
    if (m_signOffDelegate->setValue(m_components, m_components->index(current.row(), ComponentModel::SignOffColumn),
                                    value, window()))
        hideMessage();
}

void ReleasePage::setApprovalStatus(int value)
{
    const QModelIndex current = m_approvalView->currentIndex();
    if (!current.isValid())
        return;
    if (m_approvalDelegate->setValue(m_approvals, m_approvals->index(current.row(), ApprovalModel::StatusColumn), value,
                                    window()))
        hideMessage();
}

} // namespace rc::ui

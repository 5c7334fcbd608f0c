#pragma once

#include "manifest/manifest.h"
#include "rules/releasecalendar.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QFrame;
class QHBoxLayout;

namespace rc::models {
class ApprovalModel;
class ChecklistModel;
class ComponentModel;
class ReleaseDocument;
class ValidationModel;
} // namespace rc::models

namespace rc::ui {

class ChangesTab;
class SignOffDelegate;
class YamlView;

/// The dashboard of one release: header, readiness, components with sign-offs, checklist,
/// approvals, validation and the manifest's text. It shows a ReleaseDocument and sends every edit
/// through it, so what it shows is always what the file says.
class ReleasePage final : public QWidget
{
    Q_OBJECT

public:
    /// CommitsTab is the Changes tab (ChangesTab is the widget's class).
    enum Tab { ComponentsTab, CommitsTab, ChecklistTab, ApprovalsTab, ValidationTab, ManifestTab };

    explicit ReleasePage(models::ReleaseDocument *document, QWidget *parent = nullptr);

    models::ReleaseDocument *document() const { return m_document; }
    models::ComponentModel *componentModel() const { return m_components; }
    models::ChecklistModel *checklistModel() const { return m_checklist; }
    models::ApprovalModel *approvalModel() const { return m_approvals; }
    models::ValidationModel *validationModel() const { return m_validation; }
    QTableView *componentView() const { return m_componentView; }
    QTableView *approvalView() const { return m_approvalView; }
    /// Edits the components' Sign-off column. A delegate serves one view only: Qt connects its
    /// commitData to every view that uses it.
    SignOffDelegate *signOffDelegate() const { return m_signOffDelegate; }
    /// Edits the approvals' Status column.
    SignOffDelegate *approvalDelegate() const { return m_approvalDelegate; }
    /// How both delegates and the Reject buttons ask for a rejection reason (see SignOffDelegate).
    void setReasonPrompt(const std::function<std::optional<QString>(QWidget *, const QString &)> &prompt);
    YamlView *yamlView() const { return m_yamlView; }
    ChangesTab *changesTab() const { return m_changesTab; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Asks before an irreversible-looking step (cancelling a release). Injectable for tests.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    void setConfirm(Confirm confirm);

    /// With the rules' calendar the readiness banner also holds the release to its window and
    /// freezes (saying when the next window opens) and shows a break-glass override; std::nullopt
    /// judges the manifest alone.
    void setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar);
    /// Where "now" comes from for the calendar; an empty clock means the current time.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);
    /// Shows readiness again at the clock's time (a window may have opened or closed).
    void recheckReadiness();

    /// The text of the message bar (empty when hidden): edit failures and conflicts.
    QString message() const;
    /// Shows a message above the tabs; with `offerReload`, a Reload button re-reads the file.
    void showMessage(const QString &text, bool offerReload = false);
    void hideMessage();

    /// Shows the Manifest tab at a 1-based line (used for diagnostics).
    void showManifestLine(int line, int column = 1);

    /// Appends a checklist template (pre-release, release-day, signoff-ROLE or the clone's own)
    /// to the open release: the template is read and, for the DBA checklist, the history checked
    /// for migrations off the GUI thread; the edit then goes through the document. Failures show
    /// in the message bar. The Add Checklist button's menu calls this.
    void addChecklistTemplate(const QString &name);
    /// The button on the Checklist tab whose menu lists the templates.
    QToolButton *addChecklistButton() const { return m_addChecklist; }

private:
    QWidget *buildComponentsTab();
    QWidget *buildChecklistTab();
    QWidget *buildApprovalsTab();
    QWidget *buildValidationTab();
    void refresh();
    void refreshHeader(const core::Manifest *manifest);
    void refreshReadiness(const core::Manifest *manifest);
    void refreshLifecycle(const core::Manifest *manifest);
    void refreshComponentDetails();
    void updateComponentButtons();
    void updateApprovalButtons();
    void setComponentSignOff(int value);
    void setApprovalStatus(int value);
    void moveStatus(core::ReleaseStatus to);

    models::ReleaseDocument *m_document;
    models::ComponentModel *m_components;
    models::ChecklistModel *m_checklist;
    models::ApprovalModel *m_approvals;
    models::ValidationModel *m_validation;
    SignOffDelegate *m_signOffDelegate;
    SignOffDelegate *m_approvalDelegate;
    Confirm m_confirm;
    std::optional<core::ReleaseCalendar> m_calendar;
    Clock m_clock;

    QLabel *m_idLabel = nullptr;
    QLabel *m_statusChip = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QLabel *m_readiness = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_messageReload = nullptr;
    QHBoxLayout *m_lifecycleLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_componentView = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_changesTitle = nullptr;
    QPushButton *m_approveComponent = nullptr;
    QPushButton *m_rejectComponent = nullptr;
    QPushButton *m_resetComponent = nullptr;
    QTableView *m_checklistView = nullptr;
    QToolButton *m_addChecklist = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTableView *m_approvalView = nullptr;
    QPushButton *m_approveRole = nullptr;
    QPushButton *m_rejectRole = nullptr;
    QPushButton *m_resetRole = nullptr;
    QTableView *m_validationView = nullptr;
    YamlView *m_yamlView = nullptr;
    ChangesTab *m_changesTab = nullptr;
};

} // namespace rc::ui

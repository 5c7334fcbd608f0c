#pragma once

#include "expected.h"
#include "release/newrelease.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rc::ui {

/// Release → New Release…: plans a release from the clone's history (per component the commits
/// since the last tag, current and suggested versions), lets the manager adjust the id, type,
/// schedule, manager and each new version, previews the manifest as it will be written, and
/// writes and commits it through the core. Reading history and writing run on the thread pool;
/// errors (an id that exists, uncommitted manifests) stay in the dialog and nothing is written.
class NewReleaseDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `takenIds` are the release ids the window knows, for an early warning; the core checks again
    /// when writing.
    NewReleaseDialog(const QString &clonePath, const QStringList &takenIds, QWidget *parent = nullptr);
    ~NewReleaseDialog() override;

    /// The time the plan counts from (tests fix it); invalid: now. Plans again.
    void setNow(const QDateTime &now);

    QLineEdit *idEdit() const { return m_id; }
    QComboBox *typeBox() const { return m_type; }
    QDateTimeEdit *scheduledEdit() const { return m_scheduled; }
    QLineEdit *sinceEdit() const { return m_since; }
    QLineEdit *managerEdit() const { return m_manager; }
    QTreeWidget *componentTree() const { return m_components; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *createButton() const { return m_create; }

    /// The current plan with the person's edits; null until the history has been read.
    const core::ReleasePlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    /// Sets a component's new version as if typed in the table; false when there is no such component.
    bool setNewVersion(const QString &component, const QString &version);
    /// What stops Create, one problem per line; empty when it may create.
    QString problems() const;
    bool isBusy() const;
    /// After a successful Create: the new release's id and its file, relative to the clone.
    QString createdId() const { return m_createdId; }
    QString createdPath() const { return m_createdPath; }

signals:
    /// A plan (or the error that prevented one) is shown.
    void planned();
    /// Create failed; the message is shown in the dialog.
    void createFailed(const QString &message);

private:
    struct PlanResult
    {
        std::optional<core::ReleasePlan> plan;
        QString error;
    };
    struct WriteResult
    {
        QString error;
        core::CreatedRelease created;
    };

    void replan();
    void onPlanned();
    void fillComponents();
    void onComponentEdited(QTreeWidgetItem *item, int column);
    void onFieldsEdited();
    void updateState();
    void create();
    void onWritten();

    QString m_clonePath;
    QStringList m_takenIds;
    QDateTime m_now;
    std::optional<core::ReleasePlan> m_plan;
    QString m_planError;
    QString m_writeError;
    bool m_idEdited = false;
    bool m_filling = false;
    bool m_replanQueued = false;
    QString m_createdId;
    QString m_createdPath;

    QLineEdit *m_id = nullptr;
    QComboBox *m_type = nullptr;
    QDateTimeEdit *m_scheduled = nullptr;
    QLineEdit *m_since = nullptr;
    QLineEdit *m_manager = nullptr;
    QLabel *m_range = nullptr;
    QTreeWidget *m_components = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_problems = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_create = nullptr;

    QFutureWatcher<PlanResult> m_planWatcher;
    QFutureWatcher<WriteResult> m_writeWatcher;
};

} // namespace rc::ui

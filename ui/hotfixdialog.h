#pragma once

#include "release/hotfix.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace rc::ui {

/// Release → New Hotfix…: the seed's hotfix process. A branch hotfix/NAME from the production tag
/// (the last deployed release's, unless another tag is given) and a hotfix manifest for one
/// component with Tech Lead and On-call approvals, previewed before anything is written. Planning
/// and creating run on the thread pool; creating refuses a work tree with uncommitted changes to
/// tracked files, since it switches the clone to the new branch.
class HotfixDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HotfixDialog(const QString &clonePath, QWidget *parent = nullptr);
    ~HotfixDialog() override;

    /// The time the plan counts from (tests fix it); invalid: now.
    void setNow(const QDateTime &now);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *fromEdit() const { return m_from; }
    QComboBox *componentBox() const { return m_component; }
    QLineEdit *idEdit() const { return m_id; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *createButton() const { return m_create; }

    /// Null until a plan could be made from the fields.
    const core::HotfixPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    /// The production tag the clone has, as found; empty when none could be found.
    QString productionTag() const { return m_productionTag; }
    /// What stops Create, one problem per line; empty when it may create.
    QString problems() const;
    bool isBusy() const;
    /// Plans again now instead of after the typing pause.
    void replanNow();

    /// After a successful Create.
    const core::StartedHotfix &started() const { return m_started; }

signals:
    /// A plan (or the reason there is none) is shown.
    void planned();
    void createFailed(const QString &message);

private:
    struct PlanResult
    {
        QStringList components;
        QString productionTag;
        QString productionRelease;
        QString productionError;
        QStringList dirty; ///< tracked files with uncommitted changes
        std::optional<core::HotfixPlan> plan;
        QString error;
    };
    struct StartResult
    {
        QString error;
        core::StartedHotfix started;
    };

    void replan();
    void onPlanned();
    void updateState();
    void create();
    void onStarted();

    QString m_clonePath;
    QDateTime m_now;
    std::optional<core::HotfixPlan> m_plan;
    QString m_planError;
    QString m_startError;
    QStringList m_dirty;
    QString m_productionTag;
    bool m_replanQueued = false;
    bool m_filling = false;
    core::StartedHotfix m_started;

    QLineEdit *m_name = nullptr;
    QLabel *m_branch = nullptr;
    QLineEdit *m_from = nullptr;
    QComboBox *m_component = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_manager = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_problems = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_create = nullptr;
    QTimer m_typing;

    QFutureWatcher<PlanResult> m_planWatcher;
    QFutureWatcher<StartResult> m_startWatcher;
};

} // namespace rc::ui

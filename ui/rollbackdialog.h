#pragma once

#include "github/githubsettings.h"
#include "manifest/manifest.h"

#include <QDialog>

class QCheckBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rc::ui {

/// The confirmation before the release workflow rolls a deployed release back. It cannot be
/// clicked through by accident: a reason is required, the release id must be typed exactly,
/// Enter never rolls back (there is no default button and the key is swallowed), Escape cancels.
/// A dry run is the default.
class RollbackDialog final : public QDialog
{
    Q_OBJECT

public:
    RollbackDialog(const core::Manifest &manifest, const core::GitHubSettings &settings, bool simulated,
                   QWidget *parent = nullptr);

    bool isDryRun() const;
    /// The reason as typed, trimmed.
    QString reason() const;
    /// Whether the fields allow a roll back now.
    bool canRollBack() const;

    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *idEdit() const { return m_typedId; }
    QCheckBox *dryRunBox() const { return m_dryRun; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *componentList() const { return m_components; }
    QLabel *simulatedLabel() const { return m_simulated; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateState();

    QString m_releaseId;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_typedId = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_simulated = nullptr;
    QTreeWidget *m_components = nullptr;
    QPushButton *m_rollBack = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace rc::ui

#pragma once

#include "manifest/manifest.h"

#include <QDialog>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rc::ui {

/// The break-glass override: it lets a release deploy outside its window or inside a freeze, and
/// nothing else (sign-offs and approvals still apply). Like the rollback confirmation it cannot
/// be clicked through: a reason is required, the release id must be typed exactly, Enter never
/// confirms and there is no default button.
class BreakGlassDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `blocker` is the window or freeze blocker the override lifts, shown as the reason it exists;
    /// `until` when the override stops lifting it ("Tue 2024-01-23 14:00 (Europe/Berlin)").
    BreakGlassDialog(const core::Manifest &manifest, const QString &blocker, const QString &until,
                     QWidget *parent = nullptr);

    /// The reason as typed, trimmed.
    QString reason() const;
    /// Whether the fields allow the override now.
    bool canOverride() const;

    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *idEdit() const { return m_typedId; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *hintLabel() const { return m_hint; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateState();

    QString m_releaseId;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_typedId = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_override = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace rc::ui

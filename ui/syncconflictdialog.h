#pragma once

#include "sync/manifestsync.h"

#include <QDialog>

#include <vector>

class QPushButton;
class QTreeWidget;

namespace rc::ui {

/// Shows the decisions that both this clone and the upstream changed differently, side by side,
/// after a push stopped. Nothing has been pushed or moved at that point; the user keeps theirs or
/// ours once they have agreed, or closes the dialog and decides later.
class SyncConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    SyncConflictDialog(const std::vector<core::SyncConflict> &conflicts, const QString &upstream,
                       QWidget *parent = nullptr);

    /// What the user chose; Stop when the dialog was closed without choosing.
    core::ManifestSync::Resolution resolution() const { return m_resolution; }

    QTreeWidget *conflictList() const { return m_list; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

private:
    void choose(core::ManifestSync::Resolution resolution);

    QTreeWidget *m_list = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    core::ManifestSync::Resolution m_resolution = core::ManifestSync::Resolution::Stop;
};

} // namespace rc::ui

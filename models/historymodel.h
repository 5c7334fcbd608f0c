#pragma once

#include "workspace/workspace.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace rc::models {

/// Every release of the clone with its status, type, dates and release manager, one row each,
/// from the entries of a core::WorkspaceScan (no disk reads). Files that failed to load stay in
/// the list with an error icon so nothing disappears from history silently.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        IdColumn,
        TypeColumn,
        CreatedColumn,
        ScheduledColumn,
        StagingDeployedColumn,
        ManagerColumn,
        SignOffsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        PathRole = Qt::UserRole, ///< absolute path of the manifest
        IdRole,                  ///< release.id; empty for a file that failed to load
        ReleaseTypeRole,         ///< "regular", "hotfix", "major" (regular when the manifest does not say)
        StatusRole,              ///< core::ReleaseStatus as int; invalid for a file that failed to load
        ScheduledRole,           ///< QDateTime (UTC), invalid when absent
        SortRole,                ///< a value that sorts the column: times as msecs, status in lifecycle order
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows. The same files in the same order: dataChanged for each row that differs
    /// (so selection and sorting survive an edit); otherwise a reset.
    void setEntries(std::vector<core::ReleaseEntry> entries);
    const core::ReleaseEntry *entry(int row) const;
    /// -1 when no row has that path.
    int rowOfPath(const QString &path) const;

    /// The release's train type as the console shows it: the manifest's, else "regular".
    static QString releaseType(const core::Manifest &manifest);
    /// Translated name of a release type ("Regular", "Hotfix", "Major"; others as written).
    static QString releaseTypeText(const QString &type);
    /// One colour per release type, shared by the history and the calendar's chips and legend.
    static QColor releaseTypeColour(const QString &type);

private:
    std::vector<core::ReleaseEntry> m_entries;
};

} // namespace rc::models

#pragma once

#include "rules/releasecalendar.h"
#include "workspace/workspace.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

namespace rc::models {

/// Every manifest of the clone, one row each, from a core::WorkspaceScan. Files that failed to
/// parse stay in the list (file name, error icon, the error as tooltip) so they can be fixed.
class ReleaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        IdColumn,
        ScheduledColumn,
        ManagerColumn,
        SignOffsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, ///< release.id; empty for a file that failed to parse
        PathRole,              ///< absolute path of the manifest file
        StatusRole,       ///< core::ReleaseStatus as int; invalid QVariant for a file that failed to parse
        ReadyRole,        ///< bool: core::checkReadiness(manifest[, calendar, now]).ready
        HasErrorsRole,    ///< bool: the file failed to parse
        SearchTextRole,   ///< lower-case id, manager, component names and file name, for filtering
        ScheduledRole,    ///< QDateTime (UTC) of release.scheduled_at; invalid when absent
        RelativePathRole, ///< "releases/rel-2024-01-15-001.yaml"
        BlockersRole,     ///< QStringList: core::checkReadiness(manifest[, calendar, now]).blockers
    };
    Q_ENUM(Column)

    explicit ReleaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces every row (a reset).
    void setScan(const core::WorkspaceScan &scan);
    void clear();

    /// Replaces the row of the file at `path` (absolute) and emits dataChanged for it; appends a
    /// row when the file is new. Returns the row.
    int updateEntry(const QString &path, const core::ReleaseEntry &entry);
    /// Removes the row of the file at `path`; false when there is none.
    bool removeEntry(const QString &path);

    const core::ReleaseEntry *entry(int row) const;
    /// -1 when no row has that path.
    int rowOfPath(const QString &path) const;
    /// -1 when no row has that release id.
    int rowOfId(const QString &id) const;

    /// Where "now" comes from for release windows and freezes; the current time by default.
    using Clock = std::function<QDateTime()>;
    /// With a calendar, readiness also holds releases to their windows and freezes at clock();
    /// std::nullopt goes back to the manifest alone. Recomputes every row.
    void setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar);
    const std::optional<core::ReleaseCalendar> &releaseCalendar() const { return m_calendar; }
    /// An empty clock means the current time. Recomputes every row.
    void setClock(Clock clock);
    /// Computes readiness again at clock() (windows open and close as time passes) and emits
    /// dataChanged for the rows whose readiness changed.
    void refreshReadiness();

private:
    struct Row
    {
        core::ReleaseEntry entry;
        bool ready = false; // readiness is computed once per row, not per paint
        QStringList blockers;
        QString searchText;
    };
    Row makeRow(const core::ReleaseEntry &entry) const;
    void computeReadiness(Row &row, const QDateTime &now) const;
    QDateTime now() const;

    std::vector<Row> m_rows;
    std::optional<core::ReleaseCalendar> m_calendar;
    Clock m_clock;
};

} // namespace rc::models

#pragma once

#include "documenttablemodel.h"

#include <QDateTime>

#include <vector>

namespace rc::models {

/// The release checklist. The Done column is user-checkable; a tick is a core::ChecklistEdit
/// applied through the document. Items from the release process's templates show their phase and
/// section, and release-day items when they fall due (relative to release.scheduled_at) and
/// whether they are due or overdue at now() (injected; the page moves it on with a timer).
class ChecklistModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DoneColumn,
        ItemColumn,
        RequiredColumn,
        CompletedByColumn,
        CompletedAtColumn,
        SectionColumn, ///< "Pre-release · Testing", "Release day · T-60 minutes", "Sign-off · QA Lead Sign-off"
        DueColumn, ///< "09:00, overdue"; empty for items without due:
        ColumnCount
    };
    enum Role
    {
        DoneRole = Qt::UserRole, ///< bool, in every column
        RequiredRole,            ///< bool, in every column
        CompletedAtRole,         ///< QDateTime (UTC), invalid when not completed
        PhaseRole,               ///< QString: pre_release, release_day, signoff or empty
        SectionRole,             ///< QString: the section heading as the manifest says
        DueAtRole,               ///< QDateTime (UTC) the item is overdue from; invalid when nothing falls due
        DueStateRole,            ///< int: core::DueState at now()
    };
    Q_ENUM(Column)

    explicit ChecklistModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Done column, Qt::CheckStateRole (Qt::Checked / Qt::Unchecked).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Ticks or unticks the item at `row`. No-op edits succeed without touching the file.
    bool setDone(int row, bool done);

    const core::ChecklistItem *item(int row) const;

    /// The moment due states are computed for; invalid (the default) means the current time.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    /// The release window's length, which places `during` and `post` items (default 120 minutes).
    void setWindowMinutes(int minutes);
    /// Phase and section as one label for grouping: "Release day · T-60 minutes".
    static QString groupLabel(const core::ChecklistItem &item);

protected:
    void refresh() override;

private:
    std::vector<core::ChecklistItem> m_rows;
    QDateTime m_now;
    int m_windowMinutes = 120;
};

} // namespace rc::models

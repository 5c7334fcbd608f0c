#pragma once

#include "documenttablemodel.h"

#include <vector>

namespace rc::models {

/// The release checklist. The Done column is user-checkable; a tick is a core::ChecklistEdit
/// applied through the document.
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
        ColumnCount
    };
    enum Role
    {
        DoneRole = Qt::UserRole, ///< bool, in every column
        RequiredRole,            ///< bool, in every column
        CompletedAtRole,         ///< QDateTime (UTC), invalid when not completed
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

protected:
    void refresh() override;

private:
    std::vector<core::ChecklistItem> m_rows;
};

} // namespace rc::models

#include "checklistmodel.h"

#include "statuspresentation.h"

namespace rc::models {

ChecklistModel::ChecklistModel(QObject *parent) : DocumentTableModel(parent) {}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ChecklistItem &item = m_rows[static_cast<std::size_t>(index.row())];
    const bool done = item.status == core::ChecklistStatus::Completed;

    switch (role) {
    case DoneRole:
        return done;
    case RequiredRole:
        return item.required;
    case CompletedAtRole:
        return item.completedAt;
    default:
        break;
    }

    switch (index.column()) {
    case DoneColumn:
        if (role == Qt::CheckStateRole)
            return done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return StatusPresentation::text(item.status);
        break;
    case ItemColumn:
        if (role == Qt::DisplayRole)
            return item.item;
        if (role == Qt::ToolTipRole && item.required && !done)
            return tr("Required before the release can deploy");
        break;
    case RequiredColumn:
        if (role == Qt::DisplayRole)
            return item.required ? tr("Required") : QString();
        break;
    case CompletedByColumn:
        if (role == Qt::DisplayRole)
            return item.completedBy;
        break;
    case CompletedAtColumn:
        if (role == Qt::DisplayRole)
            return StatusPresentation::shortTime(item.completedAt);
        if (role == Qt::ToolTipRole && item.completedAt.isValid())
            return core::formatTimestamp(item.completedAt);
        break;
    default:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case ItemColumn:
        return tr("Item");
    case RequiredColumn:
        return tr("Required");
    case CompletedByColumn:
        return tr("Completed by");
    case CompletedAtColumn:
        return tr("Completed at");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != DoneColumn || role != Qt::CheckStateRole)
        return false;
    bool ok = false;
    const int state = value.toInt(&ok);
    if (!ok || (state != Qt::Checked && state != Qt::Unchecked)) {
        m_lastError = tr("A checklist item is either done or not; %1 is neither.").arg(value.toString());
        return false;
    }
    return setDone(index.row(), state == Qt::Checked);
}

bool ChecklistModel::setDone(int row, bool done)
{
    if (row < 0 || row >= rowCount()) {
        m_lastError = tr("There is no checklist item in row %1.").arg(row);
        return false;
    }
    const core::ChecklistItem &item = m_rows[static_cast<std::size_t>(row)];
    if ((item.status == core::ChecklistStatus::Completed) == done) {
        m_lastError.clear();
        return true;
    }
    core::ChecklistEdit edit;
    edit.index = row;
    edit.done = done;
    return applyEdit(edit);
}

const core::ChecklistItem *ChecklistModel::item(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

void ChecklistModel::refresh()
{
    const core::Manifest *m = document() ? document()->manifest() : nullptr;
    syncRows(m_rows, m ? m->checklist : std::vector<core::ChecklistItem>{},
             [](const core::ChecklistItem &item) { return item.item; });
}

} // namespace rc::models

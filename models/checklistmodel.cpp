#include "checklistmodel.h"

#include "statuspresentation.h"
#include "themecolors.h"

#include "rules/checklistschedule.h"

#include <QGuiApplication>

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
    case PhaseRole:
        return item.phase;
    case SectionRole:
        return item.section;
    default:
        break;
    }
    if (role == DueAtRole || role == DueStateRole || index.column() == DueColumn) {
        const core::Manifest *m = document() ? document()->manifest() : nullptr;
        const core::ChecklistDue due = core::checklistDue(item, m ? m->release.scheduledAt : QDateTime(),
                                                          m_windowMinutes, now());
        if (role == DueAtRole)
            return due.dueAt;
        if (role == DueStateRole)
            return int(due.state);
        if (due.state == core::DueState::None)
            return {};
        if (role == Qt::DisplayRole) {
            const QString at = StatusPresentation::shortTime(due.dueAt);
            switch (due.state) {
            case core::DueState::Overdue:
                return tr("%1 · overdue since %2").arg(item.due, at);
            case core::DueState::Due:
                return tr("%1 · due now, by %2").arg(item.due, at);
            case core::DueState::Upcoming:
                return tr("%1 · from %2").arg(item.due, StatusPresentation::shortTime(due.opensAt));
            case core::DueState::Done:
                return tr("%1 · done").arg(item.due);
            case core::DueState::None:
                break;
            }
            return {};
        }
        if (role == Qt::ForegroundRole) {
            // The state is also in the text: colour only underlines it, in a tone readable on
            // light and dark palettes.
            switch (due.state) {
            case core::DueState::Overdue:
                return ThemeColors::foreground(Tone::Bad, QGuiApplication::palette());
            case core::DueState::Due:
                return ThemeColors::foreground(Tone::Waiting, QGuiApplication::palette());
            case core::DueState::Done:
                return ThemeColors::foreground(Tone::Good, QGuiApplication::palette());
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole) {
            return tr("Opens %1, overdue from %2 (%3 relative to the scheduled start)")
                .arg(core::formatTimestamp(due.opensAt), core::formatTimestamp(due.dueAt), item.due);
        }
        return {};
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
    case SectionColumn:
        if (role == Qt::DisplayRole)
            return groupLabel(item);
        if (role == Qt::ToolTipRole && !item.role.isEmpty())
            return tr("Sign-off checklist of the role %1").arg(item.role);
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
    case SectionColumn:
        return tr("Section");
    case DueColumn:
        return tr("Due");
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

void ChecklistModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDateTime ChecklistModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void ChecklistModel::setWindowMinutes(int minutes)
{
    m_windowMinutes = minutes > 0 ? minutes : 120;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ChecklistModel::groupLabel(const core::ChecklistItem &item)
{
    QString phase;
    if (item.phase == QLatin1String("pre_release"))
        phase = tr("Pre-release");
    else if (item.phase == QLatin1String("release_day"))
        phase = tr("Release day");
    else if (item.phase == QLatin1String("signoff"))
        phase = tr("Sign-off");
    if (phase.isEmpty())
        return item.section;
    if (item.section.isEmpty())
        return phase;
    return tr("%1 · %2").arg(phase, item.section);
}

void ChecklistModel::refresh()
{
    const core::Manifest *m = document() ? document()->manifest() : nullptr;
    syncRows(m_rows, m ? m->checklist : std::vector<core::ChecklistItem>{},
             [](const core::ChecklistItem &item) { return item.item; });
}

} // namespace rc::models

#include "approvalmodel.h"

#include "statuspresentation.h"

namespace rc::models {

namespace {

QString decidedBy(const core::Approval &a)
{
    switch (a.status) {
    case core::ApprovalStatus::Approved:
        return a.approvedBy;
    case core::ApprovalStatus::Rejected:
        return a.rejectedBy;
    case core::ApprovalStatus::Pending:
        break;
    }
    return {};
}

QDateTime decidedAt(const core::Approval &a)
{
    switch (a.status) {
    case core::ApprovalStatus::Approved:
        return a.approvedAt;
    case core::ApprovalStatus::Rejected:
        return a.rejectedAt;
    case core::ApprovalStatus::Pending:
        break;
    }
    return {};
}

} // namespace

ApprovalModel::ApprovalModel(QObject *parent) : DocumentTableModel(parent) {}

int ApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Approval &a = m_rows[static_cast<std::size_t>(index.row())];

    switch (role) {
    case ApprovalStatusRole:
        return static_cast<int>(a.status);
    case RoleNameRole:
        return a.role;
    case ReasonRole:
        return a.status == core::ApprovalStatus::Rejected ? a.reason : QString();
    case DecidedAtRole:
        return decidedAt(a);
    default:
        break;
    }

    switch (index.column()) {
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return a.role;
        break;
    case ApproverColumn:
        if (role == Qt::DisplayRole)
            return a.user;
        break;
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
            return StatusPresentation::text(a.status);
        case Qt::DecorationRole:
            return StatusPresentation::icon(a.status);
        case Qt::EditRole:
            return static_cast<int>(a.status);
        case Qt::ToolTipRole:
            if (a.status == core::ApprovalStatus::Rejected && !a.reason.isEmpty())
                return tr("Rejected: %1").arg(a.reason);
            if (a.status == core::ApprovalStatus::Pending && !a.user.isEmpty())
                return tr("Waiting for %1").arg(a.user);
            break;
        default:
            break;
        }
        break;
    case DecidedByColumn:
        if (role == Qt::DisplayRole)
            return decidedBy(a);
        break;
    case DecidedAtColumn:
        if (role == Qt::DisplayRole)
            return StatusPresentation::shortTime(decidedAt(a));
        if (role == Qt::ToolTipRole && decidedAt(a).isValid())
            return core::formatTimestamp(decidedAt(a));
        break;
    default:
        break;
    }
    return {};
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case ApproverColumn:
        return tr("Approver");
    case StatusColumn:
        return tr("Status");
    case DecidedByColumn:
        return tr("Decided by");
    case DecidedAtColumn:
        return tr("Decided at");
    default:
        return {};
    }
}

Qt::ItemFlags ApprovalModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ApprovalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != StatusColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < static_cast<int>(core::ApprovalStatus::Pending) ||
        raw > static_cast<int>(core::ApprovalStatus::Rejected)) {
        m_lastError = tr("%1 is not an approval status.").arg(value.toString());
        return false;
    }
    const auto status = static_cast<core::ApprovalStatus>(raw);
    const core::Approval &a = m_rows[static_cast<std::size_t>(index.row())];
    if (status == core::ApprovalStatus::Rejected && a.status != core::ApprovalStatus::Rejected) {
        m_lastError = tr("Rejecting the %1 approval needs a reason.").arg(a.role);
        return false;
    }
    return setApproval(index.row(), status, a.reason);
}

bool ApprovalModel::setApproval(int row, core::ApprovalStatus value, const QString &reason)
{
    if (row < 0 || row >= rowCount()) {
        m_lastError = tr("There is no approval in row %1.").arg(row);
        return false;
    }
    const core::Approval &a = m_rows[static_cast<std::size_t>(row)];
    const QString trimmedReason = reason.trimmed();
    if (value == core::ApprovalStatus::Rejected && trimmedReason.isEmpty()) {
        m_lastError = tr("Rejecting the %1 approval needs a reason.").arg(a.role);
        return false;
    }
    if (a.status == value && (value != core::ApprovalStatus::Rejected || a.reason == trimmedReason)) {
        m_lastError.clear();
        return true;
    }
    core::ApprovalEdit edit;
    edit.role = a.role;
    edit.value = value;
    if (value == core::ApprovalStatus::Rejected)
        edit.reason = trimmedReason;
    return applyEdit(edit);
}

const core::Approval *ApprovalModel::approval(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

void ApprovalModel::refresh()
{
    const core::Manifest *m = document() ? document()->manifest() : nullptr;
    syncRows(m_rows, m ? m->approvals : std::vector<core::Approval>{},
             [](const core::Approval &a) { return a.role; });
}

} // namespace rc::models

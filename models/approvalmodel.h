#pragma once

#include "documenttablemodel.h"

#include <vector>

namespace rc::models {

/// The release's role approvals (Release Manager, Tech Lead, ...). The Status cell is editable
/// like a sign-off: each change is a core::ApprovalEdit applied through the document.
class ApprovalModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        ApproverColumn,
        StatusColumn,
        DecidedByColumn,
        DecidedAtColumn,
        ColumnCount
    };
    enum Role
    {
        ApprovalStatusRole = Qt::UserRole, ///< core::ApprovalStatus as int, in every column
        RoleNameRole,                      ///< the approval's role ("Tech Lead"), in every column
        ReasonRole,                        ///< the rejection reason, empty unless rejected
        DecidedAtRole,                     ///< QDateTime (UTC), invalid when pending
    };
    Q_ENUM(Column)

    explicit ApprovalModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Status column, Qt::EditRole, value core::ApprovalStatus as int. Rejected needs a reason,
    /// so it is refused here: use setApproval().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Approve, reject (`reason` required) or reset the approval at `row`.
    bool setApproval(int row, core::ApprovalStatus value, const QString &reason = {});

    const core::Approval *approval(int row) const;

protected:
    void refresh() override;

private:
    std::vector<core::Approval> m_rows;
};

} // namespace rc::models

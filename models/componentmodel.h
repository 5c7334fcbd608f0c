#pragma once

#include "documenttablemodel.h"

#include <vector>

namespace rc::models {

/// The components of the open release and their sign-offs. The Sign-off cell is editable: every
/// change is a core::SignOffEdit applied through the document (saved, verified, committed).
class ComponentModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        VersionColumn,
        TeamColumn,
        TeamLeadColumn,
        SignOffColumn,
        ChangesColumn,
        ColumnCount
    };
    enum Role
    {
        ChangesRole = Qt::UserRole, ///< QStringList of the component's changes
        SignOffRole,                ///< core::SignOff as int, in every column
        NameRole,                   ///< the component name, in every column
        ReasonRole,                 ///< the rejection reason, empty unless rejected
    };
    Q_ENUM(Column)

    explicit ComponentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Sign-off column, Qt::EditRole, value core::SignOff as int. Rejected needs a reason, so it
    /// is refused here: use setSignOff(). No-op edits succeed without touching the file.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Approve, reject (`reason` required) or reset the sign-off of the component at `row`.
    bool setSignOff(int row, core::SignOff value, const QString &reason = {});

    /// Null when `row` is out of range.
    const core::Component *component(int row) const;
    /// -1 when there is no such component.
    int rowOf(const QString &componentName) const;

protected:
    void refresh() override;

private:
    std::vector<core::Component> m_rows;
};

} // namespace rc::models

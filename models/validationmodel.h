#pragma once

#include "documenttablemodel.h"

#include <vector>

namespace rc::models {

/// The release's `validation:` entries, read-only (CI writes them).
class ValidationModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn,
        ValueColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        FailedRole = Qt::UserRole, ///< bool, in every column
        ResultRole,                ///< Result as int, in every column
        KeyRole,                   ///< the entry's key ("integration_tests"), in every column
    };
    /// Passed and Failed for check outcomes; Info for entries that record a fact (a timestamp).
    enum class Result
    {
        Info,
        Passed,
        Failed
    };
    Q_ENUM(Column)

    explicit ValidationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::ValidationEntry *entry(int row) const;
    static Result resultOf(const core::ValidationEntry &entry);

protected:
    void refresh() override;

private:
    std::vector<core::ValidationEntry> m_rows;
};

} // namespace rc::models

#pragma once

#include "manifest/manifest.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace rc::models {

/// Filters and sorts a ReleaseListModel: free text over id, manager, component names and file
/// name (case-insensitive; every word must match), and a set of statuses. The Scheduled column
/// sorts by time, the Status column by lifecycle order.
class ReleaseFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReleaseFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// Only releases in `status`; std::nullopt shows every release (and files with errors).
    void setStatusFilter(std::optional<core::ReleaseStatus> status);
    /// Only releases in one of `statuses`; empty shows every release (and files with errors).
    void setStatusFilter(const std::vector<core::ReleaseStatus> &statuses);
    std::vector<core::ReleaseStatus> statusFilter() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    std::vector<core::ReleaseStatus> m_statuses;
};

} // namespace rc::models

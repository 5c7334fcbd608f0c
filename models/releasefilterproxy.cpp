#include "releasefilterproxy.h"

#include "releaselistmodel.h"

#include <algorithm>

namespace rc::models {

ReleaseFilterProxy::ReleaseFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ReleaseFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ReleaseFilterProxy::setStatusFilter(std::optional<core::ReleaseStatus> status)
{
    setStatusFilter(status ? std::vector<core::ReleaseStatus>{*status} : std::vector<core::ReleaseStatus>{});
}

void ReleaseFilterProxy::setStatusFilter(const std::vector<core::ReleaseStatus> &statuses)
{
    std::vector<core::ReleaseStatus> sorted = statuses;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted == m_statuses)
        return;
    m_statuses = std::move(sorted);
    invalidateFilter();
}

bool ReleaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.empty()) {
        const QVariant status = index.data(ReleaseListModel::StatusRole);
        if (!status.isValid())
            return false;
        const auto value = static_cast<core::ReleaseStatus>(status.toInt());
        if (!std::binary_search(m_statuses.begin(), m_statuses.end(), value))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ReleaseListModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

bool ReleaseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case ReleaseListModel::ScheduledColumn: {
        // Real times, not their text: "1/15/24" and "12/3/23" sort wrong as strings. Releases
        // without a schedule come first in ascending order.
        const QDateTime l = left.data(ReleaseListModel::ScheduledRole).toDateTime();
        const QDateTime r = right.data(ReleaseListModel::ScheduledRole).toDateTime();
        if (l.isValid() != r.isValid())
            return !l.isValid();
        if (l != r)
            return l < r;
        break;
    }
    case ReleaseListModel::StatusColumn: {
        // Lifecycle order; files with errors (no status) first.
        const QVariant l = left.data(ReleaseListModel::StatusRole);
        const QVariant r = right.data(ReleaseListModel::StatusRole);
        const int li = l.isValid() ? l.toInt() : -1;
        const int ri = r.isValid() ? r.toInt() : -1;
        if (li != ri)
            return li < ri;
        break;
    }
    case ReleaseListModel::SignOffsColumn: {
        // By how much is still missing, then by how many are done.
        const QStringList l = left.data().toString().split(QLatin1Char('/'));
        const QStringList r = right.data().toString().split(QLatin1Char('/'));
        if (l.size() == 2 && r.size() == 2) {
            const int lMissing = l[1].toInt() - l[0].toInt();
            const int rMissing = r[1].toInt() - r[0].toInt();
            if (lMissing != rMissing)
                return lMissing > rMissing;
            if (l[0].toInt() != r[0].toInt())
                return l[0].toInt() < r[0].toInt();
        }
        break;
    }
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Ties break on the release id so the order is stable.
    const QString lid = left.siblingAtColumn(ReleaseListModel::IdColumn).data().toString();
    const QString rid = right.siblingAtColumn(ReleaseListModel::IdColumn).data().toString();
    return lid.compare(rid, Qt::CaseInsensitive) < 0;
}

} // namespace rc::models

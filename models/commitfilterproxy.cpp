#include "commitfilterproxy.h"

#include "commitmodel.h"

#include <algorithm>

namespace rc::models {

CommitFilterProxy::CommitFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A component shows when one of its commits matches; a component matched by name shows all.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void CommitFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CommitFilterProxy::setKindFilter(Kind kind, const QString &type)
{
    const QString normalized = kind == Kind::Type ? type.trimmed().toLower() : QString();
    if (kind == m_kind && normalized == m_type)
        return;
    m_kind = kind;
    m_type = normalized;
    invalidateFilter();
}

QVariant CommitFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == CommitModel::SubjectColumn && isFiltering() && !index.parent().isValid()
        && index.data(CommitModel::IsComponentRole).toBool()) {
        const QModelIndex source = mapToSource(index);
        const QString name = source.data(CommitModel::ComponentRole).toString();
        const auto *model = qobject_cast<const CommitModel *>(sourceModel());
        const CommitModel::Group *group = model ? model->group(source) : nullptr;
        return tr("%1 \u2014 %2 of %3 shown")
            .arg(group && group->other ? tr("other (no component)") : name)
            .arg(rowCount(index))
            .arg(sourceModel()->rowCount(source));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool CommitFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(CommitModel::IsComponentRole).toBool()) {
        // Only a text filter can name a component; a kind filter is about commits.
        if (m_kind != Kind::Any || m_words.isEmpty())
            return false;
        const QString name = index.data(CommitModel::ComponentRole).toString().toLower();
        return std::all_of(m_words.cbegin(), m_words.cend(), [&name](const QString &w) { return name.contains(w); });
    }
    switch (m_kind) {
    case Kind::Any:
        break;
    case Kind::Type:
        if (index.data(CommitModel::TypeRole).toString() != m_type)
            return false;
        break;
    case Kind::Breaking:
        if (!index.data(CommitModel::BreakingRole).toBool())
            return false;
        break;
    case Kind::NotConventional:
        if (!index.data(CommitModel::TypeRole).toString().isEmpty())
            return false;
        break;
    }
    const QString text = index.data(CommitModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &w) { return text.contains(w); });
}

} // namespace rc::models

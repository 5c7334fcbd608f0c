#include "historyview.h"

#include "historymodel.h"
#include "releaselistmodel.h"
#include "statuspresentation.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>

#include <map>

namespace rc::ui {

using models::HistoryModel;

HistoryView::HistoryView(models::ReleaseListModel *releases, QWidget *parent)
    : QWidget(parent)
    , m_releases(releases)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::ScheduledColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a release to open it"));
    m_view->setAccessibleName(tr("Release history"));
    m_view->setAccessibleDescription(tr("Every release of this clone with its status, type and dates; press Enter "
                                        "to open the selected release"));
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(HistoryModel::PathRole).toString();
        if (!path.isEmpty())
            emit releaseActivated(path);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < HistoryModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
    });
    // The window's list is the one place that knows the releases: follow every change of it.
    connect(m_releases, &QAbstractItemModel::modelReset, this, &HistoryView::sync);
    connect(m_releases, &QAbstractItemModel::layoutChanged, this, &HistoryView::sync);
    connect(m_releases, &QAbstractItemModel::dataChanged, this, &HistoryView::sync);
    connect(m_releases, &QAbstractItemModel::rowsInserted, this, &HistoryView::sync);
    connect(m_releases, &QAbstractItemModel::rowsRemoved, this, &HistoryView::sync);
    sync();
}

void HistoryView::sync()
{
    std::vector<core::ReleaseEntry> entries;
    entries.reserve(size_t(m_releases->rowCount()));
    for (int row = 0; row < m_releases->rowCount(); ++row)
        entries.push_back(*m_releases->entry(row));
    m_model->setEntries(std::move(entries));

    std::map<int, int> byStatus;
    int broken = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant status = m_model->index(row, 0).data(HistoryModel::StatusRole);
        if (status.isValid())
            ++byStatus[status.toInt()];
        else
            ++broken;
    }
    QStringList parts;
    for (const auto &[status, count] : byStatus)
        parts << QStringLiteral("%1 %2").arg(count).arg(models::StatusPresentation::text(core::ReleaseStatus(status)).toLower());
    if (broken)
        parts << tr("%n unreadable", nullptr, broken);
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No releases in this clone yet.")
                           : tr("%n release(s): ", nullptr, m_model->rowCount()) + parts.join(QStringLiteral(", ")));
}

QString HistoryView::summary() const
{
    return m_summary->text();
}

} // namespace rc::ui

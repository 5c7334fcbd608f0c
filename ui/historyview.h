#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace rc::models {
class HistoryModel;
class ReleaseListModel;
} // namespace rc::models

namespace rc::ui {

/// Every release of the open clone with its status, type and dates, sortable by any column; the
/// window's release list is its source, so it never reads the disk. Activating a row (double-click,
/// Enter) asks the window to open that release.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(models::ReleaseListModel *releases, QWidget *parent = nullptr);

    models::HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    /// "5 releases: 2 deployed, ..." above the table.
    QString summary() const;

signals:
    /// The manifest path of the release to open.
    void releaseActivated(const QString &path);

private:
    void sync();

    models::ReleaseListModel *m_releases;
    models::HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace rc::ui

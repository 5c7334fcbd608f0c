#pragma once

#include "git/changes.h"

#include <QAbstractItemModel>

#include <vector>

namespace rc::models {

/// The commits of a range per component, as a two-level tree: components at the top (in the
/// order given, "other" last), their commits below, newest first. Filled from core::changesBetween
/// results; it never reads git itself.
class CommitModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubjectColumn, ///< the component's name on top-level rows, the commit subject below
        TypeColumn,
        AuthorColumn,
        DateColumn,
        ShaColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ShaRole = Qt::UserRole, ///< full id; empty on component rows
        TypeRole,        ///< conventional-commit type ("feat"), empty when not conventional
        ScopeRole,
        BreakingRole,    ///< bool
        ComponentRole,   ///< the component's name, on both levels
        IsComponentRole, ///< bool: a top-level row
        SearchTextRole,  ///< lower-case sha, subject, body, type, scope, author and email
        DateRole,        ///< QDateTime of the author date; invalid on component rows
        SinceRole,       ///< the tag (or revision) the component's range starts after; empty: whole history
    };

    /// One component's commits. `other` marks the commits that touch no component.
    struct Group
    {
        QString component;
        QStringList paths;
        QString since;
        std::vector<core::CommitInfo> commits;
        bool other = false;
    };

    explicit CommitModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a reset).
    void setGroups(std::vector<Group> groups);
    void clear();
    const std::vector<Group> &groups() const { return m_groups; }

    /// Null for component rows and invalid indexes.
    const core::CommitInfo *commit(const QModelIndex &index) const;
    /// The group of a component row or of a commit row; null for an invalid index.
    const Group *group(const QModelIndex &index) const;
    /// The row of `sha` under `component` (column 0); invalid when there is none.
    QModelIndex indexOf(const QString &component, const QString &sha) const;
    int commitCount() const;

private:
    QVariant componentData(const Group &group, int column, int role) const;
    QVariant commitData(const Group &group, const core::CommitInfo &commit, int column, int role) const;

    std::vector<Group> m_groups;
    std::vector<std::vector<QString>> m_searchText; // per group, per commit: built once per reset
};

} // namespace rc::models

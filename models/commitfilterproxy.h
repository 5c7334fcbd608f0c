#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace rc::models {

/// Filters a CommitModel by free text (every word must occur in a commit's sha, subject, body,
/// type, scope or author, case-insensitive; a word that names a component shows all its commits)
/// and by kind of commit. A component stays visible while any of its commits does; with no filter
/// every component shows, also those without changes.
class CommitFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Any,
        Type,            ///< conventional-commit type equal to typeFilter()
        Breaking,        ///< breaking changes only
        NotConventional, ///< subjects that follow no convention
    };

    explicit CommitFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// `type` is used with Kind::Type only ("feat", "fix", ...).
    void setKindFilter(Kind kind, const QString &type = {});
    Kind kindFilter() const { return m_kind; }
    QString typeFilter() const { return m_type; }

    /// True when a text or kind filter is set.
    bool isFiltering() const { return !m_words.isEmpty() || m_kind != Kind::Any; }

    /// While filtering, a component's row says how many of its commits are shown ("api — 2 of 4 shown").
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    Kind m_kind = Kind::Any;
    QString m_type;
};

} // namespace rc::models

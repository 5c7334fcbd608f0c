#include "commitmodel.h"

#include "statuspresentation.h"
#include "themecolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

namespace rc::models {

namespace {

// Top-level rows carry 0 as their internal id; commit rows carry their group's row + 1.
constexpr quintptr TopLevel = 0;

QString typeText(const core::CommitInfo &commit)
{
    if (commit.type.isEmpty())
        return commit.breaking ? QStringLiteral("!") : QString();
    return commit.breaking ? commit.type + QLatin1Char('!') : commit.type;
}

} // namespace

CommitModel::CommitModel(QObject *parent) : QAbstractItemModel(parent) {}

QModelIndex CommitModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[size_t(parent.row())].commits.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CommitModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int CommitModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].commits.size());
}

int CommitModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const CommitModel::Group *CommitModel::group(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const size_t row = index.internalId() == TopLevel ? size_t(index.row()) : size_t(index.internalId() - 1);
    return row < m_groups.size() ? &m_groups[row] : nullptr;
}

const core::CommitInfo *CommitModel::commit(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TopLevel)
        return nullptr;
    const Group *g = group(index);
    return g && size_t(index.row()) < g->commits.size() ? &g->commits[size_t(index.row())] : nullptr;
}

QModelIndex CommitModel::indexOf(const QString &component, const QString &sha) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].component != component)
            continue;
        for (size_t c = 0; c < m_groups[g].commits.size(); ++c) {
            if (m_groups[g].commits[c].sha == sha)
                return createIndex(int(c), 0, quintptr(g) + 1);
        }
    }
    return {};
}

int CommitModel::commitCount() const
{
    int count = 0;
    for (const Group &g : m_groups)
        count += int(g.commits.size());
    return count;
}

QVariant CommitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Group *g = group(index);
    if (!g)
        return {};
    if (index.internalId() == TopLevel)
        return componentData(*g, index.column(), role);
    const core::CommitInfo *c = commit(index);
    if (!c)
        return {};
    if (role == SearchTextRole)
        return m_searchText[index.internalId() - 1][size_t(index.row())];
    return commitData(*g, *c, index.column(), role);
}

QVariant CommitModel::componentData(const Group &g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == SubjectColumn) {
            const QString name = g.other ? tr("other (no component)") : g.component;
            return g.commits.empty() ? tr("%1 \u2014 no changes").arg(name)
                                     : tr("%1 \u2014 %n commit(s)", nullptr, int(g.commits.size())).arg(name);
        }
        return {};
    case Qt::FontRole:
        if (column == SubjectColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (g.other)
            return tr("Commits since %1 that change no component's paths").arg(g.since.isEmpty() ? tr("the first commit") : g.since);
        const QString range = g.since.isEmpty() ? tr("every commit (no tag reachable)") : tr("commits since %1").arg(g.since);
        return tr("%1: %2\nPaths: %3").arg(g.component, range, g.paths.join(QStringLiteral(", ")));
    }
    case ComponentRole:
        return g.component;
    case IsComponentRole:
        return true;
    case BreakingRole:
        return false;
    case SinceRole:
        return g.since;
    case ShaRole:
    case TypeRole:
    case ScopeRole:
    case SearchTextRole:
        return QString();
    case DateRole:
        return QDateTime();
    default:
        return {};
    }
}

QVariant CommitModel::commitData(const Group &g, const core::CommitInfo &c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SubjectColumn:
            return c.subject;
        case TypeColumn:
            return typeText(c);
        case AuthorColumn:
            return c.author;
        case DateColumn:
            return StatusPresentation::shortTime(c.date);
        case ShaColumn:
            return c.sha.left(8);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case SubjectColumn:
            return c.body.isEmpty() ? c.subject : c.subject + QStringLiteral("\n\n") + c.body;
        case TypeColumn:
            if (c.breaking)
                return tr("Breaking change: the next version of %1 is a major one").arg(g.component);
            return c.type.isEmpty() ? tr("Not a conventional commit") : QVariant();
        case AuthorColumn:
            return QStringLiteral("%1 <%2>").arg(c.author, c.authorEmail);
        case DateColumn:
            return c.date.toString(Qt::ISODate);
        case ShaColumn:
            return c.sha;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Chosen against the palette in use when asked, so a light or dark palette (or a switch
        // between them) keeps breaking changes readable.
        if (c.breaking && (column == TypeColumn || column == SubjectColumn))
            return QBrush(ThemeColors::foreground(Tone::Bad, QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        if (column == ShaColumn) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        if (c.breaking && column == TypeColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ShaRole:
        return c.sha;
    case TypeRole:
        return c.type;
    case ScopeRole:
        return c.scope;
    case BreakingRole:
        return c.breaking;
    case ComponentRole:
        return g.component;
    case IsComponentRole:
        return false;
    case DateRole:
        return c.date;
    case SinceRole:
        return g.since;
    default:
        return {};
    }
}

QVariant CommitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Commit");
    case TypeColumn:
        return tr("Type");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case ShaColumn:
        return tr("SHA");
    default:
        return {};
    }
}

void CommitModel::setGroups(std::vector<Group> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_searchText.clear();
    m_searchText.reserve(m_groups.size());
    for (const Group &g : m_groups) {
        std::vector<QString> texts;
        texts.reserve(g.commits.size());
        for (const core::CommitInfo &c : g.commits) {
            texts.push_back(QStringList{c.sha, c.subject, c.body, c.type, c.scope, c.author, c.authorEmail}
                                .join(QLatin1Char('\n'))
                                .toLower());
        }
        m_searchText.push_back(std::move(texts));
    }
    endResetModel();
}

void CommitModel::clear()
{
    setGroups({});
}

} // namespace rc::models

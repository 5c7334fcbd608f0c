#include "releaselistmodel.h"

#include "rules/readiness.h"
#include "statuspresentation.h"

#include <QFileInfo>

namespace rc::models {

namespace {

QString fileNameOf(const core::ReleaseEntry &entry)
{
    return QFileInfo(entry.relativePath.isEmpty() ? entry.path : entry.relativePath).fileName();
}

QString errorText(const core::ReleaseEntry &entry)
{
    QStringList lines;
    for (const core::Diagnostic &d : entry.errors)
        lines << d.toString();
    if (lines.isEmpty())
        lines << ReleaseListModel::tr("%1 could not be read.")
                     .arg(entry.relativePath.isEmpty() ? entry.path : entry.relativePath);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ReleaseListModel::ReleaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

QDateTime ReleaseListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ReleaseListModel::computeReadiness(Row &row, const QDateTime &now) const
{
    if (!row.entry.manifest) {
        row.ready = false;
        row.blockers.clear();
        return;
    }
    const core::Readiness readiness = m_calendar ? core::checkReadiness(*row.entry.manifest, *m_calendar, now)
                                                 : core::checkReadiness(*row.entry.manifest);
    row.ready = readiness.ready;
    row.blockers = readiness.blockers;
}

ReleaseListModel::Row ReleaseListModel::makeRow(const core::ReleaseEntry &entry) const
{
    Row row;
    row.entry = entry;
    QStringList search;
    search << fileNameOf(entry);
    computeReadiness(row, now());
    if (entry.manifest) {
        const core::Manifest &m = *entry.manifest;
        search << m.release.id << m.release.releaseManager;
        for (const core::Component &c : m.components)
            search << c.name;
    }
    row.searchText = search.join(QLatin1Char('\n')).toLower();
    return row;
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const core::ReleaseEntry &entry = row.entry;
    const core::Manifest *m = entry.manifest ? &*entry.manifest : nullptr;

    switch (role) {
    case IdRole:
        return m ? m->release.id : QString();
    case PathRole:
        return entry.path;
    case StatusRole:
        return m ? QVariant(static_cast<int>(m->release.status)) : QVariant();
    case ReadyRole:
        return row.ready;
    case HasErrorsRole:
        return m == nullptr;
    case SearchTextRole:
        return row.searchText;
    case ScheduledRole:
        return m ? m->release.scheduledAt : QDateTime();
    case RelativePathRole:
        return entry.relativePath;
    case BlockersRole:
        return row.blockers;
    default:
        break;
    }

    if (!m) {
        // A file that failed to parse: enough to find it and see why.
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == StatusColumn)
                return tr("Error");
            if (index.column() == IdColumn)
                return fileNameOf(entry);
            return {};
        case Qt::DecorationRole:
            return index.column() == StatusColumn ? QVariant(StatusPresentation::errorIcon()) : QVariant();
        case Qt::ToolTipRole:
            return errorText(entry);
        default:
            return {};
        }
    }

    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return StatusPresentation::text(m->release.status);
        if (role == Qt::DecorationRole)
            return StatusPresentation::icon(m->release.status);
        if (role == Qt::ToolTipRole)
            return row.ready ? tr("Ready to deploy")
                             : tr("Blocked:\n%1").arg(row.blockers.join(QLatin1Char('\n')));
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return m->release.id;
        if (role == Qt::ToolTipRole)
            return entry.relativePath;
        break;
    case ScheduledColumn:
        if (role == Qt::DisplayRole)
            return StatusPresentation::shortTime(m->release.scheduledAt);
        if (role == Qt::ToolTipRole && m->release.scheduledAt.isValid())
            return core::formatTimestamp(m->release.scheduledAt);
        break;
    case ManagerColumn:
        if (role == Qt::DisplayRole)
            return m->release.releaseManager;
        break;
    case SignOffsColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1/%2").arg(m->signOffsApproved()).arg(m->signOffsNeeded());
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 component sign-offs received")
                .arg(m->signOffsApproved())
                .arg(m->signOffsNeeded());
        break;
    default:
        break;
    }
    return {};
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Release");
    case ScheduledColumn:
        return tr("Scheduled");
    case ManagerColumn:
        return tr("Release manager");
    case SignOffsColumn:
        return tr("Sign-offs");
    default:
        return {};
    }
}

QHash<int, QByteArray> ReleaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "releaseId");
    names.insert(PathRole, "path");
    names.insert(StatusRole, "status");
    names.insert(ReadyRole, "ready");
    names.insert(HasErrorsRole, "hasErrors");
    names.insert(SearchTextRole, "searchText");
    names.insert(ScheduledRole, "scheduled");
    names.insert(RelativePathRole, "relativePath");
    names.insert(BlockersRole, "blockers");
    return names;
}

void ReleaseListModel::setScan(const core::WorkspaceScan &scan)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(scan.releases.size());
    for (const core::ReleaseEntry &entry : scan.releases)
        m_rows.push_back(makeRow(entry));
    endResetModel();
}

void ReleaseListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReleaseListModel::updateEntry(const QString &path, const core::ReleaseEntry &entry)
{
    const int existing = rowOfPath(path);
    if (existing >= 0) {
        m_rows[static_cast<std::size_t>(existing)] = makeRow(entry);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(makeRow(entry));
    endInsertRows();
    return row;
}

bool ReleaseListModel::removeEntry(const QString &path)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    return true;
}

const core::ReleaseEntry *ReleaseListModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)].entry;
}

int ReleaseListModel::rowOfPath(const QString &path) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.path == path)
            return static_cast<int>(i);
    }
    return -1;
}

void ReleaseListModel::setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar)
{
    m_calendar = calendar;
    refreshReadiness();
}

void ReleaseListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshReadiness();
}

void ReleaseListModel::refreshReadiness()
{
    const QDateTime at = now();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const bool wasReady = row.ready;
        const QStringList wereBlockers = row.blockers;
        computeReadiness(row, at);
        // Only the rows whose answer changed repaint: a minute's tick usually changes nothing.
        if (row.ready != wasReady || row.blockers != wereBlockers)
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int ReleaseListModel::rowOfId(const QString &id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto &m = m_rows[i].entry.manifest;
        if (m && m->release.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace rc::models

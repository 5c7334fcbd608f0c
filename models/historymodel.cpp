#include "historymodel.h"

#include "statuspresentation.h"
#include "themecolors.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

#include <limits>

namespace rc::models {

namespace {

const core::ValidationEntry *stagingDeployed(const core::Manifest &manifest)
{
    for (const core::ValidationEntry &entry : manifest.validation) {
        if (entry.key == QLatin1String("staging_deployed_at"))
            return &entry;
    }
    return nullptr;
}

QDateTime stagingDeployedAt(const core::Manifest &manifest)
{
    const core::ValidationEntry *entry = stagingDeployed(manifest);
    if (!entry)
        return {};
    QDateTime time = QDateTime::fromString(entry->value, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant timeSortKey(const QDateTime &time)
{
    // Releases without the date sort before every dated one, in both directions consistently.
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int lifecycleOrder(core::ReleaseStatus status)
{
    switch (status) {
    case core::ReleaseStatus::Draft:
        return 0;
    case core::ReleaseStatus::PendingApproval:
        return 1;
    case core::ReleaseStatus::Approved:
        return 2;
    case core::ReleaseStatus::Deploying:
        return 3;
    case core::ReleaseStatus::Deployed:
        return 4;
    case core::ReleaseStatus::RolledBack:
        return 5;
    case core::ReleaseStatus::Cancelled:
        return 6;
    }
    return 7;
}

QPixmap typeSwatch(const QString &type)
{
    // The swatch stands out (3:1) from the palette's base, light or dark; the key holds the colour
    // so another palette paints another swatch.
    const QColor colour = ThemeColors::readable(HistoryModel::releaseTypeColour(type),
                                                QGuiApplication::palette().color(QPalette::Base),
                                                ThemeColors::GraphicsContrast);
    const QString key = QStringLiteral("rc-models-type-") + type + colour.name();
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    const int size = StatusPresentation::IconSize;
    pixmap = QPixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(2.5, 4.5, size - 5.0, size - 9.0), 3, 3);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

bool sameEntry(const core::ReleaseEntry &a, const core::ReleaseEntry &b)
{
    return a.path == b.path && a.relativePath == b.relativePath && a.manifest == b.manifest && a.errors == b.errors
        && a.gitState == b.gitState;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

QString HistoryModel::releaseType(const core::Manifest &manifest)
{
    const QString type = manifest.release.type.trimmed().toLower();
    return type.isEmpty() ? QStringLiteral("regular") : type;
}

QString HistoryModel::releaseTypeText(const QString &type)
{
    if (type == QLatin1String("regular"))
        return tr("Regular");
    if (type == QLatin1String("hotfix"))
        return tr("Hotfix");
    if (type == QLatin1String("major"))
        return tr("Major");
    return type;
}

QColor HistoryModel::releaseTypeColour(const QString &type)
{
    // Saturated enough for white chip text in the light theme and visible on a dark base.
    if (type == QLatin1String("hotfix"))
        return QColor(0xc2, 0x41, 0x0c);
    if (type == QLatin1String("major"))
        return QColor(0x7e, 0x3a, 0xa8);
    if (type == QLatin1String("regular"))
        return QColor(0x25, 0x63, 0xb0);
    return QColor(0x5f, 0x63, 0x68);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::ReleaseEntry *HistoryModel::entry(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int HistoryModel::rowOfPath(const QString &path) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == path)
            return int(i);
    }
    return -1;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ReleaseEntry &e = m_entries[size_t(index.row())];
    const core::Manifest *m = e.manifest ? &*e.manifest : nullptr;
    const QString fileName = QFileInfo(e.relativePath.isEmpty() ? e.path : e.relativePath).fileName();

    switch (role) {
    case PathRole:
        return e.path;
    case IdRole:
        return m ? m->release.id : QString();
    case ReleaseTypeRole:
        return m ? releaseType(*m) : QString();
    case StatusRole:
        return m ? QVariant(int(m->release.status)) : QVariant();
    case ScheduledRole:
        return m ? m->release.scheduledAt : QDateTime();
    default:
        break;
    }

    if (!m) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == StatusColumn)
                return tr("Error");
            return index.column() == IdColumn ? QVariant(fileName) : QVariant();
        case Qt::DecorationRole:
            return index.column() == StatusColumn ? QVariant(StatusPresentation::errorIcon()) : QVariant();
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const core::Diagnostic &d : e.errors)
                lines << d.toString();
            return lines.isEmpty() ? tr("%1 could not be read.").arg(e.relativePath) : lines.join(QLatin1Char('\n'));
        }
        case SortRole:
            // Each column's key has one type for every row: broken files come after every status,
            // before every date, and by file name where the release id would be.
            switch (index.column()) {
            case StatusColumn:
                return 99;
            case IdColumn:
                return fileName.toLower();
            case CreatedColumn:
            case ScheduledColumn:
            case StagingDeployedColumn:
                return timeSortKey({});
            case SignOffsColumn:
                return -1.0;
            default:
                return QString();
            }
        default:
            return {};
        }
    }

    const core::ReleaseInfo &info = m->release;
    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return StatusPresentation::text(info.status);
        if (role == Qt::DecorationRole)
            return StatusPresentation::icon(info.status);
        if (role == SortRole)
            return lifecycleOrder(info.status);
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return info.id;
        if (role == Qt::ToolTipRole)
            return e.relativePath;
        if (role == SortRole)
            return info.id.toLower();
        break;
    case TypeColumn: {
        const QString type = releaseType(*m);
        if (role == Qt::DisplayRole)
            return info.type.isEmpty() ? tr("%1 (not stated)").arg(releaseTypeText(type)) : releaseTypeText(type);
        if (role == Qt::DecorationRole)
            return typeSwatch(type);
        if (role == SortRole)
            return type;
        break;
    }
    case CreatedColumn:
        if (role == Qt::DisplayRole) {
            const QString time = StatusPresentation::shortTime(info.createdAt);
            return info.createdBy.isEmpty() || time.isEmpty() ? time : tr("%1 by %2").arg(time, info.createdBy);
        }
        if (role == Qt::ToolTipRole && info.createdAt.isValid())
            return core::formatTimestamp(info.createdAt);
        if (role == SortRole)
            return timeSortKey(info.createdAt);
        break;
    case ScheduledColumn:
        if (role == Qt::DisplayRole)
            return info.scheduledAt.isValid() ? StatusPresentation::shortTime(info.scheduledAt) : tr("not scheduled");
        if (role == Qt::ForegroundRole && !info.scheduledAt.isValid())
            return ThemeColors::foreground(Tone::Neutral, QGuiApplication::palette());
        if (role == Qt::ToolTipRole && info.scheduledAt.isValid())
            return core::formatTimestamp(info.scheduledAt);
        if (role == SortRole)
            return timeSortKey(info.scheduledAt);
        break;
    case StagingDeployedColumn: {
        const QDateTime staged = stagingDeployedAt(*m);
        if (role == Qt::DisplayRole) {
            if (staged.isValid())
                return StatusPresentation::shortTime(staged);
            const core::ValidationEntry *raw = stagingDeployed(*m);
            return raw ? raw->value : QString();
        }
        if (role == Qt::ToolTipRole && staged.isValid())
            return core::formatTimestamp(staged);
        if (role == SortRole)
            return timeSortKey(staged);
        break;
    }
    case ManagerColumn:
        if (role == Qt::DisplayRole)
            return info.releaseManager;
        if (role == SortRole)
            return info.releaseManager.toLower();
        break;
    case SignOffsColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1/%2").arg(m->signOffsApproved()).arg(m->signOffsNeeded());
        if (role == SortRole)
            return m->signOffsNeeded() ? double(m->signOffsApproved()) / m->signOffsNeeded() : 1.0;
        break;
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == StagingDeployedColumn)
        return tr("validation.staging_deployed_at as the manifest records it. Manifests do not record when a release "
                  "reached production; its status says whether it did.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Release");
    case TypeColumn:
        return tr("Type");
    case CreatedColumn:
        return tr("Created");
    case ScheduledColumn:
        return tr("Scheduled");
    case StagingDeployedColumn:
        return tr("On staging");
    case ManagerColumn:
        return tr("Release manager");
    case SignOffsColumn:
        return tr("Sign-offs");
    default:
        return {};
    }
}

void HistoryModel::setEntries(std::vector<core::ReleaseEntry> entries)
{
    bool sameShape = entries.size() == m_entries.size();
    for (size_t i = 0; sameShape && i < entries.size(); ++i)
        sameShape = entries[i].path == m_entries[i].path;
    if (!sameShape) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        if (sameEntry(entries[i], m_entries[i]))
            continue;
        m_entries[i] = std::move(entries[i]);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

} // namespace rc::models

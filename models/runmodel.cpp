#include "runmodel.h"

#include "stateicon.h"

#include "themecolors.h"

#include <QColor>
#include <QGuiApplication>

namespace rc::models {

namespace {

// A step index carries its job's row + 1 as internal id; a job carries 0.
constexpr quintptr JobMarker = 0;

bool sameStep(const core::WorkflowStep &a, const core::WorkflowStep &b)
{
    return a.number == b.number && a.name == b.name && a.status == b.status && a.conclusion == b.conclusion
           && a.startedAt == b.startedAt && a.completedAt == b.completedAt;
}

bool sameJobCells(const core::WorkflowJob &a, const core::WorkflowJob &b)
{
    return a.id == b.id && a.name == b.name && a.status == b.status && a.conclusion == b.conclusion
           && a.startedAt == b.startedAt && a.completedAt == b.completedAt && a.htmlUrl == b.htmlUrl;
}

bool isRunning(const QDateTime &started, const QDateTime &completed)
{
    return started.isValid() && !completed.isValid();
}

} // namespace

// -------------------------------------------------------------------------------------------------

bool RunPresentation::isFailure(const QString &status, const QString &conclusion)
{
    if (!core::isCompleted(status))
        return false;
    return conclusion == QLatin1String("failure") || conclusion == QLatin1String("cancelled")
           || conclusion == QLatin1String("timed_out") || conclusion == QLatin1String("startup_failure");
}

QString RunPresentation::text(const QString &status, const QString &conclusion)
{
    if (core::isCompleted(status)) {
        if (conclusion == QLatin1String("success"))
            return tr("Succeeded");
        if (conclusion == QLatin1String("failure"))
            return tr("Failed");
        if (conclusion == QLatin1String("cancelled"))
            return tr("Cancelled");
        if (conclusion == QLatin1String("skipped"))
            return tr("Skipped");
        if (conclusion == QLatin1String("timed_out"))
            return tr("Timed out");
        if (conclusion == QLatin1String("neutral"))
            return tr("Neutral");
        if (conclusion == QLatin1String("action_required"))
            return tr("Action required");
        if (conclusion == QLatin1String("startup_failure"))
            return tr("Startup failure");
        if (conclusion == QLatin1String("stale"))
            return tr("Stale");
        return conclusion.isEmpty() ? tr("Completed") : conclusion;
    }
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("waiting"))
        return tr("Waiting for approval");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("requested"))
        return tr("Requested");
    return status;
}

namespace {

// GitHub's own colours for the states, before any adjustment for the palette.
QColor stateHue(const QString &status, const QString &conclusion)
{
    if (core::isCompleted(status)) {
        if (conclusion == QLatin1String("success"))
            return QColor(0x2d, 0xa4, 0x4e);
        if (RunPresentation::isFailure(status, conclusion))
            return conclusion == QLatin1String("cancelled") ? QColor(0x6e, 0x77, 0x81) : QColor(0xcf, 0x22, 0x2e);
        return QColor(0x8c, 0x95, 0x9f);
    }
    if (status == QLatin1String("in_progress"))
        return QColor(0xbf, 0x87, 0x00);
    if (status == QLatin1String("waiting"))
        return QColor(0xbc, 0x4c, 0x00);
    return QColor(0x8c, 0x95, 0x9f);
}

} // namespace

QColor RunPresentation::colour(const QString &status, const QString &conclusion)
{
    return ThemeColors::readable(stateHue(status, conclusion), QGuiApplication::palette().color(QPalette::Base));
}

QPixmap RunPresentation::icon(const QString &status, const QString &conclusion)
{
    const QColor c = stateHue(status, conclusion);
    if (core::isCompleted(status)) {
        if (conclusion == QLatin1String("success"))
            return paintStateIcon(QStringLiteral("run-success"), c, StateMark::Check, false);
        if (conclusion == QLatin1String("cancelled"))
            return paintStateIcon(QStringLiteral("run-cancelled"), c, StateMark::Dash, false);
        if (isFailure(status, conclusion))
            return paintStateIcon(QStringLiteral("run-failure"), c, StateMark::Cross, false);
        if (conclusion == QLatin1String("skipped"))
            return paintStateIcon(QStringLiteral("run-skipped"), c, StateMark::Skip, true);
        return paintStateIcon(QStringLiteral("run-neutral"), c, StateMark::Dash, true);
    }
    if (status == QLatin1String("in_progress"))
        return paintStateIcon(QStringLiteral("run-in_progress"), c, StateMark::BigDot, true);
    if (status == QLatin1String("waiting"))
        return paintStateIcon(QStringLiteral("run-waiting"), c, StateMark::Pause, true);
    return paintStateIcon(QStringLiteral("run-queued"), c, StateMark::None, true);
}

// -------------------------------------------------------------------------------------------------

RunModel::RunModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void RunModel::setJobs(std::vector<core::WorkflowJob> jobs, const QDateTime &now)
{
    m_now = now;

    // Same run moving on: the old jobs are a prefix of the new ones, by id. Anything else (another
    // run, a re-run whose jobs got new ids) is a new tree.
    bool prefix = jobs.size() >= m_jobs.size() && !m_jobs.empty();
    for (std::size_t i = 0; prefix && i < m_jobs.size(); ++i)
        prefix = m_jobs[i].id == jobs[i].id;
    if (!prefix) {
        beginResetModel();
        m_jobs = std::move(jobs);
        endResetModel();
        return;
    }

    const std::size_t oldCount = m_jobs.size();
    for (std::size_t i = 0; i < oldCount; ++i) {
        core::WorkflowJob &mine = m_jobs[i];
        core::WorkflowJob &fresh = jobs[i];
        const int jobRow = static_cast<int>(i);
        const QModelIndex jobIndex = index(jobRow, 0);

        const bool jobChanged = !sameJobCells(mine, fresh);
        std::vector<core::WorkflowStep> freshSteps = std::move(fresh.steps);
        mine.name = fresh.name;
        mine.status = fresh.status;
        mine.conclusion = fresh.conclusion;
        mine.startedAt = fresh.startedAt;
        mine.completedAt = fresh.completedAt;
        mine.htmlUrl = fresh.htmlUrl;
        if (jobChanged || isRunning(mine.startedAt, mine.completedAt))
            emitRowChanged({}, jobRow);

        bool stepPrefix = freshSteps.size() >= mine.steps.size();
        for (std::size_t s = 0; stepPrefix && s < mine.steps.size(); ++s)
            stepPrefix = mine.steps[s].number == freshSteps[s].number;
        if (!stepPrefix) {
            if (!mine.steps.empty()) {
                beginRemoveRows(jobIndex, 0, static_cast<int>(mine.steps.size()) - 1);
                mine.steps.clear();
                endRemoveRows();
            }
            if (!freshSteps.empty()) {
                beginInsertRows(jobIndex, 0, static_cast<int>(freshSteps.size()) - 1);
                mine.steps = std::move(freshSteps);
                endInsertRows();
            }
            continue;
        }
        const std::size_t oldSteps = mine.steps.size();
        for (std::size_t s = 0; s < oldSteps; ++s) {
            const bool running = isRunning(freshSteps[s].startedAt, freshSteps[s].completedAt);
            if (sameStep(mine.steps[s], freshSteps[s]) && !running)
                continue;
            mine.steps[s] = std::move(freshSteps[s]);
            emitRowChanged(jobIndex, static_cast<int>(s));
        }
        if (freshSteps.size() > oldSteps) {
            beginInsertRows(jobIndex, static_cast<int>(oldSteps), static_cast<int>(freshSteps.size()) - 1);
            for (std::size_t s = oldSteps; s < freshSteps.size(); ++s)
                mine.steps.push_back(std::move(freshSteps[s]));
            endInsertRows();
        }
    }
    if (jobs.size() > oldCount) {
        beginInsertRows({}, static_cast<int>(oldCount), static_cast<int>(jobs.size()) - 1);
        for (std::size_t i = oldCount; i < jobs.size(); ++i)
            m_jobs.push_back(std::move(jobs[i]));
        endInsertRows();
    }
}

void RunModel::setNow(const QDateTime &now)
{
    m_now = now;
    emitRunningDurations();
}

void RunModel::clear()
{
    if (m_jobs.empty())
        return;
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

void RunModel::emitRowChanged(const QModelIndex &parent, int row)
{
    emit dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
}

void RunModel::emitRunningDurations()
{
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        const core::WorkflowJob &job = m_jobs[i];
        const int row = static_cast<int>(i);
        if (isRunning(job.startedAt, job.completedAt)) {
            const QModelIndex cellIndex = index(row, DurationColumn);
            emit dataChanged(cellIndex, cellIndex, {Qt::DisplayRole, DurationSecondsRole});
        }
        const QModelIndex jobIndex = index(row, 0);
        for (std::size_t s = 0; s < job.steps.size(); ++s) {
            if (!isRunning(job.steps[s].startedAt, job.steps[s].completedAt))
                continue;
            const QModelIndex cellIndex = index(static_cast<int>(s), DurationColumn, jobIndex);
            emit dataChanged(cellIndex, cellIndex, {Qt::DisplayRole, DurationSecondsRole});
        }
    }
}

const core::WorkflowJob *RunModel::job(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() != JobMarker)
        return nullptr;
    return &m_jobs[static_cast<std::size_t>(index.row())];
}

const core::WorkflowStep *RunModel::step(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == JobMarker)
        return nullptr;
    const core::WorkflowJob &owner = m_jobs[static_cast<std::size_t>(index.internalId() - 1)];
    return &owner.steps[static_cast<std::size_t>(index.row())];
}

QModelIndex RunModel::indexOfJob(qint64 jobId, int column) const
{
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].id == jobId)
            return index(static_cast<int>(i), column);
    }
    return {};
}

QModelIndex RunModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_jobs.size()))
            return {};
        return createIndex(row, column, JobMarker);
    }
    if (parent.internalId() != JobMarker || parent.row() >= static_cast<int>(m_jobs.size()))
        return {};
    if (row >= static_cast<int>(m_jobs[static_cast<std::size_t>(parent.row())].steps.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex RunModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == JobMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, JobMarker);
}

int RunModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_jobs.size());
    if (parent.column() != 0 || parent.internalId() != JobMarker)
        return 0;
    return static_cast<int>(m_jobs[static_cast<std::size_t>(parent.row())].steps.size());
}

int RunModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant RunModel::cell(const QString &name, const QString &status, const QString &conclusion,
                        const QDateTime &started, const QDateTime &completed, int column, int role) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return name;
        case StatusColumn:
            return RunPresentation::text(status, conclusion);
        case DurationColumn: {
            const std::optional<qint64> seconds = core::durationSeconds(started, completed, now);
            return seconds ? core::formatDuration(*seconds) : QString();
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == NameColumn)
            return RunPresentation::icon(status, conclusion);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && RunPresentation::isFailure(status, conclusion))
            return RunPresentation::colour(status, conclusion);
        return {};
    case Qt::ToolTipRole:
        return RunPresentation::text(status, conclusion);
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return status;
    case ConclusionRole:
        return conclusion;
    case FailedRole:
        return RunPresentation::isFailure(status, conclusion);
    case DurationSecondsRole: {
        const std::optional<qint64> seconds = core::durationSeconds(started, completed, now);
        return seconds ? QVariant::fromValue(*seconds) : QVariant();
    }
    default:
        return {};
    }
}

QVariant RunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == JobMarker) {
        const core::WorkflowJob &job = m_jobs[static_cast<std::size_t>(index.row())];
        switch (role) {
        case KindRole:
            return static_cast<int>(ItemKind::Job);
        case JobIdRole:
            return QVariant::fromValue(job.id);
        case StepNumberRole:
            return 0;
        case HtmlUrlRole:
            return job.htmlUrl;
        default:
            return cell(job.name, job.status, job.conclusion, job.startedAt, job.completedAt, index.column(), role);
        }
    }
    const core::WorkflowJob &job = m_jobs[static_cast<std::size_t>(index.internalId() - 1)];
    const core::WorkflowStep &step = job.steps[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KindRole:
        return static_cast<int>(ItemKind::Step);
    case JobIdRole:
        return QVariant::fromValue(job.id);
    case StepNumberRole:
        return step.number;
    case HtmlUrlRole:
        return {};
    default:
        return cell(step.name, step.status, step.conclusion, step.startedAt, step.completedAt, index.column(), role);
    }
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job / step");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

Qt::ItemFlags RunModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != JobMarker)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace rc::models

#pragma once

#include "stateicon.h"
#include "github/workflowrun.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QPixmap>

#include <vector>

namespace rc::models {

/// The jobs of one workflow run and their steps, as a tree: jobs at the top, each job's steps
/// below it. It shows snapshots; polling is the RunWatcher's job. A new snapshot of the same run
/// changes only the cells that moved (and inserts jobs or steps that appeared), so views keep
/// their selection and expansion while a run advances; a different set of jobs resets.
class RunModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        KindRole = Qt::UserRole, ///< ItemKind as int, in every column
        StatusRole,              ///< GitHub's status string ("in_progress")
        ConclusionRole,          ///< GitHub's conclusion string, empty until completed
        JobIdRole,               ///< the job's id, for a job and for each of its steps
        StepNumberRole,          ///< the step's number; 0 on a job
        FailedRole,              ///< bool: completed with failure, cancelled or timed_out
        DurationSecondsRole,     ///< qint64 seconds, or an invalid QVariant before the start
        HtmlUrlRole,             ///< the job's page on GitHub (jobs only)
    };

    enum class ItemKind
    {
        Job,
        Step
    };

    explicit RunModel(QObject *parent = nullptr);

    /// Shows `jobs`. Durations of running items count up to `now` (invalid: the current time).
    void setJobs(std::vector<core::WorkflowJob> jobs, const QDateTime &now = {});
    /// Moves the clock of running items (the panel ticks it) without a new snapshot.
    void setNow(const QDateTime &now);
    void clear();

    const std::vector<core::WorkflowJob> &jobs() const { return m_jobs; }
    /// Null when `index` is not a job row (a step's job is job(index.parent())).
    const core::WorkflowJob *job(const QModelIndex &index) const;
    /// Null when `index` is not a step row.
    const core::WorkflowStep *step(const QModelIndex &index) const;
    /// The index of the job with `jobId` in `column`; invalid when there is none.
    QModelIndex indexOfJob(qint64 jobId, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant cell(const QString &name, const QString &status, const QString &conclusion, const QDateTime &started,
                  const QDateTime &completed, int column, int role) const;
    void emitRowChanged(const QModelIndex &parent, int row);
    void emitRunningDurations();

    std::vector<core::WorkflowJob> m_jobs;
    QDateTime m_now;
};

/// Words, colours and icons for GitHub's run, job and step states, shared by the model and the
/// runs panel.
class RunPresentation
{
    Q_DECLARE_TR_FUNCTIONS(rc::models::RunPresentation)

public:
    /// "Queued", "In progress", "Waiting", "Succeeded", "Failed", "Cancelled", "Skipped", ...;
    /// an unknown value is shown as GitHub spells it.
    static QString text(const QString &status, const QString &conclusion);
    /// A circle in the state's colour, made to stand out (3:1) from the application palette's base.
    static QPixmap icon(const QString &status, const QString &conclusion);
    /// The state's colour as text on the application palette's base (4.5:1), light or dark.
    static QColor colour(const QString &status, const QString &conclusion);
    /// Completed with failure, cancelled, timed_out or startup_failure.
    static bool isFailure(const QString &status, const QString &conclusion);

    static constexpr int IconSize = StateIconSize;
};

} // namespace rc::models

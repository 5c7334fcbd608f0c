#include "runspanel.h"

#include "appearance.h"
#include "deploycontroller.h"
#include "runmodel.h"
#include "statuspresentation.h"
#include "themecolors.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString runTitle(const core::WorkflowRun &run)
{
    const QString name = run.displayTitle.isEmpty() ? run.name : run.displayTitle;
    return RunsPanel::tr("#%1 %2 \u00b7 %3 \u00b7 %4")
        .arg(QString::number(run.id), name, models::RunPresentation::text(run.status, run.conclusion),
             models::StatusPresentation::shortTime(run.createdAt));
}

// What went wrong, in a red readable on the palette in use.
void styleFailure(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { %1 }")
                             .arg(models::ThemeColors::textStyleSheet(models::Tone::Bad, QGuiApplication::palette())));
}

} // namespace

RunsPanel::RunsPanel(DeployController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new models::RunModel(this))
{
    setObjectName(QStringLiteral("runsPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *runLabel = new QLabel(tr("Run:"), this);
    top->addWidget(runLabel);
    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("recentRuns"));
    runLabel->setBuddy(m_runs);
    m_runs->setAccessibleName(tr("Run"));
    m_runs->setAccessibleDescription(tr("The release's recent workflow runs; choose one to follow it"));
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runs->setMinimumContentsLength(24);
    top->addWidget(m_runs, 1);
    layout->addLayout(top);

    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(models::RunPresentation::IconSize, models::RunPresentation::IconSize);
    statusRow->addWidget(m_statusIcon);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_status, 1);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("runProgress"));
    statusRow->addWidget(m_progressText);
    layout->addLayout(statusRow);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);

    m_whoWhen = new QLabel(this);
    m_whoWhen->setObjectName(QStringLiteral("runWhoWhen"));
    m_whoWhen->setTextFormat(Qt::PlainText);
    m_whoWhen->setWordWrap(true);
    layout->addWidget(m_whoWhen);

    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("runFailure"));
    m_failure->setWordWrap(true);
    m_failure->setTextFormat(Qt::RichText);
    m_failure->setOpenExternalLinks(true);
    layout->addWidget(m_failure);

    m_transient = new QLabel(this);
    m_transient->setWordWrap(true);
    m_transient->setTextFormat(Qt::PlainText);
    layout->addWidget(m_transient);

    m_pendingBox = new QGroupBox(tr("Waiting for a deployment review"), this);
    m_pendingBox->setObjectName(QStringLiteral("pendingDeployments"));
    auto *pendingLayout = new QVBoxLayout(m_pendingBox);
    m_pendingText = new QLabel(m_pendingBox);
    m_pendingText->setWordWrap(true);
    m_pendingText->setTextFormat(Qt::PlainText);
    pendingLayout->addWidget(m_pendingText);
    m_comment = new QLineEdit(m_pendingBox);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("Comment (required to reject)"));
    m_comment->setAccessibleName(tr("Review comment"));
    pendingLayout->addWidget(m_comment);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addStretch();
    m_approve = new QPushButton(tr("&Approve"), m_pendingBox);
    m_approve->setObjectName(QStringLiteral("approveDeployment"));
    m_reject = new QPushButton(tr("Re&ject"), m_pendingBox);
    m_reject->setObjectName(QStringLiteral("rejectDeployment"));
    reviewRow->addWidget(m_approve);
    reviewRow->addWidget(m_reject);
    pendingLayout->addLayout(reviewRow);
    layout->addWidget(m_pendingBox);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("runJobs"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(models::RunModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(models::RunModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(models::RunModel::DurationColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Jobs of the run"));
    m_tree->setAccessibleDescription(tr("Each job of the run with its steps, their state and how long they took"));
    layout->addWidget(m_tree, 2);

    m_logBox = new QGroupBox(tr("Log of failed jobs"), this);
    m_logBox->setObjectName(QStringLiteral("failedLog"));
    auto *logLayout = new QVBoxLayout(m_logBox);
    m_log = new QPlainTextEdit(m_logBox);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Log of failed jobs"));
    m_log->setAccessibleDescription(tr("The last lines of each failed job's log"));
    logLayout->addWidget(m_log);
    layout->addWidget(m_logBox, 1);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_rerun = new QPushButton(tr("&Re-run Failed Jobs"), this);
    m_rerun->setObjectName(QStringLiteral("rerunFailed"));
    m_open = new QPushButton(tr("Open in &Browser"), this);
    m_open->setObjectName(QStringLiteral("openRun"));
    m_retry = new QPushButton(tr("&Dispatch Again"), this);
    m_retry->setObjectName(QStringLiteral("retryDispatch"));
    m_retry->setToolTip(tr("The last dispatch's answer was lost and no run of it was found: send it once more. "
                           "GitHub is checked for a run of the release in flight first."));
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    connect(m_runs, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_fillingRuns || index < 0)
            return;
        const qint64 runId = m_runs->itemData(index).toLongLong();
        if (runId > 0 && runId != m_controller->watchedRunId())
            m_controller->watchRun(runId);
    });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { m_controller->reviewPendingDeployments(true, m_comment->text()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { m_controller->reviewPendingDeployments(false, m_comment->text()); });
    connect(m_comment, &QLineEdit::textChanged, this, &RunsPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, m_controller, &DeployController::cancelRun);
    connect(m_rerun, &QPushButton::clicked, m_controller, &DeployController::rerunFailedJobs);
    connect(m_open, &QPushButton::clicked, m_controller, &DeployController::openRunInBrowser);
    connect(m_retry, &QPushButton::clicked, m_controller, &DeployController::retryDispatch);

    connect(m_controller, &DeployController::recentRunsChanged, this, &RunsPanel::updateRuns);
    connect(m_controller, &DeployController::snapshotChanged, this, &RunsPanel::updateSnapshot);
    connect(m_controller, &DeployController::stateChanged, this, &RunsPanel::updateButtons);
    connect(m_controller, &DeployController::lifecycleRecorded, this, &RunsPanel::updateSnapshot);

    // Durations of running jobs count up between snapshots; nothing else moves on this clock.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &RunsPanel::tick);

    styleFailure(m_failure);
    // The state icons and the failure's colour are chosen for the palette: choose them again.
    Appearance::onPaletteChange(this, [this] {
        styleFailure(m_failure);
        updateRuns();
        updateSnapshot();
    });
    updateRuns();
    updateSnapshot();
}

RunsPanel::~RunsPanel() = default;

void RunsPanel::updateRuns()
{
    m_fillingRuns = true;
    m_runs->clear();
    const qint64 watched = m_controller->watchedRunId();
    int current = -1;
    for (const core::WorkflowRun &run : m_controller->recentRuns()) {
        m_runs->addItem(QIcon(models::RunPresentation::icon(run.status, run.conclusion)), runTitle(run),
                        QVariant::fromValue(run.id));
        if (run.id == watched)
            current = m_runs->count() - 1;
    }
    // The watched run may not be in the list yet (just dispatched) or any more (older than the page).
    const core::RunSnapshot &snap = m_controller->snapshot();
    if (current < 0 && snap.valid && snap.run.id == watched && watched > 0) {
        m_runs->insertItem(0, QIcon(models::RunPresentation::icon(snap.run.status, snap.run.conclusion)),
                           runTitle(snap.run), QVariant::fromValue(snap.run.id));
        current = 0;
    }
    if (m_runs->count() == 0)
        m_runs->addItem(tr("No runs of this release yet"));
    m_runs->setEnabled(m_controller->recentRuns().size() > 0);
    m_runs->setCurrentIndex(current < 0 ? 0 : current);
    m_fillingRuns = false;
}

void RunsPanel::updateSnapshot()
{
    const core::RunSnapshot &snap = m_controller->snapshot();
    const qint64 watched = m_controller->watchedRunId();
    const bool shown = snap.valid && watched > 0 && snap.run.id == watched;

    if (!shown) {
        m_model->clear();
        m_statusIcon->clear();
        m_status->setText(watched > 0 ? tr("Reading run %1\u2026").arg(watched) : tr("No run selected"));
        m_progressText->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_whoWhen->clear();
        m_pendingBox->setVisible(false);
        m_logBox->setVisible(false);
        m_log->clear();
    } else {
        const core::WorkflowRun &run = snap.run;
        m_model->setJobs(snap.jobs, QDateTime::currentDateTimeUtc());
        if (run.id != m_shownRun)
            m_tree->expandAll();
        else
            for (int row = 0; row < m_model->rowCount(); ++row) {
                // Jobs that start running open up so their steps show; the user's collapsing of
                // finished jobs is kept.
                const QModelIndex job = m_model->index(row, 0);
                if (job.data(models::RunModel::StatusRole).toString() == QLatin1String("in_progress")
                    || job.data(models::RunModel::FailedRole).toBool())
                    m_tree->expand(job);
            }
        m_statusIcon->setPixmap(models::RunPresentation::icon(run.status, run.conclusion));
        const QString name = run.displayTitle.isEmpty() ? run.name : run.displayTitle;
        m_status->setText(tr("%1 \u2014 %2").arg(models::RunPresentation::text(run.status, run.conclusion), name));
        m_progressText->setText(tr("%1 of %2 jobs").arg(snap.summary.jobsCompleted).arg(snap.summary.jobsTotal));
        m_progress->setRange(0, std::max(1, snap.summary.jobsTotal));
        m_progress->setValue(snap.summary.jobsCompleted);

        QStringList who;
        if (!run.actor.isEmpty())
            who << tr("started by @%1").arg(run.actor);
        if (run.runStartedAt.isValid() || run.createdAt.isValid())
            who << tr("at %1").arg(models::StatusPresentation::shortTime(run.runStartedAt.isValid() ? run.runStartedAt
                                                                                                  : run.createdAt));
        if (!run.event.isEmpty())
            who << tr("via %1").arg(run.event);
        if (!run.headBranch.isEmpty())
            who << tr("on %1").arg(run.headBranch);
        if (run.runAttempt > 1)
            who << tr("attempt %1").arg(run.runAttempt);
        m_whoWhen->setText(tr("Run %1 %2").arg(QString::number(run.id), who.join(QLatin1Char(' '))));

        // Pending reviews.
        QStringList pendingLines;
        for (const core::PendingDeployment &pending : snap.pending) {
            QStringList reviewers;
            for (const core::PendingDeployment::Reviewer &reviewer : pending.reviewers)
                reviewers << (reviewer.type == QLatin1String("Team") ? reviewer.name : QLatin1Char('@') + reviewer.name);
            QString line = tr("%1: reviewers %2").arg(pending.environmentName,
                                                      reviewers.isEmpty() ? tr("(none listed)") : reviewers.join(QStringLiteral(", ")));
            line += pending.currentUserCanApprove ? tr(" \u2014 you may review") : tr(" \u2014 you may not review");
            pendingLines << line;
        }
        m_pendingText->setText(pendingLines.join(QLatin1Char('\n')));
        m_pendingBox->setVisible(!snap.pending.empty() && !snap.isCompleted());

        // Log tails of failed jobs.
        QStringList log;
        for (const core::JobLogTail &tail : snap.logTails) {
            log << tr("\u2014 %1 \u2014").arg(tail.jobName);
            if (!tail.error.isEmpty())
                log << tr("(the log could not be read: %1)").arg(tail.error);
            log << tail.lines;
        }
        m_log->setPlainText(log.join(QLatin1Char('\n')));
        m_log->moveCursor(QTextCursor::End);
        m_logBox->setVisible(!snap.logTails.empty());
    }
    m_shownRun = shown ? snap.run.id : 0;

    m_transient->setText(shown && !snap.transientError.isEmpty()
                             ? tr("GitHub did not answer the last poll: %1 (trying again)").arg(snap.transientError)
                             : QString());
    m_transient->setVisible(!m_transient->text().isEmpty());

    const QString failure = m_controller->lastFailure();
    m_failure->setText(failure.isEmpty() ? QString() : failure.toHtmlEscaped().replace(
                           QRegularExpression(QStringLiteral("(https?://\\S+)")), QStringLiteral("<a href=\"\\1\">\\1</a>")));
    m_failure->setVisible(!failure.isEmpty());

    if (shown && !snap.isCompleted())
        m_clock.start();
    else
        m_clock.stop();

    // Keep the list's current entry and status icons in step with the watched run.
    if (shown) {
        const int index = m_runs->findData(QVariant::fromValue(snap.run.id));
        if (index < 0 || m_runs->itemText(index) != runTitle(snap.run))
            updateRuns();
    }
    updateButtons();
}

void RunsPanel::updateButtons()
{
    const core::RunSnapshot &snap = m_controller->snapshot();
    const bool shown = snap.valid && snap.run.id == m_controller->watchedRunId() && snap.run.id > 0;
    const bool busy = m_controller->isControlBusy();
    const bool running = shown && !snap.isCompleted();
    bool mayReview = false;
    for (const core::PendingDeployment &pending : snap.pending)
        mayReview = mayReview || pending.currentUserCanApprove;
    mayReview = mayReview && running && shown;

    m_cancel->setEnabled(running && !busy);
    m_rerun->setEnabled(shown && snap.isCompleted() && !busy
                        && models::RunPresentation::isFailure(snap.run.status, snap.run.conclusion));
    m_open->setEnabled(shown && !snap.run.htmlUrl.isEmpty());
    m_retry->setVisible(m_controller->canRetryDispatch());
    m_approve->setEnabled(mayReview && !busy);
    m_reject->setEnabled(mayReview && !busy && !m_comment->text().trimmed().isEmpty());
    m_approve->setToolTip(mayReview ? QString() : tr("You are not a reviewer of the waiting environments."));
    m_reject->setToolTip(mayReview ? tr("Rejecting needs a comment.") : m_approve->toolTip());
}

void RunsPanel::tick()
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
}

} // namespace rc::ui

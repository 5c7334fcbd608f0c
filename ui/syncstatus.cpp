#include "syncstatus.h"

#include "syncconflictdialog.h"

#include "git/repository.h"

#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {

using Resolution = core::ManifestSync::Resolution;

SyncStatus::SyncStatus(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncLabel"));

    m_fetchAction = new QAction(QIcon(QStringLiteral(":/icons/reload.svg")), tr("&Fetch"), this);
    m_fetchAction->setObjectName(QStringLiteral("fetchAction"));
    m_fetchAction->setStatusTip(tr("Fetch the upstream and show how far this clone is ahead or behind"));
    connect(m_fetchAction, &QAction::triggered, this, &SyncStatus::fetch);
    m_pushAction = new QAction(tr("&Push Sign-offs"), this);
    m_pushAction->setObjectName(QStringLiteral("pushAction"));
    m_pushAction->setStatusTip(
        tr("Push committed sign-offs; when the upstream moved, re-apply them on top of it and push again"));
    connect(m_pushAction, &QAction::triggered, this, [this] { push(); });

    m_fetchButton = new QToolButton(this);
    m_fetchButton->setDefaultAction(m_fetchAction);
    m_fetchButton->setAutoRaise(true);
    m_fetchButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pushButton = new QToolButton(this);
    m_pushButton->setDefaultAction(m_pushAction);
    m_pushButton->setAutoRaise(true);
    m_pushButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pushButton->setText(tr("Push"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_fetchButton);
    layout->addWidget(m_pushButton);

    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &SyncStatus::onFinished);
    updateView();
}

SyncStatus::~SyncStatus()
{
    // The job holds only copies and its own Repository, but it must not outlive the watcher.
    m_cancel->store(true);
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void SyncStatus::setClonePath(const QString &path)
{
    if (path != m_path) {
        m_path = path;
        m_state.reset();
        m_error.clear();
    }
    refresh();
    updateView();
}

void SyncStatus::refresh()
{
    if (m_path.isEmpty())
        return;
    if (isBusy()) {
        m_countQueued = true;
        return;
    }
    start(Job::Count);
}

void SyncStatus::fetch()
{
    if (m_path.isEmpty() || isBusy())
        return;
    start(Job::Fetch);
}

void SyncStatus::push(Resolution resolution)
{
    if (m_path.isEmpty() || isBusy())
        return;
    start(Job::Push, resolution);
}

void SyncStatus::start(Job job, Resolution resolution)
{
    m_running = job;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(&SyncStatus::run, job, m_path, resolution, m_cancel));
    updateView();
}

SyncStatus::Result SyncStatus::run(Job job, const QString &path, Resolution resolution,
                                   std::shared_ptr<std::atomic_bool> cancel)
{
    Result result;
    result.job = job;
    result.path = path;
    core::Expected<core::Repository> repo = core::Repository::discover(path);
    if (!repo) {
        result.error = repo.error().toString();
        return result;
    }
    core::RemoteOptions options;
    options.cancel = cancel.get();
    switch (job) {
    case Job::Count:
    case Job::Fetch: {
        const core::Expected<core::AheadBehind> state =
            job == Job::Count ? core::remote::aheadBehind(*repo) : core::remote::fetch(*repo, options);
        if (state)
            result.state = *state;
        else
            result.error = state.error().toString();
        break;
    }
    case Job::Push: {
        core::ManifestSync sync(*repo, options);
        const core::Expected<core::SyncOutcome> outcome = sync.push(resolution);
        if (outcome) {
            result.outcome = *outcome;
            result.state = outcome->after;
        } else {
            result.error = outcome.error().toString();
            // Still show where things stand after a failed push.
            if (const auto state = core::remote::aheadBehind(*repo))
                result.state = *state;
        }
        break;
    }
    }
    return result;
}

void SyncStatus::onFinished()
{
    const Result result = m_watcher.result();
    m_busy = false;
    if (result.path == m_path) {
        m_error = result.error;
        if (result.state)
            m_state = result.state;
        else if (!m_error.isEmpty() && result.job == Job::Count)
            m_state.reset();
        if (!m_error.isEmpty() && result.job == Job::Fetch) {
            emit message(tr("Fetch failed: %1").arg(m_error));
        } else if (!m_error.isEmpty() && result.job == Job::Push) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Push Failed"),
                                        tr("The sign-offs were not pushed."), QMessageBox::Ok, window());
            box->setObjectName(QStringLiteral("pushFailedBox"));
            box->setInformativeText(m_error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (result.job == Job::Fetch && m_state) {
            emit message(m_state->summary());
        }
        if (result.outcome) {
            const core::SyncOutcome &outcome = *result.outcome;
            const core::Upstream &up = outcome.after.upstream;
            switch (outcome.kind) {
            case core::SyncOutcome::Kind::Conflicts:
                showConflicts(outcome);
                break;
            case core::SyncOutcome::Kind::Pushed:
                // Spelled out rather than %n, which reads "commit(s)" without a loaded translation.
                if (outcome.reapplied == 1)
                    emit message(tr("%1 had moved: re-applied 1 commit on top and pushed").arg(up.name()));
                else if (outcome.reapplied > 1)
                    emit message(tr("%1 had moved: re-applied %2 commits on top and pushed").arg(up.name()).arg(outcome.reapplied));
                else
                    emit message(tr("Pushed %1 to %2").arg(up.branch, up.name()));
                break;
            case core::SyncOutcome::Kind::UpToDate:
                emit message(tr("Nothing to push: %1").arg(outcome.after.summary()));
                break;
            }
            if (outcome.kind != core::SyncOutcome::Kind::Conflicts && (outcome.reapplied > 0 || !outcome.notes.isEmpty()))
                emit workTreeChanged();
        }
    }
    updateView();
    emit finished();
    if (std::exchange(m_countQueued, false))
        refresh();
}

void SyncStatus::showConflicts(const core::SyncOutcome &outcome)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new SyncConflictDialog(outcome.conflicts, outcome.after.upstream.name(), window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, dialog = m_dialog] {
        if (dialog && dialog->resolution() != Resolution::Stop)
            push(dialog->resolution());
    });
    m_dialog->open();
}

SyncConflictDialog *SyncStatus::conflictDialog() const
{
    return m_dialog;
}

QString SyncStatus::text() const
{
    if (isBusy() && m_running != Job::Count)
        return m_running == Job::Fetch ? tr("Fetching\u2026") : tr("Pushing\u2026");
    if (!m_state)
        return m_error.isEmpty() ? QString() : tr("Not shared");
    const core::AheadBehind &s = *m_state;
    if (!s.upstreamExists)
        return tr("%1 \u2191%2 (not on %3)").arg(s.upstream.branch).arg(s.ahead).arg(s.upstream.remote);
    return tr("%1 \u2191%2 \u2193%3").arg(s.upstream.branch).arg(s.ahead).arg(s.behind);
}

void SyncStatus::updateView()
{
    // Children rather than the widget itself: hiding and showing a parentless widget would open a window.
    for (QWidget *part : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_fetchButton),
                          static_cast<QWidget *>(m_pushButton)})
        part->setVisible(!m_path.isEmpty());
    const bool idle = !isBusy();
    m_fetchAction->setEnabled(idle && !m_path.isEmpty());
    m_pushAction->setEnabled(idle && !m_path.isEmpty());
    QString label = text();
    if (!m_error.isEmpty() && idle)
        label = label.isEmpty() ? tr("\u26a0 Not shared") : label + QStringLiteral(" \u26a0");
    m_label->setText(label);
    QString tip = m_state ? m_state->summary() : QString();
    if (!m_error.isEmpty())
        tip = tip.isEmpty() ? m_error : tip + QLatin1Char('\n') + m_error;
    m_label->setToolTip(tip);
}

} // namespace rc::ui

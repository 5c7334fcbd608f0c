#include "signoffcontroller.h"

#include "githubsession.h"
#include "releasedocument.h"

#include "git/repository.h"
#include "rules/repositoryrules.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QWidget>

#include <optional>

namespace rc::ui {

SignoffController::SignoffController(GitHubSession *session, models::ReleaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_document(document)
{
    if (m_session)
        connect(m_session, &GitHubSession::changed, this, &SignoffController::updateActions);
    if (m_document) {
        connect(m_document, &models::ReleaseDocument::changed, this, &SignoffController::updateActions);
        connect(m_document, &models::ReleaseDocument::closed, this, &SignoffController::updateActions);
    }
}

SignoffController::~SignoffController() = default;

void SignoffController::attachActions(QAction *request, QAction *check)
{
    m_requestAction = request;
    m_checkAction = check;
    if (request)
        connect(request, &QAction::triggered, this, &SignoffController::requestSignoffs);
    if (check)
        connect(check, &QAction::triggered, this, &SignoffController::checkSignoffs);
    updateActions();
}

void SignoffController::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
}

QString SignoffController::blocker() const
{
    if (!m_document || !m_document->isOpen() || !m_document->manifest())
        return tr("Open a release first.");
    if (!m_document->hasRepository())
        return tr("The release is not in a git clone, so its GitHub repository is unknown.");
    if (!m_session || !m_session->isReady())
        return m_session ? m_session->message() : tr("GitHub is not set up.");
    if (isBusy())
        return tr("A sign-off request or check is running.");
    return {};
}

void SignoffController::updateActions()
{
    const QString why = blocker();
    const QString simulated = m_session && m_session->isSimulated() ? tr(" (simulated GitHub)") : QString();
    if (m_requestAction) {
        m_requestAction->setEnabled(why.isEmpty());
        m_requestAction->setToolTip(why.isEmpty()
                                        ? tr("Open one issue per component that still needs a sign-off, in %1%2")
                                              .arg(m_session->settings().repository.fullName(), simulated)
                                        : why);
    }
    if (m_checkAction) {
        m_checkAction->setEnabled(why.isEmpty() && !m_document->isDirty());
        m_checkAction->setToolTip(!why.isEmpty() ? why
                                  : m_document->isDirty()
                                      ? tr("Save the release first: checking writes the answers into the file.")
                                      : tr("Read the answers on the sign-off issues in %1%2 and record each "
                                           "/approve or /reject from someone allowed")
                                            .arg(m_session->settings().repository.fullName(), simulated));
    }
}

void SignoffController::requestSignoffs()
{
    if (const QString why = blocker(); !why.isEmpty()) {
        emit statusMessage(why);
        return;
    }
    auto repo = core::Repository::discover(m_document->path());
    if (!repo) {
        done(tr("Request Sign-offs"), repo.error().toString(), false);
        return;
    }
    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*repo);
    if (!rules) {
        done(tr("Request Sign-offs"), rules.error().toString(), false);
        return;
    }
    m_sync = std::make_unique<core::SignoffSync>(m_session->client(), m_session->settings().repository);
    updateActions();
    emit statusMessage(tr("Requesting sign-offs for %1\u2026").arg(m_document->releaseId()));
    m_sync->request(*m_document->manifest(), *rules, [this, requested = *m_document->manifest()](const core::SignoffRequestReport &report) {
        finishSync();
        emit signoffsRequested(requested, report);
        done(tr("Request Sign-offs"), requestSummary(report), report.ok());
    });
}

void SignoffController::checkSignoffs()
{
    if (const QString why = blocker(); !why.isEmpty()) {
        emit statusMessage(why);
        return;
    }
    if (m_document->isDirty()) {
        emit statusMessage(tr("Save the release first: checking writes the answers into the file."));
        return;
    }
    auto repo = core::Repository::discover(m_document->path());
    if (!repo) {
        done(tr("Check Sign-offs"), repo.error().toString(), false);
        return;
    }
    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*repo);
    if (!rules) {
        done(tr("Check Sign-offs"), rules.error().toString(), false);
        return;
    }
    core::SignoffSync::CheckOptions options;
    options.workdir = repo->workdir();
    options.manifestPath = m_document->path();
    options.relativePath = QDir(options.workdir).relativeFilePath(options.manifestPath);
    options.commit = m_document->autoCommit();
    m_sync = std::make_unique<core::SignoffSync>(m_session->client(), m_session->settings().repository);
    updateActions();
    emit statusMessage(tr("Checking sign-offs for %1\u2026").arg(m_document->releaseId()));
    m_sync->check(*rules, options, [this, path = options.manifestPath](const core::SignoffCheckReport &report) {
        finishSync();
        // Whatever was written is on disk now: show it.
        const bool same = m_document && m_document->isOpen() && m_document->path() == path;
        std::optional<core::Manifest> before;
        if (same && m_document->manifest())
            before = *m_document->manifest();
        if (same)
            m_document->reload();
        if (before && m_document->manifest())
            emit signoffsChecked(*before, *m_document->manifest(), report);
        bool ok = report.ok();
        for (const core::SignoffCheckItem &item : report.items)
            ok = ok && item.applied != core::SignoffCheckItem::Applied::Failed && item.error.isEmpty();
        done(tr("Check Sign-offs"), checkSummary(report), ok);
    });
}

void SignoffController::finishSync()
{
    // Called from the sync object's own callback: it goes once that call has returned.
    if (m_sync)
        m_sync.release()->deleteLater();
    updateActions();
}

void SignoffController::done(const QString &title, const QString &summary, bool ok)
{
    m_lastSummary = summary;
    const QString firstLine = summary.section(QLatin1Char('\n'), 0, 0);
    emit statusMessage(firstLine);
    if (m_showDialogs) {
        auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, firstLine,
                                    QMessageBox::Close, m_dialogParent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(summary.section(QLatin1Char('\n'), 1));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->open();
    }
    emit finished(ok);
}

QString SignoffController::requestSummary(const core::SignoffRequestReport &report)
{
    if (!report.error.message.isEmpty() && report.items.empty())
        return tr("The sign-off issues of %1 could not be listed: %2").arg(report.releaseId, report.error.message);
    QStringList lines;
    int created = 0;
    for (const core::SignoffRequestItem &item : report.items) {
        QString line;
        switch (item.outcome) {
        case core::SignoffRequestItem::Outcome::Created:
            ++created;
            line = tr("%1: opened issue #%2 %3").arg(item.component).arg(item.issueNumber).arg(item.issueUrl);
            break;
        case core::SignoffRequestItem::Outcome::AlreadyOpen:
            line = tr("%1: issue #%2 is already open").arg(item.component).arg(item.issueNumber);
            break;
        case core::SignoffRequestItem::Outcome::NotNeeded:
            line = tr("%1: no sign-off needed (%2)").arg(item.component, item.signOff);
            break;
        case core::SignoffRequestItem::Outcome::Failed:
            line = tr("%1: failed").arg(item.component);
            break;
        }
        if (!item.message.isEmpty())
            line += QStringLiteral(" \u2014 ") + item.message;
        lines << line;
    }
    lines.prepend(tr("%n sign-off issue(s) opened for %1", nullptr, created).arg(report.releaseId));
    return lines.join(QLatin1Char('\n'));
}

QString SignoffController::checkSummary(const core::SignoffCheckReport &report)
{
    if (!report.error.message.isEmpty() && report.items.empty())
        return tr("The sign-off issues of %1 could not be read: %2").arg(report.releaseId, report.error.message);
    QStringList lines;
    int recorded = 0;
    for (const core::SignoffCheckItem &item : report.items) {
        QString line;
        const core::SignoffDecision &d = item.decision;
        if (item.issueNumber == 0)
            line = tr("%1: no open sign-off issue").arg(item.component);
        else if (d.state == core::SignoffState::Approved)
            line = tr("%1: approved by @%2 at %3").arg(item.component, d.login, d.at.toString(Qt::ISODate));
        else if (d.state == core::SignoffState::Rejected)
            line = tr("%1: rejected by @%2: %3").arg(item.component, d.login, d.reason);
        else
            line = tr("%1: still pending (#%2)").arg(item.component).arg(item.issueNumber);
        if (item.applied == core::SignoffCheckItem::Applied::Saved) {
            ++recorded;
            line += tr(" \u2014 recorded");
        } else if (item.applied == core::SignoffCheckItem::Applied::KeptNewer) {
            line += tr(" \u2014 the manifest holds a newer decision; kept");
        }
        if (item.closed)
            line += tr(", issue closed");
        for (const core::IgnoredCommand &ignored : d.ignored)
            line += QLatin1Char('\n') + tr("    ignored \"%1\" by @%2: %3").arg(ignored.line, ignored.login, ignored.why);
        if (!item.error.isEmpty())
            line += QLatin1Char('\n') + tr("    failed: %1").arg(item.error);
        lines << line;
    }
    if (!report.writeError.isEmpty())
        lines << tr("Nothing was written: %1").arg(report.writeError);
    lines.prepend(tr("%n sign-off decision(s) recorded for %1", nullptr, recorded).arg(report.releaseId));
    return lines.join(QLatin1Char('\n'));
}

} // namespace rc::ui

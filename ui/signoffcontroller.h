#pragma once

#include "github/signoffsync.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QWidget;

namespace rc::models {
class ReleaseDocument;
}

namespace rc::ui {

class GitHubSession;

/// Release → Request Sign-offs and Check Sign-offs: opens one GitHub issue per component that
/// still needs a sign-off, and reads the answers back into the manifest as committed sign-off
/// edits (core::SignoffSync does the work; this class keeps the actions' state, runs one
/// operation at a time and shows what happened).
class SignoffController : public QObject
{
    Q_OBJECT

public:
    SignoffController(GitHubSession *session, models::ReleaseDocument *document, QObject *parent = nullptr);
    ~SignoffController() override;

    /// The actions follow the session, the open release and whether an operation runs; their
    /// tooltips say why they are disabled.
    void attachActions(QAction *request, QAction *check);
    void setDialogParent(QWidget *parent);
    /// Summaries go to a dialog unless this is off (tests read lastSummary()).
    void setShowsDialogs(bool on) { m_showDialogs = on; }

    bool isBusy() const { return m_sync != nullptr; }
    /// Why the actions cannot run now; empty when they can.
    QString blocker() const;

    void requestSignoffs();
    void checkSignoffs();

    /// The last operation's summary as plain text, one line per component.
    QString lastSummary() const { return m_lastSummary; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A request ended (before finished()): `manifest` is the release it was made for, `report`
    /// says which issues it opened.
    void signoffsRequested(const core::Manifest &manifest, const core::SignoffRequestReport &report);
    /// A check ended and the open document was read again (before finished()): `before` is the
    /// release as the window showed it until then, `after` as the check left it.
    void signoffsChecked(const core::Manifest &before, const core::Manifest &after, const core::SignoffCheckReport &report);
    /// A request or check ended; `ok` is false when it failed as a whole or for a component.
    void finished(bool ok);

private:
    void updateActions();
    void finishSync();
    void done(const QString &title, const QString &summary, bool ok);
    static QString requestSummary(const core::SignoffRequestReport &report);
    static QString checkSummary(const core::SignoffCheckReport &report);

    QPointer<GitHubSession> m_session;
    QPointer<models::ReleaseDocument> m_document;
    QPointer<QAction> m_requestAction;
    QPointer<QAction> m_checkAction;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<core::SignoffSync> m_sync; ///< set while an operation runs
    QString m_lastSummary;
    bool m_showDialogs = true;
};

} // namespace rc::ui

#pragma once

#include "notify/notification.h"
#include "notify/slackwebhooks.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rc::core {
class SlackNotifier;
}
namespace rc::models {
class ReleaseDocument;
}

namespace rc::ui {

class DeployController;
class SignoffController;

/// The window's Slack notifications for the open clone: the notifier with its outbox, the
/// webhook URLs read from the OS keychain (the environment's RC_SLACK_WEBHOOK_URL* for channels
/// the keychain has none for), and the channels that have one. Sending runs in the background
/// and never holds up the action that notified.
class SlackSession : public QObject
{
    Q_OBJECT

public:
    /// `store`: where webhook URLs live; null for the OS keychain. Not owned when given.
    explicit SlackSession(core::SlackWebhookStore *store = nullptr, QObject *parent = nullptr);
    ~SlackSession() override;

    /// The clone whose outbox is used; empty closes it. Messages left from before are sent.
    void setClonePath(const QString &clonePath);
    QString clonePath() const { return m_clonePath; }
    /// The templates from the clone's rules (default: the seed's).
    void setTemplates(std::vector<core::NotificationTemplate> templates);
    /// The environment consulted for channels without a keychain entry (tests pass their own).
    void setEnvironment(const QProcessEnvironment &environment);

    /// Null while no clone is open.
    core::SlackNotifier *notifier() const { return m_notifier.get(); }
    /// Queues the event's messages; does nothing without a clone or a webhook.
    void notify(const core::Notification &notification);
    /// notify() for something this window did to `manifest`, with "user" (who did it) filled in
    /// when `extra` has none, as releasectl fills it: the handle the window signs as, else the
    /// clone's git config (releaseconsole.user, github.user, user.name).
    void announce(core::NotificationEvent event, const core::Manifest &manifest, QHash<QString, QString> extra = {});
    /// Who announce() names: "@carol", or empty while nobody is known.
    QString userHandle() const;

    /// Announces what the window does to the open release, as releasectl announces the same
    /// actions: sign-offs edited and committed in `document` (signoff_received,
    /// all_signoffs_received); the deploy and rollback that `deploy` dispatches and records
    /// (deployment_started, deployment_completed, rollback_initiated with the run and the
    /// reason; dry runs announce nothing); and, with `signoffs`, the sign-off issues a request
    /// opened (signoff_pending, one per new issue) and the decisions a check recorded. Changes
    /// read from disk (made elsewhere, which announced them there) are not announced again.
    void attach(models::ReleaseDocument *document, DeployController *deploy, SignoffController *signoffs = nullptr);

    /// Channels with a webhook in the keychain ("" is the default), as remembered in the settings.
    QStringList storedChannels() const;
    /// The webhooks in use, keychain and environment together.
    const core::SlackWebhooks &webhooks() const { return m_webhooks; }
    /// True when the keychain holds a webhook for `channel` ("" is the default).
    bool isInKeychain(const QString &channel) const { return m_keychain.contains(core::slackChannelKey(channel)); }
    /// Where a channel's webhook comes from, for the settings: "keychain", "RC_SLACK_WEBHOOK_URL_X", "".
    QString sourceOf(const QString &channel) const;
    /// Why the keychain could not be used, and what to do; empty when it answered.
    QString keychainProblem() const { return m_keychainProblem; }
    /// True while the keychain is being read.
    bool isLoading() const { return m_pendingReads > 0; }

    using Done = std::function<void(bool ok, const QString &message)>;
    /// Checks and stores a channel's webhook URL in the keychain. `done` never sees the URL.
    void storeWebhook(const QString &channel, const QString &url, Done done);
    void forgetWebhook(const QString &channel, Done done);

signals:
    /// Webhooks, the clone or the outbox changed.
    void changed();

private:
    void reload();
    void loadTemplates();
    QString runUrlFor(const DeployController *deploy, const QString &releaseId) const;
    void rebuildWebhooks();
    void rememberChannel(const QString &channel, bool stored);

    core::SlackWebhookStore *m_store;
    std::unique_ptr<core::SlackWebhookStore> m_ownStore;
    std::unique_ptr<core::SlackNotifier> m_notifier;
    std::vector<core::NotificationTemplate> m_templates;
    QProcessEnvironment m_environment;
    QString m_clonePath;
    QHash<QString, QUrl> m_keychain; ///< by channel key
    core::SlackWebhooks m_webhooks;
    QString m_keychainProblem;
    int m_pendingReads = 0;
    int m_generation = 0;
    int m_templateGeneration = 0;
    std::optional<core::Manifest> m_baseline; ///< the open release as last seen, for sign-off changes
    QString m_baselinePath;
    QPointer<models::ReleaseDocument> m_document; ///< its user() is who the window acts as
    QString m_cloneUser; ///< the clone's git config handle, read with the templates
    QString m_deployRelease; ///< the release of the last real deploy dispatched, and its run
    QString m_deployRunUrl;
};

} // namespace rc::ui

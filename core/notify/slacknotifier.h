#pragma once

#include "expected.h"
#include "notify/notification.h"
#include "notify/slackoutbox.h"
#include "notify/slackwebhooks.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QLockFile;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rc::core {

/// How the notifier waits between attempts.
struct SlackRetryPolicy
{
    std::chrono::milliseconds firstBackoff{2000}; ///< after the first 5xx or network error; doubles each time
    std::chrono::milliseconds maxBackoff{std::chrono::minutes(10)};
    std::chrono::milliseconds timeout{std::chrono::seconds(15)}; ///< for one request
    std::chrono::milliseconds defaultRetryAfter{std::chrono::seconds(30)}; ///< a 429 without Retry-After
};

/// Posts notifications to Slack incoming webhooks without ever holding up a release action.
///
/// notify() renders an event through the templates and writes each message to the outbox on
/// disk before anything goes over the network, then returns; sending happens in the background,
/// one message at a time, oldest first. A message leaves the outbox only after Slack answers
/// 2xx ("ok"):
///  - 429: waits for Retry-After (per webhook), then tries again;
///  - 5xx, a refused connection, an unknown host: exponential back-off, tried again forever;
///  - another 4xx (invalid_payload, channel_not_found, no_service, invalid_token, ...): kept as
///    failed with Slack's error string, never retried on its own;
///  - no answer after the request went out (a timeout or a dropped connection): kept as
///    unconfirmed, never re-sent on its own, since Slack may have posted it and a webhook has no
///    way to tell; resend() sends it again when a person decides to.
/// Webhook URLs never appear in the outbox, in messages or in the log: only their host.
///
/// Use from any code that performs a release action:
/// \code
///   notifier.notify(makeNotification(NotificationEvent::BreakGlass, manifest,
///                                    {{"user", user}, {"reason", reason}}, now));
/// \endcode
class SlackNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SlackNotifier(const QString &outboxDirectory, QObject *parent = nullptr);
    ~SlackNotifier() override;

    void setTemplates(std::vector<NotificationTemplate> templates);
    const std::vector<NotificationTemplate> &templates() const { return m_templates; }
    /// New webhooks also wake messages that were waiting for one.
    void setWebhooks(const SlackWebhooks &webhooks);
    const SlackWebhooks &webhooks() const { return m_webhooks; }
    /// False when no webhook is configured: notify() then queues nothing, since nobody asked for
    /// Slack.
    bool isEnabled() const { return !m_webhooks.isEmpty(); }
    /// "Now", for tests: back-off and Retry-After are computed against it.
    void setClock(std::function<QDateTime()> clock);
    void setRetryPolicy(const SlackRetryPolicy &policy) { m_policy = policy; }
    /// Off by default in tests; when on, the notifier wakes itself when the next message falls due.
    void setAutoSend(bool on);

    SlackOutbox &outbox() { return m_outbox; }

    /// Renders `notification` and writes its messages to the outbox, then starts sending when
    /// auto-send is on. Returns how many messages were queued (0 when disabled). Fails only when
    /// the outbox cannot be written.
    Expected<int> notify(const Notification &notification);
    /// Queues one rendered message (a test message from the settings).
    Expected<OutboxEntry> enqueue(const SlackMessage &message);

    /// Sends every pending message that is due now, one after the other. Asynchronous.
    void sendDue();
    /// Sends what is due and waits (running the event loop) until nothing due is left or
    /// `budget` has passed. For releasectl, which must not outlive its command by more than a
    /// few seconds. True when nothing pending is left.
    bool flush(std::chrono::milliseconds budget);
    /// Makes a failed or unconfirmed message pending again, due now.
    Expected<Done> resend(const QString &id);
    Expected<Done> discard(const QString &id);

    bool isSending() const { return m_reply != nullptr; }
    std::vector<OutboxEntry> entries(std::vector<Error> *problems = nullptr) const { return m_outbox.entries(problems); }

    /// A one-line account of an entry for people: state, channel, what Slack said. Never the URL.
    static QString describe(const OutboxEntry &entry);

signals:
    /// The outbox changed: a message was queued, sent, failed or rescheduled.
    void outboxChanged();
    void delivered(const QString &id);
    void failed(const QString &id, const QString &reason);
    /// Nothing due is left to send right now.
    void idle();

private:
    QDateTime now() const;
    /// Starts the next due message; when none is due, returns false and sets `earliest` to when
    /// the next pending one falls due (invalid when none will).
    bool startNext(QDateTime *earliest);
    void finish(QNetworkReply *reply);
    void scheduleWake(const QDateTime &at);
    void save(const OutboxEntry &entry);
    std::chrono::milliseconds backoff(int attempts) const;

    SlackOutbox m_outbox;
    std::vector<NotificationTemplate> m_templates;
    SlackWebhooks m_webhooks;
    std::function<QDateTime()> m_clock;
    SlackRetryPolicy m_policy;
    bool m_autoSend = false;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_wake = nullptr;
    QNetworkReply *m_reply = nullptr; ///< the request in flight; owned by m_network
    OutboxEntry m_inFlight;
    std::unique_ptr<QLockFile> m_claim;
    bool m_uploaded = false;
    QUrl m_inFlightUrl;
    QHash<QUrl, QDateTime> m_blockedUntil; ///< per webhook, after a 429
};

} // namespace rc::core

#pragma once

#include "manifest/manifest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

struct RepositoryRules;

/// What happened: the seed's notification triggers, plus break-glass overrides.
enum class NotificationEvent {
    ReleaseCreated,
    SignoffPending,
    SignoffReceived,
    AllSignoffsReceived,
    DeploymentStarted,
    DeploymentCompleted,
    RollbackInitiated,
    BreakGlass,
};

/// "release_created", "signoff_pending", ...: the names `.release-console.yaml` uses.
QString notificationEventName(NotificationEvent event);
std::optional<NotificationEvent> notificationEventFromName(const QString &name);
/// Every event name, in the order above.
QStringList notificationEventNames();
/// Every placeholder a message or channel template may use, without braces ("release_id", ...).
QStringList notificationPlaceholders();

/// A placeholder in a template that is not one of notificationPlaceholders().
struct UnknownPlaceholder
{
    QString name; ///< without braces
    qsizetype offset = 0; ///< of the opening brace in the template
};
/// The unknown placeholders of `text`, in order. "{{" and "}}" are literal braces.
std::vector<UnknownPlaceholder> unknownPlaceholders(const QString &text);

/// One event as it happened, with the values of its placeholders. Build it with
/// makeNotification() and hand it to SlackNotifier::notify() (core/notify/slacknotifier.h).
struct Notification
{
    NotificationEvent event = NotificationEvent::ReleaseCreated;
    /// Placeholder name (without braces) -> value, as plain text; rendering escapes it for Slack.
    QHash<QString, QString> values;
    QDateTime at; ///< when it happened (UTC)
};

/// A notification about `manifest` with release_id, release_type, status, scheduled_at,
/// component_count and components filled from it, and `extra` on top (component, team, user,
/// version, reason, run_url, ...). `at` is when it happened.
Notification makeNotification(NotificationEvent event, const Manifest &manifest,
                              const QHash<QString, QString> &extra, const QDateTime &at);

/// What a change of sign-offs announces: signoff_received for each component that became
/// approved between `before` and `after` (user: who approved it), then all_signoffs_received when
/// `after` has every needed sign-off and `before` did not. Shared by every path that records
/// sign-offs (releasectl signoff, signoffs check, the window), so they announce alike.
std::vector<Notification> signoffNotifications(const Manifest &before, const Manifest &after, const QDateTime &at);

/// Where and how one event is announced.
struct NotificationTemplate
{
    NotificationEvent event = NotificationEvent::ReleaseCreated;
    QString channel; ///< may hold placeholders ("#team-{team}")
    bool urgent = false;
    QString message; ///< may hold placeholders
};

/// The seed's templates and channels, plus break_glass (urgent, #releases).
std::vector<NotificationTemplate> defaultNotificationTemplates();
/// The defaults with the rules' `notifications:` entries on top: an entry replaces the default
/// channel, priority and message of its event where it sets them. The rules parser has already
/// checked event names, priorities and placeholders at file:line:column.
std::vector<NotificationTemplate> notificationTemplates(const RepositoryRules &rules);
std::vector<NotificationTemplate> notificationTemplates(const std::vector<NotificationTemplate> &all,
                                                        NotificationEvent event);

/// Slack's limits for a message (api.slack.com/reference/block-kit/blocks and chat.postMessage):
/// top-level text up to 40,000 characters (4,000 recommended), at most 50 blocks, section text
/// 3,000, header text 150 (plain text), up to 10 section fields of 2,000 each, up to 10 context
/// elements.
namespace slacklimits {
inline constexpr int text = 4000; ///< what we send as the fallback; Slack truncates at 40,000
inline constexpr int blocks = 50;
inline constexpr int sectionText = 3000;
inline constexpr int headerText = 150;
inline constexpr int fields = 10;
inline constexpr int fieldText = 2000;
inline constexpr int contextElements = 10;
} // namespace slacklimits

/// A message ready to post: the Block Kit payload with its text fallback, and where it goes.
struct SlackMessage
{
    QString event; ///< the event's name
    QString channel; ///< "#releases"; selects the webhook
    bool urgent = false;
    QString text; ///< the fallback, as sent in the payload's "text"
    QJsonObject payload; ///< {"text", "channel", "blocks": [...]}
};

/// Renders `notification` through `tmpl`: placeholders replaced with the values escaped for
/// Slack's mrkdwn (&, <, >), every part cut to Slack's limits with an ellipsis, urgent messages
/// marked in the header and at the start of the fallback text. A channel whose placeholders have
/// no value falls back to "#releases".
SlackMessage renderSlackMessage(const Notification &notification, const NotificationTemplate &tmpl);

/// Every message `notification` produces under `templates` (one per matching template).
std::vector<SlackMessage> renderNotification(const Notification &notification,
                                             const std::vector<NotificationTemplate> &templates);

} // namespace rc::core

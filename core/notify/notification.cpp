#include "notify/notification.h"

#include "rules/repositoryrules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Notification)
};

struct EventName
{
    NotificationEvent event;
    const char *name;
};

constexpr EventName eventNames[] = {
    {NotificationEvent::ReleaseCreated, "release_created"},
    {NotificationEvent::SignoffPending, "signoff_pending"},
    {NotificationEvent::SignoffReceived, "signoff_received"},
    {NotificationEvent::AllSignoffsReceived, "all_signoffs_received"},
    {NotificationEvent::DeploymentStarted, "deployment_started"},
    {NotificationEvent::DeploymentCompleted, "deployment_completed"},
    {NotificationEvent::RollbackInitiated, "rollback_initiated"},
    {NotificationEvent::BreakGlass, "break_glass"},
};

const QString fallbackChannel = QStringLiteral("#releases");

/// Slack reads &, < and > as control characters in mrkdwn and in the text fallback.
QString escapeForSlack(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

/// Cuts to `limit` characters (UTF-16 units, which never undercounts Slack's characters) with an
/// ellipsis, never in the middle of a surrogate pair.
QString clip(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype keep = limit - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

/// Replaces the placeholders of `tmpl`; `escape` decides how values are written. Unknown
/// placeholders stay as written (the rules parser has reported them). `missing` collects
/// known placeholders without a value.
QString fill(const QString &tmpl, const QHash<QString, QString> &values, bool escape, QStringList *missing = nullptr)
{
    QString out;
    out.reserve(tmpl.size() + 32);
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < tmpl.size() && tmpl.at(i + 1) == c) {
            out += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('{')) {
            const qsizetype close = tmpl.indexOf(QLatin1Char('}'), i + 1);
            if (close > i) {
                const QString name = tmpl.mid(i + 1, close - i - 1);
                if (notificationPlaceholders().contains(name)) {
                    const QString value = values.value(name);
                    if (value.isEmpty() && missing)
                        missing->append(name);
                    out += escape ? escapeForSlack(value) : value;
                    i = close;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

QJsonObject textObject(const QString &type, const QString &text)
{
    QJsonObject object{{QStringLiteral("type"), type}, {QStringLiteral("text"), text}};
    if (type == QLatin1String("plain_text"))
        object.insert(QStringLiteral("emoji"), true);
    return object;
}

struct Fact
{
    const char *placeholder;
    const char *label;
};

// The facts shown under the message, when the notification has them.
constexpr Fact facts[] = {
    {"release_id", QT_TRANSLATE_NOOP("rc::core::Notification", "Release")},
    {"component", QT_TRANSLATE_NOOP("rc::core::Notification", "Component")},
    {"version", QT_TRANSLATE_NOOP("rc::core::Notification", "Version")},
    {"team", QT_TRANSLATE_NOOP("rc::core::Notification", "Team")},
    {"user", QT_TRANSLATE_NOOP("rc::core::Notification", "By")},
    {"status", QT_TRANSLATE_NOOP("rc::core::Notification", "Status")},
    {"scheduled_at", QT_TRANSLATE_NOOP("rc::core::Notification", "Scheduled")},
    {"reason", QT_TRANSLATE_NOOP("rc::core::Notification", "Reason")},
    {"run_url", QT_TRANSLATE_NOOP("rc::core::Notification", "Run")},
    {"components", QT_TRANSLATE_NOOP("rc::core::Notification", "Components")},
};
static_assert(std::size(facts) <= std::size_t(slacklimits::fields));

} // namespace

QString notificationEventName(NotificationEvent event)
{
    for (const EventName &e : eventNames) {
        if (e.event == event)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<NotificationEvent> notificationEventFromName(const QString &name)
{
    for (const EventName &e : eventNames) {
        if (name == QLatin1String(e.name))
            return e.event;
    }
    return std::nullopt;
}

QStringList notificationEventNames()
{
    QStringList names;
    for (const EventName &e : eventNames)
        names.append(QString::fromLatin1(e.name));
    return names;
}

QStringList notificationPlaceholders()
{
    static const QStringList names{
        QStringLiteral("release_id"), QStringLiteral("release_type"), QStringLiteral("status"),
        QStringLiteral("scheduled_at"), QStringLiteral("component_count"), QStringLiteral("components"),
        QStringLiteral("component"), QStringLiteral("team"), QStringLiteral("team_lead"),
        QStringLiteral("version"), QStringLiteral("previous_version"), QStringLiteral("user"),
        QStringLiteral("reason"), QStringLiteral("run_url"), QStringLiteral("until"),
    };
    return names;
}

std::vector<UnknownPlaceholder> unknownPlaceholders(const QString &text)
{
    std::vector<UnknownPlaceholder> unknown;
    const QStringList known = notificationPlaceholders();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size() && text.at(i + 1) == c) {
            ++i;
            continue;
        }
        if (c != QLatin1Char('{'))
            continue;
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        const QString name = close < 0 ? text.mid(i + 1) : text.mid(i + 1, close - i - 1);
        if (!known.contains(name))
            unknown.push_back({name, i});
        if (close > i)
            i = close;
    }
    return unknown;
}

Notification makeNotification(NotificationEvent event, const Manifest &manifest,
                              const QHash<QString, QString> &extra, const QDateTime &at)
{
    Notification n;
    n.event = event;
    n.at = at.toUTC();
    n.values.insert(QStringLiteral("release_id"), manifest.release.id);
    n.values.insert(QStringLiteral("release_type"), manifest.release.type);
    n.values.insert(QStringLiteral("status"), toString(manifest.release.status));
    if (manifest.release.scheduledAt.isValid())
        n.values.insert(QStringLiteral("scheduled_at"), formatTimestamp(manifest.release.scheduledAt));
    n.values.insert(QStringLiteral("component_count"), QString::number(manifest.components.size()));
    QStringList names;
    for (const Component &c : manifest.components)
        names.append(c.name);
    n.values.insert(QStringLiteral("components"), names.join(QLatin1String(", ")));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        n.values.insert(it.key(), it.value());
    // A component named without its team still finds it in the manifest.
    const QString component = n.values.value(QStringLiteral("component"));
    if (const Component *c = component.isEmpty() ? nullptr : manifest.component(component)) {
        if (!n.values.contains(QStringLiteral("team")))
            n.values.insert(QStringLiteral("team"), c->team);
        if (!n.values.contains(QStringLiteral("team_lead")))
            n.values.insert(QStringLiteral("team_lead"), c->teamLead);
        if (!n.values.contains(QStringLiteral("version")))
            n.values.insert(QStringLiteral("version"), c->newVersion);
        if (!n.values.contains(QStringLiteral("previous_version")))
            n.values.insert(QStringLiteral("previous_version"), c->currentVersion);
    }
    return n;
}

std::vector<Notification> signoffNotifications(const Manifest &before, const Manifest &after, const QDateTime &at)
{
    std::vector<Notification> out;
    for (const Component &c : after.components) {
        if (c.signOff != SignOff::Approved)
            continue;
        const Component *old = before.component(c.name);
        if (old && old->signOff == SignOff::Approved)
            continue;
        out.push_back(makeNotification(NotificationEvent::SignoffReceived, after,
                                       {{QStringLiteral("component"), c.name}, {QStringLiteral("user"), c.approvedBy}}, at));
    }
    const auto complete = [](const Manifest &m) { return m.signOffsNeeded() > 0 && m.signOffsApproved() == m.signOffsNeeded(); };
    if (complete(after) && !complete(before))
        out.push_back(makeNotification(NotificationEvent::AllSignoffsReceived, after, {}, at));
    return out;
}

std::vector<NotificationTemplate> defaultNotificationTemplates()
{
    // The seed's "Automated Notifications", kept as written there.
    return {
        {NotificationEvent::ReleaseCreated, QStringLiteral("#releases"), false,
         QStringLiteral("🚀 New release {release_id} created with {component_count} components")},
        {NotificationEvent::SignoffPending, QStringLiteral("#team-{team}"), false,
         QStringLiteral("📋 Sign-off required for {component} in release {release_id}")},
        {NotificationEvent::SignoffReceived, QStringLiteral("#releases"), false,
         QStringLiteral("✅ {team} approved {component} for {release_id}")},
        {NotificationEvent::AllSignoffsReceived, QStringLiteral("#releases"), false,
         QStringLiteral("🎉 All sign-offs received for {release_id}. Ready for deployment!")},
        {NotificationEvent::DeploymentStarted, QStringLiteral("#releases"), false,
         QStringLiteral("🚀 Deployment started for {release_id}")},
        {NotificationEvent::DeploymentCompleted, QStringLiteral("#releases"), false,
         QStringLiteral("✅ {release_id} successfully deployed to production")},
        {NotificationEvent::RollbackInitiated, QStringLiteral("#releases"), true,
         QStringLiteral("⚠ ROLLBACK initiated for {release_id} by {user}")},
        {NotificationEvent::BreakGlass, QStringLiteral("#releases"), true,
         QStringLiteral("🚨 Break-glass override for {release_id} by {user} until {until}: {reason}")},
    };
}

std::vector<NotificationTemplate> notificationTemplates(const RepositoryRules &rules)
{
    const std::vector<NotificationTemplate> defaults = defaultNotificationTemplates();
    std::vector<NotificationTemplate> all;
    for (const NotificationTemplate &d : defaults) {
        bool overridden = false;
        for (const NotificationRule &rule : rules.notifications) {
            if (notificationEventFromName(rule.event) != d.event)
                continue;
            overridden = true;
            NotificationTemplate t = d;
            if (!rule.channel.isEmpty())
                t.channel = rule.channel;
            if (!rule.priority.isEmpty())
                t.urgent = rule.priority == QLatin1String("urgent");
            if (!rule.message.isEmpty())
                t.message = rule.message;
            all.push_back(std::move(t));
        }
        if (!overridden)
            all.push_back(d);
    }
    return all;
}

std::vector<NotificationTemplate> notificationTemplates(const std::vector<NotificationTemplate> &all,
                                                        NotificationEvent event)
{
    std::vector<NotificationTemplate> out;
    for (const NotificationTemplate &t : all) {
        if (t.event == event)
            out.push_back(t);
    }
    return out;
}

SlackMessage renderSlackMessage(const Notification &notification, const NotificationTemplate &tmpl)
{
    SlackMessage message;
    message.event = notificationEventName(notification.event);
    message.urgent = tmpl.urgent;

    QStringList missing;
    QString channel = fill(tmpl.channel, notification.values, false, &missing).trimmed();
    if (!missing.isEmpty() || channel.isEmpty() || channel == QLatin1String("#"))
        channel = fallbackChannel;
    message.channel = channel;

    const QString body = fill(tmpl.message, notification.values, true);
    const QString urgentMark = Text::tr("🚨 URGENT");
    message.text = clip(tmpl.urgent ? urgentMark + QLatin1String(": ") + body : body, slacklimits::text);

    QJsonArray blocks;
    if (tmpl.urgent) {
        const QString title = Text::tr("%1: %2").arg(urgentMark, notification.values.value(QStringLiteral("release_id")));
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                                  {QStringLiteral("text"), textObject(QStringLiteral("plain_text"),
                                                                      clip(title, slacklimits::headerText))}});
    }
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("text"), textObject(QStringLiteral("mrkdwn"),
                                                                  clip(body.isEmpty() ? message.event : body,
                                                                       slacklimits::sectionText))}});
    QJsonArray fields;
    for (const Fact &fact : facts) {
        const QString value = notification.values.value(QString::fromLatin1(fact.placeholder));
        if (value.isEmpty())
            continue;
        const QString label = QCoreApplication::translate("rc::core::Notification", fact.label);
        const QString text = QStringLiteral("*%1*\n%2").arg(escapeForSlack(label), escapeForSlack(value));
        fields.append(textObject(QStringLiteral("mrkdwn"), clip(text, slacklimits::fieldText)));
    }
    if (!fields.isEmpty()) {
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                  {QStringLiteral("fields"), fields}});
    }
    QString context = Text::tr("Release Console · %1").arg(message.event);
    if (notification.at.isValid())
        context += QStringLiteral(" · ") + formatTimestamp(notification.at);
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                              {QStringLiteral("elements"),
                               QJsonArray{textObject(QStringLiteral("mrkdwn"), clip(context, slacklimits::sectionText))}}});
    Q_ASSERT(blocks.size() <= slacklimits::blocks);

    message.payload = QJsonObject{{QStringLiteral("text"), message.text},
                                  {QStringLiteral("channel"), message.channel},
                                  {QStringLiteral("blocks"), blocks}};
    return message;
}

std::vector<SlackMessage> renderNotification(const Notification &notification,
                                             const std::vector<NotificationTemplate> &templates)
{
    std::vector<SlackMessage> out;
    for (const NotificationTemplate &t : notificationTemplates(templates, notification.event))
        out.push_back(renderSlackMessage(notification, t));
    return out;
}

} // namespace rc::core

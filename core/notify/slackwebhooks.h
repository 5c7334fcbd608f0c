#pragma once

#include "expected.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

namespace rc::core {

/// Checks a Slack incoming webhook URL: https, or http only to 127.0.0.1, ::1 or localhost (for
/// tests and local relays), with a host and a path. The error never contains the URL, since the
/// URL is the secret: it names the host at most.
Expected<QUrl> validateSlackWebhookUrl(const QString &text);
/// What may be shown of a webhook URL: its host (and port), never the path that holds the secret.
QString slackWebhookHost(const QUrl &url);

/// "#team-api" -> "TEAM_API": a channel as it appears in environment variables and keychain keys.
/// Letters and digits upper-cased, everything else "_", the leading "#" dropped.
QString slackChannelKey(const QString &channel);
/// "RC_SLACK_WEBHOOK_URL" for the default (an empty channel), "RC_SLACK_WEBHOOK_URL_TEAM_API"
/// for "#team-api".
QString slackWebhookVariable(const QString &channel);

/// The webhook URLs that apply: one per channel and a default for every other channel.
class SlackWebhooks
{
public:
    /// An empty channel sets the default.
    void set(const QString &channel, const QUrl &url);
    /// The channel's own webhook, else the default; empty when neither exists.
    QUrl urlFor(const QString &channel) const;
    bool isEmpty() const { return m_urls.isEmpty(); }
    /// The channel keys with a webhook ("" for the default).
    QStringList keys() const { return m_urls.keys(); }

    /// RC_SLACK_WEBHOOK_URL and every RC_SLACK_WEBHOOK_URL_<CHANNEL> of `env`. A value that is not
    /// a valid webhook URL is left out and reported in `problems` by variable name and host.
    static SlackWebhooks fromEnvironment(const QProcessEnvironment &env, std::vector<Error> *problems = nullptr);

private:
    QHash<QString, QUrl> m_urls; ///< by slackChannelKey(); "" is the default
};

enum class WebhookStoreStatus { Ok, NotFound, NoKeychain, Denied, Failed };

struct WebhookStoreResult
{
    WebhookStoreStatus status = WebhookStoreStatus::Failed;
    QUrl url; ///< for a read that found one
    QString message; ///< what happened and what to do; never contains the URL

    bool ok() const { return status == WebhookStoreStatus::Ok; }
};

/// Where the GUI keeps Slack webhook URLs: one entry per channel ("" for the default). Every
/// call is asynchronous and reports through `done` on the caller's thread unless `context` is
/// gone first.
class SlackWebhookStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const WebhookStoreResult &)>;

    explicit SlackWebhookStore(QObject *parent = nullptr);
    ~SlackWebhookStore() override;

    virtual void read(const QString &channel, QObject *context, Callback done) = 0;
    virtual void write(const QString &channel, const QUrl &url, QObject *context, Callback done) = 0;
    virtual void remove(const QString &channel, QObject *context, Callback done) = 0;

    /// "slack:default", "slack:TEAM_API": the keychain entry of a channel.
    static QString keyFor(const QString &channel);
    /// "the keychain entry release-console/slack:default", for messages.
    static QString entryDescription(const QString &channel);
};

/// The OS keychain through QtKeychain, insecure fallbacks off: without a keychain service a URL is
/// never written anywhere, and the CLI's environment variables are the way to go.
class KeychainSlackWebhookStore final : public SlackWebhookStore
{
    Q_OBJECT

public:
    explicit KeychainSlackWebhookStore(QObject *parent = nullptr);
    ~KeychainSlackWebhookStore() override;

    void read(const QString &channel, QObject *context, Callback done) override;
    void write(const QString &channel, const QUrl &url, QObject *context, Callback done) override;
    void remove(const QString &channel, QObject *context, Callback done) override;

    /// Tests use their own service so they never touch a real entry.
    void setServiceName(const QString &service);

private:
    QString m_service;
};

} // namespace rc::core

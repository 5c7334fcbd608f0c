#pragma once

// A webhook store in memory for the Slack settings and status tests: it stands in for the
// keychain, answering later from the event loop as a keychain does.

#include "notify/slackwebhooks.h"

#include <QHash>
#include <QMetaObject>

namespace rc::test {

class MemoryWebhookStore final : public core::SlackWebhookStore
{
public:
    QHash<QString, QString> entries; ///< by keyFor(channel)
    bool noKeychain = false;

    void read(const QString &channel, QObject *context, Callback done) override
    {
        core::WebhookStoreResult result;
        if (noKeychain) {
            result.status = core::WebhookStoreStatus::NoKeychain;
            result.message = QStringLiteral("No keychain service is running");
        } else if (entries.contains(keyFor(channel))) {
            result.status = core::WebhookStoreStatus::Ok;
            result.url = QUrl(entries.value(keyFor(channel)));
        } else {
            result.status = core::WebhookStoreStatus::NotFound;
        }
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    void write(const QString &channel, const QUrl &url, QObject *context, Callback done) override
    {
        core::WebhookStoreResult result;
        if (noKeychain) {
            result.status = core::WebhookStoreStatus::NoKeychain;
            result.message = QStringLiteral("No keychain service is running");
        } else {
            entries.insert(keyFor(channel), url.toString());
            result.status = core::WebhookStoreStatus::Ok;
        }
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    void remove(const QString &channel, QObject *context, Callback done) override
    {
        const bool had = entries.remove(keyFor(channel)) > 0;
        core::WebhookStoreResult result{had ? core::WebhookStoreStatus::Ok : core::WebhookStoreStatus::NotFound, {}, {}};
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};

} // namespace rc::test

#pragma once

// A token store in memory, for the GitHub session and settings tests: it stands in for the
// keychain on paths a machine without a keychain service cannot reach (a stored token). The real
// keychain store is tested in tst_tokenstore.

#include "github/tokenstore.h"

#include <QHash>
#include <QMetaObject>

namespace rc::test {

using core::GitHubToken;
using core::TokenStore;
using core::TokenStoreResult;
using core::TokenStoreStatus;

/// Answers come later from the event loop, as a keychain's do.
class MemoryTokenStore final : public TokenStore
{
public:
    QHash<QString, QString> entries;
    int reads = 0;

    void read(const QUrl &apiUrl, QObject *context, Callback done) override
    {
        ++reads;
        const QString key = keyFor(apiUrl);
        TokenStoreResult result;
        if (entries.contains(key)) {
            result.status = TokenStoreStatus::Ok;
            result.token = GitHubToken(entries.value(key), entryDescription(apiUrl));
        } else {
            result.status = TokenStoreStatus::NotFound;
            result.message = QStringLiteral("There is no ") + entryDescription(apiUrl);
        }
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    void write(const QUrl &apiUrl, const GitHubToken &token, QObject *context, Callback done) override
    {
        entries.insert(keyFor(apiUrl), token.secret());
        QMetaObject::invokeMethod(context, [done] { done({TokenStoreStatus::Ok, {}, {}}); }, Qt::QueuedConnection);
    }
    void remove(const QUrl &apiUrl, QObject *context, Callback done) override
    {
        const bool had = entries.remove(keyFor(apiUrl)) > 0;
        const TokenStoreResult result{had ? TokenStoreStatus::Ok : TokenStoreStatus::NotFound, {}, {}};
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};

} // namespace rc::test

#pragma once

#include "expected.h"
#include "notify/notification.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rc::core {

/// One message in the outbox. It holds the payload and the channel, never a webhook URL.
struct OutboxEntry
{
    enum class State {
        Pending, ///< waiting to be sent, now or at nextAttemptAt
        Failed, ///< Slack refused it for good (a 4xx other than 429): kept with the reason, not retried
        Unconfirmed, ///< the request may have reached Slack but no answer came: never re-sent on its own
        Sending, ///< a process is sending it; found so without that process, it becomes Unconfirmed
    };

    QString id;
    QString event;
    QString channel;
    bool urgent = false;
    QString text;
    QJsonObject payload;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; ///< invalid: as soon as possible
    QString lastError; ///< Slack's error string or what went wrong; never contains the URL
};

QString toString(OutboxEntry::State state);

/// The messages waiting for Slack, one JSON file per message in a directory, each written
/// atomically (QSaveFile), so a crash or a network outage loses none. A message leaves the outbox
/// only when Slack has answered "ok". Several processes (the window and releasectl) may share an
/// outbox: claim() takes a lock file per message, so a message is never in flight twice.
class SlackOutbox
{
public:
    explicit SlackOutbox(const QString &directory);

    /// The outbox of the clone at `clonePath`, shared by the window and releasectl:
    /// "<generic data>/release-console/slack-outbox/<hash of the clone's canonical path>"
    /// (QStandardPaths::GenericDataLocation, ~/.local/share on Linux), so each clone has its own.
    static QString directoryFor(const QString &clonePath);

    QString directory() const { return m_directory; }

    /// Writes `message` as a new pending entry.
    Expected<OutboxEntry> add(const SlackMessage &message, const QDateTime &now);
    /// Rewrites an entry atomically.
    Expected<Done> update(const OutboxEntry &entry);
    /// Removes an entry (after Slack's "ok", or when a user discards it).
    Expected<Done> remove(const QString &id);
    /// The entry as it is on disk now, if it is still there.
    std::optional<OutboxEntry> entry(const QString &id) const;
    /// Every entry, oldest first. Files that cannot be read are reported in `problems` and left
    /// where they are.
    std::vector<OutboxEntry> entries(std::vector<Error> *problems = nullptr) const;

    /// A lock on one message while it is being sent; null when another process holds it.
    std::unique_ptr<QLockFile> claim(const QString &id) const;

private:
    QString pathFor(const QString &id) const;

    QString m_directory;
};

} // namespace rc::core

#include "notify/slackoutbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::SlackOutbox)
};

const QString suffix = QStringLiteral(".json");

QJsonObject toJson(const OutboxEntry &e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("event"), e.event},
        {QStringLiteral("channel"), e.channel},
        {QStringLiteral("urgent"), e.urgent},
        {QStringLiteral("text"), e.text},
        {QStringLiteral("payload"), e.payload},
        {QStringLiteral("created_at"), e.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), toString(e.state)},
        {QStringLiteral("attempts"), e.attempts},
    };
    if (e.nextAttemptAt.isValid())
        o.insert(QStringLiteral("next_attempt_at"), e.nextAttemptAt.toUTC().toString(Qt::ISODateWithMs));
    if (!e.lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), e.lastError);
    return o;
}

std::optional<OutboxEntry> fromJson(const QJsonObject &o)
{
    OutboxEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.event = o.value(QStringLiteral("event")).toString();
    e.channel = o.value(QStringLiteral("channel")).toString();
    e.urgent = o.value(QStringLiteral("urgent")).toBool();
    e.text = o.value(QStringLiteral("text")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    e.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    const QString state = o.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("failed"))
        e.state = OutboxEntry::State::Failed;
    else if (state == QLatin1String("unconfirmed"))
        e.state = OutboxEntry::State::Unconfirmed;
    else if (state == QLatin1String("sending"))
        e.state = OutboxEntry::State::Sending;
    else if (state == QLatin1String("pending"))
        e.state = OutboxEntry::State::Pending;
    else
        return std::nullopt;
    e.attempts = o.value(QStringLiteral("attempts")).toInt();
    e.nextAttemptAt = QDateTime::fromString(o.value(QStringLiteral("next_attempt_at")).toString(), Qt::ISODateWithMs);
    e.lastError = o.value(QStringLiteral("last_error")).toString();
    if (e.id.isEmpty() || e.payload.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace

QString toString(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::State::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    }
    return {};
}

SlackOutbox::SlackOutbox(const QString &directory)
    : m_directory(directory)
{
}

QString SlackOutbox::directoryFor(const QString &clonePath)
{
    const QString canonical = QFileInfo(clonePath).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash((canonical.isEmpty() ? clonePath : canonical).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    // The window and releasectl have different application names, so their AppDataLocation
    // differs: both use the product's folder under the generic data location instead.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/release-console/slack-outbox/") + QString::fromLatin1(hash);
}

QString SlackOutbox::pathFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + suffix;
}

Expected<OutboxEntry> SlackOutbox::add(const SlackMessage &message, const QDateTime &now)
{
    OutboxEntry e;
    // The time first, then this process's count, so names sort in the order messages were
    // queued even within one millisecond; the UUID keeps processes apart.
    static std::atomic<quint32> sequence{0};
    e.id = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) + QLatin1Char('-')
        + QStringLiteral("%1").arg(++sequence % 1000000, 6, 10, QLatin1Char('0')) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    e.event = message.event;
    e.channel = message.channel;
    e.urgent = message.urgent;
    e.text = message.text;
    e.payload = message.payload;
    e.createdAt = now.toUTC();
    if (auto written = update(e); !written)
        return written.error();
    return e;
}

Expected<Done> SlackOutbox::update(const OutboxEntry &entry)
{
    if (!QDir().mkpath(m_directory))
        return Error{Text::tr("Cannot create the Slack outbox folder. Check the permissions of the folder above it."),
                     m_directory};
    QSaveFile file(pathFor(entry.id));
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write to the Slack outbox: %1").arg(file.errorString()), m_directory};
    file.write(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{Text::tr("Cannot save a message in the Slack outbox: %1").arg(file.errorString()), m_directory};
    return Done{};
}

Expected<Done> SlackOutbox::remove(const QString &id)
{
    QFile file(pathFor(id));
    if (file.exists() && !file.remove())
        return Error{Text::tr("Cannot remove a sent message from the Slack outbox: %1").arg(file.errorString()),
                     pathFor(id)};
    return Done{};
}

std::optional<OutboxEntry> SlackOutbox::entry(const QString &id) const
{
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isObject() ? fromJson(doc.object()) : std::nullopt;
}

std::vector<OutboxEntry> SlackOutbox::entries(std::vector<Error> *problems) const
{
    std::vector<OutboxEntry> out;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            // Removed by another process since the listing: it was sent.
            if (file.exists() && problems)
                problems->push_back({Text::tr("Cannot read this outbox message: %1").arg(file.errorString()), file.fileName()});
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        std::optional<OutboxEntry> e = doc.isObject() ? fromJson(doc.object()) : std::nullopt;
        if (!e) {
            if (problems)
                problems->push_back({Text::tr("This outbox message is damaged and is left alone; move it away to "
                                        "silence this."),
                                     file.fileName()});
            continue;
        }
        out.push_back(std::move(*e));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const OutboxEntry &a, const OutboxEntry &b) {
                         return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
                     });
    return out;
}

std::unique_ptr<QLockFile> SlackOutbox::claim(const QString &id) const
{
    QDir().mkpath(m_directory);
    auto lock = std::make_unique<QLockFile>(m_directory + QLatin1Char('/') + id + QStringLiteral(".lock"));
    // A lock left by a process that died is taken over; a live one is not waited for.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace rc::core

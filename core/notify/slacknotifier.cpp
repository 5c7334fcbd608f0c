#include "notify/slacknotifier.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(rcNotify, "rc.notify")

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::SlackNotifier)
};

/// What Slack answered, cut short and kept to one line: its error strings are short words
/// (invalid_payload, channel_not_found), and anything longer is not for a status line.
QString slackAnswer(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

/// Seconds from a Retry-After header: delta-seconds or an HTTP date.
std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (at.isValid())
        return std::max<qint64>(0, now.secsTo(at));
    return std::nullopt;
}

/// Errors after which the request certainly did not reach Slack, so sending again is safe.
bool neverArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

/// Qt's errorString() names the URL, which is the secret: say it in our own words with the host.
QString networkProblem(QNetworkReply::NetworkError error, const QString &host)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("%1 refused the connection").arg(host);
    case QNetworkReply::HostNotFoundError:
        return Text::tr("%1 was not found (no network, or DNS cannot resolve it)").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Text::tr("%1 did not answer in time").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("%1 closed the connection before answering").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("the TLS handshake with %1 failed (check the system's certificates and the clock)").arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Text::tr("the proxy to %1 refused the request").arg(host);
    default:
        return Text::tr("the connection to %1 failed (network error %2)").arg(host).arg(int(error));
    }
}

} // namespace

SlackNotifier::SlackNotifier(const QString &outboxDirectory, QObject *parent)
    : QObject(parent)
    , m_outbox(outboxDirectory)
    , m_templates(defaultNotificationTemplates())
    , m_network(new QNetworkAccessManager(this))
    , m_wake(new QTimer(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &SlackNotifier::sendDue);
}

SlackNotifier::~SlackNotifier()
{
    if (m_reply) {
        // The request may be out already: leave the message unconfirmed rather than pending.
        QNetworkReply *reply = m_reply;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        if (m_uploaded) {
            m_inFlight.state = OutboxEntry::State::Unconfirmed;
            m_inFlight.lastError = Text::tr("Release Console stopped while waiting for Slack's answer; Slack may have "
                                      "posted it");
        } else {
            m_inFlight.state = OutboxEntry::State::Pending;
        }
        save(m_inFlight);
        delete reply;
    }
}

void SlackNotifier::setTemplates(std::vector<NotificationTemplate> templates)
{
    m_templates = std::move(templates);
}

void SlackNotifier::setWebhooks(const SlackWebhooks &webhooks)
{
    m_webhooks = webhooks;
    if (m_autoSend)
        QTimer::singleShot(0, this, &SlackNotifier::sendDue);
}

void SlackNotifier::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void SlackNotifier::setAutoSend(bool on)
{
    m_autoSend = on;
    if (on)
        QTimer::singleShot(0, this, &SlackNotifier::sendDue);
    else
        m_wake->stop();
}

QDateTime SlackNotifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Expected<int> SlackNotifier::notify(const Notification &notification)
{
    if (!isEnabled()) {
        qCDebug(rcNotify) << "no Slack webhook configured; not queuing" << notificationEventName(notification.event);
        return 0;
    }
    int queued = 0;
    for (const SlackMessage &message : renderNotification(notification, m_templates)) {
        if (auto added = m_outbox.add(message, now()); !added)
            return added.error();
        ++queued;
    }
    if (queued > 0) {
        emit outboxChanged();
        if (m_autoSend)
            QTimer::singleShot(0, this, &SlackNotifier::sendDue);
    }
    return queued;
}

Expected<OutboxEntry> SlackNotifier::enqueue(const SlackMessage &message)
{
    Expected<OutboxEntry> added = m_outbox.add(message, now());
    if (added) {
        emit outboxChanged();
        if (m_autoSend)
            QTimer::singleShot(0, this, &SlackNotifier::sendDue);
    }
    return added;
}

void SlackNotifier::save(const OutboxEntry &entry)
{
    if (auto saved = m_outbox.update(entry); !saved)
        qCWarning(rcNotify).noquote() << saved.error().toString();
}

std::chrono::milliseconds SlackNotifier::backoff(int attempts) const
{
    auto delay = m_policy.firstBackoff;
    for (int i = 1; i < attempts && delay < m_policy.maxBackoff; ++i)
        delay *= 2;
    return std::min(delay, m_policy.maxBackoff);
}

void SlackNotifier::sendDue()
{
    if (m_reply)
        return;
    QDateTime earliest;
    if (startNext(&earliest))
        return;
    if (earliest.isValid() && m_autoSend)
        scheduleWake(earliest);
    emit idle();
}

void SlackNotifier::scheduleWake(const QDateTime &at)
{
    const qint64 ms = std::clamp<qint64>(now().msecsTo(at), 0, 24 * 3600 * 1000);
    if (!m_wake->isActive() || m_wake->remainingTime() > ms)
        m_wake->start(int(ms));
}

bool SlackNotifier::startNext(QDateTime *earliest)
{
    const QDateTime current = now();
    for (OutboxEntry listed : m_outbox.entries()) {
        if (listed.state != OutboxEntry::State::Pending && listed.state != OutboxEntry::State::Sending)
            continue;
        std::unique_ptr<QLockFile> claim = m_outbox.claim(listed.id);
        if (!claim)
            continue; // another process is sending it
        // Read again under the lock: another process may have sent it since the listing.
        std::optional<OutboxEntry> fresh = m_outbox.entry(listed.id);
        if (!fresh)
            continue;
        OutboxEntry entry = std::move(*fresh);
        if (entry.state == OutboxEntry::State::Sending) {
            // Its sender died mid-request: Slack may have it, so never send it again on our own.
            entry.state = OutboxEntry::State::Unconfirmed;
            entry.lastError = Text::tr("the program sending it stopped before Slack answered; Slack may have posted it");
            save(entry);
            emit outboxChanged();
            continue;
        }
        if (entry.state != OutboxEntry::State::Pending)
            continue;
        const QUrl url = m_webhooks.urlFor(entry.channel);
        if (url.isEmpty()) {
            const QString why = Text::tr("no webhook URL for %1: set one in Settings → Slack… or in %2 (or %3 for every "
                                   "channel)")
                                    .arg(entry.channel, slackWebhookVariable(entry.channel),
                                         slackWebhookVariable(QString()));
            if (entry.lastError != why) {
                entry.lastError = why;
                save(entry);
                emit outboxChanged();
            }
            continue;
        }
        QDateTime due = entry.nextAttemptAt;
        const QDateTime blocked = m_blockedUntil.value(url);
        if (blocked.isValid() && (!due.isValid() || blocked > due))
            due = blocked;
        if (due.isValid() && due > current) {
            if (earliest && (!earliest->isValid() || due < *earliest))
                *earliest = due;
            continue;
        }

        ++entry.attempts;
        entry.state = OutboxEntry::State::Sending;
        if (auto saved = m_outbox.update(entry); !saved) {
            qCWarning(rcNotify).noquote() << saved.error().toString();
            continue;
        }
        m_claim = std::move(claim);
        m_inFlight = entry;
        m_inFlightUrl = url;
        m_uploaded = false;

        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        request.setTransferTimeout(int(m_policy.timeout.count()));
        const QByteArray body = QJsonDocument(entry.payload).toJson(QJsonDocument::Compact);
        qCDebug(rcNotify).noquote() << "posting" << entry.event << "to" << entry.channel << "via"
                                    << slackWebhookHost(url) << "attempt" << entry.attempts;
        QNetworkReply *reply = m_network->post(request, body);
        m_reply = reply;
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0 && sent >= total)
                m_uploaded = true;
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
        emit outboxChanged();
        return true;
    }
    return false;
}

void SlackNotifier::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    OutboxEntry entry = m_inFlight;
    const QString host = slackWebhookHost(m_inFlightUrl);
    const QDateTime current = now();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString answer = status > 0 && reply->isOpen() ? slackAnswer(reply->readAll()) : QString();
    bool sent = false;
    QString failure;

    if (status >= 200 && status < 300) {
        sent = true;
    } else if (status == 429) {
        const auto seconds = retryAfterSeconds(reply->rawHeader("Retry-After"), current);
        const qint64 wait = seconds ? *seconds * 1000 : qint64(m_policy.defaultRetryAfter.count());
        const QDateTime until = current.addMSecs(wait);
        m_blockedUntil.insert(m_inFlightUrl, until);
        entry.state = OutboxEntry::State::Pending;
        entry.nextAttemptAt = until;
        entry.lastError = Text::tr("rate_limited: Slack asked to wait %1 s (HTTP 429)").arg((wait + 999) / 1000);
    } else if (status >= 500) {
        entry.state = OutboxEntry::State::Pending;
        const auto delay = backoff(entry.attempts);
        entry.nextAttemptAt = current.addMSecs(delay.count());
        entry.lastError = Text::tr("%1 (HTTP %2 from %3); trying again in %4 s")
                              .arg(answer.isEmpty() ? Text::tr("server error") : answer)
                              .arg(status)
                              .arg(host)
                              .arg((delay.count() + 999) / 1000);
    } else if (status > 0) {
        entry.state = OutboxEntry::State::Failed;
        entry.nextAttemptAt = {};
        entry.lastError = Text::tr("%1 (HTTP %2 from %3)").arg(answer.isEmpty() ? Text::tr("refused") : answer).arg(status).arg(host);
        failure = entry.lastError;
    } else if (neverArrived(reply->error()) || !m_uploaded) {
        entry.state = OutboxEntry::State::Pending;
        const auto delay = backoff(entry.attempts);
        entry.nextAttemptAt = current.addMSecs(delay.count());
        entry.lastError = Text::tr("%1; trying again in %2 s")
                              .arg(networkProblem(reply->error(), host))
                              .arg((delay.count() + 999) / 1000);
    } else {
        entry.state = OutboxEntry::State::Unconfirmed;
        entry.nextAttemptAt = {};
        entry.lastError = Text::tr("%1 after the message was sent; Slack may have posted it, so it is not sent again "
                             "unless you resend it")
                              .arg(networkProblem(reply->error(), host));
    }

    if (sent) {
        if (auto removed = m_outbox.remove(entry.id); !removed) {
            // Never sent twice: a message that cannot leave the outbox is marked so it is not retried.
            entry.state = OutboxEntry::State::Unconfirmed;
            entry.lastError = Text::tr("posted, but %1").arg(removed.error().message);
            save(entry);
        }
        qCDebug(rcNotify).noquote() << "delivered" << entry.event << "to" << entry.channel;
    } else {
        save(entry);
        qCInfo(rcNotify).noquote() << entry.event << "to" << entry.channel << ":" << entry.lastError;
    }
    m_claim.reset();
    emit outboxChanged();
    if (sent)
        emit delivered(entry.id);
    else if (!failure.isEmpty())
        emit failed(entry.id, failure);
    if (m_autoSend)
        QTimer::singleShot(0, this, &SlackNotifier::sendDue);
}

bool SlackNotifier::flush(std::chrono::milliseconds budget)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    deadline.start(int(budget.count()));
    QTimer nap;
    nap.setSingleShot(true);
    connect(&nap, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto step = connect(this, &SlackNotifier::outboxChanged, &loop, [&] {
        if (!m_reply)
            loop.quit();
    });
    while (!timedOut) {
        if (!m_reply) {
            QDateTime earliest;
            if (!startNext(&earliest)) {
                if (!earliest.isValid())
                    break;
                const qint64 wait = now().msecsTo(earliest);
                if (wait > deadline.remainingTime())
                    break;
                nap.start(int(std::max<qint64>(wait, 0)));
            }
        }
        loop.exec();
    }
    disconnect(step);
    for (const OutboxEntry &e : m_outbox.entries()) {
        if (e.state == OutboxEntry::State::Pending || e.state == OutboxEntry::State::Sending)
            return false;
    }
    return true;
}

Expected<Done> SlackNotifier::resend(const QString &id)
{
    std::unique_ptr<QLockFile> claim = m_outbox.claim(id);
    if (!claim)
        return Error{Text::tr("This message is being sent right now."), {}};
    std::optional<OutboxEntry> entry = m_outbox.entry(id);
    if (!entry)
        return Error{Text::tr("There is no message %1 in the outbox; it may have been sent meanwhile.").arg(id), {}};
    entry->state = OutboxEntry::State::Pending;
    entry->nextAttemptAt = {};
    entry->lastError.clear();
    if (auto saved = m_outbox.update(*entry); !saved)
        return saved.error();
    claim.reset();
    emit outboxChanged();
    if (m_autoSend)
        QTimer::singleShot(0, this, &SlackNotifier::sendDue);
    return Done{};
}

Expected<Done> SlackNotifier::discard(const QString &id)
{
    std::unique_ptr<QLockFile> claim = m_outbox.claim(id);
    if (!claim)
        return Error{Text::tr("This message is being sent right now."), {}};
    auto removed = m_outbox.remove(id);
    claim.reset();
    emit outboxChanged();
    return removed;
}

QString SlackNotifier::describe(const OutboxEntry &entry)
{
    QString state;
    switch (entry.state) {
    case OutboxEntry::State::Pending:
        state = entry.attempts == 0 ? Text::tr("waiting") : Text::tr("waiting to retry");
        break;
    case OutboxEntry::State::Sending:
        state = Text::tr("sending");
        break;
    case OutboxEntry::State::Failed:
        state = Text::tr("failed");
        break;
    case OutboxEntry::State::Unconfirmed:
        state = Text::tr("unconfirmed");
        break;
    }
    QString line = Text::tr("%1 %2 to %3").arg(state, entry.event, entry.channel);
    if (entry.urgent)
        line += Text::tr(" (urgent)");
    if (!entry.lastError.isEmpty())
        line += QLatin1String(": ") + entry.lastError;
    return line;
}

} // namespace rc::core

#include "notify/slackwebhooks.h"

#include "github/tokenstore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::SlackWebhooks)
};

const QString variablePrefix = QStringLiteral("RC_SLACK_WEBHOOK_URL");

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Expected<QUrl> validateSlackWebhookUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{Text::tr("The Slack webhook URL is empty. Paste the URL of an incoming webhook "
                        "(Slack → Apps → Incoming Webhooks)."), {}};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{Text::tr("The Slack webhook URL is not a valid URL. Paste the whole URL of an incoming webhook, "
                        "starting with https://."), {}};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !isLoopback(url.host()))
        return Error{Text::tr("The Slack webhook URL for %1 is not https: a webhook URL is a secret and is only sent "
                        "encrypted. Use the https:// URL Slack gives you.").arg(slackWebhookHost(url)), {}};
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error{Text::tr("The Slack webhook URL for %1 is not an https URL. Use the https:// URL Slack gives you.")
                         .arg(slackWebhookHost(url)), {}};
    if (!url.userInfo().isEmpty())
        return Error{Text::tr("The Slack webhook URL for %1 carries a user name or password; Slack's URLs never do. "
                        "Paste the URL Slack gives you.").arg(slackWebhookHost(url)), {}};
    if (url.path().size() <= 1)
        return Error{Text::tr("The Slack webhook URL for %1 has no path; an incoming webhook's URL ends in "
                        "/services/…. Paste the whole URL.").arg(slackWebhookHost(url)), {}};
    return url;
}

QString slackWebhookHost(const QUrl &url)
{
    QString host = url.host();
    if (host.isEmpty())
        return Text::tr("(no host)");
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

QString slackChannelKey(const QString &channel)
{
    QString key;
    QString name = channel.trimmed();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    for (const QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c.toUpper();
        else
            key += QLatin1Char('_');
    }
    return key;
}

QString slackWebhookVariable(const QString &channel)
{
    const QString key = slackChannelKey(channel);
    return key.isEmpty() ? variablePrefix : variablePrefix + QLatin1Char('_') + key;
}

void SlackWebhooks::set(const QString &channel, const QUrl &url)
{
    m_urls.insert(slackChannelKey(channel), url);
}

QUrl SlackWebhooks::urlFor(const QString &channel) const
{
    const QString key = slackChannelKey(channel);
    if (!key.isEmpty() && m_urls.contains(key))
        return m_urls.value(key);
    return m_urls.value(QString());
}

SlackWebhooks SlackWebhooks::fromEnvironment(const QProcessEnvironment &env, std::vector<Error> *problems)
{
    SlackWebhooks hooks;
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (name != variablePrefix && !name.startsWith(variablePrefix + QLatin1Char('_')))
            continue;
        const QString value = env.value(name);
        if (value.trimmed().isEmpty())
            continue;
        const Expected<QUrl> url = validateSlackWebhookUrl(value);
        if (!url) {
            if (problems)
                problems->push_back(Error{url.error().message, name});
            continue;
        }
        const QString channelKey = name == variablePrefix ? QString() : name.mid(variablePrefix.size() + 1);
        hooks.m_urls.insert(channelKey, *url);
    }
    return hooks;
}

SlackWebhookStore::SlackWebhookStore(QObject *parent)
    : QObject(parent)
{
}

SlackWebhookStore::~SlackWebhookStore() = default;

QString SlackWebhookStore::keyFor(const QString &channel)
{
    const QString key = slackChannelKey(channel);
    return QStringLiteral("slack:") + (key.isEmpty() ? QStringLiteral("default") : key);
}

QString SlackWebhookStore::entryDescription(const QString &channel)
{
    return Text::tr("the keychain entry %1/%2").arg(TokenStore::serviceName(), keyFor(channel));
}

namespace {

/// A keychain job outlives whoever started it: libsecret answers from the main loop with the job
/// as its callback data, so a job deleted with its store before the answer comes would be used
/// after it is freed. Jobs delete themselves once finished (QtKeychain's auto-delete); until then
/// the application keeps them, and the finished handler is tied to the store, so a late answer
/// for a store that is gone reaches nobody.
QObject *keychainJobParent()
{
    return QCoreApplication::instance();
}

enum class Operation { Read, Write, Remove };

void runJob(QKeychain::Job *job, Operation operation, const QString &channel, QObject *owner, QObject *context,
            SlackWebhookStore::Callback done)
{
    job->setAutoDelete(true);
    // Never a plaintext file: without a keychain the URL stays where the user keeps it.
    job->setInsecureFallback(false);
    job->setKey(SlackWebhookStore::keyFor(channel));
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, owner, [=](QKeychain::Job *finished) {
        if (!guard)
            return;
        WebhookStoreResult result;
        const QString entry = SlackWebhookStore::entryDescription(channel);
        switch (finished->error()) {
        case QKeychain::NoError:
            result.status = WebhookStoreStatus::Ok;
            if (operation == Operation::Read) {
                const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                const Expected<QUrl> url = validateSlackWebhookUrl(read->textData());
                if (url) {
                    result.url = *url;
                } else {
                    result.status = WebhookStoreStatus::Failed;
                    result.message = Text::tr("%1 holds no usable webhook URL: %2").arg(entry, url.error().message);
                }
            }
            break;
        case QKeychain::EntryNotFound:
            result.status = WebhookStoreStatus::NotFound;
            result.message = Text::tr("There is no %1").arg(entry);
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = WebhookStoreStatus::Denied;
            result.message = Text::tr("%1: access was denied. Unlock the keychain and allow Release Console to use it.")
                                 .arg(entry);
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            result.status = WebhookStoreStatus::NoKeychain;
            result.message = Text::tr("No keychain service is running: Slack webhook URLs cannot be stored. Start "
                                "a keychain service, or set RC_SLACK_WEBHOOK_URL in the environment.");
            break;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            // QtKeychain 0.13 reports a missing Secret Service as OtherError on Linux.
            result.status = WebhookStoreStatus::Failed;
            result.message = Text::tr("The keychain could not use %1 (%2). Check that a keychain service runs and is "
                                "unlocked, or set RC_SLACK_WEBHOOK_URL in the environment.")
                                 .arg(entry, finished->errorString());
            break;
        }
        done(result);
    });
    job->start();
}

} // namespace

KeychainSlackWebhookStore::KeychainSlackWebhookStore(QObject *parent)
    : SlackWebhookStore(parent)
    , m_service(TokenStore::serviceName())
{
}

KeychainSlackWebhookStore::~KeychainSlackWebhookStore() = default;

void KeychainSlackWebhookStore::setServiceName(const QString &service)
{
    m_service = service;
}

void KeychainSlackWebhookStore::read(const QString &channel, QObject *context, Callback done)
{
    runJob(new QKeychain::ReadPasswordJob(m_service, keychainJobParent()), Operation::Read, channel, this, context, std::move(done));
}

void KeychainSlackWebhookStore::write(const QString &channel, const QUrl &url, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, keychainJobParent());
    job->setTextData(url.toString(QUrl::FullyEncoded));
    runJob(job, Operation::Write, channel, this, context, std::move(done));
}

void KeychainSlackWebhookStore::remove(const QString &channel, QObject *context, Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(m_service, keychainJobParent()), Operation::Remove, channel, this, context,
           std::move(done));
}

} // namespace rc::core

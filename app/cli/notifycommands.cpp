// releasectl notify status|flush|test, and how every command that changes a release announces
// it: queued in the clone's Slack outbox first, then sent for a few seconds at most.

#include "cli.h"
#include "clicommon.h"

#include "manifest/manifestfile.h"
#include "notify/slacknotifier.h"

#include <QProcessEnvironment>

namespace rc::cli {

using namespace detail;
using namespace std::chrono_literals;

namespace {

// releasectl must not outlive its command by much when Slack is slow or down.
constexpr auto sendBudget = 4s;

QJsonObject entryJson(const core::OutboxEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("event"), e.event},
        {QStringLiteral("channel"), e.channel},
        {QStringLiteral("urgent"), e.urgent},
        {QStringLiteral("state"), core::toString(e.state)},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("created_at"), jsonTime(e.createdAt)},
        {QStringLiteral("next_attempt_at"), jsonTime(e.nextAttemptAt)},
        {QStringLiteral("last_error"), jsonString(e.lastError)},
        {QStringLiteral("text"), e.text},
    };
}

} // namespace

std::unique_ptr<core::SlackNotifier> Cli::makeNotifier(Context &context, bool quiet)
{
    auto notifier = std::make_unique<core::SlackNotifier>(core::SlackOutbox::directoryFor(context.repo->workdir()));
    std::vector<core::Error> problems;
    notifier->setWebhooks(core::SlackWebhooks::fromEnvironment(QProcessEnvironment::systemEnvironment(), &problems));
    if (!quiet) {
        for (const core::Error &p : problems)
            m_err << QLatin1String("releasectl: ") << tr("Slack: %1 is ignored: %2").arg(p.location, p.message) << Qt::endl;
    }
    const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*context.repo);
    if (rules) {
        notifier->setTemplates(core::notificationTemplates(*rules));
    } else if (!quiet) {
        m_err << QLatin1String("releasectl: ")
              << tr("Slack: the seed's messages are used, since the rules cannot be read: %1").arg(rules.error().toString())
              << Qt::endl;
    }
    return notifier;
}

void Cli::notifyRelease(Context &context, core::NotificationEvent event, const QString &manifestPath,
                        QHash<QString, QString> extra)
{
    if (!context.repo)
        return;
    // The manifest as the action left it, so the message says what is true now.
    const core::Expected<core::ManifestFile> file = core::ManifestFile::load(manifestPath, manifestPath);
    if (!file || !file->manifest())
        return;
    if (!extra.contains(QStringLiteral("user"))) {
        QString user = context.repo->userHandle();
        if (!user.isEmpty() && !user.startsWith(QLatin1Char('@')))
            user.prepend(QLatin1Char('@'));
        extra.insert(QStringLiteral("user"), user);
    }
    sendNotifications(context, {core::makeNotification(event, *file->manifest(), extra, QDateTime::currentDateTimeUtc())});
}

void Cli::sendNotifications(Context &context, const std::vector<core::Notification> &notifications)
{
    if (notifications.empty() || !context.repo)
        return;
    std::unique_ptr<core::SlackNotifier> notifier = makeNotifier(context, false);
    if (!notifier->isEnabled())
        return; // Slack is not set up for this user: nothing to announce, nothing to say.
    int queued = 0;
    for (const core::Notification &n : notifications) {
        const core::Expected<int> added = notifier->notify(n);
        if (!added) {
            m_err << QLatin1String("releasectl: ") << tr("Slack: %1").arg(added.error().toString()) << Qt::endl;
            return;
        }
        queued += *added;
    }
    if (queued == 0)
        return;
    if (notifier->flush(sendBudget))
        return;
    int waiting = 0;
    QString reason;
    for (const core::OutboxEntry &e : notifier->entries()) {
        if (e.state == core::OutboxEntry::State::Pending || e.state == core::OutboxEntry::State::Sending) {
            ++waiting;
            if (reason.isEmpty())
                reason = e.lastError;
        }
    }
    if (waiting > 0) {
        m_err << QLatin1String("releasectl: ")
              << tr("Slack: %n message(s) wait in the outbox (%1); 'releasectl notify flush' sends them.", "", waiting)
                     .arg(reason.isEmpty() ? tr("not sent yet") : reason)
              << Qt::endl;
    }
    for (const core::OutboxEntry &e : notifier->entries()) {
        if (e.state == core::OutboxEntry::State::Failed || e.state == core::OutboxEntry::State::Unconfirmed)
            m_err << QLatin1String("releasectl: ") << tr("Slack: %1").arg(core::SlackNotifier::describe(e)) << Qt::endl;
    }
}

int Cli::runNotify(const QStringList &args)
{
    CommandLine line(QStringLiteral("notify"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("test: the channel whose webhook to test (default: #releases)."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption resend(QStringLiteral("resend"), tr("flush: send a failed or unconfirmed message again (its id, or \"all\")."),
                                    QStringLiteral("ID"));
    const QCommandLineOption discard(QStringLiteral("discard"), tr("flush: remove a message from the outbox without sending it."),
                                     QStringLiteral("ID"));
    line.parser.addOptions({json, channel, resend, discard});
    line.parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status, flush or test."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl notify --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("status") && action != QLatin1String("flush") && action != QLatin1String("test")))
        return fail(ExitInvalidInput, tr("notify needs one of status, flush or test; see 'releasectl notify --help'"));
    if ((line.parser.isSet(resend) || line.parser.isSet(discard)) && action != QLatin1String("flush"))
        return fail(ExitInvalidInput, tr("--resend and --discard apply to notify flush only"));
    if (line.parser.isSet(channel) && action != QLatin1String("test"))
        return fail(ExitInvalidInput, tr("--channel applies to notify test only"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    std::unique_ptr<core::SlackNotifier> notifier = makeNotifier(context, line.parser.isSet(json));
    const bool asJson = line.parser.isSet(json);

    if (action == QLatin1String("test")) {
        const QString target = line.parser.isSet(channel) ? line.parser.value(channel).trimmed() : QStringLiteral("#releases");
        const QUrl url = notifier->webhooks().urlFor(target);
        if (url.isEmpty())
            return fail(ExitInvalidInput, tr("no Slack webhook for %1: set %2 (or %3 for every channel) to the URL of an "
                                             "incoming webhook")
                                              .arg(target, core::slackWebhookVariable(target),
                                                   core::slackWebhookVariable(QString())));
        core::SlackMessage message;
        message.event = QStringLiteral("test");
        message.channel = target;
        message.text = tr("Release Console can post to %1.").arg(target);
        message.payload = QJsonObject{
            {QStringLiteral("text"), message.text},
            {QStringLiteral("channel"), target},
            {QStringLiteral("blocks"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                                         {QStringLiteral("text"), message.text}}}}}},
        };
        const core::Expected<core::OutboxEntry> queued = notifier->enqueue(message);
        if (!queued)
            return fail(ExitFailed, queued.error().toString());
        notifier->flush(sendBudget);
        const std::optional<core::OutboxEntry> left = notifier->outbox().entry(queued->id);
        if (!left) {
            if (asJson)
                m_out << writeJson(QJsonDocument(QJsonObject{{QStringLiteral("channel"), target},
                                                             {QStringLiteral("host"), core::slackWebhookHost(url)},
                                                             {QStringLiteral("sent"), true}}));
            else
                m_out << tr("✓ Slack accepted a test message for %1 (webhook on %2)").arg(target, core::slackWebhookHost(url))
                      << Qt::endl;
            return ExitDone;
        }
        // A test message that did not go through is not worth keeping.
        const QString reason = left->lastError.isEmpty() ? tr("no answer in time") : left->lastError;
        if (left->state != core::OutboxEntry::State::Sending)
            notifier->discard(left->id);
        if (asJson) {
            m_out << writeJson(QJsonDocument(QJsonObject{{QStringLiteral("channel"), target},
                                                         {QStringLiteral("host"), core::slackWebhookHost(url)},
                                                         {QStringLiteral("sent"), false},
                                                         {QStringLiteral("error"), reason}}));
            return ExitFailed;
        }
        return fail(ExitFailed, tr("Slack did not take the test message for %1: %2").arg(target, reason));
    }

    if (action == QLatin1String("flush")) {
        for (const QCommandLineOption *option : {&resend, &discard}) {
            if (!line.parser.isSet(*option))
                continue;
            const QString id = line.parser.value(*option);
            QStringList ids;
            if (id == QLatin1String("all")) {
                for (const core::OutboxEntry &e : notifier->entries()) {
                    if (e.state == core::OutboxEntry::State::Failed || e.state == core::OutboxEntry::State::Unconfirmed)
                        ids << e.id;
                }
            } else {
                ids << id;
            }
            for (const QString &one : ids) {
                const core::Expected<core::Done> done = option == &resend ? notifier->resend(one) : notifier->discard(one);
                if (!done)
                    return fail(ExitInvalidInput, done.error().toString());
            }
        }
        // Asked for by a person: what waits out a back-off goes now (Retry-After still holds,
        // since a 429 is Slack asking for it).
        for (const core::OutboxEntry &e : notifier->entries()) {
            if (e.state == core::OutboxEntry::State::Pending && e.nextAttemptAt.isValid() && e.lastError.indexOf(QLatin1String("rate_limited")) != 0)
                notifier->resend(e.id);
        }
        if (!notifier->isEnabled() && !notifier->entries().empty())
            return fail(ExitInvalidInput, tr("no Slack webhook is set: set RC_SLACK_WEBHOOK_URL (or "
                                             "RC_SLACK_WEBHOOK_URL_<CHANNEL>) to send the outbox"));
        notifier->flush(sendBudget);
    }

    std::vector<core::Error> problems;
    const std::vector<core::OutboxEntry> entries = notifier->entries(&problems);
    int pending = 0;
    int failed = 0;
    for (const core::OutboxEntry &e : entries) {
        if (e.state == core::OutboxEntry::State::Pending || e.state == core::OutboxEntry::State::Sending)
            ++pending;
        else
            ++failed;
    }
    if (asJson) {
        QJsonArray list;
        for (const core::OutboxEntry &e : entries)
            list.append(entryJson(e));
        QJsonArray damaged;
        for (const core::Error &p : problems)
            damaged.append(QJsonObject{{QStringLiteral("file"), p.location}, {QStringLiteral("message"), p.message}});
        QJsonArray hooks;
        for (const QString &key : notifier->webhooks().keys()) {
            const QString channelName = key.isEmpty() ? QString() : key;
            hooks.append(QJsonObject{{QStringLiteral("variable"), core::slackWebhookVariable(channelName)},
                                     {QStringLiteral("host"), core::slackWebhookHost(notifier->webhooks().urlFor(channelName))}});
        }
        m_out << writeJson(QJsonDocument(QJsonObject{{QStringLiteral("outbox"), notifier->outbox().directory()},
                                                     {QStringLiteral("webhooks"), hooks},
                                                     {QStringLiteral("messages"), list},
                                                     {QStringLiteral("damaged"), damaged}}));
    } else {
        if (notifier->isEnabled()) {
            QStringList hosts;
            for (const QString &key : notifier->webhooks().keys())
                hosts << tr("%1 (%2)").arg(core::slackWebhookVariable(key),
                                           core::slackWebhookHost(notifier->webhooks().urlFor(key)));
            hosts.sort();
            m_out << tr("Slack webhooks: %1").arg(hosts.join(QLatin1String(", "))) << '\n';
        } else {
            m_out << tr("Slack webhooks: none (set RC_SLACK_WEBHOOK_URL, or RC_SLACK_WEBHOOK_URL_<CHANNEL> per channel)")
                  << '\n';
        }
        if (entries.empty())
            m_out << tr("The outbox is empty.") << '\n';
        else
            m_out << tr("Outbox: %1 waiting, %2 failed or unconfirmed").arg(pending).arg(failed) << '\n';
        for (const core::OutboxEntry &e : entries) {
            const char *colour = e.state == core::OutboxEntry::State::Pending ? Yellow : Red;
            m_out << QLatin1String("  ") << paint(e.id, Dim) << QLatin1String("  ")
                  << paint(core::SlackNotifier::describe(e), colour) << '\n';
        }
        for (const core::Error &p : problems)
            m_out << QLatin1String("  ") << paint(p.toString(), Red) << '\n';
        m_out.flush();
    }
    if (action == QLatin1String("flush") && pending > 0)
        return ExitFailed;
    return ExitDone;
}

} // namespace rc::cli

#include "slacksettingsdialog.h"

#include "appearance.h"
#include "slacksession.h"

#include "themecolors.h"

#include "notify/slacknotifier.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString channelLabel(const QString &channel)
{
    return channel.isEmpty() ? SlackSettingsDialog::tr("(default: every other channel)") : channel;
}

} // namespace

SlackSettingsDialog::SlackSettingsDialog(SlackSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Slack Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Release events are posted to Slack through incoming webhooks: one per channel, "
                                "or a default one for every channel without its own. Webhook URLs are kept in "
                                "the system keychain; releasectl reads RC_SLACK_WEBHOOK_URL and "
                                "RC_SLACK_WEBHOOK_URL_<CHANNEL> from the environment instead."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Channel"), tr("Webhook host"), tr("From")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Channels with a webhook"));
    layout->addWidget(m_list);

    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setEditable(true);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setToolTip(tr("A channel such as #releases or #team-api; leave it empty for the default webhook."));
    form->addRow(tr("&Channel:"), m_channel);
    m_url = new QLineEdit(this);
    m_url->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(tr("https://hooks.slack.com/services/…"));
    m_url->setAccessibleName(tr("Webhook URL"));
    form->addRow(tr("Webhook &URL:"), m_url);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_store = new QPushButton(tr("&Store in Keychain"), this);
    m_forget = new QPushButton(tr("&Forget"), this);
    m_test = new QPushButton(tr("Send &Test Message"), this);
    buttons->addWidget(m_store);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    buttons->addWidget(m_test);
    layout->addLayout(buttons);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_store, &QPushButton::clicked, this, &SlackSettingsDialog::store);
    connect(m_forget, &QPushButton::clicked, this, &SlackSettingsDialog::forget);
    connect(m_test, &QPushButton::clicked, this, &SlackSettingsDialog::sendTest);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) { m_store->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_channel, &QComboBox::currentTextChanged, this, &SlackSettingsDialog::updateForget);
    connect(m_session, &SlackSession::changed, this, &SlackSettingsDialog::refreshList);
    Appearance::onPaletteChange(this, [this] { restyleNote(); });
    m_store->setEnabled(false);
    refreshList();
    m_channel->setCurrentText(QStringLiteral("#releases"));
    if (!m_session->keychainProblem().isEmpty())
        showNote(m_session->keychainProblem(), true);
}

SlackSettingsDialog::~SlackSettingsDialog() = default;

QString SlackSettingsDialog::noteText() const
{
    return m_note->text();
}

QString SlackSettingsDialog::selectedChannel() const
{
    const QString text = m_channel->currentText().trimmed();
    if (text == channelLabel(QString()))
        return {};
    return text;
}

void SlackSettingsDialog::showNote(const QString &text, bool problem)
{
    m_note->setText(text);
    m_noteIsProblem = problem;
    restyleNote();
}

void SlackSettingsDialog::restyleNote()
{
    // A problem in the red that reads on the palette in use.
    m_note->setStyleSheet(m_noteIsProblem ? models::ThemeColors::textStyleSheet(models::Tone::Bad, QGuiApplication::palette())
                                          : QString());
}

void SlackSettingsDialog::refreshList()
{
    const QString current = m_channel->currentText();
    m_list->clear();
    QStringList channels;
    channels << QString() << QStringLiteral("#releases");
    for (const core::NotificationTemplate &t : core::defaultNotificationTemplates()) {
        if (!t.channel.contains(QLatin1Char('{')) && !channels.contains(t.channel))
            channels << t.channel;
    }
    for (const QString &stored : m_session->storedChannels()) {
        if (!channels.contains(stored))
            channels << stored;
    }
    for (const QString &key : m_session->webhooks().keys()) {
        bool known = false;
        for (const QString &c : channels)
            known = known || core::slackChannelKey(c) == key;
        if (!known)
            channels << QLatin1Char('#') + key.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    for (const QString &channel : channels) {
        const QString source = m_session->sourceOf(channel);
        if (source.isEmpty())
            continue;
        const QUrl url = m_session->webhooks().urlFor(channel);
        new QTreeWidgetItem(m_list, {channelLabel(channel), core::slackWebhookHost(url), source});
    }
    m_channel->blockSignals(true);
    m_channel->clear();
    for (const QString &channel : channels)
        m_channel->addItem(channelLabel(channel));
    m_channel->setCurrentText(current);
    m_channel->blockSignals(false);
    updateForget();
}

void SlackSettingsDialog::updateForget()
{
    // Only the keychain's entries can be forgotten here; the environment's belong to the shell.
    const QString channel = selectedChannel();
    const bool stored = m_session->isInKeychain(channel);
    m_forget->setEnabled(stored);
    const QString source = m_session->sourceOf(channel);
    m_forget->setToolTip(stored ? tr("Remove this channel's webhook from the keychain.")
                         : source.isEmpty() ? tr("The keychain holds no webhook for this channel.")
                                            : tr("This webhook comes from %1 in the environment; unset it there.").arg(source));
}

void SlackSettingsDialog::store()
{
    const QString channel = selectedChannel();
    m_store->setEnabled(false);
    m_session->storeWebhook(channel, m_url->text(), [this](bool ok, const QString &message) {
        showNote(message, !ok);
        if (ok)
            m_url->clear(); // the secret leaves the widget once it is in the keychain
        m_store->setEnabled(!m_url->text().trimmed().isEmpty());
        emit storeFinished(ok);
    });
}

void SlackSettingsDialog::forget()
{
    m_session->forgetWebhook(selectedChannel(), [this](bool ok, const QString &message) {
        showNote(message, !ok);
        emit storeFinished(ok);
    });
}

void SlackSettingsDialog::sendTest()
{
    if (m_testNotifier)
        return;
    const QString channel = selectedChannel().isEmpty() ? QStringLiteral("#releases") : selectedChannel();
    core::SlackWebhooks hooks = m_session->webhooks();
    // A URL typed but not stored yet is tested as it is.
    if (!m_url->text().trimmed().isEmpty()) {
        const core::Expected<QUrl> typed = core::validateSlackWebhookUrl(m_url->text());
        if (!typed) {
            showNote(typed.error().message, true);
            emit testFinished(false);
            return;
        }
        hooks.set(channel, *typed);
    }
    const QUrl url = hooks.urlFor(channel);
    if (url.isEmpty()) {
        showNote(tr("No webhook for %1: paste one above, or store a default one.").arg(channel), true);
        emit testFinished(false);
        return;
    }
    // A test message of its own, outside the clone's outbox: it is not worth keeping if it fails.
    m_testOutbox = std::make_unique<QTemporaryDir>();
    m_testNotifier = std::make_unique<core::SlackNotifier>(m_testOutbox->path());
    m_testNotifier->setWebhooks(hooks);
    core::SlackRetryPolicy once;
    once.timeout = std::chrono::seconds(10);
    m_testNotifier->setRetryPolicy(once);
    core::SlackMessage message;
    message.event = QStringLiteral("test");
    message.channel = channel;
    message.text = tr("Release Console can post to %1.").arg(channel);
    message.payload = QJsonObject{
        {QStringLiteral("text"), message.text},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("blocks"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                                     {QStringLiteral("text"), message.text}}}}}},
    };
    const core::Expected<core::OutboxEntry> queued = m_testNotifier->enqueue(message);
    if (!queued) {
        showNote(queued.error().toString(), true);
        m_testNotifier.reset();
        emit testFinished(false);
        return;
    }
    const QString id = queued->id;
    const QString host = core::slackWebhookHost(url);
    m_test->setEnabled(false);
    showNote(tr("Sending a test message to %1 through %2…").arg(channel, host), false);
    connect(m_testNotifier.get(), &core::SlackNotifier::outboxChanged, this, [this, id, channel, host] {
        if (!m_testNotifier || m_testNotifier->isSending())
            return;
        const std::optional<core::OutboxEntry> left = m_testNotifier->outbox().entry(id);
        const bool ok = !left;
        if (ok)
            showNote(tr("Slack accepted the test message for %1 (webhook on %2).").arg(channel, host), false);
        else
            showNote(tr("Slack did not take the test message for %1: %2").arg(channel, left->lastError), true);
        m_test->setEnabled(true);
        // Not from inside the notifier's own signal.
        QMetaObject::invokeMethod(this, [this] {
            m_testNotifier.reset();
            m_testOutbox.reset();
        }, Qt::QueuedConnection);
        emit testFinished(ok);
    });
    m_testNotifier->sendDue();
}

} // namespace rc::ui

#include "notificationstatus.h"

#include "appearance.h"
#include "slacksession.h"

#include "themecolors.h"

#include "notify/slacknotifier.h"

#include <QGuiApplication>
#include <QMenu>

namespace rc::ui {

namespace {

constexpr int maxListed = 15; // a tooltip taller than the screen helps nobody

} // namespace

NotificationStatus::NotificationStatus(SlackSession *session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_menu(new QMenu(this))
{
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setAccessibleName(tr("Slack notifications"));
    m_sendNow = m_menu->addAction(tr("Send Waiting Messages Now"));
    m_resend = m_menu->addAction(tr("Resend Failed and Unconfirmed Messages"));
    m_discard = m_menu->addAction(tr("Discard Failed and Unconfirmed Messages"));
    m_menu->addSeparator();
    m_settings = m_menu->addAction(tr("Slack Settings…"));

    connect(m_sendNow, &QAction::triggered, this, [this] {
        if (core::SlackNotifier *n = m_session->notifier()) {
            // "Now" means now: a message waiting out its back-off goes at once.
            for (const core::OutboxEntry &e : n->entries()) {
                if (e.state == core::OutboxEntry::State::Pending && e.nextAttemptAt.isValid())
                    n->resend(e.id);
            }
            n->sendDue();
        }
    });
    auto forStuck = [this](bool resend) {
        core::SlackNotifier *n = m_session->notifier();
        if (!n)
            return;
        for (const core::OutboxEntry &e : n->entries()) {
            if (e.state == core::OutboxEntry::State::Failed || e.state == core::OutboxEntry::State::Unconfirmed) {
                if (resend)
                    n->resend(e.id);
                else
                    n->discard(e.id);
            }
        }
        refresh();
    };
    connect(m_resend, &QAction::triggered, this, [forStuck] { forStuck(true); });
    connect(m_discard, &QAction::triggered, this, [forStuck] { forStuck(false); });
    connect(m_settings, &QAction::triggered, this, &NotificationStatus::settingsRequested);
    connect(m_session, &SlackSession::changed, this, &NotificationStatus::refresh);
    Appearance::onPaletteChange(this, [this] { restyle(); });
    refresh();
}

NotificationStatus::~NotificationStatus() = default;

void NotificationStatus::refresh()
{
    m_waiting = 0;
    m_failed = 0;
    core::SlackNotifier *n = m_session->notifier();
    std::vector<core::OutboxEntry> entries;
    std::vector<core::Error> problems;
    if (n)
        entries = n->entries(&problems);
    QStringList lines;
    for (const core::OutboxEntry &e : entries) {
        if (e.state == core::OutboxEntry::State::Pending || e.state == core::OutboxEntry::State::Sending)
            ++m_waiting;
        else
            ++m_failed;
        if (lines.size() < maxListed)
            lines << core::SlackNotifier::describe(e).toHtmlEscaped();
    }
    if (entries.size() > std::size_t(maxListed))
        lines << tr("… and %n more", "", int(entries.size()) - maxListed);
    for (const core::Error &p : problems)
        lines << p.toString().toHtmlEscaped();

    const bool enabled = !m_session->webhooks().isEmpty();
    setVisible(enabled || !entries.empty());
    QString text;
    if (m_failed > 0)
        text = tr("Slack: %n failed", "", m_failed);
    else if (m_waiting > 0)
        text = tr("Slack: %n waiting", "", m_waiting);
    else
        text = tr("Slack ✓");
    setText(text);
    restyle();

    QString tip;
    if (entries.empty())
        tip = enabled ? tr("Slack notifications are on; every message was delivered.")
                      : tr("No Slack webhook is set.");
    else
        tip = tr("Slack outbox:") + QLatin1String("<br>") + lines.join(QLatin1String("<br>"));
    if (!m_session->keychainProblem().isEmpty())
        tip += QLatin1String("<br>") + m_session->keychainProblem().toHtmlEscaped();
    setToolTip(tip);
    m_sendNow->setEnabled(m_waiting > 0);
    m_resend->setEnabled(m_failed > 0);
    m_discard->setEnabled(m_failed > 0);
}

void NotificationStatus::restyle()
{
    // Failed messages need someone to look: bold, in the red that reads on the palette in use.
    const QString sheet = m_failed > 0
        ? QStringLiteral("QToolButton { %1 font-weight: bold; }")
              .arg(models::ThemeColors::textStyleSheet(models::Tone::Bad, QGuiApplication::palette()))
        : QString();
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace rc::ui

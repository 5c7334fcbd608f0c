#pragma once

#include <QToolButton>

class QAction;
class QMenu;

namespace rc::ui {

class SlackSession;

/// The status bar's view of Slack notifications: "Slack ✓", "Slack: 2 waiting", "Slack: 1
/// failed", with a tooltip that lists every message still in the outbox and what Slack said
/// (invalid_payload, channel_not_found, ...), and a menu to send now, resend or discard.
/// Hidden while no webhook is set and the outbox is empty.
class NotificationStatus final : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationStatus(SlackSession *session, QWidget *parent = nullptr);
    ~NotificationStatus() override;

    /// Reads the outbox again and updates the text, tooltip and menu.
    void refresh();

    int waitingCount() const { return m_waiting; }
    int failedCount() const { return m_failed; }
    QAction *sendNowAction() const { return m_sendNow; }
    QAction *resendAction() const { return m_resend; }
    QAction *discardAction() const { return m_discard; }

signals:
    /// Settings → Slack… is wanted (from the menu).
    void settingsRequested();

private:
    /// The failed count in the palette's red, readable on light and dark alike.
    void restyle();

    SlackSession *m_session;
    QMenu *m_menu;
    QAction *m_sendNow;
    QAction *m_resend;
    QAction *m_discard;
    QAction *m_settings;
    int m_waiting = 0;
    int m_failed = 0;
};

} // namespace rc::ui

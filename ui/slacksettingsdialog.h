#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;

namespace rc::core {
class SlackNotifier;
}

namespace rc::ui {

class SlackSession;

/// Settings → Slack…: which channels have an incoming webhook and where it comes from (the
/// keychain or the environment, with the host only: the URL is a secret and is never shown
/// again once stored), a field to paste a channel's or the default webhook URL into the
/// keychain, and Send Test Message, which posts to the chosen channel off the outbox and says
/// what Slack answered.
class SlackSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SlackSettingsDialog(SlackSession *session, QWidget *parent = nullptr);
    ~SlackSettingsDialog() override;

    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *storeButton() const { return m_store; }
    QPushButton *forgetButton() const { return m_forget; }
    QPushButton *testButton() const { return m_test; }
    QTreeWidget *channelList() const { return m_list; }
    /// The note under the buttons: the outcome of the last store, forget or test.
    QString noteText() const;
    bool isTesting() const { return m_testNotifier != nullptr; }

    /// The channel the combo box names; "" for the default webhook.
    QString selectedChannel() const;

    void store();
    void forget();
    void sendTest();

signals:
    void storeFinished(bool ok);
    void testFinished(bool ok);

private:
    void refreshList();
    void showNote(const QString &text, bool problem);
    void restyleNote();
    void updateForget();

    SlackSession *m_session;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_store = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_note = nullptr;
    bool m_noteIsProblem = false;
    std::unique_ptr<QTemporaryDir> m_testOutbox;
    std::unique_ptr<core::SlackNotifier> m_testNotifier;
};

} // namespace rc::ui

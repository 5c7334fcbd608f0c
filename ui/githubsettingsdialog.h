#pragma once

#include "github/githubclient.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rc::ui {

class GitHubSession;

/// Settings → GitHub…: the API URL, repository, workflow and ref of the open clone, each with the
/// value that applies and where it comes from (the rules, the origin remote, this user's
/// override); the token (stored in the keychain, never shown); and Test Connection, which asks
/// GitHub who the token is, what it may do in the repository and how much rate limit is left.
/// Fields hold overrides: empty means the clone's own value, shown as the placeholder.
class GitHubSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GitHubSettingsDialog(GitHubSession *session, QWidget *parent = nullptr);
    ~GitHubSettingsDialog() override;

    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *repositoryEdit() const { return m_repository; }
    QLineEdit *workflowEdit() const { return m_workflow; }
    QLineEdit *refEdit() const { return m_ref; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *saveTokenButton() const { return m_saveToken; }
    QPushButton *forgetTokenButton() const { return m_forgetToken; }
    QPushButton *saveButton() const;

    /// True while Test Connection waits for GitHub.
    bool isTesting() const { return m_testClient != nullptr; }
    /// The outcome of the last Test Connection, as shown.
    QString testResultText() const;

    /// Applies the fields as overrides and, when a token was typed, stores it; closes when both
    /// worked, else shows why and stays open.
    void save();
    void testConnection();

Q_SIGNALS:
    /// A Test Connection finished (its outcome is shown).
    void testFinished(bool ok);
    /// Saving the token or forgetting it finished.
    void tokenActionFinished(bool ok);

private:
    core::GitHubUserOverrides fieldOverrides() const;
    void refreshFromSession();
    void updateSources();
    void saveToken(bool closeAfter);
    void forgetToken();
    void showTestResult(const core::GitHubConnectionResult &result, const QString &repository);
    void showNote(QLabel *label, const QString &text, bool problem);

    GitHubSession *m_session;
    QLabel *m_intro = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLabel *m_apiUrlSource = nullptr;
    QLineEdit *m_repository = nullptr;
    QLabel *m_repositorySource = nullptr;
    QLineEdit *m_workflow = nullptr;
    QLabel *m_workflowSource = nullptr;
    QLineEdit *m_ref = nullptr;
    QLabel *m_refSource = nullptr;
    QLabel *m_settingsProblem = nullptr;

    QLabel *m_tokenStatus = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_saveToken = nullptr;
    QPushButton *m_forgetToken = nullptr;
    QLabel *m_tokenNote = nullptr;

    QPushButton *m_testButton = nullptr;
    QLabel *m_login = nullptr;
    QLabel *m_testRepository = nullptr;
    QLabel *m_canDispatch = nullptr;
    QLabel *m_canWriteIssues = nullptr;
    QLabel *m_rateLimit = nullptr;
    QLabel *m_testMessage = nullptr;
    QWidget *m_testDetails = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<core::GitHubClient> m_testClient;
    bool m_tokenBusy = false;
};

} // namespace rc::ui

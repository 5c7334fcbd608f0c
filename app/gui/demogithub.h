#pragma once

#include "github/githubsettings.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace rc::fakegithub {
class FakeGitHub;
struct WorkflowSpec;
}

namespace rc::ui {
class GitHubSession;
}

namespace rc::app {

/// The GitHub of `release-console --demo`: a FakeGitHub on 127.0.0.1 in this process, with the
/// release-train workflow, the demo's people as collaborators (the team leads with write
/// permission), and runs that move by themselves at a pace a person can follow (a deploy takes
/// about half a minute). Its token is made up at start and lives in memory only.
class DemoGitHub final : public QObject
{
    Q_OBJECT

public:
    explicit DemoGitHub(QObject *parent = nullptr);
    ~DemoGitHub() override;

    /// Listens on a free loopback port; false with `error` set when it cannot.
    bool start(QString *error);
    QUrl apiUrl() const;
    /// The demo user's token (login demoLogin(), maintain permission).
    core::GitHubToken token() const { return m_token; }
    fakegithub::FakeGitHub *server() const { return m_server.get(); }

    /// Points `session` at this server and keeps the server's repository name in step with the
    /// repository the session resolves from the demo clone (nedlia/nedlia).
    void attach(ui::GitHubSession *session);

    /// The release manager of the demo manifests.
    static QString demoLogin();
    /// The team leads of the demo rules (resources/demo/release-console.yaml).
    static QStringList teamLeads();
    /// How much slower than the workflow's step durations the runs move (1.0: as written).
    static double pace();
    /// The release-train workflow as the demo runs it: the seed's, with step durations that read
    /// as a real run.
    static fakegithub::WorkflowSpec workflow();

private:
    std::unique_ptr<fakegithub::FakeGitHub> m_server;
    core::GitHubToken m_token;
};

} // namespace rc::app

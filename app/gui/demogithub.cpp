#include "demogithub.h"

#include "fakegithub/fakegithub.h"
#include "githubsession.h"

#include <QCoreApplication>
#include <QUuid>

namespace rc::app {

// Validation in about ten seconds, the deploy in about twenty: long enough to watch the steps
// move, short enough for a newcomer's first deploy.
fakegithub::WorkflowSpec DemoGitHub::workflow()
{
    fakegithub::WorkflowSpec spec = fakegithub::releaseTrainWorkflow();
    const QHash<QString, int> durations{
        {QStringLiteral("Set up job"), 2000},        {QStringLiteral("Check out repository"), 2500},
        {QStringLiteral("Validate manifest"), 4000}, {QStringLiteral("Complete job"), 1000},
        {QStringLiteral("Deploy components"), 12000}, {QStringLiteral("Smoke test"), 6000},
    };
    for (fakegithub::JobSpec &job : spec.jobs) {
        for (fakegithub::StepSpec &step : job.steps)
            step.durationMs = durations.value(step.name, 2000);
    }
    return spec;
}

DemoGitHub::DemoGitHub(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<fakegithub::FakeGitHub>())
{
}

DemoGitHub::~DemoGitHub() = default;

QString DemoGitHub::demoLogin()
{
    return QStringLiteral("john-doe");
}

QStringList DemoGitHub::teamLeads()
{
    return {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
            QStringLiteral("dave"),  QStringLiteral("erin"), QStringLiteral("frank")};
}

double DemoGitHub::pace()
{
    return 1.0;
}

bool DemoGitHub::start(QString *error)
{
    if (!m_server->listen()) {
        *error = QCoreApplication::translate("rc::app::DemoGitHub",
                                             "The simulated GitHub of the demo could not listen on 127.0.0.1: %1")
                     .arg(m_server->errorString());
        return false;
    }
    // The demo clone's origin is https://github.com/nedlia/nedlia.git; attach() follows the
    // clone should its rules name another repository.
    m_server->setRepository(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
    m_server->setDefaultBranch(QStringLiteral("main"));
    m_server->addWorkflow(workflow());
    // Made up for this run and held in memory only: it opens nothing but this loopback server.
    m_token = core::GitHubToken(QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::Id128),
                                QCoreApplication::translate("rc::app::DemoGitHub", "the demo"));
    m_server->addToken(m_token.secret(), demoLogin(), fakegithub::Permission::Maintain);
    for (const QString &lead : teamLeads())
        m_server->setCollaboratorPermission(lead, fakegithub::Permission::Write);
    m_server->startAutomaticProgress(pace());
    return true;
}

QUrl DemoGitHub::apiUrl() const
{
    return m_server->baseUrl();
}

void DemoGitHub::attach(ui::GitHubSession *session)
{
    const auto follow = [this, session] {
        const core::GitHubRepositoryName &name = session->settings().repository;
        if (session->isSimulated() && !name.isEmpty()
            && (name.owner != m_server->owner() || name.name != m_server->repositoryName()))
            m_server->setRepository(name.owner, name.name);
    };
    connect(session, &ui::GitHubSession::changed, this, follow);
    session->setSimulated(apiUrl(), m_token);
    follow();
}

} // namespace rc::app

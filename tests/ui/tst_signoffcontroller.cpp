// SignoffController against FakeGitHub on 127.0.0.1 and a real clone: Request Sign-offs opens the
// issues, Check Sign-offs records a team lead's /approve as a committed edit that the open document
// shows at once, and the actions say why they cannot run.

#include "signoffcontroller.h"

#include "githubsession.h"
#include "releasedocument.h"

#include "../core/git/gittestutil.h"
#include "fakegithub/fakegithub.h"
#include "git/repository.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::test;
using fakegithub::FakeGitHub;
namespace fake = rc::fakegithub;

namespace {

const QString token = QStringLiteral("fake-token-release-bot");

const QByteArray manifestText = R"(release:
  id: rel-2024-03-05-001
  status: pending_approval

components:
  - name: api
    new_version: v1.3.0
    team_lead: '@alice'
    sign_off: pending

  - name: portal
    new_version: v3.1.0
    team_lead: '@carol'
    sign_off: pending # the portal team answers later

  - name: workers
    sign_off: not_required
)";

const QByteArray rulesText = R"(components:
  - name: api
    paths: [api/]
    team_lead: '@alice'
  - name: portal
    paths: [portal/]
    team_lead: '@carol'
  - name: workers
    paths: [workers/]
github:
  repository: acme/shop
)";

} // namespace

class tst_SignoffController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig(m_dir.filePath(QStringLiteral("no-config")));
    }

    void init()
    {
        m_server = std::make_unique<FakeGitHub>();
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_server->setRepository(QStringLiteral("acme"), QStringLiteral("shop"));
        m_server->addToken(token, QStringLiteral("release-bot"), fake::Permission::Write);
        m_server->setCollaboratorPermission(QStringLiteral("alice"), fake::Permission::Write);
        m_server->setCollaboratorPermission(QStringLiteral("carol"), fake::Permission::Write);
        m_clone = makeClone();
        QVERIFY(!m_clone.isEmpty());
    }

    void cleanup() { m_server.reset(); }

    void actionsSayWhyTheyWait()
    {
        ui::GitHubSession session;
        models::ReleaseDocument document;
        ui::SignoffController controller(&session, &document);
        QAction request, check;
        controller.attachActions(&request, &check);
        QVERIFY(!request.isEnabled());
        QCOMPARE(request.toolTip(), QStringLiteral("Open a release first."));

        QVERIFY(document.open(m_clone + QStringLiteral("/releases/rel-2024-03-05-001.yaml")));
        QVERIFY(!request.isEnabled()); // no GitHub yet
        QVERIFY(!request.toolTip().isEmpty());

        session.setSimulated(m_server->baseUrl(), core::GitHubToken(token, QStringLiteral("test")));
        session.setClonePath(m_clone);
        QVERIFY(QTest::qWaitFor([&] { return session.isReady(); }, 5000));
        QVERIFY(request.isEnabled());
        QVERIFY(check.isEnabled());
        QVERIFY2(request.toolTip().contains(QStringLiteral("acme/shop")), qPrintable(request.toolTip()));
        QVERIFY(!request.toolTip().contains(token));
    }

    void requestThenCheck()
    {
        ui::GitHubSession session;
        session.setSimulated(m_server->baseUrl(), core::GitHubToken(token, QStringLiteral("test")));
        session.setClonePath(m_clone);
        QVERIFY(QTest::qWaitFor([&] { return session.isReady(); }, 5000));
        models::ReleaseDocument document;
        QVERIFY(document.open(m_clone + QStringLiteral("/releases/rel-2024-03-05-001.yaml")));
        ui::SignoffController controller(&session, &document);
        controller.setShowsDialogs(false);
        QAction request, check;
        controller.attachActions(&request, &check);
        QSignalSpy finished(&controller, &ui::SignoffController::finished);

        request.trigger();
        QVERIFY(controller.isBusy());
        QVERIFY(!request.isEnabled()); // one operation at a time
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY2(controller.lastSummary().startsWith(QStringLiteral("2 sign-off issue(s) opened")),
                 qPrintable(controller.lastSummary()));
        const QList<fake::IssueState> issues = m_server->issues();
        QCOMPARE(issues.size(), 2);
        QTRY_VERIFY(request.isEnabled());

        // A second request opens nothing new.
        request.trigger();
        QVERIFY(finished.wait(15000));
        QCOMPARE(m_server->issues().size(), 2);
        QVERIFY2(controller.lastSummary().contains(QStringLiteral("already open")), qPrintable(controller.lastSummary()));

        int apiIssue = 0;
        for (const fake::IssueState &issue : m_server->issues())
            if (issue.title.contains(QStringLiteral("api")))
                apiIssue = issue.number;
        QVERIFY(apiIssue > 0);
        QVERIFY(m_server->addComment(apiIssue, QStringLiteral("alice"), QStringLiteral("Looks good.\n/approve\n")) > 0);
        QVERIFY(m_server->addComment(apiIssue, QStringLiteral("mallory"), QStringLiteral("/approve")) > 0);

        git_repository *raw = nullptr;
        QCOMPARE(git_repository_open(&raw, QFile::encodeName(m_clone).constData()), 0);
        const int commitsBefore = commitCount(raw);
        QTRY_VERIFY(check.isEnabled());
        check.trigger();
        QVERIFY(finished.wait(15000));
        QVERIFY2(controller.lastSummary().contains(QStringLiteral("api: approved by @alice")), qPrintable(controller.lastSummary()));
        QVERIFY2(controller.lastSummary().contains(QStringLiteral("mallory")), qPrintable(controller.lastSummary()));
        QCOMPARE(commitCount(raw), commitsBefore + 1);
        git_repository_free(raw);
        // The open document shows the recorded decision without a manual reload.
        const core::Manifest *manifest = document.manifest();
        QVERIFY(manifest);
        QVERIFY(manifest->components.at(0).signOff == core::SignOff::Approved);
        QVERIFY(manifest->components.at(1).signOff == core::SignOff::Pending);
        QVERIFY(!controller.lastSummary().contains(token));
    }

private:
    QString makeClone()
    {
        const QString path = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
        core::Expected<core::Repository> repo = core::Repository::init(path);
        if (!repo)
            return {};
        if (!writeFile(path + QStringLiteral("/.release-console.yaml"), rulesText)
            || !writeFile(path + QStringLiteral("/releases/rel-2024-03-05-001.yaml"), manifestText))
            return {};
        if (!repo->commitAll(QStringLiteral("Release rules and the manifest"),
                             {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
            return {};
        git_repository *raw = nullptr;
        if (git_repository_open(&raw, QFile::encodeName(path).constData()) != 0)
            return {};
        const bool ok = setConfig(raw, "user.name", QStringLiteral("Release Bot"))
            && setConfig(raw, "user.email", QStringLiteral("bot@example.com"));
        git_repository_free(raw);
        return ok ? path : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeGitHub> m_server;
    QString m_clone;
    int m_clones = 0;
};

QTEST_MAIN(tst_SignoffController)
#include "tst_signoffcontroller.moc"

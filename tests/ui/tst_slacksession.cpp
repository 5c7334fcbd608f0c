// SlackSession as the window uses it: real clones, a real ReleaseDocument, DeployController and
// SignoffController against FakeGitHub on 127.0.0.1, and the messages checked as they arrive at a
// local Slack receiver. The window announces what it does, as releasectl does for the same
// actions, never what it merely read from disk, and a Slack outage never holds up the action.

#include "slacksession.h"

#include "deploycontroller.h"
#include "githubsession.h"
#include "notificationstatus.h"
#include "releasedocument.h"
#include "signoffcontroller.h"

#include "memorywebhookstore.h"
#include "../core/git/gittestutil.h"
#include "../core/notify/slackreceiver.h"

#include "demo/demoworkspace.h"
#include "fakegithub/fakegithub.h"
#include "git/repository.h"
#include "manifest/manifestedit.h"
#include "notify/slacknotifier.h"

#include <QAction>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::test;
using fakegithub::FakeGitHub;
using ui::DeployController;
using ui::SlackSession;

namespace {

const QString ReleaseId = QStringLiteral("rel-2024-03-05-001");
const QString GitHubToken = QStringLiteral("fake-token-release-bot");
const QString Hotfix = QStringLiteral("rel-2024-01-10-hotfix-001"); // demo: approved, ready
const QString Deployed = QStringLiteral("rel-2024-01-08-001"); // demo: deployed

const QByteArray manifestText = R"(release:
  id: rel-2024-03-05-001
  status: pending_approval

components:
  - name: api
    new_version: v1.3.0
    team: platform
    team_lead: '@alice'
    sign_off: pending

  - name: portal
    new_version: v3.1.0
    team: web
    team_lead: '@carol'
    sign_off: pending # the portal team answers later

  - name: workers
    team: platform
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

// What arrived, read the way a person reads it in Slack.
QString contextOf(const Posted &p)
{
    for (const QJsonValue &block : p.json().value(QStringLiteral("blocks")).toArray()) {
        if (block[QStringLiteral("type")].toString() == QLatin1String("context"))
            return block[QStringLiteral("elements")][0][QStringLiteral("text")].toString();
    }
    return {};
}

// The event named in the context line "Release Console · <event> · <time>".
QString eventOf(const Posted &p)
{
    const QString context = contextOf(p);
    const QString prefix = QStringLiteral("Release Console · ");
    return context.startsWith(prefix) ? context.mid(prefix.size()).section(QLatin1Char(' '), 0, 0) : QString();
}

// The value of a section field such as "By" or "Run"; null when the message has none.
QString fieldOf(const Posted &p, const QString &label)
{
    const QString prefix = QLatin1Char('*') + label + QStringLiteral("*\n");
    for (const QJsonValue &block : p.json().value(QStringLiteral("blocks")).toArray()) {
        for (const QJsonValue &field : block[QStringLiteral("fields")].toArray()) {
            const QString text = field[QStringLiteral("text")].toString();
            if (text.startsWith(prefix))
                return text.mid(prefix.size());
        }
    }
    return {};
}

QString textOf(const Posted &p)
{
    return p.json().value(QStringLiteral("text")).toString();
}

QString channelOf(const Posted &p)
{
    return p.json().value(QStringLiteral("channel")).toString();
}

bool hasHeader(const Posted &p)
{
    const QJsonArray blocks = p.json().value(QStringLiteral("blocks")).toArray();
    return !blocks.isEmpty() && blocks.first()[QStringLiteral("type")].toString() == QLatin1String("header");
}

QString git(const QString &dir, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class tst_SlackSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig(m_dir.filePath(QStringLiteral("no-config")));
        auto demo = core::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        m_demo = *demo;
    }

    void init()
    {
        QSettings().clear();
        m_store.entries.clear();
        m_receiver = std::make_unique<SlackReceiver>();
        QVERIFY(m_receiver->start());
        m_okAnswers = 0;
        m_down = false;
        m_receiver->answer = [this](const Posted &, int) {
            if (m_down)
                return SlackAnswer{500, "internal_error", {}};
            ++m_okAnswers;
            return SlackAnswer{};
        };
    }

    void cleanup()
    {
        // A webhook URL is a secret: it never shows in what a person reads.
        for (const Posted &p : std::as_const(m_receiver->posted))
            QVERIFY2(!p.body.contains("B000"), p.body.constData());
        m_deploy.reset();
        m_document.reset();
        m_slack.reset();
        m_client.reset();
        m_github.reset();
        m_receiver.reset();
    }

    // Sign-offs edited in the window and committed: one signoff_received per approval, and
    // all_signoffs_received with the last one; a rejection announces nothing. The webhook comes
    // from the keychain, as Settings → Slack… stores it.
    void signoffsCommittedInTheWindow()
    {
        const QString clone = makeClone();
        QVERIFY(!clone.isEmpty());
        m_slack = std::make_unique<SlackSession>(&m_store);
        m_slack->setEnvironment(QProcessEnvironment());
        bool stored = false;
        m_slack->storeWebhook(QString(), m_receiver->url(), [&](bool ok, const QString &) { stored = ok; });
        QTRY_VERIFY(stored);
        m_slack->setClonePath(clone);
        m_document = std::make_unique<models::ReleaseDocument>();
        m_slack->attach(m_document.get(), nullptr);
        QVERIFY(m_document->open(manifestPath(clone)));
        QCOMPARE(m_document->user(), QStringLiteral("@dana"));

        QVERIFY(m_document->apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}));
        QTRY_COMPARE(m_receiver->posted.size(), 1);
        const Posted api = m_receiver->posted.at(0);
        QCOMPARE(eventOf(api), QStringLiteral("signoff_received"));
        QCOMPARE(channelOf(api), QStringLiteral("#releases"));
        QCOMPARE(textOf(api), QStringLiteral("✅ platform approved api for %1").arg(ReleaseId));
        QCOMPARE(fieldOf(api, QStringLiteral("By")), QStringLiteral("@dana"));
        QCOMPARE(fieldOf(api, QStringLiteral("Component")), QStringLiteral("api"));
        QCOMPARE(fieldOf(api, QStringLiteral("Version")), QStringLiteral("v1.3.0"));
        QCOMPARE(api.hook, QStringLiteral("fake"));
        // When it happened, in the context line, readable as sent.
        const QString context = contextOf(api);
        QVERIFY2(QRegularExpression(QStringLiteral("^Release Console · signoff_received · \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                     .match(context)
                     .hasMatch(),
                 qPrintable(context));

        // A rejection is no sign-off received.
        QVERIFY(m_document->apply(
            core::SignOffEdit{QStringLiteral("portal"), core::SignOff::Rejected, {}, QStringLiteral("contrast too low"), {}}));
        QVERIFY(m_slack->notifier()->entries().empty());

        QVERIFY(m_document->apply(core::SignOffEdit{QStringLiteral("portal"), core::SignOff::Approved, {}, {}, {}}));
        QTRY_COMPARE(m_receiver->posted.size(), 3);
        QCOMPARE(eventOf(m_receiver->posted.at(1)), QStringLiteral("signoff_received"));
        QCOMPARE(textOf(m_receiver->posted.at(1)), QStringLiteral("✅ web approved portal for %1").arg(ReleaseId));
        QCOMPARE(eventOf(m_receiver->posted.at(2)), QStringLiteral("all_signoffs_received"));
        QCOMPARE(textOf(m_receiver->posted.at(2)),
                 QStringLiteral("🎉 All sign-offs received for %1. Ready for deployment!").arg(ReleaseId));
        QTRY_VERIFY(m_slack->notifier()->entries().empty());
    }

    // A change made elsewhere (a colleague's commit, releasectl) was announced there: reading it
    // announces nothing, and the next edit in the window announces only itself.
    void changeReadFromDiskIsNotAnnounced()
    {
        const QString clone = makeClone();
        QVERIFY(!clone.isEmpty());
        makeSession(clone);
        m_document = std::make_unique<models::ReleaseDocument>();
        m_slack->attach(m_document.get(), nullptr);
        QVERIFY(m_document->open(manifestPath(clone)));

        QByteArray text = readFile(manifestPath(clone));
        text.replace("sign_off: pending", "sign_off: approved\n    approved_by: '@alice'");
        QCOMPARE(text.count("sign_off: approved"), 2);
        QVERIFY(writeFile(manifestPath(clone), text));
        core::Expected<core::Repository> repo = core::Repository::discover(clone);
        QVERIFY(repo);
        QVERIFY(repo->commitFile(QStringLiteral("releases/%1.yaml").arg(ReleaseId), QStringLiteral("api and portal signed off")));
        QVERIFY(m_document->reload());
        QCOMPARE(m_document->manifest()->signOffsApproved(), 2);
        QVERIFY(m_slack->notifier()->entries().empty());
        QCoreApplication::processEvents();
        QCOMPARE(m_receiver->posted.size(), 0);

        // The workers component needs no sign-off; marking it pending and approving it in the
        // window is the only news.
        QVERIFY(m_document->apply(core::SignOffEdit{QStringLiteral("workers"), core::SignOff::Pending, {}, {}, {}}));
        QVERIFY(m_slack->notifier()->entries().empty());
        QVERIFY(m_document->apply(core::SignOffEdit{QStringLiteral("workers"), core::SignOff::Approved, {}, {}, {}}));
        QTRY_COMPARE(m_receiver->posted.size(), 2);
        QCOMPARE(eventOf(m_receiver->posted.at(0)), QStringLiteral("signoff_received"));
        QCOMPARE(fieldOf(m_receiver->posted.at(0), QStringLiteral("Component")), QStringLiteral("workers"));
        QCOMPARE(eventOf(m_receiver->posted.at(1)), QStringLiteral("all_signoffs_received"));
    }

    // Release → Request Sign-offs announces each issue it opened in the component's team
    // channel (signoff_pending), once; Check Sign-offs announces the decisions it recorded.
    void requestAndCheckSignoffs()
    {
        const QString clone = makeClone();
        QVERIFY(!clone.isEmpty());
        startGitHub(QStringLiteral("acme"), QStringLiteral("shop"));
        m_github->setCollaboratorPermission(QStringLiteral("alice"), fakegithub::Permission::Write);
        makeSession(clone, {{QStringLiteral("RC_SLACK_WEBHOOK_URL_TEAM_WEB"), m_receiver->url(QStringLiteral("web"))}});
        ui::GitHubSession github;
        github.setSimulated(m_github->baseUrl(), core::GitHubToken(GitHubToken, QStringLiteral("test")));
        github.setClonePath(clone);
        QTRY_VERIFY(github.isReady());
        m_document = std::make_unique<models::ReleaseDocument>();
        QVERIFY(m_document->open(manifestPath(clone)));
        ui::SignoffController signoffs(&github, m_document.get());
        signoffs.setShowsDialogs(false);
        m_slack->attach(m_document.get(), nullptr, &signoffs);
        QAction request, check;
        signoffs.attachActions(&request, &check);
        bool finished = false;
        connect(&signoffs, &ui::SignoffController::finished, this, [&finished] { finished = true; });

        QTRY_VERIFY(request.isEnabled());
        request.trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(m_github->issues().size(), 2);
        QTRY_COMPARE(m_receiver->posted.size(), 2);
        QHash<QString, Posted> byComponent;
        for (const Posted &p : std::as_const(m_receiver->posted)) {
            QCOMPARE(eventOf(p), QStringLiteral("signoff_pending"));
            byComponent.insert(fieldOf(p, QStringLiteral("Component")), p);
        }
        QCOMPARE(channelOf(byComponent.value(QStringLiteral("api"))), QStringLiteral("#team-platform"));
        QCOMPARE(byComponent.value(QStringLiteral("api")).hook, QStringLiteral("fake")); // the default webhook
        QCOMPARE(channelOf(byComponent.value(QStringLiteral("portal"))), QStringLiteral("#team-web"));
        QCOMPARE(byComponent.value(QStringLiteral("portal")).hook, QStringLiteral("web")); // the channel's own
        QCOMPARE(textOf(byComponent.value(QStringLiteral("portal"))),
                 QStringLiteral("📋 Sign-off required for portal in release %1").arg(ReleaseId));

        // Asking again opens nothing new, so it announces nothing.
        finished = false;
        QTRY_VERIFY(request.isEnabled());
        request.trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(m_github->issues().size(), 2);
        QVERIFY(m_slack->notifier()->entries().empty());
        QCOMPARE(m_receiver->posted.size(), 2);

        int apiIssue = 0;
        for (const fakegithub::IssueState &issue : m_github->issues())
            if (issue.title.contains(QStringLiteral("api")))
                apiIssue = issue.number;
        QVERIFY(m_github->addComment(apiIssue, QStringLiteral("alice"), QStringLiteral("/approve")) > 0);
        finished = false;
        QTRY_VERIFY(check.isEnabled());
        check.trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QVERIFY(m_document->manifest()->component(QStringLiteral("api"))->signOff == core::SignOff::Approved);
        QTRY_COMPARE(m_receiver->posted.size(), 3);
        const Posted approved = m_receiver->posted.at(2);
        QCOMPARE(eventOf(approved), QStringLiteral("signoff_received"));
        QCOMPARE(fieldOf(approved, QStringLiteral("Component")), QStringLiteral("api"));
        QCOMPARE(fieldOf(approved, QStringLiteral("By")), QStringLiteral("@alice"));

        // A second check finds the decision recorded already: nothing new to say.
        finished = false;
        QTRY_VERIFY(check.isEnabled());
        check.trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QVERIFY(m_slack->notifier()->entries().empty());
        QCOMPARE(m_receiver->posted.size(), 3);
    }

    void deployAndRollback_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("rollback");
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<QStringList>("events");

        QTest::addRow("deploy") << Hotfix << false << false
                                << QStringList{QStringLiteral("deployment_started"), QStringLiteral("deployment_completed")};
        QTest::addRow("deploy dry run") << Hotfix << false << true << QStringList{};
        QTest::addRow("rollback") << Deployed << true << false << QStringList{QStringLiteral("rollback_initiated")};
        QTest::addRow("rollback dry run") << Deployed << true << true << QStringList{};
    }

    // Deploy and rollback through the DeployController: what releasectl deploy and rollback
    // announce, with the run's link and who did it; dry runs announce nothing.
    void deployAndRollback()
    {
        QFETCH(QString, release);
        QFETCH(bool, rollback);
        QFETCH(bool, dryRun);
        QFETCH(QStringList, events);

        const QString clone = copyDemo();
        QVERIFY(!clone.isEmpty());
        startDeploy(clone, release);
        const QString reason = QStringLiteral("checkout errors <doubled> & rising");

        QVERIFY(rollback ? m_deploy->startRollback(reason, dryRun) : m_deploy->startDeploy(dryRun));
        QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
        const qint64 runId = onlyRun();
        const QString runUrl = m_github->baseUrl().toString() + QStringLiteral("/nedlia/nedlia/actions/runs/%1").arg(runId);

        if (rollback && !dryRun) {
            // Announced as soon as the run is dispatched, before it ends: people must know now.
            QTRY_COMPARE(m_receiver->posted.size(), 1);
            const Posted urgent = m_receiver->posted.at(0);
            QCOMPARE(eventOf(urgent), QStringLiteral("rollback_initiated"));
            QVERIFY(hasHeader(urgent));
            QCOMPARE(textOf(urgent), QStringLiteral("🚨 URGENT: ⚠ ROLLBACK initiated for %1 by @john.doe").arg(release));
            QCOMPARE(fieldOf(urgent, QStringLiteral("Reason")), QStringLiteral("checkout errors &lt;doubled&gt; &amp; rising"));
            QCOMPARE(fieldOf(urgent, QStringLiteral("Run")), runUrl);
            QCOMPARE(fieldOf(urgent, QStringLiteral("By")), QStringLiteral("@john.doe"));
            QCOMPARE(channelOf(urgent), QStringLiteral("#releases"));
        }
        if (!rollback && !dryRun) {
            // deployment_started once the manifest says deploying, with the run dispatched.
            QTRY_COMPARE_WITH_TIMEOUT(m_receiver->posted.size(), 1, 10000);
            QCOMPARE(core::toString(m_document->manifest()->release.status), QStringLiteral("deploying"));
            QCOMPARE(fieldOf(m_receiver->posted.at(0), QStringLiteral("Run")), runUrl);
            QCOMPARE(fieldOf(m_receiver->posted.at(0), QStringLiteral("Status")), QStringLiteral("deploying"));
        }

        QVERIFY(m_github->completeRun(runId, QStringLiteral("success")));
        QTRY_COMPARE_WITH_TIMEOUT(m_deploy->phase(), DeployController::Phase::Idle, 10000);
        // Whatever the action announces was queued by now; the rest is delivery.
        if (events.isEmpty()) {
            QVERIFY(m_slack->notifier()->entries().empty());
            QCOMPARE(m_receiver->posted.size(), 0);
        }
        QTRY_COMPARE(m_receiver->posted.size(), events.size());
        QStringList arrived;
        for (const Posted &p : std::as_const(m_receiver->posted)) {
            arrived << eventOf(p);
            QCOMPARE(fieldOf(p, QStringLiteral("Release")), release);
            QCOMPARE(fieldOf(p, QStringLiteral("By")), QStringLiteral("@john.doe"));
        }
        QCOMPARE(arrived, events);
        if (!rollback && !dryRun) {
            const Posted done = m_receiver->posted.at(1);
            QCOMPARE(textOf(done), QStringLiteral("✅ %1 successfully deployed to production").arg(release));
            QCOMPARE(fieldOf(done, QStringLiteral("Status")), QStringLiteral("deployed"));
            QCOMPARE(fieldOf(done, QStringLiteral("Run")), runUrl);
        }
        if (rollback && !dryRun)
            QCOMPARE(core::toString(m_document->manifest()->release.status), QStringLiteral("rolled_back"));
        QTRY_VERIFY(m_slack->notifier()->entries().empty());
        QCoreApplication::processEvents();
        QCOMPARE(m_receiver->posted.size(), events.size()); // each once
    }

    void slackOutage_data()
    {
        QTest::addColumn<bool>("rollback");
        QTest::addColumn<bool>("closed");

        QTest::addRow("sign-off, Slack answers 500") << false << false;
        QTest::addRow("sign-off, nobody listens") << false << true;
        QTest::addRow("rollback, Slack answers 500") << true << false;
        QTest::addRow("rollback, nobody listens") << true << true;
    }

    // Slack down: the release action goes through all the same, its message waits in the outbox
    // with the reason in the status bar, and goes out exactly once when Slack is back.
    void slackOutage()
    {
        QFETCH(bool, rollback);
        QFETCH(bool, closed);

        const quint16 port = m_receiver->port();
        const QString clone = rollback ? copyDemo() : makeClone();
        QVERIFY(!clone.isEmpty());
        if (rollback) {
            startDeploy(clone, Deployed);
        } else {
            makeSession(clone);
            m_document = std::make_unique<models::ReleaseDocument>();
            m_slack->attach(m_document.get(), nullptr);
            QVERIFY(m_document->open(manifestPath(clone)));
        }
        ui::NotificationStatus status(m_slack.get());
        if (closed)
            m_receiver->stop();
        else
            m_down = true;

        const int commits = git(clone, {"rev-list", "--count", "HEAD"}).toInt();
        QString expected;
        if (rollback) {
            expected = QStringLiteral("rollback_initiated");
            QVERIFY(m_deploy->startRollback(QStringLiteral("errors"), false));
            QTRY_VERIFY_WITH_TIMEOUT(onlyRun() != 0, 10000);
            QVERIFY(m_github->completeRun(onlyRun(), QStringLiteral("success")));
            QTRY_COMPARE_WITH_TIMEOUT(m_deploy->phase(), DeployController::Phase::Idle, 10000);
            QVERIFY2(m_deploy->lastLifecycle() && m_deploy->lastLifecycle()->ok(),
                     m_deploy->lastLifecycle() ? qPrintable(m_deploy->lastLifecycle()->message) : "no lifecycle step");
            QCOMPARE(core::toString(m_document->manifest()->release.status), QStringLiteral("rolled_back"));
        } else {
            expected = QStringLiteral("signoff_received");
            QVERIFY(m_document->apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}));
        }
        // The action is done and committed whatever Slack says.
        QCOMPARE(git(clone, {"rev-list", "--count", "HEAD"}).toInt(), commits + 1);

        // The message waits, and the status bar says so and why.
        QTRY_VERIFY(!m_slack->notifier()->entries().empty() && !m_slack->notifier()->entries().front().lastError.isEmpty());
        const std::vector<core::OutboxEntry> waiting = m_slack->notifier()->entries();
        QCOMPARE(waiting.size(), std::size_t(1));
        QCOMPARE(waiting.front().event, expected);
        QVERIFY(waiting.front().state == core::OutboxEntry::State::Pending);
        QTRY_COMPARE(status.waitingCount(), 1);
        QVERIFY(!status.isHidden());
        QCOMPARE(status.text(), QStringLiteral("Slack: 1 waiting"));
        QVERIFY2(status.toolTip().contains(expected), qPrintable(status.toolTip()));
        const QString why = closed ? QStringLiteral("refused") : QStringLiteral("500");
        QVERIFY2(status.toolTip().contains(why, Qt::CaseInsensitive), qPrintable(status.toolTip()));
        QVERIFY(!status.toolTip().contains(QLatin1String("B000")));
        QVERIFY(status.sendNowAction()->isEnabled());
        QCOMPARE(m_okAnswers, 0);

        // Slack is back: Send Now delivers it, once.
        if (closed)
            QVERIFY(m_receiver->start(port));
        m_down = false;
        status.sendNowAction()->trigger();
        QTRY_COMPARE(m_okAnswers, 1);
        QTRY_COMPARE(status.waitingCount(), 0);
        QVERIFY(m_slack->notifier()->entries().empty());
        QCOMPARE(eventOf(m_receiver->posted.last()), expected);
        QCOMPARE(status.text(), QStringLiteral("Slack ✓"));
        QCoreApplication::processEvents();
        QCOMPARE(m_okAnswers, 1);
    }

private:
    QString manifestPath(const QString &clone) const
    {
        return clone + QStringLiteral("/releases/%1.yaml").arg(ReleaseId);
    }

    // A clone with the rules and one release waiting for api's and portal's sign-off; @dana signs.
    QString makeClone()
    {
        const QString path = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
        core::Expected<core::Repository> repo = core::Repository::init(path);
        if (!repo)
            return {};
        if (!writeFile(path + QStringLiteral("/.release-console.yaml"), rulesText)
            || !writeFile(manifestPath(path), manifestText))
            return {};
        if (!repo->commitAll(QStringLiteral("Release rules and the manifest"),
                             {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
            return {};
        git_repository *raw = nullptr;
        if (git_repository_open(&raw, QFile::encodeName(path).constData()) != 0)
            return {};
        const bool ok = setConfig(raw, "user.name", QStringLiteral("Dana"))
            && setConfig(raw, "user.email", QStringLiteral("dana@example.com"))
            && setConfig(raw, "releaseconsole.user", QStringLiteral("@dana"));
        git_repository_free(raw);
        return ok ? path : QString();
    }

    // A fresh copy of the demo clone (releaseconsole.user is @john.doe there).
    QString copyDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo%1").arg(++m_clones));
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), m_demo, path});
        return copy.waitForFinished(30000) && copy.exitCode() == 0 ? path : QString();
    }

    // The session for `clone`, its default webhook from the environment (as releasectl reads it).
    void makeSession(const QString &clone, const QHash<QString, QString> &more = {})
    {
        m_slack = std::make_unique<SlackSession>(&m_store);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), m_receiver->url());
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            env.insert(it.key(), it.value());
        m_slack->setEnvironment(env);
        m_slack->setClonePath(clone);
        QVERIFY(m_slack->notifier());
    }

    void startGitHub(const QString &owner, const QString &repo)
    {
        m_github = std::make_unique<FakeGitHub>();
        m_github->setRepository(owner, repo);
        m_github->addToken(GitHubToken, QStringLiteral("release-bot"), fakegithub::Permission::Write);
        QVERIFY2(m_github->listen(), qPrintable(m_github->errorString()));
    }

    // The demo clone with `release` open, a DeployController on the fake GitHub, and the session
    // attached to both.
    void startDeploy(const QString &clone, const QString &release)
    {
        startGitHub(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
        m_github->addWorkflow(fakegithub::releaseTrainWorkflow());
        core::GitHubClientOptions options;
        options.timeoutMs = 5000;
        options.maxRetries = 1;
        options.retryBaseDelayMs = 10;
        m_client = std::make_unique<core::GitHubClient>(m_github->baseUrl(), core::GitHubToken(GitHubToken, QStringLiteral("test")),
                                                        options);
        core::GitHubSettings settings;
        settings.apiUrl = m_github->baseUrl();
        settings.repository = {QStringLiteral("nedlia"), QStringLiteral("nedlia")};
        settings.workflow = QStringLiteral("release-train.yml");
        settings.ref = QStringLiteral("main");

        makeSession(clone);
        m_document = std::make_unique<models::ReleaseDocument>();
        m_deploy = std::make_unique<DeployController>(nullptr, m_document.get());
        core::DispatcherOptions dispatch;
        dispatch.findAttempts = 3;
        dispatch.findFirstDelayMs = 20;
        dispatch.findMaxDelayMs = 50;
        dispatch.lostAnswerSearchMs = 500;
        m_deploy->setDispatcherOptions(dispatch);
        core::RunWatcherOptions watch;
        watch.fastIntervalMs = 30;
        watch.fastPeriodMs = 2000;
        watch.slowIntervalMs = 100;
        watch.maxIntervalMs = 200;
        m_deploy->setWatcherOptions(watch);
        m_deploy->setRunsRefreshInterval(0);
        m_deploy->useClient(m_client.get(), settings, true);
        m_slack->attach(m_document.get(), m_deploy.get());
        QVERIFY(m_document->open(clone + QStringLiteral("/releases/%1.yaml").arg(release)));
        QCOMPARE(m_document->releaseId(), release);
        // Until GitHub has said whether a run of the release is in flight, nothing may start.
        QTRY_VERIFY_WITH_TIMEOUT(!m_deploy->deployBlockers().join(QLatin1Char('\n')).contains(QLatin1String("checking GitHub")),
                                 10000);
    }

    qint64 onlyRun() const
    {
        const QList<qint64> ids = m_github->runIds();
        return ids.size() == 1 ? ids.first() : 0;
    }

    QTemporaryDir m_dir;
    QString m_demo;
    int m_clones = 0;
    MemoryWebhookStore m_store;
    std::unique_ptr<SlackReceiver> m_receiver;
    int m_okAnswers = 0;
    bool m_down = false;
    std::unique_ptr<FakeGitHub> m_github;
    std::unique_ptr<core::GitHubClient> m_client;
    std::unique_ptr<SlackSession> m_slack;
    std::unique_ptr<models::ReleaseDocument> m_document;
    std::unique_ptr<DeployController> m_deploy;
};

QTEST_MAIN(tst_SlackSession)
#include "tst_slacksession.moc"

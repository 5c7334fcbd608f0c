#include "demogithub.h"

#include "demo/demoworkspace.h"
#include "fakegithub/fakegithub.h"
#include "githubsession.h"
#include "github/githubclient.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rc::app::DemoGitHub;
using rc::ui::GitHubSession;

namespace {

std::optional<rc::core::GitHubResult> getJson(rc::core::GitHubClient &client, const QString &path, QObject *context)
{
    std::optional<rc::core::GitHubResult> result;
    client.get(path, path, context, [&](const rc::core::GitHubResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

} // namespace

class tst_DemoGitHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesTheDemoRepository();
    void teamLeadsMayApprove_data();
    void teamLeadsMayApprove();
    void deployTakesHalfAMinute();
    void sessionPointsAtIt();

private:
    QTemporaryDir m_dir;
};

void tst_DemoGitHub::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_DemoGitHub::servesTheDemoRepository()
{
    DemoGitHub demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    QCOMPARE(demo.apiUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(demo.apiUrl().scheme(), QStringLiteral("http"));
    QVERIFY(!demo.token().isEmpty());
    QVERIFY(demo.token().secret().startsWith(QLatin1String("demo-")));
    // A new token for every demo: nothing to remember, nothing that opens anything elsewhere.
    DemoGitHub second;
    QVERIFY2(second.start(&error), qPrintable(error));
    QVERIFY(second.token().secret() != demo.token().secret());

    rc::core::GitHubClient client(demo.apiUrl(), demo.token(), {.timeoutMs = 3000, .maxRetries = 0});
    std::optional<rc::core::GitHubConnectionResult> result;
    client.testConnection({QStringLiteral("nedlia"), QStringLiteral("nedlia")}, this,
                          [&](const rc::core::GitHubConnectionResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(result->info.login, DemoGitHub::demoLogin());
    QVERIFY(result->info.canDispatch());
    QVERIFY(result->info.canWriteIssues());

    const auto workflow = getJson(client, QStringLiteral("/repos/nedlia/nedlia/actions/workflows/release-train.yml"), this);
    QVERIFY(workflow.has_value());
    QVERIFY2(workflow->ok(), qPrintable(workflow->error.message));
    QCOMPARE(workflow->response.json().object().value(QLatin1String("path")).toString(),
             QStringLiteral(".github/workflows/release-train.yml"));
}

void tst_DemoGitHub::teamLeadsMayApprove_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("permission");
    for (const QString &lead : DemoGitHub::teamLeads())
        QTest::addRow("%s", qPrintable(lead)) << lead << "write";
    // GitHub names maintain "write" in this field (role_name says maintain).
    QTest::addRow("release manager") << DemoGitHub::demoLogin() << "write";
    QTest::addRow("a stranger") << "mallory" << "none";
}

void tst_DemoGitHub::teamLeadsMayApprove()
{
    QFETCH(QString, login);
    QFETCH(QString, permission);
    DemoGitHub demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    rc::core::GitHubClient client(demo.apiUrl(), demo.token(), {.timeoutMs = 3000, .maxRetries = 0});
    const auto answer =
        getJson(client, QStringLiteral("/repos/nedlia/nedlia/collaborators/%1/permission").arg(login), this);
    QVERIFY(answer.has_value());
    if (permission == QLatin1String("none")) {
        QVERIFY(!answer->ok() || answer->response.json().object().value(QLatin1String("permission")).toString()
                                     == QLatin1String("none"));
        return;
    }
    QVERIFY2(answer->ok(), qPrintable(answer->error.message));
    QCOMPARE(answer->response.json().object().value(QLatin1String("permission")).toString(), permission);
}

void tst_DemoGitHub::deployTakesHalfAMinute()
{
    // The pace a person watches: the run's steps, one after another, add up to 20 to 40 seconds.
    const rc::fakegithub::WorkflowSpec workflow = DemoGitHub::workflow();
    QCOMPARE(workflow.path, rc::fakegithub::releaseTrainWorkflow().path);
    qint64 total = 0;
    int steps = 0;
    for (const auto &job : workflow.jobs) {
        for (const auto &step : job.steps) {
            QVERIFY(step.durationMs >= 500);
            QVERIFY(!step.fails);
            total += step.durationMs;
            ++steps;
        }
    }
    QVERIFY(steps >= 6);
    const qint64 seconds = qint64(total * DemoGitHub::pace()) / 1000;
    QVERIFY2(seconds >= 20 && seconds <= 40, qPrintable(QString::number(seconds)));
}

void tst_DemoGitHub::sessionPointsAtIt()
{
    const auto clone = rc::core::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(clone, qPrintable(clone ? QString() : clone.error().toString()));

    DemoGitHub demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    demo.server()->setRepository(QStringLiteral("someone"), QStringLiteral("else"));
    GitHubSession session;
    session.setEnvironment({});
    demo.attach(&session);
    QVERIFY(session.isSimulated());
    session.setClonePath(clone.value());
    QVERIFY(QTest::qWaitFor([&] { return session.state() != GitHubSession::State::Loading; }, 10000));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QCOMPARE(session.settings().apiUrl, demo.apiUrl());
    QCOMPARE(session.settings().repository.fullName(), QStringLiteral("nedlia/nedlia"));
    QCOMPARE(session.targetDescription(), QStringLiteral("nedlia/nedlia (simulated GitHub)"));
    // The server follows the repository the clone names.
    QCOMPARE(demo.server()->owner(), QStringLiteral("nedlia"));
    QCOMPARE(demo.server()->repositoryName(), QStringLiteral("nedlia"));

    std::optional<rc::core::GitHubConnectionResult> result;
    session.client()->testConnection(session.settings().repository, this,
                                     [&](const rc::core::GitHubConnectionResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QVERIFY2(result->ok(), qPrintable(result->error.message));

    // Nothing of the demo is kept for real use: no setting names its server or holds its token.
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(demo.token().secret()), qPrintable(key));
        QVERIFY2(!value.contains(QLatin1String("127.0.0.1")), qPrintable(key));
    }
}

int main(int argc, char *argv[])
{
    // Never the user's keychain: no session bus, so no keychain service either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_demogithub"));
    tst_DemoGitHub test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demogithub.moc"

// releasectl's Slack notifications, the real binary against a Slack receiver in this process:
// a sign-off posts signoff_received and, for the last one, all_signoffs_received; a receiver that
// is down changes no exit code and leaves the messages in the outbox, which notify flush sends
// once the receiver is back, exactly once. The webhook URL appears in no output.

#include "../core/git/gittestutil.h"
#include "../core/notify/slackreceiver.h"

#include "git/repository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rc;
using namespace rc::test;

namespace {

const QString manifestPath = QStringLiteral("releases/rel-2024-03-05-001.yaml");

const QByteArray manifestText = R"(release:
  id: rel-2024-03-05-001
  status: pending_approval

components:
  - name: api
    new_version: v1.3.0
    team: backend
    team_lead: '@alice'
    sign_off: pending
  - name: portal
    team: frontend
    team_lead: '@carol'
    sign_off: approved
    approved_by: '@carol'
    approved_at: 2024-03-04T10:00:00Z
)";

const QByteArray rulesText = R"(components:
  - name: api
    paths: [api/]
    team: backend
    team_lead: '@alice'
  - name: portal
    paths: [portal/]
    team: frontend
    team_lead: '@carol'
notifications:
  - event: signoff_received
    message: '{component} signed off by {user} ({version})'
)";

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_NotifyCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
        m_home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
        isolateGitConfig(m_home);
    }

    void init()
    {
        QVERIFY(m_receiver.start());
        m_receiver.posted.clear();
        m_receiver.answer = nullptr;
        m_clone = makeClone();
        QVERIFY(!m_clone.isEmpty());
    }

    void signoffPostsAndLastOneSaysAll()
    {
        const Result r = run({QStringLiteral("signoff"), QStringLiteral("rel-2024-03-05-001"), QStringLiteral("api"),
                              QStringLiteral("--approve"), QStringLiteral("--by"), QStringLiteral("@alice")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_receiver.posted.size(), 2);
        const QJsonObject received = m_receiver.posted.at(0).json();
        QCOMPARE(received.value("text").toString(), "api signed off by @alice (v1.3.0)");
        QCOMPARE(received.value("channel").toString(), "#releases");
        QVERIFY(received.value("blocks").isArray());
        QCOMPARE(m_receiver.posted.at(1).json().value("text").toString(),
                 "🎉 All sign-offs received for rel-2024-03-05-001. Ready for deployment!");
        checkNoUrl(r);
        const Result status = run({QStringLiteral("notify"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value("messages").toArray().size(), 0);
        checkNoUrl(status);
    }

    void receiverDownKeepsOutboxAndFlushSendsOnce()
    {
        const quint16 port = m_receiver.port();
        const QString url = m_receiver.url();
        m_receiver.stop();
        const Result r = run({QStringLiteral("signoff"), QStringLiteral("rel-2024-03-05-001"), QStringLiteral("api"),
                              QStringLiteral("--approve"), QStringLiteral("--by"), QStringLiteral("@alice")},
                             url);
        QCOMPARE(r.exitCode, 0); // Slack's outage is not the sign-off's failure
        QVERIFY2(r.err.contains("wait in the outbox"), qPrintable(r.err));
        QVERIFY(r.out.contains("signed off") || r.out.contains("approved") || r.out.contains("saved"));
        checkNoUrl(r);

        const Result status = run({QStringLiteral("notify"), QStringLiteral("status"), QStringLiteral("--json")}, url);
        QCOMPARE(status.exitCode, 0);
        const QJsonArray messages = QJsonDocument::fromJson(status.out.toUtf8()).object().value("messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value("event").toString(), "signoff_received");
        QCOMPARE(messages.at(0).toObject().value("state").toString(), "pending");
        QVERIFY(messages.at(0).toObject().value("last_error").toString().contains("refused"));
        checkNoUrl(status);

        QVERIFY(m_receiver.start(port));
        // A flush someone asks for does not wait out the back-off.
        const Result flushed = run({QStringLiteral("notify"), QStringLiteral("flush")}, url);
        QVERIFY2(flushed.exitCode == 0, qPrintable(flushed.out + flushed.err));
        QCOMPARE(m_receiver.posted.size(), 2);
        QCOMPARE(m_receiver.posted.at(0).json().value("text").toString(), "api signed off by @alice (v1.3.0)");
        const Result again = run({QStringLiteral("notify"), QStringLiteral("flush")}, url);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("The outbox is empty."));
        QCOMPARE(m_receiver.posted.size(), 2);
        checkNoUrl(again);
    }

    void refusedMessageIsReportedNotRetried()
    {
        m_receiver.answer = [](const Posted &, int) { return SlackAnswer{404, "channel_not_found", {}}; };
        const Result test = run({QStringLiteral("notify"), QStringLiteral("test"), QStringLiteral("--channel"),
                                 QStringLiteral("#nowhere")});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.err.contains("channel_not_found"), qPrintable(test.err));
        QCOMPARE(m_receiver.posted.size(), 1);
        QCOMPARE(m_receiver.posted.first().json().value("channel").toString(), "#nowhere");
        checkNoUrl(test);
        // The failed test message is not kept.
        const Result status = run({QStringLiteral("notify"), QStringLiteral("status")});
        QVERIFY(status.out.contains("The outbox is empty."));
    }

    void plainHttpIsRefused()
    {
        const QString url = QStringLiteral("http://hooks.example.test/services/T000/B000/fake");
        const Result r = run({QStringLiteral("notify"), QStringLiteral("test")}, url);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not https"), qPrintable(r.err));
        QVERIFY(!r.err.contains("B000"));
    }

    void withoutWebhookNothingIsSaid()
    {
        const Result r = run({QStringLiteral("signoff"), QStringLiteral("rel-2024-03-05-001"), QStringLiteral("api"),
                              QStringLiteral("--approve"), QStringLiteral("--by"), QStringLiteral("@alice")},
                             QStringLiteral("-"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("Slack"), qPrintable(r.err));
        QCOMPARE(m_receiver.posted.size(), 0);
    }

private:
    void checkNoUrl(const Result &r)
    {
        QVERIFY2(!r.out.contains(QLatin1String("/services/")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(QLatin1String("/services/")), qPrintable(r.err));
    }

    /// `webhook`: RC_SLACK_WEBHOOK_URL; empty: the receiver's; "-": none.
    Result run(const QStringList &args, const QString &webhook = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QLatin1String("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QLatin1String("/.local/share"));
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("RC_SLACK_WEBHOOK_URL")))
                env.remove(key);
        }
        if (webhook != QLatin1String("-"))
            env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), webhook.isEmpty() ? m_receiver.url() : webhook);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_clone);
        // The receiver lives in this thread: wait in an event loop, never in waitForFinished().
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        process.start(m_binary, args);
        loop.exec();
        Result result;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("<timed out>");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString makeClone()
    {
        const QString path = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
        core::Expected<core::Repository> repo = core::Repository::init(path);
        if (!repo || !writeFile(path + QStringLiteral("/.release-console.yaml"), rulesText)
            || !writeFile(path + QLatin1Char('/') + manifestPath, manifestText))
            return {};
        if (!repo->commitAll(QStringLiteral("Rules and a release"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
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
    QString m_binary;
    QString m_home;
    QString m_clone;
    int m_clones = 0;
    SlackReceiver m_receiver;
};

QTEST_GUILESS_MAIN(tst_NotifyCommands)
#include "tst_notifycommands.moc"

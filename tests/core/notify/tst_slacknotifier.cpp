#include "notify/slacknotifier.h"

#include "slackreceiver.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using namespace std::chrono_literals;
using rc::test::Posted;
using rc::test::SlackAnswer;
using rc::test::SlackReceiver;

namespace {

// Every log line the notifier writes, to check that no webhook URL reaches the log.
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

Manifest sampleManifest()
{
    Manifest m;
    m.release.id = QStringLiteral("rel-2024-01-15-001");
    m.release.type = QStringLiteral("regular");
    m.release.status = ReleaseStatus::PendingApproval;
    Component api;
    api.name = QStringLiteral("api");
    api.team = QStringLiteral("backend");
    api.teamLead = QStringLiteral("@bob");
    api.currentVersion = QStringLiteral("v1.2.3");
    api.newVersion = QStringLiteral("v1.3.0");
    Component portal;
    portal.name = QStringLiteral("portal");
    portal.team = QStringLiteral("frontend");
    portal.teamLead = QStringLiteral("@carol");
    m.components = {api, portal};
    return m;
}

} // namespace

class tst_SlackNotifier : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    SlackReceiver m_receiver;

    std::unique_ptr<SlackNotifier> makeNotifier(const QString &defaultHook = QStringLiteral("fake"))
    {
        auto n = std::make_unique<SlackNotifier>(m_dir->path());
        n->setClock([this] { return m_now; });
        SlackRetryPolicy policy;
        policy.firstBackoff = 2s;
        policy.maxBackoff = 60s;
        policy.timeout = 2s;
        n->setRetryPolicy(policy);
        SlackWebhooks hooks;
        hooks.set(QString(), QUrl(m_receiver.url(defaultHook)));
        n->setWebhooks(hooks);
        return n;
    }

    /// Starts the next due message and waits for its answer.
    static void sendOne(SlackNotifier &n)
    {
        n.sendDue();
        QTRY_VERIFY(!n.isSending());
    }

    void checkNoSecret(const QStringList &texts)
    {
        for (const QString &t : texts) {
            QVERIFY2(!t.contains(QLatin1String("/services/")), qPrintable(t));
            QVERIFY2(!t.contains(QLatin1String("B000")), qPrintable(t));
        }
    }

    void checkNoSecretAnywhere(SlackNotifier &n)
    {
        QStringList texts = g_log;
        for (const OutboxEntry &e : n.entries()) {
            texts << SlackNotifier::describe(e) << e.lastError;
            QFile file(n.outbox().directory() + QLatin1Char('/') + e.id + QStringLiteral(".json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            texts << QString::fromUtf8(file.readAll());
        }
        checkNoSecret(texts);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("rc.notify.debug=true"));
        g_previous = qInstallMessageHandler(captureLog);
    }

    void init()
    {
        m_now = QDateTime(QDate(2024, 1, 15), QTime(10, 0), Qt::UTC);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_receiver.answer = nullptr;
        m_receiver.posted.clear();
        QVERIFY(m_receiver.start());
        g_log.clear();
    }

    void everyEventIsPostedAsBlockKit_data()
    {
        QTest::addColumn<int>("event");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QString>("text");

        QTest::addRow("release created") << int(NotificationEvent::ReleaseCreated) << "#releases" << false
                                         << "🚀 New release rel-2024-01-15-001 created with 2 components";
        QTest::addRow("sign-off pending") << int(NotificationEvent::SignoffPending) << "#team-backend" << false
                                          << "📋 Sign-off required for api in release rel-2024-01-15-001";
        QTest::addRow("sign-off received") << int(NotificationEvent::SignoffReceived) << "#releases" << false
                                           << "✅ backend approved api for rel-2024-01-15-001";
        QTest::addRow("all sign-offs received")
            << int(NotificationEvent::AllSignoffsReceived) << "#releases" << false
            << "🎉 All sign-offs received for rel-2024-01-15-001. Ready for deployment!";
        QTest::addRow("deployment started") << int(NotificationEvent::DeploymentStarted) << "#releases" << false
                                            << "🚀 Deployment started for rel-2024-01-15-001";
        QTest::addRow("deployment completed") << int(NotificationEvent::DeploymentCompleted) << "#releases" << false
                                              << "✅ rel-2024-01-15-001 successfully deployed to production";
        QTest::addRow("rollback initiated") << int(NotificationEvent::RollbackInitiated) << "#releases" << true
                                            << "🚨 URGENT: ⚠ ROLLBACK initiated for rel-2024-01-15-001 by @alice";
        QTest::addRow("break glass") << int(NotificationEvent::BreakGlass) << "#releases" << true
                                     << "🚨 URGENT: 🚨 Break-glass override for rel-2024-01-15-001 by @alice until "
                                        "Mon 2024-01-15 14:00 (UTC): API outage &lt;P1&gt;";
    }

    void everyEventIsPostedAsBlockKit()
    {
        QFETCH(int, event);
        QFETCH(QString, channel);
        QFETCH(bool, urgent);
        QFETCH(QString, text);

        auto n = makeNotifier();
        const QHash<QString, QString> extra{{QStringLiteral("component"), QStringLiteral("api")},
                                            {QStringLiteral("user"), QStringLiteral("@alice")},
                                            {QStringLiteral("reason"), QStringLiteral("API outage <P1>")},
                                            {QStringLiteral("until"), QStringLiteral("Mon 2024-01-15 14:00 (UTC)")}};
        const Notification note = makeNotification(NotificationEvent(event), sampleManifest(), extra, m_now);
        const Expected<int> queued = n->notify(note);
        QVERIFY(queued);
        QCOMPARE(*queued, 1);
        QCOMPARE(n->entries().size(), 1u);
        sendOne(*n);

        QCOMPARE(m_receiver.posted.size(), 1);
        const Posted &p = m_receiver.posted.first();
        QVERIFY(p.contentType.startsWith("application/json"));
        const QJsonObject json = p.json();
        QCOMPARE(json.value("text").toString(), text);
        QCOMPARE(json.value("channel").toString(), channel);
        const QJsonArray blocks = json.value("blocks").toArray();
        QVERIFY(!blocks.isEmpty());
        QVERIFY(blocks.size() <= slacklimits::blocks);
        // An urgent message opens with a header that says so; others go straight to the text.
        QCOMPARE(blocks.first().toObject().value("type").toString(), urgent ? "header" : "section");
        if (urgent) {
            const QJsonObject header = blocks.first().toObject().value("text").toObject();
            QCOMPARE(header.value("type").toString(), "plain_text");
            QVERIFY(header.value("text").toString().contains("URGENT"));
        }
        const QJsonObject section = blocks.at(urgent ? 1 : 0).toObject().value("text").toObject();
        QCOMPARE(section.value("type").toString(), "mrkdwn");
        QVERIFY(text.endsWith(section.value("text").toString()));
        QCOMPARE(blocks.last().toObject().value("type").toString(), "context");
        QVERIFY(blocks.last().toObject().value("elements").toArray().first().toObject().value("text").toString().contains(
            notificationEventName(NotificationEvent(event))));
        QVERIFY(!p.body.contains("B000"));
        QVERIFY(n->entries().empty());
        checkNoSecretAnywhere(*n);
    }

    void channelsUseTheirOwnWebhook()
    {
        auto n = makeNotifier(QStringLiteral("default"));
        SlackWebhooks hooks = n->webhooks();
        hooks.set(QStringLiteral("#team-backend"), QUrl(m_receiver.url(QStringLiteral("backend"))));
        n->setWebhooks(hooks);
        QVERIFY(n->notify(makeNotification(NotificationEvent::SignoffPending, sampleManifest(),
                                           {{QStringLiteral("component"), QStringLiteral("api")}}, m_now)));
        QVERIFY(n->notify(makeNotification(NotificationEvent::SignoffPending, sampleManifest(),
                                           {{QStringLiteral("component"), QStringLiteral("portal")}}, m_now)));
        QVERIFY(n->flush(5s));
        QCOMPARE(m_receiver.posted.size(), 2);
        QCOMPARE(m_receiver.posted.at(0).hook, "backend");
        QCOMPARE(m_receiver.posted.at(1).hook, "default");
        QCOMPARE(m_receiver.posted.at(1).json().value("channel").toString(), "#team-frontend");
    }

    void withoutWebhookNothingIsQueued()
    {
        SlackNotifier n(m_dir->path());
        QVERIFY(!n.isEnabled());
        const Expected<int> queued = n.notify(makeNotification(NotificationEvent::ReleaseCreated, sampleManifest(), {}, m_now));
        QVERIFY(queued);
        QCOMPARE(*queued, 0);
        QVERIFY(n.entries().empty());
    }

    void rateLimitWaitsForRetryAfter()
    {
        m_receiver.answer = [](const Posted &, int index) {
            return index == 0 ? SlackAnswer{429, "rate_limited", "7"} : SlackAnswer{};
        };
        auto n = makeNotifier();
        QVERIFY(n->notify(makeNotification(NotificationEvent::ReleaseCreated, sampleManifest(), {}, m_now)));
        sendOne(*n);
        QCOMPARE(m_receiver.posted.size(), 1);
        std::vector<OutboxEntry> entries = n->entries();
        QCOMPARE(entries.size(), 1u);
        QVERIFY(entries.front().state == OutboxEntry::State::Pending);
        QCOMPARE(entries.front().nextAttemptAt, m_now.addSecs(7));
        QVERIFY(entries.front().lastError.contains("rate_limited"));

        m_now = m_now.addSecs(6);
        QSignalSpy idle(n.get(), &SlackNotifier::idle);
        n->sendDue();
        QCOMPARE(idle.size(), 1); // nothing due yet
        QCOMPARE(m_receiver.posted.size(), 1);

        m_now = m_now.addSecs(1);
        sendOne(*n);
        QCOMPARE(m_receiver.posted.size(), 2);
        QVERIFY(n->entries().empty());
        checkNoSecretAnywhere(*n);
    }

    void serverErrorsBackOffExponentially()
    {
        m_receiver.answer = [](const Posted &, int index) {
            return index < 2 ? SlackAnswer{503, "service_unavailable", {}} : SlackAnswer{};
        };
        auto n = makeNotifier();
        QVERIFY(n->notify(makeNotification(NotificationEvent::DeploymentStarted, sampleManifest(), {}, m_now)));
        sendOne(*n);
        QCOMPARE(n->entries().front().nextAttemptAt, m_now.addSecs(2));
        QVERIFY(n->entries().front().lastError.contains("HTTP 503"));
        m_now = m_now.addSecs(2);
        sendOne(*n);
        QCOMPARE(n->entries().front().nextAttemptAt, m_now.addSecs(4));
        QCOMPARE(n->entries().front().attempts, 2);
        m_now = m_now.addSecs(3);
        n->sendDue();
        QVERIFY(!n->isSending());
        QCOMPARE(m_receiver.posted.size(), 2);
        m_now = m_now.addSecs(1);
        sendOne(*n);
        QCOMPARE(m_receiver.posted.size(), 3);
        QVERIFY(n->entries().empty());
    }

    void slackRefusalsAreKeptAsFailed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("error");

        QTest::addRow("invalid payload") << 400 << QByteArray("invalid_payload");
        QTest::addRow("channel not found") << 404 << QByteArray("channel_not_found");
        QTest::addRow("no service") << 404 << QByteArray("no_service");
        QTest::addRow("invalid token") << 403 << QByteArray("invalid_token");
        QTest::addRow("channel archived") << 410 << QByteArray("channel_is_archived");
    }

    void slackRefusalsAreKeptAsFailed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, error);
        m_receiver.answer = [=](const Posted &, int) { return SlackAnswer{status, error, {}}; };
        auto n = makeNotifier();
        QSignalSpy failed(n.get(), &SlackNotifier::failed);
        QVERIFY(n->notify(makeNotification(NotificationEvent::RollbackInitiated, sampleManifest(),
                                           {{QStringLiteral("user"), QStringLiteral("@alice")}}, m_now)));
        sendOne(*n);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QString::fromLatin1(error)));
        const std::vector<OutboxEntry> entries = n->entries();
        QCOMPARE(entries.size(), 1u);
        QVERIFY(entries.front().state == OutboxEntry::State::Failed);
        QVERIFY(entries.front().lastError.contains(QString::fromLatin1(error)));
        QVERIFY(SlackNotifier::describe(entries.front()).contains(QString::fromLatin1(error)));
        QVERIFY(SlackNotifier::describe(entries.front()).contains("127.0.0.1"));

        // Not retried on its own, even much later.
        m_now = m_now.addDays(1);
        n->sendDue();
        QVERIFY(!n->isSending());
        QCOMPARE(m_receiver.posted.size(), 1);
        checkNoSecretAnywhere(*n);

        // A person may send it again once the cause is fixed.
        m_receiver.answer = nullptr;
        QVERIFY(n->resend(entries.front().id));
        sendOne(*n);
        QCOMPARE(m_receiver.posted.size(), 2);
        QVERIFY(n->entries().empty());
    }

    void receiverDownKeepsOutboxAndSendsOnceAfterRestart()
    {
        const quint16 port = m_receiver.port();
        m_receiver.stop();
        {
            auto n = makeNotifier();
            QVERIFY(n->notify(makeNotification(NotificationEvent::ReleaseCreated, sampleManifest(), {}, m_now)));
            QVERIFY(n->notify(makeNotification(NotificationEvent::DeploymentStarted, sampleManifest(), {}, m_now)));
            sendOne(*n);
            const std::vector<OutboxEntry> entries = n->entries();
            QCOMPARE(entries.size(), 2u);
            QVERIFY(entries.front().state == OutboxEntry::State::Pending);
            QVERIFY2(entries.front().lastError.contains("refused"), qPrintable(entries.front().lastError));
            QCOMPARE(entries.front().nextAttemptAt, m_now.addSecs(2));
            QVERIFY(!n->flush(200ms)); // still down, still kept
            checkNoSecretAnywhere(*n);
        }
        QVERIFY(m_receiver.start(port));
        m_now = m_now.addSecs(60);
        auto restarted = makeNotifier();
        QCOMPARE(restarted->entries().size(), 2u);
        QVERIFY(restarted->flush(5s));
        QCOMPARE(m_receiver.posted.size(), 2);
        QCOMPARE(m_receiver.posted.at(0).json().value("text").toString(),
                 "🚀 New release rel-2024-01-15-001 created with 2 components");
        QVERIFY(restarted->entries().empty());
        QVERIFY(restarted->flush(200ms));
        QCOMPARE(m_receiver.posted.size(), 2);
    }

    void twoSendersSendOnce()
    {
        auto first = makeNotifier();
        auto second = makeNotifier();
        QVERIFY(first->notify(makeNotification(NotificationEvent::ReleaseCreated, sampleManifest(), {}, m_now)));
        first->sendDue();
        second->sendDue();
        QTRY_VERIFY(!first->isSending() && !second->isSending());
        second->sendDue();
        QTRY_VERIFY(!second->isSending());
        QCOMPARE(m_receiver.posted.size(), 1);
        QVERIFY(first->entries().empty());
    }

    void noAnswerLeavesMessageUnconfirmed()
    {
        // A receiver that takes the request and never answers: Slack may have posted it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                sockets.append(s);
        });
        auto n = makeNotifier();
        SlackRetryPolicy policy;
        policy.timeout = 300ms;
        n->setRetryPolicy(policy);
        SlackWebhooks hooks;
        hooks.set(QString(), QUrl(QStringLiteral("http://127.0.0.1:%1/services/T000/B000/fake").arg(silent.serverPort())));
        n->setWebhooks(hooks);
        QVERIFY(n->notify(makeNotification(NotificationEvent::DeploymentCompleted, sampleManifest(), {}, m_now)));
        sendOne(*n);
        std::vector<OutboxEntry> entries = n->entries();
        QCOMPARE(entries.size(), 1u);
        QVERIFY(entries.front().state == OutboxEntry::State::Unconfirmed);
        QVERIFY(entries.front().lastError.contains("did not answer"));
        m_now = m_now.addDays(1);
        n->sendDue();
        QVERIFY(!n->isSending());
        QVERIFY(!n->flush(100ms) || n->entries().front().state == OutboxEntry::State::Unconfirmed);
        checkNoSecretAnywhere(*n);
    }

    void senderThatDiedLeavesMessageUnconfirmed()
    {
        auto n = makeNotifier();
        QVERIFY(n->notify(makeNotification(NotificationEvent::ReleaseCreated, sampleManifest(), {}, m_now)));
        OutboxEntry e = n->entries().front();
        e.state = OutboxEntry::State::Sending; // as a process that crashed mid-request leaves it
        QVERIFY(n->outbox().update(e));
        n->sendDue();
        QVERIFY(!n->isSending());
        QCOMPARE(m_receiver.posted.size(), 0);
        QVERIFY(n->entries().front().state == OutboxEntry::State::Unconfirmed);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
};

QTEST_GUILESS_MAIN(tst_SlackNotifier)
#include "tst_slacknotifier.moc"

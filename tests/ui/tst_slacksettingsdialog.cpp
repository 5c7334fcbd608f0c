#include "slacksettingsdialog.h"
#include "slacksession.h"

#include "memorywebhookstore.h"
#include "../core/notify/slackreceiver.h"

#include "notify/slacknotifier.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace rc;
using namespace rc::ui;
using rc::test::MemoryWebhookStore;
using rc::test::SlackAnswer;
using rc::test::SlackReceiver;

class tst_SlackSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_receiver.start());
        m_receiver.posted.clear();
        m_receiver.answer = nullptr;
    }

    void storesInKeychainAndNeverShowsTheUrl()
    {
        MemoryWebhookStore store;
        SlackSession session(&store);
        session.setEnvironment(QProcessEnvironment());
        SlackSettingsDialog dialog(&session);
        dialog.channelBox()->setCurrentText(QStringLiteral("#team-api"));
        dialog.urlEdit()->setText(m_receiver.url(QStringLiteral("api")));
        QVERIFY(dialog.storeButton()->isEnabled());
        QSignalSpy stored(&dialog, &SlackSettingsDialog::storeFinished);
        dialog.storeButton()->click();
        QVERIFY(stored.wait());
        QCOMPARE(stored.first().first().toBool(), true);
        QCOMPARE(store.entries.value(QStringLiteral("slack:TEAM_API")), m_receiver.url(QStringLiteral("api")));
        QVERIFY(dialog.urlEdit()->text().isEmpty());
        QCOMPARE(session.storedChannels(), QStringList{"#team-api"});
        QCOMPARE(session.webhooks().urlFor(QStringLiteral("#team-api")).toString(), m_receiver.url(QStringLiteral("api")));
        QVERIFY(!dialog.noteText().contains(QLatin1String("B000")));

        const QList<QTreeWidgetItem *> rows = dialog.channelList()->findItems(QStringLiteral("#team-api"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(1), QStringLiteral("127.0.0.1:%1").arg(m_receiver.port()));
        QCOMPARE(rows.first()->text(2), "keychain");

        // A new session (the next start) reads it back from the keychain.
        SlackSession again(&store);
        again.setEnvironment(QProcessEnvironment());
        QTRY_VERIFY(!again.isLoading());
        QCOMPARE(again.webhooks().urlFor(QStringLiteral("#team-api")).toString(), m_receiver.url(QStringLiteral("api")));

        QSignalSpy forgot(&dialog, &SlackSettingsDialog::storeFinished);
        dialog.forgetButton()->click();
        QVERIFY(forgot.wait());
        QVERIFY(store.entries.isEmpty());
        QVERIFY(session.webhooks().isEmpty());
    }

    void refusesPlainHttp()
    {
        MemoryWebhookStore store;
        SlackSession session(&store);
        session.setEnvironment(QProcessEnvironment());
        SlackSettingsDialog dialog(&session);
        dialog.urlEdit()->setText(QStringLiteral("http://hooks.example.test/services/T000/B000/fake"));
        QSignalSpy stored(&dialog, &SlackSettingsDialog::storeFinished);
        dialog.store();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().first().toBool(), false);
        QVERIFY(dialog.noteText().contains(QLatin1String("not https")));
        QVERIFY(!dialog.noteText().contains(QLatin1String("B000")));
        QVERIFY(store.entries.isEmpty());
    }

    // Forget removes keychain entries only: a webhook from the environment belongs to the shell
    // that set it, and the button says so instead of pretending to remove it.
    void forgetOnlyWhatTheKeychainHolds()
    {
        MemoryWebhookStore store;
        store.entries.insert(core::SlackWebhookStore::keyFor(QStringLiteral("#team-api")), m_receiver.url(QStringLiteral("api")));
        QSettings().setValue(QStringLiteral("slack/webhookChannels"), QStringList{QStringLiteral("#team-api")});
        SlackSession session(&store);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), m_receiver.url());
        session.setEnvironment(env);
        QTRY_VERIFY(!session.isLoading());
        SlackSettingsDialog dialog(&session);

        dialog.channelBox()->setCurrentText(QStringLiteral("#team-api"));
        QVERIFY(dialog.forgetButton()->isEnabled());
        dialog.channelBox()->setCurrentText(dialog.channelBox()->itemText(0)); // the default webhook
        QCOMPARE(dialog.selectedChannel(), QString());
        QVERIFY(!dialog.forgetButton()->isEnabled());
        QVERIFY2(dialog.forgetButton()->toolTip().contains(QLatin1String("RC_SLACK_WEBHOOK_URL")),
                 qPrintable(dialog.forgetButton()->toolTip()));
        dialog.channelBox()->setCurrentText(QStringLiteral("#nowhere"));
        QVERIFY(!dialog.forgetButton()->isEnabled());

        dialog.channelBox()->setCurrentText(QStringLiteral("#team-api"));
        QSignalSpy forgot(&dialog, &SlackSettingsDialog::storeFinished);
        dialog.forgetButton()->click();
        QVERIFY(forgot.wait());
        QCOMPARE(dialog.noteText(), QStringLiteral("Removed from the keychain."));
        QVERIFY(store.entries.isEmpty());
        QVERIFY(!dialog.forgetButton()->isEnabled());
        // The default from the environment is still there.
        QCOMPARE(session.webhooks().urlFor(QStringLiteral("#team-api")).toString(), m_receiver.url());
    }

    void testMessageReportsSlacksAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");

        QTest::addRow("accepted") << 200 << QByteArray("ok") << true << "accepted";
        QTest::addRow("channel not found") << 404 << QByteArray("channel_not_found") << false << "channel_not_found";
        QTest::addRow("invalid token") << 403 << QByteArray("invalid_token") << false << "invalid_token";
    }

    void testMessageReportsSlacksAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        m_receiver.answer = [=](const rc::test::Posted &, int) { return SlackAnswer{status, body, {}}; };
        MemoryWebhookStore store;
        SlackSession session(&store);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), m_receiver.url());
        session.setEnvironment(env);
        SlackSettingsDialog dialog(&session);
        QSignalSpy tested(&dialog, &SlackSettingsDialog::testFinished);
        dialog.testButton()->click();
        QVERIFY(tested.wait());
        QCOMPARE(tested.first().first().toBool(), ok);
        QVERIFY2(dialog.noteText().contains(says), qPrintable(dialog.noteText()));
        QVERIFY(!dialog.noteText().contains(QLatin1String("B000")));
        QCOMPARE(m_receiver.posted.size(), 1);
        QCOMPARE(m_receiver.posted.first().json().value("channel").toString(), "#releases");
        QTRY_VERIFY(!dialog.isTesting());
    }

private:
    SlackReceiver m_receiver;
};

QTEST_MAIN(tst_SlackSettingsDialog)
#include "tst_slacksettingsdialog.moc"

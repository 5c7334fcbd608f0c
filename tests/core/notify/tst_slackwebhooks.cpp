#include "notify/slackwebhooks.h"

#include <QTest>

using namespace rc::core;

class tst_SlackWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");

        QTest::addRow("https") << "https://hooks.example.test/services/T000/B000/fake" << true << "";
        QTest::addRow("http on loopback") << "http://127.0.0.1:8080/services/T000/B000/fake" << true << "";
        QTest::addRow("http on localhost") << "http://localhost:8080/services/T000/B000/fake" << true << "";
        QTest::addRow("http elsewhere") << "http://hooks.example.test/services/T000/B000/fake" << false
                                        << "hooks.example.test is not https";
        QTest::addRow("ftp") << "ftp://hooks.example.test/services/T000/B000/fake" << false << "not an https URL";
        QTest::addRow("no path") << "https://hooks.example.test/" << false << "no path";
        QTest::addRow("empty") << "  " << false << "empty";
        QTest::addRow("not a URL") << "services/T000/B000/fake" << false << "not a valid URL";
        QTest::addRow("with a password") << "https://u:fake-pass@hooks.example.test/services/T000/B000/fake" << false
                                         << "user name or password";
    }

    void validation()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        const Expected<QUrl> result = validateSlackWebhookUrl(url);
        QCOMPARE(result.hasValue(), ok);
        if (!ok) {
            QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
            // The URL is the secret: at most its host is named.
            QVERIFY(!result.error().message.contains(QLatin1String("B000")));
            QVERIFY(!result.error().message.contains(QLatin1String("fake-pass")));
        }
    }

    void channelKeys_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("variable");

        QTest::addRow("default") << "" << "RC_SLACK_WEBHOOK_URL";
        QTest::addRow("releases") << "#releases" << "RC_SLACK_WEBHOOK_URL_RELEASES";
        QTest::addRow("team with dash") << "#team-api" << "RC_SLACK_WEBHOOK_URL_TEAM_API";
        QTest::addRow("without hash") << "ops.alerts" << "RC_SLACK_WEBHOOK_URL_OPS_ALERTS";
    }

    void channelKeys()
    {
        QFETCH(QString, channel);
        QFETCH(QString, variable);
        QCOMPARE(slackWebhookVariable(channel), variable);
    }

    void environment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), QStringLiteral("https://hooks.example.test/services/T000/B000/default"));
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL_TEAM_API"), QStringLiteral("https://hooks.example.test/services/T000/B000/api"));
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL_OPS"), QStringLiteral("http://hooks.example.test/services/T000/B000/ops"));
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URLS"), QStringLiteral("not ours"));
        std::vector<Error> problems;
        const SlackWebhooks hooks = SlackWebhooks::fromEnvironment(env, &problems);
        QCOMPARE(hooks.urlFor(QStringLiteral("#team-api")).path(), "/services/T000/B000/api");
        QCOMPARE(hooks.urlFor(QStringLiteral("#releases")).path(), "/services/T000/B000/default");
        // A refused URL is left out: its channel falls back to the default.
        QCOMPARE(hooks.urlFor(QStringLiteral("#ops")).path(), "/services/T000/B000/default");
        QCOMPARE(problems.size(), 1u);
        QCOMPARE(problems.front().location, "RC_SLACK_WEBHOOK_URL_OPS");
        QVERIFY(!problems.front().toString().contains(QLatin1String("B000")));
    }

    void emptyEnvironmentHasNoWebhooks()
    {
        QVERIFY(SlackWebhooks::fromEnvironment(QProcessEnvironment()).isEmpty());
    }

    void hostNeverPath()
    {
        QCOMPARE(slackWebhookHost(QUrl(QStringLiteral("https://hooks.example.test/services/T000/B000/fake"))),
                 "hooks.example.test");
        QCOMPARE(slackWebhookHost(QUrl(QStringLiteral("http://127.0.0.1:8080/services/T000/B000/fake"))),
                 "127.0.0.1:8080");
    }

    void keychainKeys()
    {
        QCOMPARE(SlackWebhookStore::keyFor(QString()), "slack:default");
        QCOMPARE(SlackWebhookStore::keyFor(QStringLiteral("#team-api")), "slack:TEAM_API");
    }
};

QTEST_GUILESS_MAIN(tst_SlackWebhooks)
#include "tst_slackwebhooks.moc"

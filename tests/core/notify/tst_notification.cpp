#include "notify/notification.h"

#include "rules/repositoryrules.h"

#include <QJsonArray>
#include <QTest>

using namespace rc::core;

namespace {

Manifest manifestWith(int components)
{
    Manifest m;
    m.release.id = QStringLiteral("rel-2024-01-15-001");
    for (int i = 0; i < components; ++i) {
        Component c;
        c.name = QStringLiteral("component-%1").arg(i);
        c.team = QStringLiteral("team%1").arg(i);
        m.components.push_back(c);
    }
    return m;
}

// The rules need components; the notifications follow from line 4.
const QByteArray componentsYaml = "components:\n  - name: api\n    paths: [api/]\n";

const QDateTime at(QDate(2024, 1, 15), QTime(10, 0), Qt::UTC);

} // namespace

class tst_Notification : public QObject
{
    Q_OBJECT

private slots:
    void eventNamesRoundTrip()
    {
        const QStringList names = notificationEventNames();
        QCOMPARE(names.size(), 8);
        for (const QString &name : names)
            QCOMPARE(notificationEventName(*notificationEventFromName(name)), name);
        QVERIFY(!notificationEventFromName(QStringLiteral("release_deleted")));
    }

    void unknownPlaceholdersAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<qsizetype>>("offsets");

        QTest::addRow("all known") << "{release_id} by {user}" << QStringList() << QList<qsizetype>();
        QTest::addRow("one unknown") << "{release_id} by {author}" << QStringList{"author"} << QList<qsizetype>{16};
        QTest::addRow("escaped braces") << "{{not_one}} {team}" << QStringList() << QList<qsizetype>();
        QTest::addRow("unclosed") << "ok {release" << QStringList{"release"} << QList<qsizetype>{3};
        QTest::addRow("two") << "{a}{b}" << QStringList{"a", "b"} << QList<qsizetype>{0, 3};
    }

    void unknownPlaceholdersAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QList<qsizetype>, offsets);
        const auto unknown = unknownPlaceholders(text);
        QCOMPARE(qsizetype(unknown.size()), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(unknown.at(std::size_t(i)).name, names.at(i));
            QCOMPARE(unknown.at(std::size_t(i)).offset, offsets.at(i));
        }
    }

    void defaultsAreTheSeeds()
    {
        const auto defaults = defaultNotificationTemplates();
        QCOMPARE(defaults.size(), 8u);
        for (const NotificationTemplate &t : defaults) {
            QVERIFY(unknownPlaceholders(t.message).empty());
            QVERIFY(unknownPlaceholders(t.channel).empty());
            const bool urgent = t.event == NotificationEvent::RollbackInitiated || t.event == NotificationEvent::BreakGlass;
            QCOMPARE(t.urgent, urgent);
        }
        QCOMPARE(notificationTemplates(defaults, NotificationEvent::SignoffPending).front().channel, "#team-{team}");
    }

    void rulesOverrideDefaults()
    {
        const QByteArray yaml = componentsYaml + "notifications:\n"
                                "  - event: deployment_started\n"
                                "    channel: '#deploys'\n"
                                "    priority: urgent\n"
                                "    message: 'Going out: {release_id} ({component_count})'\n"
                                "  - event: release_created\n"
                                "    channel: '#ops'\n";
        const RulesResult parsed = parseRepositoryRules(yaml, QStringLiteral(".release-console.yaml"));
        QVERIFY2(parsed.ok(), parsed.errors.empty() ? "" : qPrintable(parsed.errors.front().toString()));
        const auto templates = notificationTemplates(*parsed.rules);
        const auto started = notificationTemplates(templates, NotificationEvent::DeploymentStarted);
        QCOMPARE(started.size(), 1u);
        QCOMPARE(started.front().channel, "#deploys");
        QVERIFY(started.front().urgent);
        QCOMPARE(started.front().message, "Going out: {release_id} ({component_count})");
        const auto created = notificationTemplates(templates, NotificationEvent::ReleaseCreated);
        QCOMPARE(created.front().channel, "#ops");
        // The message not overridden stays the seed's.
        QVERIFY(created.front().message.contains("New release {release_id}"));
        const auto message = renderSlackMessage(makeNotification(NotificationEvent::DeploymentStarted, manifestWith(3), {}, at),
                                                started.front());
        QCOMPARE(message.text, "🚨 URGENT: Going out: rel-2024-01-15-001 (3)");
    }

    void rulesReportBadTemplatesAtTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");

        QTest::addRow("unknown placeholder, plain")
            << QByteArray(componentsYaml + "notifications:\n  - event: release_created\n    message: New {release} now\n")
            << ".release-console.yaml:6:18" << "{release}";
        QTest::addRow("unknown placeholder, quoted")
            << QByteArray(componentsYaml + "notifications:\n  - event: release_created\n    message: 'New {release_id} by {author}'\n")
            << ".release-console.yaml:6:35" << "{author}";
        QTest::addRow("unknown placeholder in channel")
            << QByteArray(componentsYaml + "notifications:\n  - event: signoff_pending\n    channel: '#team-{squad}'\n")
            << ".release-console.yaml:6:21" << "{squad}";
        QTest::addRow("unknown event")
            << QByteArray(componentsYaml + "notifications:\n  - event: release_deleted\n    channel: '#x'\n")
            << ".release-console.yaml:5:12" << "release_deleted";
        QTest::addRow("unknown priority")
            << QByteArray(componentsYaml + "notifications:\n  - event: release_created\n    priority: high\n")
            << ".release-console.yaml:6:15" << "high";
    }

    void rulesReportBadTemplatesAtTheirPlace()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, says);
        const RulesResult parsed = parseRepositoryRules(yaml, QStringLiteral(".release-console.yaml"));
        QVERIFY(!parsed.ok());
        const QString error = parsed.errors.front().toString();
        QVERIFY2(error.startsWith(where), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void valuesAreEscapedNotTheTemplate()
    {
        NotificationTemplate t{NotificationEvent::BreakGlass, QStringLiteral("#releases"), false,
                               QStringLiteral("<!here> {reason}")};
        const auto message = renderSlackMessage(
            makeNotification(NotificationEvent::BreakGlass, manifestWith(1), {{QStringLiteral("reason"), QStringLiteral("a < b & <!channel>")}}, at), t);
        QCOMPARE(message.text, "<!here> a &lt; b &amp; &lt;!channel&gt;");
    }

    // The context line says where the message came from, which event and when, as people read it.
    void contextNamesEventAndTime()
    {
        NotificationTemplate t{NotificationEvent::DeploymentStarted, QStringLiteral("#releases"), false, QStringLiteral("x")};
        const auto message = renderSlackMessage(makeNotification(NotificationEvent::DeploymentStarted, manifestWith(1), {}, at), t);
        const QJsonArray blocks = message.payload.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.last()[QStringLiteral("type")].toString(), QStringLiteral("context"));
        QCOMPARE(blocks.last()[QStringLiteral("elements")][0][QStringLiteral("text")].toString(),
                 QStringLiteral("Release Console · deployment_started · 2024-01-15T10:00:00Z"));
    }

    void channelWithoutItsValueFallsBack()
    {
        NotificationTemplate t{NotificationEvent::SignoffPending, QStringLiteral("#team-{team}"), false, QStringLiteral("x")};
        Manifest m = manifestWith(1);
        m.components.front().team.clear();
        const auto message = renderSlackMessage(
            makeNotification(NotificationEvent::SignoffPending, m, {{QStringLiteral("component"), QStringLiteral("component-0")}}, at), t);
        QCOMPARE(message.channel, "#releases");
        const auto withTeam = renderSlackMessage(
            makeNotification(NotificationEvent::SignoffPending, manifestWith(1), {{QStringLiteral("component"), QStringLiteral("component-0")}}, at), t);
        QCOMPARE(withTeam.channel, "#team-team0");
    }

    void signoffChangesAnnounce()
    {
        Manifest before = manifestWith(2);
        before.components[1].signOff = SignOff::Approved;
        before.components[1].approvedBy = QStringLiteral("@carol");
        Manifest after = before;
        after.components[0].signOff = SignOff::Approved;
        after.components[0].approvedBy = QStringLiteral("@bob");
        const auto notes = signoffNotifications(before, after, at);
        QCOMPARE(notes.size(), 2u);
        QVERIFY(notes[0].event == NotificationEvent::SignoffReceived);
        QCOMPARE(notes[0].values.value("component"), "component-0");
        QCOMPARE(notes[0].values.value("user"), "@bob");
        QCOMPARE(notes[0].values.value("team"), "team0");
        QVERIFY(notes[1].event == NotificationEvent::AllSignoffsReceived);
        // Nothing new, nothing announced; a rejection is not a sign-off.
        QVERIFY(signoffNotifications(after, after, at).empty());
        Manifest rejected = before;
        rejected.components[0].signOff = SignOff::Rejected;
        QVERIFY(signoffNotifications(before, rejected, at).empty());
    }

    void longTextStaysWithinSlacksLimits()
    {
        NotificationTemplate t{NotificationEvent::BreakGlass, QStringLiteral("#releases"), true,
                               QStringLiteral("{reason} {reason}")};
        const QString huge(10000, QLatin1Char('x'));
        QString longId(400, QLatin1Char('r'));
        Manifest m = manifestWith(300);
        m.release.id = longId;
        const auto message = renderSlackMessage(
            makeNotification(NotificationEvent::BreakGlass, m, {{QStringLiteral("reason"), huge}, {QStringLiteral("user"), huge}}, at), t);
        QVERIFY(message.text.size() <= slacklimits::text);
        QVERIFY(message.text.endsWith(QChar(0x2026)));
        const QJsonArray blocks = message.payload.value("blocks").toArray();
        QVERIFY(blocks.size() <= slacklimits::blocks);
        for (const QJsonValue &b : blocks) {
            const QJsonObject block = b.toObject();
            const QString type = block.value("type").toString();
            if (type == QLatin1String("header"))
                QVERIFY(block.value("text").toObject().value("text").toString().size() <= slacklimits::headerText);
            if (type == QLatin1String("section") && block.contains("text"))
                QVERIFY(block.value("text").toObject().value("text").toString().size() <= slacklimits::sectionText);
            if (block.contains("fields")) {
                const QJsonArray fields = block.value("fields").toArray();
                QVERIFY(fields.size() <= slacklimits::fields);
                for (const QJsonValue &f : fields)
                    QVERIFY(f.toObject().value("text").toString().size() <= slacklimits::fieldText);
            }
            if (type == QLatin1String("context"))
                QVERIFY(block.value("elements").toArray().size() <= slacklimits::contextElements);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Notification)
#include "tst_notification.moc"

#include "notificationstatus.h"
#include "slacksession.h"

#include "memorywebhookstore.h"
#include "../core/notify/slackreceiver.h"

#include "appearance.h"
#include "themecolors.h"

#include "notify/slacknotifier.h"

#include <QAction>
#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace rc;
using namespace rc::ui;
using rc::test::MemoryWebhookStore;
using rc::test::SlackAnswer;
using rc::test::SlackReceiver;

class tst_NotificationStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsFailedAndResends()
    {
        SlackReceiver receiver;
        QVERIFY(receiver.start());
        receiver.answer = [](const rc::test::Posted &, int index) {
            return index == 0 ? SlackAnswer{400, "invalid_payload", {}} : SlackAnswer{};
        };
        QTemporaryDir clone;
        MemoryWebhookStore store;
        SlackSession session(&store);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), receiver.url());
        session.setEnvironment(env);
        NotificationStatus status(&session);
        session.setClonePath(clone.path());
        QVERIFY(session.notifier());

        core::Manifest manifest;
        manifest.release.id = QStringLiteral("rel-2024-01-15-001");
        session.notify(core::makeNotification(core::NotificationEvent::RollbackInitiated, manifest,
                                              {{QStringLiteral("user"), QStringLiteral("@alice")}},
                                              QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(status.failedCount(), 1);
        QCOMPARE(receiver.posted.size(), 1);
        QVERIFY(status.text().contains("failed"));
        QVERIFY(status.toolTip().contains("invalid_payload"));
        QVERIFY(status.toolTip().contains("rollback_initiated"));
        QVERIFY(!status.toolTip().contains("B000"));
        QVERIFY(status.resendAction()->isEnabled());

        status.resendAction()->trigger();
        QTRY_COMPARE(receiver.posted.size(), 2);
        QTRY_COMPARE(status.failedCount(), 0);
        QCOMPARE(status.waitingCount(), 0);
        QVERIFY(session.notifier()->entries().empty());
        QVERIFY(!status.resendAction()->isEnabled());
    }

    // "Slack: 1 failed" stays readable (4.5:1) on light and dark palettes, and follows a switch.
    void failedReadsOnEveryPalette()
    {
        SlackReceiver receiver;
        QVERIFY(receiver.start());
        receiver.answer = [](const rc::test::Posted &, int) { return SlackAnswer{404, "channel_not_found", {}}; };
        QTemporaryDir clone;
        MemoryWebhookStore store;
        SlackSession session(&store);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RC_SLACK_WEBHOOK_URL"), receiver.url());
        session.setEnvironment(env);
        NotificationStatus status(&session);
        session.setClonePath(clone.path());
        core::Manifest manifest;
        manifest.release.id = QStringLiteral("rel-2024-01-15-001");
        session.notify(core::makeNotification(core::NotificationEvent::DeploymentStarted, manifest, {},
                                              QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(status.failedCount(), 1);
        QVERIFY(status.toolTip().contains("channel_not_found"));

        const QPalette original = QGuiApplication::palette();
        for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
            QApplication::setPalette(Appearance::palette(mode));
            QCoreApplication::processEvents();
            const QRegularExpressionMatch colour =
                QRegularExpression(QStringLiteral("color: (#[0-9a-fA-F]{6})")).match(status.styleSheet());
            QVERIFY2(colour.hasMatch(), qPrintable(status.styleSheet()));
            const double contrast = models::ThemeColors::contrast(QColor(colour.captured(1)),
                                                                  QGuiApplication::palette().color(QPalette::Window));
            QVERIFY2(contrast >= models::ThemeColors::TextContrast,
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(colour.captured(1), Appearance::name(mode)).arg(contrast)));
        }
        QApplication::setPalette(original);
    }

    void hiddenWithoutWebhook()
    {
        QSettings().clear();
        MemoryWebhookStore store;
        SlackSession session(&store);
        session.setEnvironment(QProcessEnvironment());
        NotificationStatus status(&session);
        QVERIFY(status.isHidden());
    }
};

QTEST_MAIN(tst_NotificationStatus)
#include "tst_notificationstatus.moc"

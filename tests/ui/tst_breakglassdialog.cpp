#include "breakglassdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using rc::ui::BreakGlassDialog;

namespace {

const QString Id = QStringLiteral("rel-2024-01-15-001");
const QString Blocker = QStringLiteral("outside the regular window Tue 10:00–12:00 (UTC); next window opens Tue 2024-01-23 10:00");
const QString Until = QStringLiteral("Mon 2024-01-22 13:00 (UTC)");

rc::core::Manifest manifest()
{
    rc::core::Manifest m;
    m.release.id = Id;
    return m;
}

} // namespace

class tst_BreakGlassDialog : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        BreakGlassDialog dialog(manifest(), Blocker, Until);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.overrideButton()->isEnabled());
        QVERIFY(!dialog.overrideButton()->isDefault());
        QVERIFY(!dialog.cancelButton()->isDefault());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("breakGlassBlocker"))->text().contains(Blocker));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("breakGlassScope"))->text().contains(QStringLiteral("until ") + Until));
        QCOMPARE(dialog.hintLabel()->text(), QStringLiteral("Needs a reason and the release id typed exactly."));
    }

    void needsReasonAndExactId_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");

        QTest::addRow("nothing") << QString() << QString() << false;
        QTest::addRow("reason only") << "payment outage" << QString() << false;
        QTest::addRow("id only") << QString() << Id << false;
        QTest::addRow("blank reason") << "   " << Id << false;
        QTest::addRow("id in other case") << "payment outage" << Id.toUpper() << false;
        QTest::addRow("id with a space") << "payment outage" << Id + QLatin1Char(' ') << false;
        QTest::addRow("both") << "payment outage" << Id << true;
    }

    void needsReasonAndExactId()
    {
        QFETCH(QString, reason);
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        BreakGlassDialog dialog(manifest(), Blocker, Until);
        QTest::keyClicks(dialog.reasonEdit(), reason);
        QTest::keyClicks(dialog.idEdit(), typed);
        QCOMPARE(dialog.overrideButton()->isEnabled(), enabled);
        QCOMPARE(dialog.canOverride(), enabled);
    }

    void enterNeverConfirms()
    {
        BreakGlassDialog dialog(manifest(), Blocker, Until);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("payment outage"));
        QTest::keyClicks(dialog.idEdit(), Id);
        QTest::keyClick(dialog.idEdit(), Qt::Key_Return);
        QTest::keyClick(&dialog, Qt::Key_Enter);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(dialog.overrideButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.reason(), QStringLiteral("payment outage"));
    }

    void escapeCancels()
    {
        BreakGlassDialog dialog(manifest(), Blocker, Until);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }
};

QTEST_MAIN(tst_BreakGlassDialog)
#include "tst_breakglassdialog.moc"

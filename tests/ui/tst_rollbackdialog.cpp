#include "rollbackdialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "manifest/manifestparser.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using rc::ui::RollbackDialog;

namespace {

const QString Id = QStringLiteral("rel-2024-01-15-001");

rc::core::Manifest seedManifest()
{
    QFile file(QStringLiteral(RC_TEST_DATA "/manifests/seed.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const rc::core::ParseResult parsed = rc::core::parseManifest(file.readAll(), QStringLiteral("seed.yaml"));
    return parsed.manifest ? *parsed.manifest : rc::core::Manifest();
}

rc::core::GitHubSettings settings()
{
    rc::core::GitHubSettings s;
    s.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:4567"));
    s.repository = {QStringLiteral("acme"), QStringLiteral("platform")};
    s.workflow = QStringLiteral("release-train.yml");
    s.ref = QStringLiteral("main");
    return s;
}

} // namespace

class tst_RollbackDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System); }

    void initTestCase()
    {
        QCOMPARE(seedManifest().release.id, Id);
    }

    void defaults()
    {
        RollbackDialog dialog(seedManifest(), settings(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isDryRun());
        QVERIFY(!dialog.rollBackButton()->isEnabled());
        QVERIFY(!dialog.rollBackButton()->isDefault());
        QVERIFY(!dialog.cancelButton()->isDefault());
        QVERIFY(dialog.simulatedLabel()->isVisible());
        QCOMPARE(dialog.componentList()->topLevelItemCount(), 4);
        QCOMPARE(dialog.componentList()->topLevelItem(0)->text(1), QStringLiteral("v1.3.0 \u2192 v1.2.3"));
    }

    // The simulated note is tinted for the palette in use, and again after a switch to dark.
    void simulatedNoteFollowsThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        Appearance::apply(Appearance::Mode::Light);
        RollbackDialog dialog(seedManifest(), settings(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLabel *label = dialog.simulatedLabel();
        QStringList seen;
        for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
            Appearance::apply(mode);
            label->ensurePolished();
            const QColor text = label->palette().color(QPalette::WindowText);
            const QColor background = label->palette().color(QPalette::Window);
            QVERIFY2(ThemeColors::contrast(text, background) >= ThemeColors::TextContrast,
                     qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
            // The tint belongs to the palette: light in light, dark in dark.
            QCOMPARE(ThemeColors::luminance(background) < 0.2, mode == Appearance::Mode::Dark);
            seen << background.name();
        }
        QVERIFY2(seen.first() != seen.last(), "the colours did not follow the palette");
    }

    void buttonEnablesOnlyWhenItShould_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");

        QTest::addRow("nothing typed") << "" << "" << false;
        QTest::addRow("reason only") << "error rate doubled" << "" << false;
        QTest::addRow("id only") << "" << Id << false;
        QTest::addRow("blank reason") << "   " << Id << false;
        QTest::addRow("wrong id") << "error rate doubled" << "rel-2024-01-15-002" << false;
        QTest::addRow("id in other case") << "error rate doubled" << Id.toUpper() << false;
        QTest::addRow("id with trailing space") << "error rate doubled" << Id + QLatin1Char(' ') << false;
        QTest::addRow("id prefix") << "error rate doubled" << Id.left(10) << false;
        QTest::addRow("reason and exact id") << "error rate doubled" << Id << true;
    }

    void buttonEnablesOnlyWhenItShould()
    {
        QFETCH(QString, reason);
        QFETCH(QString, typed);
        QFETCH(bool, enabled);

        RollbackDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.reasonEdit(), reason);
        QTest::keyClicks(dialog.idEdit(), typed);
        QCOMPARE(dialog.rollBackButton()->isEnabled(), enabled);
        QCOMPARE(dialog.canRollBack(), enabled);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.rollBackButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), enabled ? 1 : 0);
        if (enabled)
            QCOMPARE(dialog.reason(), reason.trimmed());
    }

    // With everything filled in, Enter anywhere still does nothing; only a click rolls back.
    void enterNeverRollsBack_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addRow("in the reason") << "reason";
        QTest::addRow("in the typed id") << "id";
        QTest::addRow("on the roll back button") << "button";
        QTest::addRow("on the dry run box") << "dryrun";
    }

    void enterNeverRollsBack()
    {
        QFETCH(QString, focus);
        RollbackDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("payments failing"));
        QTest::keyClicks(dialog.idEdit(), Id);
        QVERIFY(dialog.rollBackButton()->isEnabled());

        QWidget *target = focus == QLatin1String("reason") ? static_cast<QWidget *>(dialog.reasonEdit())
                          : focus == QLatin1String("id")   ? static_cast<QWidget *>(dialog.idEdit())
                          : focus == QLatin1String("button") ? static_cast<QWidget *>(dialog.rollBackButton())
                                                               : static_cast<QWidget *>(dialog.dryRunBox());
        target->setFocus();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(target, Qt::Key_Return);
        QTest::keyClick(target, Qt::Key_Enter);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rejected.count(), 0);
        QVERIFY(dialog.isVisible());
    }

    void escapeCancels()
    {
        RollbackDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("payments failing"));
        QTest::keyClicks(dialog.idEdit(), Id);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(dialog.idEdit(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void dryRunChoice()
    {
        RollbackDialog dialog(seedManifest(), settings(), false);
        QCOMPARE(dialog.rollBackButton()->text(), QStringLiteral("Roll Back (Dry Run)"));
        dialog.dryRunBox()->setChecked(false);
        QVERIFY(!dialog.isDryRun());
        QCOMPARE(dialog.rollBackButton()->text(), QStringLiteral("Roll Back"));
    }
};

QTEST_MAIN(tst_RollbackDialog)
#include "tst_rollbackdialog.moc"

#include "deploydialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "manifest/manifestparser.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using rc::ui::DeployDialog;

namespace {

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
    s.apiUrl = QUrl(QStringLiteral("https://api.github.com"));
    s.repository = {QStringLiteral("acme"), QStringLiteral("platform")};
    s.workflow = QStringLiteral("release-train.yml");
    s.ref = QStringLiteral("main");
    return s;
}

} // namespace

class tst_DeployDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System); }

    void initTestCase()
    {
        QVERIFY2(!seedManifest().components.empty(), "the seed manifest must parse");
    }

    void showsWhatGoesWhere()
    {
        DeployDialog dialog(seedManifest(), settings(), false);
        QTreeWidget *list = dialog.componentList();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("api"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("v1.2.3 \u2192 v1.3.0"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("api-team"));
        QCOMPARE(list->topLevelItem(3)->text(1), QStringLiteral("v1.5.0 (unchanged)"));
        const QString target = dialog.targetLabel()->text();
        QVERIFY2(target.contains(QLatin1String("acme/platform")), qPrintable(target));
        QVERIFY2(target.contains(QLatin1String("release-train.yml on main")), qPrintable(target));
        QVERIFY2(target.contains(QLatin1String("api.github.com")), qPrintable(target));
        QVERIFY(dialog.windowTitle().contains(QLatin1String("rel-2024-01-15-001")));
    }

    // The simulated note is tinted for the palette in use, and again after a switch to dark.
    void simulatedNoteFollowsThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        Appearance::apply(Appearance::Mode::Light);
        DeployDialog dialog(seedManifest(), settings(), true);
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

    void simulatedIsLabelled_data()
    {
        QTest::addColumn<bool>("simulated");
        QTest::addRow("real GitHub") << false;
        QTest::addRow("simulated GitHub") << true;
    }

    void simulatedIsLabelled()
    {
        QFETCH(bool, simulated);
        DeployDialog dialog(seedManifest(), settings(), simulated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.simulatedLabel()->isVisible(), simulated);
        QVERIFY(dialog.simulatedLabel()->text().contains(QLatin1String("Simulated GitHub")));
    }

    void dryRunIsTheDefault()
    {
        DeployDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isDryRun());
        QVERIFY(dialog.dryRunBox()->isChecked());
        QVERIFY(!dialog.confirmBox()->isVisible());
        QVERIFY(dialog.deployButton()->isEnabled());
        QCOMPARE(dialog.deployButton()->text(), QStringLiteral("Start Dry Run"));

        // Enter starts the dry run: it is the default button.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(dialog.isDryRun());
    }

    // Unticking dry run alone never enables a real deploy; the explicit confirmation does, and
    // even then Enter cancels instead of deploying.
    void realDeployNeedsExplicitConfirmation()
    {
        DeployDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);

        QTest::mouseClick(dialog.dryRunBox(), Qt::LeftButton);
        QVERIFY(!dialog.isDryRun());
        QVERIFY(dialog.confirmBox()->isVisible());
        QVERIFY(!dialog.confirmBox()->isChecked());
        QVERIFY(!dialog.deployButton()->isEnabled());
        QCOMPARE(dialog.deployButton()->text(), QStringLiteral("Deploy to Production"));
        QVERIFY(!dialog.deployButton()->isDefault());
        QVERIFY(dialog.cancelButton()->isDefault());
        QTest::mouseClick(dialog.deployButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);

        dialog.confirmBox()->setChecked(true);
        QVERIFY(dialog.deployButton()->isEnabled());
        QVERIFY(!dialog.deployButton()->isDefault());
        QVERIFY(!dialog.deployButton()->autoDefault());

        // Enter with the deploy button focused still goes to Cancel.
        dialog.deployButton()->setFocus();
        QTest::keyClick(dialog.deployButton(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rejected.count(), 1);
    }

    void realDeployByClick()
    {
        DeployDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.dryRunBox()->setChecked(false);
        dialog.confirmBox()->setChecked(true);
        QTest::mouseClick(dialog.deployButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.isDryRun());
    }

    // Going back to a dry run and out again asks for the confirmation again.
    void confirmationDoesNotSurviveModeChange()
    {
        DeployDialog dialog(seedManifest(), settings(), false);
        dialog.dryRunBox()->setChecked(false);
        dialog.confirmBox()->setChecked(true);
        QVERIFY(dialog.deployButton()->isEnabled());
        dialog.dryRunBox()->setChecked(true);
        dialog.dryRunBox()->setChecked(false);
        QVERIFY(!dialog.confirmBox()->isChecked());
        QVERIFY(!dialog.deployButton()->isEnabled());
    }

    void escapeCancels()
    {
        DeployDialog dialog(seedManifest(), settings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }

    void versionText_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("text");
        QTest::addRow("upgrade") << "v1.2.3" << "v1.3.0" << "v1.2.3 \u2192 v1.3.0";
        QTest::addRow("unchanged") << "v1.5.0" << "v1.5.0" << "v1.5.0 (unchanged)";
        QTest::addRow("no new version") << "v1.5.0" << "" << "v1.5.0 (unchanged)";
        QTest::addRow("first release") << "" << "v0.1.0" << "new: v0.1.0";
    }

    void versionText()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, text);
        rc::core::Component component;
        component.currentVersion = current;
        component.newVersion = next;
        QCOMPARE(rc::ui::versionChangeText(component), text);
    }
};

QTEST_MAIN(tst_DeployDialog)
#include "tst_deploydialog.moc"

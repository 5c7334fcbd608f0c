#include "newreleasedialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "democlones.h"
#include "git/repository.h"
#include "manifest/manifestparser.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using rc::ui::NewReleaseDialog;

namespace {

// Tuesday 16 January 2024, before the regular window opens.
const QDateTime Now(QDate(2024, 1, 16), QTime(8, 30), Qt::UTC);

QString git(const QString &dir, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

// The dialog on fresh demo clones: it plans from the real history, previews exactly what it
// writes, refuses what the core refuses without writing anything, and commits the new manifest.
class tst_NewReleaseDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    rc::test::DemoClones m_clones{m_dir.path()};

    QString newDemo() { return m_clones.make(); }

    static bool waitPlanned(NewReleaseDialog &dialog)
    {
        QSignalSpy planned(&dialog, &NewReleaseDialog::planned);
        return planned.wait(20000);
    }

    // A dialog that has planned with the fixed time.
    static std::unique_ptr<NewReleaseDialog> open(const QString &clone, const QStringList &taken = {})
    {
        auto dialog = std::make_unique<NewReleaseDialog>(clone, taken);
        dialog->setNow(Now);
        dialog->show();
        // The first plan (current time) and the one for Now: wait until the second is shown.
        QSignalSpy planned(dialog.get(), &NewReleaseDialog::planned);
        while (dialog->isBusy() || planned.isEmpty()) {
            if (!planned.wait(20000))
                break;
        }
        return dialog;
    }

private slots:
    void cleanup() { rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void plansFromHistory()
    {
        const QString clone = newDemo();
        QVERIFY(!clone.isEmpty());
        auto dialog = open(clone);
        QVERIFY(dialog->plan());
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("rel-2024-01-16-001"));
        QCOMPARE(dialog->managerEdit()->text(), QStringLiteral("@john.doe"));
        // The regular train: Tuesday 10:00 UTC, the same day here.
        QCOMPARE(dialog->plan()->scheduledAt, QDateTime(QDate(2024, 1, 16), QTime(10, 0), Qt::UTC));
        QTreeWidget *tree = dialog->componentTree();
        QCOMPARE(tree->topLevelItemCount(), 6);
        QTreeWidgetItem *api = tree->topLevelItem(0);
        QCOMPARE(api->text(0), QStringLiteral("api"));
        QCOMPARE(api->childCount(), int(dialog->plan()->component(QStringLiteral("api"))->commits.size()));
        QVERIFY(api->childCount() > 0);
        // The preview is exactly what will be written, and it reads back without errors.
        const QByteArray text = rc::core::renderManifest(*dialog->plan());
        QCOMPARE(dialog->preview()->toPlainText(), QString::fromUtf8(text));
        const rc::core::ParseResult parsed = rc::core::parseManifest(text, QStringLiteral("preview.yaml"));
        QVERIFY(parsed.errors.empty());
        QCOMPARE(parsed.manifest->release.id, QStringLiteral("rel-2024-01-16-001"));
        QVERIFY(dialog->problems().isEmpty());
        QVERIFY(dialog->createButton()->isEnabled());
    }

    void versionsAreValidated_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::addRow("semantic version with v") << QStringLiteral("v1.4.0") << QString();
        QTest::addRow("without v") << QStringLiteral("1.4.0") << QString();
        QTest::addRow("pre-release") << QStringLiteral("v1.4.0-rc.1") << QString();
        QTest::addRow("two parts") << QStringLiteral("v1.4") << QStringLiteral("not a semantic version");
        QTest::addRow("words") << QStringLiteral("next") << QStringLiteral("not a semantic version");
        QTest::addRow("leading zero") << QStringLiteral("v01.4.0") << QStringLiteral("not a semantic version");
        QTest::addRow("not higher than current") << QStringLiteral("v1.2.3") << QStringLiteral("must be higher");
        QTest::addRow("empty for a changed component") << QString() << QStringLiteral("give a new version");
    }

    void versionsAreValidated()
    {
        QFETCH(QString, version);
        QFETCH(QString, problem);
        static QString clone = newDemo(); // read only: one clone for every row
        auto dialog = open(clone);
        QVERIFY(dialog->plan());
        QVERIFY(dialog->setNewVersion(QStringLiteral("api"), version));
        QCOMPARE(dialog->plan()->component(QStringLiteral("api"))->newVersion, version);
        if (problem.isEmpty()) {
            QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems()));
            QVERIFY(dialog->createButton()->isEnabled());
            QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("new_version: ") + version));
        } else {
            QVERIFY2(dialog->problems().contains(problem), qPrintable(dialog->problems()));
            QVERIFY(dialog->problems().contains(QStringLiteral("api")));
            QVERIFY(!dialog->createButton()->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("planProblems"))->isVisible());
        }
    }

    // The problems banner, a version that does not parse and the breaking commits read at 4.5:1 in
    // a light palette and again after a switch to dark.
    void marksFollowThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        Appearance::apply(Appearance::Mode::Light);
        const QString clone = newDemo();
        QVERIFY(!clone.isEmpty());
        // A breaking change to api since the last release.
        QFile file(clone + QStringLiteral("/nedlia-back-end/api/v1-removed.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("v1 is gone\n");
        file.close();
        git(clone, {QStringLiteral("add"), QStringLiteral(".")});
        git(clone, {QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                    QStringLiteral("user.email=test@example.com"), QStringLiteral("commit"), QStringLiteral("-q"),
                    QStringLiteral("-m"), QStringLiteral("feat(api)!: drop the v1 endpoints")});
        auto dialog = open(clone);
        QVERIFY(dialog->plan());
        QVERIFY(dialog->setNewVersion(QStringLiteral("api"), QStringLiteral("next")));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("planProblems"));
        QVERIFY(label && label->isVisible());
        QTreeWidget *tree = dialog->componentTree();
        QTreeWidgetItem *api = tree->topLevelItem(0);
        QCOMPARE(api->text(0), QStringLiteral("api"));
        QTreeWidgetItem *breaking = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !breaking; ++i) {
            for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c) {
                if (tree->topLevelItem(i)->child(c)->text(0) == QLatin1String("feat(api)!: drop the v1 endpoints"))
                    breaking = tree->topLevelItem(i)->child(c);
            }
        }
        QVERIFY2(breaking, "the demo history has a breaking change");
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
            // The wrong version, marked in its cell.
            const int newVersion = 4; // Component, Changes, Current, Suggested, New version
            const QColor cellText = api->foreground(newVersion).color();
            const QColor cell = api->background(newVersion).color();
            QVERIFY2(ThemeColors::contrast(cellText, cell) >= ThemeColors::TextContrast,
                     qPrintable(cellText.name() + QStringLiteral(" on ") + cell.name()));
            QCOMPARE(ThemeColors::luminance(cell) < 0.2, mode == Appearance::Mode::Dark);
            // The breaking commit, on the table's base.
            const QColor base = QApplication::palette().color(QPalette::Base);
            const QColor red = breaking->foreground(0).color();
            QVERIFY2(ThemeColors::contrast(red, base) >= ThemeColors::TextContrast,
                     qPrintable(red.name() + QStringLiteral(" on ") + base.name()));
        }
        QVERIFY2(seen.first() != seen.last(), "the colours did not follow the palette");
    }

    void idIsChecked()
    {
        const QString clone = newDemo();
        auto dialog = open(clone, {QStringLiteral("rel-2024-01-15-001")});
        QLineEdit *id = dialog->idEdit();
        id->clear();
        QTest::keyClicks(id, QStringLiteral("rel-2024-01-15-001"));
        QVERIFY2(dialog->problems().contains(QStringLiteral("exists already")), qPrintable(dialog->problems()));
        QVERIFY(!dialog->createButton()->isEnabled());
        id->clear();
        QTest::keyClicks(id, QStringLiteral("../escape"));
        QVERIFY2(dialog->problems().startsWith(QStringLiteral("Id:")), qPrintable(dialog->problems()));
        id->clear();
        QTest::keyClicks(id, QStringLiteral("rel-2024-01-16-train"));
        QVERIFY(dialog->problems().isEmpty());
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("id: rel-2024-01-16-train")));
    }

    void typeChangesThePlan()
    {
        const QString clone = newDemo();
        auto dialog = open(clone);
        QSignalSpy planned(dialog.get(), &NewReleaseDialog::planned);
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("major")));
        QVERIFY(planned.wait(20000));
        QCOMPARE(dialog->plan()->type, QStringLiteral("major"));
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("type: major")));
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("Stakeholders notified")));
    }

    void createWritesAndCommits()
    {
        const QString clone = newDemo();
        auto dialog = open(clone);
        QVERIFY(dialog->setNewVersion(QStringLiteral("api"), QStringLiteral("v1.4.0")));
        const QString expected = dialog->preview()->toPlainText();
        const QString headBefore = git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QSignalSpy finished(dialog.get(), &QDialog::finished);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->createdId(), QStringLiteral("rel-2024-01-16-001"));
        QCOMPARE(dialog->createdPath(), QStringLiteral("releases/rel-2024-01-16-001.yaml"));
        QFile file(clone + QStringLiteral("/releases/rel-2024-01-16-001.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), expected);
        QCOMPARE(git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), headBefore);
        QCOMPARE(git(clone, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--name-only"), QStringLiteral("--format=")}),
                 QStringLiteral("releases/rel-2024-01-16-001.yaml"));
        QVERIFY(git(clone, {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
    }

    // A hand-edited manifest not yet committed: the core refuses, the dialog says so, nothing is written.
    void dirtyManifestsWriteNothing()
    {
        const QString clone = newDemo();
        auto dialog = open(clone);
        QFile other(clone + QStringLiteral("/releases/rel-2024-01-22-001.yaml"));
        QVERIFY(other.open(QIODevice::Append));
        other.write("# edited by hand\n");
        other.close();
        const QString headBefore = git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QSignalSpy failed(dialog.get(), &NewReleaseDialog::createFailed);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problems().contains(QStringLiteral("Nothing was written")), qPrintable(dialog->problems()));
        QVERIFY2(dialog->problems().contains(QStringLiteral("rel-2024-01-22-001")), qPrintable(dialog->problems()));
        QVERIFY(!QFile::exists(clone + QStringLiteral("/releases/rel-2024-01-16-001.yaml")));
        QCOMPARE(git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), headBefore);
        QVERIFY(!dialog->createButton()->isEnabled());
        // Changing anything clears the message so the person can try again.
        QTest::keyClicks(dialog->managerEdit(), QStringLiteral("x"));
        QVERIFY(!dialog->problems().contains(QStringLiteral("Nothing was written")));
    }

    void notAClone()
    {
        NewReleaseDialog dialog(m_dir.filePath(QStringLiteral("nowhere")), {});
        QVERIFY(waitPlanned(dialog));
        QVERIFY(!dialog.plan());
        QVERIFY2(dialog.problems().contains(QStringLiteral("cannot be read")), qPrintable(dialog.problems()));
        QVERIFY(!dialog.createButton()->isEnabled());
    }
};

QTEST_MAIN(tst_NewReleaseDialog)
#include "tst_newreleasedialog.moc"

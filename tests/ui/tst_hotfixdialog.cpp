#include "hotfixdialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "democlones.h"

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

using rc::ui::HotfixDialog;

namespace {

const QDateTime Now(QDate(2024, 1, 17), QTime(14, 0), Qt::UTC);

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

// The hotfix dialog on fresh demo clones, checked with the git command.
class tst_HotfixDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    rc::test::DemoClones m_clones{m_dir.path()};

    QString newDemo() { return m_clones.make(); }

    static bool settle(HotfixDialog &dialog)
    {
        QSignalSpy planned(&dialog, &HotfixDialog::planned);
        while (dialog.isBusy() || planned.isEmpty()) {
            if (dialog.isBusy() && !planned.wait(20000))
                return false;
            if (!dialog.isBusy() && planned.isEmpty())
                dialog.replanNow();
        }
        return true;
    }

    // A dialog with name and component filled in and a plan shown.
    static std::unique_ptr<HotfixDialog> planned(const QString &clone, const QString &name, const QString &component)
    {
        auto dialog = std::make_unique<HotfixDialog>(clone);
        dialog->setNow(Now);
        dialog->show();
        if (!settle(*dialog))
            return dialog;
        QTest::keyClicks(dialog->nameEdit(), name);
        dialog->componentBox()->setCurrentIndex(dialog->componentBox()->findData(component));
        dialog->replanNow();
        settle(*dialog);
        return dialog;
    }

private slots:
    void cleanup() { rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void asksForNameAndComponent()
    {
        const QString clone = newDemo();
        HotfixDialog dialog(clone);
        dialog.show();
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.productionTag(), QStringLiteral("v2024.01.08"));
        QVERIFY(dialog.fromEdit()->placeholderText().contains(QStringLiteral("rel-2024-01-08-001")));
        QVERIFY(dialog.problems().contains(QStringLiteral("Name the hotfix")));
        QVERIFY(dialog.problems().contains(QStringLiteral("component")));
        QCOMPARE(dialog.componentBox()->count(), 7); // the prompt and six components
        QVERIFY(!dialog.createButton()->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("bad name"));
        QVERIFY(dialog.problems().contains(QStringLiteral("cannot be a branch name")));
    }

    // What is missing is said in a banner tinted for the palette in use, and again after a switch.
    void problemsFollowThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        Appearance::apply(Appearance::Mode::Light);
        HotfixDialog dialog(newDemo());
        dialog.show();
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.problems().isEmpty());
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("hotfixProblems"));
        QVERIFY(label && label->isVisible());
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

    void previewsTheHotfix()
    {
        const QString clone = newDemo();
        auto dialog = planned(clone, QStringLiteral("geo-bounds"), QStringLiteral("validation-service"));
        QVERIFY2(dialog->plan(), qPrintable(dialog->problems()));
        QCOMPARE(dialog->plan()->branch, QStringLiteral("hotfix/geo-bounds"));
        QCOMPARE(dialog->plan()->fromTag, QStringLiteral("v2024.01.08"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("hotfixBranch"))->text(), QStringLiteral("hotfix/geo-bounds"));
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("rel-2024-01-17-hotfix-001"));
        const QString preview = dialog->preview()->toPlainText();
        QCOMPARE(preview, QString::fromUtf8(rc::core::renderManifest(dialog->plan()->release)));
        QVERIFY(preview.contains(QStringLiteral("type: hotfix")));
        QVERIFY(preview.contains(QStringLiteral("name: validation-service")));
        QVERIFY(!preview.contains(QStringLiteral("name: api")));
        QVERIFY(preview.contains(QStringLiteral("On-call")));
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems()));
        QVERIFY(dialog->createButton()->isEnabled());
        // Nothing is written by planning.
        QVERIFY(git(clone, {QStringLiteral("branch"), QStringLiteral("--list"), QStringLiteral("hotfix/*")}).isEmpty());
    }

    void createsBranchAndManifest()
    {
        const QString clone = newDemo();
        auto dialog = planned(clone, QStringLiteral("geo-bounds"), QStringLiteral("validation-service"));
        QVERIFY(dialog->createButton()->isEnabled());
        const QString tagSha = git(clone, {QStringLiteral("rev-parse"), QStringLiteral("v2024.01.08^{commit}")});
        QSignalSpy finished(dialog.get(), &QDialog::finished);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->started().branch, QStringLiteral("hotfix/geo-bounds"));
        QCOMPARE(dialog->started().previousBranch, QStringLiteral("main"));
        QCOMPARE(git(clone, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD")}),
                 QStringLiteral("hotfix/geo-bounds"));
        QCOMPARE(git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), tagSha);
        QVERIFY(QFile::exists(clone + QLatin1Char('/') + dialog->started().relativePath));
        QVERIFY(git(clone, {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
    }

    void dirtyWorkTreeIsRefused()
    {
        const QString clone = newDemo();
        QFile readme(clone + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("local edit\n");
        readme.close();
        auto dialog = planned(clone, QStringLiteral("geo-bounds"), QStringLiteral("validation-service"));
        QVERIFY2(dialog->problems().contains(QStringLiteral("uncommitted changes to README.md")), qPrintable(dialog->problems()));
        QVERIFY(!dialog->createButton()->isEnabled());
        QCOMPARE(git(clone, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD")}),
                 QStringLiteral("main"));
    }

    void existingBranchIsRefused()
    {
        const QString clone = newDemo();
        git(clone, {QStringLiteral("branch"), QStringLiteral("hotfix/taken")});
        auto dialog = planned(clone, QStringLiteral("taken"), QStringLiteral("api"));
        QVERIFY(!dialog->plan());
        QVERIFY2(dialog->problems().contains(QStringLiteral("exists already")), qPrintable(dialog->problems()));
        QVERIFY(!dialog->createButton()->isEnabled());
    }

    void unknownTagIsRefused()
    {
        const QString clone = newDemo();
        auto dialog = std::make_unique<HotfixDialog>(clone);
        dialog->show();
        QVERIFY(settle(*dialog));
        QTest::keyClicks(dialog->fromEdit(), QStringLiteral("v9.9.9"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("late"));
        dialog->componentBox()->setCurrentIndex(dialog->componentBox()->findData(QStringLiteral("api")));
        dialog->replanNow();
        QVERIFY(settle(*dialog));
        QVERIFY(!dialog->plan());
        QVERIFY2(dialog->problems().contains(QStringLiteral("v9.9.9")), qPrintable(dialog->problems()));
    }
};

QTEST_MAIN(tst_HotfixDialog)
#include "tst_hotfixdialog.moc"

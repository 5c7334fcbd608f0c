#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

#include <git2/common.h>

using rc::ui::AboutDialog;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private:
    static QString value(const QString &name)
    {
        for (const AboutDialog::Fact &fact : AboutDialog::facts()) {
            if (fact.name == name)
                return fact.value;
        }
        return {};
    }

private slots:
    void facts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        int major = 0;
        int minor = 0;
        int revision = 0;
        git_libgit2_version(&major, &minor, &revision);
        QTest::addRow("console version from CMake") << "Release Console" << QStringLiteral(RC_EXPECTED_VERSION);
        QTest::addRow("Qt built with") << "Qt (built with)" << QStringLiteral(QT_VERSION_STR);
        QTest::addRow("Qt running") << "Qt (running)" << QString::fromLatin1(qVersion());
        QTest::addRow("libgit2 at run time")
            << "libgit2" << QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
        QTest::addRow("yaml-cpp from find_package") << "yaml-cpp" << QStringLiteral(RC_EXPECTED_YAML_CPP);
        QTest::addRow("QtKeychain from find_package") << "QtKeychain" << QStringLiteral(RC_EXPECTED_QTKEYCHAIN);
        QTest::addRow("highlighter from CMake") << "YAML highlighting" << QStringLiteral(RC_EXPECTED_HIGHLIGHTER);
    }

    void facts()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QVERIFY2(!expected.isEmpty(), "the build passed no value to compare with");
        QCOMPARE(value(name), expected);
    }

    void versionsLookLikeVersions()
    {
        const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
        for (const char *name : {"Release Console", "Qt (built with)", "Qt (running)", "libgit2", "yaml-cpp"})
            QVERIFY2(version.match(value(QLatin1String(name))).hasMatch(), name);
    }

    void dialogListsEveryFact()
    {
        AboutDialog dialog;
        const QList<AboutDialog::Fact> facts = AboutDialog::facts();
        QCOMPARE(dialog.factsView()->topLevelItemCount(), facts.size());
        for (int i = 0; i < facts.size(); ++i) {
            QCOMPARE(dialog.factsView()->topLevelItem(i)->text(0), facts.at(i).name);
            QCOMPARE(dialog.factsView()->topLevelItem(i)->text(1), facts.at(i).value);
        }
    }

    void copyPutsEveryFactOnTheClipboard()
    {
        AboutDialog dialog;
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, AboutDialog::factsText());
        for (const AboutDialog::Fact &fact : AboutDialog::facts())
            QVERIFY2(copied.contains(fact.name + QStringLiteral(": ") + fact.value), qPrintable(fact.name));
    }

    void closeIsDefaultAndEscapeCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QVERIFY(box->button(QDialogButtonBox::Close)->isDefault());
        QVERIFY(!dialog.copyButton()->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"

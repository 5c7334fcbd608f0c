#include "shortcutsdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using rc::ui::MainWindow;
using rc::ui::ShortcutsDialog;

namespace {

// A small window of our own, so the expected rows are known exactly.
struct SampleWindow
{
    QMainWindow window;
    QAction *open = nullptr;
    QAction *quit = nullptr;
    QAction *noKeys = nullptr;
    QAction *dark = nullptr;

    SampleWindow()
    {
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        open = file->addAction(QStringLiteral("&Open Clone\u2026"));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addSeparator();
        quit = file->addAction(QStringLiteral("&Quit"));
        quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::Key_F10)});
        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        noKeys = view->addAction(QStringLiteral("Unreachable"));
        QMenu *appearance = view->addMenu(QStringLiteral("&Appearance"));
        dark = appearance->addAction(QStringLiteral("&Dark"));
        QAction *hidden = view->addAction(QStringLiteral("&Hidden"));
        hidden->setVisible(false);
    }
};

QTreeWidgetItem *rowOf(const ShortcutsDialog &dialog, QAction *action)
{
    QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            if (item->data(ShortcutsDialog::ActionColumn, Qt::UserRole).value<QAction *>() == action)
                return item;
        }
    }
    return nullptr;
}

int visibleRows(const ShortcutsDialog &dialog)
{
    int rows = 0;
    QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            rows += tree->topLevelItem(g)->isHidden() || tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    }
    return rows;
}

} // namespace

class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("mnemonic");
        QTest::addRow("mnemonic and ellipsis") << "&Open Clone\u2026" << "Open Clone" << "O";
        QTest::addRow("mnemonic inside") << "Roll&back\u2026" << "Rollback" << "B";
        QTest::addRow("literal ampersand") << "Q&&A &Notes" << "Q&A Notes" << "N";
        QTest::addRow("three dots") << "&Export..." << "Export" << "E";
        QTest::addRow("no mnemonic") << "Problems" << "Problems" << "";
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QFETCH(QString, mnemonic);
        QCOMPARE(ShortcutsDialog::plainText(text), plain);
        QCOMPARE(ShortcutsDialog::mnemonic(text), mnemonic);
    }

    void groupsByMenu()
    {
        SampleWindow sample;
        ShortcutsDialog dialog(sample.window.menuBar());
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("File"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("View"));
        QCOMPARE(tree->topLevelItem(1)->childCount(), 2); // the hidden action is left out

        QTreeWidgetItem *open = rowOf(dialog, sample.open);
        QVERIFY(open);
        QCOMPARE(open->text(ShortcutsDialog::ActionColumn), QStringLiteral("Open Clone"));
        QCOMPARE(open->text(ShortcutsDialog::ShortcutColumn),
                 QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
        const QString alt = QKeySequence(Qt::ALT).toString(QKeySequence::NativeText);
        QCOMPARE(open->text(ShortcutsDialog::MenuKeysColumn), alt + QStringLiteral("F, O"));

        QTreeWidgetItem *quit = rowOf(dialog, sample.quit);
        QVERIFY(quit);
        QCOMPARE(quit->text(ShortcutsDialog::ShortcutColumn),
                 QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText) + QStringLiteral(", F10"));

        QTreeWidgetItem *dark = rowOf(dialog, sample.dark);
        QVERIFY(dark);
        QCOMPARE(dark->text(ShortcutsDialog::ActionColumn), QStringLiteral("Appearance \u203a Dark"));
        QCOMPARE(dark->text(ShortcutsDialog::MenuKeysColumn), alt + QStringLiteral("V, A, D"));

        QTreeWidgetItem *noKeys = rowOf(dialog, sample.noKeys);
        QVERIFY(noKeys);
        QVERIFY(noKeys->text(ShortcutsDialog::MenuKeysColumn).isEmpty());
    }

    // A recent clone's long path stays in the list, shortened, and the keys stay in view.
    void longEntriesKeepTheKeysInView()
    {
        SampleWindow sample;
        QAction *recent = sample.window.menuBar()->actions().first()->menu()->addAction(
            QStringLiteral("1 /home/someone/src/a/very/long/path/to/a/clone/that/goes/on/and/on/release-console-demo"));
        ShortcutsDialog dialog(sample.window.menuBar());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *tree = dialog.tree();
        QTreeWidgetItem *item = rowOf(dialog, recent);
        QVERIFY(item);
        QVERIFY(item->toolTip(ShortcutsDialog::ActionColumn).contains(QStringLiteral("release-console-demo")));
        const int keysRight = tree->header()->sectionViewportPosition(ShortcutsDialog::ShortcutColumn)
            + tree->columnWidth(ShortcutsDialog::ShortcutColumn);
        QVERIFY2(keysRight <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("the shortcut column ends at %1 of %2").arg(keysRight).arg(tree->viewport()->width())));
    }

    void followsTheLiveActions()
    {
        SampleWindow sample;
        ShortcutsDialog dialog(sample.window.menuBar());
        sample.open->setShortcut(QKeySequence(Qt::Key_F3));
        sample.open->setText(QStringLiteral("&Open Something"));
        dialog.rebuild();
        QTreeWidgetItem *open = rowOf(dialog, sample.open);
        QVERIFY(open);
        QCOMPARE(open->text(ShortcutsDialog::ActionColumn), QStringLiteral("Open Something"));
        QCOMPARE(open->text(ShortcutsDialog::ShortcutColumn), QStringLiteral("F3"));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addRow("nothing: all rows") << "" << 4;
        QTest::addRow("by action, any case") << "quit" << 1;
        QTest::addRow("by menu name") << "view" << 2;
        QTest::addRow("by key") << "F10" << 1;
        QTest::addRow("by submenu") << "appearance" << 1;
        QTest::addRow("no match") << "deploy" << 0;
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        SampleWindow sample;
        ShortcutsDialog dialog(sample.window.menuBar());
        dialog.show();
        QTest::keyClicks(dialog.filterEdit(), text);
        QCOMPARE(visibleRows(dialog), rows);
        if (rows == 0)
            QVERIFY(dialog.tree()->topLevelItem(0)->isHidden() && dialog.tree()->topLevelItem(1)->isHidden());
    }

    void listsEveryActionOfTheMainWindow()
    {
        MainWindow window;
        ShortcutsDialog dialog(window.menuBar());
        int expected = 0;
        std::function<void(QMenu *)> count = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
                    continue;
                if (action->menu()) {
                    count(action->menu());
                    continue;
                }
                ++expected;
                QVERIFY2(rowOf(dialog, action), qPrintable(action->text()));
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                count(top->menu());
        }
        QVERIFY(expected > 10);
        QCOMPARE(visibleRows(dialog), expected);
        QVERIFY(rowOf(dialog, window.deployAction()));
        QCOMPARE(rowOf(dialog, window.runsAction())->text(ShortcutsDialog::ShortcutColumn),
                 window.runsAction()->shortcut().toString(QKeySequence::NativeText));
    }

    void filterHasFocusAndEscapeCloses()
    {
        SampleWindow sample;
        ShortcutsDialog dialog(sample.window.menuBar());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.filterEdit());
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box->button(QDialogButtonBox::Close)->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"

// Desktop habits checked on the real window and dialogs: everything reachable from the keyboard
// (menu mnemonics, shortcuts without clashes, Escape closes dialogs) and a name for every control a
// screen reader can land on.
#include "aboutdialog.h"
#include "breakglassdialog.h"
#include "deploydialog.h"
#include "exportdialog.h"
#include "githubsettingsdialog.h"
#include "hotfixdialog.h"
#include "mainwindow.h"
#include "newreleasedialog.h"
#include "releasedocument.h"
#include "releasepage.h"
#include "rollbackdialog.h"
#include "shortcutsdialog.h"

#include "demo/demoworkspace.h"
#include "manifest/manifestparser.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using rc::ui::MainWindow;
using rc::ui::ShortcutsDialog;

namespace {

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        chain.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
        if (w->isWindow())
            break;
    }
    return QStringLiteral("%1 (%2)").arg(chain.join(QLatin1Char('/')), QString::fromLatin1(widget->metaObject()->className()));
}

// Parts of compound widgets that a screen reader reaches through their owner.
bool isInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
        return true;
    // A combo box's popup list lives in a window of its own whose parent is the combo box.
    for (const QWidget *w = parent; w; w = w->parentWidget()) {
        if (qobject_cast<const QComboBox *>(w))
            return true;
    }
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    return QByteArray(parent->metaObject()->className()) == "QTabBar"
        || QByteArray(parent->metaObject()->className()) == "QDockWidgetTitleButton";
}

/// Widgets that take keyboard focus and have no name a screen reader could say.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (widget == root && widget->isWindow())
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus) || isInternal(widget))
            continue;
        // Hidden because unused here (a badge outside the demo) is not hidden because on another tab.
        if (widget->isHidden())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

QString mnemonicOf(const QString &text)
{
    return ShortcutsDialog::mnemonic(text);
}

void collectActions(QMenu *menu, QList<QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        into << action;
        if (action->menu())
            collectActions(action->menu(), into);
    }
}

rc::core::Manifest demoManifest(const QString &clone)
{
    QFile file(clone + QStringLiteral("/releases/2024-01-15-release.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const rc::core::ParseResult parsed = rc::core::parseManifest(file.readAll(), QStringLiteral("rel.yaml"));
    return parsed.manifest ? *parsed.manifest : rc::core::Manifest();
}

rc::core::GitHubSettings gitHubSettings()
{
    rc::core::GitHubSettings s;
    s.apiUrl = QUrl(QStringLiteral("https://api.github.com"));
    s.repository = {QStringLiteral("acme"), QStringLiteral("platform")};
    s.workflow = QStringLiteral("release-train.yml");
    s.ref = QStringLiteral("main");
    return s;
}

using DialogFactory = std::function<QDialog *(MainWindow &, const QString &)>;

} // namespace

Q_DECLARE_METATYPE(DialogFactory)

class tst_Accessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clone;

    static bool openAndWait(MainWindow &window, const QString &path)
    {
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        window.openPath(path);
        return !finished.isEmpty() || finished.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
        QCoreApplication::setOrganizationName(QStringLiteral("ReleaseConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto created = rc::core::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_clone = created.value();
    }

    void everyMenuHasAMnemonic()
    {
        MainWindow window;
        QStringList seen;
        for (QAction *top : window.menuBar()->actions()) {
            if (!top->menu())
                continue;
            const QString key = mnemonicOf(top->text());
            QVERIFY2(!key.isEmpty(), qPrintable(top->text() + QStringLiteral(" has no &mnemonic")));
            QVERIFY2(!seen.contains(key), qPrintable(top->text() + QStringLiteral(" repeats the mnemonic ") + key));
            seen << key;
        }
        QVERIFY(seen.contains(QStringLiteral("H"))); // Help
    }

    void everyMenuActionIsReachable()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_clone));
        QStringList problems;
        std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
            QStringList keys;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QString where = path + QStringLiteral(" \u203a ") + action->text();
                const QString key = mnemonicOf(action->text());
                if (key.isEmpty() && action->shortcut().isEmpty())
                    problems << where + QStringLiteral(": neither a mnemonic nor a shortcut");
                if (!key.isEmpty()) {
                    if (keys.contains(key))
                        problems << where + QStringLiteral(": mnemonic ") + key + QStringLiteral(" used twice");
                    keys << key;
                }
                if (action->menu())
                    walk(action->menu(), where);
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                walk(top->menu(), top->text());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noTwoActionsShareAShortcut()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_clone));
        window.historyView();
        window.calendarView();
        QMultiHash<QString, QString> owners;
        QList<QAction *> actions;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                collectActions(top->menu(), actions);
        }
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!actions.contains(action))
                actions << action;
        }
        QSet<QAction *> unique(actions.begin(), actions.end());
        for (QAction *action : unique) {
            for (const QKeySequence &key : action->shortcuts())
                owners.insert(key.toString(QKeySequence::PortableText), action->text());
        }
        for (QShortcut *shortcut : window.findChildren<QShortcut *>())
            owners.insert(shortcut->key().toString(QKeySequence::PortableText), shortcut->objectName());
        QStringList clashes;
        for (const QString &key : owners.uniqueKeys()) {
            const QStringList who = owners.values(key);
            if (who.size() > 1)
                clashes << key + QStringLiteral(": ") + who.join(QStringLiteral(", "));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void helpMenuOffersShortcutsAndAbout()
    {
        MainWindow window;
        QMenu *help = nullptr;
        for (QAction *top : window.menuBar()->actions()) {
            if (ShortcutsDialog::plainText(top->text()) == QLatin1String("Help"))
                help = top->menu();
        }
        QVERIFY(help);
        QStringList names;
        for (QAction *action : help->actions())
            names << ShortcutsDialog::plainText(action->text());
        QVERIFY2(names.contains(QStringLiteral("Keyboard Shortcuts")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("About Release Console")));
        QVERIFY(names.contains(QStringLiteral("About Qt")));
    }

    void mainWindowControlsHaveNames()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_clone));
        QVERIFY(window.selectRelease(QStringLiteral("rel-2024-01-15-001")));
        // Every dock and every tab of the page, so their controls exist and count as shown.
        window.historyAction()->setChecked(true);
        window.calendarAction()->setChecked(true);
        window.runsAction()->setChecked(true);
        QStringList unnamed;
        auto *tabs = window.releasePage()->findChild<QTabWidget *>(QStringLiteral("releaseTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString &name : unnamedControls(&window)) {
                if (!unnamed.contains(name))
                    unnamed << name;
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n")
                                               + unnamed.join(QLatin1Char('\n'))));
        // The check above covered the controls a screen reader user meets most: they were there,
        // shown, and named.
        for (const char *name : {"releaseView", "releaseFilter", "statusFilter", "componentView", "checklistView",
                                 "approvalView", "validationView", "releaseTabs", "yamlView", "changesView",
                                 "commitDetails", "changesFilter", "changesKind", "historyTable", "calendarView",
                                 "previousMonth", "nextMonth", "runJobs", "recentRuns"}) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(), name);
        }
    }

    void statusBarItemsHaveNames()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_clone));
        for (const char *name : {"clonePathLabel", "releaseCountLabel", "signerLabel", "gitHubLabel",
                                 "simulatedGitHubBadge"}) {
            auto *label = window.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label, name);
            QVERIFY2(!label->accessibleName().isEmpty(), name);
        }
    }

    void dialogs_data()
    {
        QTest::addColumn<DialogFactory>("create");
        QTest::addColumn<bool>("hasDefault");
        QTest::addRow("new release") << DialogFactory([](MainWindow &w, const QString &clone) -> QDialog * {
            return new rc::ui::NewReleaseDialog(clone, {}, &w);
        }) << true;
        QTest::addRow("hotfix") << DialogFactory([](MainWindow &w, const QString &clone) -> QDialog * {
            return new rc::ui::HotfixDialog(clone, &w);
        }) << true;
        QTest::addRow("GitHub settings") << DialogFactory([](MainWindow &w, const QString &) -> QDialog * {
            return new rc::ui::GitHubSettingsDialog(w.gitHubSession(), &w);
        }) << true;
        QTest::addRow("deploy") << DialogFactory([](MainWindow &w, const QString &clone) -> QDialog * {
            return new rc::ui::DeployDialog(demoManifest(clone), gitHubSettings(), true, &w);
        }) << true;
        // Enter never rolls back: the rollback dialog has no default button on purpose.
        QTest::addRow("rollback") << DialogFactory([](MainWindow &w, const QString &clone) -> QDialog * {
            return new rc::ui::RollbackDialog(demoManifest(clone), gitHubSettings(), true, &w);
        }) << false;
        // Enter never breaks the glass either.
        QTest::addRow("break glass") << DialogFactory([](MainWindow &w, const QString &clone) -> QDialog * {
            return new rc::ui::BreakGlassDialog(demoManifest(clone), QStringLiteral("outside the release window"),
                                                QStringLiteral("Tue 2024-01-23 14:00 (UTC)"), &w);
        }) << false;
        QTest::addRow("export") << DialogFactory([](MainWindow &w, const QString &) -> QDialog * {
            return new rc::ui::ExportDialog(w.scan(), QString(), &w);
        }) << true;
        QTest::addRow("keyboard shortcuts") << DialogFactory([](MainWindow &w, const QString &) -> QDialog * {
            return new ShortcutsDialog(w.menuBar(), &w);
        }) << true;
        QTest::addRow("about") << DialogFactory([](MainWindow &w, const QString &) -> QDialog * {
            return new rc::ui::AboutDialog(&w);
        }) << true;
    }

    void dialogs()
    {
        QFETCH(DialogFactory, create);
        QFETCH(bool, hasDefault);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_clone));
        std::unique_ptr<QDialog> dialog(create(window, m_clone));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList unnamed = unnamedControls(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n")
                                               + unnamed.join(QLatin1Char('\n'))));
        bool foundDefault = false;
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            foundDefault = foundDefault || (button->isDefault() && button->isVisible());
        QCOMPARE(foundDefault, hasDefault);
        // Focus starts inside the dialog, and Tab moves on to another control of the dialog.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && dialog->isAncestorOf(focus));
        QTest::keyClick(focus, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"

#pragma once

#include <QDialog>

class QLineEdit;
class QMenu;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace rc::ui {

/// Help → Keyboard Shortcuts: every action of a menu bar with its shortcut and the keys that reach
/// it through the menus, grouped by menu, with a filter. Read from the live actions each time it
/// is built, so it lists exactly what the window offers.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);

    enum Column
    {
        ActionColumn,
        ShortcutColumn,
        MenuKeysColumn,
        ColumnCount
    };

    /// Reads the menu bar's actions again.
    void rebuild();
    /// Shows only actions whose name, menu or keys contain `text` (case-insensitive).
    void setFilterText(const QString &text);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

    /// "&Open Clone…" → "Open Clone": an action's or menu's text as people read it.
    static QString plainText(const QString &text);
    /// The letter after the single "&" in `text`, upper case; empty when none.
    static QString mnemonic(const QString &text);

private:
    void addMenu(QMenu *menu, QTreeWidgetItem *group, const QString &path, const QString &keys);
    void applyFilter();

    QMenuBar *m_menuBar;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace rc::ui

#include "shortcutsdialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

namespace rc::ui {

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_menuBar(menuBar)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Action, menu or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleDescription(tr("Shows only the actions whose name, menu or keys contain this text"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Through the menus")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Every action of the window, grouped by menu, with its shortcut and the keys "
                                        "that reach it through the menus"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, buttons->button(QDialogButtonBox::Close));
    m_filter->setFocus();
    resize(640, 560);
    rebuild();
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            // "&&" is a literal ampersand.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

QString ShortcutsDialog::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

void ShortcutsDialog::rebuild()
{
    m_tree->clear();
    if (!m_menuBar)
        return;
    const QString alt = QKeySequence(Qt::ALT).toString(QKeySequence::NativeText);
    for (QAction *menuAction : m_menuBar->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        const QString title = plainText(menuAction->text());
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(ActionColumn);
        bold.setBold(true);
        group->setFont(ActionColumn, bold);
        group->setFirstColumnSpanned(true);
        const QString key = mnemonic(menuAction->text());
        addMenu(menu, group, title, key.isEmpty() ? QString() : alt + key);
    }
    m_tree->expandAll();
    for (int column = 0; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    // A long entry (a recent clone's full path) must not push the keys out of sight: it is
    // shortened in the middle and shown whole in its tooltip.
    const int widest = fontMetrics().averageCharWidth() * 40;
    if (m_tree->columnWidth(ActionColumn) > widest)
        m_tree->setColumnWidth(ActionColumn, widest);
    applyFilter();
}

void ShortcutsDialog::addMenu(QMenu *menu, QTreeWidgetItem *group, const QString &path, const QString &keys)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QString key = mnemonic(action->text());
        // Menu keys only lead somewhere when every step has a letter.
        const QString next = keys.isEmpty() || key.isEmpty() ? QString() : keys + QStringLiteral(", ") + key;
        if (QMenu *submenu = action->menu()) {
            addMenu(submenu, group, path + QStringLiteral(" \u203a ") + plainText(action->text()), next);
            continue;
        }
        QStringList shortcuts;
        for (const QKeySequence &sequence : action->shortcuts())
            shortcuts << sequence.toString(QKeySequence::NativeText);
        QString name = plainText(action->text());
        const QString prefix = path.section(QStringLiteral(" \u203a "), 1);
        if (!prefix.isEmpty())
            name = prefix + QStringLiteral(" \u203a ") + name;
        auto *item = new QTreeWidgetItem(group, {name, shortcuts.join(QStringLiteral(", ")), next});
        item->setData(ActionColumn, Qt::UserRole, QVariant::fromValue(action));
        if (!action->statusTip().isEmpty())
            item->setToolTip(ActionColumn, action->statusTip());
        else if (name.size() > 40)
            item->setToolTip(ActionColumn, name);
    }
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = needle.isEmpty() || group->text(ActionColumn).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            bool match = groupMatches;
            for (int column = 0; column < ColumnCount && !match; ++column)
                match = item->text(column).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace rc::ui

#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTreeWidget;

namespace rc::ui {

/// Help → About Release Console: the versions of the console and of what it is built on, and a
/// button that copies them as plain text for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    struct Fact
    {
        QString name;
        QString value;
    };
    /// What a bug report needs: versions of the console, Qt (built with and running), libgit2,
    /// yaml-cpp, QtKeychain, the YAML highlighter in use, and the platform.
    static QList<Fact> facts();
    /// facts() as "name: value" lines.
    static QString factsText();

    QTreeWidget *factsView() const { return m_facts; }
    QPushButton *copyButton() const { return m_copy; }

    /// Puts factsText() on the clipboard.
    void copyFacts();

private:
    QTreeWidget *m_facts = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace rc::ui

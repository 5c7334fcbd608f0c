#pragma once

#include <QFileSystemWatcher>
#include <QPlainTextEdit>
#include <QTimer>

class QSyntaxHighlighter;

namespace rc::ui {

/// A read-only view of a manifest's text with line numbers and YAML highlighting. It follows the
/// file on disk: when someone (an editor, `git pull`, the console itself) rewrites it, the view
/// reloads and keeps the scroll position, so a reviewer does not lose their place.
class YamlView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit YamlView(QWidget *parent = nullptr);

    /// Shows `path` and watches it; an empty path clears the view.
    void setFile(const QString &path);
    QString file() const { return m_path; }

    /// Reads the file again now (also done on its own when the file changes on disk).
    void reload();

    /// Puts the cursor on a 1-based line and makes it visible (used to jump to a diagnostic).
    void goToLine(int line, int column = 1);

    QSyntaxHighlighter *highlighter() const { return m_highlighter; }
    int lineNumberAreaWidth() const;

signals:
    /// The text was (re)read from disk.
    void reloaded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void paintLineNumbers(QPaintEvent *event);
    void watch();

    QWidget *m_lineNumbers = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QFileSystemWatcher m_watcher;
    // Atomic saves replace the file: the watcher loses it and several events arrive at once.
    QTimer m_reloadTimer;
    QString m_path;
};

} // namespace rc::ui

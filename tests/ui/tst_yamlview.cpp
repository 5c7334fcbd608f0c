#include "yamlhighlighter.h"
#include "yamlview.h"

#include <QSaveFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using rc::ui::YamlView;

class tst_YamlView : public QObject
{
    Q_OBJECT

private:
    static QByteArray manyLines(int count, const QByteArray &marker)
    {
        QByteArray text = "# " + marker + "\nitems:\n";
        for (int i = 0; i < count; ++i)
            text += "  - name: item-" + QByteArray::number(i) + "\n";
        return text;
    }

    static bool writeAtomically(const QString &path, const QByteArray &bytes)
    {
        // The console saves with QSaveFile, which replaces the file: the view must survive that.
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    }

private slots:
    void showsTheFileReadOnlyAndHighlighted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.yaml"));
        QVERIFY(writeAtomically(path, "release:\n  id: rel-1 # the id\n"));
        YamlView view;
        view.setFile(path);
        QCOMPARE(view.toPlainText(), QStringLiteral("release:\n  id: rel-1 # the id\n"));
        QVERIFY(view.isReadOnly());
        QVERIFY(view.highlighter());
        QCOMPARE(view.highlighter()->document(), view.document());
        QVERIFY(!view.document()->findBlockByNumber(1).layout()->formats().isEmpty());
    }

    void lineNumberAreaGrowsWithTheLineCount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.yaml"));
        QVERIFY(writeAtomically(path, "a: 1\n"));
        YamlView view;
        view.setFile(path);
        const int narrow = view.lineNumberAreaWidth();
        QVERIFY(writeAtomically(path, manyLines(20000, "long")));
        view.reload();
        QVERIFY(view.lineNumberAreaWidth() > narrow);
    }

    void reloadsWhenTheFileIsReplacedAndKeepsTheScrollPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.yaml"));
        QVERIFY(writeAtomically(path, manyLines(400, "first")));
        YamlView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFile(path);
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 100);
        bar->setValue(100);

        QSignalSpy reloaded(&view, &YamlView::reloaded);
        QVERIFY(writeAtomically(path, manyLines(400, "second")));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(view.toPlainText().startsWith(QStringLiteral("# second")));
        QCOMPARE(bar->value(), 100);

        // The watcher must still follow the file after it was replaced once.
        QVERIFY(writeAtomically(path, manyLines(400, "third")));
        QTRY_VERIFY_WITH_TIMEOUT(view.toPlainText().startsWith(QStringLiteral("# third")), 5000);
        QCOMPARE(bar->value(), 100);
    }

    void unchangedContentDoesNotReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.yaml"));
        QVERIFY(writeAtomically(path, "a: 1\n"));
        YamlView view;
        view.setFile(path);
        QSignalSpy reloaded(&view, &YamlView::reloaded);
        view.reload();
        QCOMPARE(reloaded.count(), 0);
    }

    void saysWhenTheFileCannotBeRead()
    {
        QTemporaryDir dir;
        YamlView view;
        view.setFile(dir.filePath(QStringLiteral("missing.yaml")));
        QVERIFY(view.toPlainText().startsWith(QStringLiteral("# Cannot read")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("missing.yaml")));
    }

    void goToLinePutsTheCursorThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.yaml"));
        QVERIFY(writeAtomically(path, manyLines(50, "x")));
        YamlView view;
        view.setFile(path);
        view.goToLine(10, 5);
        QCOMPARE(view.textCursor().blockNumber(), 9);
        QCOMPARE(view.textCursor().positionInBlock(), 4);
    }

    void emptyPathClears()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.yaml"));
        QVERIFY(writeAtomically(path, "a: 1\n"));
        YamlView view;
        view.setFile(path);
        view.setFile(QString());
        QVERIFY(view.toPlainText().isEmpty());
        QVERIFY(view.file().isEmpty());
    }
};

QTEST_MAIN(tst_YamlView)
#include "tst_yamlview.moc"

#include "yamlhighlighter.h"

#include "appearance.h"
#include "themecolors.h"

#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using rc::ui::YamlHighlighter;
using Token = YamlHighlighter::Token;

// Each line is rendered as one letter per character, naming the format applied there, so a row of
// the table shows at a glance which ranges got which format.
class tst_YamlHighlighter : public QObject
{
    Q_OBJECT

private:
    static QChar letter(const YamlHighlighter &highlighter, const QTextCharFormat &format)
    {
        static const std::pair<Token, char> letters[] = {
            {Token::Key, 'K'},    {Token::String, 'S'},         {Token::Number, 'N'},     {Token::Comment, 'C'},
            {Token::Anchor, 'A'}, {Token::DocumentMarker, 'M'}, {Token::Punctuation, 'P'}, {Token::Dash, 'D'},
        };
        for (const auto &[token, c] : letters) {
            if (highlighter.format(token) == format)
                return QLatin1Char(c);
        }
        return QLatin1Char('?');
    }

    static QStringList render(const QString &yaml)
    {
        QTextDocument document;
        YamlHighlighter highlighter(&document);
        document.setPlainText(yaml);
        // A new highlighter defers its first pass to the event loop; run it now.
        highlighter.rehighlight();
        QStringList lines;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QString line(block.text().size(), QLatin1Char('.'));
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                for (int i = range.start; i < range.start + range.length && i < line.size(); ++i)
                    line[i] = letter(highlighter, range.format);
            }
            lines << line;
        }
        return lines;
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("plain key and plain value")
            << "name: api" << QStringList{"KKKK....."};
        QTest::addRow("quoted value")
            << "team_lead: '@alice'" << QStringList{"KKKKKKKKK..SSSSSSSS"};
        QTest::addRow("double-quoted value with escaped quote")
            << R"(a: "x\"y" # c)" << QStringList{R"(K..SSSSSS.CCC)"};
        QTest::addRow("single quote escaped by doubling")
            << "a: 'it''s'" << QStringList{"K..SSSSSSS"};
        QTest::addRow("comment after value")
            << "sign_off: pending # pending, approved" << QStringList{"KKKKKKKK..........CCCCCCCCCCCCCCCCCCC"};
        QTest::addRow("hash inside a word is not a comment")
            << "a: c#d" << QStringList{"K....."};
        QTest::addRow("whole-line comment")
            << "  # releases/x.yaml" << QStringList{"..CCCCCCCCCCCCCCCCC"};
        QTest::addRow("booleans and numbers")
            << "a: true\nb: 42\nc: -1.5e3\nd: ~\ne: v1.2.3"
            << QStringList{"K..NNNN", "K..NN", "K..NNNNNN", "K..N", "K........"};
        QTest::addRow("list item with key")
            << "  - name: api" << QStringList{"..D.KKKK....."};
        QTest::addRow("list item with quoted scalar")
            << "    - 'feat: Add endpoint'" << QStringList{"....D.SSSSSSSSSSSSSSSSSSSS"};
        QTest::addRow("list item with plain scalar containing colon")
            << "- http://example.com" << QStringList{"D..................."};
        QTest::addRow("quoted key")
            << "'Release Manager': x" << QStringList{"KKKKKKKKKKKKKKKKK..."};
        QTest::addRow("anchor and alias")
            << "base: &base\nother: *base" << QStringList{"KKKK..AAAAA", "KKKKK..AAAAA"};
        QTest::addRow("tag")
            << "n: !!str 42" << QStringList{"K..AAAAA.NN"};
        QTest::addRow("document markers")
            << "---\na: 1\n..." << QStringList{"MMM", "K..N", "MMM"};
        QTest::addRow("dash-dash-dash inside a line is not a marker")
            << "a: ---" << QStringList{"K....."};
        QTest::addRow("flow sequence")
            << "changes: []\nxs: [1, 'a', b]"
            << QStringList{"KKKKKKK..PP", "KK..PNP.SSSP..P"};
        QTest::addRow("flow mapping")
            << "m: {k: 1, 'q': true}" << QStringList{"K..PK..NP.KKK..NNNNP"};
        QTest::addRow("block scalar")
            << "notes: |\n  line one: not a key\n  # not a comment\nnext: 1"
            << QStringList{"KKKKK..P", "..SSSSSSSSSSSSSSSSSSS", "..SSSSSSSSSSSSSSS", "KKKK..N"};
        QTest::addRow("folded block scalar in a list item keeps blank lines")
            << "- text: >-\n    a\n\n    b\n- x" << QStringList{"D.KKKK..PP", "....S", "", "....S", "D.."};
        QTest::addRow("key without value")
            << "release:" << QStringList{"KKKKKKK."};
    }

    void formats()
    {
        QFETCH(QString, yaml);
        QFETCH(QStringList, expected);
        QCOMPARE(render(yaml), expected);
    }

    void factoryReturnsAHighlighterOwnedByTheDocument()
    {
        QTextDocument document;
        QPointer<QSyntaxHighlighter> highlighter = rc::ui::createYamlHighlighter(&document);
        QVERIFY(highlighter);
        QCOMPARE(highlighter->document(), &document);
#ifndef RC_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(qobject_cast<YamlHighlighter *>(highlighter.data()));
#endif
    }

    // Every token reads at 4.5:1 on the base of the palette in use, and the highlighter follows a
    // switch between light and dark while it lives.
    void factoryFollowsThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        Appearance::apply(Appearance::Mode::Light);
        QTextDocument document;
        auto *highlighter = qobject_cast<YamlHighlighter *>(rc::ui::createYamlHighlighter(&document));
        if (!highlighter)
            QSKIP("KSyntaxHighlighting's themes are its own");
        QStringList seen;
        for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark, Appearance::Mode::Light}) {
            Appearance::apply(mode);
            const QColor base = QApplication::palette().color(QPalette::Base);
            for (int t = 0; t < int(Token::TokenCount); ++t) {
                const QColor colour = highlighter->format(Token(t)).foreground().color();
                QVERIFY2(ThemeColors::contrast(colour, base) >= ThemeColors::TextContrast,
                         qPrintable(QStringLiteral("token %1: %2 on %3").arg(t).arg(colour.name(), base.name())));
            }
            seen << highlighter->format(Token::Key).foreground().color().name();
        }
        Appearance::apply(Appearance::Mode::System);
        QVERIFY2(seen.at(0) != seen.at(1) && seen.at(0) == seen.at(2), qPrintable(seen.join(QLatin1Char(' '))));
    }

    void formatsAreDistinct()
    {
        QTextDocument document;
        YamlHighlighter highlighter(&document);
        for (int a = 0; a < int(Token::TokenCount); ++a) {
            for (int b = a + 1; b < int(Token::TokenCount); ++b) {
                QVERIFY2(highlighter.format(Token(a)) != highlighter.format(Token(b)),
                         qPrintable(QStringLiteral("tokens %1 and %2 look the same").arg(a).arg(b)));
            }
        }
    }
};

QTEST_MAIN(tst_YamlHighlighter)
#include "tst_yamlhighlighter.moc"

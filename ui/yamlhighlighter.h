#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QTextDocument;

namespace rc::ui {

/// A small YAML highlighter for manifests, used when KSyntaxHighlighting (KF6) is not available.
/// It works line by line and remembers only whether it is inside a block scalar (`|`, `>`),
/// which is all a manifest needs; it never has to be a validating parser.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token {
        Key,
        String,
        Number, ///< numbers, booleans and null
        Comment,
        Anchor, ///< `&anchor`, `*alias` and `!tag`
        Dash, ///< the `-` of a block sequence item
        DocumentMarker, ///< `---` and `...`
        Punctuation, ///< flow indicators `[ ] { } ,` and `|`/`>` block scalar headers
        TokenCount
    };

    explicit YamlHighlighter(QTextDocument *document);

    QTextCharFormat format(Token token) const { return m_formats[static_cast<size_t>(token)]; }
    /// Picks colours that read well on the palette's base colour (light or dark theme).
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(int start, int length, Token token);
    /// Highlights a flow or plain value from `pos`; returns where a comment starts, or -1.
    int highlightValue(const QString &text, int pos);
    void highlightScalar(const QString &text, int start, int end);

    std::array<QTextCharFormat, static_cast<size_t>(Token::TokenCount)> m_formats;
};

/// The highlighter the YAML view uses: KSyntaxHighlighting's YAML definition when the build has
/// it (RC_HAVE_KSYNTAXHIGHLIGHTING), otherwise YamlHighlighter. The document owns the result.
QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document);

} // namespace rc::ui

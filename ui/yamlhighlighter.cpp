#include "yamlhighlighter.h"

#include "themecolors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

#ifdef RC_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace rc::ui {

namespace {

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

bool isSpaceAt(const QString &text, int pos)
{
    return pos >= text.size() || text.at(pos).isSpace();
}

/// Index just past the closing quote of the quoted scalar starting at `start` (text.size() when it
/// is not closed on this line, which YAML allows for multi-line strings; good enough for display).
int quotedEnd(const QString &text, int start)
{
    const QChar quote = text.at(start);
    int pos = start + 1;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (quote == u'"' && c == u'\\') {
            pos += 2;
            continue;
        }
        if (c == quote) {
            // '' is an escaped quote inside a single-quoted scalar.
            if (quote == u'\'' && pos + 1 < text.size() && text.at(pos + 1) == u'\'') {
                pos += 2;
                continue;
            }
            return pos + 1;
        }
        ++pos;
    }
    return int(text.size());
}

bool isNumberOrConstant(QStringView scalar)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?)"
        "|0x[0-9a-fA-F_]+|0o[0-7_]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
        "|null|Null|NULL|~)$"));
    return pattern.match(scalar).hasMatch();
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(false);
}

void YamlHighlighter::setDarkBackground(bool dark)
{
    auto set = [this](Token token, const QColor &colour, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(colour);
        if (bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(italic);
        m_formats[static_cast<size_t>(token)] = format;
    };
    set(Token::Key, dark ? QColor(0x8a, 0xbe, 0xf0) : QColor(0x1f, 0x4e, 0x8c), true);
    set(Token::String, dark ? QColor(0x9c, 0xd6, 0x8f) : QColor(0x2e, 0x7d, 0x32));
    set(Token::Number, dark ? QColor(0xf0, 0xa8, 0x60) : QColor(0xb3, 0x4d, 0x00));
    set(Token::Comment, dark ? QColor(0x90, 0x90, 0x90) : QColor(0x75, 0x75, 0x75), false, true);
    set(Token::Anchor, dark ? QColor(0xd0, 0x9a, 0xf0) : QColor(0x7b, 0x1f, 0xa2));
    set(Token::Dash, dark ? QColor(0xf0, 0x80, 0xa8) : QColor(0xad, 0x14, 0x57), true);
    set(Token::DocumentMarker, dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28), true);
    set(Token::Punctuation, dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x55, 0x55, 0x55));
    rehighlight();
}

void YamlHighlighter::apply(int start, int length, Token token)
{
    if (length > 0)
        setFormat(start, length, format(token));
}

void YamlHighlighter::highlightScalar(const QString &text, int start, int end)
{
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start && isNumberOrConstant(QStringView(text).mid(start, end - start)))
        apply(start, end - start, Token::Number);
}

int YamlHighlighter::highlightValue(const QString &text, int pos)
{
    // Block scalar headers are only recognised as the first thing of a value.
    bool first = true;
    int flowDepth = 0;
    const int size = int(text.size());
    while (pos < size) {
        if (text.at(pos).isSpace()) {
            ++pos;
            continue;
        }
        const QChar c = text.at(pos);
        if (c == u'#' && (pos == 0 || text.at(pos - 1).isSpace())) {
            apply(pos, size - pos, Token::Comment);
            return -1;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            int end = pos + 1;
            while (end < size && !text.at(end).isSpace() && !isFlowIndicator(text.at(end)))
                ++end;
            apply(pos, end - pos, Token::Anchor);
            pos = end;
            continue; // an anchor or tag may precede a block scalar header
        }
        if (c == u'\'' || c == u'"') {
            const int end = quotedEnd(text, pos);
            // Inside flow mappings a quoted key is followed by ':'.
            int after = end;
            while (after < size && text.at(after) == u' ')
                ++after;
            const bool isKey = flowDepth > 0 && after < size && text.at(after) == u':';
            apply(pos, end - pos, isKey ? Token::Key : Token::String);
            pos = isKey ? after + 1 : end;
            first = false;
            continue;
        }
        if (isFlowIndicator(c)) {
            if (c == u'[' || c == u'{')
                ++flowDepth;
            else if ((c == u']' || c == u'}') && flowDepth > 0)
                --flowDepth;
            apply(pos, 1, Token::Punctuation);
            ++pos;
            first = false;
            continue;
        }
        if (first && (c == u'|' || c == u'>')) {
            int end = pos + 1;
            while (end < size && (text.at(end) == u'+' || text.at(end) == u'-' || text.at(end).isDigit()))
                ++end;
            if (isSpaceAt(text, end)) {
                apply(pos, end - pos, Token::Punctuation);
                int rest = end;
                while (rest < size && text.at(rest).isSpace())
                    ++rest;
                if (rest < size && text.at(rest) == u'#')
                    apply(rest, size - rest, Token::Comment);
                return pos; // tells the caller a block scalar follows
            }
        }
        // A plain scalar: runs to a comment, or in flow context to the next indicator or ": ".
        int end = pos;
        bool key = false;
        while (end < size) {
            const QChar e = text.at(end);
            if (e == u'#' && text.at(end - 1).isSpace())
                break;
            if (flowDepth > 0 && isFlowIndicator(e))
                break;
            if (flowDepth > 0 && e == u':' && isSpaceAt(text, end + 1)) {
                key = true;
                break;
            }
            ++end;
        }
        if (key) {
            int keyEnd = end;
            while (keyEnd > pos && text.at(keyEnd - 1).isSpace())
                --keyEnd;
            apply(pos, keyEnd - pos, Token::Key);
            pos = end + 1;
        } else {
            highlightScalar(text, pos, end);
            pos = end;
        }
        first = false;
    }
    return -1;
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(-1);
    const int size = int(text.size());
    int indent = 0;
    while (indent < size && text.at(indent) == u' ')
        ++indent;

    // Inside a block scalar every line indented deeper than its parent (and every blank line) is
    // content; the state carries the parent's column.
    const int parent = previousBlockState();
    if (parent >= 0) {
        if (text.trimmed().isEmpty()) {
            setCurrentBlockState(parent);
            return;
        }
        if (indent > parent) {
            apply(indent, size - indent, Token::String);
            setCurrentBlockState(parent);
            return;
        }
    }

    int pos = indent;
    if (indent == 0 && (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        && isSpaceAt(text, 3)) {
        apply(0, 3, Token::DocumentMarker);
        highlightValue(text, 3);
        return;
    }
    if (pos < size && text.at(pos) == u'#') {
        apply(pos, size - pos, Token::Comment);
        return;
    }

    // Sequence item dashes, possibly several on one line ("- - a").
    int column = indent;
    while (pos < size && text.at(pos) == u'-' && isSpaceAt(text, pos + 1)) {
        apply(pos, 1, Token::Dash);
        column = pos;
        ++pos;
        while (pos < size && text.at(pos) == u' ')
            ++pos;
    }

    // A block mapping key: a quoted or plain scalar followed by ':' and a space or the line's end.
    int keyEnd = -1;
    int colon = -1;
    if (pos < size && (text.at(pos) == u'\'' || text.at(pos) == u'"')) {
        const int end = quotedEnd(text, pos);
        int after = end;
        while (after < size && text.at(after) == u' ')
            ++after;
        if (after < size && text.at(after) == u':' && isSpaceAt(text, after + 1)) {
            keyEnd = end;
            colon = after;
        }
    } else if (pos < size && !isFlowIndicator(text.at(pos)) && text.at(pos) != u'&' && text.at(pos) != u'*'
               && text.at(pos) != u'!' && text.at(pos) != u'|' && text.at(pos) != u'>') {
        for (int i = pos; i < size; ++i) {
            if (text.at(i) == u'#' && i > pos && text.at(i - 1).isSpace())
                break;
            if (text.at(i) == u':' && isSpaceAt(text, i + 1)) {
                keyEnd = i;
                colon = i;
                while (keyEnd > pos && text.at(keyEnd - 1).isSpace())
                    --keyEnd;
                break;
            }
        }
    }
    if (colon >= 0) {
        apply(pos, keyEnd - pos, Token::Key);
        column = pos;
        pos = colon + 1;
    }

    if (highlightValue(text, pos) >= 0)
        setCurrentBlockState(column);
}

namespace {

#ifdef RC_HAVE_KSYNTAXHIGHLIGHTING
// The repository loads every definition: build it once and keep it for the highlighters.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}
#endif

// Gives a highlighter colours for the application's palette, and new ones whenever the palette
// changes (View → Appearance), so YAML reads well on a light and on a dark base alike.
class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QSyntaxHighlighter *highlighter)
        : QObject(highlighter)
        , m_highlighter(highlighter)
    {
        qApp->installEventFilter(this);
        apply();
    }

    ~PaletteFollower() override
    {
        if (qApp)
            qApp->removeEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        const QPalette palette = QGuiApplication::palette();
        if (auto *builtin = qobject_cast<YamlHighlighter *>(m_highlighter)) {
            builtin->setDarkBackground(models::ThemeColors::isDark(palette));
            return;
        }
#ifdef RC_HAVE_KSYNTAXHIGHLIGHTING
        if (auto *syntax = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter)) {
            syntax->setTheme(repository().themeForPalette(palette));
            syntax->rehighlight();
        }
#endif
    }

    QSyntaxHighlighter *m_highlighter;
};

} // namespace

QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document)
{
    QSyntaxHighlighter *highlighter = nullptr;
#ifdef RC_HAVE_KSYNTAXHIGHLIGHTING
    const auto definition = repository().definitionForName(QStringLiteral("YAML"));
    if (definition.isValid()) {
        auto *syntax = new KSyntaxHighlighting::SyntaxHighlighter(document);
        syntax->setDefinition(definition);
        highlighter = syntax;
    }
#endif
    if (!highlighter)
        highlighter = new YamlHighlighter(document);
    new PaletteFollower(highlighter);
    return highlighter;
}

} // namespace rc::ui

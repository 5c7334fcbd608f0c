#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace rc::models {

/// How a piece of state should read: the same tones everywhere (banners, chips, table text).
enum class Tone
{
    Neutral,
    Good,
    Waiting,
    Bad,
    Info,
    Special
};

/// Colours that follow the palette in use instead of assuming a light background. Qt 6.4 has no
/// colour-scheme API, so "dark" means the palette's base is darker than its text; every colour is
/// then moved in lightness until it reaches the WCAG contrast it needs against what it is drawn on.
class ThemeColors
{
public:
    /// WCAG 2.1 minimums: 4.5:1 for normal text, 3:1 for icons and other graphics.
    static constexpr double TextContrast = 4.5;
    static constexpr double GraphicsContrast = 3.0;

    struct Scheme
    {
        QColor background;
        QColor border;
        QColor text;
    };

    /// WCAG relative luminance, 0 (black) to 1 (white).
    static double luminance(const QColor &colour);
    /// WCAG contrast ratio between two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    static bool isDark(const QPalette &palette);
    /// `colour` made lighter or darker (same hue) until it has `minimum` contrast on `background`.
    static QColor readable(const QColor &colour, const QColor &background, double minimum = TextContrast);
    /// `a` blended towards `b` by `amount` (0 = a, 1 = b).
    static QColor mix(const QColor &a, const QColor &b, double amount);

    /// The tone's hue, before any adjustment for the palette.
    static QColor hue(Tone tone);
    /// Text or an icon in the tone's colour on the palette's Base (tables, lists) or Window.
    static QColor foreground(Tone tone, const QPalette &palette, QPalette::ColorRole on = QPalette::Base,
                             double minimum = TextContrast);
    /// A tinted frame with text: readiness banner, message bars, problems in dialogs.
    static Scheme banner(Tone tone, const QPalette &palette);
    /// A solid badge (the release status chip, the demo badge): text readable on the fill.
    static Scheme chip(const QColor &fill);
    /// banner() as a style sheet rule for `selector`, with the padding banners share.
    static QString bannerStyleSheet(Tone tone, const QPalette &palette,
                                    const QString &selector = QStringLiteral("QLabel"));
    /// Just a text colour rule ("color: #rrggbb;") for labels that say something went wrong.
    static QString textStyleSheet(Tone tone, const QPalette &palette);
};

} // namespace rc::models

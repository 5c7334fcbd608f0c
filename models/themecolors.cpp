#include "themecolors.h"

#include <cmath>

namespace rc::models {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

double ThemeColors::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool ThemeColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor ThemeColors::readable(const QColor &colour, const QColor &background, double minimum)
{
    if (contrast(colour, background) >= minimum)
        return colour;
    // Go towards whichever end can reach the contrast; against any colour one of black or white
    // reaches at least 4.58:1, so this always ends.
    const bool darken = contrast(Qt::black, background) >= contrast(Qt::white, background);
    const QColor hsl = colour.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    float lightness = hsl.lightnessF();
    QColor candidate = colour;
    for (int step = 0; step < 100; ++step) {
        lightness = darken ? std::max(0.0f, lightness - 0.01f) : std::min(1.0f, lightness + 0.01f);
        candidate = QColor::fromHslF(hue, saturation, lightness).toRgb();
        if (contrast(candidate, background) >= minimum)
            return candidate;
        if (lightness <= 0.0f || lightness >= 1.0f)
            break;
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

QColor ThemeColors::mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    auto blend = [amount](float p, float q) { return p + (q - p) * float(amount); };
    return QColor::fromRgbF(blend(x.redF(), y.redF()), blend(x.greenF(), y.greenF()), blend(x.blueF(), y.blueF()));
}

QColor ThemeColors::hue(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0x6b, 0x72, 0x80);
    case Tone::Good:
        return QColor(0x2e, 0x9d, 0x4f);
    case Tone::Waiting:
        return QColor(0xd9, 0x8e, 0x04);
    case Tone::Bad:
        return QColor(0xd0, 0x36, 0x2f);
    case Tone::Info:
        return QColor(0x25, 0x6f, 0xd1);
    case Tone::Special:
        return QColor(0x7b, 0x4f, 0xb8);
    }
    return QColor(0x6b, 0x72, 0x80);
}

QColor ThemeColors::foreground(Tone tone, const QPalette &palette, QPalette::ColorRole on, double minimum)
{
    return readable(hue(tone), palette.color(on), minimum);
}

ThemeColors::Scheme ThemeColors::banner(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    Scheme scheme;
    // A faint tint of the tone over the palette's own base: light stays light, dark stays dark.
    scheme.background = tone == Tone::Neutral ? palette.color(QPalette::AlternateBase)
                                              : mix(base, hue(tone), dark ? 0.22 : 0.12);
    scheme.border = mix(scheme.background, hue(tone), dark ? 0.55 : 0.45);
    scheme.text = tone == Tone::Neutral ? readable(palette.color(QPalette::Text), scheme.background)
                                        : readable(mix(hue(tone), palette.color(QPalette::Text), 0.35),
                                                   scheme.background);
    return scheme;
}

ThemeColors::Scheme ThemeColors::chip(const QColor &fill)
{
    Scheme scheme;
    const QColor white(Qt::white);
    const QColor black(0x11, 0x11, 0x11);
    // White on the fill when the fill can be darkened enough for it, which keeps chips alike.
    scheme.background = readable(fill, white);
    scheme.text = contrast(white, scheme.background) >= contrast(black, scheme.background) ? white : black;
    scheme.border = scheme.background;
    return scheme;
}

QString ThemeColors::bannerStyleSheet(Tone tone, const QPalette &palette, const QString &selector)
{
    const Scheme scheme = banner(tone, palette);
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 4px; color: %4; padding: 6px 8px; }")
        .arg(selector, scheme.background.name(), scheme.border.name(), scheme.text.name());
}

QString ThemeColors::textStyleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(foreground(tone, palette, QPalette::Window).name());
}

} // namespace rc::models

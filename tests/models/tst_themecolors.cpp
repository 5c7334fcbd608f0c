#include "themecolors.h"

#include <QTest>

using rc::models::ThemeColors;
using rc::models::Tone;

namespace {

QPalette paletteWith(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::AlternateBase, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class tst_ThemeColors : public QObject
{
    Q_OBJECT

private slots:
    void contrast_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("expected");
        // Reference values from the WCAG 2.1 definition.
        QTest::addRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::addRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
        QTest::addRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
        QTest::addRow("order does not matter") << QColor(Qt::white) << QColor(0x77, 0x77, 0x77) << 4.48;
    }

    void contrast()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, expected);
        QVERIFY2(qAbs(ThemeColors::contrast(a, b) - expected) < 0.01,
                 qPrintable(QString::number(ThemeColors::contrast(a, b))));
    }

    void readableReachesTheMinimum_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("background");
        QTest::addRow("amber on white") << QColor(0xd9, 0x8e, 0x04) << QColor(Qt::white);
        QTest::addRow("dark green on near-black") << QColor(0x1b, 0x6e, 0x36) << QColor(0x1e, 0x1f, 0x22);
        QTest::addRow("red on mid grey") << QColor(0xd0, 0x36, 0x2f) << QColor(0x76, 0x76, 0x76);
        QTest::addRow("grey on grey") << QColor(0x80, 0x80, 0x80) << QColor(0x80, 0x80, 0x80);
        QTest::addRow("yellow on white") << QColor(Qt::yellow) << QColor(Qt::white);
        QTest::addRow("navy on black") << QColor(0, 0, 0x80) << QColor(Qt::black);
    }

    void readableReachesTheMinimum()
    {
        QFETCH(QColor, colour);
        QFETCH(QColor, background);
        const QColor adjusted = ThemeColors::readable(colour, background);
        QVERIFY2(ThemeColors::contrast(adjusted, background) >= ThemeColors::TextContrast,
                 qPrintable(adjusted.name()));
    }

    void readableKeepsWhatIsAlreadyReadable()
    {
        const QColor navy(0, 0, 0x80);
        QCOMPARE(ThemeColors::readable(navy, Qt::white), navy);
    }

    void isDark()
    {
        QVERIFY(ThemeColors::isDark(paletteWith(QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6))));
        QVERIFY(!ThemeColors::isDark(paletteWith(Qt::white, Qt::black)));
    }

    void tonesAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("tone");
        const QPalette light = paletteWith(Qt::white, QColor(0x1f, 0x29, 0x33));
        const QPalette dark = paletteWith(QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6));
        const QPalette grey = paletteWith(QColor(0x60, 0x60, 0x60), QColor(Qt::white));
        for (int tone = int(Tone::Neutral); tone <= int(Tone::Special); ++tone) {
            QTest::addRow("light, tone %d", tone) << light << tone;
            QTest::addRow("dark, tone %d", tone) << dark << tone;
            QTest::addRow("mid grey, tone %d", tone) << grey << tone;
        }
    }

    void tonesAreReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, tone);
        const QColor base = palette.color(QPalette::Base);
        QVERIFY(ThemeColors::contrast(ThemeColors::foreground(Tone(tone), palette), base) >= ThemeColors::TextContrast);
        const ThemeColors::Scheme banner = ThemeColors::banner(Tone(tone), palette);
        QVERIFY2(ThemeColors::contrast(banner.text, banner.background) >= ThemeColors::TextContrast,
                 qPrintable(banner.text.name() + QLatin1Char('/') + banner.background.name()));
        // A banner stays on the palette's side: light on light, dark on dark.
        if (ThemeColors::luminance(base) > 0.5)
            QVERIFY(ThemeColors::luminance(banner.background) > 0.5);
        else if (ThemeColors::luminance(base) < 0.05)
            QVERIFY(ThemeColors::luminance(banner.background) < 0.05);
        const ThemeColors::Scheme chip = ThemeColors::chip(ThemeColors::hue(Tone(tone)));
        QVERIFY(ThemeColors::contrast(chip.text, chip.background) >= ThemeColors::TextContrast);
    }

    void styleSheetsNameTheColours()
    {
        const QPalette dark = paletteWith(QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6));
        const ThemeColors::Scheme banner = ThemeColors::banner(Tone::Bad, dark);
        const QString sheet = ThemeColors::bannerStyleSheet(Tone::Bad, dark, QStringLiteral("QFrame#bar"));
        QVERIFY(sheet.startsWith(QLatin1String("QFrame#bar {")));
        QVERIFY(sheet.contains(banner.background.name()));
        QVERIFY(sheet.contains(banner.text.name()));
    }
};

QTEST_MAIN(tst_ThemeColors)
#include "tst_themecolors.moc"

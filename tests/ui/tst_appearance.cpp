#include "appearance.h"
#include "mainwindow.h"
#include "releasedocument.h"
#include "releasepage.h"
#include "statuspresentation.h"
#include "themecolors.h"

#include "demo/demoworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rc::models::ThemeColors;
using rc::ui::Appearance;

Q_DECLARE_METATYPE(Appearance::Mode)

namespace {

// "background: #rrggbb" and "color: #rrggbb" from a style sheet, as a reader of the screen sees them.
QColor styleColour(const QString &sheet, const QString &property)
{
    const QRegularExpression re(QStringLiteral("(?:^|[;{\\s])%1:\\s*(#[0-9a-fA-F]{6})").arg(property));
    const QRegularExpressionMatch match = re.match(sheet);
    return match.hasMatch() ? QColor(match.captured(1)) : QColor();
}

void verifyReadable(const QString &sheet, const char *what)
{
    const QColor background = styleColour(sheet, QStringLiteral("background"));
    const QColor text = styleColour(sheet, QStringLiteral("color"));
    QVERIFY2(background.isValid() && text.isValid(), qPrintable(QString::fromLatin1(what) + QLatin1Char(' ') + sheet));
    const double ratio = ThemeColors::contrast(text, background);
    QVERIFY2(ratio >= ThemeColors::TextContrast,
             qPrintable(QStringLiteral("%1: %2 on %3 is %4:1").arg(QLatin1String(what), text.name(), background.name()).arg(ratio)));
}

} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clone;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
        QCoreApplication::setOrganizationName(QStringLiteral("ReleaseConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appearance"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto created = rc::core::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_clone = created.value();
    }

    void cleanup() { Appearance::apply(Appearance::Mode::System); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Appearance::Mode>("mode");
        QTest::addRow("light") << "light" << true << Appearance::Mode::Light;
        QTest::addRow("dark, any case") << "Dark" << true << Appearance::Mode::Dark;
        QTest::addRow("system with spaces") << " system " << true << Appearance::Mode::System;
        QTest::addRow("unknown") << "solarized" << false << Appearance::Mode::System;
        QTest::addRow("empty") << "" << false << Appearance::Mode::System;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(Appearance::Mode, mode);
        const std::optional<Appearance::Mode> parsed = Appearance::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, mode);
            QCOMPARE(Appearance::parse(Appearance::name(mode)), parsed);
        }
    }

    void savedInSettings()
    {
        QCOMPARE(Appearance::saved(), Appearance::Mode::System);
        Appearance::save(Appearance::Mode::Dark);
        QCOMPARE(Appearance::saved(), Appearance::Mode::Dark);
        QSettings().setValue(QStringLiteral("appearance"), QStringLiteral("purple"));
        QCOMPARE(Appearance::saved(), Appearance::Mode::System);
        QSettings().remove(QStringLiteral("appearance"));
    }

    void applySwitchesAndRestores()
    {
        const QPalette original = QApplication::palette();
        Appearance::apply(Appearance::Mode::Dark);
        QCOMPARE(Appearance::current(), Appearance::Mode::Dark);
        QVERIFY(ThemeColors::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        // The palette's own text is readable on its base, in both.
        QVERIFY(ThemeColors::contrast(QApplication::palette().color(QPalette::Text),
                                      QApplication::palette().color(QPalette::Base))
                >= ThemeColors::TextContrast);
        Appearance::apply(Appearance::Mode::Light);
        QVERIFY(!ThemeColors::isDark(QApplication::palette()));
        Appearance::apply(Appearance::Mode::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
        QCOMPARE(QApplication::palette().color(QPalette::Text), original.color(QPalette::Text));
    }

    void onPaletteChangeRuns()
    {
        QWidget widget;
        int calls = 0;
        Appearance::onPaletteChange(&widget, [&calls] { ++calls; });
        Appearance::apply(Appearance::Mode::Dark);
        QVERIFY(calls > 0);
        const int afterDark = calls;
        Appearance::apply(Appearance::Mode::Light);
        QVERIFY(calls > afterDark);
    }

    void releasePageIsReadable_data()
    {
        QTest::addColumn<Appearance::Mode>("mode");
        QTest::addColumn<QString>("release");
        // 01-15 waits for sign-offs (amber), 01-08 is deployed (by file name); both palettes for each.
        for (const char *release : {"2024-01-15-release", "rel-2024-01-08-001", "rel-2024-01-10-hotfix-001"}) {
            QTest::addRow("light, %s", release) << Appearance::Mode::Light << QString::fromLatin1(release);
            QTest::addRow("dark, %s", release) << Appearance::Mode::Dark << QString::fromLatin1(release);
        }
    }

    void releasePageIsReadable()
    {
        QFETCH(Appearance::Mode, mode);
        QFETCH(QString, release);
        // Built in the other palette first, so the page has to follow the switch.
        Appearance::apply(mode == Appearance::Mode::Dark ? Appearance::Mode::Light : Appearance::Mode::Dark);
        rc::models::ReleaseDocument document;
        const QString relative = QStringLiteral("releases/%1.yaml").arg(release);
        QVERIFY(document.open(m_clone + QLatin1Char('/') + relative, relative));
        rc::ui::ReleasePage page(&document);
        page.show();
        auto *banner = page.findChild<QLabel *>(QStringLiteral("readinessBanner"));
        auto *chip = page.findChild<QLabel *>(QStringLiteral("statusChip"));
        QVERIFY(banner && chip);
        const QString before = banner->styleSheet();

        Appearance::apply(mode);
        QVERIFY(banner->isVisibleTo(&page));
        QVERIFY(banner->styleSheet() != before);
        verifyReadable(banner->styleSheet(), "readiness banner");
        verifyReadable(chip->styleSheet(), "status chip");
        const QColor background = styleColour(banner->styleSheet(), QStringLiteral("background"));
        QCOMPARE(ThemeColors::isDark(QApplication::palette()), mode == Appearance::Mode::Dark);
        // The banner sits on the palette's side: a light banner in a dark window would glare.
        QCOMPARE(ThemeColors::luminance(background) < 0.2, mode == Appearance::Mode::Dark);
    }

    void tableTonesAreReadable_data()
    {
        QTest::addColumn<Appearance::Mode>("mode");
        QTest::addRow("light") << Appearance::Mode::Light;
        QTest::addRow("dark") << Appearance::Mode::Dark;
    }

    void tableTonesAreReadable()
    {
        QFETCH(Appearance::Mode, mode);
        Appearance::apply(mode);
        const QPalette palette = QApplication::palette();
        for (int tone = int(rc::models::Tone::Neutral); tone <= int(rc::models::Tone::Special); ++tone) {
            for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                const QColor text = ThemeColors::foreground(rc::models::Tone(tone), palette, role);
                QVERIFY2(ThemeColors::contrast(text, palette.color(role)) >= ThemeColors::TextContrast,
                         qPrintable(QStringLiteral("tone %1 role %2").arg(tone).arg(int(role))));
            }
        }
    }

    void mainWindowBannerAndBadgeAreReadable_data() { tableTonesAreReadable_data(); }

    void mainWindowBannerAndBadgeAreReadable()
    {
        QFETCH(Appearance::Mode, mode);
        rc::ui::MainWindow window;
        window.showBanner(QStringLiteral("Cannot open /nowhere"));
        Appearance::apply(mode);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("openBanner"));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("simulatedGitHubBadge"));
        QVERIFY(banner && badge);
        verifyReadable(banner->styleSheet(), "open banner");
        verifyReadable(badge->styleSheet(), "simulated GitHub badge");
        const QColor background = styleColour(banner->styleSheet(), QStringLiteral("background"));
        QCOMPARE(ThemeColors::luminance(background) < 0.2, mode == Appearance::Mode::Dark);
    }
};

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"

#include "appearance.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace rc::ui {

namespace {

const char *const SettingsKey = "appearance";

// What the application looked like before the first apply(), so System can go back to it.
struct Original
{
    bool captured = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original value;
    return value;
}

void capture()
{
    Original &o = original();
    if (o.captured)
        return;
    o.captured = true;
    o.style = QApplication::style() ? QApplication::style()->name() : QString();
    o.palette = QApplication::palette();
}

class PaletteWatcher final : public QObject
{
public:
    PaletteWatcher(QWidget *widget, std::function<void()> update)
        : QObject(widget)
        , m_update(std::move(update))
    {
        widget->installEventFilter(this);
        // The application hears of a new application palette even where its widgets are not told
        // (before exec(), or for a widget with a palette of its own).
        qApp->installEventFilter(this);
    }

    ~PaletteWatcher() override
    {
        if (qApp)
            qApp->removeEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool ours = watched == parent()
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange);
        const bool application = watched == qApp && event->type() == QEvent::ApplicationPaletteChange;
        if ((ours || application) && !m_updating) {
            // A style sheet set from here must not run the update again.
            m_updating = true;
            m_update();
            m_updating = false;
        }
        return false;
    }

private:
    std::function<void()> m_update;
    bool m_updating = false;
};

Appearance::Mode &currentMode()
{
    static Appearance::Mode mode = Appearance::Mode::System;
    return mode;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2c);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x84, 0x8a);
    const QColor highlight(0x2f, 0x6f, 0xc4);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

QPalette lightPalette()
{
    // Fusion's own light palette: what the style was designed with.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QPalette p = fusion->standardPalette();
        delete fusion;
        return p;
    }
    return QPalette(QColor(0xef, 0xef, 0xef));
}

} // namespace

std::optional<Appearance::Mode> Appearance::parse(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (key == Appearance::name(mode))
            return mode;
    }
    return std::nullopt;
}

QString Appearance::name(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

QString Appearance::displayName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return tr("&System");
    case Mode::Light:
        return tr("&Light");
    case Mode::Dark:
        return tr("&Dark");
    }
    return {};
}

QPalette Appearance::palette(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return lightPalette();
    case Mode::Dark:
        return darkPalette();
    case Mode::System:
        break;
    }
    return original().captured ? original().palette : QApplication::palette();
}

void Appearance::apply(Mode mode)
{
    capture();
    currentMode() = mode;
    if (mode == Mode::System) {
        if (!original().style.isEmpty() && QApplication::style()->name() != original().style)
            QApplication::setStyle(original().style);
        QApplication::setPalette(original().palette);
        return;
    }
    // Fusion draws every control from the palette; native-looking styles may ignore parts of it.
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette(mode));
}

Appearance::Mode Appearance::current()
{
    return currentMode();
}

Appearance::Mode Appearance::saved()
{
    return parse(QSettings().value(QLatin1String(SettingsKey)).toString()).value_or(Mode::System);
}

void Appearance::save(Mode mode)
{
    QSettings().setValue(QLatin1String(SettingsKey), name(mode));
}

void Appearance::onPaletteChange(QWidget *widget, std::function<void()> update)
{
    new PaletteWatcher(widget, std::move(update));
}

} // namespace rc::ui

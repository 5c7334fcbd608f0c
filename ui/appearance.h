#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace rc::ui {

/// Light, dark or the system's look. Qt 6.4 cannot ask the desktop for its colour scheme, so
/// Light and Dark apply a Fusion palette of their own and System restores what the application
/// started with. Everything that colours itself follows the palette (see models::ThemeColors) and
/// repaints on QEvent::PaletteChange.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(rc::ui::Appearance)

public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    /// "system", "light" or "dark" (any case); nullopt for anything else.
    static std::optional<Mode> parse(const QString &name);
    static QString name(Mode mode); ///< "system", "light", "dark": for settings and --palette
    static QString displayName(Mode mode); ///< "&System", "&Light", "&Dark": menu entries

    /// The Fusion palette Light or Dark apply; System gives the palette the application started with.
    static QPalette palette(Mode mode);
    /// Applies `mode` to the running application (style and palette).
    static void apply(Mode mode);
    /// The mode last applied; System until apply() is called.
    static Mode current();

    /// The mode kept in QSettings ("appearance"); System when none or unreadable.
    static Mode saved();
    static void save(Mode mode);

    /// Calls `update` whenever `widget`'s palette or the application's changes, so colours chosen
    /// for the palette (style sheets, brushes) are chosen again. Lives as long as the widget.
    static void onPaletteChange(QWidget *widget, std::function<void()> update);
};

} // namespace rc::ui

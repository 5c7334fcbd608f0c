#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace rc::models {

/// The mark inside a state icon's circle.
enum class StateMark
{
    None,
    Check,
    Cross,
    Dash,
    Dot, ///< small: waiting on someone
    BigDot, ///< large: running
    Arrow,
    Bang,
    Pause,
    Skip
};

/// One look for every state, in the release list, the tables and the runs panel: a filled circle
/// in the state's colour with a contrasting mark, or a ring for states that still wait. Painted
/// at StateIconSize (device pixel ratio 1; views scale). The colour is moved until it stands out
/// (3:1) from the palette's base, light or dark. Kept in QPixmapCache under `key` and the colour,
/// so `key` names the icon ("release-draft", "run-success").
QPixmap paintStateIcon(const QString &key, const QColor &hue, StateMark mark, bool hollow);

constexpr int StateIconSize = 16;

} // namespace rc::models

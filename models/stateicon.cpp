#include "stateicon.h"

#include "themecolors.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace rc::models {

QPixmap paintStateIcon(const QString &key, const QColor &hue, StateMark mark, bool hollow)
{
    const QColor colour = ThemeColors::readable(hue, QGuiApplication::palette().color(QPalette::Base),
                                                ThemeColors::GraphicsContrast);
    const QString cacheKey = QStringLiteral("rc-state-icon-") + key + colour.name();
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;

    const int size = StateIconSize;
    pixmap = QPixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, size - 3.0, size - 3.0);
    if (hollow) {
        painter.setPen(QPen(colour, 2.0));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
    }
    painter.drawEllipse(circle);

    const QColor markColour = hollow ? colour
        : ThemeColors::contrast(Qt::white, colour) >= ThemeColors::contrast(Qt::black, colour) ? QColor(Qt::white)
                                                                                                : QColor(Qt::black);
    painter.setPen(QPen(markColour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (mark) {
    case StateMark::None:
        break;
    case StateMark::Check: {
        QPainterPath path;
        path.moveTo(s * 0.30, s * 0.52);
        path.lineTo(s * 0.45, s * 0.67);
        path.lineTo(s * 0.72, s * 0.36);
        painter.drawPath(path);
        break;
    }
    case StateMark::Cross:
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case StateMark::Dash:
        painter.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
        break;
    case StateMark::Dot:
    case StateMark::BigDot: {
        const qreal radius = s * (mark == StateMark::Dot ? 0.12 : 0.16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(markColour);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), radius, radius);
        break;
    }
    case StateMark::Arrow: {
        QPainterPath path;
        path.moveTo(s * 0.5, s * 0.30);
        path.lineTo(s * 0.5, s * 0.70);
        path.moveTo(s * 0.34, s * 0.46);
        path.lineTo(s * 0.5, s * 0.30);
        path.lineTo(s * 0.66, s * 0.46);
        painter.drawPath(path);
        break;
    }
    case StateMark::Pause:
        painter.drawLine(QPointF(s * 0.42, s * 0.34), QPointF(s * 0.42, s * 0.66));
        painter.drawLine(QPointF(s * 0.58, s * 0.34), QPointF(s * 0.58, s * 0.66));
        break;
    case StateMark::Skip:
        painter.drawLine(QPointF(s * 0.32, s * 0.68), QPointF(s * 0.68, s * 0.32));
        break;
    case StateMark::Bang:
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.72));
        break;
    }
    painter.end();
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

} // namespace rc::models

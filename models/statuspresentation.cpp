#include "statuspresentation.h"

#include "themecolors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace rc::models {

namespace {

enum class Mark
{
    None,
    Check,
    Cross,
    Dash,
    Dot,
    Arrow,
    Bang
};

// One look for every state: a filled circle in the state's colour with a contrasting mark, or a
// ring for states that still wait on someone. Painted at the device pixel ratio 1 size; views
// scale. The colour is moved until it stands out (3:1) from the palette's base, light or dark.
QPixmap paintIcon(const QString &key, const QColor &hue, Mark mark, bool hollow)
{
    const QColor colour = ThemeColors::readable(hue, QGuiApplication::palette().color(QPalette::Base),
                                                ThemeColors::GraphicsContrast);
    const QString cacheKey = QStringLiteral("rc-models-icon-") + key + colour.name();
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;

    const int size = StatusPresentation::IconSize;
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
    case Mark::None:
        break;
    case Mark::Check: {
        QPainterPath path;
        path.moveTo(s * 0.30, s * 0.52);
        path.lineTo(s * 0.45, s * 0.67);
        path.lineTo(s * 0.72, s * 0.36);
        painter.drawPath(path);
        break;
    }
    case Mark::Cross:
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Mark::Dash:
        painter.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
        break;
    case Mark::Dot:
        painter.setPen(Qt::NoPen);
        painter.setBrush(markColour);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.12, s * 0.12);
        break;
    case Mark::Arrow: {
        QPainterPath path;
        path.moveTo(s * 0.5, s * 0.30);
        path.lineTo(s * 0.5, s * 0.70);
        path.moveTo(s * 0.34, s * 0.46);
        path.lineTo(s * 0.5, s * 0.30);
        path.lineTo(s * 0.66, s * 0.46);
        painter.drawPath(path);
        break;
    }
    case Mark::Bang:
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.72));
        break;
    }
    painter.end();
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

const QColor grey(0x8a, 0x8f, 0x98);
const QColor amber(0xd9, 0x8e, 0x04);
const QColor green(0x2e, 0x9d, 0x4f);
const QColor darkGreen(0x1b, 0x6e, 0x36);
const QColor blue(0x25, 0x6f, 0xd1);
const QColor red(0xd0, 0x36, 0x2f);
const QColor purple(0x7b, 0x4f, 0xb8);

} // namespace

QString StatusPresentation::text(core::ReleaseStatus status)
{
    switch (status) {
    case core::ReleaseStatus::Draft:
        return tr("Draft");
    case core::ReleaseStatus::PendingApproval:
        return tr("Pending approval");
    case core::ReleaseStatus::Approved:
        return tr("Approved");
    case core::ReleaseStatus::Deploying:
        return tr("Deploying");
    case core::ReleaseStatus::Deployed:
        return tr("Deployed");
    case core::ReleaseStatus::RolledBack:
        return tr("Rolled back");
    case core::ReleaseStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString StatusPresentation::text(core::SignOff signOff)
{
    switch (signOff) {
    case core::SignOff::Pending:
        return tr("Pending");
    case core::SignOff::Approved:
        return tr("Approved");
    case core::SignOff::Rejected:
        return tr("Rejected");
    case core::SignOff::NotRequired:
        return tr("Not required");
    }
    return {};
}

QString StatusPresentation::text(core::ChecklistStatus status)
{
    switch (status) {
    case core::ChecklistStatus::Pending:
        return tr("Pending");
    case core::ChecklistStatus::Completed:
        return tr("Completed");
    }
    return {};
}

QString StatusPresentation::text(core::ApprovalStatus status)
{
    switch (status) {
    case core::ApprovalStatus::Pending:
        return tr("Pending");
    case core::ApprovalStatus::Approved:
        return tr("Approved");
    case core::ApprovalStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QPixmap StatusPresentation::icon(core::ReleaseStatus status)
{
    switch (status) {
    case core::ReleaseStatus::Draft:
        return paintIcon(QStringLiteral("release-draft"), grey, Mark::None, true);
    case core::ReleaseStatus::PendingApproval:
        return paintIcon(QStringLiteral("release-pending"), amber, Mark::Dot, true);
    case core::ReleaseStatus::Approved:
        return paintIcon(QStringLiteral("release-approved"), green, Mark::Check, false);
    case core::ReleaseStatus::Deploying:
        return paintIcon(QStringLiteral("release-deploying"), blue, Mark::Arrow, false);
    case core::ReleaseStatus::Deployed:
        return paintIcon(QStringLiteral("release-deployed"), darkGreen, Mark::Check, false);
    case core::ReleaseStatus::RolledBack:
        return paintIcon(QStringLiteral("release-rolledback"), purple, Mark::Bang, false);
    case core::ReleaseStatus::Cancelled:
        return paintIcon(QStringLiteral("release-cancelled"), grey, Mark::Cross, false);
    }
    return {};
}

QPixmap StatusPresentation::icon(core::SignOff signOff)
{
    switch (signOff) {
    case core::SignOff::Pending:
        return paintIcon(QStringLiteral("signoff-pending"), amber, Mark::Dot, true);
    case core::SignOff::Approved:
        return paintIcon(QStringLiteral("signoff-approved"), green, Mark::Check, false);
    case core::SignOff::Rejected:
        return paintIcon(QStringLiteral("signoff-rejected"), red, Mark::Cross, false);
    case core::SignOff::NotRequired:
        return paintIcon(QStringLiteral("signoff-notrequired"), grey, Mark::Dash, true);
    }
    return {};
}

QPixmap StatusPresentation::icon(core::ApprovalStatus status)
{
    switch (status) {
    case core::ApprovalStatus::Pending:
        return icon(core::SignOff::Pending);
    case core::ApprovalStatus::Approved:
        return icon(core::SignOff::Approved);
    case core::ApprovalStatus::Rejected:
        return icon(core::SignOff::Rejected);
    }
    return {};
}

QPixmap StatusPresentation::resultIcon(bool failed)
{
    return failed ? paintIcon(QStringLiteral("result-failed"), red, Mark::Cross, false)
                  : paintIcon(QStringLiteral("result-passed"), green, Mark::Check, false);
}

QPixmap StatusPresentation::errorIcon()
{
    return paintIcon(QStringLiteral("file-error"), red, Mark::Bang, false);
}

QString StatusPresentation::shortTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace rc::models

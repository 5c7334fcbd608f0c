#pragma once

#include "stateicon.h"
#include "manifest/manifest.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QString>

namespace rc::models {

/// Words, colours and small icons for the core's states, shared by every model so the list, the
/// tables and the GUI speak the same language. Icons are painted once and kept in QPixmapCache.
class StatusPresentation
{
    Q_DECLARE_TR_FUNCTIONS(rc::models::StatusPresentation)

public:
    static QString text(core::ReleaseStatus status); ///< "Pending approval"
    static QString text(core::SignOff signOff);      ///< "Not required"
    static QString text(core::ChecklistStatus status);
    static QString text(core::ApprovalStatus status);

    static QPixmap icon(core::ReleaseStatus status);
    static QPixmap icon(core::SignOff signOff);
    static QPixmap icon(core::ApprovalStatus status);
    /// Validation result: a failed check or a passed one.
    static QPixmap resultIcon(bool failed);
    /// A manifest that could not be read.
    static QPixmap errorIcon();

    /// A time as the tables show it: local time, short locale format; empty when invalid.
    static QString shortTime(const QDateTime &time);

    static constexpr int IconSize = StateIconSize;
};

} // namespace rc::models

#include "statuspresentation.h"

#include "stateicon.h"

#include <QLocale>

namespace rc::models {

namespace {

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
        return paintStateIcon(QStringLiteral("release-draft"), grey, StateMark::None, true);
    case core::ReleaseStatus::PendingApproval:
        return paintStateIcon(QStringLiteral("release-pending"), amber, StateMark::Dot, true);
    case core::ReleaseStatus::Approved:
        return paintStateIcon(QStringLiteral("release-approved"), green, StateMark::Check, false);
    case core::ReleaseStatus::Deploying:
        return paintStateIcon(QStringLiteral("release-deploying"), blue, StateMark::Arrow, false);
    case core::ReleaseStatus::Deployed:
        return paintStateIcon(QStringLiteral("release-deployed"), darkGreen, StateMark::Check, false);
    case core::ReleaseStatus::RolledBack:
        return paintStateIcon(QStringLiteral("release-rolledback"), purple, StateMark::Bang, false);
    case core::ReleaseStatus::Cancelled:
        return paintStateIcon(QStringLiteral("release-cancelled"), grey, StateMark::Cross, false);
    }
    return {};
}

QPixmap StatusPresentation::icon(core::SignOff signOff)
{
    switch (signOff) {
    case core::SignOff::Pending:
        return paintStateIcon(QStringLiteral("signoff-pending"), amber, StateMark::Dot, true);
    case core::SignOff::Approved:
        return paintStateIcon(QStringLiteral("signoff-approved"), green, StateMark::Check, false);
    case core::SignOff::Rejected:
        return paintStateIcon(QStringLiteral("signoff-rejected"), red, StateMark::Cross, false);
    case core::SignOff::NotRequired:
        return paintStateIcon(QStringLiteral("signoff-notrequired"), grey, StateMark::Dash, true);
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
    return failed ? paintStateIcon(QStringLiteral("result-failed"), red, StateMark::Cross, false)
                  : paintStateIcon(QStringLiteral("result-passed"), green, StateMark::Check, false);
}

QPixmap StatusPresentation::errorIcon()
{
    return paintStateIcon(QStringLiteral("file-error"), red, StateMark::Bang, false);
}

QString StatusPresentation::shortTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace rc::models

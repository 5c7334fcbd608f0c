#include "readiness.h"

#include "releasecalendar.h"

#include <QCoreApplication>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Readiness)
};

/// "rejected by @alice: flaky tests", leaving out what the manifest does not say.
QString rejection(const QString &by, const QString &reason)
{
    QString text = Text::tr("rejected");
    if (!by.isEmpty())
        text += QLatin1Char(' ') + Text::tr("by %1").arg(by);
    if (!reason.trimmed().isEmpty())
        text += QLatin1String(": ") + reason.trimmed();
    return text;
}

/// Why a release in this status cannot deploy; empty for `approved`.
QString statusBlocker(ReleaseStatus status)
{
    const QString prefix = Text::tr("status is %1: ").arg(toString(status));
    switch (status) {
    case ReleaseStatus::Approved:
        return {};
    case ReleaseStatus::Draft:
    case ReleaseStatus::PendingApproval:
        return prefix + Text::tr("a release deploys from approved");
    case ReleaseStatus::Deploying:
        return prefix + Text::tr("a deployment is already running");
    case ReleaseStatus::Deployed:
        return prefix + Text::tr("this release is already in production");
    case ReleaseStatus::RolledBack:
        return prefix + Text::tr("a rolled-back release does not deploy again; create a new release");
    case ReleaseStatus::Cancelled:
        return prefix + Text::tr("a cancelled release does not deploy");
    }
    return prefix;
}

} // namespace

Readiness checkReadiness(const Manifest &manifest)
{
    Readiness r;
    const QString status = statusBlocker(manifest.release.status);
    // Past approval the status is the whole story: say it first.
    const bool statusFirst = manifest.release.status != ReleaseStatus::Draft
        && manifest.release.status != ReleaseStatus::PendingApproval;
    if (statusFirst && !status.isEmpty())
        r.blockers << status;

    for (const Component &c : manifest.components) {
        if (c.signOff == SignOff::Pending) {
            // Name whom to chase: the team lead, or at least the team.
            QString who;
            if (!c.teamLead.isEmpty())
                who = QLatin1String(" (") + Text::tr("team lead %1").arg(c.teamLead) + QLatin1Char(')');
            else if (!c.team.isEmpty())
                who = QLatin1String(" (") + Text::tr("team %1").arg(c.team) + QLatin1Char(')');
            r.blockers << Text::tr("%1: sign-off pending").arg(c.name) + who;
        } else if (c.signOff == SignOff::Rejected) {
            r.blockers << Text::tr("%1: sign-off %2").arg(c.name, rejection(c.rejectedBy, c.reason));
        }
    }

    for (const Approval &a : manifest.approvals) {
        if (a.status == ApprovalStatus::Pending) {
            r.blockers << (a.user.isEmpty() ? Text::tr("%1 approval pending").arg(a.role)
                                            : Text::tr("%1 approval pending (%2)").arg(a.role, a.user));
        } else if (a.status == ApprovalStatus::Rejected) {
            r.blockers << Text::tr("%1 approval %2").arg(a.role, rejection(a.rejectedBy, a.reason));
        }
    }

    for (const ChecklistItem &item : manifest.checklist) {
        if (item.required && item.status != ChecklistStatus::Completed)
            r.blockers << Text::tr("checklist: %1 (required) not done").arg(item.item);
    }

    for (const ValidationEntry &v : manifest.validation) {
        if (!v.failed)
            continue;
        if (v.value.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0)
            r.blockers << Text::tr("validation: %1 failed").arg(v.key);
        else
            r.blockers << Text::tr("validation: %1 failed (%2)").arg(v.key, v.value);
    }

    if (!statusFirst && !status.isEmpty())
        r.blockers << status;

    r.ready = r.blockers.isEmpty();
    return r;
}

Readiness checkReadiness(const Manifest &manifest, const ReleaseCalendar &calendar, const QDateTime &now)
{
    Readiness r = checkReadiness(manifest);
    if (!calendar.enforced())
        return r;
    // Past deploying the clock no longer matters: the status says everything.
    const ReleaseStatus status = manifest.release.status;
    if (status != ReleaseStatus::Draft && status != ReleaseStatus::PendingApproval && status != ReleaseStatus::Approved)
        return r;
    const TimeGate gate = calendar.gate(releaseTypeOf(manifest), now);
    if (gate.open)
        return r;
    if (breakGlassActive(manifest, calendar, now)) {
        r.overridden = gate.blocker;
        r.overrideEnds = breakGlassEnds(manifest, calendar);
        return r;
    }
    r.blockers << gate.blocker;
    // Say why an override in the manifest no longer helps; one recorded after `now` did not exist then.
    const BreakGlass &glass = manifest.release.breakGlass;
    if (glass.isSet() && !glass.at.isValid()) {
        r.blockers << Text::tr("the break-glass override by %1 records no break_glass_at, so it lifts nothing; "
                               "record it again").arg(glass.by);
    } else if (glass.isSet() && glass.at <= now) {
        r.blockers << Text::tr("the break-glass override by %1 ended %2 (%3); record a new one to deploy now")
                          .arg(glass.by, calendar.formatTime(breakGlassEnds(manifest, calendar)), calendar.timeZoneName());
    }
    r.nextOpening = gate.nextOpening;
    r.ready = false;
    return r;
}

QDateTime breakGlassEnds(const Manifest &manifest, const ReleaseCalendar &calendar)
{
    const BreakGlass &glass = manifest.release.breakGlass;
    if (!glass.isSet() || !glass.at.isValid())
        return {};
    return calendar.breakGlassEnd(glass.at);
}

bool breakGlassActive(const Manifest &manifest, const ReleaseCalendar &calendar, const QDateTime &now)
{
    const QDateTime ends = breakGlassEnds(manifest, calendar);
    return ends.isValid() && manifest.release.breakGlass.at <= now && now < ends;
}

QStringList approvalBlockers(const Manifest &manifest)
{
    // The same rules as deploying, asked of the release as if it were already approved.
    Manifest approved = manifest;
    approved.release.status = ReleaseStatus::Approved;
    return checkReadiness(approved).blockers;
}

} // namespace rc::core

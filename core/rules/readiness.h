#pragma once

#include "manifest/manifest.h"

#include <QDateTime>
#include <QStringList>

namespace rc::core {

struct Readiness
{
    bool ready = false;
    /// In plain words, most important first:
    /// "portal: sign-off pending (team lead @carol)", "api: sign-off rejected by @alice: flaky tests",
    /// "Tech Lead approval pending (@tech-lead)", "checklist: On-call team notified (required) not done",
    /// "validation: integration_tests failed", "status is pending_approval: a release deploys from approved".
    QStringList blockers;
    /// With a calendar: the window or freeze blocker a break-glass override lifted (not in blockers).
    QString overridden;
    /// With `overridden`: when the override stops lifting the clock.
    QDateTime overrideEnds;
    /// With a calendar, when the clock blocks: when the release may deploy; invalid otherwise.
    QDateTime nextOpening;
};

class ReleaseCalendar;

/// The one place that decides whether a release may deploy. The GUI, the CLI and notifications use it.
Readiness checkReadiness(const Manifest &manifest);

/// As above, and the clock: outside its release type's window or inside a freeze that applies to
/// it, a release is blocked ("outside the regular window Tue 10:00–12:00 (Europe/Berlin); next
/// window opens Tue 2024-01-23 10:00"), after every manifest blocker. A break-glass override
/// recorded in the manifest lifts that blocker alone (it is reported in `overridden`), never a
/// sign-off or an approval, and only while it lasts (breakGlassActive); an override that has
/// ended adds a blocker that says when. Callers that have the rules use this one, so the GUI,
/// releasectl and the deploy gate agree.
Readiness checkReadiness(const Manifest &manifest, const ReleaseCalendar &calendar, const QDateTime &now);

/// When the break-glass override recorded in `manifest` stops lifting the clock: the calendar's
/// breakGlassMinutes after `break_glass_at`. Invalid when no override is recorded, or it records
/// no time (such an override lifts nothing).
QDateTime breakGlassEnds(const Manifest &manifest, const ReleaseCalendar &calendar);
/// Whether the recorded override lifts the clock at `now`: recorded by someone with a reason,
/// at or before `now`, and not yet ended.
bool breakGlassActive(const Manifest &manifest, const ReleaseCalendar &calendar, const QDateTime &now);

/// What stands between the release and `approved`: every readiness blocker but the status itself.
/// A release is marked approved only when this is empty (the console and releasectl both ask it).
QStringList approvalBlockers(const Manifest &manifest);

} // namespace rc::core

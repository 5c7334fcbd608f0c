#pragma once

#include "manifest/manifest.h"

#include <QDateTime>
#include <QString>

namespace rc::core {

struct RepositoryRules;

/// Where a release-day checklist item stands at a given moment.
enum class DueState {
    None, ///< no `due:`, or the release has no scheduled_at: nothing falls due
    Done, ///< ticked
    Upcoming, ///< its time has not come
    Due, ///< to do now
    Overdue, ///< its time has passed and it is not ticked
};

/// When a release-day item is to be done, relative to release.scheduled_at (S) and the length of
/// the release window (W): "T-N"/"T+N" opens at S∓N minutes and is overdue 30 minutes later (so a
/// T-60 item is overdue when T-30 begins, a T-30 item at the start); "during" opens at S and is
/// overdue at S+W; "post" opens at S+W and is overdue an hour later.
struct ChecklistDue
{
    QDateTime opensAt; ///< UTC; invalid when state is None
    QDateTime dueAt; ///< UTC; overdue from here on
    DueState state = DueState::None;
};

/// The due time and state of `item` at `now` (injected, so tests and the GUI's timer decide it).
ChecklistDue checklistDue(const ChecklistItem &item, const QDateTime &scheduledAt, int windowMinutes,
                          const QDateTime &now);

/// The length of a release type's window in minutes: the rules' `window.duration` ("2h", "30m",
/// "1h30m") when the rules name the type, else the release process's: regular 120, hotfix 30,
/// major 240 (120 for an unknown or empty type).
int releaseWindowMinutes(const RepositoryRules *rules, const QString &type);

/// "done", "upcoming", "due", "overdue"; empty for None. Stable: releasectl's JSON uses it.
QString dueStateName(DueState state);

} // namespace rc::core

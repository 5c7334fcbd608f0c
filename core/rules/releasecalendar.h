#pragma once

#include "expected.h"
#include "rules/repositoryrules.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace rc::core {

/// A release type with every field resolved: what the rules say, the seed's defaults for the rest.
struct ReleaseTrain
{
    enum class Schedule { Weekly, Monthly, AsNeeded };

    QString name;
    Schedule schedule = Schedule::Weekly;
    Qt::DayOfWeek day = Qt::Tuesday;
    /// Monthly trains: which of the month's `day`s, 1 to 4, or -1 for the last one.
    int weekOfMonth = 1;
    QTime start{10, 0};
    int minutes = 120; ///< the window's length
    QStringList approvals;

    /// An as-needed train (hotfix) may deploy at any time outside its freezes.
    bool anyTime() const { return schedule == Schedule::AsNeeded; }
};

/// One concrete window or freeze on the calendar, in the rules' time zone. `end` is exclusive.
struct CalendarSpan
{
    enum class Kind { Window, Freeze };
    Kind kind = Kind::Window;
    QString name; ///< the release type of a window, the name of a freeze
    QDateTime start;
    QDateTime end;
    QStringList appliesTo; ///< freezes: the release types they hold back
    SourceLocation location; ///< freezes: where the rules declare it

    bool contains(const QDateTime &t) const { return start <= t && t < end; }
    bool operator==(const CalendarSpan &o) const
    {
        return kind == o.kind && name == o.name && start == o.start && end == o.end;
    }
};

/// Why the clock holds a release back, if it does.
struct TimeGate
{
    bool open = true;
    QString blocker; ///< empty when open
    std::optional<CalendarSpan> freeze; ///< the freeze it is inside
    QDateTime nextOpening; ///< when deploying becomes possible; invalid when open or never
};

/// Release windows and freezes of a repository's rules, in the rules' time zone. Every
/// computation takes "now" as a parameter, so nothing here reads the clock. Wall-clock times in
/// the rules (Tuesday 10:00) stay wall-clock times across daylight-saving changes; lengths
/// (2 h) are elapsed time.
class ReleaseCalendar
{
public:
    /// The seed's trains (regular weekly Tuesday 10:00 for 2 h, hotfix as needed in 30 min, major
    /// on the first Tuesday of the month 10:00 for 4 h), no freezes, UTC.
    ReleaseCalendar();
    /// The trains and freezes of `rules`, with the seed's defaults for whatever they leave out.
    /// The rules have been validated by parseRepositoryRules, so nothing here fails.
    explicit ReleaseCalendar(const RepositoryRules &rules);

    /// Whether readiness holds releases to the windows and freezes: always for the seed's calendar
    /// built without rules; for rules, see RepositoryRules::enforceWindows.
    bool enforced() const { return m_enforced; }

    /// How long a break-glass override lifts the clock after it is recorded: the rules'
    /// `break_glass_lasts`, 4 hours (the longest of the seed's windows) when they do not say.
    int breakGlassMinutes() const { return m_breakGlassMinutes; }
    /// When an override recorded at `recordedAt` stops lifting the clock.
    QDateTime breakGlassEnd(const QDateTime &recordedAt) const
    {
        return recordedAt.addSecs(qint64(m_breakGlassMinutes) * 60);
    }

    QTimeZone timeZone() const { return m_zone; }
    /// "Europe/Berlin", "UTC".
    QString timeZoneName() const;

    /// The train named `type`; the regular train's rules for an empty or unknown name.
    ReleaseTrain train(const QString &type) const;
    /// regular, hotfix, major and any other type the rules name, in that order.
    QStringList trainNames() const;

    /// The window of `type` that contains `t`, if any (never for as-needed trains).
    std::optional<CalendarSpan> windowAt(const QString &type, const QDateTime &t) const;
    /// The first window of `type` that opens after `t` (never for as-needed trains).
    std::optional<CalendarSpan> nextWindow(const QString &type, const QDateTime &t) const;
    /// The freeze holding `type` back at `t`; the one ending last when several do.
    std::optional<CalendarSpan> freezeAt(const QString &type, const QDateTime &t) const;
    /// The earliest moment at or after `t` when `type` may deploy: inside one of its windows and
    /// outside every freeze that applies to it. Invalid when none comes within ten years.
    QDateTime nextOpening(const QString &type, const QDateTime &t) const;

    /// Windows of every scheduled train that overlap the days [from, to] (local dates), by start.
    std::vector<CalendarSpan> windows(const QDate &from, const QDate &to) const;
    /// Freeze occurrences that overlap the days [from, to], by start.
    std::vector<CalendarSpan> freezes(const QDate &from, const QDate &to) const;

    /// Whether the clock lets `type` deploy at `now`, and when not, the readiness blocker:
    /// "outside the regular window Tue 10:00–12:00 (Europe/Berlin); next window opens Tue 2024-01-23 10:00".
    TimeGate gate(const QString &type, const QDateTime &now) const;

    /// "Tue 10:00–12:00 (Europe/Berlin)", "first Tue of the month 10:00–14:00 (UTC)",
    /// "any time, 30 min (UTC)".
    QString describeWindow(const QString &type) const;
    /// "Tue 2024-01-23 10:00" in the rules' time zone.
    QString formatTime(const QDateTime &t) const;
    /// "Tue 2024-01-23 10:00 (Europe/Berlin)": formatTime with the zone it is in.
    QString formatZonedTime(const QDateTime &t) const;

    /// The release types a freeze holds back when it does not say: hotfixes pass through freezes.
    static QStringList defaultFreezeTypes();
    /// The seed's train for regular, hotfix or major; a weekly train for other names.
    static ReleaseTrain seedTrain(const QString &type);

private:
    std::vector<CalendarSpan> occurrences(const ReleaseTrain &train, const QDate &from, const QDate &to) const;
    std::vector<CalendarSpan> freezeOccurrences(const FreezeRule &freeze, const QDate &from, const QDate &to) const;
    bool applies(const FreezeRule &freeze, const QString &type) const;
    QDate localDate(const QDateTime &t) const;

    QTimeZone m_zone;
    bool m_enforced = true;
    int m_breakGlassMinutes = 4 * 60;
    std::vector<ReleaseTrain> m_trains;
    std::vector<FreezeRule> m_freezes;
};

// Parsers for the rules' calendar values, shared with parseRepositoryRules. Each error message
// says what is wrong and what to write.

/// "tuesday", "Tue".
std::optional<Qt::DayOfWeek> parseDayName(const QString &text);
/// "10:00", "9:30" (24-hour clock).
Expected<QTime> parseClock(const QString &text);
/// "2h", "30m", "1h30m", "90 min", "2 hours": positive minutes.
Expected<int> parseDuration(const QString &text);
/// weekly or monthly trains' `day:`; monthly accepts "first tuesday" ... "fourth tuesday", "last friday".
Expected<std::pair<Qt::DayOfWeek, int>> parseTrainDay(const QString &text, ReleaseTrain::Schedule schedule);
/// "weekly", "monthly", "as_needed" (or "as needed").
std::optional<ReleaseTrain::Schedule> parseSchedule(const QString &text);
/// A one-off freeze's `from:`/`until:`: "2024-12-20" or "2024-12-20 16:00" (also with T).
/// `until` dates without a time include that whole day.
Expected<std::pair<QDate, QTime>> parseFreezeTime(const QString &text);
/// A yearly freeze: "Dec 20 - Jan 2" (both days included; may cross the year end).
Expected<FreezeRule> parseYearlyFreeze(const QString &text);
/// A weekly freeze: "friday 16:00 - monday 08:00" (the end is exclusive; may cross the week end).
Expected<FreezeRule> parseWeeklyFreeze(const QString &text);

/// The release type of a manifest as the calendar reads it: "regular" when it does not say.
QString releaseTypeOf(const Manifest &manifest);

} // namespace rc::core

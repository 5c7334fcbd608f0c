#include "releasecalendar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::ReleaseCalendar)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Weekdays in blockers and listings speak the messages' language ("Tue", "Di", "mar."); the
// rules themselves are written with English names, which parseDayName reads.
QString shortDay(int weekday)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Mon"), QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Tue"),
        QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Wed"), QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Thu"),
        QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Fri"), QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Sat"),
        QT_TRANSLATE_NOOP("rc::core::ReleaseCalendar", "Sun"),
    };
    if (weekday < 1 || weekday > 7)
        return {};
    return Text::tr(names[weekday - 1]);
}

constexpr int maxSteps = 1200; // ten years of weekly windows, each maybe pushed past a freeze

const char *const monthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

std::optional<int> monthFromName(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(monthNames[i]))
            && QLocale::c().monthName(i + 1).toLower().startsWith(lower))
            return i + 1;
    }
    return std::nullopt;
}

/// A month and day, clamped into the month (Feb 29 in a common year is Feb 28).
QDate monthDay(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

bool sameSpan(const CalendarSpan &a, const CalendarSpan &b)
{
    return a.start == b.start && a.name == b.name;
}

} // namespace

// -------------------------------------------------------------------------------------------------
// Parsers

std::optional<Qt::DayOfWeek> parseDayName(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower.size() < 3)
        return std::nullopt;
    for (int d = 1; d <= 7; ++d) {
        if (QLocale::c().dayName(d).toLower().startsWith(lower))
            return Qt::DayOfWeek(d);
    }
    return std::nullopt;
}

Expected<QTime> parseClock(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("\\A(\\d{1,2}):(\\d{2})\\z"));
    const auto m = clock.match(text.trimmed());
    if (!m.hasMatch())
        return Error{Text::tr("%1 is not a time of day; write it on the 24-hour clock as HH:MM, such as 10:00").arg(quoted(text)), {}};
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 23 || min > 59)
        return Error{Text::tr("%1 is not a time of day; hours go from 00 to 23 and minutes from 00 to 59").arg(quoted(text)), {}};
    return QTime(h, min);
}

Expected<int> parseDuration(const QString &text)
{
    static const QRegularExpression duration(QStringLiteral(
        "\\A(?:(\\d+)\\s*h(?:ours?)?)?\\s*(?:(\\d+)\\s*m(?:in(?:utes?)?)?)?\\z"), QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const auto m = duration.match(trimmed);
    if (trimmed.isEmpty() || !m.hasMatch()) {
        if (trimmed.startsWith(QLatin1Char('-')))
            return Error{Text::tr("duration %1 is negative; a window lasts a positive time such as 2h or 30m").arg(quoted(text)), {}};
        return Error{Text::tr("%1 is not a duration; write hours and minutes such as 2h, 30m or 1h30m").arg(quoted(text)), {}};
    }
    const qint64 minutes = m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    if (minutes <= 0)
        return Error{Text::tr("duration %1 is zero; a window lasts a positive time such as 2h or 30m").arg(quoted(text)), {}};
    if (minutes > 366LL * 24 * 60)
        return Error{Text::tr("duration %1 is longer than a year; a window lasts hours, such as 2h").arg(quoted(text)), {}};
    return int(minutes);
}

std::optional<ReleaseTrain::Schedule> parseSchedule(const QString &text)
{
    QString lower = text.trimmed().toLower();
    lower.replace(QLatin1Char(' '), QLatin1Char('_'));
    lower.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower == QLatin1String("weekly"))
        return ReleaseTrain::Schedule::Weekly;
    if (lower == QLatin1String("monthly"))
        return ReleaseTrain::Schedule::Monthly;
    if (lower == QLatin1String("as_needed"))
        return ReleaseTrain::Schedule::AsNeeded;
    return std::nullopt;
}

Expected<std::pair<Qt::DayOfWeek, int>> parseTrainDay(const QString &text, ReleaseTrain::Schedule schedule)
{
    const QStringList words = text.simplified().toLower().split(QLatin1Char(' '));
    int week = 1;
    QString dayWord = words.value(0);
    if (words.size() == 2 && schedule == ReleaseTrain::Schedule::Monthly) {
        static const QStringList ordinals{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
                                          QStringLiteral("fourth")};
        if (words[0] == QLatin1String("last")) {
            week = -1;
        } else if (const qsizetype i = ordinals.indexOf(words[0]); i >= 0) {
            week = int(i) + 1;
        } else {
            return Error{Text::tr("%1 is not a day of the month's train; write first, second, third, fourth or last and a "
                            "weekday, such as first tuesday")
                             .arg(quoted(text)),
                         {}};
        }
        dayWord = words[1];
    } else if (words.size() != 1) {
        return Error{schedule == ReleaseTrain::Schedule::Monthly
                         ? Text::tr("%1 is not a day of the month's train; write a weekday such as first tuesday").arg(quoted(text))
                         : Text::tr("%1 is not a weekday; write one such as tuesday").arg(quoted(text)),
                     {}};
    }
    const auto day = parseDayName(dayWord);
    if (!day)
        return Error{Text::tr("%1 is not a weekday; write one such as tuesday or tue").arg(quoted(dayWord)), {}};
    return std::pair{*day, week};
}

Expected<std::pair<QDate, QTime>> parseFreezeTime(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("\\A(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}))?\\z"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) {
        return Error{Text::tr("%1 is not a date; write YYYY-MM-DD, or YYYY-MM-DD HH:MM for a time in the rules' time zone")
                         .arg(quoted(text)),
                     {}};
    }
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!date.isValid())
        return Error{Text::tr("%1 is not a date of the calendar; check the month and the day").arg(quoted(m.captured(1))), {}};
    QTime time;
    if (!m.captured(2).isEmpty()) {
        Expected<QTime> clock = parseClock(m.captured(2));
        if (!clock)
            return clock.error();
        time = *clock;
    }
    return std::pair{date, time};
}

Expected<FreezeRule> parseYearlyFreeze(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("\\A([A-Za-z]+)\\s+(\\d{1,2})\\s*-\\s*([A-Za-z]+)\\s+(\\d{1,2})\\z"));
    const auto m = form.match(text.trimmed());
    const QString help = Text::tr("write the first and the last day such as Dec 20 - Jan 2");
    if (!m.hasMatch())
        return Error{Text::tr("%1 is not a yearly period; %2").arg(quoted(text), help), {}};
    const auto fromMonth = monthFromName(m.captured(1));
    const auto untilMonth = monthFromName(m.captured(3));
    for (const auto &[month, word] : {std::pair{fromMonth, m.captured(1)}, std::pair{untilMonth, m.captured(3)}}) {
        if (!month)
            return Error{Text::tr("%1 is not a month; write one such as Dec or December").arg(quoted(word)), {}};
    }
    FreezeRule f;
    f.kind = FreezeRule::Kind::Yearly;
    f.text = text.trimmed();
    f.fromMonth = *fromMonth;
    f.fromDay = m.captured(2).toInt();
    f.untilMonth = *untilMonth;
    f.untilDay = m.captured(4).toInt();
    // Checked in a leap year, so Feb 29 is a day (in other years it counts as Feb 28).
    for (const auto &[month, day] : {std::pair{f.fromMonth, f.fromDay}, std::pair{f.untilMonth, f.untilDay}}) {
        if (!QDate(2000, month, day).isValid()) {
            return Error{Text::tr("%1 %2 is not a day of the year; %3")
                             .arg(QLocale::c().monthName(month, QLocale::ShortFormat))
                             .arg(day)
                             .arg(help),
                         {}};
        }
    }
    return f;
}

Expected<FreezeRule> parseWeeklyFreeze(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("\\A([A-Za-z]+)\\s+(\\S+)\\s*-\\s*([A-Za-z]+)\\s+(\\S+)\\z"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) {
        return Error{Text::tr("%1 is not a weekly period; write a start and an end such as friday 16:00 - monday 08:00")
                         .arg(quoted(text)),
                     {}};
    }
    FreezeRule f;
    f.kind = FreezeRule::Kind::Weekly;
    f.text = text.trimmed();
    const auto fromDay = parseDayName(m.captured(1));
    const auto untilDay = parseDayName(m.captured(3));
    for (const auto &[day, word] : {std::pair{fromDay, m.captured(1)}, std::pair{untilDay, m.captured(3)}}) {
        if (!day)
            return Error{Text::tr("%1 is not a weekday; write one such as friday or fri").arg(quoted(word)), {}};
    }
    Expected<QTime> fromClock = parseClock(m.captured(2));
    if (!fromClock)
        return fromClock.error();
    Expected<QTime> untilClock = parseClock(m.captured(4));
    if (!untilClock)
        return untilClock.error();
    f.fromWeekday = *fromDay;
    f.untilWeekday = *untilDay;
    f.fromClock = *fromClock;
    f.untilClock = *untilClock;
    if (f.fromWeekday == f.untilWeekday && f.fromClock == f.untilClock) {
        return Error{Text::tr("%1 starts where it ends; a weekly freeze needs a length, such as friday 16:00 - monday 08:00")
                         .arg(quoted(text)),
                     {}};
    }
    return f;
}

QString releaseTypeOf(const Manifest &manifest)
{
    const QString type = manifest.release.type.trimmed().toLower();
    return type.isEmpty() ? QStringLiteral("regular") : type;
}

// -------------------------------------------------------------------------------------------------
// The calendar

ReleaseTrain ReleaseCalendar::seedTrain(const QString &type)
{
    ReleaseTrain t;
    t.name = type;
    if (type == QLatin1String("hotfix")) {
        t.schedule = ReleaseTrain::Schedule::AsNeeded;
        t.minutes = 30;
        t.approvals = {QStringLiteral("On-call"), QStringLiteral("Tech Lead")};
    } else if (type == QLatin1String("major")) {
        t.schedule = ReleaseTrain::Schedule::Monthly;
        t.minutes = 240;
        t.approvals = {QStringLiteral("all_stakeholders")};
    } else {
        t.approvals = {QStringLiteral("team_leads")};
    }
    return t;
}

QStringList ReleaseCalendar::defaultFreezeTypes()
{
    return {QStringLiteral("regular"), QStringLiteral("major")};
}

ReleaseCalendar::ReleaseCalendar() : m_zone(QTimeZone::utc())
{
    for (const char *name : {"regular", "hotfix", "major"})
        m_trains.push_back(seedTrain(QLatin1String(name)));
}

ReleaseCalendar::ReleaseCalendar(const RepositoryRules &rules) : ReleaseCalendar()
{
    if (!rules.timeZone.isEmpty()) {
        const QTimeZone zone(rules.timeZone.toUtf8());
        if (zone.isValid())
            m_zone = zone;
    }
    for (const ReleaseTypeRule &rule : rules.releaseTypes) {
        ReleaseTrain train = seedTrain(rule.name);
        if (const auto schedule = parseSchedule(rule.schedule)) {
            if (*schedule != train.schedule && *schedule != ReleaseTrain::Schedule::AsNeeded && train.anyTime())
                train.minutes = 120; // a scheduled train without a length of its own gets the regular one
            train.schedule = *schedule;
        }
        if (!rule.day.trimmed().isEmpty()) {
            if (auto day = parseTrainDay(rule.day, train.schedule)) {
                train.day = day->first;
                train.weekOfMonth = day->second;
            }
        }
        if (!rule.window.start.trimmed().isEmpty()) {
            if (auto start = parseClock(rule.window.start))
                train.start = *start;
        }
        if (!rule.window.duration.trimmed().isEmpty()) {
            if (auto minutes = parseDuration(rule.window.duration))
                train.minutes = *minutes;
        }
        if (!rule.approvals.isEmpty())
            train.approvals = rule.approvals;
        auto it = std::find_if(m_trains.begin(), m_trains.end(), [&](const ReleaseTrain &t) { return t.name == rule.name; });
        if (it != m_trains.end())
            *it = train;
        else
            m_trains.push_back(train);
    }
    m_freezes = rules.freezes;
    m_enforced = rules.enforceWindows;
    if (rules.breakGlassMinutes > 0)
        m_breakGlassMinutes = rules.breakGlassMinutes;
}

QString ReleaseCalendar::timeZoneName() const
{
    return QString::fromUtf8(m_zone.id());
}

ReleaseTrain ReleaseCalendar::train(const QString &type) const
{
    const QString name = type.trimmed().isEmpty() ? QStringLiteral("regular") : type.trimmed();
    for (const ReleaseTrain &t : m_trains) {
        if (t.name == name)
            return t;
    }
    for (const ReleaseTrain &t : m_trains) {
        if (t.name == QLatin1String("regular"))
            return t;
    }
    return seedTrain(QStringLiteral("regular"));
}

QStringList ReleaseCalendar::trainNames() const
{
    QStringList names;
    for (const ReleaseTrain &t : m_trains)
        names << t.name;
    return names;
}

QDate ReleaseCalendar::localDate(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).date();
}

std::vector<CalendarSpan> ReleaseCalendar::occurrences(const ReleaseTrain &train, const QDate &from, const QDate &to) const
{
    std::vector<CalendarSpan> out;
    if (train.anyTime() || !from.isValid() || !to.isValid())
        return out;
    const auto add = [&](const QDate &date) {
        CalendarSpan s;
        s.kind = CalendarSpan::Kind::Window;
        s.name = train.name;
        // A start inside a spring-forward gap moves forward by the gap, as the clock on the wall does.
        s.start = QDateTime(date, train.start, m_zone);
        s.end = s.start.addSecs(qint64(train.minutes) * 60);
        out.push_back(s);
    };
    if (train.schedule == ReleaseTrain::Schedule::Weekly) {
        QDate d = from.addDays((int(train.day) - from.dayOfWeek() + 7) % 7);
        for (; d <= to; d = d.addDays(7))
            add(d);
        return out;
    }
    QDate month(from.year(), from.month(), 1);
    for (; month <= to; month = month.addMonths(1)) {
        QDate d;
        if (train.weekOfMonth > 0) {
            d = month.addDays((int(train.day) - month.dayOfWeek() + 7) % 7 + 7 * (train.weekOfMonth - 1));
        } else {
            const QDate last = month.addDays(month.daysInMonth() - 1);
            d = last.addDays(-((last.dayOfWeek() - int(train.day) + 7) % 7));
        }
        if (d >= from && d <= to)
            add(d);
    }
    return out;
}

std::vector<CalendarSpan> ReleaseCalendar::freezeOccurrences(const FreezeRule &f, const QDate &from, const QDate &to) const
{
    std::vector<CalendarSpan> out;
    const auto add = [&](const QDateTime &start, const QDateTime &end) {
        if (end <= start || start.toTimeZone(m_zone).date() > to || end <= QDateTime(from, QTime(0, 0), m_zone))
            return;
        CalendarSpan s;
        s.kind = CalendarSpan::Kind::Freeze;
        s.name = f.name;
        s.start = start;
        s.end = end;
        s.appliesTo = f.appliesTo.isEmpty() ? defaultFreezeTypes() : f.appliesTo;
        s.location = f.location;
        out.push_back(s);
    };
    switch (f.kind) {
    case FreezeRule::Kind::OneOff:
        add(QDateTime(f.fromDate, f.fromTime.isValid() ? f.fromTime : QTime(0, 0), m_zone),
            f.untilTime.isValid() ? QDateTime(f.untilDate, f.untilTime, m_zone)
                                  : QDateTime(f.untilDate.addDays(1), QTime(0, 0), m_zone));
        break;
    case FreezeRule::Kind::Yearly: {
        const bool wraps = std::pair(f.untilMonth, f.untilDay) < std::pair(f.fromMonth, f.fromDay);
        for (int year = from.year() - 1; year <= to.year(); ++year) {
            const QDate first = monthDay(year, f.fromMonth, f.fromDay);
            const QDate last = monthDay(wraps ? year + 1 : year, f.untilMonth, f.untilDay);
            add(QDateTime(first, QTime(0, 0), m_zone), QDateTime(last.addDays(1), QTime(0, 0), m_zone));
        }
        break;
    }
    case FreezeRule::Kind::Weekly: {
        int span = (f.untilWeekday - f.fromWeekday + 7) % 7;
        if (span == 0 && f.untilClock <= f.fromClock)
            span = 7;
        QDate d = from.addDays(-7);
        d = d.addDays((f.fromWeekday - d.dayOfWeek() + 7) % 7);
        for (; d <= to; d = d.addDays(7))
            add(QDateTime(d, f.fromClock, m_zone), QDateTime(d.addDays(span), f.untilClock, m_zone));
        break;
    }
    }
    return out;
}

bool ReleaseCalendar::applies(const FreezeRule &freeze, const QString &type) const
{
    const QStringList types = freeze.appliesTo.isEmpty() ? defaultFreezeTypes() : freeze.appliesTo;
    return types.contains(type.trimmed().isEmpty() ? QStringLiteral("regular") : type.trimmed());
}

std::optional<CalendarSpan> ReleaseCalendar::windowAt(const QString &type, const QDateTime &t) const
{
    const ReleaseTrain tr = train(type);
    const QDate day = localDate(t);
    // A window may have started up to its length before today.
    const int back = tr.minutes / (24 * 60) + 1;
    for (const CalendarSpan &s : occurrences(tr, day.addDays(-back), day)) {
        if (s.contains(t))
            return s;
    }
    return std::nullopt;
}

std::optional<CalendarSpan> ReleaseCalendar::nextWindow(const QString &type, const QDateTime &t) const
{
    const ReleaseTrain tr = train(type);
    if (tr.anyTime())
        return std::nullopt;
    const QDate day = localDate(t);
    for (const CalendarSpan &s : occurrences(tr, day, day.addDays(70))) {
        if (s.start > t)
            return s;
    }
    return std::nullopt;
}

std::optional<CalendarSpan> ReleaseCalendar::freezeAt(const QString &type, const QDateTime &t) const
{
    std::optional<CalendarSpan> found;
    const QDate day = localDate(t);
    for (const FreezeRule &f : m_freezes) {
        if (!applies(f, type))
            continue;
        for (const CalendarSpan &s : freezeOccurrences(f, day.addDays(-1), day.addDays(1))) {
            if (s.contains(t) && (!found || s.end > found->end))
                found = s;
        }
    }
    return found;
}

QDateTime ReleaseCalendar::nextOpening(const QString &type, const QDateTime &t) const
{
    const ReleaseTrain tr = train(type);
    QDateTime x = t;
    for (int step = 0; step < maxSteps; ++step) {
        if (!tr.anyTime()) {
            std::optional<CalendarSpan> w = windowAt(type, x);
            if (!w)
                w = nextWindow(type, x);
            if (!w)
                return {};
            if (w->start > x)
                x = w->start;
        }
        if (const auto f = freezeAt(type, x)) {
            x = f->end;
            continue;
        }
        return x;
    }
    return {};
}

std::vector<CalendarSpan> ReleaseCalendar::windows(const QDate &from, const QDate &to) const
{
    std::vector<CalendarSpan> out;
    for (const ReleaseTrain &t : m_trains) {
        const int back = t.minutes / (24 * 60) + 1;
        for (const CalendarSpan &s : occurrences(t, from.addDays(-back), to)) {
            if (s.end > QDateTime(from, QTime(0, 0), m_zone))
                out.push_back(s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CalendarSpan &a, const CalendarSpan &b) { return a.start < b.start; });
    return out;
}

std::vector<CalendarSpan> ReleaseCalendar::freezes(const QDate &from, const QDate &to) const
{
    std::vector<CalendarSpan> out;
    for (const FreezeRule &f : m_freezes) {
        for (const CalendarSpan &s : freezeOccurrences(f, from, to)) {
            if (std::none_of(out.begin(), out.end(), [&](const CalendarSpan &o) { return sameSpan(o, s); }))
                out.push_back(s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CalendarSpan &a, const CalendarSpan &b) { return a.start < b.start; });
    return out;
}

QString ReleaseCalendar::formatTime(const QDateTime &t) const
{
    const QDateTime local = t.toTimeZone(m_zone);
    return shortDay(local.date().dayOfWeek()) + QLatin1Char(' ') + local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReleaseCalendar::formatZonedTime(const QDateTime &t) const
{
    return QStringLiteral("%1 (%2)").arg(formatTime(t), timeZoneName());
}

QString ReleaseCalendar::describeWindow(const QString &type) const
{
    const ReleaseTrain t = train(type);
    const QString zone = QStringLiteral(" (%1)").arg(timeZoneName());
    if (t.anyTime())
        return Text::tr("any time, %1 min").arg(t.minutes) + zone;
    const QTime end = t.start.addSecs(qint64(t.minutes) * 60);
    const int days = (t.start.msecsSinceStartOfDay() / 60000 + t.minutes) / (24 * 60);
    QString range = t.start.toString(QStringLiteral("HH:mm")) + QChar(0x2013);
    if (days > 0)
        range += shortDay((int(t.day) - 1 + days) % 7 + 1) + QLatin1Char(' ');
    range += end.toString(QStringLiteral("HH:mm"));
    if (t.schedule == ReleaseTrain::Schedule::Weekly)
        return shortDay(t.day) + QLatin1Char(' ') + range + zone;
    static const char *const ordinals[] = {"first", "second", "third", "fourth"};
    const QString which = t.weekOfMonth > 0 ? QLatin1String(ordinals[t.weekOfMonth - 1]) : QStringLiteral("last");
    return Text::tr("%1 %2 of the month %3").arg(which, shortDay(t.day), range) + zone;
}

TimeGate ReleaseCalendar::gate(const QString &type, const QDateTime &now) const
{
    TimeGate g;
    const QString name = type.trimmed().isEmpty() ? QStringLiteral("regular") : type.trimmed();
    const ReleaseTrain t = train(name);
    const std::optional<CalendarSpan> freeze = freezeAt(name, now);
    const bool inWindow = t.anyTime() || windowAt(name, now).has_value();
    if (inWindow && !freeze)
        return g;
    g.open = false;
    g.freeze = freeze;
    g.nextOpening = nextOpening(name, now);
    const QString next = g.nextOpening.isValid()
        ? (t.anyTime() ? Text::tr("%1 releases may deploy again from %2").arg(name, formatTime(g.nextOpening))
                       : Text::tr("next window opens %1").arg(formatTime(g.nextOpening)))
        : Text::tr("no %1 window opens in the next ten years outside the freezes; check freezes: in %2")
              .arg(name, QString::fromUtf16(repositoryRulesFileName));
    if (freeze) {
        g.blocker = Text::tr("inside the freeze %1 until %2 (%3); %4")
                        .arg(quoted(freeze->name), formatTime(freeze->end), timeZoneName(), next);
    } else {
        // The window's own next opening is what the blocker promises; say it the same way.
        g.blocker = Text::tr("outside the %1 window %2; %3").arg(name, describeWindow(name), next);
    }
    return g;
}

} // namespace rc::core

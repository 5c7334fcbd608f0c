// releasectl windows and override: the release calendar of the clone's rules, and the break-glass
// override that lifts its blockers for one release.

#include "cli.h"
#include "clicommon.h"

#include "manifest/manifestedit.h"
#include "notify/notification.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"
#include "workspace/workspace.h"

#include <QDir>

namespace rc::cli {

using namespace detail;
using core::ReleaseEntry;

namespace {

QString localIso(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).toString(Qt::ISODateWithMs).replace(QLatin1String(".000"), QString());
}

} // namespace

std::optional<core::ReleaseCalendar> Cli::loadCalendar(Context &context, int &exitCode)
{
    exitCode = ExitDone;
    if (!context.repo && !openClone(context)) {
        exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    const core::RulesResult rules = core::readRepositoryRules(*context.repo);
    m_calendarLoaded = true;
    if (!rules.ok()) {
        m_out.flush();
        for (const core::Diagnostic &d : rules.errors)
            m_err << formatDiagnostic(d) << QLatin1Char('\n');
        exitCode = ExitInvalidInput;
        fail(ExitInvalidInput, tr("%1 has errors; the release windows cannot be known until they are fixed")
                                   .arg(QString::fromUtf16(core::repositoryRulesFileName)));
        return std::nullopt;
    }
    m_calendar.emplace(*rules.rules);
    return m_calendar;
}

QString Cli::calendarTime(const QDateTime &t) const
{
    if (!m_calendar)
        return humanTime(t);
    return m_calendar->formatZonedTime(t);
}

QDateTime Cli::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool Cli::readAt(const QString &text)
{
    if (text.isEmpty())
        return true;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        fail(ExitInvalidInput, tr("--at needs an ISO 8601 time such as 2024-01-15T09:45:00Z, not \"%1\"").arg(text));
        return false;
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    m_now = t;
    return true;
}

void Cli::ensureCalendar(Context &context)
{
    // Views (list, status) fall back to the manifest's own readiness when the rules are broken;
    // check and deploy refuse instead (loadCalendar), and validate names the problems.
    if (m_calendarLoaded || !context.repo)
        return;
    m_calendarLoaded = true;
    const core::RulesResult rules = core::readRepositoryRules(*context.repo);
    if (rules.ok())
        m_calendar.emplace(*rules.rules);
}

core::Readiness Cli::readinessOf(const core::Manifest &manifest) const
{
    if (!m_calendar)
        return core::checkReadiness(manifest);
    return core::checkReadiness(manifest, *m_calendar, now());
}

int Cli::runWindows(const QStringList &args)
{
    CommandLine line(QStringLiteral("windows"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output (see docs/cli.md)."));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day to list (default: today in the rules' time zone)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption days(QStringLiteral("days"), tr("How many days to list (default: 28, at most 366)."),
                                  QStringLiteral("N"));
    line.parser.addOptions({json, from, days});
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl windows --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (!line.parser.positionalArguments().isEmpty())
        return fail(ExitInvalidInput, tr("windows takes no arguments; see 'releasectl windows --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    int count = 28;
    if (line.parser.isSet(days)) {
        bool ok = false;
        count = line.parser.value(days).toInt(&ok);
        if (!ok || count < 1 || count > 366)
            return fail(ExitInvalidInput, tr("--days %1 is not a number of days from 1 to 366").arg(line.parser.value(days)));
    }
    Context context;
    int exitCode = ExitDone;
    const std::optional<core::ReleaseCalendar> calendar = loadCalendar(context, exitCode);
    if (!calendar)
        return exitCode;
    QDate first = now().toTimeZone(calendar->timeZone()).date();
    if (line.parser.isSet(from)) {
        first = QDate::fromString(line.parser.value(from), Qt::ISODate);
        if (!first.isValid())
            return fail(ExitInvalidInput, tr("--from %1 is not a date; write it as YYYY-MM-DD").arg(line.parser.value(from)));
    }
    const QDate last = first.addDays(count - 1);
    const std::vector<core::CalendarSpan> windows = calendar->windows(first, last);
    const std::vector<core::CalendarSpan> freezes = calendar->freezes(first, last);
    const QTimeZone zone = calendar->timeZone();

    if (line.parser.isSet(json)) {
        QJsonArray trains;
        for (const QString &name : calendar->trainNames())
            trains.append(QJsonObject{{QStringLiteral("type"), name},
                                      {QStringLiteral("window"), calendar->describeWindow(name)},
                                      {QStringLiteral("minutes"), calendar->train(name).minutes},
                                      {QStringLiteral("any_time"), calendar->train(name).anyTime()}});
        QJsonArray w;
        for (const core::CalendarSpan &s : windows)
            w.append(QJsonObject{{QStringLiteral("type"), s.name},
                                 {QStringLiteral("start"), localIso(s.start, zone)},
                                 {QStringLiteral("end"), localIso(s.end, zone)}});
        QJsonArray f;
        for (const core::CalendarSpan &s : freezes)
            f.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("start"), localIso(s.start, zone)},
                                 {QStringLiteral("end"), localIso(s.end, zone)},
                                 {QStringLiteral("applies_to"), jsonStrings(s.appliesTo)}});
        m_out << writeJson(QJsonDocument(QJsonObject{{QStringLiteral("time_zone"), calendar->timeZoneName()},
                                                     {QStringLiteral("from"), first.toString(Qt::ISODate)},
                                                     {QStringLiteral("to"), last.toString(Qt::ISODate)},
                                                     {QStringLiteral("trains"), trains},
                                                     {QStringLiteral("windows"), w},
                                                     {QStringLiteral("freezes"), f}}));
        return ExitDone;
    }

    m_out << paint(tr("Release calendar %1 to %2 (%3)")
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), calendar->timeZoneName()),
                   Bold)
          << QLatin1Char('\n');
    for (const QString &name : calendar->trainNames())
        m_out << QStringLiteral("  %1  %2\n").arg(name.leftJustified(8), calendar->describeWindow(name));
    struct Line
    {
        QDateTime start;
        QString text;
        const char *colour;
    };
    std::vector<Line> lines;
    const auto range = [&](const core::CalendarSpan &s) {
        const QDateTime a = s.start.toTimeZone(zone);
        const QDateTime b = s.end.toTimeZone(zone);
        if (a.date() == b.date() || (b.time() == QTime(0, 0) && a.date().addDays(1) == b.date() && a.time() != QTime(0, 0)))
            return calendar->formatTime(a) + QChar(0x2013) + b.toString(QStringLiteral("HH:mm"));
        return calendar->formatTime(a) + QStringLiteral(" ") + QChar(0x2013) + QStringLiteral(" ") + calendar->formatTime(b);
    };
    for (const core::CalendarSpan &s : windows)
        lines.push_back({s.start, range(s) + QStringLiteral("  ") + tr("%1 window").arg(s.name), nullptr});
    for (const core::CalendarSpan &s : freezes)
        lines.push_back({s.start,
                         range(s) + QStringLiteral("  ") + tr("freeze \"%1\" (holds %2)").arg(s.name, s.appliesTo.join(QLatin1String(", "))),
                         Yellow});
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.start < b.start; });
    m_out << QLatin1Char('\n');
    if (lines.empty())
        m_out << tr("  No windows or freezes in these days.") << QLatin1Char('\n');
    for (const Line &l : lines)
        m_out << QStringLiteral("  ") << paint(l.text, l.colour) << QLatin1Char('\n');
    m_out.flush();
    return ExitDone;
}

int Cli::runOverride(const QStringList &args)
{
    CommandLine line(QStringLiteral("override"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the release must deploy outside its window (required)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Who overrides (default: git config releaseconsole.user)."),
                                QStringLiteral("USER"));
    const QCommandLineOption noCommit(QStringLiteral("no-commit"), tr("Save the manifest without committing it."));
    line.parser.addOptions({reason, by, noCommit});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."), QStringLiteral("RELEASE"));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl override --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 1)
        return fail(ExitInvalidInput, tr("override takes one release; see 'releasectl override --help'"));
    const QString why = line.parser.value(reason).trimmed();
    if (why.isEmpty())
        return fail(ExitInvalidInput, tr("a break-glass override needs a reason: --reason \"why this cannot wait\""));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.first(), false, exitCode);
    if (!entry)
        return exitCode;
    const QString user = resolveUser(context, line.parser.value(by));
    if (user.isEmpty())
        return ExitInvalidInput;
    core::BreakGlassEdit edit;
    edit.by = user;
    edit.reason = why;
    edit.at = QDateTime::currentDateTimeUtc();
    const int result = applyAndCommit(context, *entry, edit, !line.parser.isSet(noCommit));
    if (result == ExitDone) {
        ensureCalendar(context);
        const QString until = calendarTime(m_calendar ? m_calendar->breakGlassEnd(edit.at)
                                                      : core::ReleaseCalendar().breakGlassEnd(edit.at));
        m_out << tr("The window and freeze blockers of %1 are lifted until %2; sign-offs and approvals still apply.")
                     .arg(entry->manifest->release.id, until)
              << Qt::endl;
        notifyRelease(context, core::NotificationEvent::BreakGlass, entry->path,
                      {{QStringLiteral("user"), user}, {QStringLiteral("reason"), why}, {QStringLiteral("until"), until}});
    }
    return result;
}

} // namespace rc::cli

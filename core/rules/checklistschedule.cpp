#include "checklistschedule.h"

#include "rules/repositoryrules.h"

#include <QRegularExpression>

namespace rc::core {

namespace {

constexpr int kOffsetSlotMinutes = 30;
constexpr int kPostSlotMinutes = 60;

std::optional<int> durationMinutes(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d{1,3})\\s*h)?\\s*(?:(\\d{1,4})\\s*m(?:in)?)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return std::nullopt;
    const int minutes = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    if (minutes <= 0)
        return std::nullopt;
    return minutes;
}

} // namespace

ChecklistDue checklistDue(const ChecklistItem &item, const QDateTime &scheduledAt, int windowMinutes,
                          const QDateTime &now)
{
    ChecklistDue due;
    if (item.due.isEmpty() || !scheduledAt.isValid() || !isChecklistDue(item.due))
        return due;
    const QDateTime start = scheduledAt.toUTC();
    const int window = windowMinutes > 0 ? windowMinutes : 120;
    if (item.due == QLatin1String("during")) {
        due.opensAt = start;
        due.dueAt = start.addSecs(qint64(window) * 60);
    } else if (item.due == QLatin1String("post")) {
        due.opensAt = start.addSecs(qint64(window) * 60);
        due.dueAt = due.opensAt.addSecs(qint64(kPostSlotMinutes) * 60);
    } else {
        const int minutes = item.due.mid(2).toInt();
        const int offset = item.due.at(1) == QLatin1Char('-') ? -minutes : minutes;
        due.opensAt = start.addSecs(qint64(offset) * 60);
        due.dueAt = due.opensAt.addSecs(qint64(kOffsetSlotMinutes) * 60);
    }
    if (item.status == ChecklistStatus::Completed)
        due.state = DueState::Done;
    else if (now < due.opensAt)
        due.state = DueState::Upcoming;
    else if (now < due.dueAt)
        due.state = DueState::Due;
    else
        due.state = DueState::Overdue;
    return due;
}

int releaseWindowMinutes(const RepositoryRules *rules, const QString &type)
{
    if (rules) {
        if (const ReleaseTypeRule *rule = rules->releaseType(type.isEmpty() ? QStringLiteral("regular") : type)) {
            if (auto minutes = durationMinutes(rule->window.duration))
                return *minutes;
        }
    }
    if (type == QLatin1String("hotfix"))
        return 30;
    if (type == QLatin1String("major"))
        return 240;
    return 120;
}

QString dueStateName(DueState state)
{
    switch (state) {
    case DueState::None:
        return {};
    case DueState::Done:
        return QStringLiteral("done");
    case DueState::Upcoming:
        return QStringLiteral("upcoming");
    case DueState::Due:
        return QStringLiteral("due");
    case DueState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

} // namespace rc::core

#include "manifest.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace rc::core {

namespace {

// One table per enum keeps the wire names and the lists shown in error messages in step.
constexpr std::array<std::pair<ReleaseStatus, const char *>, 7> kReleaseStatusNames{{
    {ReleaseStatus::Draft, "draft"},
    {ReleaseStatus::PendingApproval, "pending_approval"},
    {ReleaseStatus::Approved, "approved"},
    {ReleaseStatus::Deploying, "deploying"},
    {ReleaseStatus::Deployed, "deployed"},
    {ReleaseStatus::RolledBack, "rolled_back"},
    {ReleaseStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<SignOff, const char *>, 4> kSignOffNames{{
    {SignOff::Pending, "pending"},
    {SignOff::Approved, "approved"},
    {SignOff::Rejected, "rejected"},
    {SignOff::NotRequired, "not_required"},
}};

constexpr std::array<std::pair<ChecklistStatus, const char *>, 2> kChecklistStatusNames{{
    {ChecklistStatus::Pending, "pending"},
    {ChecklistStatus::Completed, "completed"},
}};

constexpr std::array<std::pair<ApprovalStatus, const char *>, 3> kApprovalStatusNames{{
    {ApprovalStatus::Pending, "pending"},
    {ApprovalStatus::Approved, "approved"},
    {ApprovalStatus::Rejected, "rejected"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    // Wire names are exact: "Approved" in a manifest is a typo the parser should point at.
    for (const auto &[e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList namesOf(const std::array<std::pair<Enum, const char *>, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace

QString Diagnostic::toString() const
{
    QString where = file;
    if (location.line > 0) {
        where += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            where += QLatin1Char(':') + QString::number(location.column);
    }
    if (where.isEmpty())
        return message;
    return where + QLatin1String(": ") + message;
}

QString toString(ReleaseStatus status) { return nameOf(kReleaseStatusNames, status); }
QString toString(SignOff signOff) { return nameOf(kSignOffNames, signOff); }
QString toString(ChecklistStatus status) { return nameOf(kChecklistStatusNames, status); }
QString toString(ApprovalStatus status) { return nameOf(kApprovalStatusNames, status); }

std::optional<ReleaseStatus> releaseStatusFromString(const QString &text) { return valueOf(kReleaseStatusNames, text); }
std::optional<SignOff> signOffFromString(const QString &text) { return valueOf(kSignOffNames, text); }
std::optional<ChecklistStatus> checklistStatusFromString(const QString &text) { return valueOf(kChecklistStatusNames, text); }
std::optional<ApprovalStatus> approvalStatusFromString(const QString &text) { return valueOf(kApprovalStatusNames, text); }

QStringList releaseStatusNames() { return namesOf(kReleaseStatusNames); }
QStringList signOffNames() { return namesOf(kSignOffNames); }

// Locations say where an entry was read, not what it is: two manifests that differ only in
// layout are equal, which is what the editor's verification step relies on.
bool Component::operator==(const Component &o) const
{
    return name == o.name && currentVersion == o.currentVersion && newVersion == o.newVersion && changes == o.changes
        && team == o.team && teamLead == o.teamLead && signOff == o.signOff && approvedBy == o.approvedBy
        && approvedAt == o.approvedAt && rejectedBy == o.rejectedBy && rejectedAt == o.rejectedAt && reason == o.reason;
}

bool ChecklistItem::operator==(const ChecklistItem &o) const
{
    return item == o.item && status == o.status && required == o.required && completedBy == o.completedBy
        && completedAt == o.completedAt && phase == o.phase && section == o.section && role == o.role && due == o.due;
}

QStringList checklistPhaseNames()
{
    return {QStringLiteral("pre_release"), QStringLiteral("release_day"), QStringLiteral("signoff")};
}

bool isChecklistDue(const QString &due)
{
    if (due == QLatin1String("during") || due == QLatin1String("post"))
        return true;
    static const QRegularExpression offset(QStringLiteral("^T[-+]([0-9]{1,5})$"));
    const QRegularExpressionMatch match = offset.match(due);
    return match.hasMatch() && match.captured(1).toInt() <= 10080;
}

bool isChecklistRole(const QString &role)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return name.match(role).hasMatch();
}

bool Approval::operator==(const Approval &o) const
{
    return role == o.role && user == o.user && status == o.status && approvedBy == o.approvedBy
        && approvedAt == o.approvedAt && rejectedBy == o.rejectedBy && rejectedAt == o.rejectedAt && reason == o.reason;
}

bool ValidationEntry::operator==(const ValidationEntry &o) const
{
    return key == o.key && value == o.value && failed == o.failed;
}

const Component *Manifest::component(const QString &name) const
{
    auto it = std::find_if(components.begin(), components.end(), [&](const Component &c) { return c.name == name; });
    return it == components.end() ? nullptr : &*it;
}

const Approval *Manifest::approval(const QString &role) const
{
    auto it = std::find_if(approvals.begin(), approvals.end(), [&](const Approval &a) { return a.role == role; });
    return it == approvals.end() ? nullptr : &*it;
}

int Manifest::signOffsNeeded() const
{
    return int(std::count_if(components.begin(), components.end(),
                             [](const Component &c) { return c.signOff != SignOff::NotRequired; }));
}

int Manifest::signOffsApproved() const
{
    return int(std::count_if(components.begin(), components.end(),
                             [](const Component &c) { return c.signOff == SignOff::Approved; }));
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace rc::core

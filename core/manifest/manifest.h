#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

/// A position in a file, 1-based; 0 means unknown.
struct SourceLocation
{
    int line = 0;
    int column = 0;
    bool operator==(const SourceLocation &) const = default;
};

/// A problem found while reading a file. Errors stop loading; warnings do not.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file; ///< as given to the parser, usually relative to the clone ("releases/x.yaml")
    SourceLocation location;
    QString message; ///< says what is wrong and what is expected

    /// "file:line:column: message" (GCC style, so editors and CI can jump to it).
    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

enum class ReleaseStatus { Draft, PendingApproval, Approved, Deploying, Deployed, RolledBack, Cancelled };
enum class SignOff { Pending, Approved, Rejected, NotRequired };
enum class ChecklistStatus { Pending, Completed };
enum class ApprovalStatus { Pending, Approved, Rejected };

/// Wire names as the seed writes them ("pending_approval", "not_required", ...).
QString toString(ReleaseStatus status);
QString toString(SignOff signOff);
QString toString(ChecklistStatus status);
QString toString(ApprovalStatus status);
std::optional<ReleaseStatus> releaseStatusFromString(const QString &text);
std::optional<SignOff> signOffFromString(const QString &text);
std::optional<ChecklistStatus> checklistStatusFromString(const QString &text);
std::optional<ApprovalStatus> approvalStatusFromString(const QString &text);
QStringList releaseStatusNames();
QStringList signOffNames();

/// A break-glass override (`break_glass_by`, `break_glass_at`, `break_glass_reason` under
/// `release:`): the release may deploy outside its window or inside a freeze. Nothing else.
struct BreakGlass
{
    QString by;
    QDateTime at;
    QString reason;
    /// Recorded with who and why; a half-written override lifts nothing.
    bool isSet() const { return !by.trimmed().isEmpty() && !reason.trimmed().isEmpty(); }
    bool operator==(const BreakGlass &) const = default;
};

/// The `release:` block.
struct ReleaseInfo
{
    QString id;
    QString type; ///< regular, hotfix or major; empty when the manifest does not say
    QDateTime scheduledAt; ///< UTC; invalid when absent
    QDateTime createdAt;
    QString createdBy;
    QString releaseManager;
    ReleaseStatus status = ReleaseStatus::Draft;
    BreakGlass breakGlass;
    bool operator==(const ReleaseInfo &) const = default;
};

struct Component
{
    QString name;
    QString currentVersion;
    QString newVersion;
    QStringList changes;
    QString team;
    QString teamLead;
    SignOff signOff = SignOff::Pending;
    QString approvedBy;
    QDateTime approvedAt;
    QString rejectedBy;
    QDateTime rejectedAt;
    QString reason;
    SourceLocation location; ///< of the `- name:` item; not compared
    bool operator==(const Component &o) const;
};

struct ChecklistItem
{
    QString item;
    ChecklistStatus status = ChecklistStatus::Pending;
    bool required = false;
    QString completedBy;
    QDateTime completedAt;
    SourceLocation location;
    // Where the item comes from in a checklist template; all optional, empty when not written.
    // After `location` so that brace-initialised items written before these existed still compile.
    QString phase; ///< pre_release, release_day or signoff
    QString section; ///< the heading within the phase ("Code Quality", "T-60 minutes")
    QString role; ///< the sign-off role (team_lead, qa_lead, security, dba, release_manager)
    QString due; ///< release-day timing relative to release.scheduled_at: T-60, T-30, T-0, during, post
    bool operator==(const ChecklistItem &o) const;
};

/// The phases a checklist item may name in `phase:`.
QStringList checklistPhaseNames();
/// True for the `due:` values a checklist item may carry: "during", "post", or "T-N" / "T+N"
/// with N minutes (0 to 10080) relative to release.scheduled_at.
bool isChecklistDue(const QString &due);
/// True for a role name as templates write it: lower case letters, digits and "_", starting with a letter.
bool isChecklistRole(const QString &role);

struct Approval
{
    QString role;
    QString user;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString approvedBy;
    QDateTime approvedAt;
    QString rejectedBy;
    QDateTime rejectedAt;
    QString reason;
    SourceLocation location;
    bool operator==(const Approval &o) const;
};

/// One entry of the free-form `validation:` map (`integration_tests: passed`).
struct ValidationEntry
{
    QString key;
    QString value; ///< the scalar as written ("passed", "true", "2024-01-14T09:00:00Z")
    /// true when the value reports a failure: "failed", "failing", "error", or false for a boolean entry.
    bool failed = false;
    SourceLocation location;
    bool operator==(const ValidationEntry &o) const;
};

/// A release manifest as read from `releases/<id>.yaml`.
struct Manifest
{
    ReleaseInfo release;
    std::vector<Component> components;
    std::vector<ValidationEntry> validation;
    std::vector<ChecklistItem> checklist;
    std::vector<Approval> approvals;
    bool operator==(const Manifest &) const = default;

    const Component *component(const QString &name) const;
    const Approval *approval(const QString &role) const;
    /// Components whose sign-off is not `not_required`, and how many of them are approved.
    int signOffsNeeded() const;
    int signOffsApproved() const;
};

/// Formats a time the way manifests store it: ISO 8601 in UTC with a Z ("2024-01-14T15:30:00Z").
QString formatTimestamp(const QDateTime &time);

} // namespace rc::core

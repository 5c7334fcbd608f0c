#pragma once

#include "expected.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

// Sign-off by issue comment: the seed's check_signoffs accepted any comment that merely contained
// "/approve". Here a command counts only when it is a line of its own, written by someone the rules
// allow, who also has write access to the repository; everything else is reported with the reason
// it was ignored, so the person who wrote it can be told.
//
// The command line:
//  - is exactly `/approve`, or `/reject` followed by whitespace and a reason, after trimming
//    surrounding whitespace; any other text on the line makes it a non-command ("/approve lgtm",
//    "please /approve");
//  - the command word is matched without regard to case ("/Approve", "/APPROVE"): phones capitalise
//    the first letter and the intent is unambiguous; the reason keeps its case;
//  - does not count inside a block quote (`>`), a fenced code block (``` or ~~~), an indented code
//    block (a tab or four spaces) or an HTML comment: quoting someone's approval is not approving;
//  - a comment with both an approval and a rejection counts as neither.
// Logins compare without regard to case, as GitHub's do. An edited comment counts with its current
// text at the time of its last edit. The newest counting command wins.

/// A repository permission as the collaborator permission API reports it, weakest first.
enum class Permission { None, Read, Triage, Write, Maintain, Admin };

/// "admin", "maintain", "write", "triage", "read", "none"; nullopt for anything else.
std::optional<Permission> permissionFromString(const QString &text);
/// Reads `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. The `permission` field
/// is GitHub's coarse level (admin, write, read, none); a `role_name` of maintain or triage refines
/// it. Custom role names fall back to `permission`.
Expected<Permission> parseCollaboratorPermission(const QJsonObject &json);

/// One issue comment (`GET .../issues/{issue_number}/comments`).
struct IssueComment
{
    qint64 id = 0;
    QString authorLogin; ///< empty when the author's account was deleted
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
};

Expected<IssueComment> parseIssueComment(const QJsonObject &json);
Expected<std::vector<IssueComment>> parseIssueComments(const QJsonArray &json);

/// Who may sign a component off: its team lead (from the rules) and any allowed users.
struct SignoffPolicy
{
    QString teamLead; ///< a login, with or without a leading '@'
    QStringList allowedUsers;
};

enum class SignoffState { Pending, Approved, Rejected };

/// A command that was written but does not count, and why (in words a person can act on).
struct IgnoredCommand
{
    qint64 commentId = 0;
    QString login;
    QDateTime at;
    QString line; ///< the line as written, trimmed
    QString why;
};

struct SignoffDecision
{
    SignoffState state = SignoffState::Pending;
    QString login; ///< who decided (as GitHub spells the login)
    QDateTime at; ///< when (the comment's creation, or its last edit)
    QString reason; ///< for a rejection
    qint64 commentId = 0;
    std::vector<IgnoredCommand> ignored; ///< oldest first
};

/// The logins whose permission must be looked up to decide: authors of well-formed commands whom
/// the policy names. Each once, in the order first met; nobody else needs an API call.
QStringList loginsNeedingPermission(const std::vector<IssueComment> &comments, const SignoffPolicy &policy);

/// Decides a component's sign-off from its issue's comments. `permissions` maps logins (any case)
/// to their looked-up permission; a command from an author missing there is ignored as unverified.
SignoffDecision decideSignoff(const std::vector<IssueComment> &comments, const SignoffPolicy &policy,
                              const QHash<QString, Permission> &permissions);

/// The issue that asks a component's team for its sign-off.
struct SignoffIssue
{
    QString title;
    QString body;
    QStringList labels;
};

/// The title follows the seed workflow's ("[Sign-off Required] portal - rel-2024-01-15-001") so
/// issues opened by either are recognised; the body carries a hidden marker naming the release and
/// component.
SignoffIssue signoffIssue(const QString &releaseId, const QString &component, const QString &version,
                          const SignoffPolicy &policy);

/// An issue as listed by `GET /repos/{owner}/{repo}/issues`; pull requests come in that list too.
struct IssueSummary
{
    qint64 number = 0;
    QString title;
    QString body;
    QString state; ///< open, closed
    QStringList labels;
    QString htmlUrl;
    bool isPullRequest = false;
};

Expected<IssueSummary> parseIssue(const QJsonObject &json);
Expected<std::vector<IssueSummary>> parseIssues(const QJsonArray &json);

/// The open sign-off issue for this release and component, if one exists: by the marker the console
/// writes, or by the seed's exact title, and labelled `sign-off-required`. Never by a substring of
/// the title ("rel-1" is not "rel-10").
std::optional<IssueSummary> findOpenSignoffIssue(const std::vector<IssueSummary> &issues, const QString &releaseId,
                                                 const QString &component);

} // namespace rc::core

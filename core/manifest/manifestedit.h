#pragma once

#include "expected.h"
#include "manifest.h"
#include "manifestparser.h"

#include <QByteArray>
#include <QDateTime>

#include <variant>
#include <vector>

namespace rc::core {

/// Approve, reject (with a reason) or reset a component's sign-off.
/// Approve sets `sign_off: approved`, `approved_by`, `approved_at`;
/// reject sets `sign_off: rejected`, `rejected_by`, `rejected_at`, `reason`;
/// pending sets `sign_off: pending` and removes those keys.
/// Keys of the other outcome are removed (approving a rejected component drops `rejected_*` and `reason`).
struct SignOffEdit
{
    QString component;
    SignOff value = SignOff::Approved;
    QString by; ///< "@carol"
    QString reason; ///< required for Rejected
    QDateTime at; ///< UTC, seconds precision
};

/// Tick (`status: completed`, `completed_by`, `completed_at`) or untick (`status: pending`,
/// those keys removed) the checklist item at `index` (0-based).
struct ChecklistEdit
{
    int index = -1;
    bool done = true;
    QString by;
    QDateTime at;
};

/// Approve or reject a role in `approvals` (`status`, `approved_by`/`approved_at` or
/// `rejected_by`/`rejected_at`/`reason`), or reset it to pending.
struct ApprovalEdit
{
    QString role;
    ApprovalStatus value = ApprovalStatus::Approved;
    QString by;
    QString reason;
    QDateTime at;
};

/// Move `release.status` along the lifecycle (see canTransition()).
struct StatusEdit
{
    ReleaseStatus to = ReleaseStatus::PendingApproval;
};

/// Appends items to `checklist:` (creating the key, before `approvals:` or at the end, when the
/// manifest has none), each pending and with its template tags (phase, section, role, due).
/// Items whose text the checklist holds already are skipped, so applying a template twice adds
/// nothing; an edit left with nothing to add is refused with a message that says so.
struct ChecklistAppendEdit
{
    QString source; ///< where the items come from, for the commit message ("pre-release checklist")
    std::vector<ChecklistItem> items;
    QString by; ///< who adds them: the commit message names them
    QDateTime at; ///< not written to the file
};

/// Records a break-glass override under `release:` (`break_glass_by`, `break_glass_at`,
/// `break_glass_reason`, after `status`; replaced in place when one is recorded already). It lets
/// the release deploy outside its window or inside a freeze; sign-offs and approvals still
/// apply. Refused without who and why, and for releases that are deploying or past it.
struct BreakGlassEdit
{
    QString by;
    QString reason;
    QDateTime at;
};

using ManifestEdit = std::variant<SignOffEdit, ChecklistEdit, ApprovalEdit, StatusEdit, ChecklistAppendEdit, BreakGlassEdit>;

/// The items of `items` that `manifest`'s checklist does not hold yet (compared by their text),
/// each once, in order: what a ChecklistAppendEdit with them would add.
std::vector<ChecklistItem> checklistItemsToAdd(const Manifest &manifest, const std::vector<ChecklistItem> &items);

/// draft → pending_approval → approved → deploying → deployed → rolled_back;
/// approved → pending_approval (re-open); deploying → approved (failed run);
/// any status before deploying → cancelled.
bool canTransition(ReleaseStatus from, ReleaseStatus to);

/// What the semantic operation does to the in-memory manifest; the reference the text edit is
/// verified against. Fails with a message when the edit does not apply (unknown component,
/// index out of range, missing reason, invalid transition, ...).
Expected<Manifest> applyToManifest(const Manifest &manifest, const ManifestEdit &edit);

/// Applies `edit` to the manifest text, changing only the lines it must: comments, key order,
/// quoting, indentation, blank lines, BOM and line endings are kept. The result is parsed again
/// and must equal applyToManifest(parse(bytes), edit), otherwise the edit is refused.
Expected<QByteArray> applyEdit(const QByteArray &bytes, const QString &fileName, const ManifestEdit &edit);

/// An edited text together with its verified parse.
struct EditResult
{
    QByteArray bytes;
    ParseResult parse;
};

/// As applyEdit(), for a caller that already holds `before`, the parse of `bytes`; returns the parse
/// of the result too, so a save needs no further parsing.
Expected<EditResult> applyEdit(const QByteArray &bytes, const ParseResult &before, const QString &fileName,
                               const ManifestEdit &edit);

/// A one-line summary for commit messages and logs:
/// "release(rel-2024-01-15-001): portal signed off by @carol".
QString describeEdit(const QString &releaseId, const ManifestEdit &edit);

/// The same summary with what only the manifest knows: the checklist item's text
/// (`checklist "On-call team notified" done by @dan`) and the status before the change
/// (`status pending_approval -> approved`).
QString describeEdit(const Manifest &manifest, const ManifestEdit &edit);

} // namespace rc::core

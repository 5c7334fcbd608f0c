#pragma once

#include "expected.h"
#include "git/remote.h"
#include "manifest/manifest.h"
#include "manifest/manifestedit.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace rc::core {

class Repository;

/// One side of a decision recorded in a manifest: a sign-off, a checklist tick, an approval or the
/// release status.
struct DecisionValue
{
    QString value; ///< "approved", "completed", "pending_approval", ...
    QString by; ///< "@carol"; empty when nobody is recorded
    QDateTime at;
    QString reason; ///< for rejections

    /// Two sides agree when they record the same decision by the same person (for the same reason);
    /// the time does not matter.
    bool sameDecision(const DecisionValue &other) const;
    /// "approved by @carol at 2024-01-14T15:30:00Z", "rejected by @dan: flaky tests".
    QString describe() const;
};

/// The same decision changed differently here and on the upstream: neither side is applied.
struct SyncConflict
{
    QString file; ///< "releases/rel-2024-01-15-001.yaml"
    QString releaseId;
    QString field; ///< "api sign-off", "approval Tech Lead", "checklist \"On-call team notified\"", "status"
    DecisionValue base; ///< before either side changed it
    DecisionValue ours;
    DecisionValue theirs;
    QString commit; ///< the summary of the local commit that made our change
};

/// What re-applying the local commits on top of the upstream came to.
struct ReplayResult
{
    QString base; ///< the merge base (hex)
    QString onto; ///< the upstream commit the commits were re-applied on (hex)
    QString tip; ///< the last new commit; equal to `onto` when every edit was already upstream; empty on conflicts
    int commits = 0; ///< new commits created
    std::vector<SyncConflict> conflicts;
    QStringList notes; ///< edits left out because the upstream already has the same decision
};

/// What a push came to.
struct SyncOutcome
{
    enum class Kind {
        Pushed, ///< the upstream has the local commits (re-applied or not)
        UpToDate, ///< nothing to push
        Conflicts, ///< stopped: nothing was pushed, the branch and work tree are as before
    };
    Kind kind = Kind::UpToDate;
    int reapplied = 0; ///< commits re-applied on top of the upstream before the push
    std::vector<SyncConflict> conflicts;
    QStringList notes;
    AheadBehind after; ///< ahead/behind once done (or when stopped)
};

/// Shares committed manifest edits through the upstream. When the upstream moved, the local
/// commits are replayed semantically: for each manifest a commit changed, the decisions it
/// changed (sign-offs, checklist ticks, approvals, status) are re-applied with applyEdit to the
/// upstream's version of the file, never merged as text. A decision the upstream changed
/// differently stops everything and is reported with both sides; nothing is lost.
class ManifestSync
{
public:
    /// What to do with a decision both sides changed differently.
    enum class Resolution {
        Stop, ///< report the conflicts and change nothing
        KeepMine, ///< apply our decision on top of theirs (theirs stays in the history)
        TakeTheirs, ///< leave our decision out (it stays in the reflog of the branch)
    };

    explicit ManifestSync(Repository &repo, RemoteOptions options = {});

    /// Reports what is happening ("fetching origin", "re-applying 2 commits", ...), for progress.
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

    /// Pushes the branch; on a non-fast-forward fetches, replays, moves the branch and the work tree
    /// files to the new commits and pushes again (a bounded number of rounds). Conflicts are a
    /// result, not an error; errors say what to do and leave the branch as it was.
    Expected<SyncOutcome> push(Resolution resolution = Resolution::Stop);

    /// Builds on `onto` one commit per local commit since the merge base of `localTip` and `onto`,
    /// with the original author and message, without moving any ref. Fails (and creates nothing that
    /// is referenced) when a local commit is a merge, touches a file that is not a manifest under
    /// releases/, or changes a manifest in ways other than decisions.
    Expected<ReplayResult> replay(const QString &localTip, const QString &onto,
                                  Resolution resolution = Resolution::Stop);

    /// The decision edits that turn `before` into `after`; an error names the first other difference.
    static Expected<std::vector<ManifestEdit>> deriveEdits(const Manifest &before, const Manifest &after);

private:
    Expected<Done> moveBranch(const QString &from, const QString &to);
    void report(const QString &what) const;

    Repository &m_repo;
    RemoteOptions m_options;
    std::function<void(const QString &)> m_progress;
};

} // namespace rc::core

#pragma once

#include "github/githubclient.h"
#include "github/signoffcheck.h"
#include "manifest/manifest.h"
#include "manifest/manifestfile.h"
#include "rules/repositoryrules.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace rc::core {

// Sign-off requests and checks through GitHub issues, the seed's request_signoffs and
// check_signoffs done from the console: one issue per component that still needs a sign-off, never
// a duplicate of an open one, and a check that counts only the exact commands signoffcheck.h
// describes, applies each new decision to the manifest as a committed sign-off edit, closes
// approved issues and tells people once why their command did not count.

/// Who may sign `component` off: the team lead from the rules (the manifest's team_lead when the
/// rules name none) and the rules' allowed users for it.
SignoffPolicy signoffPolicyFor(const RepositoryRules &rules, const Component &component);

/// What a request did for one component.
struct SignoffRequestItem
{
    enum class Outcome {
        Created, ///< a new issue was opened
        AlreadyOpen, ///< an open issue for this release and component exists (ours or the workflow's)
        NotNeeded, ///< approved or not_required in the manifest
        Failed, ///< see `message`
    };
    QString component;
    Outcome outcome = Outcome::NotNeeded;
    qint64 issueNumber = 0;
    QString issueUrl;
    QString signOff; ///< the manifest's value: pending, rejected, approved, not_required
    /// Open issues beyond `issueNumber` that carry this component's marker or title: another
    /// console requesting at the same moment, or a request that reached GitHub twice. Empty ones
    /// with the marker that appeared during this request are closed as duplicates; the others are
    /// only reported.
    QList<qint64> duplicates;
    QList<qint64> closedDuplicates;
    QString message; ///< what went wrong and what to do, or a note (labels dropped, assignee dropped)
};

struct SignoffRequestReport
{
    QString releaseId;
    std::vector<SignoffRequestItem> items;
    GitHubError error; ///< set when the issues could not be listed at all; items are then empty

    bool ok() const;
};

/// What a check found and did for one component.
struct SignoffCheckItem
{
    enum class Applied {
        Nothing, ///< no decision, or no issue
        Saved, ///< the sign-off edit was saved (and committed unless --no-commit)
        AlreadyRecorded, ///< the manifest already says so; nothing written
        KeptNewer, ///< the manifest holds a newer decision than the issue's; nothing written
        Failed, ///< see `error`
    };
    QString component;
    QString signOffBefore; ///< the manifest's value before the check
    qint64 issueNumber = 0; ///< 0: no open sign-off issue
    QString issueUrl;
    SignoffDecision decision; ///< state Pending when nothing counts (yet)
    Applied applied = Applied::Nothing;
    QString commit; ///< the commit id when committed
    bool closed = false; ///< the approved issue was closed by this check
    bool commented = false; ///< a comment about ignored commands was posted by this check
    QString error; ///< what failed for this component (comments not read, a close refused, ...)
    QString message; ///< notes that need no action
};

struct SignoffCheckReport
{
    QString releaseId;
    std::vector<SignoffCheckItem> items;
    GitHubError error; ///< the issues could not be listed
    QString writeError; ///< the manifest could not be saved or committed (changed on disk, git)

    bool ok() const;
};

/// Requests and checks sign-offs for one release through `client` (which must outlive it).
/// Everything is asynchronous: each call returns at once and reports through its callback on the
/// object's thread, so it serves the CLI's event loop and the GUI alike. Saving and committing the
/// manifest runs on a worker thread. One call at a time per object.
class SignoffSync : public QObject
{
    Q_OBJECT

public:
    using RequestCallback = std::function<void(const SignoffRequestReport &)>;
    using CheckCallback = std::function<void(const SignoffCheckReport &)>;

    SignoffSync(GitHubClient *client, GitHubRepositoryName repository, QObject *parent = nullptr);
    ~SignoffSync() override;

    /// Opens one issue per component of `manifest` whose sign-off is pending or rejected and has
    /// no open issue yet. POSTs go one at a time (GitHub's advice against secondary rate limits).
    /// A POST that got no answer is never sent again: the issues are listed again and the marker
    /// decides whether it was created.
    void request(const Manifest &manifest, const RepositoryRules &rules, RequestCallback done);

    struct CheckOptions
    {
        QString workdir; ///< the clone's work tree
        QString manifestPath; ///< absolute path of the manifest file
        QString relativePath; ///< the path relative to the clone, for messages and the commit
        bool commit = true; ///< false: save the edits, commit nothing
    };

    /// Reads every open sign-off issue of the release, decides each component from its comments
    /// and the commenters' repository permissions, applies new decisions to the manifest (one
    /// sign-off edit and one commit per decision, through ManifestFile and Repository::commitFile),
    /// then closes approved issues and comments once about ignored commands. The manifest is read
    /// when this is called: if it changed on disk by the time the edits are written, nothing is
    /// written and `writeError` says so.
    void check(const RepositoryRules &rules, const CheckOptions &options, CheckCallback done);

private:
    struct RequestRun;
    struct CheckRun;

    void listIssues(std::function<void(const GitHubPages &)> done);
    void requestNext(std::shared_ptr<RequestRun> run);
    void createIssue(std::shared_ptr<RequestRun> run, std::size_t index, bool withAssignee);
    void requestVerify(std::shared_ptr<RequestRun> run);
    void closeDuplicates(std::shared_ptr<RequestRun> run, std::vector<std::pair<std::size_t, qint64>> pending);
    void checkNext(std::shared_ptr<CheckRun> run);
    void checkPermissions(std::shared_ptr<CheckRun> run, std::size_t index, QStringList logins,
                          std::vector<IssueComment> comments);
    void checkWrite(std::shared_ptr<CheckRun> run);
    void checkFollowUp(std::shared_ptr<CheckRun> run, std::size_t index);

    QString repoPath() const;

    QPointer<GitHubClient> m_client;
    GitHubRepositoryName m_repository;
    QThreadPool m_pool; ///< the manifest writes; the destructor waits for them
};

/// Words for a request outcome ("created", "already_open", "not_needed", "failed") and a check's
/// decision state ("pending", "approved", "rejected"), as the CLI's JSON spells them.
QString signoffRequestOutcomeName(SignoffRequestItem::Outcome outcome);
QString signoffStateName(SignoffState state);
QString signoffAppliedName(SignoffCheckItem::Applied applied);

/// The hidden marker of the console's comment about ignored commands, and the keys of the commands
/// it lists ("COMMENT_ID:HASH"), so the same command is never reported twice.
QString ignoredCommandKey(const IgnoredCommand &command);
QStringList reportedIgnoredKeys(const std::vector<IssueComment> &comments);
/// The comment that lists `commands` with why each did not count, ending in the marker.
QString ignoredCommandsComment(const std::vector<IgnoredCommand> &commands, const SignoffPolicy &policy);

} // namespace rc::core

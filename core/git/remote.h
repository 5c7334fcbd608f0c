#pragma once

#include "expected.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rc::core {

class Repository;

/// The branch HEAD is on and the remote branch it tracks (git config branch.NAME.remote/merge).
struct Upstream
{
    QString branch; ///< "main"
    QString remote; ///< "origin"
    QString url; ///< the remote's URL with any user or password removed, safe to show
    QString mergeRef; ///< the branch on the remote: "refs/heads/main"
    QString trackingRef; ///< the local copy of it: "refs/remotes/origin/main"

    /// "origin/main", as git names the upstream.
    QString name() const;
};

/// How far the branch and its upstream have moved apart, counted in commits.
struct AheadBehind
{
    Upstream upstream;
    int ahead = 0; ///< commits on the branch that the upstream does not have
    int behind = 0; ///< commits on the upstream that the branch does not have
    /// False when the tracking ref does not exist yet (never fetched, or the remote has no such
    /// branch): then everything on the branch counts as ahead.
    bool upstreamExists = true;

    /// "main is 2 ahead, 1 behind origin/main", "main is up to date with origin/main".
    QString summary() const;
};

/// Where credentials come from, in the order they are tried: the ssh agent for ssh URLs; for
/// https (and plain http on loopback), a token from GH_TOKEN or GITHUB_TOKEN, then git's
/// credential helpers (credential.helper). Each source is tried once; a remote that refuses all
/// of them fails with a message saying what to do, never a retry loop.
struct CredentialOptions
{
    /// Where GH_TOKEN / GITHUB_TOKEN are read from (tests pass their own).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool useSshAgent = true;
    bool useHelpers = true;
    /// A helper that does not answer within this time is stopped and counts as no answer.
    int helperTimeoutMs = 10000;
};

/// Options shared by fetch and push.
struct RemoteOptions
{
    CredentialOptions credentials;
    /// Set from another thread to stop a running transfer; it then fails with "cancelled".
    const std::atomic_bool *cancel = nullptr;
};

/// The result of a push that the remote answered.
enum class PushStatus {
    Pushed, ///< the remote branch now points at the local one
    UpToDate, ///< nothing to push
    Rejected, ///< the remote branch has commits the local one lacks (not a fast-forward)
};

/// Fetch, compare and push against the upstream of the current branch, through libgit2 (local
/// paths, file://, ssh and https). Every function works on the given Repository only: use one per
/// thread. Messages never contain a secret.
namespace remote {

/// The upstream of the branch HEAD is on. Fails with a message saying what to do when HEAD is
/// detached, the branch has no upstream, or its remote is not configured.
Expected<Upstream> upstream(Repository &repo);

/// Counts commits ahead and behind from the local refs only (no network), via git_graph_ahead_behind.
Expected<AheadBehind> aheadBehind(Repository &repo);

/// Fetches the upstream's remote (its configured refspecs), then counts ahead and behind.
Expected<AheadBehind> fetch(Repository &repo, const RemoteOptions &options = {});

/// Pushes the branch HEAD is on to its upstream branch, never forced, and updates the tracking ref.
/// A non-fast-forward comes back as PushStatus::Rejected, not as an error.
Expected<PushStatus> push(Repository &repo, const RemoteOptions &options = {});

/// `url` without user and password ("https://token@host/x" -> "https://host/x").
QString redactUrl(const QString &url);

} // namespace remote

} // namespace rc::core

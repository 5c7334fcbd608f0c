#include "remote.h"

#include "gitptr.h"
#include "logging.h"
#include "repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <git2.h>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Remote)
};

using git::GitPtr;

using Reference = GitPtr<git_reference, git_reference_free>;
using RemotePtr = GitPtr<git_remote, git_remote_free>;
using Config = GitPtr<git_config, git_config_free>;
using Revwalk = GitPtr<git_revwalk, git_revwalk_free>;

struct Buf
{
    git_buf b = GIT_BUF_INIT;
    ~Buf() { git_buf_dispose(&b); }
    QString text() const { return QString::fromUtf8(b.ptr, qsizetype(b.size)); }
};

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // Qt Network is not linked into the core for this one check: loopback is 127/8 and ::1.
    return host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1") ||
           host == QLatin1String("[::1]");
}

QString hostOf(const QString &url)
{
    return QUrl(url).host();
}

// A token from the environment goes only to GitHub or to the host the environment names as
// GitHub (Enterprise Server), never to any remote that asks: a clone may point anywhere.
bool tokenAllowedFor(const QString &url, const QProcessEnvironment &env)
{
    const QUrl parsed(url);
    const QString host = parsed.host().toLower();
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("http"))
        return isLoopback(host); // plain http only where nothing leaves the machine
    if (scheme != QLatin1String("https"))
        return false;
    if (host == QLatin1String("github.com") || isLoopback(host))
        return true;
    const QString named = env.value(QStringLiteral("GH_HOST")).trimmed().toLower();
    if (!named.isEmpty() && named == host)
        return true;
    for (const char *key : {"GITHUB_SERVER_URL", "GITHUB_API_URL"}) {
        const QString value = env.value(QString::fromLatin1(key));
        if (!value.isEmpty() && hostOf(value).toLower() == host)
            return true;
    }
    return false;
}

bool isSshUrl(const QString &url)
{
    if (url.startsWith(QLatin1String("ssh://")) || url.startsWith(QLatin1String("git+ssh://")))
        return true;
    // scp-like "git@github.com:org/repo.git": a colon before any slash, and not a scheme.
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    const qsizetype slash = url.indexOf(QLatin1Char('/'));
    return colon > 0 && (slash < 0 || colon < slash) && !url.contains(QLatin1String("://"));
}

// One attempt per source, in order; the state outlives libgit2's repeated calls for one operation.
struct CredentialState
{
    const CredentialOptions *options = nullptr;
    git_repository *repo = nullptr;
    const std::atomic_bool *cancel = nullptr;
    bool triedAgent = false;
    bool triedToken = false;
    bool helpersLoaded = false;
    QStringList helpers;
    int nextHelper = 0;
    int calls = 0;
    QStringList tried; // names of sources, never their secrets
    bool exhausted = false;
    QString url;
    QString rejectedStatus; // a push refused by the remote, per ref
};

QStringList configuredHelpers(git_repository *repo)
{
    QStringList helpers;
    Config config;
    if (git_repository_config_snapshot(config.out(), repo) != 0) {
        git_error_clear();
        return helpers;
    }
    git_config_iterator *it = nullptr;
    if (git_config_multivar_iterator_new(&it, config.get(), "credential.helper", nullptr) != 0) {
        git_error_clear();
        return helpers;
    }
    git_config_entry *entry = nullptr;
    while (git_config_next(&entry, it) == 0) {
        const QString value = QString::fromUtf8(entry->value).trimmed();
        // As in git: an empty value clears the helpers configured before it.
        if (value.isEmpty())
            helpers.clear();
        else
            helpers.append(value);
    }
    git_error_clear();
    git_config_iterator_free(it);
    return helpers;
}

struct HelperAnswer
{
    QString username;
    QString password;
};

// Runs one helper with git's documented protocol (`get`, key=value lines on stdin and stdout).
// Never prompts: stdin is closed after the request and GIT_TERMINAL_PROMPT is 0.
std::optional<HelperAnswer> askHelper(const QString &helper, const QString &url, const QString &username,
                                      const CredentialOptions &options)
{
    QString command;
    if (helper.startsWith(QLatin1Char('!')))
        command = helper.mid(1);
    else if (helper.startsWith(QLatin1Char('/')))
        command = helper;
    else
        command = QLatin1String("git-credential-") + helper;
    command += QLatin1String(" get");

    QProcessEnvironment env = options.environment;
    // Helpers such as git-credential-store live in git's exec path, not in PATH.
    env.insert(QStringLiteral("PATH"), env.value(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")) +
                                           QStringLiteral(":/usr/lib/git-core:/usr/libexec/git-core:/usr/local/libexec/git-core"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));

    const QUrl parsed(url);
    QByteArray request = "protocol=" + parsed.scheme().toUtf8() + "\nhost=" + parsed.host().toUtf8();
    if (parsed.port() > 0)
        request += ':' + QByteArray::number(parsed.port());
    request += '\n';
    if (!username.isEmpty())
        request += "username=" + username.toUtf8() + '\n';
    request += '\n';

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({QStringLiteral("-c"), command});
    process.start();
    if (!process.waitForStarted(options.helperTimeoutMs)) {
        qCWarning(rcGit) << "credential helper" << helper << "did not start";
        return std::nullopt;
    }
    process.write(request);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.helperTimeoutMs)) {
        qCWarning(rcGit) << "credential helper" << helper << "did not answer in time; stopped it";
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    HelperAnswer answer;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).remove(QLatin1Char('\r'));
        if (key == "username")
            answer.username = value;
        else if (key == "password")
            answer.password = value;
        else if (key == "quit" && (value == QLatin1String("1") || value == QLatin1String("true")))
            return std::nullopt;
    }
    if (answer.password.isEmpty())
        return std::nullopt;
    return answer;
}

int acquireCredential(git_credential **out, const char *rawUrl, const char *usernameFromUrl,
                      unsigned int allowed, void *payload)
{
    auto *state = static_cast<CredentialState *>(payload);
    const QString url = QString::fromUtf8(rawUrl);
    state->url = url;
    const QString user = usernameFromUrl ? QString::fromUtf8(usernameFromUrl) : QString();
    // libgit2 asks again after every refusal; a bound keeps a misbehaving server from looping us.
    if (++state->calls > 8) {
        state->exhausted = true;
        return GIT_EUSER;
    }

    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, user.isEmpty() ? "git" : usernameFromUrl);

    if ((allowed & GIT_CREDENTIAL_SSH_KEY) && state->options->useSshAgent && !state->triedAgent) {
        state->triedAgent = true;
        if (!state->options->environment.value(QStringLiteral("SSH_AUTH_SOCK")).isEmpty()) {
            state->tried << Text::tr("the ssh agent");
            const QByteArray name = user.isEmpty() ? QByteArray("git") : user.toUtf8();
            return git_credential_ssh_key_from_agent(out, name.constData());
        }
    }

    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !isSshUrl(url)) {
        if (!state->triedToken) {
            state->triedToken = true;
            if (tokenAllowedFor(url, state->options->environment)) {
                for (const char *name : {"GH_TOKEN", "GITHUB_TOKEN"}) {
                    const QString token = state->options->environment.value(QString::fromLatin1(name)).trimmed();
                    if (token.isEmpty())
                        continue;
                    state->tried << QString::fromLatin1(name);
                    return git_credential_userpass_plaintext_new(out, "x-access-token", token.toUtf8().constData());
                }
            }
        }
        if (state->options->useHelpers) {
            if (!state->helpersLoaded) {
                state->helpersLoaded = true;
                state->helpers = configuredHelpers(state->repo);
            }
            while (state->nextHelper < state->helpers.size()) {
                if (state->cancel && state->cancel->load())
                    return GIT_EUSER;
                const QString helper = state->helpers.at(state->nextHelper++);
                const std::optional<HelperAnswer> answer = askHelper(helper, url, user, *state->options);
                if (!answer)
                    continue;
                state->tried << Text::tr("the credential helper \"%1\"").arg(helper.section(QLatin1Char(' '), 0, 0));
                const QByteArray name = answer->username.isEmpty() ? user.toUtf8() : answer->username.toUtf8();
                return git_credential_userpass_plaintext_new(out, name.constData(),
                                                             answer->password.toUtf8().constData());
            }
        }
    }
    state->exhausted = true;
    return GIT_EUSER;
}

int checkCancel(const std::atomic_bool *cancel)
{
    return cancel && cancel->load() ? -1 : 0;
}

int pushUpdateReference(const char *refname, const char *status, void *payload)
{
    if (status) {
        auto *state = static_cast<CredentialState *>(payload);
        state->rejectedStatus = QString::fromUtf8(status);
        qCInfo(rcGit) << "the remote refused to update" << refname << ":" << state->rejectedStatus;
    }
    return 0;
}

git_remote_callbacks callbacksFor(CredentialState &state)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = acquireCredential;
    callbacks.push_update_reference = pushUpdateReference;
    callbacks.transfer_progress = [](const git_indexer_progress *, void *payload) {
        return checkCancel(static_cast<CredentialState *>(payload)->cancel);
    };
    callbacks.push_transfer_progress = [](unsigned int, unsigned int, size_t, void *payload) {
        return checkCancel(static_cast<CredentialState *>(payload)->cancel);
    };
    callbacks.payload = &state;
    return callbacks;
}

// Turns a failed transfer into one line that says what to do. Secrets never reach it: the URL is
// redacted and credentials are named by their source only.
Error transferError(const CredentialState &state, const Upstream &up, const QString &verb, int rc)
{
    const QString detail = git::lastError();
    git_error_clear();
    if (state.cancel && state.cancel->load())
        return Error{Text::tr("%1 from %2 was cancelled").arg(verb, up.remote), {}};
    const bool authFailed = rc == GIT_EAUTH || (rc == GIT_EUSER && state.exhausted) ||
                            detail.contains(QLatin1String("authentication"), Qt::CaseInsensitive) ||
                            detail.contains(QLatin1String("credentials"), Qt::CaseInsensitive);
    if (authFailed && !state.tried.isEmpty()) {
        return Error{Text::tr("the remote refused the credentials for %1 (tried %2); check that they are valid and "
                              "allow access to the repository, or set GH_TOKEN to a token that does")
                         .arg(up.url, state.tried.join(QLatin1String(", "))),
                     {}};
    }
    if (authFailed) {
        return Error{Text::tr("%1 asks for credentials and none are available; set GH_TOKEN (or GITHUB_TOKEN) to "
                              "a token with access, configure a git credential helper (git config --global "
                              "credential.helper store), or use an ssh URL with your key loaded in ssh-agent")
                         .arg(up.url),
                     {}};
    }
    return Error{Text::tr("cannot %1 %2 (%3): %4; check the network and the remote's URL (git remote -v)")
                     .arg(verb, up.remote, up.url, detail),
                 {}};
}

QString oidHex(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

} // namespace

QString Upstream::name() const
{
    const QString prefix = QStringLiteral("refs/heads/");
    return remote + QLatin1Char('/') + (mergeRef.startsWith(prefix) ? mergeRef.mid(prefix.size()) : mergeRef);
}

QString AheadBehind::summary() const
{
    const QString theirs = upstream.name();
    if (!upstreamExists)
        return Text::tr("%1 is not on %2 yet (%3 to push)").arg(upstream.branch, theirs).arg(ahead);
    if (ahead == 0 && behind == 0)
        return Text::tr("%1 is up to date with %2").arg(upstream.branch, theirs);
    if (behind == 0)
        return Text::tr("%1 is %2 ahead of %3").arg(upstream.branch).arg(ahead).arg(theirs);
    if (ahead == 0)
        return Text::tr("%1 is %2 behind %3").arg(upstream.branch).arg(behind).arg(theirs);
    return Text::tr("%1 is %2 ahead, %3 behind %4").arg(upstream.branch).arg(ahead).arg(behind).arg(theirs);
}

namespace remote {

QString redactUrl(const QString &url)
{
    if (!url.contains(QLatin1String("://")))
        return url; // a path or scp-like "git@host:org/repo": the user is not a secret there
    QUrl parsed(url);
    if (!parsed.isValid())
        return url.section(QLatin1Char('@'), -1);
    parsed.setUserInfo(QString());
    return parsed.toString();
}

Expected<Upstream> upstream(Repository &repo)
{
    git_repository *r = repo.handle();
    if (!r)
        return Error{Text::tr("no repository is open"), {}};
    const int detached = git_repository_head_detached(r);
    if (detached == 1)
        return Error{Text::tr("HEAD is detached (not on a branch), so there is nothing to share; check out the "
                              "release branch first, e.g. git switch main"),
                     {}};
    Reference head;
    const int rc = git_repository_head(head.out(), r);
    if (rc == GIT_EUNBORNBRANCH) {
        git_error_clear();
        return Error{Text::tr("the branch has no commits yet; commit a manifest first"), {}};
    }
    if (rc != 0)
        return Error{Text::tr("cannot read HEAD: %1").arg(git::lastError()), {}};
    Upstream up;
    const char *shortName = nullptr;
    if (git_branch_name(&shortName, head.get()) != 0)
        return Error{Text::tr("HEAD is not on a local branch; check out the release branch first"), {}};
    up.branch = QString::fromUtf8(shortName);
    const char *refName = git_reference_name(head.get());

    Buf remoteName;
    if (git_branch_upstream_remote(&remoteName.b, r, refName) != 0) {
        git_error_clear();
        return Error{Text::tr("the branch %1 has no upstream; set one with git branch --set-upstream-to=origin/%1 "
                              "(or push it once with git push -u origin %1)")
                         .arg(up.branch),
                     {}};
    }
    up.remote = remoteName.text();
    if (up.remote == QLatin1String(".")) {
        return Error{Text::tr("the branch %1 tracks a local branch, not a remote; set an upstream on a remote with "
                              "git branch --set-upstream-to=origin/%1")
                         .arg(up.branch),
                     {}};
    }
    Buf merge;
    if (git_branch_upstream_merge(&merge.b, r, refName) != 0) {
        git_error_clear();
        return Error{Text::tr("the branch %1 has no upstream branch (branch.%1.merge); set one with git branch "
                              "--set-upstream-to=%2/%1")
                         .arg(up.branch, up.remote),
                     {}};
    }
    up.mergeRef = merge.text();
    RemotePtr remote;
    if (git_remote_lookup(remote.out(), r, remoteName.b.ptr) != 0) {
        git_error_clear();
        return Error{Text::tr("the upstream of %1 is on the remote \"%2\", which is not configured; add it with "
                              "git remote add %2 URL")
                         .arg(up.branch, up.remote),
                     {}};
    }
    const char *url = git_remote_pushurl(remote.get());
    if (!url)
        url = git_remote_url(remote.get());
    up.url = redactUrl(QString::fromUtf8(url ? url : ""));
    Buf tracking;
    if (git_branch_upstream_name(&tracking.b, r, refName) != 0) {
        git_error_clear();
        return Error{Text::tr("no fetch refspec of %1 maps %2 to a tracking branch; check git config remote.%1.fetch")
                         .arg(up.remote, up.mergeRef),
                     {}};
    }
    up.trackingRef = tracking.text();
    return up;
}

Expected<AheadBehind> aheadBehind(Repository &repo)
{
    Expected<Upstream> up = upstream(repo);
    if (!up)
        return up.error();
    git_repository *r = repo.handle();
    AheadBehind result;
    result.upstream = *up;
    git_oid local;
    if (git_reference_name_to_id(&local, r, "HEAD") != 0)
        return Error{Text::tr("cannot read HEAD: %1").arg(git::lastError()), {}};
    git_oid theirs;
    if (git_reference_name_to_id(&theirs, r, up->trackingRef.toUtf8().constData()) != 0) {
        git_error_clear();
        result.upstreamExists = false;
        Revwalk walk;
        if (git_revwalk_new(walk.out(), r) != 0 || git_revwalk_push(walk.get(), &local) != 0)
            return Error{Text::tr("cannot walk the history: %1").arg(git::lastError()), {}};
        git_oid id;
        while (git_revwalk_next(&id, walk.get()) == 0)
            ++result.ahead;
        git_error_clear();
        return result;
    }
    size_t ahead = 0;
    size_t behind = 0;
    if (git_graph_ahead_behind(&ahead, &behind, r, &local, &theirs) != 0)
        return Error{Text::tr("cannot compare %1 with %2: %3").arg(up->branch, up->name(), git::lastError()), {}};
    result.ahead = int(ahead);
    result.behind = int(behind);
    return result;
}

Expected<AheadBehind> fetch(Repository &repo, const RemoteOptions &options)
{
    Expected<Upstream> up = upstream(repo);
    if (!up)
        return up.error();
    RemotePtr remote;
    if (git_remote_lookup(remote.out(), repo.handle(), up->remote.toUtf8().constData()) != 0)
        return Error{Text::tr("cannot open the remote %1: %2").arg(up->remote, git::lastError()), {}};
    CredentialState state;
    state.options = &options.credentials;
    state.repo = repo.handle();
    state.cancel = options.cancel;
    git_fetch_options fetchOptions = GIT_FETCH_OPTIONS_INIT;
    fetchOptions.callbacks = callbacksFor(state);
    qCInfo(rcGit) << "fetching" << up->remote << up->url;
    if (const int rc = git_remote_fetch(remote.get(), nullptr, &fetchOptions, "fetch"); rc != 0)
        return transferError(state, *up, Text::tr("fetch from"), rc);
    return aheadBehind(repo);
}

Expected<PushStatus> push(Repository &repo, const RemoteOptions &options)
{
    Expected<AheadBehind> before = aheadBehind(repo);
    if (!before)
        return before.error();
    const Upstream &up = before->upstream;
    if (before->upstreamExists && before->ahead == 0)
        return PushStatus::UpToDate;

    RemotePtr remote;
    if (git_remote_lookup(remote.out(), repo.handle(), up.remote.toUtf8().constData()) != 0)
        return Error{Text::tr("cannot open the remote %1: %2").arg(up.remote, git::lastError()), {}};
    CredentialState state;
    state.options = &options.credentials;
    state.repo = repo.handle();
    state.cancel = options.cancel;
    git_push_options pushOptions = GIT_PUSH_OPTIONS_INIT;
    pushOptions.callbacks = callbacksFor(state);

    QByteArray refspec = QByteArray("refs/heads/") + up.branch.toUtf8() + ':' + up.mergeRef.toUtf8();
    char *specs[] = {refspec.data()};
    const git_strarray refspecs = {specs, 1};
    qCInfo(rcGit) << "pushing" << up.branch << "to" << up.name() << up.url;
    const int rc = git_remote_push(remote.get(), &refspecs, &pushOptions);
    if (rc == GIT_ENONFASTFORWARD) {
        qCInfo(rcGit) << "push rejected, not a fast-forward:" << git::lastError();
        git_error_clear();
        return PushStatus::Rejected;
    }
    if (rc != 0)
        return transferError(state, up, Text::tr("push to"), rc);
    if (!state.rejectedStatus.isEmpty()) {
        const QString status = state.rejectedStatus;
        if (status.contains(QLatin1String("fast-forward")) || status.contains(QLatin1String("fetch first")) ||
            status.contains(QLatin1String("stale")))
            return PushStatus::Rejected;
        return Error{Text::tr("the remote %1 refused to update %2: %3; ask the repository's admins whether the "
                              "branch is protected")
                         .arg(up.remote, up.name(), status),
                     {}};
    }
    git_oid head;
    if (git_reference_name_to_id(&head, repo.handle(), "HEAD") == 0)
        qCInfo(rcGit) << "pushed" << oidHex(head) << "to" << up.name();
    git_error_clear();
    return PushStatus::Pushed;
}

} // namespace remote

} // namespace rc::core

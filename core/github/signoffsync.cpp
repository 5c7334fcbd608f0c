#include "signoffsync.h"

#include "git/repository.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QRegularExpression>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>

namespace rc::core {

namespace {

const QString ignoredMarkerStart = QStringLiteral("<!-- release-console: ignored-commands");

QString bareLogin(QString login)
{
    login = login.trimmed();
    if (login.startsWith(QLatin1Char('@')))
        login.remove(0, 1);
    return login;
}

QString atLogin(const QString &login)
{
    return QStringLiteral("@") + bareLogin(login);
}

bool sameLogin(const QString &a, const QString &b)
{
    return bareLogin(a).compare(bareLogin(b), Qt::CaseInsensitive) == 0;
}

QString markerOf(const QString &releaseId, const QString &component)
{
    // The first line of the issue body signoffIssue() writes.
    return signoffIssue(releaseId, component, {}, {}).body.section(QLatin1Char('\n'), 0, 0);
}

/// Every open sign-off issue for the component, oldest (lowest number) first: the console's
/// marker or the seed's exact title, as findOpenSignoffIssue() decides.
std::vector<std::size_t> matchingIssues(const std::vector<IssueSummary> &issues, const QString &releaseId,
                                        const QString &component)
{
    std::vector<std::size_t> out;
    std::vector<IssueSummary> rest = issues;
    std::vector<std::size_t> index(issues.size());
    for (std::size_t i = 0; i < index.size(); ++i)
        index[i] = i;
    while (const std::optional<IssueSummary> found = findOpenSignoffIssue(rest, releaseId, component)) {
        const auto it = std::find_if(rest.begin(), rest.end(), [&](const IssueSummary &s) { return s.number == found->number; });
        const std::size_t at = std::size_t(it - rest.begin());
        out.push_back(index[at]);
        rest.erase(it);
        index.erase(index.begin() + qsizetype(at));
    }
    std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return issues[a].number < issues[b].number; });
    return out;
}

GitHubError protocolError(const QString &message)
{
    return GitHubError{GitHubErrorKind::Protocol, 0, message, {}};
}

QDateTime wholeSeconds(QDateTime time)
{
    time = time.toUTC();
    time.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return time;
}

} // namespace

SignoffPolicy signoffPolicyFor(const RepositoryRules &rules, const Component &component)
{
    SignoffPolicy policy;
    if (const ComponentRule *rule = rules.component(component.name))
        policy.teamLead = rule->teamLead;
    if (policy.teamLead.trimmed().isEmpty())
        policy.teamLead = component.teamLead;
    policy.allowedUsers = rules.signoffAllowedUsersFor(component.name);
    return policy;
}

bool SignoffRequestReport::ok() const
{
    return error.kind == GitHubErrorKind::None
        && std::none_of(items.cbegin(), items.cend(),
                        [](const SignoffRequestItem &i) { return i.outcome == SignoffRequestItem::Outcome::Failed; });
}

bool SignoffCheckReport::ok() const
{
    return error.kind == GitHubErrorKind::None && writeError.isEmpty()
        && std::none_of(items.cbegin(), items.cend(), [](const SignoffCheckItem &i) { return !i.error.isEmpty(); });
}

QString signoffRequestOutcomeName(SignoffRequestItem::Outcome outcome)
{
    switch (outcome) {
    case SignoffRequestItem::Outcome::Created: return QStringLiteral("created");
    case SignoffRequestItem::Outcome::AlreadyOpen: return QStringLiteral("already_open");
    case SignoffRequestItem::Outcome::NotNeeded: return QStringLiteral("not_needed");
    case SignoffRequestItem::Outcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString signoffStateName(SignoffState state)
{
    switch (state) {
    case SignoffState::Pending: return QStringLiteral("pending");
    case SignoffState::Approved: return QStringLiteral("approved");
    case SignoffState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString signoffAppliedName(SignoffCheckItem::Applied applied)
{
    switch (applied) {
    case SignoffCheckItem::Applied::Nothing: return QStringLiteral("nothing");
    case SignoffCheckItem::Applied::Saved: return QStringLiteral("saved");
    case SignoffCheckItem::Applied::AlreadyRecorded: return QStringLiteral("already_recorded");
    case SignoffCheckItem::Applied::KeptNewer: return QStringLiteral("kept_newer");
    case SignoffCheckItem::Applied::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString ignoredCommandKey(const IgnoredCommand &command)
{
    const QByteArray hash = QCryptographicHash::hash(command.line.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QString::number(command.commentId) + QLatin1Char(':') + QString::fromLatin1(hash);
}

QStringList reportedIgnoredKeys(const std::vector<IssueComment> &comments)
{
    static const QRegularExpression marker(QStringLiteral("<!-- release-console: ignored-commands ([0-9a-f:, ]*) -->"));
    QStringList keys;
    for (const IssueComment &c : comments) {
        const QRegularExpressionMatch m = marker.match(c.body);
        if (m.hasMatch())
            keys += m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return keys;
}

QString ignoredCommandsComment(const std::vector<IgnoredCommand> &commands, const SignoffPolicy &policy)
{
    QString body = QObject::tr("These sign-off commands did not count:\n\n");
    QStringList keys;
    for (const IgnoredCommand &c : commands) {
        // In a code span, so the line quoted here is never read as a command itself.
        QString line = c.line;
        line.replace(QLatin1Char('`'), QLatin1Char('\''));
        body += QObject::tr("- `%1` by @%2 (%3): %4\n")
                    .arg(line, c.login.isEmpty() ? QObject::tr("a deleted account") : c.login,
                         formatTimestamp(c.at), c.why);
        keys << ignoredCommandKey(c);
    }
    QStringList who;
    if (!bareLogin(policy.teamLead).isEmpty())
        who << atLogin(policy.teamLead);
    for (const QString &u : policy.allowedUsers)
        who << atLogin(u);
    body += QObject::tr("\nTo sign off, %1 (with write access to the repository) writes a comment with a line that "
                        "says exactly `/approve`, or `/reject REASON`.\n")
                .arg(who.isEmpty() ? QObject::tr("the team lead") : who.join(QLatin1String(", ")));
    body += ignoredMarkerStart + QLatin1Char(' ') + keys.join(QLatin1Char(' ')) + QStringLiteral(" -->\n");
    return body;
}

// -------------------------------------------------------------------------------------------------

struct SignoffSync::RequestRun
{
    QString releaseId;
    struct Target
    {
        QString component;
        QString version;
        SignoffPolicy policy;
        std::size_t item = 0;
        bool created = false;
        bool uncertain = false; ///< the POST got no answer: whether it took effect is unknown
    };
    std::vector<Target> targets;
    std::size_t next = 0;
    QList<qint64> numbersBefore; ///< open sign-off issues before this run
    SignoffRequestReport report;
    RequestCallback done;
};

struct SignoffSync::CheckRun
{
    RepositoryRules rules;
    CheckOptions options;
    std::optional<ManifestFile> file;
    QHash<QString, Permission> permissions; ///< by lower-case login, looked up during this check
    std::vector<SignoffPolicy> policies; ///< per item
    std::vector<std::vector<IgnoredCommand>> newIgnored; ///< per item: not yet reported on the issue
    std::vector<QStringList> reported; ///< per item: keys of ignored commands already reported
    std::size_t next = 0;
    SignoffCheckReport report;
    CheckCallback done;
};

SignoffSync::SignoffSync(GitHubClient *client, GitHubRepositoryName repository, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(std::move(repository))
{
}

SignoffSync::~SignoffSync()
{
    m_pool.waitForDone();
}

QString SignoffSync::repoPath() const
{
    return QStringLiteral("/repos/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_repository.owner)),
                                              QString::fromLatin1(QUrl::toPercentEncoding(m_repository.name)));
}

void SignoffSync::listIssues(std::function<void(const GitHubPages &)> done)
{
    m_client->getAllPages(repoPath() + QStringLiteral("/issues?state=open&labels=sign-off-required&per_page=100"),
                          QString(), tr("the open sign-off issues of %1").arg(m_repository.fullName()), this,
                          std::move(done));
}

// -- requests -------------------------------------------------------------------------------------

void SignoffSync::request(const Manifest &manifest, const RepositoryRules &rules, RequestCallback done)
{
    auto run = std::make_shared<RequestRun>();
    run->releaseId = manifest.release.id;
    run->report.releaseId = manifest.release.id;
    run->done = std::move(done);
    for (const Component &c : manifest.components) {
        SignoffRequestItem item;
        item.component = c.name;
        item.signOff = toString(c.signOff);
        if (c.signOff == SignOff::Pending || c.signOff == SignOff::Rejected) {
            run->targets.push_back({c.name, c.newVersion, signoffPolicyFor(rules, c), run->report.items.size(), false, false});
        }
        run->report.items.push_back(item);
    }
    if (!m_client) {
        run->report.error = protocolError(tr("no GitHub client"));
        QMetaObject::invokeMethod(this, [run] { run->done(run->report); }, Qt::QueuedConnection);
        return;
    }
    if (run->targets.empty()) {
        QMetaObject::invokeMethod(this, [run] { run->done(run->report); }, Qt::QueuedConnection);
        return;
    }
    listIssues([this, run](const GitHubPages &pages) {
        if (!pages.ok()) {
            run->report.error = pages.error;
            run->report.items.clear();
            run->done(run->report);
            return;
        }
        const Expected<std::vector<IssueSummary>> issues = parseIssues(pages.items);
        if (!issues || pages.truncated) {
            run->report.error = protocolError(!issues ? issues.error().toString()
                                                      : tr("more open sign-off issues than %1 pages hold; close the ones of "
                                                           "past releases and try again")
                                                            .arg(pages.pages));
            run->report.items.clear();
            run->done(run->report);
            return;
        }
        for (const IssueSummary &i : *issues)
            run->numbersBefore << i.number;
        for (RequestRun::Target &t : run->targets) {
            SignoffRequestItem &item = run->report.items[t.item];
            const std::vector<std::size_t> found = matchingIssues(*issues, run->releaseId, t.component);
            if (found.empty())
                continue;
            item.outcome = SignoffRequestItem::Outcome::AlreadyOpen;
            item.issueNumber = (*issues)[found.front()].number;
            item.issueUrl = (*issues)[found.front()].htmlUrl;
            for (std::size_t k = 1; k < found.size(); ++k)
                item.duplicates << (*issues)[found[k]].number;
        }
        requestNext(run);
    });
}

void SignoffSync::requestNext(std::shared_ptr<RequestRun> run)
{
    while (run->next < run->targets.size()
           && run->report.items[run->targets[run->next].item].outcome == SignoffRequestItem::Outcome::AlreadyOpen)
        ++run->next;
    if (run->next >= run->targets.size()) {
        requestVerify(run);
        return;
    }
    createIssue(run, run->next++, true);
}

void SignoffSync::createIssue(std::shared_ptr<RequestRun> run, std::size_t index, bool withAssignee)
{
    RequestRun::Target &target = run->targets[index];
    const SignoffIssue issue = signoffIssue(run->releaseId, target.component, target.version, target.policy);
    QJsonObject body{{QStringLiteral("title"), issue.title},
                     {QStringLiteral("body"), issue.body},
                     {QStringLiteral("labels"), QJsonArray::fromStringList(issue.labels)}};
    const QString lead = bareLogin(target.policy.teamLead);
    if (withAssignee && !lead.isEmpty())
        body.insert(QStringLiteral("assignees"), QJsonArray{lead});
    m_client->post(repoPath() + QStringLiteral("/issues"), body,
                   tr("the repository %1").arg(m_repository.fullName()), this,
                   [this, run, index, withAssignee, lead](const GitHubResult &result) {
        RequestRun::Target &target = run->targets[index];
        SignoffRequestItem &item = run->report.items[target.item];
        if (result.ok()) {
            const Expected<IssueSummary> created = parseIssue(result.response.json().object());
            target.created = true;
            item.outcome = SignoffRequestItem::Outcome::Created;
            if (created) {
                item.issueNumber = created->number;
                item.issueUrl = created->htmlUrl;
                // GitHub drops labels silently for tokens without push access, and an unlabelled issue
                // is invisible to the next request and to the check.
                if (!created->labels.contains(QLatin1String("sign-off-required"), Qt::CaseInsensitive))
                    item.message = tr("GitHub dropped the labels (the token needs push access to set them): add the label "
                                      "sign-off-required to #%1 by hand, or the check will not find it")
                                       .arg(created->number);
            }
            if (!withAssignee && !lead.isEmpty() && item.message.isEmpty())
                item.message = tr("@%1 could not be assigned; the issue mentions them instead").arg(lead);
            requestNext(run);
            return;
        }
        const GitHubError &error = result.error;
        if (error.kind == GitHubErrorKind::Validation && withAssignee
            && error.message.contains(QLatin1String("assignee"), Qt::CaseInsensitive)) {
            // A 422 created nothing, so sending it again without the assignee is safe.
            createIssue(run, index, false);
            return;
        }
        if (error.kind == GitHubErrorKind::Timeout || error.kind == GitHubErrorKind::Network) {
            // The issue may exist: the next listing decides, never a second POST.
            target.uncertain = true;
            item.message = error.message;
            requestNext(run);
            return;
        }
        item.outcome = SignoffRequestItem::Outcome::Failed;
        item.message = error.message;
        if (error.kind == GitHubErrorKind::Unauthorized || error.kind == GitHubErrorKind::Forbidden
            || error.kind == GitHubErrorKind::NotFound || error.kind == GitHubErrorKind::RateLimited) {
            // Every other issue would fail the same way.
            for (std::size_t k = index + 1; k < run->targets.size(); ++k) {
                SignoffRequestItem &other = run->report.items[run->targets[k].item];
                if (other.outcome == SignoffRequestItem::Outcome::AlreadyOpen)
                    continue;
                other.outcome = SignoffRequestItem::Outcome::Failed;
                other.message = tr("not attempted: %1").arg(error.message);
            }
            run->next = run->targets.size();
        }
        requestNext(run);
    });
}

void SignoffSync::requestVerify(std::shared_ptr<RequestRun> run)
{
    const bool wrote = std::any_of(run->targets.cbegin(), run->targets.cend(),
                                   [](const RequestRun::Target &t) { return t.created || t.uncertain; });
    if (!wrote) {
        run->done(run->report);
        return;
    }
    // Listed again after the POSTs: a POST without an answer is decided by its marker, and a POST
    // that Qt re-sent on a dropped connection shows up as a second issue with the same marker.
    listIssues([this, run](const GitHubPages &pages) {
        const Expected<std::vector<IssueSummary>> issues = pages.ok() ? parseIssues(pages.items)
                                                                      : Expected<std::vector<IssueSummary>>(Error{pages.error.message, {}});
        std::vector<std::pair<std::size_t, qint64>> toClose; // item, issue number
        for (RequestRun::Target &t : run->targets) {
            if (!t.created && !t.uncertain)
                continue;
            SignoffRequestItem &item = run->report.items[t.item];
            if (!issues) {
                if (t.uncertain) {
                    item.outcome = SignoffRequestItem::Outcome::Failed;
                    item.message = tr("GitHub did not answer the request to open the issue (%1), and the issues could "
                                      "not be listed to see whether it was opened (%2); run the request again, it "
                                      "never opens a second issue")
                                       .arg(item.message, issues.error().message);
                }
                continue;
            }
            const std::vector<std::size_t> found = matchingIssues(*issues, run->releaseId, t.component);
            if (found.empty()) {
                if (t.uncertain) {
                    item.outcome = SignoffRequestItem::Outcome::Failed;
                    item.message = tr("GitHub did not answer the request to open the issue (%1) and no issue "
                                      "appeared; run the request again")
                                       .arg(item.message);
                }
                continue;
            }
            const IssueSummary &keeper = (*issues)[found.front()];
            if (t.uncertain) {
                item.outcome = SignoffRequestItem::Outcome::Created;
                item.message = tr("GitHub did not answer, but the issue was opened");
            }
            item.issueNumber = keeper.number;
            item.issueUrl = keeper.htmlUrl;
            const QString marker = markerOf(run->releaseId, t.component);
            for (std::size_t k = 1; k < found.size(); ++k) {
                const std::size_t at = found[k];
                const IssueSummary &extra = (*issues)[at];
                item.duplicates << extra.number;
                // Only an issue that appeared during this request, carries the console's marker and
                // has no comment yet is closed: that one cannot hold anybody's answer.
                const bool fresh = !run->numbersBefore.contains(extra.number);
                const bool ours = extra.body.contains(marker);
                const bool quiet = pages.items.at(qsizetype(at)).toObject().value(QLatin1String("comments")).toInt() == 0;
                if (fresh && ours && quiet)
                    toClose.emplace_back(t.item, extra.number);
            }
        }
        closeDuplicates(run, std::move(toClose));
    });
}

void SignoffSync::closeDuplicates(std::shared_ptr<RequestRun> run, std::vector<std::pair<std::size_t, qint64>> pending)
{
    if (pending.empty()) {
        run->done(run->report);
        return;
    }
    const auto [item, number] = pending.front();
    pending.erase(pending.begin());
    const QJsonObject body{{QStringLiteral("state"), QStringLiteral("closed")},
                           {QStringLiteral("state_reason"), QStringLiteral("duplicate")}};
    m_client->patch(repoPath() + QStringLiteral("/issues/%1").arg(number), body, tr("issue #%1").arg(number), this,
                    [this, run, item, number, pending](const GitHubResult &result) {
        SignoffRequestItem &it = run->report.items[item];
        if (result.ok()) {
            it.duplicates.removeAll(number);
            it.closedDuplicates << number;
        } else {
            const QString note = tr("#%1 duplicates #%2 and could not be closed: %3")
                                     .arg(number)
                                     .arg(it.issueNumber)
                                     .arg(result.error.message);
            it.message = it.message.isEmpty() ? note : it.message + QLatin1String("; ") + note;
        }
        closeDuplicates(run, pending);
    });
}

// -- checks ---------------------------------------------------------------------------------------

void SignoffSync::check(const RepositoryRules &rules, const CheckOptions &options, CheckCallback done)
{
    auto run = std::make_shared<CheckRun>();
    run->rules = rules;
    run->options = options;
    run->done = std::move(done);
    auto finishSoon = [this, run] { QMetaObject::invokeMethod(this, [run] { run->done(run->report); }, Qt::QueuedConnection); };

    // Read now: the edits are later checked against exactly these bytes.
    Expected<ManifestFile> loaded = ManifestFile::load(options.manifestPath, options.relativePath);
    if (!loaded) {
        run->report.writeError = loaded.error().toString();
        finishSoon();
        return;
    }
    if (!loaded->manifest()) {
        const std::vector<Diagnostic> &errors = loaded->parseResult().errors;
        run->report.writeError = tr("%1 has errors; fix them first: %2")
                                     .arg(options.relativePath, errors.empty() ? tr("it is not a manifest") : errors.front().toString());
        finishSoon();
        return;
    }
    run->file.emplace(std::move(loaded).value());
    const Manifest &manifest = *run->file->manifest();
    run->report.releaseId = manifest.release.id;
    for (const Component &c : manifest.components) {
        SignoffCheckItem item;
        item.component = c.name;
        item.signOffBefore = toString(c.signOff);
        run->report.items.push_back(item);
        run->policies.push_back(signoffPolicyFor(rules, c));
        run->newIgnored.emplace_back();
        run->reported.emplace_back();
    }
    if (!m_client) {
        run->report.error = protocolError(tr("no GitHub client"));
        finishSoon();
        return;
    }
    listIssues([this, run](const GitHubPages &pages) {
        if (!pages.ok()) {
            run->report.error = pages.error;
            run->done(run->report);
            return;
        }
        const Expected<std::vector<IssueSummary>> issues = parseIssues(pages.items);
        if (!issues) {
            run->report.error = protocolError(issues.error().toString());
            run->done(run->report);
            return;
        }
        const Manifest &manifest = *run->file->manifest();
        for (std::size_t i = 0; i < run->report.items.size(); ++i) {
            SignoffCheckItem &item = run->report.items[i];
            if (manifest.components[i].signOff == SignOff::NotRequired)
                continue;
            const std::vector<std::size_t> found = matchingIssues(*issues, manifest.release.id, item.component);
            if (found.empty())
                continue;
            item.issueNumber = (*issues)[found.front()].number;
            item.issueUrl = (*issues)[found.front()].htmlUrl;
            if (found.size() > 1)
                item.message = tr("more than one open sign-off issue (#%1 and %2 more); only #%1 is read")
                                   .arg(item.issueNumber)
                                   .arg(found.size() - 1);
        }
        checkNext(run);
    });
}

void SignoffSync::checkNext(std::shared_ptr<CheckRun> run)
{
    while (run->next < run->report.items.size() && run->report.items[run->next].issueNumber == 0)
        ++run->next;
    if (run->next >= run->report.items.size()) {
        checkWrite(run);
        return;
    }
    const std::size_t index = run->next++;
    const qint64 number = run->report.items[index].issueNumber;
    m_client->getAllPages(repoPath() + QStringLiteral("/issues/%1/comments?per_page=100").arg(number), QString(),
                          tr("issue #%1").arg(number), this, [this, run, index](const GitHubPages &pages) {
        SignoffCheckItem &item = run->report.items[index];
        Expected<std::vector<IssueComment>> parsed = pages.ok() ? parseIssueComments(pages.items)
                                                                : Expected<std::vector<IssueComment>>(Error{pages.error.message, {}});
        if (!parsed || pages.truncated) {
            item.applied = SignoffCheckItem::Applied::Failed;
            item.error = !parsed ? tr("the comments of #%1 could not be read: %2").arg(item.issueNumber).arg(parsed.error().toString())
                                 : tr("#%1 has more comments than %2 pages hold; not decided").arg(item.issueNumber).arg(pages.pages);
            checkNext(run);
            return;
        }
        run->reported[index] = reportedIgnoredKeys(*parsed);
        std::vector<IssueComment> comments;
        for (IssueComment &c : *parsed) {
            // The console's own notes quote ignored commands; they are never commands themselves.
            if (!c.body.contains(ignoredMarkerStart))
                comments.push_back(std::move(c));
        }
        QStringList logins;
        for (const QString &login : loginsNeedingPermission(comments, run->policies[index]))
            if (!run->permissions.contains(login.toLower()))
                logins << login;
        checkPermissions(run, index, logins, std::move(comments));
    });
}

void SignoffSync::checkPermissions(std::shared_ptr<CheckRun> run, std::size_t index, QStringList logins,
                                   std::vector<IssueComment> comments)
{
    if (logins.isEmpty()) {
        SignoffCheckItem &item = run->report.items[index];
        item.decision = decideSignoff(comments, run->policies[index], run->permissions);
        for (const IgnoredCommand &c : item.decision.ignored)
            if (!run->reported[index].contains(ignoredCommandKey(c)))
                run->newIgnored[index].push_back(c);
        checkNext(run);
        return;
    }
    const QString login = logins.takeFirst();
    m_client->get(repoPath() + QStringLiteral("/collaborators/%1/permission").arg(QString::fromLatin1(QUrl::toPercentEncoding(login))),
                  tr("the repository permission of @%1").arg(login), this,
                  [this, run, index, login, logins, comments](const GitHubResult &result) {
        SignoffCheckItem &item = run->report.items[index];
        const Expected<Permission> p = result.ok() ? parseCollaboratorPermission(result.response.json().object())
                                                   : Expected<Permission>(Error{result.error.message, {}});
        if (p) {
            run->permissions.insert(login.toLower(), *p);
        } else if (result.error.kind == GitHubErrorKind::NotFound) {
            // Not a collaborator, or no such user: no access to speak of.
            run->permissions.insert(login.toLower(), Permission::None);
        } else {
            // Left out of the map: decideSignoff() reports the command as unverified.
            item.error = tr("the repository permission of @%1 could not be read, so their command was not counted: %2")
                             .arg(login, p.error().toString());
        }
        checkPermissions(run, index, logins, comments);
    });
}

namespace {

struct WriteJob
{
    std::size_t item = 0;
    SignOffEdit edit;
    QString message;
};

struct WriteOutcome
{
    std::size_t item = 0;
    bool saved = false;
    QString commit;
};

struct WriteResult
{
    std::vector<WriteOutcome> outcomes;
    QString error;
};

/// Whether the manifest already holds the issue's decision, holds a newer one, or needs the edit.
SignoffCheckItem::Applied classify(const Component &c, const SignoffDecision &d)
{
    const QDateTime at = wholeSeconds(d.at);
    if (d.state == SignoffState::Approved && c.signOff == SignOff::Approved)
        return SignoffCheckItem::Applied::AlreadyRecorded;
    if (d.state == SignoffState::Rejected && c.signOff == SignOff::Rejected && sameLogin(c.rejectedBy, d.login)
        && c.reason == d.reason)
        return SignoffCheckItem::Applied::AlreadyRecorded;
    // A decision written in the manifest after the comment (by hand, or with releasectl signoff) wins.
    const QDateTime recorded = c.signOff == SignOff::Approved ? c.approvedAt
        : c.signOff == SignOff::Rejected                     ? c.rejectedAt
                                                             : QDateTime();
    if (recorded.isValid() && recorded > at)
        return SignoffCheckItem::Applied::KeptNewer;
    return SignoffCheckItem::Applied::Saved;
}

WriteResult writeEdits(ManifestFile file, const QString &workdir, bool commit, const std::vector<WriteJob> &jobs)
{
    WriteResult result;
    std::optional<Repository> repo;
    if (commit) {
        Expected<Repository> opened = Repository::discover(workdir);
        if (!opened) {
            result.error = opened.error().toString();
            return result;
        }
        repo.emplace(std::move(opened).value());
    }
    for (const WriteJob &job : jobs) {
        const Expected<Done> saved = file.applyAndSave(job.edit);
        if (!saved) {
            result.error = file.changedOnDisk()
                ? QObject::tr("%1 changed on disk since the check read it, so no more decisions were written to it; "
                              "run the check again")
                      .arg(file.displayName())
                : QObject::tr("%1 was not saved: %2").arg(file.displayName(), saved.error().toString());
            return result;
        }
        WriteOutcome outcome{job.item, true, {}};
        if (repo) {
            const Expected<QString> id = repo->commitFile(file.displayName(), job.message);
            if (!id) {
                result.outcomes.push_back(outcome);
                result.error = QObject::tr("%1 was saved but not committed: %2; commit it yourself, or fix the cause and "
                                           "commit with your git tools")
                                   .arg(file.displayName(), id.error().toString());
                return result;
            }
            outcome.commit = *id;
        }
        result.outcomes.push_back(outcome);
    }
    return result;
}

} // namespace

void SignoffSync::checkWrite(std::shared_ptr<CheckRun> run)
{
    const Manifest &manifest = *run->file->manifest();
    std::vector<WriteJob> jobs;
    for (std::size_t i = 0; i < run->report.items.size(); ++i) {
        SignoffCheckItem &item = run->report.items[i];
        const SignoffDecision &d = item.decision;
        if (item.applied == SignoffCheckItem::Applied::Failed || d.state == SignoffState::Pending)
            continue;
        item.applied = classify(manifest.components[i], d);
        if (item.applied != SignoffCheckItem::Applied::Saved)
            continue;
        item.applied = SignoffCheckItem::Applied::Nothing; // until the worker says it was saved
        WriteJob job;
        job.item = i;
        job.edit.component = item.component;
        job.edit.value = d.state == SignoffState::Approved ? SignOff::Approved : SignOff::Rejected;
        job.edit.by = atLogin(d.login);
        job.edit.reason = d.reason;
        job.edit.at = wholeSeconds(d.at);
        job.message = describeEdit(manifest, ManifestEdit(job.edit))
            + tr("\n\nFrom %1 on issue #%2 (comment %3): %4")
                  .arg(d.state == SignoffState::Approved ? QStringLiteral("/approve") : QStringLiteral("/reject"))
                  .arg(item.issueNumber)
                  .arg(d.commentId)
                  .arg(item.issueUrl)
            + QLatin1Char('\n');
        jobs.push_back(job);
    }
    if (jobs.empty()) {
        checkFollowUp(run, 0);
        return;
    }
    ManifestFile file = *run->file;
    const QString workdir = run->options.workdir;
    const bool commit = run->options.commit;
    QPointer<SignoffSync> self(this);
    m_pool.start([self, run, file, workdir, commit, jobs] {
        WriteResult result = writeEdits(file, workdir, commit, jobs);
        // The destructor waits for this job, so `self` is alive here; the queued call is dropped
        // if it is destroyed before the call is delivered.
        QMetaObject::invokeMethod(self.data(), [self, run, result] {
            for (const WriteOutcome &o : result.outcomes) {
                run->report.items[o.item].applied = SignoffCheckItem::Applied::Saved;
                run->report.items[o.item].commit = o.commit;
            }
            run->report.writeError = result.error;
            self->checkFollowUp(run, 0);
        }, Qt::QueuedConnection);
    });
}

void SignoffSync::checkFollowUp(std::shared_ptr<CheckRun> run, std::size_t index)
{
    while (index < run->report.items.size()) {
        SignoffCheckItem &item = run->report.items[index];
        if (item.issueNumber != 0 && item.applied != SignoffCheckItem::Applied::Failed) {
            if (!run->newIgnored[index].empty())
                break;
            const bool recorded = item.applied == SignoffCheckItem::Applied::Saved
                || item.applied == SignoffCheckItem::Applied::AlreadyRecorded;
            if (item.decision.state == SignoffState::Approved && recorded)
                break;
        }
        ++index;
    }
    if (index >= run->report.items.size()) {
        run->done(run->report);
        return;
    }
    SignoffCheckItem &item = run->report.items[index];
    const QString issuePath = repoPath() + QStringLiteral("/issues/%1").arg(item.issueNumber);
    if (!run->newIgnored[index].empty()) {
        const QString body = ignoredCommandsComment(run->newIgnored[index], run->policies[index]);
        run->newIgnored[index].clear();
        m_client->post(issuePath + QStringLiteral("/comments"), QJsonObject{{QStringLiteral("body"), body}},
                       tr("issue #%1").arg(item.issueNumber), this, [this, run, index](const GitHubResult &result) {
            SignoffCheckItem &item = run->report.items[index];
            if (result.ok())
                item.commented = true;
            else
                // Not sent again: a lost answer may hide a posted comment, and the next check
                // finds its marker or posts it then.
                item.error = tr("the note about ignored commands could not be posted on #%1: %2")
                                 .arg(item.issueNumber)
                                 .arg(result.error.message);
            checkFollowUp(run, index);
        });
        return;
    }
    const QJsonObject body{{QStringLiteral("state"), QStringLiteral("closed")},
                           {QStringLiteral("state_reason"), QStringLiteral("completed")}};
    m_client->patch(issuePath, body, tr("issue #%1").arg(item.issueNumber), this, [this, run, index](const GitHubResult &result) {
        SignoffCheckItem &item = run->report.items[index];
        if (result.ok()) {
            item.closed = true;
        } else {
            item.error = tr("#%1 could not be closed: %2; the sign-off is recorded, close the issue by hand")
                             .arg(item.issueNumber)
                             .arg(result.error.message);
        }
        checkFollowUp(run, index + 1);
    });
}

} // namespace rc::core

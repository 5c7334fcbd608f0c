#include "fakegithub.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <map>

Q_LOGGING_CATEGORY(lcFakeGitHub, "rc.fakegithub")

static void initFakeGitHubResources()
{
    Q_INIT_RESOURCE(fakegithub_examples);
}

namespace rc::fakegithub {

namespace {

const QString kDocsRest = QStringLiteral("https://docs.github.com/rest");
const QString kSecondaryDocs = QStringLiteral(
    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits");

QJsonObject example(const QString &name)
{
    static QHash<QString, QJsonObject> cache;
    auto it = cache.find(name);
    if (it != cache.end())
        return *it;
    QFile file(QStringLiteral(":/fakegithub/examples/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcFakeGitHub) << "missing example" << name;
        return {};
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    cache.insert(name, object);
    return object;
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(iso(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
};

Reply jsonReply(int status, const QJsonValue &value)
{
    Reply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

Reply errorReply(int status, const QString &message, const QString &docs = kDocsRest)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("message"), message},
                                         {QStringLiteral("documentation_url"), docs},
                                         {QStringLiteral("status"), QString::number(status)}});
}

Reply emptyReply(int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType.clear();
    return reply;
}

struct Step
{
    StepSpec spec;
    int number = 0;
    QString status = QStringLiteral("queued");
    QString conclusion;
    QDateTime startedAt;
    QDateTime completedAt;
};

struct Job
{
    qint64 id = 0;
    QString name;
    QString status = QStringLiteral("queued");
    QString conclusion;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QList<Step> steps;
    QStringList extraLog;
};

struct PendingDeployment
{
    qint64 environmentId = 0;
    QString environment;
    QDateTime since;
};

struct Run
{
    qint64 id = 0;
    qint64 workflowId = 0;
    int runNumber = 0;
    int runAttempt = 1;
    QString title;
    QString headBranch;
    QString headSha;
    QString event;
    QString actor;
    QString status = QStringLiteral("queued");
    QString conclusion;
    QJsonObject inputs;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime runStartedAt;
    QList<Job> jobs;
    QList<PendingDeployment> pending;
    qint64 autoDueMs = -1;
};

struct Comment
{
    qint64 id = 0;
    QString login;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Issue
{
    qint64 id = 0;
    int number = 0;
    QString title;
    QString body;
    QString state = QStringLiteral("open");
    QString stateReason;
    QStringList labels;
    QString author;
    QString closedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt;
    QList<Comment> comments;
};

struct User
{
    QString login;
    qint64 id = 0;
    Permission permission = Permission::None;
};

struct RateState
{
    int used = 0;
};

struct Request
{
    QHttpServerRequest::Method method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QStringList args;
    QByteArray ifNoneMatch;
    QString token;
    const User *user = nullptr;
};

struct Route
{
    QHttpServerRequest::Method method;
    QString endpoint; // "GET /repos/{owner}/{repo}"
    QRegularExpression pattern;
    Permission needs = Permission::Read;
    bool repoScoped = true;
    QString docs;
    std::function<Reply(Request &)> handler;
};

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    default: return QStringLiteral("OTHER");
    }
}

} // namespace

QString roleName(Permission permission)
{
    switch (permission) {
    case Permission::None: return QStringLiteral("none");
    case Permission::Read: return QStringLiteral("read");
    case Permission::Triage: return QStringLiteral("triage");
    case Permission::Write: return QStringLiteral("write");
    case Permission::Maintain: return QStringLiteral("maintain");
    case Permission::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("none");
}

WorkflowSpec releaseTrainWorkflow()
{
    WorkflowSpec spec;
    spec.id = 161335;
    spec.name = QStringLiteral("Release Train");
    spec.path = QStringLiteral(".github/workflows/release-train.yml");
    // As resources/demo/release-train.yml declares them (the demo workspace's workflow), except
    // that `action` has a default here, so requests that probe other inputs need not name one.
    spec.runName = QStringLiteral(
        "${{ inputs.action }} ${{ inputs.release_id }} [${{ inputs.correlation_id }}]");
    spec.inputs = {
        {QStringLiteral("release_id"), true, QString(), {}},
        {QStringLiteral("action"), false, QStringLiteral("check_signoffs"),
         {QStringLiteral("create_release"), QStringLiteral("request_signoffs"), QStringLiteral("check_signoffs"),
          QStringLiteral("deploy_production"), QStringLiteral("rollback")}},
        {QStringLiteral("dry_run"), false, QStringLiteral("true"),
         {QStringLiteral("true"), QStringLiteral("false")}},
        {QStringLiteral("correlation_id"), false, QString(), {}},
        {QStringLiteral("reason"), false, QString(), {}},
    };
    spec.jobs = {
        {QStringLiteral("validate"),
         {{QStringLiteral("Set up job")}, {QStringLiteral("Check out repository")},
          {QStringLiteral("Validate manifest")}, {QStringLiteral("Complete job")}}},
        {QStringLiteral("deploy"),
         {{QStringLiteral("Set up job")}, {QStringLiteral("Deploy components")},
          {QStringLiteral("Smoke test")}, {QStringLiteral("Complete job")}}},
    };
    return spec;
}

class FakeGitHubPrivate : public QAbstractHttpServer
{
public:
    explicit FakeGitHubPrivate(FakeGitHub *q) : q(q)
    {
        initFakeGitHubResources();
        m_autoTimer.setInterval(20);
        QObject::connect(&m_autoTimer, &QTimer::timeout, this, [this] { autoTick(); });
        buildRoutes();
    }

    FakeGitHub *q;
    QString m_error;
    quint16 m_port = 0;
    QString m_owner = QStringLiteral("octo-org");
    QString m_repo = QStringLiteral("octo-repo");
    QString m_defaultBranch = QStringLiteral("main");
    QStringList m_refs;
    std::map<QString, User> m_tokens;
    QHash<QString, User> m_users; // by login
    std::map<qint64, WorkflowSpec> m_workflows;
    std::map<qint64, Run> m_runs;
    std::map<int, Issue> m_issues;
    QHash<QString, RateState> m_rate; // by login
    int m_rateLimit = 5000;
    QDateTime m_rateReset;
    DispatchMode m_dispatchMode = DispatchMode::RunDetails;
    bool m_logsRedirect = true;
    QDateTime m_fixedNow;
    qint64 m_clockOffset = 0;
    qint64 m_nextRunId = 30433642;
    qint64 m_nextJobId = 399444496;
    qint64 m_nextIssueId = 1;
    qint64 m_nextCommentId = 1;
    qint64 m_nextEnvironmentId = 161088068;
    qint64 m_nextUserId = 583231;
    QList<Fault> m_faults;
    Counters m_counters;
    QList<Route> m_routes;
    QTimer m_autoTimer;
    QElapsedTimer m_autoClock;
    double m_autoScale = 1.0;

    QDateTime now() const
    {
        const QDateTime base = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
        return base.addSecs(m_clockOffset).toUTC();
    }

    QString api() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString repoApi() const { return api() + QStringLiteral("/repos/%1/%2").arg(m_owner, m_repo); }
    QString repoHtml() const { return api() + QStringLiteral("/%1/%2").arg(m_owner, m_repo); }

    User &userFor(const QString &login)
    {
        auto it = m_users.find(login);
        if (it == m_users.end()) {
            User user;
            user.login = login;
            user.id = m_nextUserId++;
            it = m_users.insert(login, user);
        }
        return *it;
    }

    // ---- JSON builders --------------------------------------------------------------------

    QJsonObject userJson(const QString &login)
    {
        const User &user = userFor(login);
        QJsonObject o = example(QStringLiteral("workflow-run"))
                            .value(QStringLiteral("actor"))
                            .toObject();
        const QString url = api() + QStringLiteral("/users/") + login;
        o[QStringLiteral("login")] = login;
        o[QStringLiteral("id")] = user.id;
        o[QStringLiteral("node_id")] = QString::fromLatin1(
            QByteArray("MDQ6VXNlcj" + QByteArray::number(user.id)).toBase64());
        o[QStringLiteral("url")] = url;
        o[QStringLiteral("html_url")] = api() + QLatin1Char('/') + login;
        o[QStringLiteral("followers_url")] = url + QStringLiteral("/followers");
        o[QStringLiteral("following_url")] = url + QStringLiteral("/following{/other_user}");
        o[QStringLiteral("gists_url")] = url + QStringLiteral("/gists{/gist_id}");
        o[QStringLiteral("starred_url")] = url + QStringLiteral("/starred{/owner}{/repo}");
        o[QStringLiteral("subscriptions_url")] = url + QStringLiteral("/subscriptions");
        o[QStringLiteral("organizations_url")] = url + QStringLiteral("/orgs");
        o[QStringLiteral("repos_url")] = url + QStringLiteral("/repos");
        o[QStringLiteral("events_url")] = url + QStringLiteral("/events{/privacy}");
        o[QStringLiteral("received_events_url")] = url + QStringLiteral("/received_events");
        return o;
    }

    QJsonObject permissionsJson(Permission p)
    {
        return QJsonObject{{QStringLiteral("admin"), p >= Permission::Admin},
                           {QStringLiteral("maintain"), p >= Permission::Maintain},
                           {QStringLiteral("push"), p >= Permission::Write},
                           {QStringLiteral("triage"), p >= Permission::Triage},
                           {QStringLiteral("pull"), p >= Permission::Read}};
    }

    QJsonObject repositoryJson(Permission p)
    {
        QJsonObject o = example(QStringLiteral("repository"));
        const QString url = repoApi();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Every *_url template of the example points at api.github.com/repos/octocat/Hello-World.
            if (it.key().endsWith(QLatin1String("_url")) && it.value().isString()) {
                QString v = it.value().toString();
                v.replace(QLatin1String("https://api.github.com/repos/octocat/Hello-World"), url);
                it.value() = v;
            }
        }
        o[QStringLiteral("name")] = m_repo;
        o[QStringLiteral("full_name")] = m_owner + QLatin1Char('/') + m_repo;
        o[QStringLiteral("owner")] = userJson(m_owner);
        o[QStringLiteral("url")] = url;
        o[QStringLiteral("html_url")] = repoHtml();
        o[QStringLiteral("default_branch")] = m_defaultBranch;
        o[QStringLiteral("private")] = true;
        o[QStringLiteral("visibility")] = QStringLiteral("private");
        o[QStringLiteral("permissions")] = permissionsJson(p);
        int open = 0;
        for (const auto &[n, issue] : m_issues)
            open += issue.state == QLatin1String("open");
        o[QStringLiteral("open_issues_count")] = open;
        o[QStringLiteral("open_issues")] = open;
        o.remove(QStringLiteral("parent"));
        o.remove(QStringLiteral("source"));
        o.remove(QStringLiteral("template_repository"));
        // The description requires `language` (a nullable string) but GitHub's own example leaves
        // it out; Prism in the contract test refuses the answer without it.
        if (!o.contains(QStringLiteral("language")))
            o[QStringLiteral("language")] = QJsonValue(QJsonValue::Null);
        return o;
    }

    QJsonObject minimalRepositoryJson()
    {
        QJsonObject o = example(QStringLiteral("workflow-run"))
                            .value(QStringLiteral("repository"))
                            .toObject();
        o[QStringLiteral("name")] = m_repo;
        o[QStringLiteral("full_name")] = m_owner + QLatin1Char('/') + m_repo;
        o[QStringLiteral("owner")] = userJson(m_owner);
        o[QStringLiteral("url")] = repoApi();
        o[QStringLiteral("html_url")] = repoHtml();
        return o;
    }

    QJsonObject workflowJson(const WorkflowSpec &w)
    {
        QJsonObject o = example(QStringLiteral("workflow"));
        o[QStringLiteral("id")] = w.id;
        o[QStringLiteral("name")] = w.name;
        o[QStringLiteral("path")] = w.path;
        o[QStringLiteral("state")] = QStringLiteral("active");
        o[QStringLiteral("url")] = repoApi() + QStringLiteral("/actions/workflows/%1").arg(w.id);
        o[QStringLiteral("html_url")] = repoHtml() + QStringLiteral("/blob/%1/%2").arg(m_defaultBranch, w.path);
        o[QStringLiteral("badge_url")] = repoHtml() + QStringLiteral("/workflows/%1/badge.svg").arg(w.name);
        return o;
    }

    QJsonObject runJson(const Run &r)
    {
        QJsonObject o = example(QStringLiteral("workflow-run"));
        const QString url = repoApi() + QStringLiteral("/actions/runs/%1").arg(r.id);
        const WorkflowSpec &w = m_workflows.at(r.workflowId);
        o[QStringLiteral("id")] = r.id;
        o[QStringLiteral("name")] = r.title;
        o[QStringLiteral("display_title")] = r.title;
        o[QStringLiteral("node_id")] = QString::fromLatin1(QByteArray("WFR_" + QByteArray::number(r.id)));
        o[QStringLiteral("head_branch")] = r.headBranch;
        o[QStringLiteral("head_sha")] = r.headSha;
        o[QStringLiteral("path")] = w.path;
        o[QStringLiteral("run_number")] = r.runNumber;
        o[QStringLiteral("run_attempt")] = r.runAttempt;
        o[QStringLiteral("event")] = r.event;
        o[QStringLiteral("status")] = r.status;
        o[QStringLiteral("conclusion")] = stringOrNull(r.conclusion);
        o[QStringLiteral("workflow_id")] = r.workflowId;
        o[QStringLiteral("url")] = url;
        o[QStringLiteral("html_url")] = repoHtml() + QStringLiteral("/actions/runs/%1").arg(r.id);
        o[QStringLiteral("created_at")] = iso(r.createdAt);
        o[QStringLiteral("updated_at")] = iso(r.updatedAt);
        o[QStringLiteral("run_started_at")] = iso(r.runStartedAt.isValid() ? r.runStartedAt : r.createdAt);
        o[QStringLiteral("actor")] = userJson(r.actor);
        o[QStringLiteral("triggering_actor")] = userJson(r.actor);
        o[QStringLiteral("pull_requests")] = QJsonArray();
        o[QStringLiteral("referenced_workflows")] = QJsonArray();
        o[QStringLiteral("jobs_url")] = url + QStringLiteral("/jobs");
        o[QStringLiteral("logs_url")] = url + QStringLiteral("/logs");
        o[QStringLiteral("check_suite_url")] = repoApi() + QStringLiteral("/check-suites/%1").arg(r.id);
        o[QStringLiteral("artifacts_url")] = url + QStringLiteral("/artifacts");
        o[QStringLiteral("cancel_url")] = url + QStringLiteral("/cancel");
        o[QStringLiteral("rerun_url")] = url + QStringLiteral("/rerun");
        o[QStringLiteral("previous_attempt_url")] =
            r.runAttempt > 1 ? QJsonValue(url + QStringLiteral("/attempts/%1").arg(r.runAttempt - 1))
                             : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("workflow_url")] = repoApi() + QStringLiteral("/actions/workflows/%1").arg(r.workflowId);
        QJsonObject commit = o.value(QStringLiteral("head_commit")).toObject();
        commit[QStringLiteral("id")] = r.headSha;
        commit[QStringLiteral("tree_id")] = r.headSha;
        commit[QStringLiteral("timestamp")] = iso(r.createdAt);
        o[QStringLiteral("head_commit")] = commit;
        o[QStringLiteral("repository")] = minimalRepositoryJson();
        o[QStringLiteral("head_repository")] = minimalRepositoryJson();
        return o;
    }

    QJsonObject jobJson(const Run &r, const Job &j)
    {
        QJsonObject o = example(QStringLiteral("job"));
        o[QStringLiteral("id")] = j.id;
        o[QStringLiteral("run_id")] = r.id;
        o[QStringLiteral("run_url")] = repoApi() + QStringLiteral("/actions/runs/%1").arg(r.id);
        o[QStringLiteral("run_attempt")] = r.runAttempt;
        o[QStringLiteral("node_id")] = QString::fromLatin1(QByteArray("CR_" + QByteArray::number(j.id)));
        o[QStringLiteral("head_sha")] = r.headSha;
        o[QStringLiteral("url")] = repoApi() + QStringLiteral("/actions/jobs/%1").arg(j.id);
        o[QStringLiteral("html_url")] = repoHtml() + QStringLiteral("/actions/runs/%1/job/%2").arg(r.id).arg(j.id);
        o[QStringLiteral("status")] = j.status;
        o[QStringLiteral("conclusion")] = stringOrNull(j.conclusion);
        o[QStringLiteral("created_at")] = iso(j.createdAt);
        o[QStringLiteral("started_at")] = iso(j.startedAt.isValid() ? j.startedAt : j.createdAt);
        o[QStringLiteral("completed_at")] = isoOrNull(j.completedAt);
        o[QStringLiteral("name")] = j.name;
        QJsonArray steps;
        for (const Step &s : j.steps) {
            steps.append(QJsonObject{{QStringLiteral("name"), s.spec.name},
                                     {QStringLiteral("status"), s.status},
                                     {QStringLiteral("conclusion"), stringOrNull(s.conclusion)},
                                     {QStringLiteral("number"), s.number},
                                     {QStringLiteral("started_at"), isoOrNull(s.startedAt)},
                                     {QStringLiteral("completed_at"), isoOrNull(s.completedAt)}});
        }
        o[QStringLiteral("steps")] = steps;
        o[QStringLiteral("check_run_url")] = repoApi() + QStringLiteral("/check-runs/%1").arg(j.id);
        o[QStringLiteral("labels")] = QJsonArray{QStringLiteral("ubuntu-latest")};
        o[QStringLiteral("workflow_name")] = m_workflows.at(r.workflowId).name;
        o[QStringLiteral("head_branch")] = r.headBranch;
        return o;
    }

    QJsonObject issueJson(const Issue &i)
    {
        QJsonObject o = example(QStringLiteral("issue"));
        const QString url = repoApi() + QStringLiteral("/issues/%1").arg(i.number);
        o[QStringLiteral("id")] = i.id;
        o[QStringLiteral("node_id")] = QString::fromLatin1(QByteArray("I_" + QByteArray::number(i.id)));
        o[QStringLiteral("url")] = url;
        o[QStringLiteral("repository_url")] = repoApi();
        o[QStringLiteral("labels_url")] = url + QStringLiteral("/labels{/name}");
        o[QStringLiteral("comments_url")] = url + QStringLiteral("/comments");
        o[QStringLiteral("events_url")] = url + QStringLiteral("/events");
        o[QStringLiteral("html_url")] = repoHtml() + QStringLiteral("/issues/%1").arg(i.number);
        o[QStringLiteral("number")] = i.number;
        o[QStringLiteral("state")] = i.state;
        o[QStringLiteral("state_reason")] = stringOrNull(i.stateReason);
        o[QStringLiteral("title")] = i.title;
        o[QStringLiteral("body")] = stringOrNull(i.body);
        o[QStringLiteral("user")] = userJson(i.author);
        QJsonArray labels;
        const QJsonObject labelTemplate =
            example(QStringLiteral("issue")).value(QStringLiteral("labels")).toArray().at(0).toObject();
        for (const QString &name : i.labels) {
            QJsonObject label = labelTemplate;
            label[QStringLiteral("id")] = qint64(qHash(name) & 0x7fffffff);
            label[QStringLiteral("name")] = name;
            label[QStringLiteral("url")] = repoApi() + QStringLiteral("/labels/") + name;
            label[QStringLiteral("description")] = QJsonValue(QJsonValue::Null);
            label[QStringLiteral("default")] = false;
            labels.append(label);
        }
        o[QStringLiteral("labels")] = labels;
        o[QStringLiteral("assignee")] = QJsonValue(QJsonValue::Null);
        o[QStringLiteral("assignees")] = QJsonArray();
        o[QStringLiteral("milestone")] = QJsonValue(QJsonValue::Null);
        o[QStringLiteral("locked")] = false;
        o[QStringLiteral("comments")] = int(i.comments.size());
        o.remove(QStringLiteral("pull_request"));
        o.remove(QStringLiteral("pinned_comment"));
        o[QStringLiteral("closed_at")] = isoOrNull(i.closedAt);
        o[QStringLiteral("created_at")] = iso(i.createdAt);
        o[QStringLiteral("updated_at")] = iso(i.updatedAt);
        o[QStringLiteral("closed_by")] = i.closedBy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(userJson(i.closedBy));
        o[QStringLiteral("author_association")] = QStringLiteral("COLLABORATOR");
        return o;
    }

    QJsonObject commentJson(const Issue &i, const Comment &c)
    {
        QJsonObject o = example(QStringLiteral("issue-comment"));
        o[QStringLiteral("id")] = c.id;
        o[QStringLiteral("node_id")] = QString::fromLatin1(QByteArray("IC_" + QByteArray::number(c.id)));
        o[QStringLiteral("url")] = repoApi() + QStringLiteral("/issues/comments/%1").arg(c.id);
        o[QStringLiteral("html_url")] =
            repoHtml() + QStringLiteral("/issues/%1#issuecomment-%2").arg(i.number).arg(c.id);
        o[QStringLiteral("body")] = c.body;
        o[QStringLiteral("user")] = userJson(c.login);
        o[QStringLiteral("created_at")] = iso(c.createdAt);
        o[QStringLiteral("updated_at")] = iso(c.updatedAt);
        o[QStringLiteral("issue_url")] = repoApi() + QStringLiteral("/issues/%1").arg(i.number);
        o[QStringLiteral("author_association")] = QStringLiteral("COLLABORATOR");
        o.remove(QStringLiteral("pin"));
        o.remove(QStringLiteral("minimized"));
        return o;
    }

    QJsonObject environmentJson(const PendingDeployment &p)
    {
        return QJsonObject{
            {QStringLiteral("id"), p.environmentId},
            {QStringLiteral("node_id"), QString::fromLatin1(QByteArray("EN_" + QByteArray::number(p.environmentId)))},
            {QStringLiteral("name"), p.environment},
            {QStringLiteral("url"), repoApi() + QStringLiteral("/environments/") + p.environment},
            {QStringLiteral("html_url"),
             repoHtml() + QStringLiteral("/deployments/activity_log?environments_filter=") + p.environment}};
    }

    // ---- run progress -----------------------------------------------------------------------

    void touch(Run &r) { r.updatedAt = now(); }

    Step *runningStep(Run &r, Job **job = nullptr)
    {
        for (Job &j : r.jobs) {
            for (Step &s : j.steps) {
                if (s.status == QLatin1String("in_progress")) {
                    if (job)
                        *job = &j;
                    return &s;
                }
            }
        }
        return nullptr;
    }

    void startStep(Job &j, Step &s)
    {
        const QDateTime t = now();
        if (j.status != QLatin1String("in_progress")) {
            j.status = QStringLiteral("in_progress");
            j.startedAt = t;
        }
        s.status = QStringLiteral("in_progress");
        s.startedAt = t;
    }

    void finishJob(Job &j, const QString &conclusion)
    {
        j.status = QStringLiteral("completed");
        j.conclusion = conclusion;
        j.completedAt = now();
    }

    void finishRun(Run &r, const QString &conclusion)
    {
        r.status = QStringLiteral("completed");
        r.conclusion = conclusion;
        r.pending.clear();
        r.autoDueMs = -1;
        touch(r);
        const qint64 id = r.id;
        QMetaObject::invokeMethod(q, [q = QPointer<FakeGitHub>(q), id, conclusion] {
            if (q)
                Q_EMIT q->runCompleted(id, conclusion);
        }, Qt::QueuedConnection);
    }

    bool startNextStep(Run &r)
    {
        for (Job &j : r.jobs) {
            if (j.status == QLatin1String("completed"))
                continue;
            for (Step &s : j.steps) {
                if (s.status == QLatin1String("queued")) {
                    startStep(j, s);
                    return true;
                }
            }
            finishJob(j, QStringLiteral("success"));
        }
        return false;
    }

    bool advance(Run &r)
    {
        if (r.status == QLatin1String("completed") || r.status == QLatin1String("waiting"))
            return false;
        if (r.status == QLatin1String("queued")) {
            r.status = QStringLiteral("in_progress");
            r.runStartedAt = now();
            if (!startNextStep(r))
                finishRun(r, QStringLiteral("success"));
            touch(r);
            return true;
        }
        Job *job = nullptr;
        if (Step *s = runningStep(r, &job)) {
            s->status = QStringLiteral("completed");
            s->completedAt = now();
            if (s->spec.fails) {
                s->conclusion = QStringLiteral("failure");
                failFrom(r, *job, QStringLiteral("failure"));
                return true;
            }
            s->conclusion = QStringLiteral("success");
            bool more = false;
            for (const Step &other : job->steps)
                more = more || other.status != QLatin1String("completed");
            if (!more)
                finishJob(*job, QStringLiteral("success"));
            // Steps a test started by hand run alongside: finish those before starting another.
            if (runningStep(r)) {
                touch(r);
                return true;
            }
        }
        if (!startNextStep(r))
            finishRun(r, QStringLiteral("success"));
        touch(r);
        return true;
    }

    // The failed job's remaining steps and every later job are skipped, as GitHub does when a
    // job fails and the others need it.
    void failFrom(Run &r, Job &failed, const QString &conclusion)
    {
        const QDateTime t = now();
        bool after = false;
        for (Job &j : r.jobs) {
            const bool isFailed = &j == &failed;
            if (isFailed || after) {
                for (Step &s : j.steps) {
                    if (s.status != QLatin1String("completed")) {
                        s.status = QStringLiteral("completed");
                        s.conclusion = QStringLiteral("skipped");
                        s.completedAt = t;
                    }
                }
                if (j.status != QLatin1String("completed"))
                    finishJob(j, isFailed ? conclusion : QStringLiteral("skipped"));
            }
            after = after || isFailed;
        }
        finishRun(r, conclusion);
    }

    bool complete(Run &r, const QString &conclusion)
    {
        if (r.status == QLatin1String("completed"))
            return false;
        const QDateTime t = now();
        if (r.status == QLatin1String("queued"))
            r.runStartedAt = t;
        const bool success = conclusion == QLatin1String("success");
        bool hitRunning = false;
        for (Job &j : r.jobs) {
            QString jobConclusion = success ? QStringLiteral("success") : QString();
            for (Step &s : j.steps) {
                if (s.status == QLatin1String("completed"))
                    continue;
                if (success) {
                    if (!s.startedAt.isValid())
                        s.startedAt = t;
                    s.conclusion = QStringLiteral("success");
                } else if (s.status == QLatin1String("in_progress") || !hitRunning) {
                    // The step that was running (or the first one, when none ran) gets the conclusion.
                    s.conclusion = conclusion;
                    jobConclusion = conclusion;
                    hitRunning = true;
                    if (!s.startedAt.isValid())
                        s.startedAt = t;
                } else {
                    s.conclusion = QStringLiteral("skipped");
                }
                s.status = QStringLiteral("completed");
                s.completedAt = t;
            }
            if (j.status != QLatin1String("completed")) {
                if (!j.startedAt.isValid())
                    j.startedAt = t;
                finishJob(j, jobConclusion.isEmpty() ? QStringLiteral("skipped") : jobConclusion);
            }
        }
        finishRun(r, conclusion);
        return true;
    }

    qint64 newRun(qint64 workflowId, const QString &ref, const QJsonObject &inputs, const QString &event,
                  const QString &actor)
    {
        auto wit = m_workflows.find(workflowId);
        if (wit == m_workflows.end())
            return 0;
        const WorkflowSpec &w = wit->second;
        Run r;
        r.id = m_nextRunId++;
        r.workflowId = workflowId;
        int number = 1;
        for (const auto &[id, other] : m_runs)
            number += other.workflowId == workflowId;
        r.runNumber = number;
        r.headBranch = ref;
        r.headSha = QString::fromLatin1(
            QCryptographicHash::hash(ref.toUtf8() + QByteArray::number(r.id), QCryptographicHash::Sha1).toHex());
        r.event = event;
        r.actor = actor.isEmpty() ? m_owner : actor;
        r.inputs = inputs;
        r.createdAt = r.updatedAt = now();
        static const QRegularExpression expr(QStringLiteral("\\$\\{\\{\\s*inputs\\.([A-Za-z0-9_-]+)\\s*\\}\\}"));
        QString rendered = w.runName.isEmpty() ? w.name : w.runName;
        QRegularExpressionMatchIterator it = expr.globalMatch(rendered);
        QString out;
        qsizetype last = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += rendered.mid(last, m.capturedStart() - last);
            const QJsonValue v = inputs.value(m.captured(1));
            out += v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
            last = m.capturedEnd();
        }
        out += rendered.mid(last);
        r.title = out.simplified();
        for (const JobSpec &js : w.jobs) {
            Job j;
            j.id = m_nextJobId++;
            j.name = js.name;
            j.createdAt = r.createdAt;
            int number = 1;
            for (const StepSpec &ss : js.steps) {
                Step s;
                s.spec = ss;
                s.number = number++;
                j.steps.append(s);
            }
            r.jobs.append(j);
        }
        m_runs.emplace(r.id, r);
        if (m_autoTimer.isActive())
            scheduleAuto(m_runs.at(r.id));
        return r.id;
    }

    // ---- automatic progress -----------------------------------------------------------------

    void scheduleAuto(Run &r)
    {
        int duration = 500;
        if (Step *s = runningStep(r))
            duration = s->spec.durationMs;
        r.autoDueMs = m_autoClock.elapsed() + qint64(duration * m_autoScale);
    }

    void autoTick()
    {
        const qint64 t = m_autoClock.elapsed();
        for (auto &[id, r] : m_runs) {
            if (r.status == QLatin1String("completed") || r.status == QLatin1String("waiting"))
                continue;
            if (r.autoDueMs < 0)
                scheduleAuto(r);
            if (t < r.autoDueMs)
                continue;
            advance(r);
            if (r.status != QLatin1String("completed"))
                scheduleAuto(r);
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        process(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        send(socket, errorReply(404, QStringLiteral("Not Found")), 0);
    }

    void send(QTcpSocket *socket, const Reply &reply, int delayMs)
    {
        QByteArray data = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            data += name + ": " + value + "\r\n";
        const bool noBody = reply.status == 204 || reply.status == 304;
        if (!noBody) {
            if (!reply.contentType.isEmpty())
                data += "Content-Type: " + reply.contentType + "\r\n";
            data += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        }
        data += "\r\n";
        if (!noBody)
            data += reply.body;
        if (delayMs <= 0) {
            socket->write(data);
            return;
        }
        QTimer::singleShot(delayMs, this, [socket = QPointer<QTcpSocket>(socket), data] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                socket->write(data);
        });
    }

    void rateHeaders(Reply &reply, const QString &login)
    {
        const int used = m_rate.value(login).used;
        reply.headers.append({"x-ratelimit-limit", QByteArray::number(m_rateLimit)});
        reply.headers.append({"x-ratelimit-remaining", QByteArray::number(std::max(0, m_rateLimit - used))});
        reply.headers.append({"x-ratelimit-reset", QByteArray::number(rateReset().toSecsSinceEpoch())});
        reply.headers.append({"x-ratelimit-used", QByteArray::number(used)});
        reply.headers.append({QByteArray("x-ratelimit-resource"), QByteArray("core")});
    }

    QDateTime rateReset()
    {
        const QDateTime t = now();
        if (!m_rateReset.isValid() || m_rateReset <= t) {
            if (m_rateReset.isValid())
                m_rate.clear(); // a new window
            m_rateReset = t.addSecs(3600);
        }
        return m_rateReset;
    }

    const Fault *takeFault(const QString &endpoint, Fault &storage)
    {
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            Fault &f = m_faults[i];
            if (!f.endpoint.isEmpty() && f.endpoint != endpoint)
                continue;
            storage = f;
            if (f.count > 0 && --f.count == 0)
                m_faults.removeAt(i);
            return &storage;
        }
        return nullptr;
    }

    static bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
    {
        if (ifNoneMatch.trimmed() == "*")
            return true;
        // If-None-Match compares weakly: W/"x" matches "x".
        const QByteArray bare = etag.startsWith("W/") ? etag.mid(2) : etag;
        for (QByteArray candidate : ifNoneMatch.split(',')) {
            candidate = candidate.trimmed();
            if (candidate.startsWith("W/"))
                candidate = candidate.mid(2);
            if (candidate == bare)
                return true;
        }
        return false;
    }

    void process(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        Request req;
        req.method = request.method();
        req.path = request.url().path();
        req.query = request.query();
        req.body = request.body();
        for (const auto &[name, value] : request.headers()) {
            const QByteArray lower = name.toLower();
            if (lower == "authorization") {
                const QByteArray v = value.trimmed();
                const qsizetype space = v.indexOf(' ');
                const QByteArray scheme = space > 0 ? v.left(space).toLower() : QByteArray();
                if (scheme == "bearer" || scheme == "token")
                    req.token = QString::fromUtf8(v.mid(space + 1).trimmed());
                else
                    req.token = QStringLiteral("\x01invalid");
            } else if (lower == "if-none-match") {
                req.ifNoneMatch = value;
            }
        }

        // Log downloads are presigned URLs: no token, no rate limit, no ETag, as on GitHub.
        static const QRegularExpression logPattern(QStringLiteral("^/_logs/jobs/(\\d+)$"));
        const QRegularExpressionMatch logMatch = logPattern.match(req.path);
        if (logMatch.hasMatch() && req.method == QHttpServerRequest::Method::Get) {
            const QString endpoint = QStringLiteral("GET /_logs/jobs/{job_id}");
            countRequest(endpoint);
            Fault storage;
            if (const Fault *fault = takeFault(endpoint, storage)) {
                if (applyFault(*fault, socket, endpoint, nullptr))
                    return;
            }
            Reply reply = logReply(logMatch.captured(1).toLongLong());
            finish(socket, endpoint, reply, 0);
            return;
        }

        const Route *route = nullptr;
        for (const Route &r : m_routes) {
            if (r.method != req.method)
                continue;
            const QRegularExpressionMatch m = r.pattern.match(req.path);
            if (!m.hasMatch())
                continue;
            route = &r;
            req.args = m.capturedTexts().mid(1);
            break;
        }
        const QString endpoint = route ? route->endpoint : methodName(req.method) + QLatin1Char(' ') + req.path;
        countRequest(endpoint);

        Fault storage;
        const Fault *fault = takeFault(endpoint, storage);
        if (fault && !fault->applyRequest && fault->kind != FaultKind::Delay) {
            if (applyFault(*fault, socket, endpoint, nullptr))
                return;
        }

        Reply reply = answer(route, req);

        if (fault && fault->kind == FaultKind::Delay) {
            finish(socket, endpoint, reply, fault->delayMs);
            return;
        }
        if (fault && applyFault(*fault, socket, endpoint, req.user))
            return;
        finish(socket, endpoint, reply, 0);
    }

    void countRequest(const QString &endpoint)
    {
        ++m_counters.requests;
        ++m_counters.perEndpoint[endpoint];
    }

    void finish(QTcpSocket *socket, const QString &endpoint, const Reply &reply, int delayMs)
    {
        if (reply.status == 304) {
            ++m_counters.notModified;
            ++m_counters.notModifiedPerEndpoint[endpoint];
        }
        send(socket, reply, delayMs);
        const int status = reply.status;
        QMetaObject::invokeMethod(q, [q = QPointer<FakeGitHub>(q), endpoint, status] {
            if (q)
                Q_EMIT q->requestHandled(endpoint, status);
        }, Qt::QueuedConnection);
    }

    // Sends the fault's answer; true when the request is done with.
    bool applyFault(const Fault &fault, QTcpSocket *socket, const QString &endpoint, const User *user)
    {
        ++m_counters.faults;
        Reply reply;
        switch (fault.kind) {
        case FaultKind::Delay:
            return false;
        case FaultKind::ConnectionReset: {
            // Deferred: the server still reads from the socket after this handler returns.
            QTimer::singleShot(0, this, [socket = QPointer<QTcpSocket>(socket)] {
                if (socket)
                    socket->abort();
            });
            QMetaObject::invokeMethod(q, [q = QPointer<FakeGitHub>(q), endpoint] {
                if (q)
                    Q_EMIT q->requestHandled(endpoint, 0);
            }, Qt::QueuedConnection);
            return true;
        }
        case FaultKind::ServerError500:
            reply = errorReply(500, QStringLiteral("Server Error"));
            break;
        case FaultKind::BadGateway502:
            reply.status = 502;
            reply.contentType = "text/html";
            reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>\n";
            break;
        case FaultKind::ServiceUnavailable503:
            reply = errorReply(503, QStringLiteral("Service Unavailable"));
            break;
        case FaultKind::SecondaryRateLimit403:
        case FaultKind::TooManyRequests429:
            reply = errorReply(fault.kind == FaultKind::TooManyRequests429 ? 429 : 403,
                               QStringLiteral("You have exceeded a secondary rate limit. Please wait a few "
                                              "minutes before you try again. If you reach out to GitHub "
                                              "Support for help, please include the request ID %1.")
                                   .arg(QStringLiteral("C0DE:%1").arg(m_counters.requests)),
                               kSecondaryDocs);
            reply.headers.append({"retry-after", QByteArray::number(fault.retryAfterSeconds)});
            break;
        case FaultKind::Unauthorized401:
            reply = errorReply(401, QStringLiteral("Bad credentials"));
            break;
        }
        if (user)
            rateHeaders(reply, user->login);
        finish(socket, endpoint, reply, fault.delayMs);
        return true;
    }

    Reply answer(const Route *route, Request &req)
    {
        // GitHub answers an unknown path and a known path with the wrong method alike.
        if (!route)
            return errorReply(404, QStringLiteral("Not Found"));
        if (req.token.isEmpty())
            return errorReply(401, QStringLiteral("Requires authentication"), route->docs);
        auto tokenIt = m_tokens.find(req.token);
        if (tokenIt == m_tokens.end())
            return errorReply(401, QStringLiteral("Bad credentials"), route->docs);
        const User &user = tokenIt->second;
        req.user = &user;
        const bool counts = route->endpoint != QLatin1String("GET /rate_limit");
        Reply reply;
        rateReset(); // may start a new window, which clears m_rate: before taking a reference into it
        RateState &rate = m_rate[user.login];
        if (counts && rate.used >= m_rateLimit) {
            reply = errorReply(403, QStringLiteral("API rate limit exceeded for user ID %1.").arg(user.id),
                               QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"
                                              "#about-the-primary-rate-limit"));
            rateHeaders(reply, user.login);
            return reply;
        }
        if (route->repoScoped
            && (req.args.value(0).compare(m_owner, Qt::CaseInsensitive) != 0
                || req.args.value(1).compare(m_repo, Qt::CaseInsensitive) != 0
                || user.permission == Permission::None)) {
            reply = errorReply(404, QStringLiteral("Not Found"), route->docs);
        } else if (route->repoScoped && user.permission < route->needs) {
            reply = errorReply(403, QStringLiteral("Resource not accessible by personal access token"), route->docs);
        } else {
            reply = route->handler(req);
        }
        const bool isGet = req.method == QHttpServerRequest::Method::Get;
        if (isGet && reply.status == 200) {
            const QByteArray etag =
                '"' + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex() + '"';
            reply.headers.append({"ETag", etag});
            if (!req.ifNoneMatch.isEmpty() && etagMatches(req.ifNoneMatch, etag)) {
                // A conditional request answered 304 does not count against the rate limit.
                reply.status = 304;
                reply.body.clear();
            }
        }
        if (counts && reply.status != 304)
            ++rate.used;
        rateHeaders(reply, user.login);
        return reply;
    }

    // ---- routes -----------------------------------------------------------------------------

    void addRoute(QHttpServerRequest::Method method, const QString &templ, Permission needs,
                  std::function<Reply(Request &)> handler, const QString &docs)
    {
        Route r;
        r.method = method;
        r.endpoint = methodName(method) + QLatin1Char(' ') + templ;
        QString pattern = QRegularExpression::escape(templ);
        static const QRegularExpression param(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}"));
        pattern.replace(param, QStringLiteral("([^/]+)"));
        r.pattern = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
        r.needs = needs;
        r.repoScoped = templ.startsWith(QLatin1String("/repos/"));
        r.handler = std::move(handler);
        r.docs = docs;
        m_routes.append(r);
    }

    const WorkflowSpec *findWorkflow(const QString &idOrFile)
    {
        bool isNumber = false;
        const qint64 id = idOrFile.toLongLong(&isNumber);
        for (const auto &[wid, w] : m_workflows) {
            if ((isNumber && wid == id) || w.path.section(QLatin1Char('/'), -1) == idOrFile)
                return &w;
        }
        return nullptr;
    }

    Run *findRun(const QString &id)
    {
        auto it = m_runs.find(id.toLongLong());
        return it == m_runs.end() ? nullptr : &it->second;
    }

    // Pagination: the page of `items` the query asks for, with GitHub's Link header.
    template<typename T>
    QList<T> paginate(const QList<T> &items, const Request &req, Reply &reply)
    {
        const int perPage = std::clamp(req.query.queryItemValue(QStringLiteral("per_page")).toInt() > 0
                                           ? req.query.queryItemValue(QStringLiteral("per_page")).toInt()
                                           : 30,
                                       1, 100);
        const int page = std::max(1, req.query.queryItemValue(QStringLiteral("page")).toInt());
        const int last = std::max(1, int((items.size() + perPage - 1) / perPage));
        auto link = [&](int p) {
            QUrlQuery q = req.query;
            q.removeAllQueryItems(QStringLiteral("page"));
            q.removeAllQueryItems(QStringLiteral("per_page"));
            q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
            q.addQueryItem(QStringLiteral("page"), QString::number(p));
            QUrl url(api() + req.path);
            url.setQuery(q);
            return url.toString(QUrl::FullyEncoded);
        };
        QStringList parts;
        if (page > 1) {
            parts << QStringLiteral("<%1>; rel=\"prev\"").arg(link(page - 1));
        }
        if (page < last) {
            parts << QStringLiteral("<%1>; rel=\"next\"").arg(link(page + 1));
            parts << QStringLiteral("<%1>; rel=\"last\"").arg(link(last));
        }
        if (page > 1)
            parts << QStringLiteral("<%1>; rel=\"first\"").arg(link(1));
        if (!parts.isEmpty())
            reply.headers.append({"Link", parts.join(QStringLiteral(", ")).toUtf8()});
        return items.mid(qsizetype(page - 1) * perPage, perPage);
    }

    static bool createdMatches(const QDateTime &created, const QString &filter)
    {
        // A date alone covers the whole day (UTC); a date and time is that instant.
        auto parse = [](const QString &s, bool end) {
            const QDate d = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
            if (d.isValid())
                return end ? QDateTime(d, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(d, QTime(0, 0), Qt::UTC);
            return QDateTime::fromString(s, Qt::ISODate);
        };
        if (filter.contains(QLatin1String(".."))) {
            const QString from = filter.section(QLatin1String(".."), 0, 0);
            const QString to = filter.section(QLatin1String(".."), 1);
            return (from == QLatin1String("*") || created >= parse(from, false))
                && (to == QLatin1String("*") || created <= parse(to, true));
        }
        if (filter.startsWith(QLatin1String(">=")))
            return created >= parse(filter.mid(2), false);
        if (filter.startsWith(QLatin1String("<=")))
            return created <= parse(filter.mid(2), true);
        if (filter.startsWith(QLatin1Char('>')))
            return created > parse(filter.mid(1), true);
        if (filter.startsWith(QLatin1Char('<')))
            return created < parse(filter.mid(1), false);
        return created >= parse(filter, false) && created <= parse(filter, true);
    }

    Reply logReply(qint64 jobId)
    {
        for (const auto &[rid, r] : m_runs) {
            for (const Job &j : r.jobs) {
                if (j.id != jobId)
                    continue;
                QString text;
                for (const Step &s : j.steps) {
                    if (!s.startedAt.isValid())
                        continue;
                    const QString t = s.startedAt.toString(Qt::ISODateWithMs);
                    text += QStringLiteral("%1 ##[group]Run %2\n").arg(t, s.spec.name);
                    text += QStringLiteral("%1 %2\n").arg(t, s.spec.name);
                    text += QStringLiteral("%1 ##[endgroup]\n").arg(t);
                    if (s.conclusion == QLatin1String("failure"))
                        text += QStringLiteral("%1 ##[error]Process completed with exit code 1.\n").arg(t);
                }
                for (const QString &line : j.extraLog)
                    text += line + QLatin1Char('\n');
                Reply reply;
                reply.contentType = "text/plain; charset=utf-8";
                reply.body = text.toUtf8();
                return reply;
            }
        }
        return errorReply(404, QStringLiteral("Not Found"));
    }

    void buildRoutes()
    {
        using M = QHttpServerRequest::Method;
        const QString wfDocs = QStringLiteral("https://docs.github.com/rest/actions/workflows");
        const QString runDocs = QStringLiteral("https://docs.github.com/rest/actions/workflow-runs");

        addRoute(M::Get, QStringLiteral("/user"), Permission::None, [this](Request &req) {
            QJsonObject o = example(QStringLiteral("user"));
            const QJsonObject base = userJson(req.user->login);
            for (auto it = base.begin(); it != base.end(); ++it)
                o[it.key()] = it.value();
            o[QStringLiteral("name")] = req.user->login;
            return jsonReply(200, o);
        }, QStringLiteral("https://docs.github.com/rest/users/users#get-the-authenticated-user"));

        addRoute(M::Get, QStringLiteral("/rate_limit"), Permission::None, [this](Request &req) {
            QJsonObject o = example(QStringLiteral("rate-limit"));
            const int used = m_rate.value(req.user->login).used;
            const QJsonObject core{{QStringLiteral("limit"), m_rateLimit},
                                   {QStringLiteral("remaining"), std::max(0, m_rateLimit - used)},
                                   {QStringLiteral("reset"), rateReset().toSecsSinceEpoch()},
                                   {QStringLiteral("used"), used}};
            QJsonObject resources = o.value(QStringLiteral("resources")).toObject();
            resources[QStringLiteral("core")] = core;
            o[QStringLiteral("resources")] = resources;
            o[QStringLiteral("rate")] = core;
            return jsonReply(200, o);
        }, QStringLiteral("https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}"), Permission::Read, [this](Request &req) {
            return jsonReply(200, repositoryJson(req.user->permission));
        }, QStringLiteral("https://docs.github.com/rest/repos/repos#get-a-repository"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/actions/workflows/{workflow_id}"), Permission::Read,
                 [this, wfDocs](Request &req) {
            const WorkflowSpec *w = findWorkflow(req.args.value(2));
            return w ? jsonReply(200, workflowJson(*w)) : errorReply(404, QStringLiteral("Not Found"), wfDocs + QStringLiteral("#get-a-workflow"));
        }, wfDocs + QStringLiteral("#get-a-workflow"));

        addRoute(M::Post, QStringLiteral("/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"),
                 Permission::Write, [this](Request &req) { return dispatch(req); },
                 wfDocs + QStringLiteral("#create-a-workflow-dispatch-event"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"), Permission::Read,
                 [this, runDocs](Request &req) {
            const WorkflowSpec *w = findWorkflow(req.args.value(2));
            if (!w)
                return errorReply(404, QStringLiteral("Not Found"), runDocs + QStringLiteral("#list-workflow-runs-for-a-workflow"));
            const QString event = req.query.queryItemValue(QStringLiteral("event"));
            const QString status = req.query.queryItemValue(QStringLiteral("status"));
            const QString branch = req.query.queryItemValue(QStringLiteral("branch"));
            const QString created = req.query.queryItemValue(QStringLiteral("created"), QUrl::FullyDecoded);
            QList<const Run *> matching;
            for (auto it = m_runs.rbegin(); it != m_runs.rend(); ++it) {
                const Run &r = it->second;
                if (r.workflowId != w->id)
                    continue;
                if (!event.isEmpty() && r.event != event)
                    continue;
                if (!status.isEmpty() && r.status != status && r.conclusion != status)
                    continue;
                if (!branch.isEmpty() && r.headBranch != branch)
                    continue;
                if (!created.isEmpty() && !createdMatches(r.createdAt, created))
                    continue;
                matching.append(&r);
            }
            Reply reply;
            const QList<const Run *> page = paginate(matching, req, reply);
            QJsonArray runs;
            for (const Run *r : page)
                runs.append(runJson(*r));
            Reply body = jsonReply(200, QJsonObject{{QStringLiteral("total_count"), int(matching.size())},
                                                    {QStringLiteral("workflow_runs"), runs}});
            body.headers = reply.headers;
            return body;
        }, runDocs + QStringLiteral("#list-workflow-runs-for-a-workflow"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/actions/runs/{run_id}"), Permission::Read,
                 [this, runDocs](Request &req) {
            const Run *r = findRun(req.args.value(2));
            return r ? jsonReply(200, runJson(*r)) : errorReply(404, QStringLiteral("Not Found"), runDocs + QStringLiteral("#get-a-workflow-run"));
        }, runDocs + QStringLiteral("#get-a-workflow-run"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/actions/runs/{run_id}/jobs"), Permission::Read,
                 [this](Request &req) {
            const Run *r = findRun(req.args.value(2));
            if (!r)
                return errorReply(404, QStringLiteral("Not Found"));
            Reply links;
            const QList<Job> page = paginate(r->jobs, req, links);
            QJsonArray jobs;
            for (const Job &j : page)
                jobs.append(jobJson(*r, j));
            Reply reply = jsonReply(200, QJsonObject{{QStringLiteral("total_count"), int(r->jobs.size())},
                                                     {QStringLiteral("jobs"), jobs}});
            reply.headers = links.headers;
            return reply;
        }, QStringLiteral("https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/actions/jobs/{job_id}/logs"), Permission::Read,
                 [this](Request &req) {
            const qint64 jobId = req.args.value(2).toLongLong();
            Reply text = logReply(jobId);
            if (text.status != 200 || !m_logsRedirect)
                return text;
            Reply reply = emptyReply(302);
            reply.headers.append({"Location", (api() + QStringLiteral("/_logs/jobs/%1?sig=%2").arg(jobId).arg(m_counters.requests)).toUtf8()});
            return reply;
        }, QStringLiteral("https://docs.github.com/rest/actions/workflow-jobs#download-job-logs-for-a-workflow-run"));

        addRoute(M::Post, QStringLiteral("/repos/{owner}/{repo}/actions/runs/{run_id}/cancel"), Permission::Write,
                 [this, runDocs](Request &req) {
            Run *r = findRun(req.args.value(2));
            if (!r)
                return errorReply(404, QStringLiteral("Not Found"));
            if (r->status == QLatin1String("completed"))
                return errorReply(409, QStringLiteral("Cannot cancel a workflow run that is completed."),
                                  runDocs + QStringLiteral("#cancel-a-workflow-run"));
            complete(*r, QStringLiteral("cancelled"));
            return jsonReply(202, QJsonObject());
        }, runDocs + QStringLiteral("#cancel-a-workflow-run"));

        addRoute(M::Post, QStringLiteral("/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"), Permission::Write,
                 [this, runDocs](Request &req) {
            Run *r = findRun(req.args.value(2));
            if (!r)
                return errorReply(404, QStringLiteral("Not Found"));
            if (r->status != QLatin1String("completed"))
                return errorReply(403, QStringLiteral("This workflow is already running"),
                                  runDocs + QStringLiteral("#re-run-failed-jobs-from-a-workflow-run"));
            bool any = false;
            for (Job &j : r->jobs) {
                if (j.conclusion == QLatin1String("success"))
                    continue;
                any = true;
                j.status = QStringLiteral("queued");
                j.conclusion.clear();
                j.startedAt = j.completedAt = QDateTime();
                j.createdAt = now();
                j.id = m_nextJobId++;
                for (Step &s : j.steps) {
                    s.status = QStringLiteral("queued");
                    s.conclusion.clear();
                    s.startedAt = s.completedAt = QDateTime();
                }
            }
            if (!any)
                return errorReply(403, QStringLiteral("This workflow run has no failed jobs to re-run"),
                                  runDocs + QStringLiteral("#re-run-failed-jobs-from-a-workflow-run"));
            ++r->runAttempt;
            r->status = QStringLiteral("queued");
            r->conclusion.clear();
            r->autoDueMs = -1;
            touch(*r);
            return jsonReply(201, QJsonObject());
        }, runDocs + QStringLiteral("#re-run-failed-jobs-from-a-workflow-run"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"), Permission::Read,
                 [this](Request &req) {
            const Run *r = findRun(req.args.value(2));
            if (!r)
                return errorReply(404, QStringLiteral("Not Found"));
            QJsonArray out;
            const QJsonObject templ = example(QStringLiteral("pending-deployment"));
            for (const PendingDeployment &p : r->pending) {
                QJsonObject o = templ;
                o[QStringLiteral("environment")] = environmentJson(p);
                o[QStringLiteral("wait_timer")] = 0;
                o[QStringLiteral("wait_timer_started_at")] = iso(p.since);
                o[QStringLiteral("current_user_can_approve")] = req.user->permission >= Permission::Write;
                QJsonObject reviewer{{QStringLiteral("type"), QStringLiteral("User")},
                                     {QStringLiteral("reviewer"), userJson(m_owner)}};
                o[QStringLiteral("reviewers")] = QJsonArray{reviewer};
                out.append(o);
            }
            return jsonReply(200, out);
        }, runDocs + QStringLiteral("#get-pending-deployments-for-a-workflow-run"));

        addRoute(M::Post, QStringLiteral("/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"), Permission::Write,
                 [this, runDocs](Request &req) { return reviewDeployments(req, runDocs + QStringLiteral("#review-pending-deployments-for-a-workflow-run")); },
                 runDocs + QStringLiteral("#review-pending-deployments-for-a-workflow-run"));

        const QString issueDocs = QStringLiteral("https://docs.github.com/rest/issues/issues");
        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/issues"), Permission::Read, [this](Request &req) {
            const QString state = req.query.queryItemValue(QStringLiteral("state")).isEmpty()
                ? QStringLiteral("open") : req.query.queryItemValue(QStringLiteral("state"));
            const QString labelFilter = req.query.queryItemValue(QStringLiteral("labels"), QUrl::FullyDecoded);
            const QStringList wanted = labelFilter.split(QLatin1Char(','), Qt::SkipEmptyParts);
            QList<const Issue *> matching;
            for (auto it = m_issues.rbegin(); it != m_issues.rend(); ++it) {
                const Issue &i = it->second;
                if (state != QLatin1String("all") && i.state != state)
                    continue;
                bool ok = true;
                for (const QString &l : wanted)
                    ok = ok && i.labels.contains(l.trimmed(), Qt::CaseInsensitive);
                if (ok)
                    matching.append(&i);
            }
            Reply links;
            const QList<const Issue *> page = paginate(matching, req, links);
            QJsonArray out;
            for (const Issue *i : page)
                out.append(issueJson(*i));
            Reply reply = jsonReply(200, out);
            reply.headers = links.headers;
            return reply;
        }, issueDocs + QStringLiteral("#list-repository-issues"));

        addRoute(M::Post, QStringLiteral("/repos/{owner}/{repo}/issues"), Permission::Read, [this, issueDocs](Request &req) {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            const QString title = body.value(QStringLiteral("title")).toVariant().toString();
            if (title.isEmpty())
                return validationFailed(QStringLiteral("title"), issueDocs + QStringLiteral("#create-an-issue"));
            Issue i;
            i.id = m_nextIssueId++;
            i.number = m_issues.empty() ? 1 : m_issues.rbegin()->first + 1;
            i.title = title;
            i.body = body.value(QStringLiteral("body")).toString();
            for (const QJsonValue &l : body.value(QStringLiteral("labels")).toArray())
                i.labels.append(l.isObject() ? l.toObject().value(QStringLiteral("name")).toString() : l.toString());
            i.author = req.user->login;
            i.createdAt = i.updatedAt = now();
            m_issues.emplace(i.number, i);
            Reply reply = jsonReply(201, issueJson(i));
            reply.headers.append({"Location", (repoApi() + QStringLiteral("/issues/%1").arg(i.number)).toUtf8()});
            return reply;
        }, issueDocs + QStringLiteral("#create-an-issue"));

        addRoute(M::Patch, QStringLiteral("/repos/{owner}/{repo}/issues/{issue_number}"), Permission::Read,
                 [this, issueDocs](Request &req) {
            auto it = m_issues.find(req.args.value(2).toInt());
            if (it == m_issues.end())
                return errorReply(404, QStringLiteral("Not Found"), issueDocs + QStringLiteral("#update-an-issue"));
            Issue &i = it->second;
            // Authors may edit their own issues; anyone else needs triage.
            if (i.author != req.user->login && req.user->permission < Permission::Triage)
                return errorReply(403, QStringLiteral("Resource not accessible by personal access token"),
                                  issueDocs + QStringLiteral("#update-an-issue"));
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            if (body.contains(QStringLiteral("title")))
                i.title = body.value(QStringLiteral("title")).toString();
            if (body.contains(QStringLiteral("body")))
                i.body = body.value(QStringLiteral("body")).toString();
            if (body.contains(QStringLiteral("labels"))) {
                i.labels.clear();
                for (const QJsonValue &l : body.value(QStringLiteral("labels")).toArray())
                    i.labels.append(l.isObject() ? l.toObject().value(QStringLiteral("name")).toString() : l.toString());
            }
            if (body.contains(QStringLiteral("state"))) {
                const QString state = body.value(QStringLiteral("state")).toString();
                if (state != QLatin1String("open") && state != QLatin1String("closed"))
                    return validationFailed(QStringLiteral("state"), issueDocs + QStringLiteral("#update-an-issue"));
                if (state == QLatin1String("closed") && i.state != state) {
                    i.closedAt = now();
                    i.closedBy = req.user->login;
                    i.stateReason = body.value(QStringLiteral("state_reason")).toString(QStringLiteral("completed"));
                } else if (state == QLatin1String("open") && i.state != state) {
                    i.closedAt = QDateTime();
                    i.closedBy.clear();
                    i.stateReason = QStringLiteral("reopened");
                }
                i.state = state;
            }
            i.updatedAt = now();
            return jsonReply(200, issueJson(i));
        }, issueDocs + QStringLiteral("#update-an-issue"));

        const QString commentDocs = QStringLiteral("https://docs.github.com/rest/issues/comments");
        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/issues/{issue_number}/comments"), Permission::Read,
                 [this, commentDocs](Request &req) {
            auto it = m_issues.find(req.args.value(2).toInt());
            if (it == m_issues.end())
                return errorReply(404, QStringLiteral("Not Found"), commentDocs + QStringLiteral("#list-issue-comments"));
            const QDateTime since = QDateTime::fromString(req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODate);
            QList<Comment> matching;
            for (const Comment &c : it->second.comments) {
                if (!since.isValid() || c.updatedAt >= since)
                    matching.append(c);
            }
            Reply links;
            const QList<Comment> page = paginate(matching, req, links);
            QJsonArray out;
            for (const Comment &c : page)
                out.append(commentJson(it->second, c));
            Reply reply = jsonReply(200, out);
            reply.headers = links.headers;
            return reply;
        }, commentDocs + QStringLiteral("#list-issue-comments"));

        addRoute(M::Post, QStringLiteral("/repos/{owner}/{repo}/issues/{issue_number}/comments"), Permission::Read,
                 [this, commentDocs](Request &req) {
            const int number = req.args.value(2).toInt();
            if (m_issues.find(number) == m_issues.end())
                return errorReply(404, QStringLiteral("Not Found"), commentDocs + QStringLiteral("#create-an-issue-comment"));
            const QJsonValue body = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("body"));
            if (!body.isString() || body.toString().isEmpty())
                return validationFailed(QStringLiteral("body"), commentDocs + QStringLiteral("#create-an-issue-comment"));
            const qint64 id = postComment(number, req.user->login, body.toString());
            const Issue &issue = m_issues.at(number);
            Reply reply = jsonReply(201, commentJson(issue, issue.comments.last()));
            reply.headers.append({"Location", (repoApi() + QStringLiteral("/issues/comments/%1").arg(id)).toUtf8()});
            return reply;
        }, commentDocs + QStringLiteral("#create-an-issue-comment"));

        addRoute(M::Get, QStringLiteral("/repos/{owner}/{repo}/collaborators/{username}/permission"), Permission::Read,
                 [this](Request &req) {
            const QString login = req.args.value(2);
            auto it = m_users.find(login);
            if (it == m_users.end())
                return errorReply(404, QStringLiteral("Not Found"),
                                  QStringLiteral("https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user"));
            const Permission p = it->permission;
            // The legacy `permission` field folds maintain into write and triage into read.
            const QString legacy = p >= Permission::Admin ? QStringLiteral("admin")
                : p >= Permission::Write                  ? QStringLiteral("write")
                : p >= Permission::Read                   ? QStringLiteral("read")
                                                          : QStringLiteral("none");
            QJsonObject o = example(QStringLiteral("collaborator-permission"));
            o[QStringLiteral("permission")] = legacy;
            o[QStringLiteral("role_name")] = roleName(p);
            QJsonObject user = o.value(QStringLiteral("user")).toObject();
            const QJsonObject base = userJson(login);
            for (auto b = base.begin(); b != base.end(); ++b)
                user[b.key()] = b.value();
            user[QStringLiteral("permissions")] = permissionsJson(p);
            user[QStringLiteral("role_name")] = roleName(p);
            o[QStringLiteral("user")] = user;
            return jsonReply(200, o);
        }, QStringLiteral("https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user"));
    }

    Reply validationFailed(const QString &field, const QString &docs)
    {
        Reply reply = errorReply(422, QStringLiteral("Validation Failed"), docs);
        QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        o[QStringLiteral("errors")] = QJsonArray{QJsonObject{{QStringLiteral("resource"), QStringLiteral("Issue")},
                                                             {QStringLiteral("code"), QStringLiteral("missing_field")},
                                                             {QStringLiteral("field"), field}}};
        return jsonReply(422, o);
    }

    qint64 postComment(int number, const QString &login, const QString &body)
    {
        auto it = m_issues.find(number);
        if (it == m_issues.end())
            return 0;
        userFor(login);
        Comment c;
        c.id = m_nextCommentId++;
        c.login = login;
        c.body = body;
        c.createdAt = c.updatedAt = now();
        it->second.comments.append(c);
        it->second.updatedAt = c.createdAt;
        return c.id;
    }

    Reply dispatch(Request &req)
    {
        const QString docs = QStringLiteral("https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event");
        const WorkflowSpec *w = findWorkflow(req.args.value(2));
        if (!w)
            return errorReply(404, QStringLiteral("Not Found"), docs);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return errorReply(400, QStringLiteral("Problems parsing JSON"), docs);
        const QJsonObject body = doc.object();
        const bool wantsDetails = body.value(QStringLiteral("return_run_details")).toBool();
        if (m_dispatchMode == DispatchMode::RejectReturnRunDetails && body.contains(QStringLiteral("return_run_details")))
            return errorReply(422, QStringLiteral("Invalid request.\n\n\"return_run_details\" is not a permitted key."), docs);
        if (!body.value(QStringLiteral("ref")).isString())
            return errorReply(422, QStringLiteral("Invalid request.\n\n\"ref\" wasn't supplied."), docs);
        QString ref = body.value(QStringLiteral("ref")).toString();
        if (ref.startsWith(QLatin1String("refs/heads/")))
            ref = ref.mid(11);
        else if (ref.startsWith(QLatin1String("refs/tags/")))
            ref = ref.mid(10);
        if (ref != m_defaultBranch && !m_refs.contains(ref))
            return errorReply(422, QStringLiteral("No ref found for: %1").arg(body.value(QStringLiteral("ref")).toString()), docs);
        const QJsonValue inputsValue = body.value(QStringLiteral("inputs"));
        if (!inputsValue.isUndefined() && !inputsValue.isObject())
            return errorReply(422, QStringLiteral("Invalid request.\n\nFor 'properties/inputs', %1 is not an object.")
                                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{inputsValue}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)), docs);
        const QJsonObject given = inputsValue.toObject();
        QStringList unexpected;
        for (auto it = given.begin(); it != given.end(); ++it) {
            const bool declared = std::any_of(w->inputs.begin(), w->inputs.end(),
                                              [&](const WorkflowInput &in) { return in.name == it.key(); });
            if (!declared)
                unexpected << QLatin1Char('"') + it.key() + QLatin1Char('"');
        }
        if (!unexpected.isEmpty())
            return errorReply(422, QStringLiteral("Unexpected inputs provided: [%1]").arg(unexpected.join(QStringLiteral(", "))), docs);
        QJsonObject inputs;
        for (const WorkflowInput &in : w->inputs) {
            const QJsonValue v = given.value(in.name);
            QString value = v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : v.isDouble() ? QString::number(v.toDouble())
                                         : v.toString();
            if (v.isUndefined() || v.isNull()) {
                if (in.required && in.defaultValue.isEmpty())
                    return errorReply(422, QStringLiteral("Required input '%1' not provided").arg(in.name), docs);
                value = in.defaultValue;
            }
            if (!in.options.isEmpty() && !in.options.contains(value))
                return errorReply(422, QStringLiteral("Provided value '%1' for input '%2' not in the list of allowed values")
                                           .arg(value, in.name), docs);
            inputs[in.name] = value;
        }
        const qint64 id = newRun(w->id, ref, inputs, QStringLiteral("workflow_dispatch"), req.user->login);
        if (m_dispatchMode == DispatchMode::RunDetails && wantsDetails) {
            return jsonReply(200, QJsonObject{
                {QStringLiteral("workflow_run_id"), id},
                {QStringLiteral("run_url"), repoApi() + QStringLiteral("/actions/runs/%1").arg(id)},
                {QStringLiteral("html_url"), repoHtml() + QStringLiteral("/actions/runs/%1").arg(id)}});
        }
        return emptyReply(204);
    }

    Reply reviewDeployments(Request &req, const QString &docs)
    {
        Run *r = findRun(req.args.value(2));
        if (!r)
            return errorReply(404, QStringLiteral("Not Found"), docs);
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QString state = body.value(QStringLiteral("state")).toString();
        const QJsonArray ids = body.value(QStringLiteral("environment_ids")).toArray();
        if ((state != QLatin1String("approved") && state != QLatin1String("rejected")) || ids.isEmpty()
            || !body.value(QStringLiteral("comment")).isString())
            return errorReply(422, QStringLiteral("Invalid request.\n\n\"environment_ids\", \"state\" and \"comment\" are required; "
                                                  "\"state\" is \"approved\" or \"rejected\"."), docs);
        QList<PendingDeployment> reviewed;
        for (const QJsonValue &v : ids) {
            const qint64 id = v.toInteger();
            auto it = std::find_if(r->pending.begin(), r->pending.end(),
                                   [id](const PendingDeployment &p) { return p.environmentId == id; });
            if (it == r->pending.end())
                return errorReply(422, QStringLiteral("No pending deployment requests to approve or reject for environment %1").arg(id), docs);
            reviewed.append(*it);
        }
        QJsonArray out;
        const QJsonObject templ = example(QStringLiteral("deployment"));
        for (const PendingDeployment &p : reviewed) {
            r->pending.erase(std::remove_if(r->pending.begin(), r->pending.end(),
                                            [&](const PendingDeployment &x) { return x.environmentId == p.environmentId; }),
                             r->pending.end());
            QJsonObject o = templ;
            o[QStringLiteral("id")] = p.environmentId + r->id;
            o[QStringLiteral("url")] = repoApi() + QStringLiteral("/deployments/%1").arg(p.environmentId + r->id);
            o[QStringLiteral("sha")] = r->headSha;
            o[QStringLiteral("ref")] = r->headBranch;
            o[QStringLiteral("environment")] = p.environment;
            o[QStringLiteral("original_environment")] = p.environment;
            o[QStringLiteral("creator")] = userJson(req.user->login);
            o[QStringLiteral("created_at")] = iso(now());
            o[QStringLiteral("updated_at")] = iso(now());
            o[QStringLiteral("statuses_url")] = repoApi() + QStringLiteral("/deployments/%1/statuses").arg(p.environmentId + r->id);
            o[QStringLiteral("repository_url")] = repoApi();
            out.append(o);
        }
        if (state == QLatin1String("rejected")) {
            complete(*r, QStringLiteral("failure"));
        } else if (r->pending.isEmpty() && r->status == QLatin1String("waiting")) {
            r->status = QStringLiteral("in_progress");
            r->autoDueMs = -1;
            touch(*r);
        }
        return jsonReply(200, out);
    }
};

// ---- FakeGitHub ---------------------------------------------------------------------------------

FakeGitHub::FakeGitHub(QObject *parent) : QObject(parent), d(std::make_unique<FakeGitHubPrivate>(this)) {}

FakeGitHub::~FakeGitHub() = default;

bool FakeGitHub::listen(quint16 port)
{
    auto *server = new QTcpServer(d.get());
    if (!server->listen(QHostAddress::LocalHost, port)) {
        d->m_error = tr("Cannot listen on 127.0.0.1:%1: %2. Choose another port or pass 0 for a free one.")
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return false;
    }
    d->bind(server);
    d->m_port = server->serverPort();
    return true;
}

QString FakeGitHub::errorString() const { return d->m_error; }
quint16 FakeGitHub::port() const { return d->m_port; }
QUrl FakeGitHub::baseUrl() const { return QUrl(d->api()); }

void FakeGitHub::setRepository(const QString &owner, const QString &name)
{
    d->m_owner = owner;
    d->m_repo = name;
}

QString FakeGitHub::owner() const { return d->m_owner; }
QString FakeGitHub::repositoryName() const { return d->m_repo; }
void FakeGitHub::setDefaultBranch(const QString &branch) { d->m_defaultBranch = branch; }
void FakeGitHub::addRef(const QString &ref) { d->m_refs.append(ref); }

void FakeGitHub::addToken(const QString &token, const QString &login, Permission permission)
{
    User &user = d->userFor(login);
    user.permission = permission;
    d->m_tokens[token] = user;
}

void FakeGitHub::setCollaboratorPermission(const QString &login, Permission permission)
{
    d->userFor(login).permission = permission;
    for (auto &[token, user] : d->m_tokens) {
        if (user.login == login)
            user.permission = permission;
    }
}

void FakeGitHub::addWorkflow(const WorkflowSpec &workflow) { d->m_workflows[workflow.id] = workflow; }
void FakeGitHub::setDispatchMode(DispatchMode mode) { d->m_dispatchMode = mode; }
void FakeGitHub::setLogsRedirect(bool redirect) { d->m_logsRedirect = redirect; }

void FakeGitHub::setNow(const QDateTime &now)
{
    d->m_fixedNow = now.toUTC();
    d->m_clockOffset = 0;
}

void FakeGitHub::advanceClock(qint64 seconds) { d->m_clockOffset += seconds; }
QDateTime FakeGitHub::now() const { return d->now(); }
void FakeGitHub::setRateLimit(int limit) { d->m_rateLimit = limit; }

qint64 FakeGitHub::createRun(qint64 workflowId, const QString &ref, const QJsonObject &inputs, const QString &event,
                             const QString &actor)
{
    return d->newRun(workflowId, ref, inputs, event, actor);
}

QList<qint64> FakeGitHub::runIds() const
{
    QList<qint64> ids;
    for (const auto &[id, r] : d->m_runs)
        ids.append(id);
    return ids;
}

RunState FakeGitHub::run(qint64 runId) const
{
    RunState state;
    auto it = d->m_runs.find(runId);
    if (it == d->m_runs.end())
        return state;
    const Run &r = it->second;
    state.id = r.id;
    state.workflowId = r.workflowId;
    state.displayTitle = r.title;
    state.status = r.status;
    state.conclusion = r.conclusion;
    state.headBranch = r.headBranch;
    state.event = r.event;
    state.inputs = r.inputs;
    state.runAttempt = r.runAttempt;
    for (const Job &j : r.jobs) {
        JobState js{j.id, j.name, j.status, j.conclusion, {}};
        for (const Step &s : j.steps)
            js.steps.append(StepState{s.spec.name, s.number, s.status, s.conclusion});
        state.jobs.append(js);
    }
    return state;
}

bool FakeGitHub::advanceRun(qint64 runId)
{
    auto it = d->m_runs.find(runId);
    return it != d->m_runs.end() && d->advance(it->second);
}

bool FakeGitHub::setStepState(qint64 runId, int jobIndex, int stepIndex, const QString &status,
                              const QString &conclusion)
{
    auto it = d->m_runs.find(runId);
    if (it == d->m_runs.end())
        return false;
    Run &r = it->second;
    if (jobIndex < 0 || jobIndex >= r.jobs.size() || stepIndex < 0 || stepIndex >= r.jobs[jobIndex].steps.size())
        return false;
    Job &j = r.jobs[jobIndex];
    Step &s = j.steps[stepIndex];
    const QDateTime t = d->now();
    s.status = status;
    s.conclusion = status == QLatin1String("completed") ? conclusion : QString();
    if (status != QLatin1String("queued") && !s.startedAt.isValid())
        s.startedAt = t;
    s.completedAt = status == QLatin1String("completed") ? t : QDateTime();
    if (status != QLatin1String("queued") && j.status == QLatin1String("queued")) {
        j.status = QStringLiteral("in_progress");
        j.startedAt = t;
    }
    if (r.status == QLatin1String("queued") && status != QLatin1String("queued")) {
        r.status = QStringLiteral("in_progress");
        r.runStartedAt = t;
    }
    d->touch(r);
    return true;
}

bool FakeGitHub::completeRun(qint64 runId, const QString &conclusion)
{
    auto it = d->m_runs.find(runId);
    return it != d->m_runs.end() && d->complete(it->second, conclusion);
}

qint64 FakeGitHub::addPendingDeployment(qint64 runId, const QString &environment)
{
    auto it = d->m_runs.find(runId);
    if (it == d->m_runs.end() || it->second.status == QLatin1String("completed"))
        return 0;
    Run &r = it->second;
    PendingDeployment p{d->m_nextEnvironmentId++, environment, d->now()};
    r.pending.append(p);
    r.status = QStringLiteral("waiting");
    d->touch(r);
    return p.environmentId;
}

void FakeGitHub::appendJobLog(qint64 jobId, const QString &line)
{
    for (auto &[id, r] : d->m_runs) {
        for (Job &j : r.jobs) {
            if (j.id == jobId)
                j.extraLog.append(line);
        }
    }
}

void FakeGitHub::startAutomaticProgress(double scale)
{
    d->m_autoScale = scale;
    d->m_autoClock.start();
    for (auto &[id, r] : d->m_runs)
        r.autoDueMs = -1;
    d->m_autoTimer.start();
}

void FakeGitHub::stopAutomaticProgress() { d->m_autoTimer.stop(); }

QList<IssueState> FakeGitHub::issues() const
{
    QList<IssueState> out;
    for (const auto &[n, i] : d->m_issues)
        out.append(IssueState{i.number, i.title, i.state, i.labels, i.author, int(i.comments.size())});
    return out;
}

qint64 FakeGitHub::addComment(int issueNumber, const QString &login, const QString &body)
{
    return d->postComment(issueNumber, login, body);
}

void FakeGitHub::injectFault(const Fault &fault) { d->m_faults.append(fault); }
void FakeGitHub::clearFaults() { d->m_faults.clear(); }
Counters FakeGitHub::counters() const { return d->m_counters; }
void FakeGitHub::resetCounters() { d->m_counters = Counters(); }

} // namespace rc::fakegithub

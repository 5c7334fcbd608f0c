#pragma once

#include "github/githubsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace rc::core {

/// What kind of failure a request ended in; callers decide by kind, people read the message.
enum class GitHubErrorKind {
    None,
    Timeout, ///< no answer within the transfer timeout: the request may or may not have been applied
    Network, ///< connection refused or reset, TLS, DNS
    Unauthorized, ///< 401: the token is wrong, expired or revoked, or there is none
    Forbidden, ///< 403 without a rate limit: the token lacks a permission
    RateLimited, ///< 403/429 rate limits whose wait is longer than the client may wait
    NotFound, ///< 404 (private repositories answer 404 without access)
    Validation, ///< 422, with GitHub's message and errors[]
    Http, ///< any other HTTP error status, including 5xx after the retries
    Protocol, ///< an answer that is not what GitHub's description says (bad JSON, foreign next link)
};

struct GitHubError
{
    GitHubErrorKind kind = GitHubErrorKind::None;
    int httpStatus = 0;
    QString message; ///< what happened and what to do; never contains the token
    QDateTime retryAt; ///< for RateLimited: when the request may be sent again (UTC)
};

/// One answer from GitHub.
struct GitHubResponse
{
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool notModified = false; ///< answered 304 and `body` is the cached one
    QUrl nextPage; ///< from `Link: <...>; rel="next"`, empty on the last page

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
    QJsonDocument json() const;
};

/// A response or an error.
struct GitHubResult
{
    GitHubResponse response;
    GitHubError error;

    bool ok() const { return error.kind == GitHubErrorKind::None; }
};

/// Every page's items collected.
struct GitHubPages
{
    QJsonArray items;
    int pages = 0;
    bool truncated = false; ///< the page cap stopped the walk before the last page
    GitHubError error;

    bool ok() const { return error.kind == GitHubErrorKind::None; }
};

/// What a test of the connection found.
struct GitHubConnectionInfo
{
    QString login;
    QString repository; ///< full_name as GitHub spells it
    bool isPrivate = false;
    bool admin = false;
    bool maintain = false;
    bool push = false;
    bool triage = false;
    bool pull = false;
    QStringList oauthScopes; ///< X-OAuth-Scopes of classic tokens; empty for fine-grained tokens
    int rateLimit = 0;
    int rateRemaining = 0;
    int rateUsed = 0;
    QDateTime rateReset;

    /// workflow_dispatch needs write access to the repository.
    bool canDispatch() const { return push || maintain || admin; }
    /// Creating issues, labelling and closing them needs triage or more.
    bool canWriteIssues() const { return triage || push || maintain || admin; }
};

struct GitHubConnectionResult
{
    GitHubConnectionInfo info;
    GitHubError error;

    bool ok() const { return error.kind == GitHubErrorKind::None; }
};

/// How patient the client is. Tests shorten the waits; the defaults suit api.github.com.
struct GitHubClientOptions
{
    int timeoutMs = 30000; ///< per request, through QNetworkRequest::setTransferTimeout
    int maxRetries = 3; ///< for GETs on 500/502/503 and connection resets
    int retryBaseDelayMs = 1000; ///< back-off: base, 2 x base, 4 x base, ...
    /// A rate-limit wait longer than this fails with RateLimited and the time to retry instead.
    qint64 maxRateLimitWaitMs = 5 * 60 * 1000;
    /// Used when a secondary rate limit (403/429) gives neither Retry-After nor a reset time;
    /// GitHub asks for at least a minute.
    qint64 secondaryLimitDefaultWaitMs = 60 * 1000;
    int pageCap = 20; ///< pages fetched by getAllPages at most
    QByteArray userAgent = QByteArrayLiteral("release-console");
    /// The clock for x-ratelimit-reset; tests move it.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

/// GitHub's REST API over Qt Network, asynchronous: every call returns at once and reports
/// through its callback on the thread the client lives on (the GUI thread or the CLI's event
/// loop); nothing here blocks. Each request carries the token as a Bearer header, the API version
/// 2022-11-28 and a User-Agent. GETs are cached by URL with their ETag and revalidated with
/// If-None-Match; rate limits (Retry-After, x-ratelimit-remaining/reset, secondary limits) hold
/// back the queue instead of failing; GETs are retried with back-off on 500/502/503 and resets.
/// POSTs are never retried: a caller that sees a Timeout must look for the effect first. (Below
/// the client, Qt's HTTP/1 layer re-sends any request once when the connection closes before the
/// first byte of the answer, and Qt 6.4 cannot turn that off; a write's body is therefore a device
/// that cannot be read twice, so that re-send fails as a Network error instead of reaching GitHub.)
class GitHubClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const GitHubResult &)>;
    using PagesCallback = std::function<void(const GitHubPages &)>;
    using ConnectionCallback = std::function<void(const GitHubConnectionResult &)>;

    /// `apiUrl` must come from parseGitHubApiUrl (https, or http on loopback); another URL makes
    /// every request fail with a message saying why.
    GitHubClient(QUrl apiUrl, GitHubToken token, GitHubClientOptions options = {}, QObject *parent = nullptr);
    ~GitHubClient() override;

    QUrl apiUrl() const { return m_apiUrl; }
    const GitHubClientOptions &options() const { return m_options; }

    /// GET `path` ("/repos/o/r", or a full URL below the API URL). `subject` names the thing asked
    /// for in a 404 message ("repository o/r"). The callback runs unless `context` is destroyed.
    void get(const QString &path, const QString &subject, QObject *context, Callback done);
    /// POST a JSON body. Never retried by the client.
    void post(const QString &path, const QJsonObject &body, const QString &subject, QObject *context, Callback done);
    /// PATCH a JSON body (an issue's state, title, labels). Never retried by the client either,
    /// like a POST.
    void patch(const QString &path, const QJsonObject &body, const QString &subject, QObject *context, Callback done);
    /// GETs `path` and every `rel="next"` page after it, up to the page cap, collecting the array
    /// each page is (or the array under `itemsKey`, such as "workflow_runs").
    void getAllPages(const QString &path, const QString &itemsKey, const QString &subject, QObject *context,
                     PagesCallback done);
    /// GET /user, /repos/{owner}/{repo} and /rate_limit: who the token is, what it may do in the
    /// repository, and how much of the rate limit is left.
    void testConnection(const GitHubRepositoryName &repository, QObject *context, ConnectionCallback done);

    /// Answers served from the ETag cache after a 304.
    int notModifiedCount() const { return m_notModifiedCount; }
    /// Requests put on the wire, retries included.
    int requestsSent() const { return m_requestsSent; }
    /// Requests waiting for a rate limit or a back-off to pass.
    int waitingCount() const { return m_waiting; }

private:
    struct Call;
    struct CacheEntry
    {
        QByteArray etag;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    /// Queues one request; `body` is sent for POST and PATCH only.
    void enqueue(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &subject,
               QObject *context, Callback done);
    void start(std::shared_ptr<Call> call);
    void send(std::shared_ptr<Call> call);
    void finished(std::shared_ptr<Call> call, QNetworkReply *reply);
    /// Follows a GET's redirect to another host (GitHub's log and archive downloads) without the
    /// token, and completes the call with that answer.
    void followDownload(std::shared_ptr<Call> call, const QUrl &target);
    void complete(const std::shared_ptr<Call> &call, GitHubResult result);
    void fetchPage(std::shared_ptr<struct PageWalk> walk, const QUrl &url);
    QUrl resolve(const QString &path, QString *error) const;
    /// Holds every request back until `until` (never shortens a longer hold).
    void holdUntil(const QDateTime &until);
    GitHubError errorFor(const Call &call, const GitHubResponse &response) const;
    QString redact(const QString &text) const;

    QUrl m_apiUrl;
    GitHubToken m_token;
    GitHubClientOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, CacheEntry> m_cache;
    QDateTime m_heldUntil;
    int m_notModifiedCount = 0;
    int m_requestsSent = 0;
    int m_waiting = 0;
};

/// A person's words for a kind ("timeout", "rate limited"), for logs and JSON.
QString gitHubErrorKindName(GitHubErrorKind kind);

} // namespace rc::core

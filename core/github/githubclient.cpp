#include "githubclient.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace rc::core {

namespace {

Q_LOGGING_CATEGORY(rcGitHubClient, "rc.github", QtInfoMsg)

// A request body that can be read once. Qt's HTTP/1 layer sends a request again when its
// connection closes before the answer starts, writes included, and Qt 6.4 has no switch for it: a
// dispatch whose answer was lost after GitHub acted would start a second run. A body that cannot
// be rewound turns that second send into ContentReSendError, so a write reaches GitHub at most
// once per call and the caller looks for its effect instead.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_position);
        if (n <= 0)
            return -1;
        std::copy_n(m_data.constData() + m_position, n, data);
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QByteArray headerOf(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QUrl nextLink(const QByteArray &link)
{
    static const QRegularExpression pattern(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"?([^\",;]+)\"?"));
    QRegularExpressionMatchIterator it = pattern.globalMatch(QString::fromUtf8(link));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(2).split(QLatin1Char(' ')).contains(QLatin1String("next")))
            return QUrl(match.captured(1));
    }
    return {};
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

/// GitHub's `message` and `errors[]` from an error body, as one line.
QString gitHubMessage(const QByteArray &body, QString *details = nullptr)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return QString::fromUtf8(body.left(200)).simplified();
    const QJsonObject object = document.object();
    if (details) {
        QStringList parts;
        for (const QJsonValue &value : object.value(QLatin1String("errors")).toArray()) {
            if (value.isString()) {
                parts << value.toString();
                continue;
            }
            const QJsonObject error = value.toObject();
            QString part = error.value(QLatin1String("message")).toString();
            if (part.isEmpty()) {
                QStringList bits;
                for (const char *key : {"resource", "field", "code"}) {
                    const QString bit = error.value(QLatin1String(key)).toString();
                    if (!bit.isEmpty())
                        bits << bit;
                }
                part = bits.join(QLatin1Char(' '));
            }
            if (!part.isEmpty())
                parts << part;
        }
        *details = parts.join(QLatin1String("; "));
    }
    return object.value(QLatin1String("message")).toString();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray GitHubResponse::header(const QByteArray &name) const
{
    return headerOf(headers, name);
}

QJsonDocument GitHubResponse::json() const
{
    return QJsonDocument::fromJson(body);
}

QString gitHubErrorKindName(GitHubErrorKind kind)
{
    switch (kind) {
    case GitHubErrorKind::None: return QStringLiteral("none");
    case GitHubErrorKind::Timeout: return QStringLiteral("timeout");
    case GitHubErrorKind::Network: return QStringLiteral("network");
    case GitHubErrorKind::Unauthorized: return QStringLiteral("unauthorized");
    case GitHubErrorKind::Forbidden: return QStringLiteral("forbidden");
    case GitHubErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case GitHubErrorKind::NotFound: return QStringLiteral("not_found");
    case GitHubErrorKind::Validation: return QStringLiteral("validation");
    case GitHubErrorKind::Http: return QStringLiteral("http");
    case GitHubErrorKind::Protocol: return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

struct GitHubClient::Call
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QString subject;
    QPointer<QObject> context;
    bool hadContext = false;
    Callback done;
    int retries = 0; ///< 5xx and reset retries so far
    int rateLimitWaits = 0;
};

struct PageWalk
{
    QString itemsKey;
    QString subject;
    QPointer<QObject> context;
    bool hadContext = false;
    GitHubClient::PagesCallback done;
    GitHubPages result;
};

GitHubClient::GitHubClient(QUrl apiUrl, GitHubToken token, GitHubClientOptions options, QObject *parent)
    : QObject(parent)
    , m_apiUrl(apiUrl.adjusted(QUrl::StripTrailingSlash))
    , m_token(std::move(token))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect to another host would carry the token there.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

GitHubClient::~GitHubClient() = default;

QString GitHubClient::redact(const QString &text) const
{
    return redactToken(text, m_token);
}

QUrl GitHubClient::resolve(const QString &path, QString *error) const
{
    const QString scheme = m_apiUrl.scheme();
    if (!m_apiUrl.isValid() || m_apiUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && isLoopbackHost(m_apiUrl.host())))) {
        *error = tr("refusing to send the token to %1: the API URL must be https (plain http only for 127.0.0.1, ::1 "
                    "or localhost)")
                     .arg(m_apiUrl.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://"))) {
        const QUrl url(path);
        if (!url.isValid() || !sameOrigin(url, m_apiUrl) || !url.path().startsWith(m_apiUrl.path())) {
            *error = tr("refusing to send the token to %1, which is outside the API URL %2")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), m_apiUrl.toDisplayString());
            return {};
        }
        return url;
    }
    const QString base = m_apiUrl.toString(QUrl::FullyEncoded);
    return QUrl(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
}

void GitHubClient::get(const QString &path, const QString &subject, QObject *context, Callback done)
{
    enqueue(QByteArrayLiteral("GET"), path, {}, subject, context, std::move(done));
}

void GitHubClient::post(const QString &path, const QJsonObject &body, const QString &subject, QObject *context,
                        Callback done)
{
    enqueue(QByteArrayLiteral("POST"), path, body, subject, context, std::move(done));
}

void GitHubClient::patch(const QString &path, const QJsonObject &body, const QString &subject, QObject *context,
                         Callback done)
{
    enqueue(QByteArrayLiteral("PATCH"), path, body, subject, context, std::move(done));
}

void GitHubClient::enqueue(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &subject,
                         QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->subject = subject;
    if (verb != "GET")
        call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->context = context;
    call->hadContext = context != nullptr;
    call->done = std::move(done);
    QString error;
    call->url = resolve(path, &error);
    if (!error.isEmpty()) {
        GitHubResult result;
        result.error = {GitHubErrorKind::Protocol, 0, redact(error), {}};
        // Callers expect the callback after the call returns, as for any network answer.
        QTimer::singleShot(0, this, [this, call, result] { complete(call, result); });
        return;
    }
    start(call);
}

void GitHubClient::holdUntil(const QDateTime &until)
{
    if (until.isValid() && (!m_heldUntil.isValid() || until > m_heldUntil))
        m_heldUntil = until;
}

void GitHubClient::start(std::shared_ptr<Call> call)
{
    const QDateTime now = m_options.now();
    if (m_heldUntil.isValid() && now < m_heldUntil) {
        const qint64 waitMs = now.msecsTo(m_heldUntil);
        if (waitMs > m_options.maxRateLimitWaitMs) {
            GitHubResult result;
            result.error = {GitHubErrorKind::RateLimited, 0,
                            tr("GitHub's rate limit is used up until %1; try again then")
                                .arg(m_heldUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))),
                            m_heldUntil};
            QTimer::singleShot(0, this, [this, call, result] { complete(call, result); });
            return;
        }
        qCDebug(rcGitHubClient) << "holding" << call->verb << call->url.path() << "for" << waitMs << "ms (rate limit)";
        ++m_waiting;
        QTimer::singleShot(int(waitMs), this, [this, call] {
            --m_waiting;
            start(call);
        });
        return;
    }
    send(std::move(call));
}

void GitHubClient::send(std::shared_ptr<Call> call)
{
    QNetworkRequest request(call->url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("User-Agent", m_options.userAgent);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", m_token.authorizationHeader());
    request.setTransferTimeout(m_options.timeoutMs);
    if (call->verb == "GET") {
        const auto cached = m_cache.constFind(call->url.toString(QUrl::FullyEncoded));
        if (cached != m_cache.constEnd())
            request.setRawHeader("If-None-Match", cached->etag);
    }
    QNetworkReply *reply = nullptr;
    if (call->verb != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        // Streamed from the one-shot body rather than copied into a buffer Qt could send twice.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->body, this);
        reply = call->verb == "POST" ? m_network->post(request, body) : m_network->sendCustomRequest(request, call->verb, body);
        body->setParent(reply);
    } else {
        reply = m_network->get(request);
    }
    ++m_requestsSent;
    qCDebug(rcGitHubClient) << call->verb << call->url.path();
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void GitHubClient::followDownload(std::shared_ptr<Call> call, const QUrl &target)
{
    const bool secure = target.scheme() == QLatin1String("https")
        || (target.scheme() == QLatin1String("http") && isLoopbackHost(target.host()));
    if (!target.isValid() || target.host().isEmpty() || !secure) {
        GitHubResult result;
        result.error = {GitHubErrorKind::Protocol, 0,
                        tr("GitHub sent %1 to %2, which is not https; it was not followed")
                            .arg(call->subject, target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                        {}};
        complete(call, result);
        return;
    }
    // No Authorization, no API headers: the URL carries its own short-lived signature, and the
    // token must not reach another host.
    QNetworkRequest request(target);
    request.setRawHeader("User-Agent", m_options.userAgent);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    ++m_requestsSent;
    qCDebug(rcGitHubClient) << "GET (download)" << target.host();
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, target] {
        reply->deleteLater();
        GitHubResult result;
        result.response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.response.headers = reply->rawHeaderPairs();
        if (reply->isOpen())
            result.response.body = reply->readAll();
        const QString where = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemovePath);
        if (result.response.httpStatus == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
            result.error = {timedOut ? GitHubErrorKind::Timeout : GitHubErrorKind::Network, 0,
                            tr("could not download %1 from %2: %3; try again later")
                                .arg(call->subject, where, reply->errorString()),
                            {}};
        } else if (result.response.httpStatus >= 400) {
            result.error = {GitHubErrorKind::Http, result.response.httpStatus,
                            tr("%1 answered %2 for %3; its link may have expired: try again")
                                .arg(where)
                                .arg(result.response.httpStatus)
                                .arg(call->subject),
                            {}};
        }
        complete(call, result);
    });
}

void GitHubClient::finished(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    GitHubResult result;
    GitHubResponse &response = result.response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        response.body = reply->readAll();
    response.nextPage = nextLink(response.header("Link"));
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool isGet = call->verb == "GET";
    qCDebug(rcGitHubClient) << call->verb << call->url.path() << "->" << response.httpStatus << networkError;

    if (response.httpStatus == 0) {
        // No HTTP answer at all.
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            result.error = {GitHubErrorKind::Timeout, 0,
                            tr("GitHub did not answer %1 %2 within %3 s; %4")
                                .arg(QString::fromLatin1(call->verb), call->url.path())
                                .arg(m_options.timeoutMs / 1000.0)
                                .arg(isGet ? tr("check the network and try again")
                                           : tr("the request may still have been carried out: check before sending it again")),
                            {}};
            complete(call, result);
            return;
        }
        if (isGet && isRetryableNetworkError(networkError) && call->retries < m_options.maxRetries) {
            const int delay = m_options.retryBaseDelayMs * (1 << call->retries);
            ++call->retries;
            ++m_waiting;
            QTimer::singleShot(delay, this, [this, call] {
                --m_waiting;
                start(call);
            });
            return;
        }
        result.error = {GitHubErrorKind::Network, 0,
                        redact(tr("could not reach GitHub at %1: %2; check the network, the proxy and the API URL (%3)")
                                   .arg(call->url.host(), reply->errorString(), m_apiUrl.toDisplayString())),
                        {}};
        complete(call, result);
        return;
    }

    if (isGet && isRedirect(response.httpStatus) && !response.header("Location").isEmpty()) {
        // Same-origin redirects were followed by Qt; this one leads elsewhere. GitHub sends
        // downloads (job logs, archives) to a storage host with a pre-signed URL: fetch it there
        // without the token.
        followDownload(call, call->url.resolved(QUrl::fromEncoded(response.header("Location"))));
        return;
    }

    const QDateTime now = m_options.now();
    const QByteArray remaining = response.header("x-ratelimit-remaining");
    const QByteArray reset = response.header("x-ratelimit-reset");
    const QDateTime resetAt = reset.isEmpty() ? QDateTime() : QDateTime::fromSecsSinceEpoch(reset.toLongLong(), Qt::UTC);

    const QByteArray retryAfter = response.header("Retry-After");
    const QString bodyMessage = gitHubMessage(response.body);
    const bool rateLimited = response.httpStatus == 429
        || (response.httpStatus == 403
            && (remaining == "0" || !retryAfter.isEmpty()
                || bodyMessage.contains(QLatin1String("rate limit"), Qt::CaseInsensitive)));
    if (rateLimited) {
        QDateTime when;
        if (!retryAfter.isEmpty())
            when = now.addSecs(std::max<qint64>(0, retryAfter.toLongLong()));
        else if (remaining == "0" && resetAt.isValid())
            when = resetAt;
        else
            when = now.addMSecs(m_options.secondaryLimitDefaultWaitMs);
        holdUntil(when);
        const qint64 waitMs = now.msecsTo(when);
        // A rejected-by-rate-limit GET is sent again once the wait has passed; a POST is left to
        // the caller, who knows whether sending it twice could do harm.
        if (isGet && waitMs <= m_options.maxRateLimitWaitMs && call->rateLimitWaits < 5) {
            ++call->rateLimitWaits;
            start(call);
            return;
        }
        result.error = {GitHubErrorKind::RateLimited, response.httpStatus,
                        redact(tr("GitHub's rate limit stopped %1 %2 (%3 %4); try again after %5")
                                   .arg(QString::fromLatin1(call->verb), call->url.path())
                                   .arg(response.httpStatus)
                                   .arg(bodyMessage, when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))),
                        when};
        complete(call, result);
        return;
    }
    if (remaining == "0" && resetAt.isValid())
        holdUntil(resetAt);

    if (isGet && (response.httpStatus == 500 || response.httpStatus == 502 || response.httpStatus == 503)
        && call->retries < m_options.maxRetries) {
        const int delay = m_options.retryBaseDelayMs * (1 << call->retries);
        ++call->retries;
        ++m_waiting;
        QTimer::singleShot(delay, this, [this, call] {
            --m_waiting;
            start(call);
        });
        return;
    }

    const QString key = call->url.toString(QUrl::FullyEncoded);
    if (response.httpStatus == 304 && isGet) {
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd()) {
            response.body = cached->body;
            // Keep the fresh rate-limit headers, but the cached page's Link.
            response.nextPage = nextLink(headerOf(cached->headers, "Link"));
            response.notModified = true;
            ++m_notModifiedCount;
            complete(call, result);
            return;
        }
    }
    if (response.httpStatus >= 200 && response.httpStatus < 300) {
        const QByteArray etag = response.header("ETag");
        if (isGet && !etag.isEmpty())
            m_cache.insert(key, {etag, response.body, response.headers});
        complete(call, result);
        return;
    }
    result.error = errorFor(*call, response);
    complete(call, result);
}

GitHubError GitHubClient::errorFor(const Call &call, const GitHubResponse &response) const
{
    QString details;
    const QString message = gitHubMessage(response.body, &details);
    const QString quoted = message.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(message);
    const QString subject = call.subject.isEmpty() ? call.url.path() : call.subject;
    GitHubError error;
    error.httpStatus = response.httpStatus;
    switch (response.httpStatus) {
    case 401:
        error.kind = GitHubErrorKind::Unauthorized;
        if (m_token.isEmpty()) {
            error.message = tr("GitHub needs a token (401%1): set GH_TOKEN or GITHUB_TOKEN, or store one in the "
                               "keychain from the GitHub settings")
                                .arg(quoted);
        } else {
            error.message = tr("GitHub refused the token from %1 (401%2): it is wrong, expired or revoked; create a "
                               "new token and put it in %1")
                                .arg(m_token.source().isEmpty() ? tr("the settings") : m_token.source(), quoted);
        }
        break;
    case 403: {
        error.kind = GitHubErrorKind::Forbidden;
        const QByteArray accepted = response.header("X-Accepted-GitHub-Permissions");
        const QString needs = accepted.isEmpty()
            ? tr("give the token write access to the repository (fine-grained: the Actions, Contents and Issues "
                 "permissions; classic: the repo and workflow scopes)")
            : tr("give the token the permission %1").arg(QString::fromUtf8(accepted));
        error.message = tr("GitHub refused %1 (403%2): the token from %3 lacks a permission; %4")
                            .arg(subject, quoted, m_token.source().isEmpty() ? tr("the settings") : m_token.source(),
                                 needs);
        break;
    }
    case 404:
        error.kind = GitHubErrorKind::NotFound;
        error.message = tr("%1 was not found on %2 (404): check the name; a private repository also answers 404 "
                           "when the token has no access to it")
                            .arg(subject, m_apiUrl.host());
        break;
    case 422:
        error.kind = GitHubErrorKind::Validation;
        error.message = tr("GitHub rejected %1 (422)%2%3")
                            .arg(subject, message.isEmpty() ? QString() : QStringLiteral(": ") + message,
                                 details.isEmpty() ? QString() : QStringLiteral(" (") + details + QLatin1Char(')'));
        break;
    default:
        error.kind = GitHubErrorKind::Http;
        error.message = tr("GitHub answered %1 for %2%3%4")
                            .arg(response.httpStatus)
                            .arg(subject, quoted,
                                 response.httpStatus >= 500 ? tr("; GitHub has a problem, try again later") : QString());
        break;
    }
    error.message = redact(error.message);
    return error;
}

void GitHubClient::complete(const std::shared_ptr<Call> &call, GitHubResult result)
{
    if (call->hadContext && !call->context)
        return;
    result.error.message = redact(result.error.message);
    if (call->done)
        call->done(result);
}

void GitHubClient::getAllPages(const QString &path, const QString &itemsKey, const QString &subject, QObject *context,
                               PagesCallback done)
{
    auto walk = std::make_shared<PageWalk>();
    walk->itemsKey = itemsKey;
    walk->subject = subject;
    walk->context = context;
    walk->hadContext = context != nullptr;
    walk->done = std::move(done);
    QString error;
    const QUrl first = resolve(path, &error);
    fetchPage(walk, first.isValid() ? first : QUrl(path));
}

void GitHubClient::fetchPage(std::shared_ptr<PageWalk> walk, const QUrl &url)
{
    auto finish = [walk] {
        if (walk->hadContext && !walk->context)
            return;
        if (walk->done)
            walk->done(walk->result);
    };
    get(url.toString(QUrl::FullyEncoded), walk->subject, walk->context, [this, walk, finish, url](const GitHubResult &page) {
        if (!page.ok()) {
            walk->result.error = page.error;
            finish();
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(page.response.body, &parseError);
        QJsonArray items;
        if (walk->itemsKey.isEmpty() && document.isArray()) {
            items = document.array();
        } else if (!walk->itemsKey.isEmpty() && document.isObject()
                   && document.object().value(walk->itemsKey).isArray()) {
            items = document.object().value(walk->itemsKey).toArray();
        } else {
            walk->result.error = {GitHubErrorKind::Protocol, page.response.httpStatus,
                                  tr("GitHub's answer for %1 is not %2 (%3); check that the API URL points at GitHub's "
                                     "REST API")
                                      .arg(walk->subject,
                                           walk->itemsKey.isEmpty() ? tr("a JSON array")
                                                                    : tr("an object with an array \"%1\"").arg(walk->itemsKey),
                                           parseError.error == QJsonParseError::NoError ? tr("other JSON")
                                                                                        : parseError.errorString()),
                                  {}};
            finish();
            return;
        }
        for (const QJsonValue &item : std::as_const(items))
            walk->result.items.append(item);
        ++walk->result.pages;
        if (page.response.nextPage.isEmpty()) {
            finish();
            return;
        }
        if (walk->result.pages >= m_options.pageCap) {
            walk->result.truncated = true;
            finish();
            return;
        }
        fetchPage(walk, url.resolved(page.response.nextPage));
    });
}

void GitHubClient::testConnection(const GitHubRepositoryName &repository, QObject *context, ConnectionCallback done)
{
    auto state = std::make_shared<GitHubConnectionResult>();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [state, guard, hadContext, done] {
        if (hadContext && !guard)
            return;
        if (done)
            done(*state);
    };
    auto rateLimit = [this, state, finish](const GitHubResult &result) {
        if (!result.ok()) {
            state->error = result.error;
            return finish();
        }
        const QJsonObject root = result.response.json().object();
        QJsonObject core = root.value(QLatin1String("resources")).toObject().value(QLatin1String("core")).toObject();
        if (core.isEmpty())
            core = root.value(QLatin1String("rate")).toObject();
        if (core.isEmpty()) {
            state->error = {GitHubErrorKind::Protocol, result.response.httpStatus,
                            tr("GitHub's answer to /rate_limit has no resources.core; check the API URL %1")
                                .arg(m_apiUrl.toDisplayString()),
                            {}};
            return finish();
        }
        state->info.rateLimit = core.value(QLatin1String("limit")).toInt();
        state->info.rateRemaining = core.value(QLatin1String("remaining")).toInt();
        state->info.rateUsed = core.value(QLatin1String("used")).toInt();
        state->info.rateReset =
            QDateTime::fromSecsSinceEpoch(qint64(core.value(QLatin1String("reset")).toDouble()), Qt::UTC);
        finish();
    };
    auto repo = [this, state, finish, rateLimit, context](const GitHubResult &result) {
        if (!result.ok()) {
            state->error = result.error;
            return finish();
        }
        const QJsonObject root = result.response.json().object();
        state->info.repository = root.value(QLatin1String("full_name")).toString();
        state->info.isPrivate = root.value(QLatin1String("private")).toBool();
        const QJsonObject permissions = root.value(QLatin1String("permissions")).toObject();
        state->info.admin = permissions.value(QLatin1String("admin")).toBool();
        state->info.maintain = permissions.value(QLatin1String("maintain")).toBool();
        state->info.push = permissions.value(QLatin1String("push")).toBool();
        state->info.triage = permissions.value(QLatin1String("triage")).toBool();
        state->info.pull = permissions.value(QLatin1String("pull")).toBool();
        get(QStringLiteral("/rate_limit"), tr("the rate limit"), context, rateLimit);
    };
    const QString repoPath = QStringLiteral("/repos/%1/%2")
                                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(repository.owner)),
                                      QString::fromUtf8(QUrl::toPercentEncoding(repository.name)));
    const QString repoSubject = tr("the repository %1").arg(repository.fullName());
    get(QStringLiteral("/user"), tr("the signed-in user"), context,
        [this, state, finish, repo, repoPath, repoSubject, context](const GitHubResult &result) {
            if (!result.ok()) {
                state->error = result.error;
                return finish();
            }
            const QJsonObject root = result.response.json().object();
            state->info.login = root.value(QLatin1String("login")).toString();
            if (state->info.login.isEmpty()) {
                state->error = {GitHubErrorKind::Protocol, result.response.httpStatus,
                                tr("GitHub's answer to /user has no login; check the API URL %1")
                                    .arg(m_apiUrl.toDisplayString()),
                                {}};
                return finish();
            }
            const QByteArray scopes = result.response.header("X-OAuth-Scopes");
            for (const QByteArray &scope : scopes.split(',')) {
                if (!scope.trimmed().isEmpty())
                    state->info.oauthScopes << QString::fromUtf8(scope.trimmed());
            }
            get(repoPath, repoSubject, context, repo);
        });
}

} // namespace rc::core

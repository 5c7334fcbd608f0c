#pragma once

// A Slack incoming-webhook receiver on 127.0.0.1 (QHttpServer) for the notifier's tests: it
// records what was posted to /services/T000/B000/<hook> and answers as a test tells it to.

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace rc::test {

struct Posted
{
    QString hook; ///< the last path segment: which webhook was used
    QByteArray contentType;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct SlackAnswer
{
    int status = 200;
    QByteArray body = "ok";
    QByteArray retryAfter; ///< the Retry-After header, when set
};

class SlackReceiver
{
public:
    std::function<SlackAnswer(const Posted &, int index)> answer;
    QList<Posted> posted;

    /// Starts on `port`, or a free one when 0. False when the port is taken.
    bool start(quint16 port = 0)
    {
        m_server = std::make_unique<QHttpServer>();
        m_server->route(QStringLiteral("/services/T000/B000/<arg>"),
                        [this](const QString &hook, const QHttpServerRequest &request) {
                            Posted p{hook, request.value("Content-Type"), request.body()};
                            const int index = int(posted.size());
                            posted.append(p);
                            const SlackAnswer a = answer ? answer(p, index) : SlackAnswer{};
                            QHttpServerResponse response(QByteArrayLiteral("text/html"), a.body,
                                                         QHttpServerResponse::StatusCode(a.status));
                            if (!a.retryAfter.isEmpty())
                                response.addHeader(QByteArrayLiteral("Retry-After"), a.retryAfter);
                            return response;
                        });
        m_port = m_server->listen(QHostAddress::LocalHost, port);
        if (m_port == 0)
            m_server.reset();
        return m_port != 0;
    }

    /// Closes the listening socket: the next requests are refused.
    void stop() { m_server.reset(); }

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT/services/T000/B000/<hook>"
    QString url(const QString &hook = QStringLiteral("fake")) const
    {
        return QStringLiteral("http://127.0.0.1:%1/services/T000/B000/%2").arg(m_port).arg(hook);
    }

private:
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace rc::test

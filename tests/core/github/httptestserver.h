#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the GitHub client's tests: each test answers with a
// function of the request, including silence (a timeout) and a reset connection.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace rc::test {

struct Request
{
    QByteArray method;
    QByteArray path; ///< with the query
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

/// What the server does with a request.
struct Answer
{
    enum Kind { Respond, Silence, Reset } kind = Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

inline Answer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return Answer{Answer::Respond, status, body, std::move(headers)};
}

/// A small HTTP/1.1 server on 127.0.0.1 that answers through a function of the request and
/// its 0-based index, and records what it was sent. Keep-alive, like GitHub.
class HttpServer : public QObject
{
public:
    std::function<Answer(const Request &, int)> handler;
    QList<Request> requests;

    HttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length").toInt();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const int index = int(requests.size());
            requests.append(request);
            const Answer answer = handler ? handler(request, index) : json(404, "{}");
            if (answer.kind == Answer::Silence)
                continue;
            if (answer.kind == Answer::Reset) {
                socket->abort();
                m_buffers.remove(socket);
                socket->deleteLater();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
            bool hasType = false;
            for (const auto &header : answer.headers) {
                out += header.first + ": " + header.second + "\r\n";
                hasType = hasType || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            }
            if (!hasType && !answer.body.isEmpty())
                out += "Content-Type: application/json; charset=utf-8\r\n";
            out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
            socket->write(out);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace rc::test

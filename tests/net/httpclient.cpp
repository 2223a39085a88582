#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace weitblick::test {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(QUrl base) : m_base(std::move(base))
{
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
}

HttpAnswer HttpClient::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit); // a hung server fails the test
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

HttpAnswer HttpClient::get(const QString &path)
{
    return wait(m_manager.get(QNetworkRequest(m_base.resolved(QUrl(path)))));
}

HttpAnswer HttpClient::post(const QString &path, const QByteArray &body,
                            const QByteArray &contentType)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setRawHeader("Content-Type", contentType);
    return wait(m_manager.post(request, body));
}

HttpAnswer HttpClient::postJson(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray HttpClient::sessionCookie() const
{
    const QList<QNetworkCookie> cookies = m_manager.cookieJar()->cookiesForUrl(m_base);
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "weitblick_device")
            return cookie.name() + '=' + cookie.value();
    }
    return {};
}

QByteArray rawExchange(quint16 port, const QByteArray &bytes, int quietMs)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        quiet.start(quietMs);
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        received += socket.readAll();
        loop.quit();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    quiet.start(quietMs);
    loop.exec();
    received += socket.readAll();
    return received;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

int statusOf(const QByteArray &rawAnswer)
{
    if (!rawAnswer.startsWith("HTTP/1."))
        return 0;
    return rawAnswer.mid(9, 3).toInt();
}

} // namespace weitblick::test

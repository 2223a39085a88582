#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace weitblick::test {

// One HTTP answer as a test sees it.
struct HttpAnswer
{
    int status = 0; // 0: no answer
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

// A device talking to a participation server over real HTTP: QNetworkAccessManager with a
// cookie jar of its own. It waits for each answer in an event loop, so that a server in the
// same thread keeps serving meanwhile.
class HttpClient
{
public:
    explicit HttpClient(QUrl base);

    HttpAnswer get(const QString &path);
    HttpAnswer post(const QString &path, const QByteArray &body,
                    const QByteArray &contentType = "application/json");
    HttpAnswer postJson(const QString &path, const QJsonObject &body);
    // The session cookie the server set, as "name=value".
    QByteArray sessionCookie() const;

private:
    HttpAnswer wait(QNetworkReply *reply);

    QUrl m_base;
    QNetworkAccessManager m_manager;
};

// Sends the bytes on a new connection and returns all that came back until the server closed
// the connection, or until nothing more came for quietMs.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int quietMs = 3000);

// A loopback port that nothing listens on: the system's choice, given back at once (0 when
// there is none).
quint16 freePort();

// The status code of a raw HTTP answer ("HTTP/1.1 413 ..." gives 413), 0 for none.
int statusOf(const QByteArray &rawAnswer);

} // namespace weitblick::test

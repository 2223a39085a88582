#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace weitblick {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as plain values. The participation API works on these, so that tests and
// the fuzz target drive it without sockets, and QHttpServer only carries the bytes.
struct HttpRequestData
{
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // the path and query, percent-encoded: "/api/state", "/?code=K7QM2X"
    HttpHeaders headers;
    QByteArray body;
    QString peer; // the client's address, for the rate limits

    // The value of the first header of that name (names compare case-insensitively).
    QByteArray header(QByteArrayView name) const;
};

// The answer to one request.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HttpHeaders headers; // besides Content-Type and the security headers every reply carries

    QByteArray header(QByteArrayView name) const;
};

} // namespace weitblick

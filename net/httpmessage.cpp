#include "httpmessage.h"

namespace weitblick {

static QByteArray findHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequestData::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

} // namespace weitblick

#include "jsonbody.h"

#include "core/model/card.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace weitblick::JsonBody {

bool isJsonContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.constFirst().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).trimmed().toLower().replace('"', "") != "charset=utf-8")
            return false;
    }
    return true;
}

std::optional<QJsonObject> parse(const QByteArray &body, const QStringList &allowed,
                                 QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not-json");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            // The name goes back as JSON text, never into a page: cut it short all the same.
            *error = QStringLiteral("unknown-field: ") + it.key().left(40);
            return std::nullopt;
        }
    }
    return object;
}

std::optional<Id> optionalId(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined())
        return NoId;
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Whole and exact in a double: ids of a file are far below 2^53.
    if (!(number >= 1 && number <= 9007199254740991.0) || std::floor(number) != number)
        return std::nullopt;
    return Id(number);
}

QUuid clientId(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    // fromString also reads braces; here only the plain form of crypto.randomUUID().
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != text.toLower())
        return {};
    return uuid;
}

const char *cardText(const QString &sent, QString *text)
{
    if (!sent.isValidUtf16())
        return "bad-text";
    QString result = sent;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QChar c : std::as_const(result)) {
        const char16_t u = c.unicode();
        // Control characters and non-characters would show as boxes or break exports.
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0);
        if (control || u == 0xfffe || u == 0xffff)
            return "bad-text";
    }
    result = result.trimmed();
    if (result.isEmpty())
        return "empty-text";
    if (result.size() > Card::MaxTextLength)
        return "text-too-long";
    *text = result;
    return nullptr;
}

} // namespace weitblick::JsonBody

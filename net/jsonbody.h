#pragma once

#include "core/model/id.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace weitblick {

// Reads the JSON bodies of the participation API strictly: an object with only known fields,
// ids that are whole numbers, and card texts fit for the wall.
namespace JsonBody {

// Whether a Content-Type says JSON (in UTF-8, the only charset JSON has).
bool isJsonContentType(const QByteArray &contentType);

// The body as an object with no fields but the allowed ones; none with *error a short
// machine-readable reason ("not-json", "unknown-field: x").
std::optional<QJsonObject> parse(const QByteArray &body, const QStringList &allowed,
                                 QString *error);

// A field that holds an id or null (or is missing, which is null): NoId for null, none for
// anything else than a positive whole number.
std::optional<Id> optionalId(const QJsonObject &object, const QString &field);

// A client id as crypto.randomUUID() writes it (any case); null for anything else.
QUuid clientId(const QJsonValue &value);

// A card text made fit for the wall: line ends as \n, no blanks around it. Returns a reason
// ("empty-text", "text-too-long", "bad-text") when it cannot be a card, else null.
const char *cardText(const QString &sent, QString *text);

} // namespace JsonBody

} // namespace weitblick

#include <catch2/catch.hpp>

#include "net/jsonbody.h"

#include "core/model/card.h"

#include <QJsonArray>

using namespace weitblick;

TEST_CASE("Only JSON in UTF-8 counts as JSON", "[net][json]")
{
    CHECK(JsonBody::isJsonContentType("application/json"));
    CHECK(JsonBody::isJsonContentType("Application/JSON; charset=UTF-8"));
    CHECK(JsonBody::isJsonContentType("application/json;charset=\"utf-8\""));
    CHECK_FALSE(JsonBody::isJsonContentType(""));
    CHECK_FALSE(JsonBody::isJsonContentType("text/plain"));
    CHECK_FALSE(JsonBody::isJsonContentType("application/json; charset=latin1"));
    CHECK_FALSE(JsonBody::isJsonContentType("application/jsonx"));
}

TEST_CASE("A body is an object with known fields only", "[net][json]")
{
    const QStringList allowed{QStringLiteral("id"), QStringLiteral("text")};
    QString error;
    CHECK(JsonBody::parse("{\"id\": 1, \"text\": \"a\"}", allowed, &error));
    CHECK(JsonBody::parse("{}", allowed, &error));
    CHECK_FALSE(JsonBody::parse("{\"id\": 1, \"extra\": 2}", allowed, &error));
    CHECK(error == QStringLiteral("unknown-field: extra"));
    for (const QByteArray body : {"", "[]", "1", "\"s\"", "{", "{\"id\": }", "nul"}) {
        CAPTURE(body);
        CHECK_FALSE(JsonBody::parse(body, allowed, &error));
        CHECK(error == QStringLiteral("not-json"));
    }
}

TEST_CASE("Ids are positive whole numbers or null", "[net][json]")
{
    const QJsonObject object{{QStringLiteral("a"), 3},     {QStringLiteral("b"), QJsonValue()},
                             {QStringLiteral("c"), 0},     {QStringLiteral("d"), -1},
                             {QStringLiteral("e"), 1.5},   {QStringLiteral("f"), QStringLiteral("3")},
                             {QStringLiteral("g"), 1e300}, {QStringLiteral("h"), QJsonArray()}};
    CHECK(JsonBody::optionalId(object, QStringLiteral("a")) == Id(3));
    CHECK(JsonBody::optionalId(object, QStringLiteral("b")) == NoId);
    CHECK(JsonBody::optionalId(object, QStringLiteral("missing")) == NoId);
    for (const char *bad : {"c", "d", "e", "f", "g", "h"})
        CHECK_FALSE(JsonBody::optionalId(object, QLatin1String(bad)));
}

TEST_CASE("Client ids are UUIDs as browsers write them", "[net][json]")
{
    const QString id = QStringLiteral("6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01");
    CHECK(JsonBody::clientId(id) == QUuid(id));
    CHECK(JsonBody::clientId(id.toUpper()) == QUuid(id));
    CHECK(JsonBody::clientId(QLatin1Char('{') + id + QLatin1Char('}')).isNull());
    CHECK(JsonBody::clientId(QStringLiteral("00000000-0000-0000-0000-000000000000")).isNull());
    CHECK(JsonBody::clientId(QStringLiteral("6f1d3c1e9b7a4c528f0e2a8d5b7c9e01")).isNull());
    CHECK(JsonBody::clientId(7).isNull());
}

TEST_CASE("Card texts are made fit for the wall or refused", "[net][json]")
{
    QString text;
    CHECK(JsonBody::cardText(QStringLiteral("  a\r\nb\rc\td  "), &text) == nullptr);
    CHECK(text == QStringLiteral("a\nb\nc\td"));
    CHECK(JsonBody::cardText(QStringLiteral("<img src=x onerror=alert(1)>"), &text) == nullptr);
    CHECK(text == QStringLiteral("<img src=x onerror=alert(1)>")); // plain text, kept as it is
    CHECK(QByteArray(JsonBody::cardText(QStringLiteral(" "), &text)) == "empty-text");
    CHECK(QByteArray(JsonBody::cardText(QString(Card::MaxTextLength + 1, QLatin1Char('a')), &text))
          == "text-too-long");
    CHECK(JsonBody::cardText(QString(Card::MaxTextLength, QLatin1Char('a')), &text) == nullptr);
    const char16_t bad[] = {u'\0', u'\x1b', u'\x7f', u'\x85', char16_t(0xfffe), char16_t(0xdc00)};
    for (const char16_t c : bad) {
        CAPTURE(int(c));
        CHECK(QByteArray(JsonBody::cardText(QStringLiteral("a") + QChar(c), &text)) == "bad-text");
    }
}

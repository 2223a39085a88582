#include <catch2/catch.hpp>

#include "core/model/limits.h"
#include "core/model/walltopics.h"

#include <QElapsedTimer>

using namespace weitblick;

TEST_CASE("Wall topics are the lines typed, trimmed, once each", "[model]")
{
    CHECK(wallTopicsFromText(QString()).isEmpty());
    CHECK(wallTopicsFromText(QStringLiteral("  Verkehr \n\nWohnen\r\nVerkehr\n   \n"))
          == QStringList({QStringLiteral("Verkehr"), QStringLiteral("Wohnen")}));
    CHECK(wallTopicsFromText(QStringLiteral("Grün") + QChar::LineSeparator + QStringLiteral("Blau"))
          == QStringList({QStringLiteral("Grün"), QStringLiteral("Blau")}));

    QStringList many;
    for (int i = 1; i <= 20; ++i)
        many << QStringLiteral("Thema %1").arg(i);
    const QStringList cut = wallTopicsFromText(many.join(QLatin1Char('\n')));
    CHECK(cut.size() == limits::MaxWallTopics);
    CHECK(cut.constLast() == QStringLiteral("Thema 12"));
    // The topics past the limit are named, once each, so that the dialog can say so.
    QStringList leftOut;
    CHECK(wallTopicsFromText(many.join(QLatin1Char('\n')) + QStringLiteral("\nThema 13"),
                             &leftOut)
          == cut);
    CHECK(leftOut.size() == 20 - limits::MaxWallTopics);
    CHECK(leftOut.constFirst() == QStringLiteral("Thema 13"));
    wallTopicsFromText(QStringLiteral("Verkehr"), &leftOut);
    CHECK(leftOut.isEmpty());
    CHECK(wallTopicsFromText(QString(200, QLatin1Char('x'))).constFirst().size()
          == limits::MaxWallTopicLength);
    CHECK(areWellFormedWallTopics(cut));
}

TEST_CASE("A pasted list of many thousand lines is split quickly", "[model]")
{
    QStringList lines;
    for (int i = 0; i < 50000; ++i)
        lines << QStringLiteral("Thema %1").arg(i);
    QElapsedTimer timer;
    timer.start();
    QStringList leftOut;
    const QStringList topics = wallTopicsFromText(lines.join(QLatin1Char('\n')), &leftOut);
    // Milliseconds; comparing every line with every other took seconds.
    CHECK(timer.elapsed() < 3000);
    CHECK(topics.size() == limits::MaxWallTopics);
    CHECK(leftOut.size() == 50000 - limits::MaxWallTopics);
}

TEST_CASE("Only topics that typing can give are well formed", "[model]")
{
    CHECK(areWellFormedWallTopics({}));
    CHECK(areWellFormedWallTopics({QStringLiteral("Verkehr"), QStringLiteral("Wohnen")}));
    CHECK_FALSE(areWellFormedWallTopics({QString()}));
    CHECK_FALSE(areWellFormedWallTopics({QStringLiteral(" Verkehr")}));
    CHECK_FALSE(areWellFormedWallTopics({QStringLiteral("Ver\nkehr")}));
    CHECK_FALSE(areWellFormedWallTopics({QStringLiteral("Verkehr"), QStringLiteral("Verkehr")}));
}

TEST_CASE("A long topic is cut between whole characters", "[model]")
{
    // 59 letters and a waving hand with a skin tone (four UTF-16 units): one character.
    const QString line = QString(59, QLatin1Char('x')) + QStringLiteral("👋🏽") + QStringLiteral("yyy");
    const QStringList topics = wallTopicsFromText(line);
    REQUIRE(topics.size() == 1);
    CHECK(topics.constFirst() == QString(59, QLatin1Char('x')) + QStringLiteral("👋🏽"));
}

#include "opendocument.h"

#include <catch2/catch.hpp>

namespace weitblick::test {

OpenDocument::OpenDocument(const Conference &conference)
{
    QString error;
    document = ConferenceDocument::create(dir.path(QStringLiteral("conference.weitblick")),
                                          conference, &error);
    INFO(error.toStdString());
    REQUIRE(document);
}

Conference OpenDocument::fromFile() const
{
    OpenOutcome outcome;
    auto copy = ConferenceDocument::open(document->filePath(), ConferenceStore::Access::ReadOnly,
                                         &outcome);
    REQUIRE(copy);
    return copy->conference();
}

int cardsSaying(const Conference &conference, const QString &text)
{
    const auto &cards = conference.all<Card>();
    return int(std::count_if(cards.begin(), cards.end(),
                             [&](const Card &card) { return card.text == text; }));
}

} // namespace weitblick::test

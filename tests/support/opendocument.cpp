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

} // namespace weitblick::test

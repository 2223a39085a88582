#pragma once

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "dialogtesting.h"
#include "testfiles.h"

#include <catch2/catch.hpp>

#include <memory>

namespace weitblick::test {

// A conference file in a temporary folder, opened as a document: the sample conference unless
// the test brings its own.
struct SetupDocument
{
    TempDir dir;
    std::unique_ptr<ConferenceDocument> document;

    explicit SetupDocument(const Conference &conference = makeSampleConference())
    {
        QString error;
        document = ConferenceDocument::create(dir.path(QStringLiteral("c.weitblick")),
                                              conference, &error);
        REQUIRE(document);
    }

    ConferenceDocument *get() const { return document.get(); }
    const Conference &conference() const { return document->conference(); }

    // The same file opened a second time, read-only.
    std::unique_ptr<ConferenceDocument> openReadOnly() const
    {
        OpenOutcome outcome;
        auto copy = ConferenceDocument::open(document->filePath(),
                                             ConferenceStore::Access::ReadOnly, &outcome);
        REQUIRE(copy);
        return copy;
    }
};

} // namespace weitblick::test

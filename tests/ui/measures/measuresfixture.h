#pragma once

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"

#include <catch2/catch.hpp>

#include <memory>

namespace weitblick::test {

// The sample conference in a temporary file, opened as a document.
struct MeasuresDocument
{
    TempDir dir;
    std::unique_ptr<ConferenceDocument> document;

    explicit MeasuresDocument(const Conference &conference = makeSampleConference())
    {
        QString error;
        document = ConferenceDocument::create(dir.path(QStringLiteral("m.weitblick")),
                                              conference, &error);
        REQUIRE(document);
    }

    ConferenceDocument *get() const { return document.get(); }
    const Conference &conference() const { return document->conference(); }
    int undoCount() const { return document->undoStack()->count(); }

    // What the file holds, read again.
    Conference fromFile() const
    {
        OpenOutcome outcome;
        auto copy = ConferenceDocument::open(document->filePath(),
                                             ConferenceStore::Access::ReadOnly, &outcome);
        REQUIRE(copy);
        return copy->conference();
    }
};

// The day the sample is looked at in tests: the pop-up shops are at risk.
inline QDate sampleToday()
{
    return QDate(2026, 11, 26);
}

} // namespace weitblick::test

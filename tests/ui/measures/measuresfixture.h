#pragma once

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "opendocument.h"
#include "testfiles.h"

#include <catch2/catch.hpp>

#include <memory>

namespace weitblick::test {

// The sample conference in a temporary file, opened as a document.
struct MeasuresDocument : OpenDocument
{
    explicit MeasuresDocument(const Conference &conference = makeSampleConference())
        : OpenDocument(conference)
    {
    }
};

// The day the sample is looked at in tests: the pop-up shops are at risk.
inline QDate sampleToday()
{
    return QDate(2026, 11, 26);
}

} // namespace weitblick::test

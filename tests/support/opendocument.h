#pragma once

#include "core/document/conferencedocument.h"
#include "testfiles.h"

#include <memory>

namespace weitblick::test {

// A conference written to a new file in a temporary folder and open as a document, for the
// tests that compare the model with what the file holds after each step.
struct OpenDocument
{
    explicit OpenDocument(const Conference &conference);

    ConferenceDocument *get() const { return document.get(); }
    const Conference &conference() const { return document->conference(); }
    int undoCount() const { return document->undoStack()->count(); }
    // What the file holds, read again.
    Conference fromFile() const;

    TempDir dir;
    std::unique_ptr<ConferenceDocument> document;
};

// How many cards of the conference say exactly this.
int cardsSaying(const Conference &conference, const QString &text);

} // namespace weitblick::test

#pragma once

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
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

// Runs handle on the modal dialog that the next call opens (message box, colour or input
// dialog), once it is up; gives up after about two seconds.
inline void whenModal(std::function<void(QWidget *)> handle, int triesLeft = 200)
{
    QTimer::singleShot(triesLeft == 200 ? 0 : 10, [handle, triesLeft] {
        if (QWidget *modal = QApplication::activeModalWidget())
            handle(modal);
        else if (triesLeft > 0)
            whenModal(handle, triesLeft - 1);
    });
}

} // namespace weitblick::test

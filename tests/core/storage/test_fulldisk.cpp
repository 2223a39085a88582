// Issue 12, item 16: a full disk. Weitblick says that the disk is full, leaves nothing behind,
// and changes an old file only when its upgrade fits.
#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/io/participantimport.h"
#include "core/sample/stressconference.h"
#include "core/storage/filelock.h"
#include "filesizelimit.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>

using namespace weitblick;

namespace {

const QString NoSpace = QStringLiteral("no space left on the disk");

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// A CSV of participants, large enough that its import does not fit into a few kilobytes.
QByteArray manyParticipants(int count)
{
    QByteArray csv = "Name;Organisation\n";
    for (int i = 0; i < count; ++i)
        csv += "Teilnehmerin " + QByteArray::number(i) + ";Verein für Heimat und Zukunft\n";
    return csv;
}

} // namespace

TEST_CASE("Without space for the lock file a conference opens read-only and says why",
          "[storage][fulldisk]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("voll.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    const QByteArray before = test::readAll(path);

    OpenOutcome outcome;
    std::unique_ptr<ConferenceDocument> document;
    {
        test::FileSizeLimit nothingFits(0);
        document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    }
    REQUIRE(document);
    CHECK(document->isReadOnly());
    CHECK(outcome.reason == OpenOutcome::Reason::NotWritable);
    CHECK(outcome.message.contains(NoSpace));
    CHECK_FALSE(outcome.message.contains(QStringLiteral("already open")));
    document.reset();
    CHECK(test::readAll(path) == before);
    CHECK(filesIn(dir.path(QString())) == QStringList{QStringLiteral("voll.weitblick")});
}

TEST_CASE("A conference that does not fit on the disk leaves nothing behind",
          "[storage][fulldisk]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("gross.weitblick"));
    const Conference stress = makeStressConference();
    QString error;
    {
        test::FileSizeLimit limit(256 * 1024);
        CHECK_FALSE(ConferenceStore::create(path, stress, &error));
    }
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(NoSpace));
    CHECK(filesIn(dir.path(QString())).isEmpty());
}

TEST_CASE("Save As on a full disk names the file and the full disk", "[storage][fulldisk]")
{
    test::TempDir dir;
    QString error;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("a.weitblick")),
                                               makeStressConference(), &error);
    REQUIRE(document);
    const QString copy = dir.path(QStringLiteral("kopie.weitblick"));
    {
        test::FileSizeLimit limit(256 * 1024);
        CHECK_FALSE(document->saveAs(copy, &error));
    }
    CHECK(error.contains(QDir::toNativeSeparators(copy)));
    CHECK(error.contains(NoSpace));
    CHECK_FALSE(document->isReadOnly());
    CHECK(filesIn(dir.path(QString())) == QStringList{QStringLiteral("a.weitblick"),
                                                      QStringLiteral("a.weitblick.lock")});
}

// The import that follows an upgrade failed for lack of space, after the file had been
// upgraded and its backup written.
TEST_CASE("An old file is upgraded only when the disk has room for it", "[storage][fulldisk]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("alt.weitblick"));
    test::writeAll(path, test::readAll(QStringLiteral(WEITBLICK_FIXTURES "/sample-v1.weitblick")));
    const QByteArray before = test::readAll(path);
    QString error;
    const std::optional<CsvTable> csv = CsvReader::read(manyParticipants(3000), &error);
    REQUIRE(csv);

    OpenOutcome outcome;
    QList<ImportProblem> problems;
    {
        // Room for a backup and the upgrade, not for the import after it.
        test::FileSizeLimit limit(before.size() + 64 * 1024);
        auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite,
                                                 &outcome);
        REQUIRE(document);
        CHECK(ParticipantImport(*csv).apply(document.get(), &problems) == -1);
    }
    CHECK(outcome.status == OpenOutcome::Status::ReadOnly);
    CHECK(outcome.message.contains(QStringLiteral("free space")));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message == outcome.message);
    CHECK(test::readAll(path) == before);
    CHECK(filesIn(dir.path(QString())) == QStringList{QStringLiteral("alt.weitblick")});

    // With room, it is upgraded as before.
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::Upgraded);
}

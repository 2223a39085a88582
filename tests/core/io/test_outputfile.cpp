#include <catch2/catch.hpp>

#include "core/io/outputfile.h"
#include "filesizelimit.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>


using namespace weitblick;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("An export file appears complete or not at all", "[outputfile]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("Bericht.csv"));
    QString error;

    SECTION("a written file has exactly the bytes")
    {
        REQUIRE(OutputFile::write(path, QByteArray("a;b\r\n"), &error));
        CHECK(test::readAll(path) == QByteArray("a;b\r\n"));
    }
    SECTION("a full disk leaves the old file as it was and no temporary file")
    {
        test::writeAll(path, "old");
        {
            test::FileSizeLimit limit(64 * 1024);
            CHECK_FALSE(OutputFile::write(path, QByteArray(1024 * 1024, 'x'), &error));
        }
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK(test::readAll(path) == QByteArray("old"));
        CHECK(filesIn(dir.path(QString())) == QStringList{QStringLiteral("Bericht.csv")});
    }
    SECTION("a full disk is noticed for a small file too")
    {
        {
            test::FileSizeLimit limit(1024);
            CHECK_FALSE(OutputFile::write(path, QByteArray(1500, 'x'), &error));
        }
        CHECK_FALSE(QFile::exists(path));
        CHECK(filesIn(dir.path(QString())).isEmpty());
    }
    SECTION("a writer that gives up leaves nothing behind")
    {
        CHECK_FALSE(OutputFile::write(
            path, [](QIODevice &device) { return device.write("half") < 0; }, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(filesIn(dir.path(QString())).isEmpty());
    }
    SECTION("a missing folder and a folder in the way are named")
    {
        CHECK_FALSE(OutputFile::write(dir.path(QStringLiteral("gone/x.csv")), "x", &error));
        CHECK(error.contains(QStringLiteral("gone")));
        QDir().mkpath(dir.path(QStringLiteral("sub")));
        CHECK_FALSE(OutputFile::write(dir.path(QStringLiteral("sub")), "x", &error));
        CHECK(error.contains(QStringLiteral("folder")));
    }
}

// Issue 12, item 16: the CSV export said "Unknown error", the others the system's English text.
TEST_CASE("An export on a full disk says so in words", "[outputfile]")
{
    test::TempDir dir;
    QString error;
    const QByteArray big(256 * 1024, 'x');
    {
        test::FileSizeLimit limit(64 * 1024);
        CHECK_FALSE(OutputFile::write(dir.path(QStringLiteral("a.pdf")), big, &error));
        CHECK(error.contains(QStringLiteral("no space left on the disk")));
        CHECK_FALSE(OutputFile::writeAll({{dir.path(QStringLiteral("klein.csv")), "a;b\r\n"},
                                          {dir.path(QStringLiteral("gross.csv")), big}},
                                         &error));
    }
    CHECK(error.contains(QStringLiteral("gross.csv")));
    CHECK(error.contains(QStringLiteral("no space left on the disk")));
    CHECK_FALSE(error.contains(QStringLiteral("Unknown error")));
    CHECK(filesIn(dir.path(QString())).isEmpty());
}

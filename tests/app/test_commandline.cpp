#include <catch2/catch.hpp>

#include "runweitblick.h"
#include "core/document/conferencedocument.h"
#include "core/io/cardimport.h"
#include "filesizelimit.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QImage>

using Run = weitblick::test::AppRun;
using weitblick::test::runWeitblick;

using weitblick::test::TempDir;

namespace {

// The sample conference in `dir` with the given cards added to its Future phase (phase 3).
QString sampleWithFutureCards(const TempDir &dir, const QStringList &texts)
{
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("karten.csv"));
    QString rows = QStringLiteral("Phase;Text\n");
    for (const QString &text : texts)
        rows += QStringLiteral("Zukunft;") + text + QLatin1Char('\n');
    weitblick::test::writeAll(csv, rows.toUtf8());
    REQUIRE(runWeitblick({QStringLiteral("--import-cards"), csv, path}).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("The options version and help answer", "[app]")
{
    const Run version = runWeitblick({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("Weitblick ")));
    const Run help = runWeitblick({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--check")));
    // In the language asked for, the options' texts too.
    const Run german = runWeitblick({QStringLiteral("--help"), QStringLiteral("--lang"),
                                     QStringLiteral("de")});
    CHECK(german.exitCode == 0);
    CHECK(german.out.contains(QStringLiteral("Mit Weitblick führen Sie eine Zukunftskonferenz")));
    CHECK(german.out.contains(QStringLiteral("FILE schreibgeschützt")));
}

TEST_CASE("The sample it writes passes the check", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QByteArray bytes = weitblick::test::readAll(path);

    const Run check = runWeitblick({QStringLiteral("--check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.count(QLatin1Char('\n')) == 1);
    CHECK(check.out.contains(QStringLiteral("6 groups")));
    CHECK(check.out.contains(QStringLiteral("8 tables")));
    CHECK(check.out.contains(QStringLiteral("5 phases")));
    CHECK(weitblick::test::readAll(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    SECTION("and refuses to overwrite it")
    {
        const Run again = runWeitblick({QStringLiteral("--write-sample"), path});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QStringLiteral("already exists")));
        CHECK(weitblick::test::readAll(path) == bytes);
    }
}

TEST_CASE("The check fails with one clear line", "[app]")
{
    TempDir dir;
    const QString text = dir.path(QStringLiteral("notes.weitblick"));
    weitblick::test::writeAll(text, "just some notes\n");
    for (const QString &path : {text, dir.path(QStringLiteral("missing.weitblick")), dir.path({})}) {
        CAPTURE(path);
        const Run check = runWeitblick({QStringLiteral("--check"), path});
        CHECK(check.exitCode == 2);
        CHECK(check.out.isEmpty());
        CHECK(check.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(check.err.startsWith(QStringLiteral("weitblick: ")));
    }
    CHECK(weitblick::test::readAll(text) == "just some notes\n");
}

TEST_CASE("Wrong arguments exit with 2", "[app]")
{
    CHECK(runWeitblick({QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(runWeitblick({QStringLiteral("--check")}).exitCode == 2);
    CHECK(runWeitblick({QStringLiteral("--check"), QStringLiteral("a"), QStringLiteral("b")}).exitCode == 2);
}

TEST_CASE("Wrong arguments are told in the language asked for", "[app]")
{
    const Run twoFiles = runWeitblick({QStringLiteral("--lang"), QStringLiteral("de"),
                                       QStringLiteral("--check"), QStringLiteral("a"),
                                       QStringLiteral("b")});
    CHECK(twoFiles.exitCode == 2);
    CHECK(twoFiles.err.contains(QStringLiteral("Bitte höchstens eine Datei")));
    const Run phase = runWeitblick({QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                    QStringLiteral("--phase"), QStringLiteral("null"),
                                    QStringLiteral("--lang"), QStringLiteral("de"),
                                    QStringLiteral("a.weitblick")});
    CHECK(phase.exitCode == 2);
    CHECK(phase.err.contains(QStringLiteral("--phase erwartet eine Zahl ab 1.")));
    const Run english = runWeitblick({QStringLiteral("--lang"), QStringLiteral("en"),
                                      QStringLiteral("--check"), QStringLiteral("a"),
                                      QStringLiteral("b")});
    CHECK(english.err.contains(QStringLiteral("Give at most one FILE.")));
    // Qt's own words too (qt6-translations-l10n, which the README installs).
    const Run unknown = runWeitblick({QStringLiteral("--lang"), QStringLiteral("de"),
                                      QStringLiteral("--no-such-option")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unbekannte Option 'no-such-option'")));
}

TEST_CASE("The screenshot is a 1920x1080 PNG and leaves the file as it was", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QByteArray bytes = weitblick::test::readAll(path);
    const QString png = dir.path(QStringLiteral("wall.png"));
    const Run shot = runWeitblick({QStringLiteral("--screenshot"), png, QStringLiteral("--phase"),
                                   QStringLiteral("3"), QStringLiteral("--lang"),
                                   QStringLiteral("de"), path});
    CHECK(shot.exitCode == 0);
    const QImage image(png);
    CHECK(image.size() == QSize(1920, 1080));
    CHECK(weitblick::test::readAll(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    CHECK(runWeitblick({QStringLiteral("--screenshot"), png, QStringLiteral("--phase"),
                        QStringLiteral("9"), path}).exitCode == 2);
}

TEST_CASE("Participants and cards are imported from CSV or refused with their lines", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);

    const Run people = runWeitblick({QStringLiteral("--import-participants"),
                                     QStringLiteral(WEITBLICK_SAMPLES "/teilnehmende.csv"), path});
    CHECK(people.exitCode == 0);
    CHECK(people.out.contains(QStringLiteral("18 participants")));
    const Run cards = runWeitblick({QStringLiteral("--import-cards"),
                                    QStringLiteral(WEITBLICK_SAMPLES "/karten.csv"), path});
    CHECK(cards.exitCode == 0);
    CHECK(cards.out.contains(QStringLiteral("24 cards")));
    CHECK(runWeitblick({QStringLiteral("--check"), path}).out.contains(QStringLiteral("82 participants")));

    const QString ragged = dir.path(QStringLiteral("ragged.csv"));
    weitblick::test::writeAll(ragged, "Name;Gruppe;Tisch\nAnna;Institutionen;1\nBernd;Institutionen\n"
                                      "Clara;Institutionen;2;extra\n");
    const QByteArray before = weitblick::test::readAll(path);
    const Run refused = runWeitblick({QStringLiteral("--import-participants"), ragged, path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("3, 4")));
    CHECK(runWeitblick({QStringLiteral("--check"), path}).out.contains(QStringLiteral("82 participants")));
    CHECK(weitblick::test::readAll(path) == before);
}

TEST_CASE("Cluster suggestions print a group number and the card text per line", "[app]")
{
    TempDir dir;
    const QString path = sampleWithFutureCards(
        dir, {QStringLiteral("Mehr Parkplätze am Markt"), QStringLiteral("Parkplatzsuche abschaffen"),
              QStringLiteral("Parkhaus am Bahnhof günstiger"), QStringLiteral("Busse alle 10 Minuten"),
              QStringLiteral("Stadtbus auch am Sonntag"),
              QStringLiteral("ÖPNV kostenlos für Schüler")});
    const QByteArray bytes = weitblick::test::readAll(path);

    const Run suggest = runWeitblick({QStringLiteral("--suggest-clusters"), path,
                                      QStringLiteral("--phase"), QStringLiteral("3")});
    CHECK(suggest.exitCode == 0);
    const QStringList lines = suggest.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 4);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 2);
        CHECK(fields.at(0).toInt() >= 1);
    }
    CHECK(weitblick::test::readAll(path) == bytes);
}

TEST_CASE("The command line sets how many cluster suggestions to make with --groups", "[app]")
{
    TempDir dir;
    const QString path = sampleWithFutureCards(
        dir, {QStringLiteral("Mehr Parkplätze am Markt"), QStringLiteral("Parkplatzsuche abschaffen"),
              QStringLiteral("Busse alle 10 Minuten"), QStringLiteral("Stadtbus auch am Sonntag"),
              QStringLiteral("Mehr Bäume am Markt"), QStringLiteral("Schatten unter Bäumen")});
    const auto groupsPrinted = [&](const QStringList &extra) {
        const Run run = runWeitblick(QStringList{QStringLiteral("--suggest-clusters"), path,
                                                 QStringLiteral("--phase"), QStringLiteral("3")}
                                     + extra);
        REQUIRE(run.exitCode == 0);
        QSet<QString> groups;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            groups.insert(line.section(QLatin1Char('\t'), 0, 0));
        return int(groups.size());
    };
    CHECK(groupsPrinted({QStringLiteral("--groups"), QStringLiteral("1")}) == 1);
    CHECK(groupsPrinted({QStringLiteral("--groups"), QStringLiteral("3")}) == 3);
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("drei")}) {
        const Run refused = runWeitblick({QStringLiteral("--suggest-clusters"), path,
                                          QStringLiteral("--groups"), bad});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--groups")));
    }
}

TEST_CASE("The command line imports cards where the window places them", "[app]")
{
    // The command line measures cards with the same wall font on the offscreen platform.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("karten.csv"));
    QString text = QStringLiteral("Phase;Text\n");
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Zukunft;Karte %1%2\n")
                    .arg(i)
                    .arg(i % 3 == 0 ? QStringLiteral(" mit einem Text über mehrere Zeilen, damit "
                                                     "die Karte höher wird")
                                    : QString());
    weitblick::test::writeAll(csv, text.toUtf8());
    QString error;
    const std::optional<weitblick::CsvTable> table = weitblick::CsvReader::readFile(csv, &error);
    REQUIRE(table);
    weitblick::OpenOutcome outcome;
    auto before = weitblick::ConferenceDocument::open(
        path, weitblick::ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(before);
    QList<weitblick::ImportProblem> problems;
    const weitblick::ChangeSet planned =
        weitblick::CardImport(*table).plan(before->conference(), &problems);
    REQUIRE(problems.isEmpty());
    before.reset();

    REQUIRE(runWeitblick({QStringLiteral("--import-cards"), csv, path}).exitCode == 0);
    auto after = weitblick::ConferenceDocument::open(
        path, weitblick::ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(after);
    for (const weitblick::EntityChange &change : planned.changes()) {
        const auto &card = std::get<weitblick::Card>(*change.after);
        const weitblick::Card *stored = after->conference().find<weitblick::Card>(card.id);
        REQUIRE(stored);
        CHECK(stored->text == card.text);
        CHECK(stored->pos == card.pos);
    }
}

// Issue 12, item 13: "line 0" stood for problems of the whole file, lines were named twice,
// and 100,000 bad rows made one line of 700 KB and 100,000 more.
TEST_CASE("A refused import names the file, what to do, and at most twenty problems", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);

    const QString empty = dir.path(QStringLiteral("leer.csv"));
    weitblick::test::writeAll(empty, "Name;Gruppe;Tisch\n");
    const Run nothing = runWeitblick({QStringLiteral("--import-participants"), empty, path});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(empty));
    CHECK(nothing.err.contains(QStringLiteral("import it again")));
    CHECK_FALSE(nothing.err.contains(QStringLiteral("line 0")));

    const QString ragged = dir.path(QStringLiteral("ragged.csv"));
    QByteArray rows = "Name;Gruppe;Tisch\n";
    for (int i = 0; i < 100'000; ++i)
        rows += "Anna;Institutionen;1;extra\n";
    weitblick::test::writeAll(ragged, rows);
    const Run refused = runWeitblick({QStringLiteral("--import-participants"), ragged, path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("2, 3, 4, 5")));
    CHECK(refused.err.contains(QStringLiteral("and 99980 more")));
    CHECK(refused.err.count(u'\n') < 30);
    CHECK(refused.err.size() < 5000);
}

// Issue 12, item 13: a cell over 1 MiB gave "constraint failed", and a refusal without bad
// lines ended in an empty "bad lines: ".
TEST_CASE("An import with a cell far too long names the file, the line and the column", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QByteArray before = weitblick::test::readAll(path);

    const QString csv = dir.path(QStringLiteral("riesig.csv"));
    weitblick::test::writeAll(csv, "Gruppe;Name\n;" + QByteArray(1024 * 1024 + 1, 'A') + "\n");
    const Run refused = runWeitblick({QStringLiteral("--import-participants"), csv, path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(csv));
    CHECK(refused.err.contains(QStringLiteral("Line 2, column 2:")));
    CHECK(refused.err.contains(QStringLiteral("at most 500")));
    CHECK(refused.err.contains(QStringLiteral("import it again")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("read-only")));
    CHECK(refused.err.size() < 1000);
    CHECK(weitblick::test::readAll(path) == before);

    const QString mapping = dir.path(QStringLiteral("ohne-namen.csv"));
    weitblick::test::writeAll(mapping, "Gruppe;Tisch\nHandel;1\n");
    const Run noNames = runWeitblick({QStringLiteral("--import-participants"), mapping, path});
    CHECK(noNames.exitCode == 2);
    CHECK_FALSE(noNames.err.contains(QStringLiteral("bad lines: \n")));
    CHECK_FALSE(noNames.err.contains(QStringLiteral("line 0"), Qt::CaseInsensitive));
}

// Issue 12, item 16: --write-stress on a full disk left a hidden journal behind. The file size
// limit holds for the program that the test starts, as for every child process.
TEST_CASE("Writing a conference on a full disk says so and leaves nothing behind", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("stress.weitblick"));
    Run full;
    {
        weitblick::test::FileSizeLimit limit(256 * 1024);
        full = runWeitblick({QStringLiteral("--write-stress"), path});
    }
    CHECK(full.exitCode == 2);
    CHECK(full.err.contains(path));
    CHECK(full.err.contains(QStringLiteral("no space left on the disk")));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
}

TEST_CASE("A conference that cannot be written is said so once, in the interface's language",
          "[app]")
{
    TempDir dir;
    const QString path = dir.path(QString(300, QLatin1Char('a')) + QStringLiteral(".weitblick"));
    const Run tooLong = runWeitblick({QStringLiteral("--write-sample"), path});
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.err.contains(QStringLiteral("the file name is too long")));
    CHECK(tooLong.err.trimmed().count(QLatin1Char('\n')) == 0);
    const Run german = runWeitblick({QStringLiteral("--write-sample"), path, QStringLiteral("--lang"),
                                     QStringLiteral("de")});
    CHECK(german.exitCode == 2);
    CHECK(german.err.contains(QStringLiteral("der Dateiname ist zu lang")));
    CHECK(german.err.trimmed().count(QLatin1Char('\n')) == 0);
}

TEST_CASE("The check counts one of a kind in the singular", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("leer.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--new"), path, QStringLiteral("--template"),
                          QStringLiteral("leer")}).exitCode == 0);
    const Run empty = runWeitblick({QStringLiteral("--check"), path});
    CHECK(empty.out.contains(QStringLiteral(": ok, 0 groups, 0 participants, 0 tables, 0 phases, "
                                            "0 cards, 0 clusters, 0 dots, 0 measures")));
    // The sample's structure (its groups, tables and phases) with one participant.
    const QString sample = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), sample}).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("eine.csv"));
    weitblick::test::writeAll(csv, "Name;Interessengruppe\nEva Berg;Handel und Gewerbe\n");
    const QString one = dir.path(QStringLiteral("eine.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--new"), one, QStringLiteral("--template"), sample})
                .exitCode == 0);
    REQUIRE(runWeitblick({QStringLiteral("--import-participants"), csv, one}).exitCode == 0);
    const Run english = runWeitblick({QStringLiteral("--check"), one});
    CHECK(english.out.contains(QStringLiteral(", 1 participant, ")));
    const Run german = runWeitblick({QStringLiteral("--check"), one, QStringLiteral("--lang"),
                                     QStringLiteral("de")});
    CHECK(german.out.contains(QStringLiteral(", 1 teilnehmende Person, ")));
}

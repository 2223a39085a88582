#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/io/cardimport.h"
#include "core/model/limits.h"
#include "core/model/names.h"
#include "core/model/newconference.h"
#include "core/model/validation.h"
#include "core/sample/sampleconference.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"
#include "opendocument.h"
#include "testfiles.h"

#include <QRectF>

using namespace weitblick;

namespace {

using F = CardField;

QString dataFile(const char *name)
{
    return QStringLiteral(WEITBLICK_IO_TESTDATA "/") + QLatin1String(name);
}

CsvTable readData(const char *name)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::readFile(dataFile(name), &error);
    INFO(error.toStdString());
    REQUIRE(table);
    return *table;
}

CsvTable tableOf(const QString &text)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(text.toUtf8(), &error);
    INFO(error.toStdString());
    REQUIRE(table);
    return *table;
}

struct OpenConference : test::OpenDocument
{
    explicit OpenConference(const Conference &conference = newConference())
        : OpenDocument(conference)
    {
    }
};

const Card *byText(const Conference &conference, const QString &text)
{
    for (const Card &card : conference.all<Card>()) {
        if (card.text == text)
            return &card;
    }
    return nullptr;
}

const Card *byText(const Conference &conference, const char *text)
{
    return byText(conference, QString::fromUtf8(text));
}

PhaseKind kindOfPhase(const Conference &conference, Id phaseId)
{
    const Phase *phase = conference.find<Phase>(phaseId);
    REQUIRE(phase);
    return phase->kind;
}

QString groupName(const Conference &conference, Id groupId)
{
    const StakeholderGroup *group = conference.find<StakeholderGroup>(groupId);
    return group ? group->name : QString();
}

int tableNumber(const Conference &conference, Id tableId)
{
    const Table *table = conference.find<Table>(tableId);
    return table ? table->number : 0;
}

// The card as the wall draws it at its stored place.
QRectF footprint(const Card &card)
{
    return QRectF(card.pos, CardGeometry::layout(card.text, card.form).size);
}

} // namespace

TEST_CASE("Card import guesses its columns", "[io]")
{
    CHECK(CardImport(readData("karten_nummer.csv")).mapping()
          == QList<F>{F::Phase, F::Text, F::Group, F::Table});
    CHECK(CardImport(readData("cards_kind.csv")).mapping()
          == QList<F>{F::Phase, F::Text, F::Group, F::Table});
    CHECK(CardImport::guessField(QStringLiteral("Kartentext")) == F::Text);
    CHECK(CardImport::guessField(QStringLiteral("Tisch")) == F::Table);
    CHECK(CardImport::guessField(QStringLiteral("Stakeholdergruppe")) == F::Group);
    CHECK(CardImport::guessField(QStringLiteral("Zeitstempel")) == F::Ignore);
    CHECK(CardImport::guessField(QStringLiteral("Jahr")) == F::Year);
    CHECK(CardImport::guessField(QStringLiteral("Ebene")) == F::Lane);
    CHECK(CardImport(tableOf(QStringLiteral("Phase;Jahr;Ebene;Karte\n"))).mapping()
          == QList<F>{F::Phase, F::Year, F::Lane, F::Text});
}

TEST_CASE("Card import by phase number is one undo step", "[io]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    QList<ImportProblem> problems;
    REQUIRE(CardImport(readData("karten_nummer.csv")).apply(c.document.get(), &problems) == 5);
    CHECK(problems.isEmpty());
    const Conference after = c.document->conference();
    CHECK(after.all<Card>().size() == 5);
    CHECK(findProblems(after).isEmpty());
    CHECK(c.fromFile() == after);

    const Card *bypass = byText(after, "Bau der Umgehungsstraße 1987");
    REQUIRE(bypass);
    CHECK(kindOfPhase(after, bypass->phaseId) == PhaseKind::Past);
    CHECK(groupName(after, bypass->groupId) == QStringLiteral("Anwohnerinnen und Anwohner"));
    CHECK(tableNumber(after, bypass->tableId) == 1);

    const Card *vacancy = byText(after, "Leerstand in der Fußgängerzone; vor allem Hauptstraße");
    REQUIRE(vacancy);
    CHECK(kindOfPhase(after, vacancy->phaseId) == PhaseKind::Present);
    const Card *pride = byText(after, "Stolz: Ehrenamt in den Vereinen");
    REQUIRE(pride);
    CHECK(pride->groupId == NoId);
    CHECK(pride->tableId == NoId);
    CHECK_FALSE(footprint(*pride).intersects(footprint(*vacancy)));

    const Card *square = byText(after, "Ein Marktplatz ohne Autos,\nmit Bäumen und Bänken");
    REQUIRE(square);
    CHECK(kindOfPhase(after, square->phaseId) == PhaseKind::Future);
    CHECK(kindOfPhase(after, byText(after, "Bürgerbus ab 2026")->phaseId)
          == PhaseKind::Measures);

    QUndoStack *stack = c.document->undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(c.document->conference() == before);
    CHECK(c.fromFile() == before);
    stack->redo();
    CHECK(c.document->conference() == after);
}

TEST_CASE("Card import leaves out the cards that are on their walls already", "[io]")
{
    OpenConference c;
    QList<ImportProblem> problems;
    REQUIRE(CardImport(readData("karten_nummer.csv")).apply(c.document.get(), &problems) == 5);
    const Conference once = c.document->conference();

    // The same file again adds nothing, and makes no undo step.
    CHECK(CardImport(readData("karten_nummer.csv")).apply(c.document.get(), &problems) == 0);
    CHECK(problems.isEmpty());
    CHECK(c.document->conference() == once);
    CHECK(c.document->undoStack()->count() == 1);

    // Two tables, or two people at one table, may write the same card: a file with it twice
    // adds it twice. Imported again with a third such row (written otherwise), it adds only
    // that row and the new card.
    const QString twice = QStringLiteral("Phase;Karte;Tisch\n"
                                         "3;Mehr Grün!;2\n"
                                         "3;Mehr Grün!;2\n"
                                         "3;Mehr Grün!;4\n");
    CHECK(CardImport(tableOf(twice)).apply(c.document.get(), &problems) == 3);
    CHECK(CardImport(tableOf(twice + QStringLiteral("3;mehr  GRÜN!;2\n3;Neu;2\n")))
              .apply(c.document.get(), &problems)
          == 2);
    int green = 0;
    for (const Card &card : c.document->conference().all<Card>())
        green += foldedName(card.text) == QStringLiteral("mehr grün!");
    CHECK(green == 4);
    CHECK(byText(c.document->conference(), "Neu"));

    // A heading on the wall is no card: a card of the same text is imported.
    Card heading;
    heading.phaseId = byText(c.document->conference(), "Neu")->phaseId;
    heading.text = QStringLiteral("Grün in der Stadt");
    heading.form = CardForm::Heading;
    REQUIRE(commands::addCard(c.document.get(), heading) != NoId);
    CHECK(CardImport(tableOf(QStringLiteral("Phase;Karte\n3;Grün in der Stadt\n")))
              .apply(c.document.get(), &problems)
          == 1);

    // Another phase or table is another card.
    CHECK(CardImport(tableOf(QStringLiteral("Phase;Karte;Tisch\n"
                                            "4;Mehr Grün!;2\n"
                                            "3;Mehr Grün!;3\n")))
              .apply(c.document.get(), &problems)
          == 2);
}

TEST_CASE("Card import by phase kind name in English and German", "[io]")
{
    OpenConference c;
    QList<ImportProblem> problems;
    REQUIRE(CardImport(readData("cards_kind.csv")).apply(c.document.get(), &problems) == 6);
    const Conference &after = c.document->conference();
    CHECK(kindOfPhase(after, byText(after, "Mauerfall 1989")->phaseId) == PhaseKind::Past);
    CHECK(kindOfPhase(after, byText(after, "Hochwasser 2002")->phaseId) == PhaseKind::Past);
    CHECK(kindOfPhase(after, byText(after, "Zu wenig Ärzte, lange Wartezeiten")->phaseId)
          == PhaseKind::Present);
    CHECK(kindOfPhase(after, byText(after, "Solardächer auf allen Schulen")->phaseId)
          == PhaseKind::Future);
    CHECK(kindOfPhase(after, byText(after, "Kostenloser Nahverkehr für alle")->phaseId)
          == PhaseKind::Utopias);
    CHECK(kindOfPhase(after, byText(after, "Repair-Café im Jugendzentrum")->phaseId)
          == PhaseKind::Measures);

    // Other spellings: "Phase 2", lower case, "Massnahmen", a phase's title.
    const CsvTable more = tableOf(QString::fromUtf8("Phase;Text\nPhase 2;a\nzukunft;b\n"
                                                    "Massnahmen;c\nUtopien;d\nUTOPIAS;e\n"));
    const ChangeSet changes = CardImport(more).plan(after, &problems);
    CHECK(problems.isEmpty());
    CHECK(changes.size() == 5);

    // Issue 12, item 14: "-1" and "+2" were taken for phases 1 and 2.
    const CsvTable signs = tableOf(QStringLiteral("Phase;Text\n-1;a\n+2;b\n2.;c\n"));
    CHECK(CardImport(signs).plan(after, &problems).isEmpty());
    // The message says why, and names the cell.
    CHECK(problems
          == QList<ImportProblem>{
              {2, QStringLiteral("\"-1\" is no phase: phases are numbered 1 to 5, without a sign."),
               1},
              {3, QStringLiteral("\"+2\" is no phase: phases are numbered 1 to 5, without a sign."),
               1}});
}

TEST_CASE("Card import places cards below the cards already on the wall", "[io]")
{
    const Conference sample = makeSampleConference();
    OpenConference c(sample);

    // 14 cards on the Future wall, one of them long; and one on Utopias.
    QString csv = QStringLiteral("Phase;Text\n");
    for (int i = 1; i <= 14; ++i)
        csv += QStringLiteral("Zukunft;Idee %1\n").arg(i);
    csv += QStringLiteral("Zukunft;\"%1\"\n").arg(QString(600, u'w'));
    csv += QStringLiteral("Utopien;Alles ist möglich\n");
    QList<ImportProblem> problems;
    REQUIRE(CardImport(tableOf(csv)).apply(c.document.get(), &problems) == 16);

    const Conference &after = c.document->conference();
    QList<const Card *> added;
    for (const Card &card : after.all<Card>()) {
        if (!sample.all<Card>().contains(card.id))
            added.append(&card);
    }
    REQUIRE(added.size() == 16);
    for (const Card *card : added) {
        // No new card covers a card that was there before, on the same wall.
        for (const Card &old : sample.all<Card>()) {
            if (old.phaseId == card->phaseId)
                CHECK_FALSE(footprint(*card).intersects(footprint(old)));
        }
        for (const Card *other : added) {
            if (other != card && other->phaseId == card->phaseId)
                CHECK_FALSE(footprint(*card).intersects(footprint(*other)));
        }
    }
    // The long card's row is taller, so the row after it starts lower.
    const Card *longCard = byText(after, QString(600, u'w'));
    REQUIRE(longCard);
    CHECK(longCard->pos.y() > byText(after, "Idee 1")->pos.y());
}

TEST_CASE("Card import places cards below areas and in the tray of the timeline", "[io]")
{
    // The sample's Present wall is free; divide it into strengths and weaknesses.
    Conference sample = makeSampleConference();
    for (Phase phase : sample.all<Phase>()) {
        if (phase.kind == PhaseKind::Present) {
            phase.wallLayout = WallLayout::StrengthsWeaknesses;
            sample.all<Phase>().put(phase);
        }
    }
    OpenConference c(sample);
    QList<ImportProblem> problems;
    REQUIRE(CardImport(tableOf(QStringLiteral("Phase;Text\nGegenwart;Neu 1\nGegenwart;Neu 2\n"
                                              "Vergangenheit;Neu 3\n")))
                .apply(c.document.get(), &problems)
            == 3);
    const Conference &after = c.document->conference();

    const Card *present = byText(after, "Neu 1");
    const Phase *presentPhase = after.find<Phase>(present->phaseId);
    const WallAreas areas = WallAreas::forPhase(*presentPhase, after);
    REQUIRE_FALSE(areas.isEmpty());
    CHECK(present->pos.y() > areas.bounds().bottom());
    CHECK(areas.areaAt(footprint(*present).center()) == -1);

    // Below the timeline the sample's dated cards make, clear of any card in the tray.
    const Card *past = byText(after, "Neu 3");
    QList<TimelineLayout::Entry> entries;
    for (const Card &card : after.all<Card>()) {
        if (card.phaseId == past->phaseId && TimelineLayout::isOnTimeline(card))
            entries.append({card.id, *card.year, card.lane,
                            CardGeometry::layout(card.text, card.form).size});
    }
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(past->pos.y() >= TimelineLayout(entries).trayTop());
    for (const Card &card : sample.all<Card>()) {
        if (card.phaseId == past->phaseId && !TimelineLayout::isOnTimeline(card))
            CHECK_FALSE(footprint(card).intersects(footprint(*past)));
    }
}

TEST_CASE("Card import puts Past cards on the timeline with year and lane", "[io]")
{
    OpenConference c;
    const QString csv = QString::fromUtf8("Phase;Jahr;Ebene;Text\n"
                                          "Vergangenheit;1989;Welt;Mauerfall\n"
                                          "Vergangenheit;;lokal;2002 Hochwasser in der Unterstadt\n"
                                          "Vergangenheit;;;2015 ohne Ebene bleibt im Text\n"
                                          "Vergangenheit;2020;Persönlich;Erstes Enkelkind\n"
                                          "Zukunft;;;Ein Marktplatz ohne Autos\n");
    QList<ImportProblem> problems;
    REQUIRE(CardImport(tableOf(csv)).apply(c.document.get(), &problems) == 5);
    const Conference &after = c.document->conference();
    const Card *wall = byText(after, "Mauerfall");
    REQUIRE(wall);
    CHECK(wall->year == 1989);
    CHECK(wall->lane == TimelineLane::World);
    const Card *flood = byText(after, "Hochwasser in der Unterstadt"); // year taken off the text
    REQUIRE(flood);
    CHECK(flood->year == 2002);
    CHECK(flood->lane == TimelineLane::Local);
    const Card *noLane = byText(after, "2015 ohne Ebene bleibt im Text");
    REQUIRE(noLane);
    CHECK_FALSE(noLane->year);
    CHECK(noLane->lane == TimelineLane::None);
    CHECK(byText(after, "Erstes Enkelkind")->lane == TimelineLane::Personal);
    CHECK(findProblems(after).isEmpty());

    const QString bad = QString::fromUtf8("Phase;Jahr;Ebene;Text\n"
                                          "Vergangenheit;1989;;Jahr ohne Ebene\n"
                                          "Vergangenheit;;Welt;Ebene ohne Jahr\n"
                                          "Vergangenheit;89;Welt;kurzes Jahr\n"
                                          "Vergangenheit;1990;Mond;unbekannte Ebene\n"
                                          "Zukunft;2030;;Jahr in der Zukunft\n");
    CHECK(CardImport(tableOf(bad)).apply(c.document.get(), &problems) == -1);
    QList<int> lines;
    for (const ImportProblem &problem : problems)
        lines.append(problem.line);
    CHECK(lines == QList<int>{2, 3, 4, 5, 6});
}

TEST_CASE("Card import reports bad rows by line and imports nothing", "[io]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    const QString csv = QStringLiteral("Phase;Text;Gruppe;Tisch\n"
                                       "1;gut;;\n"
                                       "7;Phase sieben gibt es nicht;;\n"
                                       "Sommer;keine Phase;;\n"
                                       "2;;;\n"
                                       "3;\"%1\";;\n"
                                       "4;Unbekannte Gruppe;Astronauten;\n"
                                       "4;Kaputter Tisch;;Fenster\n"
                                       "4;zu kurz;\n")
                            .arg(QString(Card::MaxTextLength + 1, u'x'));
    QList<ImportProblem> problems;
    CHECK(CardImport(tableOf(csv)).apply(c.document.get(), &problems) == -1);
    QList<int> lines;
    for (const ImportProblem &problem : problems)
        lines.append(problem.line);
    CHECK(lines == QList<int>{3, 4, 5, 6, 7, 8, 9});
    CHECK(problems.at(0).message.contains(QStringLiteral("1 to 5")));
    CHECK(problems.at(3).message.contains(QLocale().toString(2001)));
    CHECK(c.document->conference() == before);
    CHECK(c.document->undoStack()->count() == 0);

    // Exactly the limit is fine.
    const QString atLimit =
        QStringLiteral("Phase;Text\n3;%1\n").arg(QString(Card::MaxTextLength, u'x'));
    CHECK(CardImport(tableOf(atLimit)).apply(c.document.get(), &problems) == 1);

    // Without a text column nothing can be imported.
    CardImport noText(tableOf(QStringLiteral("Phase;Notiz\n1;a\n")));
    noText.setMapping({F::Phase});
    CHECK(noText.plan(before, &problems).isEmpty());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().line == 0);
}

// Issue 12, item 14: 1,001 emoji were "2002 characters" and refused.
TEST_CASE("Card import counts characters as a person sees them", "[io]")
{
    OpenConference c;
    const QString smile = QString::fromUtf8("🙂");       // one code point, two UTF-16 units
    const QString thumb = QString::fromUtf8("👍🏽");      // two code points, four units
    const QString accent = QStringLiteral("e\u0301");    // two code points, one character
    const auto import = [&](const QString &text, QList<ImportProblem> *problems) {
        return CardImport(tableOf(QStringLiteral("Phase;Text\n3;%1\n").arg(text)))
            .apply(c.document.get(), problems);
    };
    QList<ImportProblem> problems;
    CHECK(import(smile.repeated(1001), &problems) == 1);
    CHECK(import(smile.repeated(Card::MaxTextLength), &problems) == 1);
    CHECK(import(thumb.repeated(limits::MaxStoredCardText / 2), &problems) == 1);

    CHECK(import(smile.repeated(Card::MaxTextLength + 1), &problems) == -1);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().column == 2);
    CHECK(problems.first().message.contains(QLocale().toString(Card::MaxTextLength + 1)));

    // What the file cannot store is refused with its own reason, never written.
    for (const QString &text : {thumb.repeated(1001), accent.repeated(1500)}) {
        CHECK(import(text, &problems) == -1);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message.contains(QStringLiteral("places a card can store")));
    }
    CHECK(c.document->undoStack()->count() == 3);
    CHECK(c.fromFile() == c.document->conference());
}

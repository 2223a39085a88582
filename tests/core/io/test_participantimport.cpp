#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/io/cardimport.h"
#include "core/io/participantimport.h"
#include "core/model/limits.h"
#include "core/model/newconference.h"
#include "opendocument.h"
#include "testfiles.h"

using namespace weitblick;

namespace {

using F = ParticipantField;

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

CsvTable tableOf(const QByteArray &utf8)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(utf8, &error);
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

const Participant *byName(const Conference &conference, const char *name)
{
    for (const Participant &participant : conference.all<Participant>()) {
        if (participant.name == QString::fromUtf8(name))
            return &participant;
    }
    return nullptr;
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

QList<int> linesOf(const QList<ImportProblem> &problems)
{
    QList<int> lines;
    for (const ImportProblem &problem : problems)
        lines.append(problem.line);
    return lines;
}

} // namespace

TEST_CASE("Participant import guesses German and English headers", "[io]")
{
    const QList<F> all = {F::Name, F::Organisation, F::Group, F::Table, F::SteeringCommittee};
    CHECK(ParticipantImport(tableOf("Name;Organisation;Gruppe;Tisch;Steuerkreis\n")).mapping()
          == all);
    CHECK(ParticipantImport(tableOf("Name,Organisation,Group,Table,Steering committee\n"))
              .mapping()
          == all);
    CHECK(ParticipantImport(readData("participants_utf8_bom_en.csv")).mapping() == all);
    CHECK(ParticipantImport(readData("teilnehmende_libreoffice.csv")).mapping()
          == QList<F>{F::FirstName, F::LastName, F::Organisation, F::Group, F::Table});

    CHECK(ParticipantImport::guessField(QStringLiteral("Teilnehmerin/Teilnehmer")) == F::Name);
    CHECK(ParticipantImport::guessField(QStringLiteral("Full name")) == F::Name);
    CHECK(ParticipantImport::guessField(QStringLiteral("Tisch-Nr.")) == F::Table);
    CHECK(ParticipantImport::guessField(QStringLiteral("Table no.")) == F::Table);
    CHECK(ParticipantImport::guessField(QStringLiteral("Stakeholder-Gruppe")) == F::Group);
    CHECK(ParticipantImport::guessField(QStringLiteral("Gruppenname")) == F::Group);
    CHECK(ParticipantImport::guessField(QStringLiteral("Institution / Verein")) == F::Organisation);
    CHECK(ParticipantImport::guessField(QStringLiteral("Firma")) == F::Organisation);
    CHECK(ParticipantImport::guessField(QStringLiteral("Organization")) == F::Organisation);
    CHECK(ParticipantImport::guessField(QStringLiteral("Im Steuerkreis?")) == F::SteeringCommittee);
    CHECK(ParticipantImport::guessField(QStringLiteral("Vorname")) == F::FirstName);
    CHECK(ParticipantImport::guessField(QStringLiteral("Surname")) == F::LastName);
    CHECK(ParticipantImport::guessField(QStringLiteral("E-Mail")) == F::Ignore);
    CHECK(ParticipantImport::guessField(QString()) == F::Ignore);

    // One column for the whole name, or "Name" beside "Vorname" as the family name.
    CHECK(ParticipantImport::guessField(QStringLiteral("Name, Vorname")) == F::Name);
    CHECK(ParticipantImport::guessField(QStringLiteral("Vor- und Nachname")) == F::Name);
    CHECK(ParticipantImport::guessField(QStringLiteral("Vorstand")) == F::Ignore);
    const ParticipantImport nameFirst(tableOf("Name;Vorname;Gruppe\nMüller;Jürgen;\n"));
    CHECK(nameFirst.mapping() == QList<F>{F::LastName, F::FirstName, F::Group});
    QList<ImportProblem> problems;
    const ChangeSet changes = nameFirst.plan(newConference(), &problems);
    REQUIRE(changes.size() == 1);
    CHECK(std::get<Participant>(*changes.changes().first().after).name
          == QString::fromUtf8("Jürgen Müller"));

    // The first column of a kind wins; a second one is ignored.
    CHECK(ParticipantImport(tableOf("Name;Gruppe;Name;Telefon\n")).mapping()
          == QList<F>{F::Name, F::Group, F::Ignore, F::Ignore});
}

TEST_CASE("Participant import mapping can be changed", "[io]")
{
    ParticipantImport import(tableOf("A;B;C\nAnna;Vereine und Verbände;3\n"));
    CHECK(import.mapping() == QList<F>{F::Ignore, F::Ignore, F::Ignore});
    QList<ImportProblem> problems;
    CHECK(import.plan(newConference(), &problems).isEmpty());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().line == 0);

    import.setMapping({F::Name, F::Group});
    CHECK(import.mapping() == QList<F>{F::Name, F::Group, F::Ignore});
    import.setMapping({F::Name, F::Group, F::Table, F::Organisation});
    CHECK(import.mapping() == QList<F>{F::Name, F::Group, F::Table});
    const ChangeSet changes = import.plan(newConference(), &problems);
    CHECK(problems.isEmpty());
    CHECK(changes.size() == 2); // table 3 and Anna

    // Two columns for one group is a mapping mistake.
    import.setMapping({F::Name, F::Group, F::Group});
    CHECK(import.plan(newConference(), &problems).isEmpty());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().line == 0);
}

TEST_CASE("Participant import of German Excel CSV is one undo step", "[io]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    ParticipantImport import(readData("teilnehmende_excel_de.csv"));
    QList<ImportProblem> problems;
    REQUIRE(import.apply(c.document.get(), &problems) == 7);
    CHECK(problems.isEmpty());

    const Conference after = c.document->conference();
    CHECK(after.all<Participant>().size() == 7);
    CHECK(after.all<Table>().size() == 5); // tables 1 to 5 made as they were named
    CHECK(findProblems(after).isEmpty());
    CHECK(c.fromFile() == after);

    const Participant *mueller = byName(after, "Jürgen Müller");
    REQUIRE(mueller);
    CHECK(mueller->organisation == QString::fromUtf8("Bäckerei Müller"));
    CHECK(groupName(after, mueller->groupId) == QStringLiteral("Handel und Gewerbe"));
    CHECK(tableNumber(after, mueller->tableId) == 1);
    CHECK(mueller->steeringCommittee);

    const Participant *reni = byName(after, "Renate \"Reni\" Straße");
    REQUIRE(reni);
    CHECK(reni->steeringCommittee); // "x"
    CHECK(reni->organisation == QString::fromUtf8("Ordnungsamt Abteilung Straßenverkehr"));

    const Participant *oemer = byName(after, "Ömer Aydemir");
    REQUIRE(oemer);
    CHECK(oemer->tableId == NoId);
    CHECK(oemer->organisation.isEmpty());
    CHECK_FALSE(oemer->steeringCommittee);

    // Group names match without regard to case.
    const Participant *lefevre = byName(after, "François Lefèvre");
    REQUIRE(lefevre);
    CHECK(groupName(after, lefevre->groupId) == QStringLiteral("Handel und Gewerbe"));

    QUndoStack *stack = c.document->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Import 7 participant(s)"));
    stack->undo();
    CHECK(c.document->conference() == before);
    CHECK(c.fromFile() == before);
    stack->redo();
    CHECK(c.document->conference() == after);
    CHECK(c.fromFile() == after);
}

TEST_CASE("Participant import leaves out the people who are there already", "[io]")
{
    OpenConference c;
    QList<ImportProblem> problems;
    REQUIRE(ParticipantImport(readData("teilnehmende_excel_de.csv"))
                .apply(c.document.get(), &problems)
            == 7);
    const Conference once = c.document->conference();

    // The same list again adds no one, and makes no undo step.
    CHECK(ParticipantImport(readData("teilnehmende_excel_de.csv"))
              .apply(c.document.get(), &problems)
          == 0);
    CHECK(problems.isEmpty());
    CHECK(c.document->conference() == once);
    CHECK(c.document->undoStack()->count() == 1);

    // A later list with one of them, written otherwise, and one new person.
    CsvTable later;
    later.header = {QStringLiteral("Name"), QStringLiteral("Organisation")};
    later.rows = {{QStringLiteral("  jürgen   MÜLLER "), QString::fromUtf8("bäckerei müller")},
                  {QStringLiteral("Jürgen Müller"), QStringLiteral("Stadtwerke")},
                  {QStringLiteral("Lea Neumann"), QString()}};
    later.lineNumbers = {2, 3, 4};
    CHECK(ParticipantImport(later).apply(c.document.get(), &problems) == 2);
    CHECK(c.document->conference().all<Participant>().size() == 9);

    // A row left out makes no table, and a row repeated in the file is one person.
    CsvTable again;
    again.header = {QStringLiteral("Name"), QStringLiteral("Tisch")};
    again.rows = {{QStringLiteral("Lea Neumann"), QStringLiteral("77")},
                  {QStringLiteral("Anna Alt"), QString()},
                  {QStringLiteral("Anna Alt"), QString()}};
    again.lineNumbers = {2, 3, 4};
    const qsizetype tables = c.document->conference().all<Table>().size();
    CHECK(ParticipantImport(again).apply(c.document.get(), &problems) == 1);
    CHECK(c.document->conference().all<Table>().size() == tables);
    CHECK(c.document->conference().all<Participant>().size() == 10);
}

TEST_CASE("Participant import of English and LibreOffice CSV", "[io]")
{
    Conference conference = newConference();
    Table seven;
    seven.id = conference.all<Table>().nextId();
    seven.number = 7;
    seven.name = QStringLiteral("Tisch 7");
    conference.all<Table>().put(seven);
    OpenConference c(conference);

    QList<ImportProblem> problems;
    REQUIRE(ParticipantImport(readData("participants_utf8_bom_en.csv"))
                .apply(c.document.get(), &problems)
            == 4);
    REQUIRE(ParticipantImport(readData("teilnehmende_libreoffice.csv"))
                .apply(c.document.get(), &problems)
            == 3);
    const Conference &after = c.document->conference();
    CHECK(after.all<Participant>().size() == 7);
    CHECK(c.document->undoStack()->count() == 2);

    const Participant *anna = byName(after, "Anna Schmidt");
    REQUIRE(anna);
    CHECK(anna->organisation == QStringLiteral("Schmidt, Meier & Partner"));
    CHECK(anna->steeringCommittee);
    CHECK_FALSE(byName(after, "Łukasz Nowak")->steeringCommittee);
    CHECK(byName(after, "Karl \"Charly\" Brandt")->tableId == NoId);

    // First and last name joined; "Tisch 7" and "7" are the existing table 7.
    const Participant *maria = byName(after, "Maria Schäfer");
    REQUIRE(maria);
    CHECK(maria->tableId == seven.id);
    CHECK(byName(after, "Björn Jürgensen")->tableId == seven.id);
    CHECK(tableNumber(after, byName(after, "Sabine Köhler-Nußbaum")->tableId) == 8);
    CHECK(after.all<Table>().size() == 4); // 7, 1 and 2 from the English file, and 8
}

TEST_CASE("Participant import reports ragged rows by line and imports nothing", "[io]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    QList<ImportProblem> problems;
    CHECK(ParticipantImport(readData("teilnehmende_ragged.csv")).apply(c.document.get(), &problems)
          == -1);
    CHECK(linesOf(problems) == QList<int>{3, 6});
    // Counted in the words of the interface (plurals come with its translation).
    CHECK(problems.first().message.contains(QStringLiteral("has 3 cell")));
    CHECK(c.document->conference() == before);
    CHECK(c.document->undoStack()->count() == 0);
    CHECK(c.fromFile() == before);
}

TEST_CASE("Participant import reports names groups and tables it cannot take", "[io]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    QList<ImportProblem> problems;
    ParticipantImport import(readData("teilnehmende_fehler.csv"));
    CHECK(import.plan(before, &problems).isEmpty());
    CHECK(linesOf(problems) == QList<int>{3, 4, 5, 6, 7});
    CHECK(problems.at(1).message.contains(QString::fromUtf8("Naturschützer")));
    CHECK(problems.at(2).message.contains(QStringLiteral("zwei")));
    CHECK(problems.at(4).message.contains(QStringLiteral("vielleicht")));

    CHECK(import.apply(c.document.get(), &problems) == -1);
    CHECK(problems.size() == 5);
    CHECK(c.document->conference() == before);
    CHECK(c.document->undoStack()->count() == 0);

    // A header without rows imports nothing and says so.
    CHECK(ParticipantImport(tableOf("Name;Gruppe\n")).apply(c.document.get(), &problems) == -1);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().line == 0);
}

TEST_CASE("Participant import takes a group by a beginning that fits only one", "[io]")
{
    const Conference conference = newConference();
    QList<ImportProblem> problems;
    const ChangeSet changes =
        ParticipantImport(tableOf("Name;Gruppe\nA;Handel\nB;bürger\nC;Verwaltung\n"))
            .plan(conference, &problems);
    CHECK(problems.isEmpty());
    REQUIRE(changes.size() == 3);
    QStringList groups;
    for (const EntityChange &change : changes.changes())
        groups.append(groupName(conference, std::get<Participant>(*change.after).groupId));
    CHECK(groups == QStringList{QStringLiteral("Handel und Gewerbe"),
                                QString::fromUtf8("Bürgerinnen und Bürger"),
                                QStringLiteral("Verwaltung und Politik")});

    // "Ver" fits two groups, "Ha" is too short to be sure.
    ParticipantImport(tableOf("Name;Gruppe\nA;Ver\nB;Ha\n")).plan(conference, &problems);
    CHECK(linesOf(problems) == QList<int>{2, 3});
}

TEST_CASE("Participant import into a read-only document imports nothing", "[io]")
{
    OpenConference c;
    OpenOutcome outcome;
    auto readOnly = ConferenceDocument::open(c.document->filePath(),
                                             ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(readOnly);
    QList<ImportProblem> problems;
    CHECK(ParticipantImport(readData("teilnehmende_excel_de.csv"))
              .apply(readOnly.get(), &problems)
          == -1);
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.first().message.isEmpty());
    CHECK(readOnly->conference().all<Participant>().isEmpty());
}

TEST_CASE("The bundled sample CSV files import into a new conference", "[io]")
{
    OpenConference c;
    QString error;
    const std::optional<CsvTable> participants = CsvReader::readFile(
        QStringLiteral(WEITBLICK_IO_SAMPLES "/teilnehmende.csv"), &error);
    REQUIRE(participants);
    CHECK(participants->encodingName == QStringLiteral("Windows-1252"));
    CHECK(participants->separator == u';');
    QList<ImportProblem> problems;
    CHECK(ParticipantImport(*participants).apply(c.document.get(), &problems) == 18);
    CHECK(problems.isEmpty());
    CHECK(c.document->conference().all<Table>().size() == 3);
    CHECK(byName(c.document->conference(), "Ingrid Schütte"));

    const std::optional<CsvTable> cards = CsvReader::readFile(
        QStringLiteral(WEITBLICK_IO_SAMPLES "/karten.csv"), &error);
    REQUIRE(cards);
    CHECK(cards->encodingName == QStringLiteral("UTF-8"));
    CHECK(CardImport(*cards).apply(c.document.get(), &problems) == 24);
    CHECK(problems.isEmpty());
    int onTimeline = 0;
    for (const Card &card : c.document->conference().all<Card>())
        onTimeline += card.year && card.lane != TimelineLane::None ? 1 : 0;
    CHECK(onTimeline == 7);
    CHECK(findProblems(c.document->conference()).isEmpty());
}

// Issue 12, item 13: a cell over 1 MiB gave "constraint failed" (later "open read-only"), and
// a message quoted the whole cell.
TEST_CASE("Participant import names the cell of a name that is too long", "[io]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    const QString huge(1024 * 1024 + 1, u'A');
    QList<ImportProblem> problems;
    const CsvTable table = tableOf(QStringLiteral("Gruppe;Name;Organisation\n"
                                                  ";%1;\n"
                                                  "%1;Ben;\n"
                                                  ";Cem;%1\n")
                                       .arg(huge)
                                       .toUtf8());
    CHECK(ParticipantImport(table).apply(c.document.get(), &problems) == -1);
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).line == 2);
    CHECK(problems.at(0).column == 2);
    CHECK(problems.at(0).message.contains(QLocale().toString(huge.size())));
    CHECK(problems.at(0).message.contains(QLocale().toString(limits::MaxShortText)));
    CHECK(problems.at(1).line == 3);
    CHECK(problems.at(1).column == 1);
    CHECK(problems.at(2).line == 4);
    CHECK(problems.at(2).column == 3);
    for (const ImportProblem &problem : problems)
        CHECK(problem.message.size() < 200);
    CHECK(c.document->conference() == before);
    CHECK_FALSE(c.document->isReadOnly());
}

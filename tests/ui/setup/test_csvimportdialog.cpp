#include "setupfixture.h"
#include "tests/ui/screens/interfacelanguage.h"

#include "core/io/importlookup.h"
#include "ui/setup/participantimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace weitblick;
using test::SetupDocument;

namespace {

QPushButton *importButton(CsvImportDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return static_cast<QPushButton *>(button);
    }
    FAIL("no Import button");
    return nullptr;
}

QStringList labelTexts(QDialog &dialog)
{
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

TEST_CASE("The CSV import dialog imports a file as one undo step", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("teilnehmer.csv"));
    // As Excel saves it in Germany: semicolons, Windows-1252, CRLF.
    test::writeAll(path, QStringLiteral("Name;Organisation;Gruppe;Tisch;Steuerkreis\r\n"
                                        "Jörg Weiß;Heimatverein;vereine und verbände;3;x\r\n"
                                        "Ünal Öztürk;;Handel und Gewerbe;9;\r\n"
                                        "\"Müller, Anna\";\"Café \"\"Zur Linde\"\"\";;;nein\r\n")
                             .toLatin1());
    const int participants = doc.conference().all<Participant>().size();
    const int tables = doc.conference().all<Table>().size();

    ParticipantImportDialog dialog(doc.get());
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.canImport());
    CHECK(importButton(dialog)->isEnabled());

    // The detected format is shown.
    const QString labels = labelTexts(dialog).join(QLatin1Char('\n'));
    CHECK(labels.contains(QStringLiteral("semicolon")));
    CHECK(labels.contains(QStringLiteral("Windows-1252")));
    CHECK(labels.contains(QStringLiteral("3 participant")));

    // The preview: a selector over each column, guessed from the header, and the rows.
    auto *preview = dialog.findChild<QTableWidget *>();
    REQUIRE(preview->columnCount() == 5);
    REQUIRE(preview->rowCount() == 3);
    CHECK(dialog.mapping()
          == QList<ParticipantField>{ParticipantField::Name, ParticipantField::Organisation,
                                     ParticipantField::Group, ParticipantField::Table,
                                     ParticipantField::SteeringCommittee});
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Jörg Weiß"));
    CHECK(preview->item(2, 1)->text() == QStringLiteral("Café \"Zur Linde\""));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("2")); // line numbers
    CHECK(dialog.fieldSelector(0)->currentText() == QStringLiteral("Name"));

    importButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.importedCount() == 3);
    const Conference &conference = doc.conference();
    CHECK(conference.all<Participant>().size() == participants + 3);
    CHECK(conference.all<Table>().size() == tables + 1); // table 9 was created
    const Id firstAdded = conference.all<Participant>().nextId() - 3;
    const Participant *joerg = conference.find<Participant>(firstAdded);
    REQUIRE(joerg);
    CHECK(joerg->name == QStringLiteral("Jörg Weiß"));
    CHECK(joerg->steeringCommittee);
    CHECK(doc.get()->undoStack()->count() == 1);
    doc.get()->undoStack()->undo();
    CHECK(doc.conference().all<Participant>().size() == participants);
    CHECK(doc.conference().all<Table>().size() == tables);
}

TEST_CASE("The CSV import dialog says who is left out as there already", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("teilnehmer.csv"));
    test::writeAll(path, QStringLiteral("Name;Organisation\r\n"
                                        "Jörg Weiß;Heimatverein\r\n"
                                        "Ünal Öztürk;\r\n")
                             .toUtf8());
    {
        ParticipantImportDialog dialog(doc.get());
        REQUIRE(dialog.loadFile(path));
        importButton(dialog)->click();
        CHECK(dialog.importedCount() == 2);
    }
    test::writeAll(path, QStringLiteral("Name;Organisation\r\n"
                                        "Jörg Weiß;Heimatverein\r\n"
                                        "Ünal Öztürk;\r\n"
                                        "Lea Neumann;Jugendrat\r\n")
                             .toUtf8());
    const int participants = doc.conference().all<Participant>().size();
    ParticipantImportDialog dialog(doc.get());
    REQUIRE(dialog.loadFile(path));
    const QString labels = labelTexts(dialog).join(QLatin1Char('\n'));
    INFO(labels.toStdString());
    CHECK(labels.contains(QStringLiteral("1 participant")));
    CHECK(labels.contains(QStringLiteral("2 row")));
    CHECK(labels.contains(QStringLiteral("already in the conference")));
    importButton(dialog)->click();
    CHECK(dialog.importedCount() == 1);
    CHECK(doc.conference().all<Participant>().size() == participants + 1);
}

TEST_CASE("The CSV import dialog maps columns by hand", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("liste.csv"));
    test::writeAll(path, QByteArray("\xEF\xBB\xBF" "Wer,Woher\nAnna,Schule\nBen,Kita\n"));
    ParticipantImportDialog dialog(doc.get());
    REQUIRE(dialog.loadFile(path));
    // Nothing names the name column: a problem, and no import.
    CHECK_FALSE(dialog.problems().isEmpty());
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(labelTexts(dialog).join(QLatin1Char('\n')).contains(QStringLiteral("comma")));

    // Choose in the selectors over the columns.
    QComboBox *first = dialog.fieldSelector(0);
    QComboBox *second = dialog.fieldSelector(1);
    REQUIRE(first);
    REQUIRE(second);
    first->setCurrentIndex(first->findData(int(ParticipantField::Name)));
    second->setCurrentIndex(second->findData(int(ParticipantField::Organisation)));
    CHECK(dialog.problems().isEmpty());
    CHECK(importButton(dialog)->isEnabled());
    REQUIRE(dialog.importRows());
    CHECK(dialog.importedCount() == 2);
}

TEST_CASE("The CSV import dialog refuses a ragged file and names the line", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("kaputt.csv"));
    test::writeAll(path, QStringLiteral("Name;Organisation;Gruppe\n"
                                        "Anna Alt;Schule;Vereine und Verbände\n"
                                        "Bert Bunt;Kita\n"
                                        "Cem Cil;Rathaus;Verwaltung und Politik\n"
                                        "Dora Dorn;Laden;Handel und Gewerbe;zu viel\n")
                             .toUtf8());
    const Conference before = doc.conference();
    ParticipantImportDialog dialog(doc.get());
    REQUIRE(dialog.loadFile(path));

    QList<int> lines;
    for (const ImportProblem &problem : dialog.problems())
        lines.append(problem.line);
    CHECK(lines == QList<int>{3, 5});
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(importButton(dialog)->isEnabled());

    // The problems are listed by line, and the bad rows are marked in the preview.
    auto *problems = dialog.findChild<QListWidget *>();
    REQUIRE(problems->count() == 2);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("Line 3: ")));
    CHECK(problems->item(1)->text().startsWith(QStringLiteral("Line 5: ")));
    auto *preview = dialog.findChild<QTableWidget *>();
    CHECK(preview->item(1, 0)->background().style() != Qt::NoBrush); // line 3
    CHECK(preview->item(0, 0)->background().style() == Qt::NoBrush);

    // Nothing is imported, not even the good rows.
    CHECK_FALSE(dialog.importRows());
    CHECK(doc.conference() == before);
    CHECK(doc.get()->undoStack()->count() == 0);
}

TEST_CASE("The CSV import dialog reports a file that is no CSV", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("leer.csv"));
    test::writeAll(path, QByteArray());
    ParticipantImportDialog dialog(doc.get());
    CHECK_FALSE(dialog.loadFile(path));
    REQUIRE(dialog.problems().size() == 1);
    CHECK_FALSE(dialog.problems().constFirst().message.isEmpty());
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(dialog.findChild<QListWidget *>()->count() == 1);
}

TEST_CASE("A ragged row is counted in the singular and the plural", "[setup]")
{
    {
        test::InterfaceLanguage german(QStringLiteral("de"));
        CHECK(ImportLookup::raggedMessage(1, 3)
              == QStringLiteral("Die Zeile hat 1 Zelle, die Kopfzeile aber 3 Spalten."));
        CHECK(ImportLookup::raggedMessage(4, 1)
              == QStringLiteral("Die Zeile hat 4 Zellen, die Kopfzeile aber 1 Spalte."));
    }
    test::InterfaceLanguage english(QStringLiteral("en"));
    CHECK(ImportLookup::raggedMessage(1, 3)
          == QStringLiteral("The row has 1 cell, but the header has 3 columns."));
}

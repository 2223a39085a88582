#include "setupfixture.h"

#include "ui/setup/cardimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace weitblick;
using test::SetupDocument;

namespace {

// As assistants type the cards of the tables into LibreOffice: phases by number or name.
const char CardsCsv[] = "Phase;Karte;Gruppe;Tisch;Jahr;Ebene\n"
                        "Zukunft;Solardächer auf allen Schulen;Institutionen;2;;\n"
                        "3;Ein Kino in der Alten Weberei;;;;\n"
                        "Vergangenheit;Mauerfall;;1;1989;Welt\n"
                        "Utopien;Seilbahn zum Rathaus;Vereine und Verbände;;;\n";

QString summaryText(QDialog &dialog)
{
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The card import dialog shows the file and imports it as one undo step", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("karten.csv"));
    test::writeAll(path, QByteArray(CardsCsv));
    const qsizetype cards = doc.conference().all<Card>().size();

    CardImportDialog dialog(doc.get());
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.canImport());
    CHECK(dialog.mapping()
          == QList<CardField>{CardField::Phase, CardField::Text, CardField::Group,
                              CardField::Table, CardField::Year, CardField::Lane});
    // The same preview as the participant import: a selector of card fields over each column,
    // the rows by their line in the file.
    auto *preview = dialog.findChild<QTableWidget *>();
    REQUIRE(preview->columnCount() == 6);
    REQUIRE(preview->rowCount() == 4);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Solardächer auf allen Schulen"));
    CHECK(preview->verticalHeaderItem(2)->text() == QStringLiteral("4"));
    REQUIRE(dialog.fieldSelector(1)->count() == CardFieldCount);
    CHECK(dialog.fieldSelector(1)->currentText() == CardImport::fieldName(CardField::Text));
    const QString labels = summaryText(dialog);
    CHECK(labels.contains(QStringLiteral("semicolon")));
    CHECK(labels.contains(QStringLiteral("4 card")));

    REQUIRE(dialog.importRows());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.importedCount() == 4);
    CHECK(doc.conference().all<Card>().size() == cards + 4);
    CHECK(doc.get()->undoStack()->count() == 1);
    doc.get()->undoStack()->undo();
    CHECK(doc.conference().all<Card>().size() == cards);
}

TEST_CASE("The card import dialog maps columns by hand and names the problems", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("karten.csv"));
    test::writeAll(path, QByteArray("Wo;Was\nZukunft;Fahrradstraße\nGegenwart;Stau\nMond;Krater\n"));
    CardImportDialog dialog(doc.get());
    REQUIRE(dialog.loadFile(path));
    // Nothing names the phase and text columns: a problem, and no import.
    CHECK_FALSE(dialog.problems().isEmpty());
    CHECK_FALSE(dialog.canImport());

    dialog.setMapping({CardField::Phase, CardField::Text});
    CHECK(dialog.fieldSelector(0)->currentData().toInt() == int(CardField::Phase));
    // "Mond" is no phase: named by its line and column.
    REQUIRE(dialog.problems().size() == 1);
    CHECK(dialog.problems().constFirst().line == 4);
    CHECK(dialog.problemTexts().constFirst().startsWith(QStringLiteral("Line 4, column 1: ")));
    CHECK_FALSE(dialog.importRows());
    CHECK(doc.get()->undoStack()->count() == 0);
}

TEST_CASE("The card import dialog imports nothing into a read-only conference", "[setup]")
{
    SetupDocument doc;
    const QString path = doc.dir.path(QStringLiteral("karten.csv"));
    test::writeAll(path, QByteArray(CardsCsv));
    auto readOnly = doc.openReadOnly();
    CardImportDialog dialog(readOnly.get());
    REQUIRE(dialog.loadFile(path));
    CHECK_FALSE(dialog.canImport());
    CHECK(dialog.problemTexts().join(QLatin1Char('\n')).contains(readOnly->readOnlyReason()));
}

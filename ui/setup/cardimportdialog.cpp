#include "cardimportdialog.h"

namespace weitblick {

CardImportDialog::CardImportDialog(ConferenceDocument *document, QWidget *parent)
    : CsvImportDialog(
        document,
        {tr("Import Cards from CSV"),
         tr("Choose a CSV file as Excel or LibreOffice save it, one card a row: the phase (its "
            "number, such as 3, or its name, such as Zukunft), the card's text, and if you like "
            "the stakeholder group and the table. Cards of the Past phase may have a year and a "
            "lane (world, local, personal)."),
         EntityKind::Card,
         [](int count) { return tr("%n card(s) will be added", nullptr, count); },
         [](CsvTable table) {
             return std::make_unique<CsvImportSourceOf<CardImport, CardField, CardFieldCount>>(
                 std::move(table));
         }},
        parent)
{
}

int CardImportDialog::importCards(ConferenceDocument *document, QWidget *parent)
{
    CardImportDialog dialog(document, parent);
    return chooseAndImport(dialog);
}

} // namespace weitblick

#include "participantimportdialog.h"

namespace weitblick {

ParticipantImportDialog::ParticipantImportDialog(ConferenceDocument *document, QWidget *parent)
    : CsvImportDialog(
        document,
        {tr("Import Participants from CSV"),
         tr("Choose a CSV file as Excel or LibreOffice save it: comma- or semicolon-separated, "
            "UTF-8 or Windows-1252. The first row names the columns."),
         EntityKind::Participant,
         [](int count) { return tr("%n participant(s) will be added", nullptr, count); },
         [](CsvTable table) {
             return std::make_unique<
                 CsvImportSourceOf<ParticipantImport, ParticipantField, ParticipantFieldCount>>(
                 std::move(table));
         }},
        parent)
{
}

int ParticipantImportDialog::importParticipants(ConferenceDocument *document, QWidget *parent)
{
    ParticipantImportDialog dialog(document, parent);
    return chooseAndImport(dialog);
}

} // namespace weitblick

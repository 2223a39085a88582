#pragma once

#include "csvimportdialog.h"

#include "core/io/participantimport.h"

namespace weitblick {

// Imports participants from a CSV file, with preview and column mapping (see
// CsvImportDialog); new tables are created by number.
class ParticipantImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    explicit ParticipantImportDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    // Asks for a file, shows the dialog for it, and imports on Import. Returns the number of
    // participants added (0 when the moderator cancelled).
    static int importParticipants(ConferenceDocument *document, QWidget *parent = nullptr);

    QList<ParticipantField> mapping() const { return fieldsOf<ParticipantField>(fieldMapping()); }
    void setMapping(const QList<ParticipantField> &mapping) { setFieldMapping(fieldNumbers(mapping)); }
};

} // namespace weitblick

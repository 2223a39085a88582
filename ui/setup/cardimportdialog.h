#pragma once

#include "csvimportdialog.h"

#include "core/io/cardimport.h"

namespace weitblick {

// Imports cards typed into a spreadsheet (phase, text, stakeholder group, table; on the Past
// phase year and lane) onto the phase walls, with the same preview and column mapping as the
// participant import (see CsvImportDialog).
class CardImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    explicit CardImportDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    // Asks for a file, shows the dialog for it, and imports on Import. Returns the number of
    // cards added (0 when the moderator cancelled).
    static int importCards(ConferenceDocument *document, QWidget *parent = nullptr);

    QList<CardField> mapping() const { return fieldsOf<CardField>(fieldMapping()); }
    void setMapping(const QList<CardField> &mapping) { setFieldMapping(fieldNumbers(mapping)); }
};

} // namespace weitblick

#pragma once

#include "csvreader.h"

#include "core/model/changeset.h"
#include "core/model/conference.h"

#include <QCoreApplication>
#include <QList>

namespace weitblick {

class ConferenceDocument;

// What a CSV column holds for the participant import.
// Names split over two columns (Vorname, Nachname) are joined as "first last"; several columns
// mapped to Name are joined in column order.
enum class ParticipantField {
    Ignore,
    Name,
    Organisation,
    Group,
    Table,
    SteeringCommittee,
    FirstName,
    LastName,
};
constexpr int ParticipantFieldCount = 8;

// Turns the rows of a CSV file into participants: all of them as one undo step, or none.
class ParticipantImport
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImport)

public:
    // Guesses the mapping from the header names, German and English.
    explicit ParticipantImport(CsvTable table);

    const CsvTable &table() const { return m_table; }
    QList<ParticipantField> mapping() const { return m_mapping; } // one entry per column
    // Shorter lists are padded with Ignore, longer ones cut to the column count.
    void setMapping(const QList<ParticipantField> &mapping);

    // The name of a field for the mapping selector.
    static QString fieldName(ParticipantField field);
    // The field a header cell names, or Ignore.
    static ParticipantField guessField(const QString &headerCell);

    // The changes that add every row as a participant (creating tables by number as needed,
    // groups matched by name case-insensitively or by a beginning that fits only one, such as
    // "Handel"), or the problems by line number. A row whose name and organisation a
    // participant has already (without case and spacing) is left out: lists get imported
    // again. Ragged rows, missing names, unknown groups and bad table numbers are problems;
    // with any problem the change set is empty.
    ChangeSet plan(const Conference &conference, QList<ImportProblem> *problems) const;
    // One undo step; nothing is imported when there is any problem (or the document cannot be
    // written). Returns the number added, or -1.
    int apply(ConferenceDocument *document, QList<ImportProblem> *problems) const;

private:
    CsvTable m_table;
    QList<ParticipantField> m_mapping;
};

} // namespace weitblick

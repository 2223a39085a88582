#pragma once

#include "csvreader.h"

#include "core/model/changeset.h"
#include "core/model/conference.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace weitblick {

class ConferenceDocument;
class ImportLookup;

// What a CSV column holds for the card import. Year and lane place cards of the Past phase on
// its timeline.
enum class CardField { Ignore, Phase, Text, Group, Table, Year, Lane };
constexpr int CardFieldCount = 7;

// Turns the rows of a CSV file that assistants typed at the tables into cards on the phase
// walls: all of them as one undo step, or none.
class CardImport
{
    Q_DECLARE_TR_FUNCTIONS(CardImport)

public:
    // Guesses the mapping from the header names, German and English.
    explicit CardImport(CsvTable table);

    const CsvTable &table() const { return m_table; }
    QList<CardField> mapping() const { return m_mapping; } // one entry per column
    // Shorter lists are padded with Ignore, longer ones cut to the column count.
    void setMapping(const QList<CardField> &mapping);

    static QString fieldName(CardField field);
    static CardField guessField(const QString &headerCell);

    // The changes that add every row as a card, or the problems by line number. The phase is a
    // number (1 = first phase in order), a kind name (Past/Vergangenheit, Present/Gegenwart,
    // Future/Zukunft, Utopias/Utopien, Measures/Maßnahmen) or a phase title. Group (by name
    // or a beginning that fits only one)
    // and table (by number, creating it as needed, or name) may be empty. A Past card with a
    // lane (world/Welt, local/lokal, personal/persönlich) goes on the timeline at its year,
    // from the year column or, as in quick entry, a leading year of its text ("1989
    // Mauerfall"). Ragged rows, unknown phases, groups, tables or lanes, a year without a lane
    // or the other way round, years and lanes outside the Past phase, empty texts and texts
    // over Card::MaxTextLength are problems; with any problem the change set is empty.
    // A row whose card is on its wall already (same phase, text without case and spacing,
    // group, table, year and lane; headings do not count) is left out, once per such card: a
    // file imported twice adds its cards once, and a card two people wrote stays two cards.
    // New cards go where typed ones go (NewCardPlacer): below the clusters of their wall, in
    // rows, or in their area of a divided wall, or in the tray below the Past timeline, never
    // over anything already there.
    ChangeSet plan(const Conference &conference, QList<ImportProblem> *problems) const;
    // One undo step; nothing is imported when there is any problem. Returns the number added,
    // or -1.
    int apply(ConferenceDocument *document, QList<ImportProblem> *problems) const;

private:
    // The column of each field, -1 for none.
    struct Columns
    {
        qsizetype phase = -1;
        qsizetype text = -1;
        qsizetype group = -1;
        qsizetype table = -1;
        qsizetype year = -1;
        qsizetype lane = -1;
    };

    // The columns of the mapping, or nothing with the problems of a mapping that cannot work.
    std::optional<Columns> checkMapping(QList<ImportProblem> *problems) const;
    // A card per row, with the problems of the rows; tables named by number are planned in the
    // lookup.
    QList<Card> parseRows(const Conference &conference, const Columns &columns,
                          ImportLookup *lookup, QList<ImportProblem> *problems) const;
    // Leaves out the cards that are on their walls already (sameCardKey in the source).
    static void leaveOutPresent(const Conference &conference, QList<Card> *cards);
    // Gives each card its place on its wall.
    static void layOut(const Conference &conference, QList<Card> *cards);

    CsvTable m_table;
    QList<CardField> m_mapping;
};

} // namespace weitblick

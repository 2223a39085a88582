#pragma once

#include "csvreader.h"
#include "core/model/changeset.h"
#include "core/model/conference.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace weitblick {

class ConferenceDocument;

// What the participant and card imports share: reading cells, finding stakeholder groups by
// name and tables by number, and planning the tables an import has to create.
class ImportLookup
{
    Q_DECLARE_TR_FUNCTIONS(ImportLookup)

public:
    static constexpr int MaxTableNumber = 999;

    explicit ImportLookup(const Conference &conference);

    // A header cell reduced to lower-case letters and digits, so that "Tisch-Nr." and
    // "tisch nr" compare equal.
    static QString normalizedHeader(const QString &cell);
    // Whether text contains one of the words, for guessing columns from normalized headers.
    static bool containsAny(const QString &text, std::initializer_list<const char *> words);
    // The mapping guessed from a header row: each column's field as guessField names it, the
    // first column of a kind winning and the later ones ignored.
    template<class Field>
    static QList<Field> guessMapping(const QStringList &header,
                                     Field (*guessField)(const QString &));
    // The mapping cut or padded with Field::Ignore to the number of columns.
    template<class Field>
    static QList<Field> fitMapping(const QList<Field> &mapping, qsizetype columnCount);
    // The columns mapped to the field, from the left.
    template<class Field>
    static QList<qsizetype> columnsOf(const QList<Field> &mapping, Field field);
    // The cell of a row, or an empty string past its end.
    static QString cell(const QStringList &row, qsizetype column);
    // A cell as a message quotes it: on one line, and cut after 60 characters, so that a
    // megabyte in a cell makes no megabyte of message.
    static QString shown(const QString &cell);
    // The 1-based column of ImportProblem for a 0-based column index (-1, none: 0).
    static int columnNumber(qsizetype column) { return int(column + 1); }
    // Whether a row has fewer cells than the header, or more that are not empty.
    static bool isRagged(const QStringList &row, qsizetype columnCount);
    static QString raggedMessage(qsizetype cells, qsizetype columnCount);
    // Why nothing could be imported into the document, never empty.
    static QString readOnlyMessage(const ConferenceDocument *document);
    // Pushes a planned import as one undo step, unless there are problems. Returns how many
    // entities of the kind were added, or -1 with the problems (also a read-only document).
    static int applyPlanned(ConferenceDocument *document, const ChangeSet &changes,
                            QList<ImportProblem> found, EntityKind counted,
                            const std::function<QString(int)> &undoText,
                            QList<ImportProblem> *problems);

    // The group named by text, compared without case, or the one group whose name begins
    // with it (three letters or more); NoId for empty text, nullopt and a message when no
    // group, or more than one, fits.
    std::optional<Id> group(const QString &text, QString *error) const;
    // The table a cell names: a number such as "3", "Tisch 3" or "Table 3", or the name of an
    // existing table. A number without a table plans a new one. NoId for empty text, nullopt
    // and a message when the cell names no table.
    std::optional<Id> table(const QString &text, QString *error);
    // The changes that add the planned new tables, in the order they were first named.
    ChangeSet newTables() const;

private:
    const Conference &m_conference;
    QHash<QString, Id> m_groupsByName;
    QHash<int, Id> m_tablesByNumber;
    QHash<QString, Id> m_tablesByName;
    QList<Table> m_newTables;
    Id m_nextTableId;
};

template<class Field>
QList<Field> ImportLookup::guessMapping(const QStringList &header,
                                        Field (*guessField)(const QString &))
{
    QList<Field> mapping;
    QList<Field> taken;
    for (const QString &cell : header) {
        Field field = guessField(cell);
        if (taken.contains(field))
            field = Field::Ignore;
        if (field != Field::Ignore)
            taken.append(field);
        mapping.append(field);
    }
    return mapping;
}

template<class Field>
QList<Field> ImportLookup::fitMapping(const QList<Field> &mapping, qsizetype columnCount)
{
    QList<Field> fitted = mapping.mid(0, columnCount);
    while (fitted.size() < columnCount)
        fitted.append(Field::Ignore);
    return fitted;
}

template<class Field>
QList<qsizetype> ImportLookup::columnsOf(const QList<Field> &mapping, Field field)
{
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        if (mapping.at(i) == field)
            columns.append(i);
    }
    return columns;
}

} // namespace weitblick

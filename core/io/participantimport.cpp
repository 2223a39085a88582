#include "participantimport.h"

#include "importlookup.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/model/limits.h"
#include "core/model/names.h"
#include "core/model/validation.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace weitblick {

namespace {

// The sentence for a name or organisation over the file's limit (limits.h), with its length:
// an import never makes a participant that the file would refuse.
QString tooLong(const char *sentence, const QString &text)
{
    return ParticipantImport::tr(sentence).arg(QLocale().toString(visibleLength(text)),
                                              QLocale().toString(limits::MaxShortText));
}

} // namespace

ParticipantImport::ParticipantImport(CsvTable table)
    : m_table(std::move(table)),
      m_mapping(ImportLookup::guessMapping(m_table.header, &ParticipantImport::guessField))
{
    // Beside a first-name column, "Name" is the family name, as in "Name;Vorname".
    if (m_mapping.contains(ParticipantField::FirstName)
        && !m_mapping.contains(ParticipantField::LastName))
        std::replace(m_mapping.begin(), m_mapping.end(), ParticipantField::Name,
                     ParticipantField::LastName);
}

void ParticipantImport::setMapping(const QList<ParticipantField> &mapping)
{
    m_mapping = ImportLookup::fitMapping(mapping, m_table.header.size());
}

QString ParticipantImport::fieldName(ParticipantField field)
{
    switch (field) {
    case ParticipantField::Ignore: return tr("(ignore)");
    case ParticipantField::Name: return tr("Name");
    case ParticipantField::Organisation: return tr("Organisation");
    case ParticipantField::Group: return tr("Stakeholder group");
    case ParticipantField::Table: return tr("Table");
    case ParticipantField::SteeringCommittee: return tr("Steering committee");
    case ParticipantField::FirstName: return tr("First name");
    case ParticipantField::LastName: return tr("Last name");
    }
    return QString();
}

ParticipantField ParticipantImport::guessField(const QString &headerCell)
{
    const QString h = ImportLookup::normalizedHeader(headerCell);
    auto has = [&h](std::initializer_list<const char *> words) {
        return ImportLookup::containsAny(h, words);
    };
    if (h.isEmpty())
        return ParticipantField::Ignore;
    // Order matters: "Gruppenname" is a group and "Vorname" a first name, not a name.
    if (has({"steuerkreis", "steering", "lenkungs", "steuerungsgruppe"}))
        return ParticipantField::SteeringCommittee;
    // One column for both, such as "Name, Vorname" or "Vor- und Nachname".
    const bool first = has({"vorname", "vor", "firstname", "givenname", "forename"});
    const bool last = has({"nachname", "lastname", "surname", "familyname"});
    if ((first && last) || (first && h.startsWith(QLatin1String("name"))))
        return ParticipantField::Name;
    if (has({"vorname", "firstname", "givenname", "forename"}))
        return ParticipantField::FirstName;
    if (has({"nachname", "lastname", "surname", "familyname", "familienname"}))
        return ParticipantField::LastName;
    if (has({"gruppe", "group", "stakeholder", "akteur"}))
        return ParticipantField::Group;
    if (h.startsWith(QLatin1String("tisch")) || h.startsWith(QLatin1String("table")))
        return ParticipantField::Table;
    if (has({"organi", "institution", "einrichtung", "firma", "unternehmen", "company",
             "affiliation", "arbeitgeber", "employer"}))
        return ParticipantField::Organisation;
    if (has({"name", "teilnehm", "participant", "person"}))
        return ParticipantField::Name;
    return ParticipantField::Ignore;
}

ChangeSet ParticipantImport::plan(const Conference &conference,
                                  QList<ImportProblem> *problems) const
{
    QList<ImportProblem> found;
    auto columnsOf = [this](ParticipantField field) {
        QList<qsizetype> columns;
        for (qsizetype i = 0; i < m_mapping.size(); ++i) {
            if (m_mapping.at(i) == field)
                columns.append(i);
        }
        return columns;
    };
    const QList<qsizetype> nameColumns = columnsOf(ParticipantField::Name);
    const QList<qsizetype> firstColumns = columnsOf(ParticipantField::FirstName);
    const QList<qsizetype> lastColumns = columnsOf(ParticipantField::LastName);
    if (nameColumns.isEmpty() && firstColumns.isEmpty() && lastColumns.isEmpty())
        found.append({0, tr("No column is chosen for the names.")});

    // A participant has one group, one table and one organisation; two columns for one of
    // them is a mistake in the mapping rather than something to guess at.
    auto singleColumn = [&](ParticipantField field) -> qsizetype {
        const QList<qsizetype> columns = columnsOf(field);
        if (columns.size() > 1)
            found.append({0, tr("More than one column is chosen for \"%1\".")
                                 .arg(fieldName(field))});
        return columns.isEmpty() ? -1 : columns.first();
    };
    const qsizetype organisationColumn = singleColumn(ParticipantField::Organisation);
    const qsizetype groupColumn = singleColumn(ParticipantField::Group);
    const qsizetype tableColumn = singleColumn(ParticipantField::Table);
    const qsizetype steeringColumn = singleColumn(ParticipantField::SteeringCommittee);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return {};
    }
    if (m_table.rows.isEmpty())
        found.append({0, tr("The file holds no participants below its header row.")});

    auto joined = [](const QStringList &row, const QList<qsizetype> &columns) {
        QStringList parts;
        for (const qsizetype column : columns) {
            const QString part = ImportLookup::cell(row, column).simplified();
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(u' ');
    };

    ImportLookup lookup(conference);
    // A list imported again, or one that overlaps an earlier one, adds only the people who
    // are not there yet: the same name and organisation, compared without case and spacing.
    const auto personKey = [](const Participant &p) {
        return foldedName(p.name) + QChar(0x1f) + foldedName(p.organisation);
    };
    QSet<QString> present;
    for (const Participant &p : conference.all<Participant>())
        present.insert(personKey(p));
    QList<Participant> participants;
    Id nextId = conference.all<Participant>().nextId();
    const qsizetype columnCount = m_table.header.size();
    for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
        const QStringList &row = m_table.rows.at(r);
        const int line = m_table.lineNumbers.value(r);
        if (ImportLookup::isRagged(row, columnCount)) {
            found.append({line, ImportLookup::raggedMessage(row.size(), columnCount)});
            continue;
        }
        // Each problem names the cell it is in.
        const auto problem = [&](qsizetype column, const QString &message) {
            found.append({line, message, ImportLookup::columnNumber(column)});
        };
        Participant participant;
        participant.name = joined(row, nameColumns);
        const QString first = joined(row, firstColumns);
        const QString last = joined(row, lastColumns);
        for (const QString &part : {first, last}) {
            if (part.isEmpty())
                continue;
            if (!participant.name.isEmpty())
                participant.name.append(u' ');
            participant.name.append(part);
        }
        const qsizetype nameColumn = !nameColumns.isEmpty() ? nameColumns.first()
                                     : !firstColumns.isEmpty() ? firstColumns.first()
                                                               : lastColumns.first();
        if (participant.name.isEmpty())
            problem(nameColumn, tr("The row has no name."));
        else if (textFit(participant.name, limits::MaxShortText) != TextFit::Fits)
            problem(nameColumn, tooLong(QT_TR_NOOP("The name has %1 characters; a name may have at "
                                                  "most %2."),
                                       participant.name));
        participant.organisation = ImportLookup::cell(row, organisationColumn).simplified();
        if (textFit(participant.organisation, limits::MaxShortText) != TextFit::Fits)
            problem(organisationColumn,
                    tooLong(QT_TR_NOOP("The organisation has %1 characters; it may have at "
                                       "most %2."),
                            participant.organisation));

        // Known before its table is looked up: a table named only by a row left out is not
        // made either.
        const QString key = personKey(participant);
        if (!participant.name.isEmpty() && present.contains(key))
            continue;

        QString error;
        if (const std::optional<Id> group =
                lookup.group(ImportLookup::cell(row, groupColumn), &error))
            participant.groupId = *group;
        else
            problem(groupColumn, error);
        if (const std::optional<Id> table =
                lookup.table(ImportLookup::cell(row, tableColumn), &error))
            participant.tableId = *table;
        else
            problem(tableColumn, error);

        const QString steering =
            ImportLookup::normalizedHeader(ImportLookup::cell(row, steeringColumn));
        static const QSet<QString> yes = {
            QStringLiteral("x"), QStringLiteral("ja"), QStringLiteral("j"),
            QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1"),
            QStringLiteral("true"), QStringLiteral("wahr")};
        static const QSet<QString> no = {
            QString(), QStringLiteral("nein"), QStringLiteral("n"), QStringLiteral("no"),
            QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("falsch")};
        if (yes.contains(steering) || ImportLookup::cell(row, steeringColumn).trimmed()
                                          == QStringLiteral("\u2713"))
            participant.steeringCommittee = true;
        else if (!no.contains(steering))
            problem(steeringColumn,
                    tr("\"%1\" is neither yes nor no for the steering committee.")
                        .arg(ImportLookup::shown(ImportLookup::cell(row, steeringColumn))));

        present.insert(key); // a row repeated in the file is one person too
        participant.id = nextId++;
        participants.append(participant);
    }

    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};
    ChangeSet changes = lookup.newTables();
    for (const Participant &participant : participants)
        changes.add(participant);
    return changes;
}

int ParticipantImport::apply(ConferenceDocument *document, QList<ImportProblem> *problems) const
{
    QList<ImportProblem> found;
    const ChangeSet changes = plan(document->conference(), &found);
    return ImportLookup::applyPlanned(document, changes, found, EntityKind::Participant,
                                      [](int added) { return tr("Import %n participant(s)", nullptr, added); },
                                      problems);
}

} // namespace weitblick

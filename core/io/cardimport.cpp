#include "cardimport.h"

#include "importlookup.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/wall/newcardplacer.h"
#include "core/wall/timelinelayout.h"

#include <QHash>
#include <QRegularExpression>

#include <map>

namespace weitblick {

namespace {

// The phase kinds by their English and German names (after ImportLookup::normalizedHeader).
std::optional<PhaseKind> kindByName(const QString &normalized)
{
    static const QHash<QString, PhaseKind> kinds = {
        {QStringLiteral("past"), PhaseKind::Past},
        {QStringLiteral("vergangenheit"), PhaseKind::Past},
        {QStringLiteral("present"), PhaseKind::Present},
        {QStringLiteral("gegenwart"), PhaseKind::Present},
        {QStringLiteral("future"), PhaseKind::Future},
        {QStringLiteral("zukunft"), PhaseKind::Future},
        {QStringLiteral("utopias"), PhaseKind::Utopias},
        {QStringLiteral("utopia"), PhaseKind::Utopias},
        {QStringLiteral("utopien"), PhaseKind::Utopias},
        {QStringLiteral("utopie"), PhaseKind::Utopias},
        {QStringLiteral("measures"), PhaseKind::Measures},
        {QStringLiteral("maßnahmen"), PhaseKind::Measures},
        {QStringLiteral("massnahmen"), PhaseKind::Measures},
        {QStringLiteral("maßnahme"), PhaseKind::Measures},
        {QStringLiteral("massnahme"), PhaseKind::Measures},
    };
    const auto it = kinds.constFind(normalized);
    return it == kinds.cend() ? std::nullopt : std::optional<PhaseKind>(*it);
}

std::optional<TimelineLane> laneByName(const QString &normalized)
{
    static const QHash<QString, TimelineLane> lanes = {
        {QStringLiteral("world"), TimelineLane::World},
        {QStringLiteral("global"), TimelineLane::World},
        {QStringLiteral("welt"), TimelineLane::World},
        {QStringLiteral("weltweit"), TimelineLane::World},
        {QStringLiteral("local"), TimelineLane::Local},
        {QStringLiteral("lokal"), TimelineLane::Local},
        {QStringLiteral("ort"), TimelineLane::Local},
        {QStringLiteral("örtlich"), TimelineLane::Local},
        {QStringLiteral("personal"), TimelineLane::Personal},
        {QStringLiteral("persönlich"), TimelineLane::Personal},
        {QStringLiteral("privat"), TimelineLane::Personal},
    };
    const auto it = lanes.constFind(normalized);
    return it == lanes.cend() ? std::nullopt : std::optional<TimelineLane>(*it);
}

} // namespace

CardImport::CardImport(CsvTable table)
    : m_table(std::move(table)),
      m_mapping(ImportLookup::guessMapping(m_table.header, &CardImport::guessField))
{
}

void CardImport::setMapping(const QList<CardField> &mapping)
{
    m_mapping = ImportLookup::fitMapping(mapping, m_table.header.size());
}

QString CardImport::fieldName(CardField field)
{
    switch (field) {
    case CardField::Ignore: return tr("(ignore)");
    case CardField::Phase: return tr("Phase");
    case CardField::Text: return tr("Text");
    case CardField::Group: return tr("Stakeholder group");
    case CardField::Table: return tr("Table");
    case CardField::Year: return tr("Year");
    case CardField::Lane: return tr("Timeline lane");
    }
    return QString();
}

CardField CardImport::guessField(const QString &headerCell)
{
    const QString h = ImportLookup::normalizedHeader(headerCell);
    auto has = [&h](std::initializer_list<const char *> words) {
        return ImportLookup::containsAny(h, words);
    };
    if (h.isEmpty())
        return CardField::Ignore;
    if (has({"phase", "schritt", "step"}))
        return CardField::Phase;
    if (has({"jahr", "year"}))
        return CardField::Year;
    if (has({"lane", "ebene", "bahn", "spur"}))
        return CardField::Lane;
    if (has({"gruppe", "group", "stakeholder", "akteur"}))
        return CardField::Group;
    if (h.startsWith(QLatin1String("tisch")) || h.startsWith(QLatin1String("table")))
        return CardField::Table;
    if (has({"text", "karte", "card", "inhalt", "beitrag", "notiz", "note", "content",
             "stichwort"}))
        return CardField::Text;
    return CardField::Ignore;
}

std::optional<CardImport::Columns> CardImport::checkMapping(
    QList<ImportProblem> *problems) const
{
    auto singleColumn = [&](CardField field, bool required) -> qsizetype {
        const QList<qsizetype> columns = ImportLookup::columnsOf(m_mapping, field);
        if (columns.size() > 1)
            problems->append({0, tr("More than one column is chosen for \"%1\".")
                                     .arg(fieldName(field))});
        else if (columns.isEmpty() && required)
            problems->append({0, tr("No column is chosen for \"%1\".").arg(fieldName(field))});
        return columns.isEmpty() ? -1 : columns.first();
    };
    Columns columns;
    columns.phase = singleColumn(CardField::Phase, true);
    columns.text = singleColumn(CardField::Text, true);
    columns.group = singleColumn(CardField::Group, false);
    columns.table = singleColumn(CardField::Table, false);
    columns.year = singleColumn(CardField::Year, false);
    columns.lane = singleColumn(CardField::Lane, false);
    if (!problems->isEmpty())
        return std::nullopt;
    return columns;
}

QList<Card> CardImport::parseRows(const Conference &conference, const Columns &columns,
                                  ImportLookup *lookup, QList<ImportProblem> *problems) const
{
    if (m_table.rows.isEmpty())
        problems->append({0, tr("The file holds no cards below its header row.")});

    const QList<Phase> phases = commands::orderedPhases(conference);
    auto phaseOf = [&](const QString &text, QString *error) -> Id {
        const QString trimmed = text.simplified();
        // "2", "Phase 2", "2.", but not "-1" or "+2": a sign makes no phase number.
        static const QRegularExpression numbered(QStringLiteral("^(?:phase\\s*)?(\\d{1,9})\\.?$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression signedNumber(QStringLiteral("^[-+\u2212]\\s*\\d"));
        const QRegularExpressionMatch match = numbered.match(trimmed);
        if (match.hasMatch()) {
            const int number = match.captured(1).toInt();
            if (number >= 1 && number <= phases.size())
                return phases.at(number - 1).id;
            *error = tr("There is no phase %1; the conference has phases 1 to %2.")
                         .arg(ImportLookup::shown(trimmed))
                         .arg(phases.size());
            return NoId;
        }
        if (signedNumber.match(trimmed).hasMatch()) {
            *error = tr("\"%1\" is no phase: phases are numbered 1 to %2, without a sign.")
                         .arg(ImportLookup::shown(trimmed))
                         .arg(phases.size());
            return NoId;
        }
        // A title first, so that a custom phase called "Zukunft 2" is found by its title.
        for (const Phase &phase : phases) {
            if (phase.title.simplified().compare(trimmed, Qt::CaseInsensitive) == 0)
                return phase.id;
        }
        if (const std::optional<PhaseKind> kind =
                kindByName(ImportLookup::normalizedHeader(trimmed))) {
            for (const Phase &phase : phases) {
                if (phase.kind == *kind)
                    return phase.id;
            }
        }
        *error = trimmed.isEmpty()
                     ? tr("The row names no phase.")
                     : tr("There is no phase \"%1\".").arg(ImportLookup::shown(trimmed));
        return NoId;
    };

    QList<Card> cards;
    Id nextId = conference.all<Card>().nextId();
    const qsizetype columnCount = m_table.header.size();
    for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
        const QStringList &row = m_table.rows.at(r);
        const int line = m_table.lineNumbers.value(r);
        if (ImportLookup::isRagged(row, columnCount)) {
            problems->append({line, ImportLookup::raggedMessage(row.size(), columnCount)});
            continue;
        }
        // Each problem names the cell it is in.
        const auto problem = [&](qsizetype column, const QString &message) {
            problems->append({line, message, ImportLookup::columnNumber(column)});
        };
        Card card;
        QString error;
        card.phaseId = phaseOf(ImportLookup::cell(row, columns.phase), &error);
        if (card.phaseId == NoId)
            problem(columns.phase, error);

        // Line breaks inside a cell are kept; a card may have several lines.
        card.text = ImportLookup::cell(row, columns.text).trimmed();
        if (card.text.isEmpty())
            problem(columns.text, tr("The row has no card text."));
        else if (const QString tooLong = cardTextProblem(card.text); !tooLong.isEmpty())
            problem(columns.text, tooLong);

        if (const std::optional<Id> group =
                lookup->group(ImportLookup::cell(row, columns.group), &error))
            card.groupId = *group;
        else
            problem(columns.group, error);
        if (const std::optional<Id> table =
                lookup->table(ImportLookup::cell(row, columns.table), &error))
            card.tableId = *table;
        else
            problem(columns.table, error);

        const QString yearText = ImportLookup::cell(row, columns.year).simplified();
        const QString laneText = ImportLookup::cell(row, columns.lane).simplified();
        const Phase *phase = conference.find<Phase>(card.phaseId);
        if (phase && phase->kind == PhaseKind::Past) {
            if (!laneText.isEmpty()) {
                if (const auto lane = laneByName(ImportLookup::normalizedHeader(laneText)))
                    card.lane = *lane;
                else
                    problem(columns.lane, tr("\"%1\" is no timeline lane; the lanes are world, "
                                             "local and personal.")
                                              .arg(ImportLookup::shown(laneText)));
            }
            static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
            if (!yearText.isEmpty() && !fourDigits.match(yearText).hasMatch()) {
                problem(columns.year,
                        tr("\"%1\" is not a year.").arg(ImportLookup::shown(yearText)));
            } else {
                if (!yearText.isEmpty())
                    card.year = yearText.toInt();
                else if (!laneText.isEmpty())
                    // As in quick entry: "1989 Mauerfall" is the year and the text.
                    card.year = TimelineLayout::takeLeadingYear(&card.text);
                if (card.year && laneText.isEmpty())
                    problem(columns.lane, tr("The year needs a timeline lane."));
                else if (!card.year && !laneText.isEmpty())
                    problem(columns.year, tr("A card on a timeline lane needs a year."));
            }
            if (!card.year || card.lane == TimelineLane::None) {
                card.year.reset();
                card.lane = TimelineLane::None;
            }
        } else if (phase && (!yearText.isEmpty() || !laneText.isEmpty())) {
            problem(yearText.isEmpty() ? columns.lane : columns.year,
                    tr("Only cards of the Past phase have a year and a lane."));
        }

        card.id = nextId++;
        cards.append(card);
    }
    return cards;
}

namespace {

// What makes two cards the same card for an import: phase, text (without case and spacing),
// group, table, and year and lane on the timeline.
QString sameCardKey(const Card &card)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(card.phaseId)
        .arg(card.groupId)
        .arg(card.tableId)
        .arg(card.year.value_or(0))
        .arg(int(card.lane))
        .arg(foldedName(card.text));
}

} // namespace

void CardImport::leaveOutPresent(const Conference &conference, QList<Card> *cards)
{
    QHash<QString, int> present;
    for (const Card &card : conference.all<Card>()) {
        if (card.form != CardForm::Heading) // a heading on the wall is no imported card
            ++present[sameCardKey(card)];
    }
    // Each card on the wall stands for one row: a row repeated in the file beyond that is a
    // card written twice, which it keeps. (A row on a table the import makes is new anyway.)
    cards->removeIf([&present](const Card &card) {
        const auto it = present.find(sameCardKey(card));
        if (it == present.end() || *it == 0)
            return false;
        --*it;
        return true;
    });
}

void CardImport::layOut(const Conference &conference, QList<Card> *cards)
{
    // The imported cards on the timeline make it grow first, and the tray moves down with it.
    ChangeSet dated;
    for (const Card &card : std::as_const(*cards)) {
        if (TimelineLayout::isOnTimeline(card))
            dated.add(card);
    }
    // Each wall places its new cards as quick entry does, one after the other.
    std::map<Id, NewCardPlacer> placers;
    for (Card &card : *cards) {
        auto it = placers.find(card.phaseId);
        if (it == placers.end())
            it = placers.try_emplace(card.phaseId, conference, card.phaseId, dated).first;
        card.pos = it->second.place(card);
    }
}

ChangeSet CardImport::plan(const Conference &conference, QList<ImportProblem> *problems) const
{
    QList<ImportProblem> found;
    const std::optional<Columns> columns = checkMapping(&found);
    ImportLookup lookup(conference);
    QList<Card> cards;
    if (columns)
        cards = parseRows(conference, *columns, &lookup, &found);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};
    leaveOutPresent(conference, &cards);
    layOut(conference, &cards);
    ChangeSet changes = lookup.newTables();
    for (const Card &card : std::as_const(cards))
        changes.add(card);
    return changes;
}

int CardImport::apply(ConferenceDocument *document, QList<ImportProblem> *problems) const
{
    QList<ImportProblem> found;
    const ChangeSet changes = plan(document->conference(), &found);
    return ImportLookup::applyPlanned(document, changes, found, EntityKind::Card,
                                      [](int added) { return tr("Import %n card(s)", nullptr, added); },
                                      problems);
}

} // namespace weitblick

#include "cardimport.h"

#include "importlookup.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"

#include <QGuiApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace weitblick {

namespace {

constexpr int CardsPerRow = 6;
// Between the wall's content and the first row of imported cards, so that they read as a block
// of their own that is still to be sorted.
constexpr double BlockGap = 60;

// A card's size on the wall. Measuring needs fonts and so a QGuiApplication; without one (a
// command line run under QCoreApplication) the tallest size the wall draws is the safe guess.
QSizeF cardSize(const Card &card)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return CardGeometry::layout(card.text, card.form).size;
    return QSizeF(CardGeometry::CardWidth, CardGeometry::MaxHeight);
}

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
    : m_table(std::move(table))
{
    QSet<CardField> taken;
    for (const QString &cell : m_table.header) {
        CardField field = guessField(cell);
        if (taken.contains(field))
            field = CardField::Ignore; // the first column of a kind wins
        if (field != CardField::Ignore)
            taken.insert(field);
        m_mapping.append(field);
    }
}

void CardImport::setMapping(const QList<CardField> &mapping)
{
    m_mapping = mapping.mid(0, m_table.header.size());
    while (m_mapping.size() < m_table.header.size())
        m_mapping.append(CardField::Ignore);
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

ChangeSet CardImport::plan(const Conference &conference, QList<ImportProblem> *problems) const
{
    QList<ImportProblem> found;
    auto singleColumn = [&](CardField field, bool required) -> qsizetype {
        QList<qsizetype> columns;
        for (qsizetype i = 0; i < m_mapping.size(); ++i) {
            if (m_mapping.at(i) == field)
                columns.append(i);
        }
        if (columns.size() > 1)
            found.append({0, tr("More than one column is chosen for \"%1\".")
                                 .arg(fieldName(field))});
        else if (columns.isEmpty() && required)
            found.append({0, tr("No column is chosen for \"%1\".").arg(fieldName(field))});
        return columns.isEmpty() ? -1 : columns.first();
    };
    const qsizetype phaseColumn = singleColumn(CardField::Phase, true);
    const qsizetype textColumn = singleColumn(CardField::Text, true);
    const qsizetype groupColumn = singleColumn(CardField::Group, false);
    const qsizetype tableColumn = singleColumn(CardField::Table, false);
    const qsizetype yearColumn = singleColumn(CardField::Year, false);
    const qsizetype laneColumn = singleColumn(CardField::Lane, false);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return {};
    }
    if (m_table.rows.isEmpty())
        found.append({0, tr("The file holds no cards below its header row.")});

    const QList<Phase> phases = commands::orderedPhases(conference);
    auto phaseOf = [&](const QString &text, QString *error) -> Id {
        const QString trimmed = text.simplified();
        // "2", "Phase 2", "2."
        QString digits = ImportLookup::normalizedHeader(trimmed);
        if (digits.startsWith(QLatin1String("phase")))
            digits = digits.mid(5);
        bool isNumber = false;
        const int number = digits.toInt(&isNumber);
        if (isNumber) {
            if (number >= 1 && number <= phases.size())
                return phases.at(number - 1).id;
            *error = tr("There is no phase %1; the conference has phases 1 to %2.")
                         .arg(trimmed)
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
        *error = trimmed.isEmpty() ? tr("The row names no phase.")
                                   : tr("There is no phase \"%1\".").arg(trimmed);
        return NoId;
    };

    ImportLookup lookup(conference);
    QList<Card> cards;
    Id nextId = conference.all<Card>().nextId();
    const qsizetype columnCount = m_table.header.size();
    for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
        const QStringList &row = m_table.rows.at(r);
        const int line = m_table.lineNumbers.value(r);
        if (ImportLookup::isRagged(row, columnCount)) {
            found.append({line, ImportLookup::raggedMessage(row.size(), columnCount)});
            continue;
        }
        Card card;
        QString error;
        card.phaseId = phaseOf(ImportLookup::cell(row, phaseColumn), &error);
        if (card.phaseId == NoId)
            found.append({line, error});

        // Line breaks inside a cell are kept; a card may have several lines.
        card.text = ImportLookup::cell(row, textColumn).trimmed();
        if (card.text.isEmpty())
            found.append({line, tr("The row has no card text.")});
        else if (card.text.size() > Card::MaxTextLength)
            found.append({line, tr("The card text has %1 characters; a card holds at most %2.")
                                    .arg(card.text.size())
                                    .arg(Card::MaxTextLength)});

        if (const std::optional<Id> group =
                lookup.group(ImportLookup::cell(row, groupColumn), &error))
            card.groupId = *group;
        else
            found.append({line, error});
        if (const std::optional<Id> table =
                lookup.table(ImportLookup::cell(row, tableColumn), &error))
            card.tableId = *table;
        else
            found.append({line, error});

        const QString yearText = ImportLookup::cell(row, yearColumn).simplified();
        const QString laneText = ImportLookup::cell(row, laneColumn).simplified();
        const Phase *phase = conference.find<Phase>(card.phaseId);
        if (phase && phase->kind == PhaseKind::Past) {
            if (!laneText.isEmpty()) {
                if (const auto lane = laneByName(ImportLookup::normalizedHeader(laneText)))
                    card.lane = *lane;
                else
                    found.append({line, tr("\"%1\" is no timeline lane; the lanes are world, "
                                           "local and personal.").arg(laneText)});
            }
            static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
            if (!yearText.isEmpty() && !fourDigits.match(yearText).hasMatch()) {
                found.append({line, tr("\"%1\" is not a year.").arg(yearText)});
            } else {
                if (!yearText.isEmpty())
                    card.year = yearText.toInt();
                else if (!laneText.isEmpty())
                    // As in quick entry: "1989 Mauerfall" is the year and the text.
                    card.year = TimelineLayout::takeLeadingYear(&card.text);
                if (card.year && laneText.isEmpty())
                    found.append({line, tr("The year needs a timeline lane.")});
                else if (!card.year && !laneText.isEmpty())
                    found.append({line, tr("A card on a timeline lane needs a year.")});
            }
            if (!card.year || card.lane == TimelineLane::None) {
                card.year.reset();
                card.lane = TimelineLane::None;
            }
        } else if (phase && (!yearText.isEmpty() || !laneText.isEmpty())) {
            found.append({line, tr("Only cards of the Past phase have a year and a lane.")});
        }

        card.id = nextId++;
        cards.append(card);
    }

    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};

    // Each wall gets the new cards in rows below everything already on it: cards, cluster
    // headings, labelled areas and, on the Past wall, the timeline.
    struct Wall
    {
        double left = 0;
        double top = 0;
        int column = 0;
        double rowHeight = 0;
    };
    QHash<Id, Wall> walls;
    for (const Card &card : cards) {
        if (walls.contains(card.phaseId))
            continue;
        const Phase &phase = *conference.find<Phase>(card.phaseId);
        QRectF content;
        QList<TimelineLayout::Entry> dated;
        for (const Card &old : conference.all<Card>()) {
            if (old.phaseId != phase.id)
                continue;
            const QSizeF size = cardSize(old);
            if (phase.kind == PhaseKind::Past && TimelineLayout::isOnTimeline(old))
                dated.append({old.id, *old.year, old.lane, size});
            else
                content |= QRectF(old.pos, size);
        }
        // Imported cards on the timeline make it grow, and the tray moves down with it.
        for (const Card &added : cards) {
            if (added.phaseId == phase.id && TimelineLayout::isOnTimeline(added))
                dated.append({added.id, *added.year, added.lane, cardSize(added)});
        }
        for (const Cluster &cluster : conference.all<Cluster>()) {
            if (cluster.phaseId == phase.id)
                content |= QRectF(cluster.pos, QSizeF(CardGeometry::CardWidth,
                                                      CardGeometry::ClusterHeadingHeight));
        }
        const WallAreas areas = WallAreas::forPhase(phase, conference);
        if (!areas.isEmpty())
            content |= areas.bounds();

        Wall wall;
        if (phase.kind == PhaseKind::Past) {
            // The tray below the timeline, where quick entry puts cards too.
            const TimelineLayout timeline(dated);
            wall.left = 0;
            wall.top = content.isNull() ? timeline.trayTop()
                                        : std::max(timeline.trayTop(), content.bottom() + BlockGap);
        } else if (!content.isNull()) {
            wall.left = content.left();
            wall.top = content.bottom() + BlockGap;
        }
        walls.insert(phase.id, wall);
    }
    for (Card &card : cards) {
        Wall &wall = walls[card.phaseId];
        if (wall.column == CardsPerRow) {
            wall.top += wall.rowHeight + CardGeometry::RowGap;
            wall.column = 0;
            wall.rowHeight = 0;
        }
        card.pos = QPointF(wall.left + wall.column * CardGeometry::ColumnStep, wall.top);
        wall.rowHeight = std::max(wall.rowHeight, cardSize(card).height());
        ++wall.column;
    }

    ChangeSet changes = lookup.newTables();
    for (const Card &card : cards)
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

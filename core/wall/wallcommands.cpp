#include "wallcommands.h"

#include "core/model/references.h"

#include "cardgeometry.h"
#include "clustergeometry.h"
#include "freespotfinder.h"
#include "roommaker.h"
#include "timelinelayout.h"
#include "wallareas.h"
#include "wallarranger.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace weitblick::commands {

namespace {

QSizeF sizeOf(const Card &card)
{
    return CardGeometry::size(card.text, card.form);
}

// Where a cluster's heading block goes for cards whose top-left corners are given: above the
// topmost card, at the left edge of the leftmost.
std::optional<QPointF> headingPosFor(const QList<QPointF> &cardPositions)
{
    if (cardPositions.isEmpty())
        return std::nullopt;
    double left = cardPositions.constFirst().x();
    double top = cardPositions.constFirst().y();
    for (const QPointF &pos : cardPositions) {
        left = std::min(left, pos.x());
        top = std::min(top, pos.y());
    }
    return QPointF(left, top - CardGeometry::ClusterHeadingHeight);
}

// Keeps the stored position of each touched cluster at its visible heading, after the card
// changes already in *changes.
void followHeadings(const Conference &conference, const QSet<Id> &clusterIds, ChangeSet *changes)
{
    QHash<Id, const Card *> changed;
    for (const EntityChange &change : changes->changes()) {
        if (change.kind() == EntityKind::Card && change.after)
            changed.insert(change.id(), &std::get<Card>(*change.after));
    }
    QHash<Id, QList<QPointF>> positions;
    for (const Card &stored : conference.all<Card>()) {
        const Card *card = changed.value(stored.id, &stored);
        if (clusterIds.contains(card->clusterId))
            positions[card->clusterId].append(card->pos);
    }
    for (Id clusterId : clusterIds) {
        const Cluster *cluster = conference.find<Cluster>(clusterId);
        const std::optional<QPointF> pos = headingPosFor(positions.value(clusterId));
        if (!cluster || !pos)
            continue;
        Cluster after = *cluster;
        after.pos = *pos;
        changes->modify(*cluster, after);
    }
}

// Moves the cards below each removed clustered card in its column (same cluster, same left
// edge) up into the hole it leaves: by the distance from its top to the top of the next card
// down, whatever the spacing of the column.
void closeColumnGaps(const Conference &conference, const EntityIds &removed, ChangeSet *changes)
{
    const auto sameColumn = [](const Card &a, const Card &b) {
        return a.clusterId == b.clusterId && std::abs(a.pos.x() - b.pos.x()) < 0.5;
    };
    QHash<Id, QList<const Card *>> byCluster;
    QSet<Id> touched;
    for (const Card &card : conference.all<Card>()) {
        if (card.clusterId == NoId)
            continue;
        byCluster[card.clusterId].append(&card);
        if (removed.contains(EntityKind::Card, card.id))
            touched.insert(card.clusterId);
    }
    for (Id clusterId : std::as_const(touched)) {
        const QList<const Card *> &cards = byCluster.value(clusterId);
        QHash<Id, double> shift;
        for (const Card *gone : cards) {
            if (!removed.contains(EntityKind::Card, gone->id))
                continue;
            const Card *next = nullptr;
            for (const Card *below : cards) {
                if (sameColumn(*below, *gone) && below->pos.y() > gone->pos.y()
                    && (!next || below->pos.y() < next->pos.y()))
                    next = below;
            }
            if (!next)
                continue;
            for (const Card *below : cards) {
                if (sameColumn(*below, *gone) && below->pos.y() > gone->pos.y())
                    shift[below->id] += next->pos.y() - gone->pos.y();
            }
        }
        for (const Card *card : cards) {
            if (removed.contains(EntityKind::Card, card->id) || !shift.contains(card->id))
                continue;
            Card after = *card;
            after.pos.ry() -= shift.value(card->id);
            changes->modify(*card, after);
        }
    }
}

QList<const Card *> existingCards(const Conference &conference, const QList<Id> &cardIds)
{
    QList<const Card *> cards;
    QSet<Id> seen;
    for (Id id : cardIds) {
        const Card *card = conference.find<Card>(id);
        if (card && !seen.contains(id)) {
            cards.append(card);
            seen.insert(id);
        }
    }
    return cards;
}

// Top to bottom, then left to right: the order in which a moderator reads a column.
void sortTopDown(QList<const Card *> *cards)
{
    std::stable_sort(cards->begin(), cards->end(), [](const Card *a, const Card *b) {
        return std::pair(a->pos.y(), a->pos.x()) < std::pair(b->pos.y(), b->pos.x());
    });
}

// After cards moved: a cluster they all left is removed in the same step, unless dots were
// stuck on it (a drag must never make votes vanish); the headings of the others follow the
// cards that remain.
void tidyClusters(const Conference &conference, const QSet<Id> &clusterIds, ChangeSet *changes)
{
    QHash<Id, const Card *> changed;
    for (const EntityChange &change : changes->changes()) {
        if (change.kind() == EntityKind::Card && change.after)
            changed.insert(change.id(), &std::get<Card>(*change.after));
    }
    QSet<Id> emptied = clusterIds;
    for (const Card &stored : conference.all<Card>())
        emptied.remove(changed.value(stored.id, &stored)->clusterId);
    for (const Dot &dot : conference.all<Dot>())
        emptied.remove(dot.clusterId);
    followHeadings(conference, clusterIds - emptied, changes);
    EntityIds gone;
    for (Id id : std::as_const(emptied)) {
        if (conference.find<Cluster>(id))
            gone.insert<Cluster>(id);
    }
    // The cards were changed above already; the removal only adds the cluster and clears the
    // references of measures that came from it.
    const ChangeSet removal = removalWithDependents(conference, gone);
    for (const EntityChange &change : removal.changes()) {
        if (change.kind() != EntityKind::Card)
            changes->append(change);
    }
}

// Stacks the cards in a column from the given top-left corner, into the cluster. On the Past
// timeline a clustered card leaves its lane, because cluster frames live in the tray below.
void stackInto(const QList<const Card *> &cards, Id clusterId, QPointF start, ChangeSet *changes)
{
    double y = start.y();
    for (const Card *card : cards) {
        Card after = *card;
        after.clusterId = clusterId;
        after.year.reset();
        after.lane = TimelineLane::None;
        after.pos = QPointF(start.x(), y);
        changes->modify(*card, after);
        y += sizeOf(*card).height() + CardGeometry::RowGap;
    }
}

Cluster newCluster(const Conference &conference, Id phaseId, const QString &heading, QPointF pos)
{
    int inPhase = 0;
    for (const Cluster &cluster : conference.all<Cluster>())
        inPhase += cluster.phaseId == phaseId ? 1 : 0;
    Cluster cluster;
    cluster.id = conference.all<Cluster>().nextId();
    cluster.phaseId = phaseId;
    cluster.heading = heading;
    cluster.pos = pos;
    cluster.color = clusterColorFor(inPhase);
    return cluster;
}

template<class Apply>
bool changeCards(ConferenceDocument *document, const QList<Id> &cardIds, const QString &text,
                 Apply apply)
{
    ChangeSet changes;
    for (const Card *card : existingCards(document->conference(), cardIds)) {
        Card after = *card;
        apply(after);
        changes.modify(*card, after);
    }
    return push(document, text, changes);
}

// --- Arrange -----------------------------------------------------------------------------

struct Region
{
    QList<const Cluster *> clusters;
    QList<const Card *> looseCards;
};

// A cluster's column for the arranger, with the room its heading strip needs.
WallArranger::Column columnOf(const Cluster &cluster, const QList<WallArranger::Box> &cards)
{
    return {cluster.id, cards, CardGeometry::size(cluster.heading, CardForm::Heading).height()};
}

// Keeps the arranged columns of the regions of a wall apart: an area too full for its height
// spills below it, and a column that would land on one of another region, on a caption or on
// the timeline slides down until it is clear.
class ColumnSpacer
{
public:
    explicit ColumnSpacer(const QList<QRectF> &fixed) : m_taken(fixed) {}

    // How far the column must move down.
    double clearance(const QRectF &column)
    {
        const QRectF block = column.adjusted(-ClusterGeometry::FramePadding,
                                             -ClusterGeometry::FramePadding,
                                             ClusterGeometry::FramePadding,
                                             ClusterGeometry::FramePadding);
        double down = 0;
        if (!m_taken.isFree(block)) {
            const QRectF below(block.topLeft(), QSizeF(block.width(), 1));
            down = m_taken.find(block.size(), below, CardGeometry::ColumnStep, 0).y()
                   - block.top();
        }
        m_taken.addObstacle(block.translated(0, down));
        return down;
    }

private:
    FreeSpotFinder m_taken;
};

// Reading order of things on a wall: bands from the top, left to right within a band.
std::pair<int, double> readingKey(const QRectF &rect)
{
    constexpr double Band = 200;
    return {int(std::floor(rect.top() / Band)), rect.left()};
}

} // namespace

QColor clusterColorFor(int index)
{
    static const char *const colors[] = {"#fce5cd", "#d9ead3", "#cfe2f3", "#f4cccc",
                                         "#d9d2e9", "#fff2cc", "#d0e0e3", "#ead1dc"};
    constexpr int count = int(std::size(colors));
    return QColor::fromString(QLatin1String(colors[((index % count) + count) % count]));
}

bool placeCards(ConferenceDocument *document, const QList<CardPlacement> &placements)
{
    const Conference &conference = document->conference();
    ChangeSet changes;
    QSet<Id> touched;
    int count = 0;
    for (const CardPlacement &placement : placements) {
        const Card *card = conference.find<Card>(placement.cardId);
        if (!card)
            continue;
        Card after = *card;
        after.pos = placement.pos;
        const Cluster *cluster = conference.find<Cluster>(placement.clusterId);
        if (placement.clusterId == NoId || (cluster && cluster->phaseId == card->phaseId))
            after.clusterId = placement.clusterId;
        after.year = placement.year;
        after.lane = placement.lane;
        if (card->clusterId != NoId)
            touched.insert(card->clusterId);
        if (after.clusterId != NoId)
            touched.insert(after.clusterId);
        changes.modify(*card, after);
        ++count;
    }
    tidyClusters(conference, touched, &changes);
    const Card *first = placements.isEmpty() ? nullptr
                                             : conference.find<Card>(placements.constFirst().cardId);
    if (first)
        RoomMaker::makeRoom(conference, first->phaseId, touched, &changes);
    return push(document, WallCommands::tr("Move %n card(s)", nullptr, count), changes);
}

bool deleteCards(ConferenceDocument *document, const QList<Id> &cardIds)
{
    const Conference &conference = document->conference();
    EntityIds ids;
    for (Id id : cardIds)
        ids.insert<Card>(id);
    ChangeSet changes = removalWithDependents(conference, ids);
    closeColumnGaps(conference, ids, &changes);
    return push(document, Commands::tr("Delete %n card(s)", nullptr, int(cardIds.size())),
                changes);
}

Id clusterOnCard(ConferenceDocument *document, Id targetCardId, const QList<Id> &cardIds,
                 const QString &heading)
{
    const Conference &conference = document->conference();
    const Card *target = conference.find<Card>(targetCardId);
    if (!target)
        return NoId;
    QList<const Card *> dropped;
    for (const Card *card : existingCards(conference, cardIds)) {
        if (card->id != targetCardId && card->phaseId == target->phaseId)
            dropped.append(card);
    }
    const Cluster cluster = newCluster(
        conference, target->phaseId, heading,
        target->pos - QPointF(0, CardGeometry::ClusterHeadingHeight));
    ChangeSet changes;
    changes.add(cluster);
    Card targetAfter = *target;
    targetAfter.clusterId = cluster.id;
    targetAfter.year.reset();
    targetAfter.lane = TimelineLane::None;
    changes.modify(*target, targetAfter);
    stackInto(dropped, cluster.id,
              target->pos + QPointF(0, sizeOf(*target).height() + CardGeometry::RowGap),
              &changes);
    QSet<Id> sources{target->clusterId};
    for (const Card *card : std::as_const(dropped))
        sources.insert(card->clusterId);
    sources.remove(NoId);
    tidyClusters(conference, sources, &changes);
    RoomMaker::makeRoom(conference, target->phaseId, {cluster.id}, &changes);
    return push(document, WallCommands::tr("Create cluster"), changes) ? cluster.id : NoId;
}

ChangeSet groupingInColumn(const Conference &conference, Cluster cluster,
                           const QList<Id> &cardIds)
{
    QList<const Card *> cards = existingCards(conference, cardIds);
    cards.removeIf([&](const Card *card) { return card->phaseId != cluster.phaseId; });
    if (cards.isEmpty())
        return {};
    sortTopDown(&cards);
    double left = cards.constFirst()->pos.x();
    double top = cards.constFirst()->pos.y();
    for (const Card *card : std::as_const(cards)) {
        left = std::min(left, card->pos.x());
        top = std::min(top, card->pos.y());
    }
    // The heading goes where the top-left card was, the cards in a column below it.
    cluster.pos = QPointF(left, top);
    ChangeSet changes;
    changes.add(cluster);
    stackInto(cards, cluster.id, QPointF(left, top + CardGeometry::ClusterHeadingHeight),
              &changes);
    QSet<Id> sources;
    for (const Card *card : std::as_const(cards))
        sources.insert(card->clusterId);
    sources.remove(NoId);
    tidyClusters(conference, sources, &changes);
    return changes;
}

Id groupCards(ConferenceDocument *document, const QList<Id> &cardIds, const QString &heading)
{
    const Conference &conference = document->conference();
    const QList<const Card *> cards = existingCards(conference, cardIds);
    if (cards.isEmpty())
        return NoId;
    const Id phaseId = cards.constFirst()->phaseId;
    const Cluster cluster = newCluster(conference, phaseId, heading, QPointF());
    ChangeSet changes = groupingInColumn(conference, cluster, cardIds);
    RoomMaker::makeRoom(conference, phaseId, {cluster.id}, &changes);
    const int count = int(std::count_if(cards.cbegin(), cards.cend(), [&](const Card *card) {
        return card->phaseId == phaseId;
    }));
    return push(document, WallCommands::tr("Group %n card(s)", nullptr, count), changes)
               ? cluster.id
               : NoId;
}

bool takeOutOfClusters(ConferenceDocument *document, const QList<Id> &cardIds)
{
    const Conference &conference = document->conference();
    ChangeSet changes;
    QSet<Id> left;
    Id phaseId = NoId;
    int taken = 0;
    for (const Card *card : existingCards(conference, cardIds)) {
        if (card->clusterId == NoId)
            continue;
        Card after = *card;
        after.clusterId = NoId;
        changes.modify(*card, after);
        left.insert(card->clusterId);
        phaseId = card->phaseId;
        ++taken;
    }
    tidyClusters(conference, left, &changes);
    // The cards stay where they are, unless the frame of the cards that stay covers them.
    RoomMaker::makeRoom(conference, phaseId, left, &changes);
    return push(document, Commands::tr("Take %n card(s) out of cluster", nullptr, taken), changes);
}

bool addToCluster(ConferenceDocument *document, Id clusterId, const QList<Id> &cardIds)
{
    const Conference &conference = document->conference();
    const Cluster *cluster = conference.find<Cluster>(clusterId);
    if (!cluster)
        return false;
    QList<const Card *> added = existingCards(conference, cardIds);
    added.removeIf([&](const Card *card) { return card->phaseId != cluster->phaseId; });
    const QSet<Id> addedIds(cardIds.cbegin(), cardIds.cend());

    // The foot of the cluster's leftmost column, where the next card belongs.
    bool any = false;
    double left = 0;
    double bottom = 0;
    for (const Card &card : conference.all<Card>()) {
        if (card.clusterId != clusterId || addedIds.contains(card.id))
            continue;
        const double cardBottom = card.pos.y() + sizeOf(card).height();
        left = any ? std::min(left, card.pos.x()) : card.pos.x();
        bottom = any ? std::max(bottom, cardBottom) : cardBottom;
        any = true;
    }
    const QPointF start = any ? QPointF(left, bottom + CardGeometry::RowGap)
                              : cluster->pos + QPointF(0, CardGeometry::ClusterHeadingHeight);
    sortTopDown(&added);
    ChangeSet changes;
    QSet<Id> touched{clusterId};
    for (const Card *card : added) {
        if (card->clusterId != NoId)
            touched.insert(card->clusterId);
    }
    stackInto(added, clusterId, start, &changes);
    tidyClusters(conference, touched, &changes);
    RoomMaker::makeRoom(conference, cluster->phaseId, {clusterId}, &changes);
    return push(document,
                WallCommands::tr("Put %n card(s) into cluster", nullptr, int(added.size())),
                changes);
}

bool moveClusterWithCards(ConferenceDocument *document, Id clusterId, QPointF delta)
{
    const Conference &conference = document->conference();
    const Cluster *cluster = conference.find<Cluster>(clusterId);
    if (!cluster)
        return false;
    ChangeSet changes;
    Cluster after = *cluster;
    after.pos += delta;
    changes.modify(*cluster, after);
    for (const Card &card : conference.all<Card>()) {
        if (card.clusterId != clusterId)
            continue;
        Card moved = card;
        moved.pos += delta;
        changes.modify(card, moved);
    }
    RoomMaker::makeRoom(conference, cluster->phaseId, {clusterId}, &changes);
    return push(document, WallCommands::tr("Move cluster"), changes);
}

ChangeSet arrangement(const Conference &conference, Id phaseId)
{
    const Phase *phase = conference.find<Phase>(phaseId);
    if (!phase)
        return {};
    const bool past = phase->kind == PhaseKind::Past;
    const WallAreas areas = WallAreas::forPhase(*phase, conference);

    QHash<Id, QSizeF> sizes;
    QHash<Id, QList<const Card *>> membersOf;
    QList<const Card *> loose;
    QList<TimelineLayout::Entry> timelineEntries;
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId != phaseId)
            continue;
        const QSizeF size = sizeOf(card);
        sizes.insert(card.id, size);
        // Cards on the timeline already have their place.
        if (past && TimelineLayout::isOnTimeline(card)) {
            timelineEntries.append({card.id, *card.year, card.lane, size});
            continue;
        }
        if (card.clusterId != NoId)
            membersOf[card.clusterId].append(&card);
        else
            loose.append(&card);
    }
    const auto cardRect = [&](const Card *card) {
        return QRectF(card->pos, sizes.value(card->id));
    };

    // Which region each cluster and loose card belongs to: an area, or -1 for the rest.
    std::map<int, Region> regions;
    QHash<Id, QRectF> clusterRects;
    for (const Cluster &cluster : conference.all<Cluster>()) {
        if (cluster.phaseId != phaseId)
            continue;
        const QList<const Card *> &members = membersOf[cluster.id];
        // The cluster's column with its heading block on top.
        const double headingBlock = WallArranger::headingBlock(columnOf(cluster, {}));
        QRectF rect(cluster.pos, QSizeF(CardGeometry::CardWidth, headingBlock));
        if (!members.isEmpty()) {
            QRectF cards;
            for (const Card *card : members)
                cards |= cardRect(card);
            rect = cards.adjusted(0, -headingBlock, 0, 0);
        } else if (past && std::any_of(timelineEntries.cbegin(), timelineEntries.cend(),
                                       [&](const auto &entry) {
                                           return conference.find<Card>(entry.cardId)->clusterId
                                                  == cluster.id;
                                       })) {
            continue; // all its cards are on the timeline
        }
        clusterRects.insert(cluster.id, rect);
        regions[areas.areaAt(rect.center())].clusters.append(&cluster);
    }
    for (const Card *card : std::as_const(loose))
        regions[areas.areaAt(cardRect(card).center())].looseCards.append(card);
    if (regions.empty())
        return {};

    QRectF everything;
    for (const QRectF &rect : std::as_const(clusterRects))
        everything |= rect;
    for (const Card *card : std::as_const(loose))
        everything |= cardRect(card);

    // What a region's columns must keep clear of: the captions, the timeline and the columns
    // of the regions before.
    QList<QRectF> fixed;
    for (const WallAreas::Caption &caption : areas.captions())
        fixed.append(caption.rect);
    if (past)
        fixed.append(TimelineLayout(timelineEntries).bounds());
    ColumnSpacer spacer(fixed);

    ChangeSet changes;
    for (auto &[area, region] : regions) {
        std::stable_sort(region.clusters.begin(), region.clusters.end(),
                         [&](const Cluster *a, const Cluster *b) {
                             return readingKey(clusterRects.value(a->id))
                                    < readingKey(clusterRects.value(b->id));
                         });
        // Cards still to be sorted keep the order they were written in.
        std::stable_sort(region.looseCards.begin(), region.looseCards.end(),
                         [](const Card *a, const Card *b) { return a->id < b->id; });
        QList<WallArranger::Column> columns;
        for (const Cluster *cluster : std::as_const(region.clusters)) {
            QList<const Card *> members = membersOf.value(cluster->id);
            sortTopDown(&members);
            QList<WallArranger::Box> boxes;
            for (const Card *card : std::as_const(members))
                boxes.append({card->id, sizes.value(card->id)});
            columns.append(columnOf(*cluster, boxes));
        }
        QList<WallArranger::Box> looseBoxes;
        for (const Card *card : std::as_const(region.looseCards))
            looseBoxes.append({card->id, sizes.value(card->id)});
        // In an area the loose cards keep to its height, as far as they can.
        const QRectF content = areas.contentRect(area);
        columns = WallArranger::withLooseCards(columns, looseBoxes,
                                               area >= 0 ? content.height() : 0);

        QPointF origin;
        int maxColumns = 0;
        if (area >= 0) {
            origin = content.topLeft();
            maxColumns = std::max(1, int((content.width() + CardGeometry::ColumnGap)
                                         / CardGeometry::ColumnStep));
        } else if (past) {
            origin = QPointF(0, TimelineLayout(timelineEntries).trayTop());
        } else if (!areas.isEmpty()) {
            origin = QPointF(0, areas.bounds().bottom() + 2 * WallAreas::LabelHeight);
        } else {
            // A free wall stays where it is on the wall.
            origin = everything.topLeft();
        }

        const WallArranger::Result result = WallArranger::arrange(columns, origin, maxColumns);
        for (const WallArranger::Column &column : std::as_const(columns)) {
            const QPointF top = column.clusterId != NoId
                                    ? result.clusterPos.value(column.clusterId)
                                    : result.cardPos.value(column.cards.constFirst().cardId);
            const QPointF shift(0, spacer.clearance(QRectF(
                                       top, QSizeF(CardGeometry::CardWidth,
                                                   WallArranger::columnHeight(column)))));
            if (const Cluster *cluster = conference.find<Cluster>(column.clusterId)) {
                Cluster after = *cluster;
                after.pos = top + shift;
                changes.modify(*cluster, after);
            }
            for (const WallArranger::Box &box : column.cards) {
                const Card *card = conference.find<Card>(box.cardId);
                Card after = *card;
                after.pos = result.cardPos.value(box.cardId) + shift;
                changes.modify(*card, after);
            }
        }
    }
    return changes;
}

bool arrangePhase(ConferenceDocument *document, Id phaseId)
{
    return push(document, WallCommands::tr("Arrange wall"),
                arrangement(document->conference(), phaseId));
}

bool setCardsColor(ConferenceDocument *document, const QList<Id> &cardIds, const QColor &color)
{
    return changeCards(document, cardIds,
                       WallCommands::tr("Colour %n card(s)", nullptr, int(cardIds.size())),
                       [&](Card &card) { card.color = color; });
}

bool setCardsForm(ConferenceDocument *document, const QList<Id> &cardIds, CardForm form)
{
    return changeCards(document, cardIds,
                       WallCommands::tr("Change the form of %n card(s)", nullptr,
                                        int(cardIds.size())),
                       [&](Card &card) { card.form = form; });
}

bool setCardYear(ConferenceDocument *document, Id cardId, std::optional<int> year,
                 TimelineLane lane)
{
    return changeCards(document, {cardId}, WallCommands::tr("Set year"), [&](Card &card) {
        card.year = year;
        card.lane = lane;
    });
}

} // namespace weitblick::commands

#include "acceptsuggestions.h"

#include "core/commands/commands.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/clustergeometry.h"
#include "core/wall/newcardplacer.h"
#include "core/wall/roommaker.h"
#include "core/wall/wallareas.h"
#include "core/wall/wallarranger.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace weitblick::commands {

bool acceptSuggestions(ConferenceDocument *document, Id phaseId,
                       const QList<SuggestedCluster> &accepted, QList<Id> *createdClusterIds)
{
    const Conference &conference = document->conference();
    const Phase *phase = conference.find<Phase>(phaseId);
    const WallAreas areas = phase ? WallAreas::forPhase(*phase, conference) : WallAreas();
    QList<Cluster> clusters;
    QList<WallArranger::Column> columns;
    std::map<int, QList<qsizetype>> columnsInArea; // by the area of their first card
    QSet<Id> taken; // a card suggested twice goes to the first group only
    Id nextId = conference.all<Cluster>().nextId();
    for (const SuggestedCluster &suggestion : accepted) {
        QList<const Card *> cards;
        for (Id id : suggestion.cardIds) {
            const Card *card = conference.find<Card>(id);
            if (card && card->phaseId == phaseId && card->clusterId == NoId
                && card->form != CardForm::Heading && !taken.contains(id)) {
                cards.append(card);
            }
        }
        if (cards.size() < 2)
            continue;
        // In the column, the cards keep the order they had on the wall.
        std::stable_sort(cards.begin(), cards.end(), [](const Card *a, const Card *b) {
            return std::pair(a->pos.y(), a->pos.x()) < std::pair(b->pos.y(), b->pos.x());
        });
        Cluster cluster;
        cluster.id = nextId++;
        cluster.phaseId = phaseId;
        cluster.heading = suggestion.heading;
        WallArranger::Column column{
            cluster.id, {}, CardGeometry::size(cluster.heading, CardForm::Heading).height()};
        for (const Card *card : std::as_const(cards)) {
            column.cards.append({card->id, CardGeometry::size(card->text, card->form)});
            taken.insert(card->id);
        }
        columnsInArea[areas.areaOfCardAt(cards.first()->pos)].append(columns.size());
        clusters.append(cluster);
        columns.append(column);
    }

    // The new clusters stand side by side as columns, as a block where new cards would go; on
    // a divided wall, a block in each area the cards came from (a suggestion keeps to one
    // area), where their cards leave room.
    ChangeSet changes;
    QSet<Id> created;
    if (!columns.isEmpty()) {
        Conference withoutAccepted;
        if (!areas.isEmpty()) {
            withoutAccepted = conference;
            for (const WallArranger::Column &column : std::as_const(columns)) {
                for (const WallArranger::Box &box : column.cards)
                    withoutAccepted.remove(EntityKind::Card, box.cardId);
            }
        }
        NewCardPlacer placer(areas.isEmpty() ? conference : withoutAccepted, phaseId);
        constexpr double Pad = ClusterGeometry::FramePadding;
        for (const auto &[area, indexes] : columnsInArea) {
            QList<WallArranger::Column> block;
            for (qsizetype i : indexes)
                block.append(columns.at(i));
            // In an area, as many columns to a row as its width holds.
            const QRectF content = areas.contentRect(area);
            const int maxColumns =
                content.isEmpty()
                    ? 0
                    : std::max(1, int((content.width() - 2 * Pad + CardGeometry::ColumnGap)
                                      / CardGeometry::ColumnStep));
            const WallArranger::Result layout = WallArranger::arrange(block, QPointF(), maxColumns);
            const QRectF bounds = layout.bounds.adjusted(-Pad, -Pad, Pad, Pad);
            const QPointF shift = placer.placeBlock(bounds.size(), area) - bounds.topLeft();
            for (qsizetype i : indexes) {
                Cluster cluster = clusters.at(i);
                cluster.pos = layout.clusterPos.value(cluster.id) + shift;
                changes.add(cluster);
                created.insert(cluster.id);
                for (const WallArranger::Box &box : columns.at(i).cards) {
                    const Card *card = conference.find<Card>(box.cardId);
                    Card after = *card;
                    after.clusterId = cluster.id;
                    after.pos = layout.cardPos.value(box.cardId) + shift;
                    changes.modify(*card, after);
                }
            }
        }
        RoomMaker::makeRoom(conference, phaseId, created, &changes);
    }
    const QString text =
        Commands::tr("Accept %n suggested cluster(s)", nullptr, int(clusters.size()));
    if (!push(document, text, changes))
        return false;
    if (createdClusterIds) {
        createdClusterIds->clear();
        for (const Cluster &cluster : std::as_const(clusters))
            createdClusterIds->append(cluster.id);
    }
    return true;
}

} // namespace weitblick::commands

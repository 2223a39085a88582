#pragma once

// The edits of the card wall beyond core/commands/commands.h. Each function makes one undo
// step, like the rest of the facade, and returns whether it was made. After every cluster
// edit no card lies on another and no frame over a card not its own (RoomMaker).

#include "core/commands/commands.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <optional>

namespace weitblick {

namespace commands {

// Where a card ends up after a drag: its position, its cluster (NoId: none) and, on the Past
// timeline, its year and lane.
struct CardPlacement
{
    Id cardId = NoId;
    QPointF pos;
    Id clusterId = NoId;
    std::optional<int> year;
    TimelineLane lane = TimelineLane::None;
};

// Puts dragged cards where they were dropped, with their changes of cluster and timeline slot.
// A cluster's heading stays where the moderator sees it.
bool placeCards(ConferenceDocument *document, const QList<CardPlacement> &placements);

// A card dropped on another card: a new cluster of both, the dropped cards stacked under the
// target. Returns the new cluster's id, or NoId.
Id clusterOnCard(ConferenceDocument *document, Id targetCardId, const QList<Id> &cardIds,
                 const QString &heading);
// Groups the cards (Ctrl+G) into a new cluster: a column where the top-left card was.
Id groupCards(ConferenceDocument *document, const QList<Id> &cardIds, const QString &heading);
// The changes that make the cluster (a new one, of the cards' phase) of the cards: a column
// under its heading where the top-left card was. What Ctrl+G and accepted suggestions do,
// before they make room with RoomMaker.
ChangeSet groupingInColumn(const Conference &conference, Cluster cluster,
                           const QList<Id> &cardIds);
// Deletes the cards with their dots. A cluster's column closes up: the cards below a deleted
// one move up, so that its heading stays in line when its top card goes.
bool deleteCards(ConferenceDocument *document, const QList<Id> &cardIds);
// Takes the cards out of their clusters; a card that the frame of the cards staying would
// still cover moves aside. A cluster left empty goes, unless dots are stuck on it.
bool takeOutOfClusters(ConferenceDocument *document, const QList<Id> &cardIds);
// Adds the cards to the cluster, stacked at the foot of its column.
bool addToCluster(ConferenceDocument *document, Id clusterId, const QList<Id> &cardIds);
// Moves a cluster together with its cards.
bool moveClusterWithCards(ConferenceDocument *document, Id clusterId, QPointF delta);

// Lays the clusters of the phase out in tidy columns, the cards outside clusters after them,
// each area of a divided wall on its own; on the Past phase the cards without a place on the
// timeline, in the tray below it.
bool arrangePhase(ConferenceDocument *document, Id phaseId);
// The changes arrangePhase makes, for a look before the leap.
ChangeSet arrangement(const Conference &conference, Id phaseId);

// An invalid colour returns the cards to the colour of their stakeholder group.
bool setCardsColor(ConferenceDocument *document, const QList<Id> &cardIds, const QColor &color);
bool setCardsForm(ConferenceDocument *document, const QList<Id> &cardIds, CardForm form);
// Puts a card on the timeline, or takes it off with no year or lane.
bool setCardYear(ConferenceDocument *document, Id cardId, std::optional<int> year,
                 TimelineLane lane);

// The light colours new clusters get in turn, so that neighbours differ.
QColor clusterColorFor(int index);

} // namespace commands

// Translation context of the wall's undo texts.
class WallCommands
{
    Q_DECLARE_TR_FUNCTIONS(WallCommands)
};

} // namespace weitblick

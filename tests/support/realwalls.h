#pragma once

// The real walls the wall tests run on, and the check that nothing drawn on them covers
// anything it must not.

#include "core/model/conference.h"
#include "core/wall/wallgeometry.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace weitblick::test {

Id phaseOf(const Conference &conference, PhaseKind kind);

// A wall as a test sees it: its name and the conference with the wall's phase.
struct RealWall
{
    QString name;
    Conference conference;
    Id phaseId = NoId;
};

// The sample's Future wall.
RealWall sampleWall();
// A Future wall of 130 cards: two clusters of 12 and 9 cards in columns, and 109 loose cards
// in rows below them, texts of one to four lines.
RealWall wallOf130Cards();
// The Future wall of the stress conference: 4,000 cards in 400 clusters.
RealWall stressWall();
QList<RealWall> realWalls();

// One thing drawn on a wall: a card, or a cluster's frame with its heading.
struct Drawn
{
    QString what;    // "card 12", "cluster 3"
    QRectF rect;
    Id clusterId;    // the card's cluster, or the cluster itself
    bool isFrame;
};

QList<Drawn> drawnOn(const WallGeometry &wall);
// What covers what it must not: two cards on each other, a frame over a card not its own, two
// frames on each other; one line each, empty when all is clear. Only pairs with an element
// of `only` count when it is given.
QStringList overlaps(const QList<Drawn> &drawn, const QSet<QString> &only = {});

} // namespace weitblick::test

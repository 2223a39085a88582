#pragma once

#include "freespotfinder.h"
#include "wallgeometry.h"

namespace weitblick {

// Where new cards go on a phase wall, whether typed, pasted, imported or sent over the network:
// one rule for all, taken from the model alone, so that it never depends on the part of the
// wall a view happens to show.
// - On a free wall: below its clusters (from the top of its cards when it has none), in the
//   columns of the wall's grid across the width of its content, at the first free spot in
//   reading order. New cards gather there in rows, with the cards still to be sorted.
// - On a divided wall: in the area of the card's stakeholder group and the column chosen in
//   quick entry (strengths or weaknesses, prouds or sorries), at the first free spot in reading
//   order. Without a column (import, network), without a group on the grid, or when its area is
//   full, below the areas, where Arrange keeps the cards of no area.
// - On the Past wall: in the tray below the timeline, as on a free wall. A dated card shows on
//   the timeline; its stored place is where it lands should it lose its year.
// A new card never covers another card, a cluster's frame or heading, a caption or the
// timeline.
//
// Sizes are measured with the wall font (CardGeometry::size), exactly as the wall draws them,
// in every process that places cards: the window, and the command line's import, which runs a
// QGuiApplication on the offscreen platform for it. The wall font has a fixed pixel size, so
// both measure alike. A fixed slot as tall as the tallest card would need no fonts, but would
// leave gaps of up to 190 px under short cards and let an area of a divided wall hold a third
// of the cards it holds now.
class NewCardPlacer
{
public:
    // Pending changes are taken as made: an import's dated cards grow the timeline first.
    NewCardPlacer(const Conference &conference, Id phaseId, const ChangeSet &pending = {});

    // The top-left corner for the card; the card then counts as taken for the next ones. On a
    // divided wall, areaColumn picks the column (0 strengths or prouds, 1 weaknesses or
    // sorries); -1 is none.
    QPointF place(const Card &card, int areaColumn = -1);

    // The top-left corner for a block of the size, such as the clusters just accepted from
    // suggestions: the first place in reading order where new cards go, clear of everything.
    // On a divided wall, in the area given (an index of WallAreas), when the block fits there.
    QPointF placeBlock(QSizeF size, int area = -1);

    // Columns of the region for new cards on a wall with little content.
    static constexpr int MinColumns = 6;

private:
    QRectF areaRegion(const Card &card, int areaColumn) const;
    QRectF belowAreas() const;
    QRectF openRegion(double top) const;

    WallGeometry m_wall;
    FreeSpotFinder m_finder;
    QRectF m_freeRegion; // where cards go on a free wall or in the tray
};

// The card with the phase and a free spot for it: what quick entry, paste, import and the
// network ask for one card.
Card placeNewCard(const Conference &conference, Id phaseId, Card card, int areaColumn = -1);

} // namespace weitblick

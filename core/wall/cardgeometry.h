#pragma once

#include "core/model/card.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace weitblick {

// One card as it is drawn: its size and its text broken into the lines that fit.
struct CardLayout
{
    QSizeF size;
    QRectF textRect;          // in card coordinates
    QStringList lines;        // the text as drawn, one entry per line
    QList<double> lineWidths; // advance of each line, for the outline drawn when zoomed far out
    double lineHeight = 0;
    int fontPixelSize = 0;    // smaller than the wall font when a long word needed room
    bool elided = false;      // the text was longer than the card can hold
};

// The geometry of Metaplan cards on a wall. Cards use one fixed wall font, so that a wall looks
// the same on every screen and in every file; they have a fixed width and grow downwards with
// their text up to a cap, where the last line is elided.
class CardGeometry
{
public:
    static constexpr double CardWidth = 220;
    static constexpr double MinCardHeight = 110;
    static constexpr double MinHeadingHeight = 56;
    static constexpr double MaxHeight = 300;
    static constexpr double Padding = 10;
    static constexpr double HeadingPadding = 6; // above and below the text of a heading strip
    static constexpr double ColumnGap = 40;
    static constexpr double ColumnStep = CardWidth + ColumnGap;
    static constexpr double RowGap = 10;
    // From the top of a cluster's heading block to its first card.
    static constexpr double ClusterHeadingHeight = 70;
    static constexpr int FontPixelSize = 20;
    // A word too long for a line shrinks the card's font, down to this size, before it is
    // broken inside.
    static constexpr int MinFontPixelSize = 14;

    // The wall font of a card of this form (bold for heading strips), at the given pixel size
    // or the standard one.
    static QFont font(CardForm form, int pixelSize = 0);
    static CardLayout layout(const QString &text, CardForm form);
    // The size of layout(text, form), remembered per text and form: placing cards and making
    // room reckon with every card of a wall, and measuring text is the slow part.
    static QSizeF size(const QString &text, CardForm form);
    // A cluster's heading is drawn as a heading strip.
    static CardLayout clusterHeadingLayout(const QString &heading)
    {
        return layout(heading, CardForm::Heading);
    }
};

} // namespace weitblick

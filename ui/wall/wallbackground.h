#pragma once

#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"

#include <QFont>
#include <QString>

#include <optional>

class QPainter;

namespace weitblick {

// What is drawn behind the cards of a wall: the plain wall, the lanes and year axis of the Past
// timeline with the caption of its tray, or the labelled areas of a divided wall. It paints
// onto any painter, in scene coordinates, only what lies in the given rectangle.
class WallBackground
{
public:
    static void paint(QPainter *painter, const QRectF &rect, const TimelineLayout *timeline,
                      const QString &trayCaption, const WallAreas &areas);

    // Where an area's caption is written, and in which font: as large as fits, down to a
    // smallest size; none when the caption does not fit even then.
    static QRectF captionTextRect(const WallAreas::Caption &caption);
    static std::optional<QFont> captionFont(const WallAreas::Caption &caption);

private:
    // Which years of the timeline get a label (1, 5 or 10) at a zoom of `scale` device pixels
    // per scene unit: never so many that neighbouring labels touch.
    static int yearLabelStep(double scale, const QFont &yearFont, const QFont &decadeFont);
    static void paintTimeline(QPainter *painter, const QRectF &rect,
                              const TimelineLayout &timeline, const QString &trayCaption);
    static void paintAreas(QPainter *painter, const QRectF &rect, const WallAreas &areas);
};

} // namespace weitblick

#include <catch2/catch.hpp>

#include "ui/wall/wallbackground.h"

#include <QImage>
#include <QPainter>

using namespace weitblick;

TEST_CASE("A decade's line runs through the middle of its year, where its cards sit", "[wall]")
{
    const TimelineLayout timeline(
        {{1, 1989, TimelineLane::World, QSizeF(200, 100)},
         {2, 2002, TimelineLane::World, QSizeF(200, 100)}});
    const QRectF lane = timeline.laneRect(TimelineLane::Local);
    // Four years around 1990, one pixel per scene unit.
    const QRectF rect(timeline.xOfYear(1988), lane.top(), 4 * TimelineLayout::UnitsPerYear,
                      lane.height());
    QImage image(rect.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.translate(-rect.topLeft());
        WallBackground::paint(&painter, rect, &timeline, QString(), WallAreas());
    }
    // Below the year labels only the decade's line is darker than the lane.
    const int row = int(TimelineLayout::LaneHeaderHeight + 40);
    int darkest = 0;
    for (int x = 1; x < image.width(); ++x) {
        if (qGray(image.pixel(x, row)) < qGray(image.pixel(darkest, row)))
            darkest = x;
    }
    const double lineX = rect.left() + darkest;
    CHECK(std::abs(lineX - timeline.centreOfYear(1990)) <= 2);
    // A card dropped with its centre on the line, a little to either side, takes 1990.
    for (double offset : {-20.0, -2.0, 0.0, 2.0, 20.0}) {
        const auto slot = timeline.slotAt(QPointF(lineX + offset, lane.center().y()));
        REQUIRE(slot);
        CHECK(slot->year == 1990);
    }
    // The cards of a year are centred on its middle.
    CHECK(timeline.cardPos(1).x() + 100 == Approx(timeline.centreOfYear(1989)));
}

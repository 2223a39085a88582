#include "wallbackground.h"

#include "ui/common/fittingtext.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace weitblick {

namespace {

const QColor WallColor(0xee, 0xeb, 0xe4);
const QColor LabelColor(0x4a, 0x4a, 0x4a);
const QColor LaneColors[] = {QColor(0xdf, 0xe9, 0xf3), QColor(0xe4, 0xee, 0xdc),
                             QColor(0xf3, 0xe6, 0xd9)};
constexpr TimelineLane Lanes[] = {TimelineLane::World, TimelineLane::Local,
                                  TimelineLane::Personal};

QFont labelFont(int pixelSize, bool bold = true)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QColor areaColor(WallAreas::Tone tone)
{
    switch (tone) {
    case WallAreas::Tone::Positive: return QColor(0xf4, 0xf8, 0xee);
    case WallAreas::Tone::Negative: return QColor(0xf8, 0xf0, 0xee);
    case WallAreas::Tone::Neutral: break;
    }
    return QColor(0xf6, 0xf5, 0xf1);
}

constexpr int SmallestCaptionPixels = 20;

} // namespace

int WallBackground::yearLabelStep(double scale, const QFont &yearFont, const QFont &decadeFont)
{
    // Labels are as wide in scene units at every zoom and on paper: every year only where a
    // year is wider than its label and a gap, so that neighbours never run together ...
    const QString widest = QStringLiteral("8888");
    const double label = std::max(QFontMetricsF(yearFont).horizontalAdvance(widest),
                                  QFontMetricsF(decadeFont).horizontalAdvance(widest));
    const double gap = QFontMetricsF(yearFont).height() * 0.6;
    int step = 1;
    while (step < 10 && step * TimelineLayout::UnitsPerYear < label + gap)
        step = step == 1 ? 5 : 10;
    // ... and on a small screen, where they would be too small to read in such numbers, only
    // every fifth or tenth.
    const double yearPixels = TimelineLayout::UnitsPerYear * scale;
    const int readable = yearPixels >= 56 ? 1 : yearPixels * 5 >= 56 ? 5 : 10;
    return std::max(step, readable);
}

void WallBackground::paint(QPainter *painter, const QRectF &rect, const TimelineLayout *timeline,
                           const QString &trayCaption, const WallAreas &areas)
{
    painter->fillRect(rect, WallColor);
    if (timeline)
        paintTimeline(painter, rect, *timeline, trayCaption);
    else if (!areas.isEmpty())
        paintAreas(painter, rect, areas);
}

void WallBackground::paintTimeline(QPainter *painter, const QRectF &rect,
                                   const TimelineLayout &timeline, const QString &trayCaption)
{
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(
        painter->worldTransform());
    const QRectF bounds = timeline.bounds();
    const int first = timeline.firstYear();
    const int last = timeline.lastYear();
    const QFont laneFont = labelFont(34);
    const QFont yearFont = labelFont(18, false);
    const QFont decadeFont = labelFont(20);
    const int labelEvery = yearLabelStep(scale, yearFont, decadeFont);
    for (int i = 0; i < TimelineLayout::LaneCount; ++i) {
        const QRectF lane = timeline.laneRect(Lanes[i]);
        const QRectF band(bounds.left(), lane.top(), bounds.width(), lane.height());
        if (!band.intersects(rect))
            continue;
        painter->fillRect(band, LaneColors[i]);
        painter->fillRect(QRectF(lane.left(), lane.top(), lane.width(),
                                 TimelineLayout::LaneHeaderHeight),
                          LaneColors[i].darker(108));

        for (int year = first; year <= last; ++year) {
            const double x = timeline.centreOfYear(year);
            const double reach = TimelineLayout::UnitsPerYear; // of the label, either side
            if (x < rect.left() - reach || x > rect.right() + reach)
                continue;
            const bool decade = year % 10 == 0;
            const double headerBottom = lane.top() + TimelineLayout::LaneHeaderHeight;
            // Decades run down the lane, below the year labels; other years get a tick. Each
            // mark goes through the middle of its year, under its label and its cards.
            painter->setPen(QPen(LaneColors[i].darker(decade ? 150 : 125), decade ? 3 : 1));
            if (decade)
                painter->drawLine(QPointF(x, headerBottom - 12), QPointF(x, lane.bottom()));
            else
                painter->drawLine(QPointF(x, headerBottom - 8), QPointF(x, headerBottom));
            if (year % labelEvery == 0) {
                painter->setPen(LabelColor);
                painter->setFont(decade ? decadeFont : yearFont);
                painter->drawText(QRectF(x - TimelineLayout::UnitsPerYear / 2 - 20, lane.top(),
                                         TimelineLayout::UnitsPerYear + 40,
                                         TimelineLayout::LaneHeaderHeight - 10),
                                  Qt::AlignCenter, QString::number(year));
            }
        }
        painter->setPen(LabelColor);
        painter->setFont(laneFont);
        painter->drawText(QRectF(bounds.left() + 20, lane.top(), TimelineLayout::LabelWidth - 40,
                                 lane.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                          TimelineLayout::laneName(Lanes[i]));
    }
    const QRectF tray(bounds.left(), timeline.trayTop() - 70, bounds.width(), 60);
    if (tray.intersects(rect)) {
        painter->setPen(QPen(LabelColor, 2, Qt::DashLine));
        painter->drawLine(tray.bottomLeft(), tray.bottomRight());
        painter->setPen(LabelColor);
        painter->setFont(labelFont(26));
        painter->drawText(tray.adjusted(20, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          trayCaption);
    }
}

void WallBackground::paintAreas(QPainter *painter, const QRectF &rect, const WallAreas &areas)
{
    painter->setBrush(Qt::NoBrush);
    for (const WallAreas::Area &area : areas.areas()) {
        if (!area.rect.intersects(rect))
            continue;
        painter->fillRect(area.rect, areaColor(area.tone));
        painter->setPen(QPen(QColor(0xb0, 0xaa, 0x9c), 3));
        painter->drawRect(area.rect);
    }
    for (const WallAreas::Caption &caption : areas.captions()) {
        if (!caption.rect.intersects(rect))
            continue;
        if (caption.color.isValid()) {
            painter->fillRect(QRectF(caption.rect.topLeft(), QSizeF(16, caption.rect.height())),
                              caption.color);
        }
        painter->setFont(captionFont(caption).value_or(labelFont(SmallestCaptionPixels)));
        painter->setPen(LabelColor);
        painter->drawText(captionTextRect(caption),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption.text);
    }
}

QRectF WallBackground::captionTextRect(const WallAreas::Caption &caption)
{
    return caption.rect.adjusted(24, 0, -12, 0);
}

std::optional<QFont> WallBackground::captionFont(const WallAreas::Caption &caption)
{
    // Group names in the grid are smaller than the titles of areas and columns; a long topic
    // or group name wraps onto a second line before it gets smaller.
    return fittingtext::wrappedFont(labelFont(caption.color.isValid() ? 30 : 40),
                                    SmallestCaptionPixels, captionTextRect(caption).size(),
                                    caption.text);
}

} // namespace weitblick

#include "indicatorsparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace weitblick {

IndicatorSparkline::IndicatorSparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(80, 24);
}

void IndicatorSparkline::setSeries(const QList<Point> &points, std::optional<double> target,
                                   std::optional<double> baseline)
{
    m_points = points;
    m_target = target;
    m_baseline = baseline;
    update();
}

void IndicatorSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, QRectF(rect()).adjusted(2, 3, -2, -3), m_points, m_target, m_baseline);
}

void IndicatorSparkline::paint(QPainter *painter, const QRectF &rect, const QList<Point> &points,
                               std::optional<double> target, std::optional<double> baseline)
{
    if (points.isEmpty() && !target)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Values scale between the lowest and highest of values, target and baseline.
    double low = target ? *target : points.first().value;
    double high = low;
    for (const Point &p : points) {
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    if (baseline) {
        low = std::min(low, *baseline);
        high = std::max(high, *baseline);
    }
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    const auto y = [&](double v) {
        return rect.bottom() - (v - low) / (high - low) * rect.height();
    };

    // Time runs from the first to the last value; a single value sits in the middle.
    const QDate first = points.isEmpty() ? QDate() : points.first().date;
    const qint64 span = points.isEmpty() ? 0 : first.daysTo(points.last().date);
    const auto x = [&](int index) {
        if (points.size() < 2 || span <= 0)
            return points.size() < 2 ? rect.center().x()
                                     : rect.left() + rect.width() * index / (points.size() - 1);
        return rect.left() + rect.width() * double(first.daysTo(points.at(index).date)) / span;
    };

    if (baseline) {
        painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DotLine));
        painter->drawLine(QPointF(rect.left(), y(*baseline)), QPointF(rect.right(), y(*baseline)));
    }
    if (target) {
        painter->setPen(QPen(QColor(0x2e, 0x8b, 0x57), 1.5, Qt::DashLine));
        painter->drawLine(QPointF(rect.left(), y(*target)), QPointF(rect.right(), y(*target)));
    }
    if (!points.isEmpty()) {
        QPainterPath path;
        path.moveTo(x(0), y(points.first().value));
        for (int i = 1; i < points.size(); ++i)
            path.lineTo(x(i), y(points.at(i).value));
        painter->setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setBrush(QColor(0x1f, 0x5f, 0xa8));
        painter->setPen(Qt::NoPen);
        for (int i = 0; i < points.size(); ++i)
            painter->drawEllipse(QPointF(x(i), y(points.at(i).value)), 2.5, 2.5);
    }
    painter->restore();
}

} // namespace weitblick

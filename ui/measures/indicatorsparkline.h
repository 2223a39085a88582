#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QPainter;

namespace weitblick {

// A small chart of an indicator's values over time against its target line, drawn with
// QPainter onto any paint device (a widget, a table cell, a poster).
class IndicatorSparkline : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDate date;
        double value;
    };

    explicit IndicatorSparkline(QWidget *parent = nullptr);

    void setSeries(const QList<Point> &points, std::optional<double> target,
                   std::optional<double> baseline = std::nullopt);

    // Draws values (oldest first) as a line with dots, the target as a dashed green line and
    // the baseline as a dotted grey one, scaled into rect.
    static void paint(QPainter *painter, const QRectF &rect, const QList<Point> &points,
                      std::optional<double> target, std::optional<double> baseline);

    QSize sizeHint() const override { return {160, 36}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
    std::optional<double> m_target;
    std::optional<double> m_baseline;
};

} // namespace weitblick

#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace weitblick {

// Paints the action plan as a poster: the measures grouped by sub-project, each with its title,
// owner, deadline, status and a progress bar. The plan has a natural size (a row per measure),
// and painting a part of it paints only the rows in that part.
class ActionPlanPainter
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanPainter)

public:
    static constexpr double Width = 1800; // of one column
    static constexpr double ColumnGap = 120;

    explicit ActionPlanPainter(const Conference &conference);

    QRectF bounds() const { return m_bounds; }
    // A long plan flows into columns side by side, like a newspaper.
    int columnCount() const { return m_columns; }
    int measureCount() const { return m_measureCount; }
    void paint(QPainter *painter, const QRectF &exposed) const;

    static QColor statusColor(MeasureStatus status);

private:
    struct Row
    {
        enum class Kind { Columns, SubProject, Measure, Empty } kind;
        double gapBefore = 0;
        double left = 0;
        double top = 0;
        double height = 0;
        QString text;   // the sub-project's name, or the measure's title
        QString detail; // the sub-project's leader and count
        Measure measure;
    };

    void paintRow(QPainter *painter, const Row &row) const;
    // Places the rows in as many columns as make the plan about the shape of a sheet.
    void flow(const QList<Row> &rows);

    QList<Row> m_rows;
    QRectF m_bounds;
    int m_columns = 1;
    int m_measureCount = 0;
};

} // namespace weitblick

#include "actionplanpainter.h"

#include "core/measures/datetext.h"
#include "core/measures/measuretexts.h"

#include <QCollator>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

constexpr double HeaderHeight = 44;
constexpr double GroupHeight = 64;
constexpr double MeasureHeight = 50;
constexpr double Gap = 16;
constexpr double Pad = 12;

// The columns as shares of the width: title, owner, deadline, status, progress.
constexpr double ColumnShares[] = {0.40, 0.19, 0.12, 0.12, 0.17};

QRectF column(int index, double top, double height)
{
    double left = 0;
    for (int i = 0; i < index; ++i)
        left += ColumnShares[i] * ActionPlanPainter::Width;
    return QRectF(left, top, ColumnShares[index] * ActionPlanPainter::Width, height);
}

QFont fontOf(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

void drawElided(QPainter *painter, const QRectF &rect, const QString &text, int flags)
{
    const QRectF inner = rect.adjusted(Pad, 0, -Pad, 0);
    const QString shown = QFontMetricsF(painter->font()).elidedText(text, Qt::ElideRight,
                                                                     inner.width());
    painter->drawText(inner, flags | Qt::AlignVCenter | Qt::TextSingleLine, shown);
}

} // namespace

ActionPlanPainter::ActionPlanPainter(const Conference &conference)
{
    QCollator collator;
    collator.setNumericMode(true);
    QList<const SubProject *> subProjects;
    for (const SubProject &subProject : conference.all<SubProject>())
        subProjects << &subProject;
    std::sort(subProjects.begin(), subProjects.end(),
              [&collator](const SubProject *a, const SubProject *b) {
                  return collator.compare(a->name, b->name) < 0;
              });
    subProjects << nullptr; // the measures of no sub-project come last

    QList<Row> rows;
    for (const SubProject *subProject : std::as_const(subProjects)) {
        const Id id = subProject ? subProject->id : NoId;
        QList<Measure> measures;
        for (const Measure &measure : conference.all<Measure>()) {
            const bool known = conference.find<SubProject>(measure.subProjectId) != nullptr;
            if (known ? measure.subProjectId == id : id == NoId)
                measures << measure;
        }
        if (measures.isEmpty() && !subProject)
            continue;
        // Soonest deadline first; measures without a deadline after those with one.
        std::stable_sort(measures.begin(), measures.end(), [](const Measure &a, const Measure &b) {
            if (a.deadline.isValid() != b.deadline.isValid())
                return a.deadline.isValid();
            return a.deadline < b.deadline;
        });
        QString detail = tr("%n measure(s)", nullptr, int(measures.size()));
        if (subProject && !subProject->leader.isEmpty())
            detail = tr("Led by %1 · %2").arg(subProject->leader, detail);
        rows << Row{Row::Kind::SubProject, Gap, 0, 0, GroupHeight,
                    subProject ? subProject->name : MeasureTexts::withoutSubProject(), detail, {}};
        if (measures.isEmpty())
            rows << Row{Row::Kind::Empty, 0, 0, 0, MeasureHeight, tr("No measures yet."), {}, {}};
        for (const Measure &measure : std::as_const(measures)) {
            rows << Row{Row::Kind::Measure, 0, 0, 0, MeasureHeight, measure.title, {}, measure};
            ++m_measureCount;
        }
    }
    flow(rows);
}

void ActionPlanPainter::flow(const QList<Row> &rows)
{
    double total = 0;
    for (const Row &row : rows)
        total += row.gapBefore + row.height;
    double bestError = 1e9;
    for (int columns = 1; columns <= 24; ++columns) {
        const double width = columns * Width + (columns - 1) * ColumnGap;
        const double height = HeaderHeight + total / columns + Gap;
        const double error = std::abs(std::log(width / height / std::sqrt(2.0)));
        if (error < bestError) {
            bestError = error;
            m_columns = columns;
        }
    }
    const double target = total / m_columns;

    int column = 0;
    double y = 0;
    const auto startColumn = [&] {
        const double left = column * (Width + ColumnGap);
        m_rows << Row{Row::Kind::Columns, 0, left, 0, HeaderHeight, {}, {}, {}};
        y = HeaderHeight;
    };
    startColumn();
    for (int i = 0; i < rows.size(); ++i) {
        Row row = rows.at(i);
        // A sub-project's heading stays with its first measure.
        const double needed = row.gapBefore + row.height
                              + (row.kind == Row::Kind::SubProject ? MeasureHeight : 0);
        if (column < m_columns - 1 && y > HeaderHeight && y - HeaderHeight + needed > target + 1) {
            ++column;
            startColumn();
            row.gapBefore = row.kind == Row::Kind::SubProject ? Gap : 0;
        }
        row.left = column * (Width + ColumnGap);
        row.top = y + row.gapBefore;
        y = row.top + row.height;
        m_rows << row;
        m_bounds |= QRectF(row.left, 0, Width, y + Gap);
    }
    m_bounds |= QRectF(0, 0, Width, HeaderHeight + Gap);
}

QColor ActionPlanPainter::statusColor(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Idea:
        return QColor(0x9e, 0x9e, 0x9e);
    case MeasureStatus::Planned:
        return QColor(0x3b, 0x78, 0xc4);
    case MeasureStatus::InProgress:
        return QColor(0xe0, 0x8a, 0x1e);
    case MeasureStatus::Done:
        return QColor(0x2e, 0x9d, 0x45);
    case MeasureStatus::Dropped:
        return QColor(0xb0, 0x4a, 0x4a);
    }
    return Qt::gray;
}

void ActionPlanPainter::paint(QPainter *painter, const QRectF &exposed) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(bounds() & exposed, Qt::white);
    for (const Row &row : m_rows) {
        if (!QRectF(row.left, row.top, Width, row.height).intersects(exposed))
            continue;
        // Each row paints itself as if in the first column.
        painter->save();
        painter->translate(row.left, 0);
        paintRow(painter, row);
        painter->restore();
    }
    painter->restore();
}

void ActionPlanPainter::paintRow(QPainter *painter, const Row &row) const
{
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor rule(0xcc, 0xcc, 0xcc);
    switch (row.kind) {
    case Row::Kind::Columns: {
        painter->setFont(fontOf(20, true));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        const QStringList names{tr("Measure"), tr("Owner"), tr("Deadline"), tr("Status"),
                                tr("Progress")};
        for (int i = 0; i < names.size(); ++i)
            drawElided(painter, column(i, row.top, row.height), names.at(i), Qt::AlignLeft);
        painter->setPen(QPen(ink, 2));
        painter->drawLine(QPointF(0, row.top + row.height), QPointF(Width, row.top + row.height));
        return;
    }
    case Row::Kind::SubProject: {
        const QRectF rect(0, row.top, Width, row.height);
        painter->fillRect(rect, QColor(0xe8, 0xee, 0xf6));
        painter->setPen(ink);
        painter->setFont(fontOf(30, true));
        const QRectF nameRect(0, row.top, Width * 0.62, row.height);
        drawElided(painter, nameRect, row.text, Qt::AlignLeft);
        painter->setFont(fontOf(20));
        drawElided(painter, QRectF(nameRect.right(), row.top, Width - nameRect.width(),
                                   row.height),
                   row.detail, Qt::AlignRight);
        return;
    }
    case Row::Kind::Empty:
        painter->setPen(QColor(0x77, 0x77, 0x77));
        painter->setFont(fontOf(20));
        drawElided(painter, QRectF(0, row.top, Width, row.height), row.text, Qt::AlignLeft);
        return;
    case Row::Kind::Measure:
        break;
    }

    const Measure &measure = row.measure;
    const QColor status = statusColor(measure.status);
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(0, row.top + row.height), QPointF(Width, row.top + row.height));
    // A stripe in the status colour down the left edge, to see the plan's state from afar.
    painter->fillRect(QRectF(0, row.top + 6, 6, row.height - 12), status);

    QFont font = fontOf(22);
    font.setStrikeOut(measure.status == MeasureStatus::Dropped);
    painter->setFont(font);
    painter->setPen(ink);
    drawElided(painter, column(0, row.top, row.height).adjusted(8, 0, 0, 0), row.text,
               Qt::AlignLeft);
    painter->setFont(fontOf(22));
    drawElided(painter, column(1, row.top, row.height), measure.owner, Qt::AlignLeft);
    const QString deadline = measure.deadline.isValid() ? DateText::format(measure.deadline)
                                                        : QStringLiteral("–");
    drawElided(painter, column(2, row.top, row.height), deadline, Qt::AlignLeft);
    painter->setPen(status.darker(120));
    painter->setFont(fontOf(22, true));
    drawElided(painter, column(3, row.top, row.height), MeasureTexts::statusText(measure.status),
               Qt::AlignLeft);

    const QRectF cell = column(4, row.top, row.height).adjusted(Pad, 0, -Pad, 0);
    const double labelWidth = 70;
    const QRectF bar(cell.left(), cell.center().y() - 9, cell.width() - labelWidth, 18);
    const int progress = std::clamp(measure.progress, 0, 100);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xee, 0xee, 0xee));
    painter->drawRoundedRect(bar, 4, 4);
    if (progress > 0) {
        painter->setBrush(status);
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * progress / 100.0,
                                        bar.height()),
                                 4, 4);
    }
    painter->setPen(ink);
    painter->setFont(fontOf(20));
    painter->drawText(QRectF(bar.right(), row.top, labelWidth, row.height),
                      Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                      tr("%1 %").arg(progress));
}

} // namespace weitblick

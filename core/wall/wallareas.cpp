#include "wallareas.h"

#include "cardgeometry.h"

#include <algorithm>

namespace weitblick {

namespace {

// Width of an area holding the given number of card columns, with its margins.
double areaWidth(int cardColumns)
{
    return cardColumns * CardGeometry::ColumnStep - CardGeometry::ColumnGap
           + 2 * WallAreas::Margin;
}

constexpr double RowStep = CardGeometry::MinCardHeight + 2 * CardGeometry::RowGap;

} // namespace

WallAreas::WallAreas(WallLayout layout, const QList<StakeholderGroup> &groupsInOrder)
{
    switch (layout) {
    case WallLayout::Free:
        break;
    case WallLayout::StrengthsWeaknesses: {
        // Cards start at the origin of the left area, so a wall laid out before the areas were
        // switched on still begins inside one.
        const double width = areaWidth(5);
        const double height = LabelHeight + 2 * Margin + CardGeometry::ClusterHeadingHeight
                              + 6 * RowStep;
        const QStringList labels = columnNames(layout);
        for (int column = 0; column < 2; ++column) {
            const QRectF rect(-Margin + column * (width + Gap), -LabelHeight - Margin, width,
                              height);
            m_areas.append({rect, labels[column], NoId, column});
            m_captions.append({QRectF(rect.topLeft(), QSizeF(width, LabelHeight)),
                               labels[column], QColor()});
        }
        break;
    }
    case WallLayout::ProudsSorriesByGroup: {
        const double width = areaWidth(4);
        const double height = 2 * Margin + CardGeometry::ClusterHeadingHeight + 3 * RowStep;
        const QStringList labels = columnNames(layout);
        for (int column = 0; column < 2; ++column) {
            const double left = -Margin + column * (width + Gap);
            m_captions.append({QRectF(left, -LabelHeight - Gap / 2, width, LabelHeight),
                               labels[column], QColor()});
        }
        for (qsizetype row = 0; row < groupsInOrder.size(); ++row) {
            const StakeholderGroup &group = groupsInOrder.at(row);
            const double top = row * (height + Gap / 2);
            m_captions.append({QRectF(-Margin - Gap / 2 - RowHeaderWidth, top, RowHeaderWidth,
                                      height),
                               group.name, group.color});
            for (int column = 0; column < 2; ++column) {
                const QRectF rect(-Margin + column * (width + Gap), top, width, height);
                m_areas.append({rect, tr("%1: %2").arg(labels[column], group.name), group.id,
                                column});
            }
        }
        break;
    }
    }
}

WallAreas WallAreas::forPhase(const Phase &phase, const Conference &conference)
{
    QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                   conference.all<StakeholderGroup>().end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    // The Past phase always shows its timeline instead.
    return WallAreas(phase.kind == PhaseKind::Past ? WallLayout::Free : phase.wallLayout, groups);
}

QRectF WallAreas::bounds() const
{
    QRectF result;
    for (const Area &area : m_areas)
        result |= area.rect;
    for (const Caption &caption : m_captions)
        result |= caption.rect;
    return result;
}

int WallAreas::areaAt(QPointF point) const
{
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).rect.contains(point))
            return int(i);
    }
    return -1;
}

int WallAreas::areaOf(Id groupId, int column) const
{
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).groupId == groupId && m_areas.at(i).column == column)
            return int(i);
    }
    return -1;
}

int WallAreas::firstAreaIn(int column) const
{
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).column == column)
            return int(i);
    }
    return -1;
}

QStringList WallAreas::columnNames(WallLayout layout)
{
    switch (layout) {
    case WallLayout::StrengthsWeaknesses:
        return {tr("Strengths"), tr("Weaknesses")};
    case WallLayout::ProudsSorriesByGroup:
        return {tr("Prouds"), tr("Sorries")};
    case WallLayout::Free:
        break;
    }
    return {};
}

QRectF WallAreas::contentRect(int index) const
{
    if (index < 0 || index >= m_areas.size())
        return {};
    const Area &area = m_areas.at(index);
    // Strengths and weaknesses carry their caption inside; grid cells have it outside.
    const double top = area.groupId == NoId ? LabelHeight + Margin : Margin;
    return area.rect.adjusted(Margin, top, -Margin, -Margin);
}

} // namespace weitblick

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

WallAreas::WallAreas(WallLayout layout, const QList<StakeholderGroup> &groupsInOrder,
                     const QStringList &topics)
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
            m_areas.append({rect, labels[column], NoId, column,
                            column == 0 ? Tone::Positive : Tone::Negative});
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
                                column, column == 0 ? Tone::Positive : Tone::Negative});
            }
        }
        break;
    }
    case WallLayout::Swot:
        // Inside the organisation or the town in the upper row, from outside in the lower;
        // what helps on the left, what hurts on the right.
        addTwoByTwo(columnNames(layout),
                    {Tone::Positive, Tone::Negative, Tone::Positive, Tone::Negative}, {},
                    {tr("Internal"), tr("External")});
        break;
    case WallLayout::TowsStrategies:
        // The TOWS matrix: each strategy pairs a column of the SWOT with a row.
        addTwoByTwo(columnNames(layout), QList<Tone>(4, Tone::Neutral),
                    {tr("Strengths"), tr("Weaknesses")}, {tr("Opportunities"), tr("Threats")});
        break;
    case WallLayout::ByTopic:
        addTopicColumns(topics);
        break;
    }
}

// Four areas in two rows, labelled in reading order, with captions on top of the columns and
// left of the rows where there are titles for them. The first area starts at the origin.
void WallAreas::addTwoByTwo(const QStringList &labels, const QList<Tone> &tones,
                            const QStringList &columnTitles, const QStringList &rowTitles)
{
    const double width = areaWidth(5);
    const double height = LabelHeight + 2 * Margin + CardGeometry::ClusterHeadingHeight
                          + 4 * RowStep;
    const double top = -LabelHeight - Margin;
    for (int index = 0; index < 4; ++index) {
        const int row = index / 2;
        const int column = index % 2;
        const QRectF rect(-Margin + column * (width + Gap), top + row * (height + Gap), width,
                          height);
        m_areas.append({rect, labels[index], NoId, index, tones[index]});
        m_captions.append({QRectF(rect.topLeft(), QSizeF(width, LabelHeight)), labels[index],
                           QColor()});
    }
    for (qsizetype column = 0; column < columnTitles.size(); ++column) {
        m_captions.append({QRectF(-Margin + column * (width + Gap), top - Gap / 2 - LabelHeight,
                                  width, LabelHeight),
                           columnTitles.at(column), QColor()});
    }
    for (qsizetype row = 0; row < rowTitles.size(); ++row) {
        m_captions.append({QRectF(-Margin - Gap / 2 - RowHeaderWidth, top + row * (height + Gap),
                                  RowHeaderWidth, height),
                           rowTitles.at(row), QColor()});
    }
}

// One column per topic, left to right, each with its caption inside; the first starts at the
// origin. Without topics the wall stays free.
void WallAreas::addTopicColumns(const QStringList &topics)
{
    const double width = areaWidth(3);
    const double height = LabelHeight + 2 * Margin + CardGeometry::ClusterHeadingHeight
                          + 6 * RowStep;
    for (qsizetype index = 0; index < topics.size(); ++index) {
        const QRectF rect(-Margin + index * (width + Gap), -LabelHeight - Margin, width, height);
        m_areas.append({rect, topics.at(index), NoId, int(index), Tone::Neutral});
        m_captions.append({QRectF(rect.topLeft(), QSizeF(width, LabelHeight)), topics.at(index),
                           QColor()});
    }
}

WallAreas WallAreas::forPhase(const Phase &phase, const Conference &conference)
{
    QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                   conference.all<StakeholderGroup>().end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    // The Past phase always shows its timeline instead.
    return WallAreas(phase.kind == PhaseKind::Past ? WallLayout::Free : phase.wallLayout, groups,
                     phase.wallTopics);
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

int WallAreas::areaOfCardAt(QPointF cardPos) const
{
    return areaAt(cardPos + QPointF(CardGeometry::CardWidth / 2, CardGeometry::MinCardHeight / 2));
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

QStringList WallAreas::columnNames(WallLayout layout, const QStringList &topics)
{
    switch (layout) {
    case WallLayout::StrengthsWeaknesses:
        return {tr("Strengths"), tr("Weaknesses")};
    case WallLayout::ProudsSorriesByGroup:
        return {tr("Prouds"), tr("Sorries")};
    case WallLayout::Swot:
        return {tr("Strengths"), tr("Weaknesses"), tr("Opportunities"), tr("Threats")};
    case WallLayout::TowsStrategies:
        // The usual German names of the four strategies: Ausbauen, Aufholen, Absichern,
        // Vermeiden.
        return {tr("SO: Build on"), tr("WO: Catch up"), tr("ST: Safeguard"), tr("WT: Avoid")};
    case WallLayout::ByTopic:
        return topics;
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
    // Areas of their own carry their caption inside; the grid's cells have it outside.
    const double top = area.groupId == NoId ? LabelHeight + Margin : Margin;
    return area.rect.adjusted(Margin, top, -Margin, -Margin);
}

} // namespace weitblick

#include "rankingpainter.h"

#include "ui/common/fittingtext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace weitblick {

namespace {

const QColor PlusBar(0x2e, 0x9d, 0x45);
const QColor MinusBar(0xd6, 0x3a, 0x2f);
const QColor HeatDark(0x1f, 0x4e, 0x9a);
const QColor Grid(0xd0, 0xd0, 0xd0);

QColor blend(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

RankingPainter::RankingPainter(const Conference &conference, Id sessionId)
    : m_ranking(conference, sessionId)
{
    if (const VoteSession *session = conference.find<VoteSession>(sessionId))
        m_title = session->title;
    for (const Id group : m_ranking.votingGroups()) {
        const StakeholderGroup *found = conference.find<StakeholderGroup>(group);
        m_groupNames.append(found ? found->name : QString());
        m_groupColors.append(found ? found->color : QColor());
    }
    for (const RankedItem &item : m_ranking.items()) {
        m_maxPlus = std::max(m_maxPlus, item.plus);
        m_maxMinus = std::max(m_maxMinus, item.minus);
        for (const int count : item.plusByGroup)
            m_maxHeat = std::max(m_maxHeat, count);
    }
}

QString RankingPainter::groupName(int column) const
{
    return m_groupNames.value(column);
}

bool RankingPainter::hasHeatMap() const
{
    return m_ranking.knowsGroups() && !m_ranking.votingGroups().isEmpty();
}

int RankingPainter::heatValue(int row, int column) const
{
    if (row < 0 || row >= m_ranking.items().size() || column < 0 || column >= groups().size())
        return 0;
    return m_ranking.items().at(row).plusByGroup.value(groups().at(column));
}

QColor RankingPainter::heatColor(int value) const
{
    if (value <= 0 || m_maxHeat <= 0)
        return Qt::white;
    // Even one dot must stand out from an empty cell.
    return blend(QColor(0xe3, 0xec, 0xf8), HeatDark, double(value) / m_maxHeat);
}

int RankingPainter::labelPixels(double rowHeight)
{
    return std::max(9, int(rowHeight * 0.5));
}

RankingPainter::Geometry RankingPainter::geometry(const QRectF &rect, double rowHeight) const
{
    Geometry g;
    const int count = int(m_ranking.items().size());
    g.rowHeight = rowHeight > 0 ? rowHeight : std::clamp(rect.height() / (count + 3), 16.0, 44.0);
    g.header = QRectF(rect.left(), rect.top(), rect.width(), g.rowHeight * 2);
    g.top = g.header.bottom();
    g.rows = std::min(count, int((rect.bottom() - g.top) / g.rowHeight));
    if (g.rows < count)
        g.rows = std::max(0, g.rows - 1); // room for the line saying how many more
    const double width = rect.width();
    g.rankLeft = rect.left();
    g.rankWidth = g.rowHeight * 1.8;
    g.labelLeft = g.rankLeft + g.rankWidth;
    QFont font;
    font.setPixelSize(labelPixels(g.rowHeight));
    const QFontMetricsF metrics(font);
    // The heat map's columns are at least as wide as the longest word of a group's name in a
    // small font, so that the names can wrap instead of being cut; at most half the width.
    const int columns = hasHeatMap() ? int(groups().size()) : 0;
    g.cellWidth = columns > 0 ? std::min(g.rowHeight * 3.5, width * 0.35 / columns) : 0;
    QFont headerFont = font;
    headerFont.setPixelSize(std::max(6, int(g.rowHeight * 0.36)));
    double longestWord = 0;
    for (const QString &name : m_groupNames) {
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, QFontMetricsF(headerFont).horizontalAdvance(word));
    }
    if (columns > 0)
        g.cellWidth = std::max(g.cellWidth, std::min(longestWord + 6, width * 0.5 / columns));
    g.heatLeft = rect.right() - columns * g.cellWidth;
    // A third of the width for the labels, more where they need it, leaving the bars at least
    // a third of what the heat map leaves.
    double widest = 0;
    for (int row = 0; row < g.rows; ++row) {
        const QString label = m_ranking.items().at(row).label.simplified();
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    const double beside = g.heatLeft - g.labelLeft - g.rowHeight;
    g.labelWidth = std::min(std::clamp(widest + g.rowHeight * 0.2, width * 0.32, width * 0.5),
                            beside * 2 / 3);
    g.barLeft = g.labelLeft + g.labelWidth + g.rowHeight * 0.4;
    g.barWidth = std::max(0.0, g.heatLeft - g.barLeft - g.rowHeight * 0.6);
    return g;
}

QRectF RankingPainter::heatCellRect(const QRectF &rect, int row, int column) const
{
    const Geometry g = geometry(rect);
    return QRectF(g.heatLeft + column * g.cellWidth, g.top + row * g.rowHeight, g.cellWidth,
                  g.rowHeight);
}

int RankingPainter::rowsShown(const QRectF &rect, double rowHeight) const
{
    return geometry(rect, rowHeight).rows;
}

QString RankingPainter::moreItemsText(int more)
{
    return tr("… and %n more item(s)", nullptr, more);
}

QString RankingPainter::dotsText(const RankedItem &item)
{
    return item.minus > 0 ? tr("%1 (+%2 −%3)").arg(item.score()).arg(item.plus).arg(item.minus)
                          : QString::number(item.plus);
}

void RankingPainter::paint(QPainter *painter, const QRectF &rect, double rowHeight) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    const Geometry g = geometry(rect, rowHeight);
    QFont font = painter->font();
    font.setPixelSize(labelPixels(g.rowHeight));
    painter->setFont(font);

    // Header: the vote's title, and the group names above the heat map.
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(int(g.rowHeight * 0.7));
    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    const QRectF titleRect(rect.left(), rect.top(), g.heatLeft - rect.left(), g.rowHeight * 1.2);
    fittingtext::drawLabel(painter, titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_title,
                           g.rowHeight * 0.45);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(QRectF(g.barLeft, g.top - g.rowHeight, g.barWidth, g.rowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Dots"));
    if (hasHeatMap()) {
        // The columns are narrow: each group's name is wrapped, all in the one font in which
        // every name fits its column, rather than cut off.
        const QSizeF room(g.cellWidth - 4, g.rowHeight * 2);
        QFont headerFont = font;
        for (const QString &name : m_groupNames) {
            if (const std::optional<QFont> fitting =
                    fittingtext::wrappedFont(headerFont, 6, room, name))
                headerFont = *fitting;
        }
        painter->setFont(headerFont);
        for (int column = 0; column < groups().size(); ++column) {
            const QRectF cell(g.heatLeft + column * g.cellWidth, g.top - g.rowHeight * 2,
                              g.cellWidth, g.rowHeight * 2);
            fittingtext::drawLabel(painter, cell.adjusted(2, 0, -2, 0),
                                   Qt::AlignHCenter | Qt::AlignBottom, groupName(column), 6);
        }
        painter->setFont(font);
    }

    if (m_ranking.items().isEmpty()) {
        painter->drawText(QRectF(rect.left(), g.top, rect.width(), g.rowHeight * 2),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("Nothing to vote on yet."));
    }

    const int scale = std::max(1, std::max(m_maxPlus, m_maxMinus));
    // The longest bar leaves room for the widest count after it ("-1 (+0 −1)").
    const QFontMetricsF metrics(painter->font());
    double widestValue = 0;
    for (int row = 0; row < g.rows; ++row)
        widestValue = std::max(widestValue,
                               metrics.horizontalAdvance(dotsText(m_ranking.items().at(row))));
    const double barRoom = g.heatLeft - g.barLeft - 6 - widestValue;
    const double unit = std::clamp(barRoom, 0.0, g.barWidth * 0.85) / scale;
    for (int row = 0; row < g.rows; ++row) {
        const RankedItem &item = m_ranking.items().at(row);
        const double y = g.top + row * g.rowHeight;
        if (row % 2 == 1)
            painter->fillRect(QRectF(rect.left(), y, g.heatLeft - rect.left(), g.rowHeight),
                              QColor(0xf4, 0xf4, 0xf4));
        QFont rankFont = font;
        rankFont.setBold(item.tied);
        painter->setFont(rankFont);
        painter->setPen(item.tied ? QColor(0xa0, 0x50, 0x00) : Qt::black);
        painter->drawText(QRectF(g.rankLeft, y, g.rankWidth - 6, g.rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, item.rankText());
        painter->setFont(font);
        painter->setPen(Qt::black);
        fittingtext::drawLabel(painter, QRectF(g.labelLeft, y, g.labelWidth, g.rowHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, item.label.simplified(),
                               font.pixelSize() * 0.7);
        // Plus dots as the main bar, minus dots as a thin red bar below it.
        const double barHeight = g.rowHeight * (item.minus > 0 ? 0.45 : 0.6);
        const double barTop = y + g.rowHeight * 0.15;
        painter->setPen(Qt::NoPen);
        painter->setBrush(PlusBar);
        painter->drawRect(QRectF(g.barLeft, barTop, item.plus * unit, barHeight));
        if (item.minus > 0) {
            painter->setBrush(MinusBar);
            painter->drawRect(QRectF(g.barLeft, barTop + barHeight + 1, item.minus * unit,
                                     g.rowHeight * 0.2));
        }
        painter->setPen(Qt::black);
        const QString value = dotsText(item);
        const double end = g.barLeft + std::max(item.plus, item.minus) * unit + 6;
        painter->drawText(QRectF(end, y, g.heatLeft - end, g.rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, value);

        if (hasHeatMap()) {
            for (int column = 0; column < groups().size(); ++column) {
                const QRectF cell(g.heatLeft + column * g.cellWidth, y, g.cellWidth,
                                  g.rowHeight);
                const int count = heatValue(row, column);
                const QColor shade = heatColor(count);
                painter->fillRect(cell, shade);
                painter->setPen(Grid);
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(cell);
                if (count > 0) {
                    painter->setPen(shade.lightnessF() < 0.55 ? Qt::white : Qt::black);
                    painter->drawText(cell, Qt::AlignCenter, QString::number(count));
                }
            }
        }
    }
    if (g.rows < m_ranking.items().size()) {
        painter->setPen(QColor(0x55, 0x55, 0x55));
        const double y = g.top + g.rows * g.rowHeight;
        painter->drawText(QRectF(g.labelLeft, y, rect.right() - g.labelLeft,
                                 std::min(g.rowHeight, rect.bottom() - y)),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          moreItemsText(int(m_ranking.items().size()) - g.rows));
    }
    painter->restore();
}

} // namespace weitblick

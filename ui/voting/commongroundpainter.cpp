#include "commongroundpainter.h"

#include "rankingpainter.h"

#include "ui/common/fittingtext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

bool sameItem(const RankedItem &a, const RankedItem &b)
{
    return a.cardId == b.cardId && a.clusterId == b.clusterId;
}

} // namespace

CommonGroundPainter::CommonGroundPainter(const Conference &conference, Id sessionId,
                                         double share)
    : m_ranking(conference, sessionId)
{
    if (const VoteSession *session = conference.find<VoteSession>(sessionId))
        m_title = session->title;
    for (const Id group : m_ranking.votingGroups()) {
        const StakeholderGroup *found = conference.find<StakeholderGroup>(group);
        m_groupColors.append(found && found->color.isValid() ? found->color : QColor(Qt::gray));
    }
    for (const RankedItem &item : m_ranking.items()) {
        if (item.plus > 0)
            m_listed.append(item);
    }
    setShare(share);
}

void CommonGroundPainter::setShare(double share)
{
    m_share = std::clamp(share, 0.01, 1.0);
    m_commonGround = m_ranking.commonGround(m_share);
}

bool CommonGroundPainter::isCommonGround(const RankedItem &item) const
{
    return std::any_of(m_commonGround.cbegin(), m_commonGround.cend(),
                       [&item](const RankedItem &other) { return sameItem(item, other); });
}

QColor CommonGroundPainter::highlightColor()
{
    return QColor(0xd8, 0xf0, 0xc8);
}

CommonGroundPainter::Layout CommonGroundPainter::layout(const QRectF &rect, double rowHeight,
                                                       const QFont &font) const
{
    Layout l;
    l.font = font;
    l.rowHeight = rowHeight > 0 ? rowHeight
                                : std::clamp(rect.height() / (m_listed.size() + 3), 18.0, 44.0);
    l.font.setPixelSize(std::max(9, int(l.rowHeight * 0.5)));
    const int groups = int(m_ranking.votingGroups().size());
    const int needed = int(std::ceil(m_share * groups - 1e-9));
    l.subtitle = !m_ranking.knowsGroups()
        ? tr("This vote does not tell the stakeholder groups apart: vote per participant or "
             "per group to find the common ground.")
        : tr("Supported by at least %1 % of the voting groups (%2 of %3): %n item(s)", nullptr,
             int(m_commonGround.size()))
              .arg(qRound(m_share * 100))
              .arg(needed)
              .arg(groups);
    l.subtitleHeight = std::max(
        l.rowHeight, QFontMetricsF(l.font)
                         .boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap,
                                       l.subtitle)
                         .height());
    l.top = rect.top() + l.rowHeight * 1.5 + l.subtitleHeight;
    const int fit = std::max(0, int((rect.bottom() - l.top) / l.rowHeight));
    l.shown = int(m_listed.size()) <= fit ? int(m_listed.size())
                                          : std::max(0, fit - 1); // and a line for the rest
    return l;
}

int CommonGroundPainter::rowsShown(const QRectF &rect, double rowHeight) const
{
    return layout(rect, rowHeight, QFont()).shown;
}

void CommonGroundPainter::paint(QPainter *painter, const QRectF &rect, double rowHeight) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    const int groups = int(m_ranking.votingGroups().size());
    const Layout l = layout(rect, rowHeight, painter->font());
    rowHeight = l.rowHeight;
    QFont font = l.font;
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(int(rowHeight * 0.7));
    const QFontMetricsF metrics(font);

    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    fittingtext::drawLabel(painter,
                           QRectF(rect.left(), rect.top(), rect.width(), rowHeight * 1.2),
                           Qt::AlignLeft | Qt::AlignVCenter, tr("Common ground: %1").arg(m_title),
                           rowHeight * 0.42);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    // The rule is wrapped, never cut: the list starts below it.
    painter->drawText(QRectF(rect.left(), rect.top() + rowHeight * 1.2, rect.width(),
                             l.subtitleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, l.subtitle);

    const double top = l.top;
    const double square = rowHeight * 0.55;
    const double squaresWidth = groups * (square + 3);
    const double countWidth = metrics.horizontalAdvance(tr("%1 of %2").arg(99).arg(99)) + 12;
    const double labelWidth = rect.width() - squaresWidth - countWidth - 16;
    for (int row = 0; row < l.shown; ++row) {
        const RankedItem &item = m_listed.at(row);
        const QRectF line(rect.left(), top + row * rowHeight, rect.width(), rowHeight);
        const bool common = isCommonGround(item);
        if (common) {
            painter->setPen(QPen(QColor(0x3c, 0x8a, 0x2e), 1.5));
            painter->setBrush(highlightColor());
            painter->drawRoundedRect(line.adjusted(1, 2, -1, -2), 4, 4);
        }
        QFont itemFont = font;
        itemFont.setBold(common);
        painter->setFont(itemFont);
        painter->setPen(common ? Qt::black : QColor(0x80, 0x80, 0x80));
        fittingtext::drawLabel(painter,
                               QRectF(line.left() + 8, line.top(), labelWidth, rowHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, item.label.simplified(),
                               itemFont.pixelSize() * 0.7);
        painter->setFont(font);
        const int supporting = m_ranking.supportingGroups(item);
        painter->drawText(QRectF(line.left() + 8 + labelWidth, line.top(), countWidth,
                                 rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter,
                          tr("%1 of %2").arg(supporting).arg(groups));
        // A square per group: filled in its colour where it supports the item.
        double x = line.right() - squaresWidth - 4;
        for (int column = 0; column < groups; ++column) {
            const QRectF box(x, line.center().y() - square / 2, square, square);
            const bool supports = item.plusByGroup.value(m_ranking.votingGroups().at(column))
                                  > 0;
            painter->setPen(QPen(m_groupColors.at(column).darker(130), 1));
            painter->setBrush(supports ? m_groupColors.at(column) : QColor(Qt::white));
            painter->drawRect(box);
            x += square + 3;
        }
    }
    if (l.shown < m_listed.size()) {
        painter->setPen(QColor(0x55, 0x55, 0x55));
        const double y = top + l.shown * rowHeight;
        painter->drawText(QRectF(rect.left() + 8, y, rect.width() - 8,
                                 std::min(rowHeight, rect.bottom() - y)),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          RankingPainter::moreItemsText(int(m_listed.size()) - l.shown));
    }
    if (m_listed.isEmpty()) {
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(rect.left(), top, rect.width(), rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("No plus dots yet."));
    }
    painter->restore();
}

} // namespace weitblick

#include "commongroundpainter.h"

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

void CommonGroundPainter::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, Qt::white);
    const int groups = int(m_ranking.votingGroups().size());
    const double rowHeight = std::clamp(rect.height() / (m_listed.size() + 3), 18.0, 44.0);
    QFont font = painter->font();
    font.setPixelSize(std::max(9, int(rowHeight * 0.5)));
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
    const int needed = int(std::ceil(m_share * groups - 1e-9));
    const QString subtitle = !m_ranking.knowsGroups()
        ? tr("This vote does not tell the stakeholder groups apart: vote per participant or "
             "per group to find the common ground.")
        : tr("Supported by at least %1 % of the voting groups (%2 of %3): %n item(s)", nullptr,
             int(m_commonGround.size()))
              .arg(qRound(m_share * 100))
              .arg(needed)
              .arg(groups);
    // The rule is wrapped, never cut: the list starts below it.
    const double subtitleHeight = std::max(
        rowHeight,
        metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, subtitle)
            .height());
    painter->drawText(QRectF(rect.left(), rect.top() + rowHeight * 1.2, rect.width(),
                             subtitleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, subtitle);

    const double top = rect.top() + rowHeight * 1.5 + subtitleHeight;
    const double square = rowHeight * 0.55;
    const double squaresWidth = groups * (square + 3);
    const double countWidth = metrics.horizontalAdvance(tr("%1 of %2").arg(99).arg(99)) + 12;
    const double labelWidth = rect.width() - squaresWidth - countWidth - 16;
    int shown = std::min(int(m_listed.size()), int((rect.bottom() - top) / rowHeight));
    for (int row = 0; row < shown; ++row) {
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
    if (m_listed.isEmpty()) {
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(rect.left(), top, rect.width(), rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("No plus dots yet."));
    }
    painter->restore();
}

} // namespace weitblick

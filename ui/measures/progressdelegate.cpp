#include "progressdelegate.h"

#include <QApplication>
#include <QPainter>

namespace weitblick {

namespace {

constexpr int TextWidth = 44; // room for "100 %" beside the bar

} // namespace

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant percent = index.data(PercentRole);
    if (!percent.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selection, highlight) first, then the bar and its number beside it:
    // a number drawn over the bar is hard to read where the fill ends.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                       option.widget);

    const int value = qBound(0, qRound(percent.toDouble()), 100);
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int barHeight = std::min(10, cell.height() - 6);
    const QRect bar(cell.left(), cell.center().y() - barHeight / 2 + 1,
                    std::max(10, cell.width() - TextWidth), barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0xb0, 0xb0, 0xb0));
    painter->setBrush(QColor(0xf2, 0xf2, 0xf2));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    if (value > 0) {
        QRectF fill = QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5);
        fill.setWidth(fill.width() * value / 100.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(value == 100 ? QColor(0x2e, 0x8b, 0x57) : QColor(0x2f, 0x74, 0xc0));
        painter->drawRoundedRect(fill, 2, 2);
    }
    const QRect text(bar.right() + 4, cell.top(), cell.right() - bar.right() - 4, cell.height());
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : index.data(Qt::ForegroundRole).isValid()
                              ? index.data(Qt::ForegroundRole).value<QBrush>().color()
                              : option.palette.color(QPalette::Text));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(value));
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace weitblick

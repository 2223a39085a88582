#pragma once

#include <QStyledItemDelegate>

namespace weitblick {

// Draws a percentage (the item's PercentRole value, 0..100) as a bar with the number beside it,
// for roll-ups in item views; rows get room for it. Items without the value draw as usual.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PercentRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace weitblick

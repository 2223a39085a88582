#include "setuplists.h"

#include <QPainter>
#include <QPixmap>

namespace weitblick {

QString SetupLists::tableLabel(const Table &table)
{
    return table.name.isEmpty() ? tr("Table %1").arg(table.number) : table.name;
}

QString SetupLists::tableLabel(const Conference &conference, Id tableId)
{
    const Table *table = conference.find<Table>(tableId);
    return table ? tableLabel(*table) : QString();
}

QString SetupLists::groupName(const Conference &conference, Id groupId)
{
    const StakeholderGroup *group = conference.find<StakeholderGroup>(groupId);
    return group ? group->name : QString();
}

QColor SetupLists::groupColor(const Conference &conference, Id groupId)
{
    const StakeholderGroup *group = conference.find<StakeholderGroup>(groupId);
    return group ? group->color : QColor();
}

QIcon SetupLists::swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(170));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    }
    return QIcon(pixmap);
}

QColor SetupLists::pale(const QColor &color)
{
    if (!color.isValid())
        return {};
    // Mix with white so that black text stays readable on any group colour.
    return QColor((color.red() + 2 * 255) / 3, (color.green() + 2 * 255) / 3,
                  (color.blue() + 2 * 255) / 3);
}

} // namespace weitblick

#include "seatlist.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace weitblick {

namespace {
const QString mimeType = QStringLiteral("application/x-weitblick-participant-ids");
}

SeatList::SeatList(Id tableId, QWidget *parent) : QListWidget(parent), m_tableId(tableId)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setFrameShape(QFrame::NoFrame);
    setTextElideMode(Qt::ElideRight);
}

QList<Id> SeatList::selectedParticipants() const
{
    QList<Id> ids;
    for (const QListWidgetItem *item : selectedItems())
        ids.append(item->data(IdRole).value<Id>());
    return ids;
}

QSize SeatList::sizeHint() const
{
    // As tall as its rows, so that the plan scrolls as a whole and no table hides anyone. An
    // empty table keeps room for a drop.
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 6;
    const int rows = qMax(count(), 2);
    return {200, rows * rowHeight + 2 * frameWidth() + 4};
}

QMimeData *SeatList::mimeDataFor(const QList<Id> &participantIds)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << participantIds;
    auto *mime = new QMimeData;
    mime->setData(mimeType, bytes);
    return mime;
}

QList<Id> SeatList::participantsIn(const QMimeData *mime)
{
    QList<Id> ids;
    if (!mime || !mime->hasFormat(mimeType))
        return ids;
    QDataStream stream(mime->data(mimeType));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<Id>();
}

void SeatList::startDrag(Qt::DropActions)
{
    const QList<QListWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeDataFor(selectedParticipants()));
    // A label of the first name (and how many more) to carry along.
    QString text = items.constFirst()->text();
    if (items.size() > 1)
        text = tr("%1 and %n more", nullptr, int(items.size() - 1)).arg(text);
    const QFontMetrics metrics(font());
    QPixmap pixmap(QSize(metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
                   * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF rect(QPointF(0, 0), pixmap.deviceIndependentSize());
        painter.setPen(palette().color(QPalette::Highlight));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect, Qt::AlignCenter, text);
    }
    drag->setPixmap(pixmap);
    // The drop is a command on the document: the list is refilled from it, never edited here.
    drag->exec(Qt::MoveAction);
}

void SeatList::dragEnterEvent(QDragEnterEvent *event)
{
    if (participantsIn(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setHighlighted(true);
}

void SeatList::dragMoveEvent(QDragMoveEvent *event)
{
    if (participantsIn(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void SeatList::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QListWidget::dragLeaveEvent(event);
}

void SeatList::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QList<Id> ids = participantsIn(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit participantsDropped(ids, m_tableId);
}

void SeatList::setHighlighted(bool highlighted)
{
    // A light shade: the names must stay readable under the cursor.
    viewport()->setBackgroundRole(highlighted ? QPalette::AlternateBase : QPalette::Base);
    viewport()->update();
}

} // namespace weitblick

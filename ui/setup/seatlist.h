#pragma once

#include "core/model/id.h"

#include <QListWidget>

class QMimeData;

namespace weitblick {

// The participants at one table, as a list that participants are dragged out of and dropped
// into. It only reports drops; the table plan turns them into commands.
class SeatList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    explicit SeatList(Id tableId, QWidget *parent = nullptr);

    Id tableId() const { return m_tableId; }
    QList<Id> selectedParticipants() const;

    // The drag data for participants, and the participants in drag data (empty when it holds
    // none).
    static QMimeData *mimeDataFor(const QList<Id> &participantIds);
    static QList<Id> participantsIn(const QMimeData *mime);

    QSize sizeHint() const override;
    // As tall as the rows too: the list never scrolls, and the plan's scroll area lays its
    // boxes out at their minimum size once they are taller than the window.
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void participantsDropped(const QList<weitblick::Id> &participantIds, weitblick::Id tableId);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool highlighted);

    Id m_tableId;
};

} // namespace weitblick

#pragma once

#include "core/model/id.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace weitblick {

class ConferenceDocument;
class ParticipationServer;

// The room at a glance while participants take part from their devices: per table (or group)
// the devices connected, the cards received and the dots given against the budget; below it the
// cards that came in, newest first, to hide, show again or delete, and the devices, to block or
// let in again. Every action is one undo step through the server's facade.
class RoomPanel : public QWidget
{
    Q_OBJECT

public:
    // The newest cards that the list shows; older ones are on the wall.
    static constexpr int MaxListedCards = 500;
    // The rows of the room that show without scrolling: a hall has 8 to 10 tables.
    static constexpr int SummaryRowsShown = 10;

    RoomPanel(ParticipationServer *server, ConferenceDocument *document,
              QWidget *parent = nullptr);

    QTableView *summaryView() const { return m_summary; }
    QTreeWidget *cardList() const { return m_cards; }
    QTreeWidget *deviceList() const { return m_devices; }
    // Lists the cards and devices again now (it also does so shortly after every change).
    void refresh();

    // The selected card is hidden or shown again, deleted; the selected device blocked or let
    // in again.
    void toggleSelectedCardHidden();
    void deleteSelectedCard();
    void toggleSelectedDeviceBlocked();

private:
    void fitSummaryHeight();
    void listCards();
    void listDevices();
    void updateButtons();
    Id selectedId(QTreeWidget *list) const;
    QString placeName(Id tableId, Id groupId, Id participantId) const;

    ParticipationServer *m_server;
    ConferenceDocument *m_document;
    QTableView *m_summary;
    QTreeWidget *m_cards;
    QTreeWidget *m_devices;
    QPushButton *m_hide;
    QPushButton *m_delete;
    QPushButton *m_block;
    QTimer m_soon; // gathers a burst of changes into one listing
};

} // namespace weitblick

#pragma once

#include "core/model/id.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace weitblick {

class ConferenceDocument;
class ParticipationServer;
class RoomPanel;

// Plenum › Participation over the network: starts and stops the server on the interface and
// port the moderator chooses, shows the join address with its QR code, sets what is open to the
// devices (the phase that takes cards, the vote that takes their dots, how people join) and,
// beside it, the room (RoomPanel). A window the moderator keeps open beside the wall: it
// changes nothing by itself and needs no OK.
class ParticipationDialog : public QDialog
{
    Q_OBJECT

public:
    ParticipationDialog(ParticipationServer *server, ConferenceDocument *document,
                        QWidget *parent = nullptr);

    // Starts the server as set in the dialog, or stops it.
    void startOrStop();

    QComboBox *addressChoice() const { return m_address; }
    QSpinBox *portChoice() const { return m_port; }
    QPushButton *startButton() const { return m_start; }
    QComboBox *phaseChoice() const { return m_phase; }
    QCheckBox *pauseChoice() const { return m_pause; }
    QComboBox *voteChoice() const { return m_vote; }
    QComboBox *joinChoice() const { return m_join; }
    QLabel *addressLabel() const { return m_url; }
    QLabel *qrLabel() const { return m_qr; }
    QLabel *stateLabel() const { return m_state; }
    RoomPanel *roomPanel() const { return m_room; }

signals:
    // The moderator asked to show the join address on the projector.
    void projectorRequested();

private:
    void listChoices();
    void showServer();
    void chooseOpenPhase();
    void chooseVote();

    ParticipationServer *m_server;
    ConferenceDocument *m_document;
    QComboBox *m_address;
    QSpinBox *m_port;
    QPushButton *m_start;
    QLabel *m_state;
    QLabel *m_url;
    QLabel *m_qr;
    QPushButton *m_toProjector;
    QComboBox *m_phase;
    QCheckBox *m_pause;
    QComboBox *m_vote;
    QComboBox *m_join;
    RoomPanel *m_room;
};

} // namespace weitblick

#include "participationdialog.h"

#include "qrcode.h"
#include "roompanel.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "net/joinaddresses.h"
#include "net/participationserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// The QR code in the dialog: large enough to scan from the moderator's screen at arm's length;
// the projector's slide is the one for the hall.
constexpr int DialogQrSide = 240;

using Choices = QList<std::pair<QString, Id>>;

// Puts the choices into the box with the id selected (the first, "none", when it is gone). The
// box is filled anew only when the choices changed: the document changes with every card from
// the network, and a list the moderator has open must not close under the mouse.
void showChoices(QComboBox *box, const Choices &choices, Id selected)
{
    const QSignalBlocker blocker(box);
    Choices shown;
    for (int i = 0; i < box->count(); ++i)
        shown.append({box->itemText(i), box->itemData(i).toLongLong()});
    if (shown != choices) {
        box->clear();
        for (const auto &[text, id] : choices)
            box->addItem(text, id);
    }
    const int index = box->findData(selected);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ParticipationDialog::ParticipationDialog(ParticipationServer *server,
                                         ConferenceDocument *document, QWidget *parent)
    : QDialog(parent),
      m_server(server),
      m_document(document),
      m_address(new QComboBox(this)),
      m_port(new QSpinBox(this)),
      m_start(new QPushButton(this)),
      m_state(new QLabel(this)),
      m_url(new QLabel(this)),
      m_qr(new QLabel(this)),
      m_toProjector(new QPushButton(tr("Show on the Projecto&r"), this)),
      m_phase(new QComboBox(this)),
      m_pause(new QCheckBox(tr("&Pause: take no cards for a moment"), this)),
      m_vote(new QComboBox(this)),
      m_join(new QComboBox(this)),
      m_room(new RoomPanel(server, document, this))
{
    setWindowTitle(tr("Participation over the Network"));

    // The interface with the default route first; loopback (this computer only) always last.
    for (const QHostAddress &address : joinAddresses()) {
        m_address->addItem(address.isLoopback() ? tr("%1 (this computer only)")
                                                      .arg(address.toString())
                                                : address.toString(),
                           address.toString());
    }
    m_port->setRange(1024, 65535);
    m_port->setValue(ParticipationServer::DefaultPort);
    m_port->setToolTip(tr("When this port is in use, the next free one is taken"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_url->setTextFormat(Qt::PlainText);
    m_qr->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_url->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_url->setFont(big);
    m_qr->setFixedSize(DialogQrSide, DialogQrSide);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setWordWrap(true);
    m_join->addItem(tr("their table"), int(JoinMode::Table));
    m_join->addItem(tr("their stakeholder group"), int(JoinMode::Group));
    m_join->addItem(tr("their name from the participant list"), int(JoinMode::Participant));

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    serverForm->addRow(tr("&Network:"), m_address);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(m_start);
    serverForm->addRow(m_state);

    auto *joinBox = new QGroupBox(tr("Join"), this);
    auto *joinLayout = new QVBoxLayout(joinBox);
    joinLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    joinLayout->addWidget(m_url);
    joinLayout->addWidget(m_toProjector);

    auto *openBox = new QGroupBox(tr("What Is Open"), this);
    auto *openForm = new QFormLayout(openBox);
    openForm->addRow(tr("&Cards for:"), m_phase);
    openForm->addRow(m_pause);
    openForm->addRow(tr("&Dots for:"), m_vote);
    openForm->addRow(tr("People &join with:"), m_join);

    auto *left = new QVBoxLayout;
    left->addWidget(serverBox);
    left->addWidget(joinBox);
    left->addWidget(openBox);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_room, 1);
    resize(1100, 720);

    connect(m_start, &QPushButton::clicked, this, &ParticipationDialog::startOrStop);
    connect(m_toProjector, &QPushButton::clicked, this, &ParticipationDialog::projectorRequested);
    connect(m_phase, &QComboBox::activated, this, &ParticipationDialog::chooseOpenPhase);
    connect(m_vote, &QComboBox::activated, this, &ParticipationDialog::chooseVote);
    connect(m_pause, &QCheckBox::toggled, server, &ParticipationServer::setIntakePaused);
    connect(m_join, &QComboBox::activated, this, [this] {
        m_server->setJoinMode(JoinMode(m_join->currentData().toInt()));
    });
    connect(server, &ParticipationServer::runningChanged, this, &ParticipationDialog::showServer);
    connect(server, &ParticipationServer::settingsChanged, this, &ParticipationDialog::listChoices);
    // Phases and votes come and go; their titles change.
    connect(document, &ConferenceDocument::changesApplied, this, &ParticipationDialog::listChoices);
    listChoices();
    showServer();
}

void ParticipationDialog::startOrStop()
{
    if (m_server->isRunning()) {
        m_server->stop();
        return;
    }
    QString error;
    if (!m_server->start(QHostAddress(m_address->currentData().toString()),
                         quint16(m_port->value()), QString(), &error)) {
        m_state->setText(error);
    }
}

void ParticipationDialog::showServer()
{
    const bool running = m_server->isRunning();
    m_start->setText(running ? tr("&Stop") : tr("&Start"));
    m_address->setEnabled(!running);
    m_port->setEnabled(!running);
    m_toProjector->setEnabled(running);
    if (running) {
        const QUrl url = m_server->joinUrl();
        m_state->setText(tr("Running. Access code: %1").arg(m_server->code()));
        m_url->setText(url.toString(QUrl::FullyEncoded));
        const QrCode code = QrCode::encode(url.toString(QUrl::FullyEncoded));
        m_qr->setPixmap(QPixmap::fromImage(code.toImage(code.moduleSizeFor(DialogQrSide))));
    } else {
        m_state->setText(tr("Not running. Every card and dot that came in is in the file."));
        m_url->clear();
        m_qr->setText(tr("Once the server runs, the QR code to join in shows here."));
    }
}

void ParticipationDialog::listChoices()
{
    const Conference &conference = m_document->conference();
    const RoomSettings settings = m_server->settings();
    Choices phases{{tr("no phase"), NoId}};
    for (const Phase &phase : commands::orderedPhases(conference))
        phases.append({phase.title, phase.id});
    showChoices(m_phase, phases, settings.openPhaseId);

    Choices votes{{tr("no vote"), NoId}};
    for (const VoteSession &session : conference.all<VoteSession>()) {
        const Phase *phase = conference.find<Phase>(session.phaseId);
        if (session.open && phase)
            votes.append({tr("%1 (%2)").arg(session.title, phase->title), session.id});
    }
    showChoices(m_vote, votes, settings.voteSessionId);

    const QSignalBlocker pauseBlocker(m_pause);
    m_pause->setChecked(settings.intakePaused);
    const QSignalBlocker joinBlocker(m_join);
    m_join->setCurrentIndex(m_join->findData(int(settings.joinMode)));
}

void ParticipationDialog::chooseOpenPhase()
{
    m_server->setOpenPhase(m_phase->currentData().toLongLong());
}

void ParticipationDialog::chooseVote()
{
    m_server->setDeviceVote(m_vote->currentData().toLongLong());
}

} // namespace weitblick

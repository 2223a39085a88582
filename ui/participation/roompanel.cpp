#include "roompanel.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "net/deviceseat.h"
#include "ui/common/removalquestion.h"
#include "net/participationserver.h"
#include "net/roomsummarymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace weitblick {

namespace {

constexpr int RefreshDelayMs = 250; // a card from the network shows in the list within a second
constexpr int IdRole = Qt::UserRole;

QTreeWidget *makeList(const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return list;
}

// Fills the list anew, keeping the selected row and where the moderator scrolled to: cards
// arrive while the moderator looks for one to hide.
void refill(QTreeWidget *list, const QList<QTreeWidgetItem *> &items, Id selected)
{
    const int scrolled = list->verticalScrollBar()->value();
    list->setUpdatesEnabled(false);
    list->clear();
    list->addTopLevelItems(items);
    for (QTreeWidgetItem *item : items) {
        if (item->data(0, IdRole).toLongLong() == selected)
            item->setSelected(true);
    }
    list->verticalScrollBar()->setValue(scrolled);
    list->setUpdatesEnabled(true);
}

QTreeWidgetItem *makeItem(Id id, const QStringList &texts)
{
    // Texts go into items as plain text: a card saying <b>x</b> shows exactly that.
    auto *item = new QTreeWidgetItem(texts);
    item->setData(0, IdRole, id);
    item->setToolTip(0, texts.value(0).toHtmlEscaped());
    return item;
}

} // namespace

RoomPanel::RoomPanel(ParticipationServer *server, ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_server(server),
      m_document(document),
      m_summary(new QTableView(this)),
      m_cards(makeList({tr("Card"), tr("From"), tr("State")})),
      m_devices(makeList({tr("Device"), tr("Joined as"), tr("Connected"), tr("Cards")})),
      m_hide(new QPushButton(tr("&Hide"), this)),
      m_delete(new QPushButton(tr("Dele&te"), this)),
      m_block(new QPushButton(tr("&Block"), this))
{
    m_summary->setModel(server->summary());
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(RoomSummaryModel::Place,
                                                        QHeaderView::Stretch);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    // Rows as compact as the lists below, so that the whole room shows at once.
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summary->verticalHeader()->setDefaultSectionSize(m_summary->fontMetrics().height() + 6);
    m_hide->setToolTip(tr("Take the card off the wall and out of votes, or put it back"));
    m_block->setToolTip(tr("Refuse everything this device sends, or let it in again"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("The room"), this));
    layout->addWidget(m_summary, 2);
    layout->addWidget(new QLabel(tr("Cards received, newest first"), this));
    layout->addWidget(m_cards, 3);
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_hide);
    cardButtons->addWidget(m_delete);
    cardButtons->addStretch();
    layout->addLayout(cardButtons);
    layout->addWidget(new QLabel(tr("Devices"), this));
    layout->addWidget(m_devices, 2);
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_block);
    deviceButtons->addStretch();
    layout->addLayout(deviceButtons);

    connect(m_hide, &QPushButton::clicked, this, &RoomPanel::toggleSelectedCardHidden);
    connect(m_delete, &QPushButton::clicked, this, &RoomPanel::deleteSelectedCard);
    connect(m_block, &QPushButton::clicked, this, &RoomPanel::toggleSelectedDeviceBlocked);
    connect(m_cards, &QTreeWidget::itemSelectionChanged, this, &RoomPanel::updateButtons);
    connect(m_devices, &QTreeWidget::itemSelectionChanged, this, &RoomPanel::updateButtons);

    m_soon.setSingleShot(true);
    m_soon.setInterval(RefreshDelayMs);
    connect(&m_soon, &QTimer::timeout, this, &RoomPanel::refresh);
    const auto later = [this] {
        if (!m_soon.isActive())
            m_soon.start();
    };
    connect(document, &ConferenceDocument::changesApplied, this, later);
    connect(server, &ParticipationServer::deviceConnected, this, later);
    // Devices that fall silent are no longer connected.
    connect(server->summary(), &QAbstractItemModel::dataChanged, this, later);
    connect(server->summary(), &QAbstractItemModel::modelReset, this, later);
    connect(server->summary(), &QAbstractItemModel::modelReset, this,
            &RoomPanel::fitSummaryHeight);
    connect(server->summary(), &QAbstractItemModel::rowsInserted, this,
            &RoomPanel::fitSummaryHeight);
    connect(server->summary(), &QAbstractItemModel::rowsRemoved, this,
            &RoomPanel::fitSummaryHeight);
    fitSummaryHeight();
    refresh();
}

void RoomPanel::fitSummaryHeight()
{
    const int rows = std::min(m_summary->model()->rowCount(), SummaryRowsShown);
    m_summary->setMinimumHeight(m_summary->horizontalHeader()->sizeHint().height()
                                + rows * m_summary->verticalHeader()->defaultSectionSize()
                                + 2 * m_summary->frameWidth());
}

void RoomPanel::refresh()
{
    listCards();
    listDevices();
    updateButtons();
}

QString RoomPanel::placeName(Id tableId, Id groupId, Id participantId) const
{
    const Conference &conference = m_document->conference();
    QStringList parts;
    if (const Participant *participant = conference.find<Participant>(participantId))
        parts << participant->name;
    if (const Table *table = conference.find<Table>(tableId))
        parts << RoomSummaryModel::tableName(*table);
    if (const StakeholderGroup *group = conference.find<StakeholderGroup>(groupId))
        parts << group->name;
    return parts.isEmpty() ? RoomSummaryModel::notChosenName() : parts.join(QLatin1String(", "));
}

void RoomPanel::listCards()
{
    const Conference &conference = m_document->conference();
    QList<const Card *> cards;
    for (const Card &card : conference.all<Card>()) {
        if (card.deviceId != NoId || !card.clientId.isNull())
            cards << &card;
    }
    // Newest first: ids count up.
    std::sort(cards.begin(), cards.end(), [](const Card *a, const Card *b) { return a->id > b->id; });
    if (cards.size() > MaxListedCards)
        cards.resize(MaxListedCards);

    QList<QTreeWidgetItem *> items;
    for (const Card *card : std::as_const(cards)) {
        items << makeItem(card->id,
                          {card->text.simplified(), placeName(card->tableId, card->groupId, NoId),
                           card->hidden ? tr("hidden") : tr("on the wall")});
    }
    refill(m_cards, items, selectedId(m_cards));
}

void RoomPanel::listDevices()
{
    const Conference &conference = m_document->conference();
    const Id selected = selectedId(m_devices);
    QHash<Id, int> cardsOf;
    for (const Card &card : conference.all<Card>()) {
        if (card.deviceId != NoId)
            ++cardsOf[card.deviceId];
    }
    QList<QTreeWidgetItem *> items;
    for (const Device &device : conference.all<Device>()) {
        const DeviceSeat seat = seatOf(conference, device);
        const QString state = device.blocked ? tr("blocked")
                              : m_server->api()->isConnected(device.id) ? tr("yes")
                                                                        : tr("no");
        items << makeItem(device.id, {tr("Device %1").arg(device.id),
                                      placeName(seat.tableId, seat.groupId, seat.participantId),
                                      state, QString::number(cardsOf.value(device.id))});
    }
    refill(m_devices, items, selected);
}

Id RoomPanel::selectedId(QTreeWidget *list) const
{
    const QList<QTreeWidgetItem *> selected = list->selectedItems();
    return selected.isEmpty() ? NoId : selected.constFirst()->data(0, IdRole).toLongLong();
}

void RoomPanel::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const Card *card = m_document->conference().find<Card>(selectedId(m_cards));
    m_hide->setEnabled(writable && card);
    m_hide->setText(card && card->hidden ? tr("Sho&w again") : tr("&Hide"));
    m_delete->setEnabled(writable && card);
    const Device *device = m_document->conference().find<Device>(selectedId(m_devices));
    m_block->setEnabled(writable && device);
    m_block->setText(device && device->blocked ? tr("&Let in again") : tr("&Block"));
}

void RoomPanel::toggleSelectedCardHidden()
{
    if (const Card *card = m_document->conference().find<Card>(selectedId(m_cards)))
        m_server->setCardHidden(card->id, !card->hidden);
    refresh();
}

void RoomPanel::deleteSelectedCard()
{
    const Id id = selectedId(m_cards);
    if (id != NoId)
        RemovalQuestion::deleteCards(this, m_document, {id});
    refresh();
}

void RoomPanel::toggleSelectedDeviceBlocked()
{
    if (const Device *device = m_document->conference().find<Device>(selectedId(m_devices)))
        m_server->setDeviceBlocked(device->id, !device->blocked);
    refresh();
}

} // namespace weitblick

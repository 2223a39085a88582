#include "wallscene.h"

#include "carditem.h"
#include "clusteritem.h"
#include "wallbackground.h"
#include "walldragcontroller.h"
#include "wallmenucontroller.h"
#include "walltextediting.h"

#include "core/document/conferencedocument.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/newcardplacer.h"
#include "core/wall/wallcommands.h"
#include "ui/common/removalquestion.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QDialogButtonBox>
#include <QGraphicsView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPushButton>

#include <algorithm>
#include <cmath>
#include <utility>

namespace weitblick {

namespace {

const QColor PlainCardColor(0xff, 0xfb, 0xea);
const QColor HeadingCardColor(0xff, 0xff, 0xff);
constexpr double SceneMargin = 800;

} // namespace

WallScene::WallScene(ConferenceDocument *document, QObject *parent)
    : QGraphicsScene(parent),
      m_document(document),
      m_drags(std::make_unique<WallDragController>(this)),
      m_menus(std::make_unique<WallMenuController>(this)),
      m_editing(std::make_unique<WallTextEditing>(this))
{
    setItemIndexMethod(BspTreeIndex);
    connect(document, &ConferenceDocument::entityAdded, this, &WallScene::entityAdded);
    connect(document, &ConferenceDocument::entityChanged, this, &WallScene::entityChanged);
    connect(document, &ConferenceDocument::entityRemoved, this, &WallScene::entityRemoved);
    connect(document, &ConferenceDocument::changesApplied, this, &WallScene::flush);
    connect(document, &ConferenceDocument::readOnlyChanged, this, &WallScene::updateEditable);
    m_contentSignalWindow.setSingleShot(true);
    m_contentSignalWindow.setInterval(ContentSignalIntervalMs);
    connect(&m_contentSignalWindow, &QTimer::timeout, this,
            &WallScene::announceOwedContentChange);
    updateContentRect();
}

// The controllers go before QGraphicsScene deletes the items.
WallScene::~WallScene() = default;

bool WallScene::isEditable() const
{
    return !m_document->isReadOnly() && m_phaseId != NoId;
}

void WallScene::setPhase(Id phaseId)
{
    commitEditor();
    m_phaseId = phaseId;
    rebuild();
}

// --- Items following the document ----------------------------------------------------------

void WallScene::clearItems()
{
    m_editing->close();
    m_drags->reset();
    clearSelection();
    for (CardItem *item : std::as_const(m_cards))
        delete item;
    for (ClusterItem *item : std::as_const(m_clusters))
        delete item;
    m_cards.clear();
    m_clusters.clear();
    m_dirtyClusters.clear();
}

bool WallScene::isOnThisWall(const Card &card) const
{
    // A card the moderator hid (one sent from a device) stays in the file, off the wall.
    return card.phaseId == m_phaseId && !card.hidden;
}

void WallScene::rebuild()
{
    // A new wall is shown at once, whatever the last one signalled.
    m_contentSignalWindow.stop();
    m_contentSignalOwed = false;
    clearItems();
    const Conference &conference = m_document->conference();
    const Phase *phase = conference.find<Phase>(m_phaseId);
    m_isTimeline = phase && phase->kind == PhaseKind::Past;
    m_areas = phase ? WallAreas::forPhase(*phase, conference) : WallAreas();
    m_timeline = TimelineLayout();
    if (phase) {
        for (const Cluster &cluster : conference.all<Cluster>()) {
            if (cluster.phaseId == m_phaseId)
                putCluster(cluster);
        }
        for (const Card &card : conference.all<Card>()) {
            if (isOnThisWall(card))
                putCard(card);
        }
    }
    m_timelineDirty = m_isTimeline;
    m_backgroundDirty = true;
    m_dirtyClusters = QSet<Id>(m_clusters.keyBegin(), m_clusters.keyEnd());
    flush();
    // A new wall gets a scene rectangle of its own size, not the last one's.
    setSceneRect(m_contentRect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    updateEditable();
}

void WallScene::entityAdded(EntityKind kind, Id id)
{
    const Conference &conference = m_document->conference();
    switch (kind) {
    case EntityKind::Card:
        if (const Card *card = conference.find<Card>(id); card && isOnThisWall(*card))
            putCard(*card);
        break;
    case EntityKind::Cluster:
        if (const Cluster *cluster = conference.find<Cluster>(id);
            cluster && cluster->phaseId == m_phaseId)
            putCluster(*cluster);
        break;
    case EntityKind::StakeholderGroup:
        m_backgroundDirty = true; // the grid of groups has a new row
        break;
    default:
        break;
    }
}

void WallScene::entityChanged(EntityKind kind, Id id)
{
    const Conference &conference = m_document->conference();
    switch (kind) {
    case EntityKind::Card: {
        const Card *card = conference.find<Card>(id);
        if (card && isOnThisWall(*card))
            putCard(*card);
        else
            removeCard(id);
        break;
    }
    case EntityKind::Cluster: {
        const Cluster *cluster = conference.find<Cluster>(id);
        if (cluster && cluster->phaseId == m_phaseId) {
            putCluster(*cluster);
        } else {
            removeCluster(id);
        }
        break;
    }
    case EntityKind::StakeholderGroup:
        for (CardItem *item : std::as_const(m_cards)) {
            if (item->card().groupId == id)
                item->setCard(item->card(), fillFor(item->card()));
        }
        m_backgroundDirty = true;
        break;
    case EntityKind::Phase:
        if (id == m_phaseId) {
            const Phase *phase = conference.find<Phase>(id);
            if ((phase->kind == PhaseKind::Past) != m_isTimeline)
                rebuild();
            else
                m_backgroundDirty = true;
        }
        break;
    default:
        break;
    }
}

void WallScene::entityRemoved(EntityKind kind, Id id)
{
    switch (kind) {
    case EntityKind::Card:
        removeCard(id);
        break;
    case EntityKind::Cluster:
        removeCluster(id);
        break;
    case EntityKind::StakeholderGroup:
        m_backgroundDirty = true;
        break;
    case EntityKind::Phase:
        if (id == m_phaseId) {
            m_phaseId = NoId;
            rebuild();
        }
        break;
    default:
        break;
    }
}

void WallScene::flush()
{
    if (m_backgroundDirty) {
        const Conference &conference = m_document->conference();
        const Phase *phase = conference.find<Phase>(m_phaseId);
        m_areas = phase ? WallAreas::forPhase(*phase, conference) : WallAreas();
    }
    if (m_timelineDirty) {
        m_timelineDirty = false;
        if (m_isTimeline)
            relayoutTimeline();
    }
    if (!m_dirtyClusters.isEmpty()) {
        fitClusters(m_dirtyClusters);
        m_dirtyClusters.clear();
    }
    if (m_backgroundDirty) {
        m_backgroundDirty = false;
        m_contentDirty = true;
        invalidate(sceneRect(), BackgroundLayer);
    }
    if (m_contentDirty) {
        m_contentDirty = false;
        m_contentGrowth = QRectF();
        updateContentRect();
    } else if (!m_contentGrowth.isNull()) {
        // A card added beside the others: no need to look at the whole wall.
        setContentRect(m_contentRect | m_contentGrowth);
        m_contentGrowth = QRectF();
    }
}

QColor WallScene::fillFor(const Card &card) const
{
    if (card.color.isValid())
        return card.color;
    if (const auto *group = m_document->conference().find<StakeholderGroup>(card.groupId);
        group && group->color.isValid())
        return group->color;
    return card.form == CardForm::Heading ? HeadingCardColor : PlainCardColor;
}

void WallScene::putCard(const Card &card)
{
    CardItem *item = m_cards.value(card.id);
    const bool added = !item;
    if (item) {
        const Card &old = item->card();
        if (old.clusterId != NoId)
            m_dirtyClusters.insert(old.clusterId);
        if (m_isTimeline && TimelineLayout::isOnTimeline(old))
            m_timelineDirty = true;
        item->setCard(card, fillFor(card));
    } else {
        item = new CardItem(card, fillFor(card));
        item->setEditable(isEditable());
        addItem(item);
        m_cards.insert(card.id, item);
    }
    if (card.clusterId != NoId)
        m_dirtyClusters.insert(card.clusterId);
    if (m_isTimeline && TimelineLayout::isOnTimeline(card))
        m_timelineDirty = true;
    placeCardItem(item);
    // A new card can only widen the wall; a moved one may shrink it.
    if (added)
        m_contentGrowth |= item->sceneCardRect();
    else
        m_contentDirty = true;
}

void WallScene::removeCard(Id cardId)
{
    CardItem *item = m_cards.take(cardId);
    if (!item)
        return;
    m_editing->cardRemoved(cardId);
    m_drags->forgetCard(cardId);
    m_drags->forgetItem(item);
    if (item->card().clusterId != NoId)
        m_dirtyClusters.insert(item->card().clusterId);
    if (m_isTimeline && TimelineLayout::isOnTimeline(item->card()))
        m_timelineDirty = true;
    delete item;
    m_contentDirty = true;
}

void WallScene::removeCluster(Id clusterId)
{
    ClusterItem *item = m_clusters.take(clusterId);
    if (!item)
        return;
    m_editing->clusterRemoved(clusterId);
    m_drags->forgetItem(item);
    delete item;
    m_contentDirty = true;
}

void WallScene::putCluster(const Cluster &cluster)
{
    if (ClusterItem *item = m_clusters.value(cluster.id)) {
        item->setCluster(cluster);
    } else {
        item = new ClusterItem(cluster);
        item->setEditable(isEditable());
        addItem(item);
        m_clusters.insert(cluster.id, item);
    }
    m_dirtyClusters.insert(cluster.id);
}

void WallScene::placeCardItem(CardItem *item)
{
    const Card &card = item->card();
    if (m_isTimeline && TimelineLayout::isOnTimeline(card) && m_timeline.contains(card.id))
        item->setPos(m_timeline.cardPos(card.id));
    else
        item->setPos(card.pos);
}

void WallScene::relayoutTimeline()
{
    QList<TimelineLayout::Entry> entries;
    for (CardItem *item : std::as_const(m_cards)) {
        const Card &card = item->card();
        if (TimelineLayout::isOnTimeline(card))
            entries.append({card.id, *card.year, card.lane, item->layout().size});
    }
    m_timeline = TimelineLayout(entries);
    for (const TimelineLayout::Entry &entry : std::as_const(entries)) {
        CardItem *item = m_cards.value(entry.cardId);
        if (item->pos() != m_timeline.cardPos(entry.cardId)) {
            item->setPos(m_timeline.cardPos(entry.cardId));
            if (item->card().clusterId != NoId)
                m_dirtyClusters.insert(item->card().clusterId);
        }
    }
    m_backgroundDirty = true;
}

void WallScene::fitClusters(const QSet<Id> &clusterIds, const QSet<Id> &excludedCards)
{
    QHash<Id, QList<QRectF>> kept;
    QHash<Id, QList<QRectF>> all;
    QSet<Id> onTimeline;
    for (CardItem *item : std::as_const(m_cards)) {
        const Id clusterId = item->card().clusterId;
        if (clusterId == NoId || !clusterIds.contains(clusterId))
            continue;
        // The timeline places its cards by year; a frame around cards of many years would
        // cover the whole wall, so a cluster shows only around its cards in the tray.
        if (m_isTimeline && TimelineLayout::isOnTimeline(item->card())) {
            onTimeline.insert(clusterId);
            continue;
        }
        all[clusterId].append(item->sceneCardRect());
        if (!excludedCards.contains(item->cardId()))
            kept[clusterId].append(item->sceneCardRect());
    }
    for (Id clusterId : clusterIds) {
        if (ClusterItem *item = m_clusters.value(clusterId)) {
            // A cluster whose cards are all on the move goes with them.
            item->fitTo(kept.contains(clusterId) ? kept.value(clusterId) : all.value(clusterId));
            item->setVisible(all.contains(clusterId) || !onTimeline.contains(clusterId));
        }
    }
    m_contentDirty = true;
}

void WallScene::updateContentRect()
{
    QRectF content;
    for (CardItem *item : std::as_const(m_cards))
        content |= item->sceneCardRect();
    for (ClusterItem *item : std::as_const(m_clusters)) {
        if (item->isVisible())
            content |= item->frameRect();
    }
    if (m_isTimeline)
        content |= m_timeline.bounds();
    content |= m_areas.bounds();
    setContentRect(content);
}

void WallScene::setContentRect(QRectF content)
{
    if (content.isEmpty())
        content = QRectF(0, 0, 4 * CardGeometry::ColumnStep, 3 * CardGeometry::MinCardHeight);
    const bool changed = content != m_contentRect;
    m_contentRect = content;
    // The scene rectangle only grows while the wall is worked on, so that the view does not
    // jump; a shrunk wall gets its own size again when it is opened next.
    const QRectF wanted = content.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
    if (changed)
        announceContentChange();
}

// Cards from the devices of a room arrive many times a second, and every view refits and
// repaints the whole wall on each signal: that kept the moderator's laptop from answering
// them. A change within the window after a signal waits for the window's end.
void WallScene::announceContentChange()
{
    if (m_contentSignalWindow.isActive()) {
        m_contentSignalOwed = true;
        return;
    }
    m_contentSignalWindow.start();
    emit contentChanged();
}

void WallScene::announceOwedContentChange()
{
    if (std::exchange(m_contentSignalOwed, false)) {
        m_contentSignalWindow.stop();
        announceContentChange();
    }
}

void WallScene::updateEditable()
{
    const bool editable = isEditable();
    if (!editable)
        m_editing->close();
    for (CardItem *item : std::as_const(m_cards))
        item->setEditable(editable);
    for (ClusterItem *item : std::as_const(m_clusters))
        item->setEditable(editable);
}

// --- Selection and new cards ---------------------------------------------------------------

QList<Id> WallScene::selectedCardIds() const
{
    QList<Id> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *card = qgraphicsitem_cast<CardItem *>(item))
            ids.append(card->cardId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void WallScene::selectCards(const QList<Id> &cardIds)
{
    clearSelection();
    for (Id id : cardIds) {
        if (CardItem *item = m_cards.value(id))
            item->setSelected(true);
    }
}

Id WallScene::addCard(const Card &card, int areaColumn)
{
    if (!isEditable())
        return NoId;
    const Id id = commands::addCard(
        m_document, placeNewCard(m_document->conference(), m_phaseId, card, areaColumn));
    if (CardItem *item = m_cards.value(id)) {
        clearSelection();
        item->setSelected(true);
        // The moderator typed it: the views follow now, so that it is in view at once.
        announceOwedContentChange();
        const QList<QGraphicsView *> allViews = views();
        for (QGraphicsView *view : allViews)
            view->ensureVisible(item, 40, 40);
    }
    return id;
}

// --- Edits ---------------------------------------------------------------------------------

bool WallScene::deleteSelection()
{
    if (!isEditable())
        return false;
    return RemovalQuestion::deleteCards(dialogParent(), m_document, selectedCardIds());
}

QWidget *WallScene::dialogParent() const
{
    return views().isEmpty() ? nullptr : views().constFirst();
}

bool WallScene::groupSelection()
{
    const QList<Id> ids = selectedCardIds();
    if (ids.isEmpty() || !isEditable())
        return false;
    const std::optional<QString> heading = askHeading();
    if (!heading)
        return false;
    const bool grouped = commands::groupCards(m_document, ids, *heading) != NoId;
    if (grouped)
        selectCards(ids);
    return grouped;
}

bool WallScene::dissolveSelectedClusters()
{
    QList<Id> clusterIds;
    for (Id id : selectedCardIds()) {
        const Id clusterId = m_cards.value(id)->card().clusterId;
        if (clusterId != NoId && !clusterIds.contains(clusterId))
            clusterIds.append(clusterId);
    }
    if (!isEditable())
        return false;
    return RemovalQuestion::dissolveClusters(dialogParent(), m_document, clusterIds);
}

bool WallScene::arrange()
{
    if (!isEditable())
        return false;
    return commands::arrangePhase(m_document, m_phaseId);
}

std::optional<QString> WallScene::askHeading()
{
    if (m_headingPrompt)
        return m_headingPrompt();
    QInputDialog dialog(dialogParent());
    dialog.setWindowTitle(tr("New Cluster"));
    dialog.setLabelText(tr("Heading of the new cluster:"));
    // OK once there is a heading: a cluster is found by it in the ranking and the report.
    const auto allowOk = [&dialog](const QString &text) {
        if (auto *buttons = dialog.findChild<QDialogButtonBox *>())
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    };
    connect(&dialog, &QInputDialog::textValueChanged, &dialog, allowOk);
    // Asking for the OK button's text makes the dialog's buttons, which it otherwise makes
    // only once shown.
    dialog.setOkButtonText(dialog.okButtonText());
    allowOk(QString());
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return std::nullopt;
    return dialog.textValue().trimmed();
}

void WallScene::editCardText(Id cardId)
{
    m_editing->editCardText(cardId);
}

void WallScene::editClusterHeading(Id clusterId)
{
    m_editing->editClusterHeading(clusterId);
}

void WallScene::commitEditor()
{
    m_editing->commit();
}

bool WallScene::isEditingText() const
{
    return m_editing->isEditing();
}

// --- Events, handed on to the controllers ---------------------------------------------------

QGraphicsItem *WallScene::topItemAt(QPointF scenePos, const QSet<QGraphicsItem *> &excluded) const
{
    const QList<QGraphicsItem *> found = items(scenePos, Qt::IntersectsItemShape,
                                               Qt::DescendingOrder);
    for (QGraphicsItem *item : found) {
        if (excluded.contains(item))
            continue;
        if (item->type() == CardItem::Type || item->type() == ClusterItem::Type)
            return item;
    }
    return nullptr;
}

void WallScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_drags->pressed(event);
}

void WallScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    m_drags->moved(event);
}

void WallScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    m_drags->released(event);
}

void WallScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_menus->doubleClicked(event))
        QGraphicsScene::mouseDoubleClickEvent(event);
}

void WallScene::keyPressEvent(QKeyEvent *event)
{
    if (!m_menus->keyPressed(event))
        QGraphicsScene::keyPressEvent(event);
}

void WallScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (!m_menus->contextMenu(event))
        QGraphicsScene::contextMenuEvent(event);
}

// --- Background ----------------------------------------------------------------------------

void WallScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    WallBackground::paint(painter, rect, m_isTimeline ? &m_timeline : nullptr,
                          tr("Not on the timeline yet: cards without a year or lane"), m_areas);
}

} // namespace weitblick

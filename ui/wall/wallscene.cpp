#include "wallscene.h"

#include "carditem.h"
#include "cardtexteditor.h"
#include "clusteritem.h"
#include "wallbackground.h"

#include "core/document/conferencedocument.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/freespotfinder.h"
#include "core/wall/wallcommands.h"

#include <QDate>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

const QColor PlainCardColor(0xff, 0xfb, 0xea);
const QColor HeadingCardColor(0xff, 0xff, 0xff);
constexpr double SceneMargin = 800;
constexpr double ViewMargin = 20;

// Metaplan card colours for the context menu.
struct PaletteEntry
{
    const char *name;
    const char *color;
};
constexpr PaletteEntry CardPalette[] = {
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "White"), "#ffffff"},
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "Yellow"), "#fff176"},
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "Orange"), "#ffb74d"},
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "Pink"), "#f48fb1"},
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "Green"), "#aed581"},
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "Blue"), "#81d4fa"},
    {QT_TRANSLATE_NOOP("weitblick::WallScene", "Violet"), "#ce93d8"},
};

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(150));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

constexpr TimelineLane Lanes[] = {TimelineLane::World, TimelineLane::Local,
                                  TimelineLane::Personal};

} // namespace

WallScene::WallScene(ConferenceDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(BspTreeIndex);
    connect(document, &ConferenceDocument::entityAdded, this, &WallScene::entityAdded);
    connect(document, &ConferenceDocument::entityChanged, this, &WallScene::entityChanged);
    connect(document, &ConferenceDocument::entityRemoved, this, &WallScene::entityRemoved);
    connect(document, &ConferenceDocument::changesApplied, this, &WallScene::flush);
    connect(document, &ConferenceDocument::readOnlyChanged, this, &WallScene::updateEditable);
    updateContentRect();
}

WallScene::~WallScene()
{
    // The editor must not report back while the items go.
    if (m_editor)
        m_editor->disconnect(this);
}

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
    closeEditor();
    m_draggedCards.clear();
    m_draggedCluster = nullptr;
    m_dropTarget = nullptr;
    clearSelection();
    for (CardItem *item : std::as_const(m_cards))
        delete item;
    for (ClusterItem *item : std::as_const(m_clusters))
        delete item;
    m_cards.clear();
    m_clusters.clear();
    m_dirtyClusters.clear();
}

void WallScene::rebuild()
{
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
            if (card.phaseId == m_phaseId)
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
        if (const Card *card = conference.find<Card>(id); card && card->phaseId == m_phaseId)
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
        if (card && card->phaseId == m_phaseId)
            putCard(*card);
        else
            removeCard(id);
        break;
    }
    case EntityKind::Cluster: {
        const Cluster *cluster = conference.find<Cluster>(id);
        if (cluster && cluster->phaseId == m_phaseId) {
            putCluster(*cluster);
        } else if (ClusterItem *item = m_clusters.take(id)) {
            if (m_dropTarget == item)
                m_dropTarget = nullptr;
            delete item;
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
        if (ClusterItem *item = m_clusters.take(id)) {
            if (m_editedCluster == id)
                closeEditor();
            if (m_dropTarget == item)
                m_dropTarget = nullptr;
            if (m_draggedCluster == item)
                m_draggedCluster = nullptr;
            delete item;
            m_contentDirty = true;
        }
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
        updateContentRect();
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
    m_contentDirty = true;
}

void WallScene::removeCard(Id cardId)
{
    CardItem *item = m_cards.take(cardId);
    if (!item)
        return;
    if (m_editedCard == cardId)
        closeEditor();
    if (m_dropTarget == item)
        m_dropTarget = nullptr;
    if (item->card().clusterId != NoId)
        m_dirtyClusters.insert(item->card().clusterId);
    if (m_isTimeline && TimelineLayout::isOnTimeline(item->card()))
        m_timelineDirty = true;
    m_draggedCards.removeIf([&](const DraggedCard &d) { return d.cardId == cardId; });
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
        emit contentChanged();
}

void WallScene::updateEditable()
{
    const bool editable = isEditable();
    if (!editable)
        closeEditor();
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

QList<QRectF> WallScene::obstacles() const
{
    QList<QRectF> rects;
    rects.reserve(m_cards.size() + m_clusters.size());
    for (CardItem *item : std::as_const(m_cards))
        rects.append(item->sceneCardRect());
    for (ClusterItem *item : std::as_const(m_clusters)) {
        if (item->isVisible())
            rects.append(item->frameRect());
    }
    return rects;
}

QPointF WallScene::freeSpotFor(const Card &card, const QRectF &visibleRect,
                               int areaColumn) const
{
    const QSizeF size = CardGeometry::layout(card.text, card.form).size;
    const double step = CardGeometry::ColumnStep;
    const QRectF visible = visibleRect.isValid() ? visibleRect : m_contentRect;
    QRectF region;
    if (m_isTimeline) {
        // A dated card finds its place on the timeline; its stored place is in the tray, under
        // the part of the timeline in view, where it lands if it loses its year.
        const double left = std::max(0.0, std::ceil((visible.left() + ViewMargin) / step) * step);
        region = QRectF(left, m_timeline.trayTop(),
                        std::max(step, visible.right() - ViewMargin - left), 1);
    } else if (!m_areas.isEmpty()) {
        const int inView = m_areas.areaAt(visible.center());
        const int column = areaColumn >= 0 ? areaColumn
                           : inView >= 0   ? m_areas.areas().at(inView).column
                                           : 0;
        // The group's row of a grid, or the column's area of strengths and weaknesses; for a
        // card without group on a grid, the area in view when it is of that column.
        int index = m_areas.areaOf(card.groupId, column);
        if (index < 0)
            index = m_areas.areaOf(NoId, column);
        if (index < 0)
            index = inView >= 0 && m_areas.areas().at(inView).column == column
                        ? inView
                        : m_areas.firstAreaIn(column);
        region = m_areas.contentRect(std::max(index, 0));
    } else {
        // Columns on the wall's grid, in the part of the wall the moderator looks at.
        const double left = std::ceil((visible.left() + ViewMargin) / step) * step;
        const double top = std::ceil((visible.top() + ViewMargin) / 10) * 10;
        region = QRectF(left, top, std::max(step, visible.right() - ViewMargin - left), 1);
    }
    const FreeSpotFinder finder(obstacles());
    return finder.find(size, region, step, CardGeometry::RowGap);
}

Id WallScene::addCard(Card card, const QRectF &visibleRect, int areaColumn)
{
    if (!isEditable())
        return NoId;
    card.phaseId = m_phaseId;
    card.pos = freeSpotFor(card, visibleRect, areaColumn);
    const Id id = commands::addCard(m_document, card);
    if (CardItem *item = m_cards.value(id)) {
        clearSelection();
        item->setSelected(true);
        const QList<QGraphicsView *> allViews = views();
        for (QGraphicsView *view : allViews)
            view->ensureVisible(item, 40, 40);
    }
    return id;
}

// --- Edits ---------------------------------------------------------------------------------

bool WallScene::deleteSelection()
{
    const QList<Id> ids = selectedCardIds();
    if (ids.isEmpty() || !isEditable())
        return false;
    return commands::deleteCards(m_document, ids);
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
    EntityIds clusters;
    bool any = false;
    for (Id id : selectedCardIds()) {
        if (const Id clusterId = m_cards.value(id)->card().clusterId; clusterId != NoId) {
            clusters.insert<Cluster>(clusterId);
            any = true;
        }
    }
    if (!any || !isEditable())
        return false;
    return commands::remove(m_document, clusters, tr("Dissolve cluster"));
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
    QWidget *parent = views().isEmpty() ? nullptr : views().constFirst();
    bool ok = false;
    const QString heading = QInputDialog::getText(parent, tr("New Cluster"),
                                                  tr("Heading of the new cluster:"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return heading.trimmed();
}

void WallScene::editCardText(Id cardId)
{
    CardItem *item = m_cards.value(cardId);
    if (!item || !isEditable())
        return;
    closeEditor();
    const Card &card = item->card();
    const CardLayout &layout = item->layout();
    auto *editor = new CardTextEditor(card.text,
                                      CardGeometry::font(card.form, layout.fontPixelSize),
                                      layout.textRect.width(),
                                      card.form == CardForm::Card ? Qt::AlignLeft
                                                                  : Qt::AlignHCenter,
                                      item);
    editor->setPos(layout.textRect.left(), std::min(layout.textRect.top(),
                                                    CardGeometry::Padding));
    editor->setBackground(item->fillColor());
    editor->setDefaultTextColor(item->textColor());
    m_editor = editor;
    m_editedCard = cardId;
    item->setEditing(true);
    connect(editor, &CardTextEditor::committed, this, [this, cardId](const QString &text) {
        closeEditor();
        const QString trimmed = text.trimmed();
        const Card *current = m_document->conference().find<Card>(cardId);
        if (current && !trimmed.isEmpty() && trimmed != current->text)
            commands::editCardText(m_document, cardId, trimmed);
    });
    connect(editor, &CardTextEditor::cancelled, this, &WallScene::closeEditor);
    if (!views().isEmpty() && !views().constFirst()->hasFocus())
        views().constFirst()->setFocus(Qt::OtherFocusReason);
    editor->start();
}

void WallScene::editClusterHeading(Id clusterId)
{
    ClusterItem *item = m_clusters.value(clusterId);
    if (!item || !isEditable())
        return;
    closeEditor();
    const CardLayout &layout = item->headingLayout();
    auto *editor = new CardTextEditor(item->cluster().heading,
                                      CardGeometry::font(CardForm::Heading,
                                                         layout.fontPixelSize),
                                      layout.textRect.width(), Qt::AlignHCenter, item);
    editor->setPos(item->headingRect().topLeft()
                   + QPointF(layout.textRect.left(),
                             std::min(layout.textRect.top(), CardGeometry::Padding)));
    editor->setBackground(Qt::white);
    m_editor = editor;
    m_editedCluster = clusterId;
    item->setEditing(true);
    connect(editor, &CardTextEditor::committed, this, [this, clusterId](const QString &text) {
        closeEditor();
        const QString trimmed = text.trimmed();
        const Cluster *current = m_document->conference().find<Cluster>(clusterId);
        if (current && trimmed != current->heading)
            commands::renameCluster(m_document, clusterId, trimmed);
    });
    connect(editor, &CardTextEditor::cancelled, this, &WallScene::closeEditor);
    if (!views().isEmpty() && !views().constFirst()->hasFocus())
        views().constFirst()->setFocus(Qt::OtherFocusReason);
    editor->start();
}

void WallScene::commitEditor()
{
    if (m_editor)
        m_editor->commit();
}

bool WallScene::isEditingText() const
{
    return !m_editor.isNull();
}

void WallScene::closeEditor()
{
    if (!m_editor)
        return;
    CardTextEditor *editor = m_editor;
    m_editor = nullptr;
    editor->disconnect(this);
    if (CardItem *item = m_cards.value(m_editedCard))
        item->setEditing(false);
    if (ClusterItem *item = m_clusters.value(m_editedCluster))
        item->setEditing(false);
    m_editedCard = NoId;
    m_editedCluster = NoId;
    editor->hide();
    editor->deleteLater();
}

// --- Mouse ---------------------------------------------------------------------------------

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

QGraphicsItem *WallScene::dropTargetAt(QPointF scenePos) const
{
    if (m_isTimeline && m_timeline.slotAt(scenePos))
        return nullptr; // a drop on the timeline sets the year and lane
    QSet<QGraphicsItem *> dragged;
    QSet<Id> ownClusters;
    for (const DraggedCard &d : m_draggedCards) {
        if (CardItem *item = m_cards.value(d.cardId)) {
            dragged.insert(item);
            ownClusters.insert(item->card().clusterId);
        }
    }
    // Moving cards about inside their own cluster is no drop on it.
    const auto isOwn = [&](Id clusterId) {
        return ownClusters.size() == 1 && ownClusters.contains(clusterId);
    };
    if (auto *card = qgraphicsitem_cast<CardItem *>(topItemAt(scenePos, dragged))) {
        const Id clusterId = card->card().clusterId;
        if (clusterId == NoId)
            return card;
        return isOwn(clusterId) ? nullptr : m_clusters.value(clusterId);
    }
    const QList<QGraphicsItem *> found = items(scenePos, Qt::IntersectsItemBoundingRect,
                                               Qt::DescendingOrder);
    for (QGraphicsItem *item : found) {
        auto *cluster = qgraphicsitem_cast<ClusterItem *>(item);
        if (cluster && cluster->frameRect().contains(scenePos) && !isOwn(cluster->clusterId()))
            return cluster;
    }
    return nullptr;
}

void WallScene::setDropTarget(QGraphicsItem *target)
{
    if (target == m_dropTarget)
        return;
    if (auto *card = qgraphicsitem_cast<CardItem *>(m_dropTarget))
        card->setDropTarget(false);
    else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(m_dropTarget))
        cluster->setDropTarget(false);
    m_dropTarget = target;
    if (auto *card = qgraphicsitem_cast<CardItem *>(target))
        card->setDropTarget(true);
    else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(target))
        cluster->setDropTarget(true);
}

void WallScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_draggedCards.clear();
    m_draggedCluster = nullptr;
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || !isEditable())
        return;
    QGraphicsItem *grabber = mouseGrabberItem();
    if (auto *card = qgraphicsitem_cast<CardItem *>(grabber)) {
        if (!card->isSelected())
            return;
        const QList<QGraphicsItem *> selected = selectedItems();
        for (QGraphicsItem *item : selected) {
            if (auto *selectedCard = qgraphicsitem_cast<CardItem *>(item))
                m_draggedCards.append({selectedCard->cardId(), selectedCard->pos()});
        }
    } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(grabber)) {
        m_draggedCluster = cluster;
        m_clusterDragStart = event->scenePos();
        m_clusterDragLast = event->scenePos();
    }
}

void WallScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_draggedCluster) {
        const QPointF delta = event->scenePos() - m_clusterDragLast;
        m_clusterDragLast = event->scenePos();
        const Id clusterId = m_draggedCluster->clusterId();
        for (CardItem *item : std::as_const(m_cards)) {
            if (item->card().clusterId == clusterId)
                item->moveBy(delta.x(), delta.y());
        }
        Cluster moved = m_draggedCluster->cluster();
        moved.pos += delta;
        m_draggedCluster->setCluster(moved);
        fitClusters({clusterId});
        return;
    }
    if (m_draggedCards.isEmpty())
        return;
    QSet<Id> draggedIds;
    QSet<Id> clusters;
    for (const DraggedCard &d : std::as_const(m_draggedCards)) {
        if (CardItem *item = m_cards.value(d.cardId)) {
            draggedIds.insert(d.cardId);
            item->setZValue(1);
            if (item->card().clusterId != NoId)
                clusters.insert(item->card().clusterId);
        }
    }
    // A cluster's frame stays with the cards that stay, so it shows where "out" begins.
    fitClusters(clusters, draggedIds);
    setDropTarget(dropTargetAt(event->scenePos()));
}

void WallScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (m_draggedCluster) {
        commitClusterDrag();
        m_draggedCluster = nullptr;
    }
    if (!m_draggedCards.isEmpty())
        commitCardDrag(event->scenePos());
    m_draggedCards.clear();
    setDropTarget(nullptr);
}

void WallScene::commitCardDrag(QPointF dropPos)
{
    QGraphicsItem *target = dropTargetAt(dropPos);
    const QList<DraggedCard> dragged = m_draggedCards;
    m_draggedCards.clear();
    setDropTarget(nullptr);

    QList<Id> ids;
    bool moved = false;
    for (const DraggedCard &d : dragged) {
        if (CardItem *item = m_cards.value(d.cardId)) {
            item->setZValue(0);
            ids.append(d.cardId);
            moved = moved || item->pos() != d.start;
        }
    }
    if (!moved || ids.isEmpty())
        return;

    bool done = false;
    if (m_isTimeline && m_timeline.slotAt(dropPos)) {
        // Dropped on the timeline: each card takes the year and lane under its centre.
        QList<commands::CardPlacement> placements;
        for (Id id : std::as_const(ids)) {
            const CardItem *item = m_cards.value(id);
            const std::optional<TimelineSlot> slot = m_timeline.slotAt(
                item->sceneCardRect().center());
            placements.append({id, item->pos(), item->card().clusterId,
                               slot ? std::optional<int>(slot->year) : std::nullopt,
                               slot ? slot->lane : TimelineLane::None});
        }
        done = commands::placeCards(m_document, placements);
    } else if (auto *card = qgraphicsitem_cast<CardItem *>(target)) {
        const Id targetId = card->cardId();
        const std::optional<QString> heading = askHeading();
        done = heading && commands::clusterOnCard(m_document, targetId, ids, *heading) != NoId;
    } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(target)) {
        done = commands::addToCluster(m_document, cluster->clusterId(), ids);
    } else {
        // A card leaves its cluster when it lands outside the frame of the cards that stayed.
        const QSet<Id> draggedIds(ids.cbegin(), ids.cend());
        QHash<Id, QList<QRectF>> stayed;
        for (CardItem *item : std::as_const(m_cards)) {
            if (item->card().clusterId != NoId && !draggedIds.contains(item->cardId()))
                stayed[item->card().clusterId].append(item->sceneCardRect());
        }
        // The only card of a cluster has no others that stay: it leaves when it lands outside
        // the frame it had before the drag. (Cards dragged with all the rest of their cluster
        // move the cluster along.)
        QHash<Id, int> cardsInCluster;
        for (CardItem *item : std::as_const(m_cards))
            ++cardsInCluster[item->card().clusterId];
        for (const DraggedCard &d : dragged) {
            const CardItem *item = m_cards.value(d.cardId);
            if (item && item->card().clusterId != NoId
                && cardsInCluster.value(item->card().clusterId) == 1)
                stayed[item->card().clusterId].append(
                    item->sceneCardRect().translated(d.start - item->pos()));
        }
        QList<commands::CardPlacement> placements;
        for (Id id : std::as_const(ids)) {
            const CardItem *item = m_cards.value(id);
            const Card &card = item->card();
            Id clusterId = card.clusterId;
            if (ClusterItem *clusterItem = m_clusters.value(clusterId);
                clusterItem && stayed.contains(clusterId)
                && !clusterItem->frameFor(stayed.value(clusterId))
                        .contains(item->sceneCardRect().center()))
                clusterId = NoId;
            // Off the lanes of the timeline a card has no year.
            placements.append({id, item->pos(), clusterId,
                               m_isTimeline ? std::nullopt : card.year,
                               m_isTimeline ? TimelineLane::None : card.lane});
        }
        done = commands::placeCards(m_document, placements);
    }
    if (!done)
        resyncCards(dragged);
}

void WallScene::commitClusterDrag()
{
    const QPointF delta = m_clusterDragLast - m_clusterDragStart;
    const Id clusterId = m_draggedCluster->clusterId();
    if (delta.manhattanLength() < 0.5)
        return;
    if (!commands::moveClusterWithCards(m_document, clusterId, delta)) {
        QList<DraggedCard> members;
        for (CardItem *item : std::as_const(m_cards)) {
            if (item->card().clusterId == clusterId)
                members.append({item->cardId(), item->pos()});
        }
        if (const Cluster *cluster = m_document->conference().find<Cluster>(clusterId))
            m_draggedCluster->setCluster(*cluster);
        resyncCards(members);
    }
}

void WallScene::resyncCards(const QList<DraggedCard> &cards)
{
    QSet<Id> clusters;
    for (const DraggedCard &d : cards) {
        if (CardItem *item = m_cards.value(d.cardId)) {
            placeCardItem(item);
            if (item->card().clusterId != NoId)
                clusters.insert(item->card().clusterId);
        }
    }
    fitClusters(clusters);
}

void WallScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isEditable()) {
        QGraphicsItem *item = topItemAt(event->scenePos());
        if (auto *card = qgraphicsitem_cast<CardItem *>(item)) {
            editCardText(card->cardId());
            event->accept();
            return;
        }
        if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
            editClusterHeading(cluster->clusterId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void WallScene::keyPressEvent(QKeyEvent *event)
{
    const bool editKey = event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return
                         || event->key() == Qt::Key_Enter;
    if (editKey && !m_editor && !focusItem() && isEditable()) {
        const QList<Id> ids = selectedCardIds();
        if (ids.size() == 1) {
            editCardText(ids.constFirst());
            event->accept();
            return;
        }
    }
    QGraphicsScene::keyPressEvent(event);
}

// --- Context menus -------------------------------------------------------------------------

void WallScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *item = topItemAt(event->scenePos());
    if (auto *card = qgraphicsitem_cast<CardItem *>(item)) {
        showCardMenu(card, event->screenPos());
        event->accept();
    } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
        showClusterMenu(cluster, event->screenPos());
        event->accept();
    } else {
        QGraphicsScene::contextMenuEvent(event);
    }
}

void WallScene::showCardMenu(CardItem *item, const QPoint &screenPos)
{
    if (!item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    const QList<Id> ids = selectedCardIds();
    const Id cardId = item->cardId();
    const Card card = item->card();
    const bool editable = isEditable();
    bool inCluster = false;
    for (Id id : ids)
        inCluster = inCluster || m_cards.value(id)->card().clusterId != NoId;

    QMenu menu;
    QAction *edit = menu.addAction(tr("Edit Text"));
    QMenu *colorMenu = menu.addMenu(tr("Colour"));
    QAction *groupColor = colorMenu->addAction(tr("Colour of the Stakeholder Group"));
    colorMenu->addSeparator();
    QList<QAction *> colorActions;
    for (const PaletteEntry &entry : CardPalette) {
        const QColor color = QColor::fromString(QLatin1String(entry.color));
        QAction *action = colorMenu->addAction(swatch(color), tr(entry.name));
        action->setData(color);
        colorActions.append(action);
    }
    QMenu *formMenu = menu.addMenu(tr("Form"));
    const std::pair<CardForm, QString> forms[] = {{CardForm::Card, tr("Card")},
                                                  {CardForm::Oval, tr("Oval Remark")},
                                                  {CardForm::Heading, tr("Heading Strip")}};
    QList<QAction *> formActions;
    for (const auto &[form, name] : forms) {
        QAction *action = formMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(card.form == form);
        action->setData(int(form));
        formActions.append(action);
    }
    QAction *setYear = nullptr;
    QList<QAction *> laneActions;
    if (m_isTimeline) {
        setYear = menu.addAction(tr("Set Year..."));
        QMenu *laneMenu = menu.addMenu(tr("Lane"));
        for (TimelineLane lane : Lanes) {
            QAction *action = laneMenu->addAction(TimelineLayout::laneName(lane));
            action->setCheckable(true);
            action->setChecked(card.lane == lane);
            action->setData(int(lane));
            laneActions.append(action);
        }
        QAction *offTimeline = laneMenu->addAction(tr("Off the Timeline"));
        offTimeline->setData(int(TimelineLane::None));
        laneActions.append(offTimeline);
    }
    menu.addSeparator();
    QAction *takeOut = inCluster ? menu.addAction(tr("Take Out of Cluster")) : nullptr;
    QAction *group = menu.addAction(tr("Group into Cluster..."));
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete"));
    for (QAction *action : menu.actions())
        action->setEnabled(editable);

    QAction *chosen = menu.exec(screenPos);
    if (!chosen || !editable)
        return;
    if (chosen == edit) {
        editCardText(cardId);
    } else if (chosen == groupColor) {
        commands::setCardsColor(m_document, ids, QColor());
    } else if (colorActions.contains(chosen)) {
        commands::setCardsColor(m_document, ids, chosen->data().value<QColor>());
    } else if (formActions.contains(chosen)) {
        commands::setCardsForm(m_document, ids, CardForm(chosen->data().toInt()));
    } else if (chosen == setYear) {
        bool ok = false;
        const int year = QInputDialog::getInt(views().value(0), tr("Year"),
                                              tr("Year of the event:"),
                                              card.year.value_or(QDate::currentDate().year()),
                                              1, 9999, 1, &ok);
        if (ok)
            commands::setCardYear(m_document, cardId, year,
                                  card.lane == TimelineLane::None ? TimelineLane::World
                                                                  : card.lane);
    } else if (laneActions.contains(chosen)) {
        const auto lane = TimelineLane(chosen->data().toInt());
        commands::setCardYear(m_document, cardId,
                              lane == TimelineLane::None ? std::nullopt : card.year, lane);
    } else if (chosen == takeOut) {
        commands::setCardsCluster(m_document, ids, NoId);
    } else if (chosen == group) {
        groupSelection();
    } else if (chosen == remove) {
        commands::deleteCards(m_document, ids);
    }
}

void WallScene::showClusterMenu(ClusterItem *item, const QPoint &screenPos)
{
    const Id clusterId = item->clusterId();
    const bool editable = isEditable();
    QMenu menu;
    QAction *rename = menu.addAction(tr("Rename"));
    QMenu *colorMenu = menu.addMenu(tr("Colour"));
    QList<QAction *> colorActions;
    for (int i = 0; i < 8; ++i) {
        const QColor color = commands::clusterColorFor(i);
        QAction *action = colorMenu->addAction(swatch(color), color.name());
        action->setData(color);
        colorActions.append(action);
    }
    QAction *select = menu.addAction(tr("Select Its Cards"));
    menu.addSeparator();
    QAction *dissolve = menu.addAction(tr("Dissolve Cluster"));
    rename->setEnabled(editable);
    colorMenu->setEnabled(editable);
    dissolve->setEnabled(editable);

    QAction *chosen = menu.exec(screenPos);
    if (!chosen)
        return;
    if (chosen == rename && editable) {
        editClusterHeading(clusterId);
    } else if (colorActions.contains(chosen) && editable) {
        Cluster after = item->cluster();
        after.color = chosen->data().value<QColor>();
        commands::edit(m_document, after, tr("Colour cluster"));
    } else if (chosen == select) {
        QList<Id> ids;
        for (CardItem *card : std::as_const(m_cards)) {
            if (card->card().clusterId == clusterId)
                ids.append(card->cardId());
        }
        selectCards(ids);
    } else if (chosen == dissolve && editable) {
        commands::dissolveCluster(m_document, clusterId);
    }
}

// --- Background ----------------------------------------------------------------------------

void WallScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    WallBackground::paint(painter, rect, m_isTimeline ? &m_timeline : nullptr,
                          tr("Not on the timeline yet: cards without a year or lane"), m_areas);
}

} // namespace weitblick

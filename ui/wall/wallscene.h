#pragma once

#include "core/model/changeset.h"
#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace weitblick {

class CardItem;
class CardTextEditor;
class ClusterItem;
class ConferenceDocument;

// The card wall of one phase: a card item per card and a cluster item per cluster, kept in step
// with the document. It listens to the document's change signals and touches only the items
// that changed. It draws the Past timeline or the labelled areas behind the cards, and turns
// drags, drops and in-place edits into single undo steps through the command facade.
class WallScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // Asks the moderator for the heading of a new cluster; nothing when they cancel. Tests put
    // in their own answer.
    using HeadingPrompt = std::function<std::optional<QString>()>;

    explicit WallScene(ConferenceDocument *document, QObject *parent = nullptr);
    ~WallScene() override;

    ConferenceDocument *document() const { return m_document; }
    void setPhase(Id phaseId);
    Id phaseId() const { return m_phaseId; }
    bool isEditable() const;
    // The Past phase shows its timeline.
    bool isTimeline() const { return m_isTimeline; }
    const TimelineLayout &timeline() const { return m_timeline; }
    const WallAreas &areas() const { return m_areas; }

    void setHeadingPrompt(HeadingPrompt prompt) { m_headingPrompt = std::move(prompt); }

    CardItem *cardItem(Id cardId) const { return m_cards.value(cardId); }
    ClusterItem *clusterItem(Id clusterId) const { return m_clusters.value(clusterId); }
    int cardCount() const { return int(m_cards.size()); }
    QList<Id> selectedCardIds() const;
    void selectCards(const QList<Id> &cardIds);

    // Everything on the wall: cards, clusters, and the timeline or areas behind them.
    QRectF contentRect() const { return m_contentRect; }

    // Where a new card goes: the first free spot in reading order, in the part of the wall in
    // view; on a divided wall in the given column (strengths or weaknesses, prouds or sorries;
    // -1: the one in view) and in its group's row; on the timeline in the tray.
    QPointF freeSpotFor(const Card &card, const QRectF &visibleRect, int areaColumn = -1) const;
    // Adds the card of the current phase at a free spot; returns its id, or NoId.
    Id addCard(Card card, const QRectF &visibleRect, int areaColumn = -1);

    void editCardText(Id cardId);
    void editClusterHeading(Id clusterId);
    bool isEditingText() const;
    // Keeps what is typed in an open card or heading editor, as Enter would.
    void commitEditor();
    bool deleteSelection();
    // Groups the selected cards into a new cluster, asking for its heading.
    bool groupSelection();
    // Dissolves the clusters the selected cards are in.
    bool dissolveSelectedClusters();
    bool arrange();

signals:
    // The content rectangle changed size or place.
    void contentChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct DraggedCard
    {
        Id cardId;
        QPointF start;
    };

    void rebuild();
    void clearItems();
    void entityAdded(EntityKind kind, Id id);
    void entityChanged(EntityKind kind, Id id);
    void entityRemoved(EntityKind kind, Id id);
    void flush();

    void putCard(const Card &card);
    void removeCard(Id cardId);
    void putCluster(const Cluster &cluster);
    QColor fillFor(const Card &card) const;
    void placeCardItem(CardItem *item);
    void relayoutTimeline();
    void fitClusters(const QSet<Id> &clusterIds, const QSet<Id> &excludedCards = {});
    void updateContentRect();
    void updateEditable();
    QList<QRectF> obstacles() const;

    QGraphicsItem *topItemAt(QPointF scenePos, const QSet<QGraphicsItem *> &excluded = {}) const;
    QGraphicsItem *dropTargetAt(QPointF scenePos) const;
    void setDropTarget(QGraphicsItem *target);
    void commitCardDrag(QPointF dropPos);
    void commitClusterDrag();
    void resyncCards(const QList<DraggedCard> &cards);
    std::optional<QString> askHeading();
    void closeEditor();

    void showCardMenu(CardItem *item, const QPoint &screenPos);
    void showClusterMenu(ClusterItem *item, const QPoint &screenPos);

    ConferenceDocument *m_document;
    Id m_phaseId = NoId;
    bool m_isTimeline = false;
    TimelineLayout m_timeline;
    WallAreas m_areas;
    QHash<Id, CardItem *> m_cards;
    QHash<Id, ClusterItem *> m_clusters;
    QRectF m_contentRect;

    // Changes gathered from the single-entity signals, applied once per change set.
    QSet<Id> m_dirtyClusters;
    bool m_timelineDirty = false;
    bool m_backgroundDirty = false;
    bool m_contentDirty = false;

    QList<DraggedCard> m_draggedCards;
    ClusterItem *m_draggedCluster = nullptr;
    QPointF m_clusterDragStart;
    QPointF m_clusterDragLast;
    QGraphicsItem *m_dropTarget = nullptr;

    QPointer<CardTextEditor> m_editor;
    Id m_editedCard = NoId;
    Id m_editedCluster = NoId;
    HeadingPrompt m_headingPrompt;
};

} // namespace weitblick

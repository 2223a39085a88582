#pragma once

#include "core/model/changeset.h"
#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace weitblick {

class CardItem;
class ClusterItem;
class ConferenceDocument;
class WallDragController;
class WallMenuController;
class WallTextEditing;

// The card wall of one phase: a card item per card and a cluster item per cluster, kept in step
// with the document. It listens to the document's change signals and touches only the items
// that changed, and draws the Past timeline or the labelled areas behind the cards. Drags, the
// menus and keys, and the in-place editors are jobs of their own (WallDragController,
// WallMenuController, WallTextEditing); the scene hands them its events.
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
    std::optional<QString> askHeading();

    CardItem *cardItem(Id cardId) const { return m_cards.value(cardId); }
    ClusterItem *clusterItem(Id clusterId) const { return m_clusters.value(clusterId); }
    const QHash<Id, CardItem *> &cardItems() const { return m_cards; }
    int cardCount() const { return int(m_cards.size()); }
    QList<Id> selectedCardIds() const;
    void selectCards(const QList<Id> &cardIds);
    // The topmost card or cluster heading at the point, leaving out the excluded items.
    QGraphicsItem *topItemAt(QPointF scenePos, const QSet<QGraphicsItem *> &excluded = {}) const;

    // Everything on the wall: cards, clusters, and the timeline or areas behind them.
    QRectF contentRect() const { return m_contentRect; }

    // Adds the card to the current phase at a free spot (see NewCardPlacer; on a divided wall
    // in the given column), selects it and shows it in the views; returns its id, or NoId.
    Id addCard(const Card &card, int areaColumn = -1);

    void editCardText(Id cardId);
    void editClusterHeading(Id clusterId);
    bool isEditingText() const;
    // Keeps what is typed in an open card or heading editor, as Enter would.
    void commitEditor();
    // Deletes the selected cards; asks first when dots or a measure's link would go with them.
    bool deleteSelection();
    // Groups the selected cards into a new cluster, asking for its heading.
    bool groupSelection();
    // Dissolves the clusters the selected cards are in; asks first as deleteSelection() does.
    bool dissolveSelectedClusters();
    bool arrange();
    // The window the wall's questions belong to.
    QWidget *dialogParent() const;

    // Puts a card item where the document has its card (on the timeline at its year).
    void placeCardItem(CardItem *item);
    // Fits the clusters' frames around their cards; the excluded cards (being dragged away)
    // leave the frame while any other card stays in it.
    void fitClusters(const QSet<Id> &clusterIds, const QSet<Id> &excludedCards = {});

    // How often at most contentChanged() is emitted while the content keeps changing.
    static constexpr int ContentSignalIntervalMs = 100;

signals:
    // The content rectangle changed size or place. The first change is signalled at once;
    // further changes within ContentSignalIntervalMs are signalled once, at its end.
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

    void rebuild();
    void clearItems();
    void entityAdded(EntityKind kind, Id id);
    void entityChanged(EntityKind kind, Id id);
    void entityRemoved(EntityKind kind, Id id);
    void flush();

    void putCard(const Card &card);
    bool isOnThisWall(const Card &card) const;
    void removeCard(Id cardId);
    void putCluster(const Cluster &cluster);
    void removeCluster(Id clusterId);
    QColor fillFor(const Card &card) const;
    void relayoutTimeline();
    void updateContentRect();
    void setContentRect(QRectF content);
    void announceContentChange();
    void announceOwedContentChange();
    void updateEditable();

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
    QRectF m_contentGrowth; // of cards added since the last flush, when nothing else changed
    QTimer m_contentSignalWindow;
    bool m_contentSignalOwed = false;

    std::unique_ptr<WallDragController> m_drags;
    std::unique_ptr<WallMenuController> m_menus;
    std::unique_ptr<WallTextEditing> m_editing;
    HeadingPrompt m_headingPrompt;
};

} // namespace weitblick

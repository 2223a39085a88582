#pragma once

#include <QPoint>

class QGraphicsSceneContextMenuEvent;
class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace weitblick {

class CardItem;
class ClusterItem;
class WallScene;

// The wall's context menus and keys: the menu of the selected cards (text, colour, form, year
// and lane, cluster, delete) and of a cluster (rename, colour, select, dissolve); F2 or Enter
// edits the one selected card, a double-click edits the card or heading under the pointer.
// Each handler returns whether it took the event.
class WallMenuController
{
public:
    explicit WallMenuController(WallScene *scene);

    bool contextMenu(QGraphicsSceneContextMenuEvent *event);
    bool keyPressed(QKeyEvent *event);
    bool doubleClicked(QGraphicsSceneMouseEvent *event);

private:
    void showCardMenu(CardItem *item, const QPoint &screenPos);
    void showClusterMenu(ClusterItem *item, const QPoint &screenPos);

    WallScene *m_scene;
};

} // namespace weitblick

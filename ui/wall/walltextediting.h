#pragma once

#include "core/model/id.h"

#include <QObject>
#include <QPointer>

namespace weitblick {

class CardTextEditor;
class WallScene;

// The in-place editing of a wall: a card's text or a cluster's heading is typed over the item
// itself, and what is kept becomes one undo step. One editor at a time. The scene holds it and
// lets it go before its items, so that a closing editor never reports to a half-gone wall.
class WallTextEditing : public QObject
{
    Q_OBJECT

public:
    explicit WallTextEditing(WallScene *scene);
    ~WallTextEditing() override;

    void editCardText(Id cardId);
    void editClusterHeading(Id clusterId);
    bool isEditing() const { return !m_editor.isNull(); }
    // Keeps what is typed, as Enter would.
    void commit();
    // Drops the editor and what is typed in it.
    void close();
    // Closes the editor when the item it edits goes.
    void cardRemoved(Id cardId);
    void clusterRemoved(Id clusterId);

private:
    void open(CardTextEditor *editor);

    WallScene *m_scene;
    QPointer<CardTextEditor> m_editor;
    Id m_editedCard = NoId;
    Id m_editedCluster = NoId;
};

} // namespace weitblick

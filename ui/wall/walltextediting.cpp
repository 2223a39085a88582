#include "walltextediting.h"

#include "carditem.h"
#include "cardtexteditor.h"
#include "clusteritem.h"
#include "wallscene.h"

#include "core/commands/commands.h"

#include <QGraphicsView>

#include <algorithm>

namespace weitblick {

WallTextEditing::WallTextEditing(WallScene *scene) : m_scene(scene) {}

WallTextEditing::~WallTextEditing()
{
    // The editor must not report back while the items go.
    if (m_editor)
        m_editor->disconnect(this);
}

void WallTextEditing::editCardText(Id cardId)
{
    CardItem *item = m_scene->cardItem(cardId);
    if (!item || !m_scene->isEditable())
        return;
    close();
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
    m_editedCard = cardId;
    item->setEditing(true);
    connect(editor, &CardTextEditor::committed, this, [this, cardId](const QString &text) {
        close();
        ConferenceDocument *document = m_scene->document();
        const QString trimmed = text.trimmed();
        const Card *current = document->conference().find<Card>(cardId);
        if (current && !trimmed.isEmpty() && trimmed != current->text)
            commands::editCardText(document, cardId, trimmed);
    });
    open(editor);
}

void WallTextEditing::editClusterHeading(Id clusterId)
{
    ClusterItem *item = m_scene->clusterItem(clusterId);
    if (!item || !m_scene->isEditable())
        return;
    close();
    const CardLayout &layout = item->headingLayout();
    auto *editor = new CardTextEditor(item->cluster().heading,
                                      CardGeometry::font(CardForm::Heading,
                                                         layout.fontPixelSize),
                                      layout.textRect.width(), Qt::AlignHCenter, item);
    editor->setPos(item->headingRect().topLeft()
                   + QPointF(layout.textRect.left(),
                             std::min(layout.textRect.top(), CardGeometry::Padding)));
    editor->setBackground(Qt::white);
    m_editedCluster = clusterId;
    item->setEditing(true);
    connect(editor, &CardTextEditor::committed, this, [this, clusterId](const QString &text) {
        close();
        ConferenceDocument *document = m_scene->document();
        const QString trimmed = text.trimmed();
        const Cluster *current = document->conference().find<Cluster>(clusterId);
        // An emptied heading keeps the one it had: a cluster is found by its heading in the
        // ranking, the report and the measures made from it.
        if (current && !trimmed.isEmpty() && trimmed != current->heading)
            commands::renameCluster(document, clusterId, trimmed);
    });
    open(editor);
}

void WallTextEditing::open(CardTextEditor *editor)
{
    m_editor = editor;
    connect(editor, &CardTextEditor::cancelled, this, &WallTextEditing::close);
    const QList<QGraphicsView *> views = m_scene->views();
    if (!views.isEmpty() && !views.constFirst()->hasFocus())
        views.constFirst()->setFocus(Qt::OtherFocusReason);
    editor->start();
}

void WallTextEditing::commit()
{
    if (m_editor)
        m_editor->commit();
}

void WallTextEditing::close()
{
    if (!m_editor)
        return;
    CardTextEditor *editor = m_editor;
    m_editor = nullptr;
    editor->disconnect(this);
    if (CardItem *item = m_scene->cardItem(m_editedCard))
        item->setEditing(false);
    if (ClusterItem *item = m_scene->clusterItem(m_editedCluster))
        item->setEditing(false);
    m_editedCard = NoId;
    m_editedCluster = NoId;
    editor->hide();
    editor->deleteLater();
}

void WallTextEditing::cardRemoved(Id cardId)
{
    if (m_editedCard == cardId)
        close();
}

void WallTextEditing::clusterRemoved(Id clusterId)
{
    if (m_editedCluster == clusterId)
        close();
}

} // namespace weitblick

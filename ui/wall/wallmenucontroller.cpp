#include "wallmenucontroller.h"

#include "carditem.h"
#include "clusteritem.h"
#include "wallscene.h"

#include "ui/common/removalquestion.h"

#include "core/document/conferencedocument.h"
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

namespace weitblick {

namespace {

// Metaplan card colours for the context menu. The menus keep the translation context of the
// wall scene, where they were born.
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

constexpr TimelineLane Lanes[] = {TimelineLane::World, TimelineLane::Local,
                                  TimelineLane::Personal};

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(150));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

} // namespace

WallMenuController::WallMenuController(WallScene *scene) : m_scene(scene) {}

bool WallMenuController::contextMenu(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *item = m_scene->topItemAt(event->scenePos());
    if (auto *card = qgraphicsitem_cast<CardItem *>(item)) {
        showCardMenu(card, event->screenPos());
        event->accept();
        return true;
    }
    if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
        showClusterMenu(cluster, event->screenPos());
        event->accept();
        return true;
    }
    return false;
}

bool WallMenuController::keyPressed(QKeyEvent *event)
{
    const bool editKey = event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return
                         || event->key() == Qt::Key_Enter;
    if (!editKey || m_scene->isEditingText() || m_scene->focusItem() || !m_scene->isEditable())
        return false;
    const QList<Id> ids = m_scene->selectedCardIds();
    if (ids.size() != 1)
        return false;
    m_scene->editCardText(ids.constFirst());
    event->accept();
    return true;
}

bool WallMenuController::doubleClicked(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_scene->isEditable())
        return false;
    QGraphicsItem *item = m_scene->topItemAt(event->scenePos());
    if (auto *card = qgraphicsitem_cast<CardItem *>(item)) {
        m_scene->editCardText(card->cardId());
        event->accept();
        return true;
    }
    if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
        m_scene->editClusterHeading(cluster->clusterId());
        event->accept();
        return true;
    }
    return false;
}

void WallMenuController::showCardMenu(CardItem *item, const QPoint &screenPos)
{
    if (!item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    ConferenceDocument *document = m_scene->document();
    const QList<Id> ids = m_scene->selectedCardIds();
    const Id cardId = item->cardId();
    const Card card = item->card();
    const bool editable = m_scene->isEditable();
    bool inCluster = false;
    for (Id id : ids)
        inCluster = inCluster || m_scene->cardItem(id)->card().clusterId != NoId;

    QMenu menu;
    QAction *edit = menu.addAction(WallScene::tr("Edit Text"));
    QMenu *colorMenu = menu.addMenu(WallScene::tr("Colour"));
    QAction *groupColor = colorMenu->addAction(WallScene::tr("Colour of the Stakeholder Group"));
    colorMenu->addSeparator();
    QList<QAction *> colorActions;
    for (const PaletteEntry &entry : CardPalette) {
        const QColor color = QColor::fromString(QLatin1String(entry.color));
        QAction *action = colorMenu->addAction(swatch(color), WallScene::tr(entry.name));
        action->setData(color);
        colorActions.append(action);
    }
    QMenu *formMenu = menu.addMenu(WallScene::tr("Form"));
    const std::pair<CardForm, QString> forms[] = {
        {CardForm::Card, WallScene::tr("Card")},
        {CardForm::Oval, WallScene::tr("Oval Remark")},
        {CardForm::Heading, WallScene::tr("Heading Strip")}};
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
    if (m_scene->isTimeline()) {
        setYear = menu.addAction(WallScene::tr("Set Year..."));
        QMenu *laneMenu = menu.addMenu(WallScene::tr("Lane"));
        for (TimelineLane lane : Lanes) {
            QAction *action = laneMenu->addAction(TimelineLayout::laneName(lane));
            action->setCheckable(true);
            action->setChecked(card.lane == lane);
            action->setData(int(lane));
            laneActions.append(action);
        }
        QAction *offTimeline = laneMenu->addAction(WallScene::tr("Off the Timeline"));
        offTimeline->setData(int(TimelineLane::None));
        laneActions.append(offTimeline);
    }
    menu.addSeparator();
    QAction *takeOut = inCluster ? menu.addAction(WallScene::tr("Take Out of Cluster")) : nullptr;
    QAction *group = menu.addAction(WallScene::tr("Group into Cluster..."));
    menu.addSeparator();
    QAction *remove = menu.addAction(WallScene::tr("Delete"));
    for (QAction *action : menu.actions())
        action->setEnabled(editable);

    QAction *chosen = menu.exec(screenPos);
    if (!chosen || !editable)
        return;
    if (chosen == edit) {
        m_scene->editCardText(cardId);
    } else if (chosen == groupColor) {
        commands::setCardsColor(document, ids, QColor());
    } else if (colorActions.contains(chosen)) {
        commands::setCardsColor(document, ids, chosen->data().value<QColor>());
    } else if (formActions.contains(chosen)) {
        commands::setCardsForm(document, ids, CardForm(chosen->data().toInt()));
    } else if (chosen == setYear) {
        bool ok = false;
        const int year = QInputDialog::getInt(m_scene->views().value(0), WallScene::tr("Year"),
                                              WallScene::tr("Year of the event:"),
                                              card.year.value_or(QDate::currentDate().year()),
                                              1, 9999, 1, &ok);
        if (ok)
            commands::setCardYear(document, cardId, year,
                                  card.lane == TimelineLane::None ? TimelineLane::World
                                                                  : card.lane);
    } else if (laneActions.contains(chosen)) {
        const auto lane = TimelineLane(chosen->data().toInt());
        commands::setCardYear(document, cardId,
                              lane == TimelineLane::None ? std::nullopt : card.year, lane);
    } else if (chosen == takeOut) {
        commands::takeOutOfClusters(document, ids);
    } else if (chosen == group) {
        m_scene->groupSelection();
    } else if (chosen == remove) {
        RemovalQuestion::deleteCards(m_scene->dialogParent(), document, ids);
    }
}

void WallMenuController::showClusterMenu(ClusterItem *item, const QPoint &screenPos)
{
    ConferenceDocument *document = m_scene->document();
    const Id clusterId = item->clusterId();
    const bool editable = m_scene->isEditable();
    QMenu menu;
    QAction *rename = menu.addAction(WallScene::tr("Rename"));
    QMenu *colorMenu = menu.addMenu(WallScene::tr("Colour"));
    QList<QAction *> colorActions;
    for (int i = 0; i < 8; ++i) {
        const QColor color = commands::clusterColorFor(i);
        QAction *action = colorMenu->addAction(swatch(color), color.name());
        action->setData(color);
        colorActions.append(action);
    }
    QAction *select = menu.addAction(WallScene::tr("Select Its Cards"));
    menu.addSeparator();
    QAction *dissolve = menu.addAction(WallScene::tr("Dissolve Cluster"));
    rename->setEnabled(editable);
    colorMenu->setEnabled(editable);
    dissolve->setEnabled(editable);

    QAction *chosen = menu.exec(screenPos);
    if (!chosen)
        return;
    if (chosen == rename && editable) {
        m_scene->editClusterHeading(clusterId);
    } else if (colorActions.contains(chosen) && editable) {
        Cluster after = item->cluster();
        after.color = chosen->data().value<QColor>();
        commands::edit(document, after, WallScene::tr("Colour cluster"));
    } else if (chosen == select) {
        QList<Id> ids;
        for (CardItem *card : m_scene->cardItems()) {
            if (card->card().clusterId == clusterId)
                ids.append(card->cardId());
        }
        m_scene->selectCards(ids);
    } else if (chosen == dissolve && editable) {
        RemovalQuestion::dissolveClusters(m_scene->dialogParent(), document, {clusterId});
    }
}

} // namespace weitblick

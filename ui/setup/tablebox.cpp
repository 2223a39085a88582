#include "ui/common/messages.h"
#include "tablebox.h"

#include "groupcountsbar.h"
#include "seatlist.h"
#include "setuplists.h"

#include "core/commands/commands.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace weitblick {

TableBox::TableBox(ConferenceDocument *document, Id tableId, QWidget *parent)
    : QFrame(parent),
      m_document(document),
      m_tableId(tableId),
      m_title(new QLabel(this)),
      m_menuButton(new QToolButton(this)),
      m_counts(new GroupCountsBar(this)),
      m_list(new SeatList(tableId, this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_menuButton->setText(QStringLiteral("…"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setToolTip(tr("Rename or delete this table"));
    m_menuButton->setVisible(tableId != NoId);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_counts);
    layout->addWidget(m_list);

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &SeatList::customContextMenuRequested, this,
            &TableBox::showParticipantMenu);
    connect(m_list, &SeatList::participantsDropped, this, &TableBox::moveRequested);
    connect(m_menuButton, &QToolButton::clicked, this, [this] {
        showTableMenu(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height())));
    });
}

QString TableBox::title() const
{
    return m_title->text();
}

void TableBox::refresh(const QList<Id> &participantIds)
{
    const Conference &conference = m_document->conference();
    const QList<StakeholderGroup> groups = commands::orderedGroups(conference);

    QString name = m_tableId == NoId ? tr("Without a table")
                                     : SetupLists::tableLabel(conference, m_tableId);
    m_title->setText(tr("%1 (%2)").arg(name).arg(participantIds.size()));

    // Sorted by group order, then name: the groups at a table read as blocks of colour.
    QHash<Id, int> groupOrder;
    for (int i = 0; i < groups.size(); ++i)
        groupOrder.insert(groups.at(i).id, i);
    QList<const Participant *> people;
    people.reserve(participantIds.size());
    for (Id id : participantIds) {
        if (const Participant *p = conference.find<Participant>(id))
            people.append(p);
    }
    std::sort(people.begin(), people.end(), [&](const Participant *a, const Participant *b) {
        const int ga = groupOrder.value(a->groupId, int(groups.size()));
        const int gb = groupOrder.value(b->groupId, int(groups.size()));
        if (ga != gb)
            return ga < gb;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });

    QHash<Id, int> perGroup;
    for (const Participant *p : people)
        ++perGroup[p->groupId];
    QList<GroupCountsBar::Count> counts;
    for (const StakeholderGroup &group : groups)
        counts.append({group.name, group.color, perGroup.value(group.id)});
    if (perGroup.value(NoId) > 0)
        counts.append({tr("No group"), QColor(Qt::lightGray), perGroup.value(NoId)});
    m_counts->setCounts(counts);
    // The box has a fixed width (the plan's columns), so the rows of chips are known: the
    // plan's scroll area would otherwise give the bar the height of one row only.
    const QMargins margins = layout()->contentsMargins();
    m_counts->setFixedHeight(m_counts->heightForWidth(width() - 2 * frameWidth()
                                                      - margins.left() - margins.right()));

    // Skip the refill when nothing the list shows has changed: a move touches two tables, and
    // the others keep their selection and scroll position.
    QString key;
    for (const Participant *p : people) {
        key += QString::number(p->id) + QLatin1Char('\x1f') + p->name + QLatin1Char('\x1f')
               + p->organisation + QLatin1Char('\x1f')
               + SetupLists::groupColor(conference, p->groupId).name() + QLatin1Char('\x1f')
               + SetupLists::groupName(conference, p->groupId) + QLatin1Char('\x1e');
    }
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    m_list->clear();
    for (const Participant *p : people) {
        auto *item = new QListWidgetItem(p->name, m_list);
        item->setData(SeatList::IdRole, p->id);
        const QColor color = SetupLists::groupColor(conference, p->groupId);
        item->setIcon(SetupLists::swatch(color, 12));
        if (color.isValid())
            item->setBackground(SetupLists::pale(color));
        QString tip = p->name;
        if (!p->organisation.isEmpty())
            tip += QLatin1Char('\n') + p->organisation;
        const QString group = SetupLists::groupName(conference, p->groupId);
        if (!group.isEmpty())
            tip += QLatin1Char('\n') + group;
        item->setToolTip(messages::plainToolTip(tip));
    }
    m_list->updateGeometry();
}

void TableBox::setEditable(bool editable)
{
    m_editable = editable;
    m_list->setDragEnabled(editable);
    m_list->setAcceptDrops(editable);
    m_menuButton->setEnabled(editable);
}

void TableBox::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_tableId == NoId)
        return;
    showTableMenu(event->globalPos());
}

void TableBox::showTableMenu(const QPoint &globalPos)
{
    if (m_tableId == NoId)
        return;
    QMenu menu(this);
    QAction *rename = menu.addAction(tr("&Rename Table…"));
    QAction *remove = menu.addAction(tr("&Delete Table…"));
    rename->setEnabled(m_editable);
    remove->setEnabled(m_editable);
    QAction *chosen = menu.exec(globalPos);
    if (chosen == rename)
        emit renameRequested(m_tableId);
    else if (chosen == remove)
        emit deleteRequested(m_tableId);
}

void TableBox::showParticipantMenu(const QPoint &pos)
{
    if (QListWidgetItem *item = m_list->itemAt(pos); item && !item->isSelected()) {
        m_list->clearSelection();
        item->setSelected(true);
    }
    const QList<Id> ids = m_list->selectedParticipants();
    if (ids.isEmpty()) {
        showTableMenu(m_list->viewport()->mapToGlobal(pos));
        return;
    }
    QMenu menu(this);
    QMenu *moveTo = menu.addMenu(ids.size() == 1 ? tr("&Move to Table")
                                                 : tr("&Move %n to Table", nullptr,
                                                      int(ids.size())));
    moveTo->setEnabled(m_editable);
    const Conference &conference = m_document->conference();
    for (const Table &table : commands::orderedTables(conference)) {
        QAction *action = moveTo->addAction(SetupLists::tableLabel(table));
        action->setEnabled(table.id != m_tableId);
        connect(action, &QAction::triggered, this,
                [this, ids, id = table.id] { emit moveRequested(ids, id); });
    }
    if (m_tableId != NoId) {
        QAction *unseat = menu.addAction(tr("&Remove from Table"));
        unseat->setEnabled(m_editable);
        connect(unseat, &QAction::triggered, this,
                [this, ids] { emit moveRequested(ids, NoId); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace weitblick

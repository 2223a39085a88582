#include "ui/common/messages.h"
#include "groupeditor.h"

#include "setuplists.h"

#include "ui/common/typingdelegate.h"

#include "core/commands/commands.h"
#include "ui/common/screenfit.h"

#include <QColorDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

constexpr int IdRole = Qt::UserRole;

// Colours for new groups, distinct from each other and pale enough to be card colours.
const char *const newGroupColors[] = {"#f6d55c", "#8fd3f4", "#f4a4a4", "#a8e6a1",
                                      "#d3b4f0", "#ffc38a", "#b0c4de", "#e6c8a0"};

} // namespace

GroupEditor::GroupEditor(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_list(new QTreeWidget(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_color(new QPushButton(tr("&Colour…"), this)),
      m_up(new QPushButton(tr("Move &Up"), this)),
      m_down(new QPushButton(tr("Move &Down"), this)),
      m_delete(new QPushButton(tr("De&lete…"), this)),
      m_readOnly(new QLabel(this)),
      m_problem(new QLabel(this))
{
    m_list->setHeaderLabels({tr("Stakeholder group"), tr("Participants"), tr("Cards")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ParticipantsColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CardsColumn, QHeaderView::ResizeToContents);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_list->setToolTip(tr("Double-click a name to rename the group, its colour to change it."));

    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_color, m_up, m_down, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row, 1);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &GroupEditor::addGroup);
    connect(m_color, &QPushButton::clicked, this, &GroupEditor::chooseColor);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_delete, &QPushButton::clicked, this, &GroupEditor::deleteCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &GroupEditor::updateButtons);
    // A refused name's message goes when the moderator turns to another group, but not with
    // the click that refused it: the open name editor commits as the click moves on.
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_problemJustShown)
            m_problem->hide();
    });
    connect(m_list, &QTreeWidget::itemChanged, this, &GroupEditor::onItemChanged);
    m_list->setItemDelegate(new TypingDelegate(m_list));
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *, int column) {
                if (column != NameColumn)
                    chooseColor();
            });
    connect(m_document, &ConferenceDocument::changesApplied, this, &GroupEditor::onChanges);
    connect(m_document, &ConferenceDocument::readOnlyChanged, this, [this] {
        rebuild();
        updateButtons();
    });

    rebuild();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void GroupEditor::showDialog(ConferenceDocument *document, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Stakeholder Groups"));
    auto *editor = new GroupEditor(document, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    screenfit::resize(&dialog, QSize(520, 380));
    dialog.exec();
}

Id GroupEditor::currentGroup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, IdRole).value<Id>() : NoId;
}

void GroupEditor::setCurrentGroup(Id groupId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, IdRole).value<Id>() == groupId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void GroupEditor::rebuild()
{
    const Conference &conference = m_document->conference();
    QHash<Id, int> participants;
    QHash<Id, int> cards;
    for (const Participant &p : conference.all<Participant>())
        ++participants[p.groupId];
    for (const Card &c : conference.all<Card>())
        ++cards[c.groupId];

    const Id current = currentGroup();
    const QList<StakeholderGroup> groups = commands::orderedGroups(conference);
    // The same groups in the same order: update the items in place, so that an open name
    // editor (whose commit may be what brought us here) keeps its item.
    bool sameItems = m_list->topLevelItemCount() == groups.size();
    for (int i = 0; sameItems && i < groups.size(); ++i) {
        const Id listed = m_list->topLevelItem(i)->data(NameColumn, IdRole).value<Id>();
        sameItems = listed == groups.at(i).id;
    }

    m_rebuilding = true;
    if (!sameItems)
        m_list->clear();
    const bool editable = !m_document->isReadOnly();
    for (int i = 0; i < groups.size(); ++i) {
        const StakeholderGroup &group = groups.at(i);
        QTreeWidgetItem *item = sameItems ? m_list->topLevelItem(i) : new QTreeWidgetItem(m_list);
        item->setData(NameColumn, IdRole, group.id);
        item->setText(NameColumn, group.name);
        item->setIcon(NameColumn, SetupLists::swatch(group.color, 16));
        item->setToolTip(NameColumn, group.color.name());
        item->setText(ParticipantsColumn, QString::number(participants.value(group.id)));
        item->setText(CardsColumn, QString::number(cards.value(group.id)));
        item->setTextAlignment(ParticipantsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(CardsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(editable ? item->flags() | Qt::ItemIsEditable
                                : item->flags() & ~Qt::ItemIsEditable);
    }
    m_rebuilding = false;
    setCurrentGroup(current);
    m_readOnly->setText(editable ? QString()
                                 : tr("Read-only: %1").arg(m_document->readOnlyReason()));
    m_readOnly->setVisible(!editable);
}

void GroupEditor::onChanges(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        const EntityKind kind = change.kind();
        if (kind == EntityKind::StakeholderGroup || kind == EntityKind::Participant
            || kind == EntityKind::Card) {
            rebuild();
            updateButtons();
            return;
        }
    }
}

void GroupEditor::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding || column != NameColumn)
        return;
    const Id id = item->data(NameColumn, IdRole).value<Id>();
    const StakeholderGroup *group = m_document->conference().find<StakeholderGroup>(id);
    if (!group)
        return;
    const QString name = item->text(NameColumn).trimmed();
    const Id namesake = commands::groupNamed(m_document->conference(), name);
    const bool taken = namesake != NoId && namesake != id;
    m_problem->setText(taken ? tr("“%1” is the name of another group, so “%2” keeps its name: "
                                  "two groups of one name cannot be told apart in imports, "
                                  "votes and the report.")
                                   .arg(name, group->name)
                             : QString());
    m_problem->setVisible(taken);
    if (taken) {
        m_problemJustShown = true;
        QTimer::singleShot(0, this, [this] { m_problemJustShown = false; });
    }
    if (name.isEmpty() || name == group->name || taken) {
        // An empty or taken name is refused: show the old one again.
        QSignalBlocker blocker(m_list);
        item->setText(NameColumn, group->name);
        return;
    }
    StakeholderGroup renamed = *group;
    renamed.name = name;
    if (!commands::editGroup(m_document, renamed)) {
        QSignalBlocker blocker(m_list);
        item->setText(NameColumn, group->name);
    }
}

void GroupEditor::updateButtons()
{
    const bool editable = !m_document->isReadOnly();
    QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? m_list->indexOfTopLevelItem(item) : -1;
    m_add->setEnabled(editable);
    m_color->setEnabled(editable && item);
    m_up->setEnabled(editable && index > 0);
    m_down->setEnabled(editable && item && index < m_list->topLevelItemCount() - 1);
    m_delete->setEnabled(editable && item);
}

void GroupEditor::addGroup()
{
    const int count = int(m_document->conference().all<StakeholderGroup>().size());
    StakeholderGroup group;
    group.name = tr("New group");
    for (int n = 2; commands::groupNamed(m_document->conference(), group.name) != NoId; ++n)
        group.name = tr("New group %1").arg(n);
    group.color = QColor::fromString(
        QLatin1String(newGroupColors[count % std::size(newGroupColors)]));
    const Id id = commands::addGroup(m_document, group);
    if (id == NoId)
        return;
    setCurrentGroup(id);
    if (QTreeWidgetItem *item = m_list->currentItem())
        m_list->editItem(item, NameColumn);
}

void GroupEditor::chooseColor()
{
    const StakeholderGroup *group = m_document->conference().find<StakeholderGroup>(currentGroup());
    if (!group || m_document->isReadOnly())
        return;
    const QColor color = QColorDialog::getColor(group->color, this,
                                                tr("Colour of “%1”").arg(group->name));
    // The document may have changed while the dialog was open.
    group = m_document->conference().find<StakeholderGroup>(currentGroup());
    if (!color.isValid() || !group || color == group->color)
        return;
    StakeholderGroup recoloured = *group;
    recoloured.color = color;
    commands::editGroup(m_document, recoloured);
}

void GroupEditor::moveCurrent(int step)
{
    const Id id = currentGroup();
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (id == NoId || !commands::moveGroup(m_document, id, index + step))
        return;
    setCurrentGroup(id);
    updateButtons();
}

void GroupEditor::deleteCurrent()
{
    const Conference &conference = m_document->conference();
    const StakeholderGroup *group = conference.find<StakeholderGroup>(currentGroup());
    if (!group || m_document->isReadOnly())
        return;
    int participants = 0;
    int cards = 0;
    for (const Participant &p : conference.all<Participant>())
        participants += p.groupId == group->id;
    for (const Card &c : conference.all<Card>())
        cards += c.groupId == group->id;

    QString question = tr("Delete the stakeholder group “%1”?").arg(group->name);
    if (participants + cards > 0) {
        question += QLatin1Char('\n')
                    + tr("%1 and %2 belong to it. They are kept, without a group.")
                          .arg(tr("%n participant(s)", nullptr, participants),
                               tr("%n card(s)", nullptr, cards));
    }
    if (!messages::confirmDelete(this, tr("Delete Stakeholder Group"), question))
        return;
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (commands::removeGroup(m_document, currentGroup()) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(qMin(index, m_list->topLevelItemCount() - 1)));
    updateButtons();
}

} // namespace weitblick

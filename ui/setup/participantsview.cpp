#include "participantsview.h"

#include "participantimportdialog.h"
#include "participantsdelegate.h"
#include "participantsfiltermodel.h"
#include "participantsmodel.h"
#include "setuplists.h"

#include "core/commands/commands.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace weitblick {

ParticipantsView::ParticipantsView(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(new ParticipantsModel(document, this)),
      m_filter(new ParticipantsFilterModel(this)),
      m_search(new QLineEdit(this)),
      m_group(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add Participant"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_import(new QPushButton(tr("&Import from CSV…"), this)),
      m_table(new QTableView(this)),
      m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search name, organisation, group, table…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    // As wide as the longest group's name: a name cut short is hard to pick.
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_group->setToolTip(tr("Show the participants of one stakeholder group"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true); // a long read-only reason must not widen the window

    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ParticipantsDelegate(document, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view need not measure a thousand rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ParticipantsModel::OrganisationColumn, QHeaderView::Stretch);
    header->resizeSection(ParticipantsModel::NameColumn, 220);
    header->resizeSection(ParticipantsModel::GroupColumn, 200);
    // The group column fits the longest group name: they are few, and cut names look alike.
    int groupWidth = header->sectionSize(ParticipantsModel::GroupColumn);
    for (const StakeholderGroup &group : document->conference().all<StakeholderGroup>())
        groupWidth = qMax(groupWidth, m_table->fontMetrics().horizontalAdvance(group.name) + 44);
    header->resizeSection(ParticipantsModel::GroupColumn, qMin(groupWidth, 320));
    header->resizeSection(ParticipantsModel::TableColumn, 110);
    header->resizeSection(ParticipantsModel::SteeringColumn, 150);

    auto *remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ParticipantsView::deleteSelected);
    m_table->addAction(remove);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_group);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    bar->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ParticipantsFilterModel::setSearchText);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setGroupFilter(m_group->currentData().value<Id>());
    });
    connect(m_add, &QPushButton::clicked, this, &ParticipantsView::addParticipant);
    connect(m_delete, &QPushButton::clicked, this, &ParticipantsView::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, &ParticipantsView::importCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsView::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ParticipantsView::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ParticipantsView::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ParticipantsView::updateState);
    connect(m_document, &ConferenceDocument::readOnlyChanged, this,
            &ParticipantsView::updateState);
    connect(m_document, &ConferenceDocument::changesApplied, this,
            [this](const ChangeSet &changes) {
                for (const EntityChange &change : changes.changes()) {
                    if (change.kind() == EntityKind::StakeholderGroup) {
                        rebuildGroupFilter();
                        return;
                    }
                }
            });

    rebuildGroupFilter();
    updateState();
}

void ParticipantsView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ParticipantsView::setGroupFilter(Id groupId)
{
    const int index = m_group->findData(groupId);
    if (index >= 0)
        m_group->setCurrentIndex(index);
}

void ParticipantsView::rebuildGroupFilter()
{
    const Id current = m_group->count() > 0 ? m_group->currentData().value<Id>()
                                             : ParticipantsFilterModel::AnyGroup;
    QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), ParticipantsFilterModel::AnyGroup);
    for (const StakeholderGroup &group : commands::orderedGroups(m_document->conference()))
        m_group->addItem(SetupLists::swatch(group.color), group.name, group.id);
    m_group->addItem(tr("No group"), NoId);
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(qMax(index, 0));
    blocker.unblock();
    // The filtered group may have gone.
    m_filter->setGroupFilter(m_group->currentData().value<Id>());
}

void ParticipantsView::updateState()
{
    const bool editable = !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_import->setEnabled(editable);
    m_delete->setEnabled(editable && m_table->selectionModel()->hasSelection());
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text = shown == total ? tr("%n participant(s)", nullptr, total)
                                  : tr("%1 of %n participant(s) shown", nullptr, total).arg(shown);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (selected > 1)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    if (!editable)
        text += QStringLiteral(" · ") + tr("Read-only: %1").arg(m_document->readOnlyReason());
    m_count->setText(text);
}

QList<Id> ParticipantsView::selectedParticipants() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ParticipantsModel::IdRole).value<Id>());
    return ids;
}

void ParticipantsView::addParticipant()
{
    Participant participant;
    participant.name = tr("New participant");
    const Id group = m_filter->groupFilter();
    if (group != ParticipantsFilterModel::AnyGroup)
        participant.groupId = group;
    // The search would hide the new row.
    m_search->clear();
    const Id id = commands::addParticipant(m_document, participant);
    if (id == NoId)
        return;
    const QModelIndex index = m_filter->mapFromSource(
        m_model->index(m_model->rowOf(id), ParticipantsModel::NameColumn));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
}

void ParticipantsView::deleteSelected()
{
    const QList<Id> ids = selectedParticipants();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    // Keep the moderator's place: select the row that takes the place of the first one gone.
    int row = m_filter->rowCount();
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        row = qMin(row, index.row());
    commands::removeParticipants(m_document, ids);
    const int rows = m_filter->rowCount();
    if (rows > 0)
        m_table->selectRow(qMin(row, rows - 1));
}

void ParticipantsView::importCsv()
{
    ParticipantImportDialog::importParticipants(m_document, this);
}

} // namespace weitblick

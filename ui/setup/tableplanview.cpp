#include "ui/common/messages.h"
#include "tableplanview.h"

#include "setuplists.h"
#include "tablebox.h"

#include "core/analysis/seating.h"
#include "core/commands/commands.h"
#include "ui/common/fieldbinder.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace weitblick {

namespace {
constexpr int BoxWidth = 236;
constexpr int Spacing = 10;
constexpr int UsualTableSize = 8; // the method seats eight at a table
} // namespace

TablePlanView::TablePlanView(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_addTable(new QPushButton(tr("&Add Table"), this)),
      m_createTables(new QPushButton(tr("&Create Tables…"), this)),
      m_mixed(new QPushButton(tr("&Mixed Seating (Max-Mix)"), this)),
      m_byGroup(new QPushButton(tr("Seating by &Group"), this)),
      m_balance(new QLabel(this)),
      m_legend(new QWidget(this)),
      m_scroll(new QScrollArea(this)),
      m_plan(new QWidget),
      m_grid(new QGridLayout(m_plan))
{
    m_mixed->setToolTip(tr("Seat everyone so that every table has its fair share of each "
                           "stakeholder group. Click again for another mix."));
    m_byGroup->setToolTip(tr("Seat each stakeholder group at tables of its own."));
    m_balance->setTextFormat(Qt::PlainText);
    m_balance->setWordWrap(true); // no long verdict or reason may widen the window

    m_grid->setSpacing(Spacing);
    m_grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll->setWidget(m_plan);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Window);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_addTable);
    bar->addWidget(m_createTables);
    bar->addSpacing(16);
    bar->addWidget(m_mixed);
    bar->addWidget(m_byGroup);
    bar->addSpacing(16);
    bar->addWidget(m_balance, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_legend);
    layout->addWidget(m_scroll, 1);
    new QHBoxLayout(m_legend);
    m_legend->layout()->setContentsMargins(0, 0, 0, 0);

    connect(m_addTable, &QPushButton::clicked, this, &TablePlanView::addTable);
    connect(m_createTables, &QPushButton::clicked, this, &TablePlanView::askCreateTables);
    connect(m_mixed, &QPushButton::clicked, this, &TablePlanView::seatMixed);
    connect(m_byGroup, &QPushButton::clicked, this, &TablePlanView::seatByGroup);
    connect(m_document, &ConferenceDocument::changesApplied, this, &TablePlanView::onChanges);
    connect(m_document, &ConferenceDocument::readOnlyChanged, this, &TablePlanView::updateState);

    rebuildLegend();
    rebuild();
}

QList<Id> TablePlanView::tableIds() const
{
    QList<Id> ids;
    for (const Table &table : commands::orderedTables(m_document->conference()))
        ids.append(table.id);
    return ids;
}

void TablePlanView::onChanges(const ChangeSet &changes)
{
    bool groups = false;
    bool seats = false;
    for (const EntityChange &change : changes.changes()) {
        const EntityKind kind = change.kind();
        groups = groups || kind == EntityKind::StakeholderGroup;
        seats = seats || kind == EntityKind::Participant || kind == EntityKind::Table;
    }
    if (groups)
        rebuildLegend();
    if (groups || seats)
        rebuild();
}

void TablePlanView::rebuildLegend()
{
    // The chips in the boxes are in group order; the legend says which colour is which.
    auto *layout = static_cast<QHBoxLayout *>(m_legend->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int size = fontMetrics().height() - 2;
    for (const StakeholderGroup &group : commands::orderedGroups(m_document->conference())) {
        auto *swatch = new QLabel(m_legend);
        swatch->setPixmap(SetupLists::swatch(group.color, size).pixmap(size, size));
        auto *name = new QLabel(group.name, m_legend);
        name->setTextFormat(Qt::PlainText);
        layout->addWidget(swatch);
        layout->addWidget(name);
        layout->addSpacing(12);
    }
    layout->addStretch();
}

void TablePlanView::rebuild()
{
    const Conference &conference = m_document->conference();
    QList<Id> order = tableIds();
    QHash<Id, QList<Id>> seated;
    for (const Participant &p : conference.all<Participant>())
        seated[conference.find<Table>(p.tableId) ? p.tableId : NoId].append(p.id);
    // The box of those without a table only while there are any, or no tables at all.
    if (!seated.value(NoId).isEmpty() || order.isEmpty())
        order.append(NoId);

    // Boxes of tables that are gone go; the others are kept and refilled.
    for (auto it = m_boxes.begin(); it != m_boxes.end();) {
        if (!order.contains(it.key())) {
            m_grid->removeWidget(it.value());
            it.value()->hide();
            // Later: a drop on this box may still be on the stack.
            it.value()->deleteLater();
            it = m_boxes.erase(it);
        } else {
            ++it;
        }
    }
    for (Id id : std::as_const(order)) {
        TableBox *box = m_boxes.value(id);
        if (!box) {
            box = new TableBox(m_document, id, m_plan);
            box->setFixedWidth(BoxWidth);
            connect(box, &TableBox::moveRequested, this, &TablePlanView::moveParticipants);
            connect(box, &TableBox::renameRequested, this, &TablePlanView::askRenameTable);
            connect(box, &TableBox::deleteRequested, this, &TablePlanView::askDeleteTable);
            m_boxes.insert(id, box);
        }
        box->refresh(seated.value(id));
    }
    const bool orderChanged = order != m_order;
    m_order = order;
    relayout(orderChanged);
    updateState();
}

void TablePlanView::relayout(bool force)
{
    const int available = m_scroll->viewport()->width() - m_grid->contentsMargins().left()
                          - m_grid->contentsMargins().right();
    const int columns = qMax(1, (available + Spacing) / (BoxWidth + Spacing));
    if (!force && columns == m_columns)
        return;
    m_columns = columns;
    for (TableBox *box : std::as_const(m_boxes))
        m_grid->removeWidget(box);
    for (int i = 0; i < m_order.size(); ++i) {
        TableBox *box = m_boxes.value(m_order.at(i));
        m_grid->addWidget(box, i / columns, i % columns, Qt::AlignTop);
        box->show();
    }
}

bool TablePlanView::eventFilter(QObject *watched, QEvent *event)
{
    // The columns follow the width of the scroll area's viewport, which is known only after
    // the scroll area has laid itself out (and shown or hidden its scroll bar).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

bool TablePlanView::isBalanced() const
{
    const Conference &conference = m_document->conference();
    const QList<Id> tables = tableIds();
    if (tables.isEmpty() || conference.all<Participant>().isEmpty())
        return false; // nobody seated is no mix
    QHash<Id, Id> seating;
    for (const Participant &p : conference.all<Participant>())
        seating.insert(p.id, p.tableId);
    return seating::isMaxMix(conference, seating, tables);
}

QString TablePlanView::balanceText() const
{
    return m_balance->text();
}

void TablePlanView::updateState()
{
    const bool editable = !m_document->isReadOnly();
    const Conference &conference = m_document->conference();
    const bool hasTables = !conference.all<Table>().isEmpty();
    const bool hasParticipants = !conference.all<Participant>().isEmpty();
    m_addTable->setEnabled(editable);
    m_createTables->setEnabled(editable);
    m_mixed->setEnabled(editable && hasTables && hasParticipants);
    m_byGroup->setEnabled(editable && hasTables && hasParticipants);
    for (TableBox *box : std::as_const(m_boxes))
        box->setEditable(editable);

    int unseated = 0;
    for (const Participant &p : conference.all<Participant>())
        unseated += !conference.find<Table>(p.tableId);
    QString text;
    if (!hasTables)
        text = tr("No tables yet: create them first.");
    else if (!hasParticipants)
        text = tr("No participants yet: add them under Participants, then seat them here.");
    else if (isBalanced())
        text = tr("✔ Balanced: every table has its fair share of each group (max-mix).");
    else if (unseated > 0)
        text = tr("Not balanced: %n participant(s) without a table.", nullptr, unseated);
    else
        text = tr("Not balanced: some tables have more or fewer of a group than their fair "
                  "share (max-mix).");
    if (!editable)
        text += QStringLiteral(" · ") + tr("Read-only: %1").arg(m_document->readOnlyReason());
    m_balance->setText(text);
}

bool TablePlanView::moveParticipants(const QList<Id> &participantIds, Id tableId)
{
    QHash<Id, Id> seating;
    for (Id id : participantIds)
        seating.insert(id, tableId);
    return seat(seating);
}

bool TablePlanView::seat(const QHash<Id, Id> &seating)
{
    if (m_document->isReadOnly())
        return false;
    return commands::assignSeats(m_document, seating);
}

Id TablePlanView::addTable()
{
    const Id id = commands::createTables(m_document, 1);
    if (TableBox *added = box(id))
        m_scroll->ensureWidgetVisible(added);
    return id;
}

bool TablePlanView::createTables(int count)
{
    return commands::createTables(m_document, count) != NoId;
}

bool TablePlanView::renameTable(Id tableId, const QString &name)
{
    const Table *table = m_document->conference().find<Table>(tableId);
    if (!table)
        return false;
    Table renamed = *table;
    renamed.name = name.trimmed();
    return commands::editTable(m_document, renamed);
}

bool TablePlanView::deleteTable(Id tableId)
{
    return commands::removeTable(m_document, tableId);
}

bool TablePlanView::seatMixed()
{
    const bool done = seat(seating::maxMix(m_document->conference(), tableIds(), m_seed));
    ++m_seed;
    return done;
}

bool TablePlanView::seatByGroup()
{
    return seat(seating::byGroup(m_document->conference(), tableIds()));
}

int TablePlanView::suggestedTableCount() const
{
    const Conference &conference = m_document->conference();
    if (!conference.all<Table>().isEmpty())
        return 1;
    const int participants = conference.all<Participant>().size();
    return qMax(1, int(std::ceil(participants / double(UsualTableSize))));
}

void TablePlanView::askCreateTables()
{
    bool ok = false;
    const int participants = m_document->conference().all<Participant>().size();
    const int count = QInputDialog::getInt(
        this, tr("Create Tables"),
        tr("How many tables shall be added? (%n participant(s); the method seats about eight "
           "at a table.)", nullptr, participants),
        suggestedTableCount(), 1, 500, 1, &ok);
    if (ok)
        createTables(count);
}

void TablePlanView::askRenameTable(Id tableId)
{
    const Table *table = m_document->conference().find<Table>(tableId);
    if (!table)
        return;
    const QString before = table->name;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Rename Table"));
    dialog.setLabelText(tr("Name of table %1 (empty: “%2”):")
                            .arg(table->number)
                            .arg(tr("Table %1").arg(table->number)));
    dialog.setTextValue(SetupLists::tableLabel(*table));
    // The name is saved as it is typed, like every other field, so that a crash while the
    // question is open loses nothing; Cancel takes back what was saved.
    const auto saveTyped = [this, tableId, &dialog] {
        const Table *current = m_document->conference().find<Table>(tableId);
        if (current && current->name != dialog.textValue().trimmed())
            renameTable(tableId, dialog.textValue());
    };
    FieldBinder binder(saveTyped);
    connect(&dialog, &QInputDialog::textValueChanged, &binder, &FieldBinder::edited);
    if (dialog.exec() == QDialog::Accepted) {
        saveTyped();
    } else if (const Table *current = m_document->conference().find<Table>(tableId);
               current && current->name != before) {
        renameTable(tableId, before);
    }
}

void TablePlanView::askDeleteTable(Id tableId)
{
    const Conference &conference = m_document->conference();
    const Table *table = conference.find<Table>(tableId);
    if (!table)
        return;
    int participants = 0;
    int cards = 0;
    for (const Participant &p : conference.all<Participant>())
        participants += p.tableId == tableId;
    for (const Card &c : conference.all<Card>())
        cards += c.tableId == tableId;
    if (participants + cards > 0) {
        QString question = tr("Delete “%1”?").arg(SetupLists::tableLabel(*table))
                           + QLatin1Char('\n')
                           + tr("%1 and %2 are at this table. They are kept, without a table.")
                                 .arg(tr("%n participant(s)", nullptr, participants),
                                      tr("%n card(s)", nullptr, cards));
        if (!messages::confirmDelete(this, tr("Delete Table"), question))
            return;
    }
    deleteTable(tableId);
}

} // namespace weitblick

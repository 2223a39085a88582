#include "phasenavigator.h"

#include "core/commands/commands.h"
#include "phasedialog.h"
#include "ui/common/messages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

enum Role { PageRole = Qt::UserRole, PhaseIdRole };

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

bool touchesPhases(const ChangeSet &changes)
{
    return std::any_of(changes.changes().cbegin(), changes.changes().cend(),
                       [](const EntityChange &c) { return c.kind() == EntityKind::Phase; });
}

} // namespace

PhaseNavigator::PhaseNavigator(QWidget *parent)
    : QWidget(parent),
      m_tree(new QTreeWidget(this)),
      m_add(toolButton(tr("+"), tr("Add a phase"), this)),
      m_edit(toolButton(tr("Edit…"), tr("Title, guiding question, time box, state and wall"), this)),
      m_up(toolButton(tr("▲"), tr("Move the phase up"), this)),
      m_down(toolButton(tr("▼"), tr("Move the phase down"), this)),
      m_delete(toolButton(tr("Delete"), tr("Delete this custom phase with its cards"), this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_setupItem = new QTreeWidgetItem(m_tree, {tr("Set-up")});
    m_phasesItem = new QTreeWidgetItem(m_tree, {tr("Phases")});
    m_followUpItem = new QTreeWidgetItem(m_tree, {tr("Follow-up")});
    for (QTreeWidgetItem *section : {m_setupItem, m_phasesItem, m_followUpItem}) {
        section->setFlags(Qt::ItemIsEnabled);
        QFont font = section->font(0);
        font.setBold(true);
        section->setFont(0, font);
    }
    auto *participants = new QTreeWidgetItem(m_setupItem, {tr("Participants")});
    participants->setData(0, PageRole, int(Page::Participants));
    auto *tables = new QTreeWidgetItem(m_setupItem, {tr("Table plan")});
    tables->setData(0, PageRole, int(Page::TablePlan));
    const QList<QPair<QString, Page>> followUp = {{tr("Measures"), Page::Measures},
                                                  {tr("Project organisation"), Page::Organisation},
                                                  {tr("Reviews"), Page::Reviews}};
    for (const auto &[title, page] : followUp) {
        auto *item = new QTreeWidgetItem(m_followUpItem, {title});
        item->setData(0, PageRole, int(page));
    }
    m_tree->expandAll();
    // Only phases have a time box: the other rows may use the whole width.
    for (QTreeWidgetItem *section : {m_setupItem, m_phasesItem, m_followUpItem}) {
        section->setFirstColumnSpanned(true);
        for (int i = 0; i < section->childCount(); ++i)
            section->child(i)->setFirstColumnSpanned(true);
    }

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        emitSelection();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent() == m_phasesItem)
            editPhase();
    });
    connect(m_add, &QToolButton::clicked, this, &PhaseNavigator::addPhase);
    connect(m_edit, &QToolButton::clicked, this, &PhaseNavigator::editPhase);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_delete, &QToolButton::clicked, this, &PhaseNavigator::deletePhase);

    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_edit, m_up, m_down, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void PhaseNavigator::setDocument(ConferenceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ConferenceDocument::changesApplied, this,
                [this](const ChangeSet &changes) {
                    if (touchesPhases(changes))
                        rebuild();
                });
        connect(m_document, &ConferenceDocument::readOnlyChanged, this,
                &PhaseNavigator::updateButtons);
    }
    rebuild();
}

QSize PhaseNavigator::sizeHint() const
{
    // Wide enough for every row: a phase's title beside its time box and state.
    const QAbstractItemView *view = m_tree; // QTreeView hides sizeHintForColumn()
    const int columns = view->sizeHintForColumn(0) + view->sizeHintForColumn(1);
    const int chrome = 2 * m_tree->frameWidth() + m_tree->verticalScrollBar()->sizeHint().width();
    const QSize hint = QWidget::sizeHint();
    return {std::max(hint.width(), columns + chrome), hint.height()};
}

QSize PhaseNavigator::minimumSizeHint() const
{
    // The splitter may not squeeze the usual rows; an unusually long title may be cut (its
    // tooltip names it).
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50;
    return {std::min(sizeHint().width(), widest), QWidget::minimumSizeHint().height()};
}

Id PhaseNavigator::currentPhase() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->parent() == m_phasesItem ? item->data(0, PhaseIdRole).toLongLong() : NoId;
}

QTreeWidgetItem *PhaseNavigator::itemOfPhase(Id phaseId) const
{
    for (int i = 0; i < m_phasesItem->childCount(); ++i) {
        if (m_phasesItem->child(i)->data(0, PhaseIdRole).toLongLong() == phaseId)
            return m_phasesItem->child(i);
    }
    return nullptr;
}

void PhaseNavigator::selectPhase(Id phaseId)
{
    if (QTreeWidgetItem *item = itemOfPhase(phaseId))
        m_tree->setCurrentItem(item);
}

bool PhaseNavigator::selectPhaseAt(int index)
{
    if (index < 0 || index >= m_phasesItem->childCount())
        return false;
    m_tree->setCurrentItem(m_phasesItem->child(index));
    return true;
}

void PhaseNavigator::selectPage(Page page)
{
    for (QTreeWidgetItem *section : {m_setupItem, m_followUpItem}) {
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, PageRole).toInt() == int(page))
                m_tree->setCurrentItem(section->child(i));
        }
    }
}

void PhaseNavigator::rebuild()
{
    const Id current = currentPhase();
    const int currentIndex = m_phasesItem->indexOfChild(m_tree->currentItem());
    QSignalBlocker blocker(m_tree);
    qDeleteAll(m_phasesItem->takeChildren());
    if (m_document) {
        int number = 1;
        for (const Phase &phase : commands::orderedPhases(m_document->conference())) {
            auto *item = new QTreeWidgetItem(
                m_phasesItem,
                {tr("%1. %2").arg(number++).arg(phase.title),
                 tr("%1 min · %2").arg(phase.timeBoxMinutes).arg(PhaseDialog::stateName(phase.state))});
            item->setData(0, PageRole, int(Page::Phase));
            item->setData(0, PhaseIdRole, phase.id);
            item->setToolTip(0, messages::plainToolTip(phase.guidingQuestion.isEmpty()
                                                           ? phase.title
                                                           : tr("%1: %2").arg(
                                                                 phase.title,
                                                                 phase.guidingQuestion)));
            if (phase.state == PhaseState::Running) {
                QFont font = item->font(0);
                font.setBold(true);
                item->setFont(0, font);
                item->setFont(1, font);
            }
        }
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *item = itemOfPhase(current)) {
        m_tree->setCurrentItem(item);
    } else if (current != NoId && m_phasesItem->childCount() > 0) {
        // The shown phase was deleted: show its neighbour instead of a page of nothing.
        m_tree->setCurrentItem(
            m_phasesItem->child(std::min(currentIndex, m_phasesItem->childCount() - 1)));
        blocker.unblock();
        emitSelection();
    }
    updateButtons();
}

void PhaseNavigator::emitSelection()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, PageRole).isValid())
        return;
    const auto page = Page(item->data(0, PageRole).toInt());
    if (page == Page::Phase)
        emit phaseSelected(item->data(0, PhaseIdRole).toLongLong());
    else
        emit pageSelected(page);
}

void PhaseNavigator::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const Id phaseId = currentPhase();
    const Phase *phase = m_document ? m_document->conference().find<Phase>(phaseId) : nullptr;
    const int index = phase ? m_phasesItem->indexOfChild(m_tree->currentItem()) : -1;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && phase);
    m_up->setEnabled(editable && phase && index > 0);
    m_down->setEnabled(editable && phase && index < m_phasesItem->childCount() - 1);
    m_delete->setEnabled(editable && phase && phase->kind == PhaseKind::Custom);
}

void PhaseNavigator::addPhase()
{
    Phase phase;
    phase.kind = PhaseKind::Custom;
    phase.title = tr("New phase");
    phase.timeBoxMinutes = 30;
    // Added first, as one undo step, so that the dialog saves into it as the moderator types;
    // Ctrl+Z takes the new phase back.
    const Id id = commands::addPhase(m_document, phase);
    if (id == NoId)
        return;
    selectPhase(id);
    PhaseDialog dialog(m_document, id, this);
    dialog.exec();
}

void PhaseNavigator::editPhase()
{
    const Phase *phase = m_document->conference().find<Phase>(currentPhase());
    if (!phase)
        return;
    PhaseDialog dialog(m_document, phase->id, this);
    dialog.exec();
}

void PhaseNavigator::moveCurrent(int step)
{
    const Id phaseId = currentPhase();
    const int index = m_phasesItem->indexOfChild(m_tree->currentItem());
    if (commands::movePhase(m_document, phaseId, index + step))
        selectPhase(phaseId);
}

void PhaseNavigator::deletePhase()
{
    const Phase *phase = m_document->conference().find<Phase>(currentPhase());
    if (!phase || phase->kind != PhaseKind::Custom)
        return;
    int cards = 0;
    for (const Card &card : m_document->conference().all<Card>())
        cards += card.phaseId == phase->id;
    if (messages::ask(this, tr("Delete Phase"),
                      tr("Delete the phase “%1” with its %n card(s)? You can undo this.",
                         nullptr, cards).arg(phase->title)))
        commands::removePhase(m_document, phase->id);
}

} // namespace weitblick

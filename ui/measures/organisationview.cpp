#include "organisationview.h"

#include "progressdelegate.h"

#include "core/commands/commands.h"
#include "core/measures/measurecount.h"
#include "core/measures/measurefilter.h"
#include "core/measures/measuretexts.h"
#include "core/measures/progressrollup.h"
#include "ui/common/messages.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

constexpr int SubProjectRole = Qt::UserRole + 1;
constexpr int MeasureRole = Qt::UserRole + 2;

} // namespace

OrganisationView::OrganisationView(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_today(QDate::currentDate()),
      m_overallLabel(new QLabel(this)),
      m_overall(new QProgressBar(this)),
      m_committee(new QListWidget(this)),
      m_tree(new QTreeWidget(this)),
      m_add(new QPushButton(tr("&Add Sub-project"), this)),
      m_delete(new QPushButton(tr("Delete Sub-project"), this))
{
    m_overallLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_overallLabel->font();
    bold.setBold(true);
    m_overallLabel->setFont(bold);
    m_overall->setRange(0, 100);
    m_overall->setFormat(QStringLiteral("%p %"));

    m_committee->setSelectionMode(QAbstractItemView::NoSelection);
    m_committee->setFocusPolicy(Qt::NoFocus);
    // A member's organisation wraps onto a second line rather than needing a scroll bar.
    m_committee->setWordWrap(true);
    m_committee->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Sub-project / measure"), tr("Leader / owner"),
                             tr("Team / status"), tr("Progress")});
    m_tree->setItemDelegate(new ProgressDelegate(m_tree)); // every column: even row heights
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->resizeSection(Lead, 150);
    m_tree->header()->resizeSection(Team, 220);
    m_tree->header()->resizeSection(Progress, 150);

    auto *committeeBox = new QGroupBox(tr("Steering Committee (Steuerkreis)"), this);
    auto *committeeLayout = new QVBoxLayout(committeeBox);
    committeeLayout->addWidget(m_committee);
    auto *committeeHint = new QLabel(tr("Members are the participants marked as steering "
                                        "committee in the participant list."),
                                     committeeBox);
    committeeHint->setTextFormat(Qt::PlainText);
    committeeHint->setWordWrap(true);
    committeeLayout->addWidget(committeeHint);

    auto *projectsBox = new QGroupBox(tr("Sub-projects (Teilprojekte)"), this);
    auto *projectsLayout = new QVBoxLayout(projectsBox);
    projectsLayout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *editHint = new QLabel(tr("F2 or a double click edits a sub-project's name, leader "
                                   "and team."),
                                projectsBox);
    editHint->setTextFormat(Qt::PlainText);
    buttons->addWidget(editHint);
    projectsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(committeeBox);
    splitter->addWidget(projectsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 1000});

    auto *top = new QHBoxLayout;
    top->addWidget(m_overallLabel);
    top->addWidget(m_overall, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::itemChanged, this, &OrganisationView::commitItem);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_delete->setEnabled(item && item->data(0, SubProjectRole).toLongLong() != NoId
                             && !item->parent() && !m_document->isReadOnly());
    });
    connect(m_add, &QPushButton::clicked, this, &OrganisationView::addSubProject);
    connect(m_delete, &QPushButton::clicked, this, &OrganisationView::deleteSubProject);
    connect(document, &ConferenceDocument::changesApplied, this,
            &OrganisationView::changesApplied);
    m_delete->setEnabled(false);
    rebuild();
}

void OrganisationView::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

QString OrganisationView::overallText() const
{
    return m_overallLabel->text();
}

void OrganisationView::rebuild()
{
    m_rebuilding = true;
    const Conference &conference = m_document->conference();

    const Rollup all = ProgressRollup::ofConference(conference);
    m_overallLabel->setText(tr("Whole conference: %1")
                                .arg(MeasureTexts::countText(MeasureCount::of(conference,
                                                                              m_today))));
    m_overall->setValue(qRound(all.percent));

    m_committee->clear();
    for (const Participant &p : conference.all<Participant>()) {
        if (!p.steeringCommittee)
            continue;
        const QString text = p.organisation.isEmpty()
                                 ? p.name
                                 : p.name + QStringLiteral(" – ") + p.organisation;
        m_committee->addItem(text);
    }
    if (m_committee->count() == 0)
        m_committee->addItem(tr("(nobody marked yet)"));

    const Id current = m_tree->currentItem()
                           ? m_tree->currentItem()->data(0, SubProjectRole).toLongLong()
                           : NoId;
    QSet<Id> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->data(0, SubProjectRole).toLongLong());
    }
    m_tree->clear();

    const QHash<Id, Rollup> rollups = ProgressRollup::bySubProject(conference);
    QHash<Id, QList<const Measure *>> measuresOf;
    MeasureFilter everything;
    for (const Measure *m : everything.apply(conference))
        measuresOf[m->subProjectId].append(m);

    QList<std::pair<Id, const SubProject *>> groups;
    for (const SubProject &s : conference.all<SubProject>())
        groups.append({s.id, &s});
    if (measuresOf.contains(NoId))
        groups.append({NoId, nullptr});

    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem *currentItem = nullptr;
    for (const auto &[id, sub] : groups) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, SubProjectRole, id);
        if (sub) {
            item->setText(Name, sub->name);
            item->setToolTip(Name, messages::plainToolTip(sub->name));
            item->setText(Lead, sub->leader);
            item->setToolTip(Lead, messages::plainToolTip(sub->leader));
            item->setText(Team, sub->team);
            item->setToolTip(Team, messages::plainToolTip(sub->team));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        } else {
            item->setText(Name, MeasureTexts::withoutSubProject());
        }
        item->setFont(Name, bold);
        const Rollup r = rollups.value(id);
        if (!r.isEmpty())
            item->setData(Progress, ProgressDelegate::PercentRole, r.percent);
        else
            item->setText(Progress, tr("no measures"));
        item->setToolTip(Progress,
                         MeasureTexts::countText(MeasureCount::of(measuresOf.value(id), m_today)));
        for (const Measure *m : measuresOf.value(id)) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, SubProjectRole, id);
            child->setData(0, MeasureRole, m->id);
            // Names may be cut short in their columns: hovering shows them whole.
            child->setText(Name, m->title);
            child->setToolTip(Name, messages::plainToolTip(m->title));
            child->setText(Lead, m->owner);
            child->setToolTip(Lead, messages::plainToolTip(m->owner));
            const MeasureHealth health = MeasureHealthRule::of(*m, m_today);
            QString status = MeasureTexts::statusText(m->status);
            const QString warning = MeasureTexts::healthText(health);
            if (!warning.isEmpty()) {
                status += QStringLiteral(" · ") + warning;
                const QColor background = health == MeasureHealth::Overdue
                                              ? QColor(0xf8, 0xd0, 0xd0)
                                              : QColor(0xfc, 0xe8, 0xb8);
                for (int c = 0; c < ColumnCount; ++c) {
                    child->setBackground(c, background);
                    child->setForeground(c, QColor(Qt::black));
                }
                child->setIcon(Team, QApplication::style()->standardIcon(
                                         health == MeasureHealth::Overdue
                                             ? QStyle::SP_MessageBoxCritical
                                             : QStyle::SP_MessageBoxWarning));
            } else if (m->status == MeasureStatus::Dropped) {
                for (int c = 0; c < ColumnCount; ++c)
                    child->setForeground(c, QColor(Qt::gray));
            }
            child->setText(Team, status);
            if (m->status != MeasureStatus::Dropped)
                child->setData(Progress, ProgressDelegate::PercentRole,
                               ProgressRollup::effectiveProgress(*m));
        }
        item->setExpanded(!collapsed.contains(id));
        if (id == current && !currentItem)
            currentItem = item;
    }
    if (currentItem)
        m_tree->setCurrentItem(currentItem);
    m_rebuilding = false;
}

void OrganisationView::commitItem(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding || item->parent())
        return;
    const SubProject *current = m_document->conference().find<SubProject>(
        item->data(0, SubProjectRole).toLongLong());
    if (!current)
        return;
    SubProject s = *current;
    const QString text = item->text(column).trimmed();
    if (column == Name && !text.isEmpty())
        s.name = text;
    else if (column == Lead)
        s.leader = text;
    else if (column == Team)
        s.team = text;
    // The tree is rebuilt after this signal returns: its items must outlive their own
    // itemChanged.
    m_editingItem = true;
    if (!(s == *current))
        commands::editSubProject(m_document, s);
    m_editingItem = false;
    QTimer::singleShot(0, this, &OrganisationView::rebuild); // also shows an empty name undone
}

void OrganisationView::addSubProject()
{
    SubProject s;
    s.name = tr("New sub-project");
    const Id id = commands::addSubProject(m_document, s);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, SubProjectRole).toLongLong() == id) {
            m_tree->setCurrentItem(item, Name);
            m_tree->editItem(item, Name);
        }
    }
}

void OrganisationView::deleteSubProject()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->parent())
        return;
    // The id, not the pointers: the question's event loop may change the conference.
    const Id id = item->data(0, SubProjectRole).toLongLong();
    const SubProject *s = m_document->conference().find<SubProject>(id);
    if (!s || !messages::confirmDelete(this, tr("Delete Sub-project"),
                                       tr("Delete the sub-project \u201c%1\u201d? Its measures "
                                          "stay, without a sub-project.")
                                           .arg(s->name)))
        return;
    commands::removeSubProject(m_document, id);
}

void OrganisationView::changesApplied(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        const EntityKind kind = change.kind();
        if (kind == EntityKind::Measure || kind == EntityKind::SubProject
            || kind == EntityKind::Participant) {
            if (!m_editingItem)
                rebuild();
            return;
        }
    }
}

} // namespace weitblick

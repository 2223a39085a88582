#include "measurespage.h"

#include "measureeditor.h"
#include "measurefromrankingdialog.h"
#include "measurelistmodel.h"

#include "core/commands/commands.h"
#include "core/measures/measuretexts.h"
#include "core/measures/progressrollup.h"
#include "ui/common/messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// The "any" entry of a filter box.
constexpr int AnyValue = -2;

} // namespace

MeasuresPage::MeasuresPage(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(new MeasureListModel(document, this)),
      m_owner(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_subProject(new QComboBox(this)),
      m_attention(new QCheckBox(tr("Only &overdue and at risk"), this)),
      m_list(new QTableView(this)),
      m_editor(new MeasureEditor(document, this)),
      m_summary(new QLabel(this)),
      m_new(new QPushButton(tr("&New Measure"), this)),
      m_fromRanking(new QPushButton(tr("Measure from &Ranked Item…"), this)),
      m_delete(new QPushButton(tr("Delete Measure"), this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    // The short columns fit their heading and values in either language; the names share
    // the rest, cut short where they must (their tooltip shows them whole).
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(MeasureListModel::Title, QHeaderView::Stretch);
    for (const int column : {MeasureListModel::Health, MeasureListModel::Deadline,
                             MeasureListModel::Status, MeasureListModel::Progress})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(MeasureListModel::SubProject, 150);
    m_list->setColumnWidth(MeasureListModel::Owner, 130);
    // The measure's name never shrinks below its heading; a narrow list scrolls instead.
    header->setMinimumSectionSize(header->sectionSizeHint(MeasureListModel::Title));

    // A row for each box, so that each can be as wide as its longest choice.
    for (QComboBox *box : {m_subProject, m_owner, m_status})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filters = new QGridLayout;
    auto *ownerLabel = new QLabel(tr("O&wner"), this);
    ownerLabel->setBuddy(m_owner);
    auto *statusLabel = new QLabel(tr("S&tatus"), this);
    statusLabel->setBuddy(m_status);
    auto *subLabel = new QLabel(tr("S&ub-project"), this);
    subLabel->setBuddy(m_subProject);
    filters->addWidget(subLabel, 0, 0);
    filters->addWidget(m_subProject, 0, 1, Qt::AlignLeft);
    filters->addWidget(ownerLabel, 1, 0);
    filters->addWidget(m_owner, 1, 1, Qt::AlignLeft);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_attention);
    statusRow->addStretch();
    filters->addWidget(statusLabel, 2, 0);
    filters->addLayout(statusRow, 2, 1);
    filters->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_fromRanking);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 620});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_subProject, m_owner);
    setTabOrder(m_owner, m_status);
    setTabOrder(m_status, m_attention);
    setTabOrder(m_attention, m_list);
    setTabOrder(m_list, m_editor->titleEdit());

    fillFilterChoices();
    for (QComboBox *box : {m_owner, m_status, m_subProject})
        connect(box, &QComboBox::currentIndexChanged, this, &MeasuresPage::applyFilter);
    connect(m_attention, &QCheckBox::toggled, this, &MeasuresPage::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_editor->setMeasure(m_model->measureAt(current.row()));
                m_delete->setEnabled(current.isValid() && !m_document->isReadOnly());
            });
    // The selection survives the model's resets (edits re-sort the list).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptMeasure = m_editor->measure(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectMeasure(m_keptMeasure);
        updateSummary();
    });
    connect(m_new, &QPushButton::clicked, this, &MeasuresPage::newMeasure);
    connect(m_fromRanking, &QPushButton::clicked, this, &MeasuresPage::measureFromRanking);
    connect(m_delete, &QPushButton::clicked, this, &MeasuresPage::deleteMeasure);
    // Enter in the list goes to the editor.
    connect(m_list, &QTableView::activated, this, [this] { m_editor->titleEdit()->setFocus(); });
    connect(document, &ConferenceDocument::changesApplied, this, &MeasuresPage::changesApplied);

    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    updateSummary();
}

void MeasuresPage::setToday(QDate today)
{
    m_model->setToday(today);
}

void MeasuresPage::selectMeasure(Id measureId)
{
    const int row = m_model->rowOf(measureId);
    if (row < 0) {
        m_list->clearSelection();
        m_list->setCurrentIndex({});
        // Filtered out by an edit: the editor stays on it until something else is chosen.
        m_editor->setMeasure(measureId);
        return;
    }
    m_list->selectRow(row);
    m_list->scrollTo(m_model->index(row, 0));
}

Id MeasuresPage::selectedMeasure() const
{
    return m_model->measureAt(m_list->currentIndex().row());
}

void MeasuresPage::fillFilterChoices()
{
    const Conference &conference = m_document->conference();
    const QVariant owner = m_owner->currentData();
    const QString ownerText = m_owner->currentText();
    const QVariant sub = m_subProject->currentData();
    const QSignalBlocker b1(m_owner), b2(m_subProject), b3(m_status);

    m_owner->clear();
    m_owner->addItem(tr("All owners"), AnyValue);
    for (const QString &name : MeasureFilter::owners(conference))
        m_owner->addItem(name, name);
    if (owner.isValid() && owner.toInt() != AnyValue)
        m_owner->setCurrentIndex(std::max(0, m_owner->findText(ownerText)));

    m_subProject->clear();
    m_subProject->addItem(tr("All sub-projects"), AnyValue);
    for (const SubProject &s : conference.all<SubProject>())
        m_subProject->addItem(s.name, s.id);
    m_subProject->addItem(MeasureTexts::withoutSubProject(), NoId);
    if (sub.isValid())
        m_subProject->setCurrentIndex(std::max(0, m_subProject->findData(sub)));

    if (m_status->count() == 0) {
        m_status->addItem(tr("All statuses"), AnyValue);
        for (int s = 0; s < MeasureStatusCount; ++s)
            m_status->addItem(MeasureTexts::statusText(MeasureStatus(s)), s);
    }
    // Each box is as wide as its longest choice: a choice cut short is hard to pick.
    for (QComboBox *box : {m_subProject, m_owner, m_status})
        box->setMinimumWidth(box->sizeHint().width());
}

void MeasuresPage::applyFilter()
{
    MeasureFilter filter;
    if (m_owner->currentIndex() > 0)
        filter.owner = m_owner->currentText();
    if (m_status->currentIndex() > 0)
        filter.status = MeasureStatus(m_status->currentData().toInt());
    if (m_subProject->currentIndex() > 0)
        filter.subProjectId = m_subProject->currentData().toLongLong();
    filter.needsAttentionOnly = m_attention->isChecked();
    m_model->setFilter(filter);
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->selectRow(0);
}

void MeasuresPage::updateSummary()
{
    const Conference &conference = m_document->conference();
    const MeasureCount count = MeasureCount::of(conference, m_model->today());
    const Rollup all = ProgressRollup::ofConference(conference);
    m_summary->setText(tr("Showing %1 of %2 measures · %3 overdue · %4 at risk · "
                          "%5 % done overall (each measure counts equally, dropped ones not)")
                           .arg(m_model->rowCount())
                           .arg(count.total)
                           .arg(count.overdue)
                           .arg(count.atRisk)
                           .arg(qRound(all.percent)));
}

void MeasuresPage::changesApplied(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        if (change.kind() == EntityKind::Measure || change.kind() == EntityKind::SubProject) {
            // A filtered owner renamed away or sub-project deleted falls back to "All":
            // the list follows the boxes.
            const QVariant owner = m_owner->currentData();
            const QVariant subProject = m_subProject->currentData();
            fillFilterChoices();
            if (m_owner->currentData() != owner || m_subProject->currentData() != subProject)
                applyFilter();
            updateSummary();
            return;
        }
    }
}

void MeasuresPage::newMeasure()
{
    Measure measure;
    measure.title = tr("New measure");
    if (const SubProject *sub = m_document->conference().find<SubProject>(
            m_subProject->currentData().toLongLong()))
        measure.subProjectId = sub->id;
    const Id id = commands::addMeasure(m_document, measure);
    if (id == NoId)
        return;
    showNewMeasure(id);
    m_editor->titleEdit()->setFocus();
    m_editor->titleEdit()->selectAll();
}

void MeasuresPage::showNewMeasure(Id measureId)
{
    if (m_model->rowOf(measureId) < 0) { // hidden by the filter: show everything
        const QSignalBlocker b1(m_owner), b2(m_status), b3(m_attention), b4(m_subProject);
        m_owner->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_attention->setChecked(false);
        m_subProject->setCurrentIndex(0);
        applyFilter();
    }
    selectMeasure(measureId);
}

void MeasuresPage::measureFromRanking()
{
    MeasureFromRankingDialog dialog(m_document, this);
    dialog.exec();
    if (!dialog.created().isEmpty())
        showNewMeasure(dialog.created().constLast());
}

void MeasuresPage::deleteMeasure()
{
    const Measure *measure = m_document->conference().find<Measure>(selectedMeasure());
    if (!measure)
        return;
    // The id, not the pointer: the question's event loop may change the conference.
    const Id measureId = measure->id;
    if (!messages::confirmDelete(this, tr("Delete Measure"),
                                 tr("Delete the measure \u201c%1\u201d with its criteria and "
                                    "reviews?")
                                     .arg(measure->title)))
        return;
    commands::removeMeasure(m_document, measureId);
}

} // namespace weitblick

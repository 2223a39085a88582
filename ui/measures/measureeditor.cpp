#include "measureeditor.h"

#include "numbertext.h"
#include "plaintextfield.h"

#include "ui/common/datefield.h"
#include "ui/common/fieldbinder.h"
#include "ui/common/typingdelegate.h"

#include "core/commands/commands.h"
#include "core/measures/datetext.h"
#include "core/measures/measurehistory.h"
#include "core/measures/measuretexts.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// A date field that may stay empty: then it has no date.
DateField *makeDateField(QWidget *parent, const QString &noneText)
{
    auto *field = new DateField(parent);
    field->setPlaceholderText(noneText);
    return field;
}

// The typed date, or the stored one while the text is no date yet.
QDate dateOf(const DateField *field, QDate stored)
{
    bool ok = false;
    const QDate date = field->date(&ok);
    return ok ? date : stored;
}

// Shows the stored text, except in the field being typed in when the file holds what it means
// (a pause saved it trimmed) or refused it (an emptied title): the moderator is not done yet.
void showText(QLineEdit *edit, const QString &text)
{
    const QString typed = edit->text().trimmed();
    if (edit->hasFocus() && (typed == text || typed.isEmpty()))
        return;
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

QString numberText(const std::optional<double> &value)
{
    return value ? NumberText::format(*value) : QString();
}

} // namespace

MeasureEditor::MeasureEditor(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_heading(new QLabel(this)),
      m_source(new QLabel(this)),
      m_title(new QLineEdit(this)),
      m_description(new PlainTextField(this)),
      m_subProject(new QComboBox(this)),
      m_owner(new QLineEdit(this)),
      m_team(new QLineEdit(this)),
      m_start(makeDateField(this, tr("no start date"))),
      m_deadline(makeDateField(this, tr("no deadline"))),
      m_dateProblem(new QLabel(this)),
      m_status(new QComboBox(this)),
      m_progress(new QSpinBox(this)),
      m_criteria(new QTableWidget(0, CriterionColumns, this)),
      m_addCriterion(new QPushButton(tr("Add Criterion"), this)),
      m_removeCriterion(new QPushButton(tr("Remove Criterion"), this)),
      m_communication(new PlainTextField(this)),
      m_ownerNames(new QStringListModel(this)),
      m_binder(new FieldBinder([this] { commit(); }, this))
{
    auto *completer = new QCompleter(m_ownerNames, m_owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_owner->setCompleter(completer);

    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_description->setPlaceholderText(tr("What is to be done, and why"));
    m_description->setMaximumHeight(90);
    for (int s = 0; s < MeasureStatusCount; ++s)
        m_status->addItem(MeasureTexts::statusText(MeasureStatus(s)), s);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_progress->setSingleStep(5);
    m_communication->setPlaceholderText(tr("Who informs whom, how, and how often"));
    m_communication->setMaximumHeight(80);

    m_criteria->setHorizontalHeaderLabels({tr("Indicator"), tr("Unit"), tr("Baseline"),
                                           tr("Target"), tr("Current"), tr("Due")});
    m_criteria->horizontalHeaderItem(Due)->setToolTip(
        tr("A date such as %1").arg(DateText::format(QDate::currentDate())));
    m_criteria->setWordWrap(false);
    m_criteria->horizontalHeader()->setSectionResizeMode(Indicator, QHeaderView::Stretch);
    // Never narrower than its heading: a narrow editor scrolls the table instead.
    m_criteria->horizontalHeader()->setMinimumSectionSize(
        m_criteria->horizontalHeader()->sectionSizeHint(Indicator));
    m_criteria->verticalHeader()->hide();
    m_criteria->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_criteria->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_criteria->setMinimumHeight(110);
    m_criteria->setSelectionBehavior(QAbstractItemView::SelectItems);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Su&b-project"), m_subProject);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("T&eam"), m_team);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    auto *deadlineLabel = new QLabel(tr("Dead&line"), this);
    deadlineLabel->setBuddy(m_deadline);
    dates->addWidget(deadlineLabel);
    dates->addWidget(m_deadline);
    dates->addStretch();
    // Labels of their own: QFormLayout gives a row holding a layout no buddy for its mnemonic.
    auto *startLabel = new QLabel(tr("&Start"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, dates);
    m_dateProblem->setObjectName(QStringLiteral("dateProblem"));
    m_dateProblem->setTextFormat(Qt::PlainText);
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dateProblem->hide();
    form->addRow(QString(), m_dateProblem);
    auto *state = new QHBoxLayout;
    state->addWidget(m_status);
    auto *progressLabel = new QLabel(tr("&Progress"), this);
    progressLabel->setBuddy(m_progress);
    state->addWidget(progressLabel);
    state->addWidget(m_progress);
    state->addStretch();
    auto *statusLabel = new QLabel(tr("St&atus"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, state);

    auto *criteriaLabel = new QLabel(tr("&Controlling criteria"), this);
    criteriaLabel->setBuddy(m_criteria);
    auto *criteriaButtons = new QHBoxLayout;
    criteriaButtons->addWidget(m_addCriterion);
    criteriaButtons->addWidget(m_removeCriterion);
    criteriaButtons->addStretch();
    auto *communicationLabel = new QLabel(tr("Co&mmunication agreement"), this);
    communicationLabel->setBuddy(m_communication);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_source);
    layout->addLayout(form);
    layout->addWidget(criteriaLabel);
    layout->addWidget(m_criteria, 1);
    layout->addLayout(criteriaButtons);
    layout->addWidget(communicationLabel);
    layout->addWidget(m_communication);

    setTabOrder(m_title, m_description);
    setTabOrder(m_description, m_subProject);
    setTabOrder(m_subProject, m_owner);
    setTabOrder(m_owner, m_team);
    setTabOrder(m_team, m_start);
    setTabOrder(m_start, m_deadline);
    setTabOrder(m_deadline, m_status);
    setTabOrder(m_status, m_progress);
    setTabOrder(m_progress, m_criteria);
    setTabOrder(m_criteria, m_addCriterion);
    setTabOrder(m_addCriterion, m_removeCriterion);
    setTabOrder(m_removeCriterion, m_communication);

    for (QLineEdit *edit : {m_title, m_owner, m_team})
        m_binder->watch(edit);
    for (PlainTextField *field : {m_description, m_communication}) {
        m_binder->watch(field);
        connect(field, &PlainTextField::editingFinished, m_binder, &FieldBinder::commitNow);
    }
    for (DateField *field : {m_start, m_deadline}) {
        m_binder->watch(field);
        connect(field, &DateField::datePicked, m_binder, &FieldBinder::commitNow);
        connect(field, &DateField::textChanged, this, &MeasureEditor::showDateProblem);
    }
    m_binder->watch(m_progress);
    m_criteria->setItemDelegate(new TypingDelegate(m_criteria));
    connect(m_subProject, &QComboBox::activated, this, &MeasureEditor::commit);
    connect(m_status, &QComboBox::activated, this, &MeasureEditor::commit);
    connect(m_criteria, &QTableWidget::itemChanged, this, &MeasureEditor::commitCriterion);
    connect(m_addCriterion, &QPushButton::clicked, this, &MeasureEditor::addCriterion);
    connect(m_removeCriterion, &QPushButton::clicked, this, &MeasureEditor::removeCriterion);
    connect(document, &ConferenceDocument::changesApplied, this, &MeasureEditor::changesApplied);
    connect(document, &ConferenceDocument::readOnlyChanged, this, &MeasureEditor::updateEnabled);
    load();
}

void MeasureEditor::setMeasure(Id measureId)
{
    if (measureId == m_measureId)
        return;
    FieldBinder::flushAll(); // what was typed belongs to the measure shown so far
    m_measureId = measureId;
    load();
}

void MeasureEditor::updateEnabled()
{
    const bool editable = m_document->conference().find<Measure>(m_measureId)
                          && !m_document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_title, m_description, m_subProject, m_owner, m_team, m_start, m_deadline,
             m_status, m_progress, m_criteria, m_addCriterion, m_removeCriterion,
             m_communication})
        w->setEnabled(editable);
}

void MeasureEditor::showDateProblem()
{
    // Kept as typed, since the other date may be the one to change next; but said, as the
    // conference's dates are.
    bool startOk = false;
    bool deadlineOk = false;
    const QDate start = m_start->date(&startOk);
    const QDate deadline = m_deadline->date(&deadlineOk);
    const bool late = startOk && deadlineOk && start.isValid() && deadline.isValid()
                      && start > deadline;
    m_dateProblem->setText(late ? tr("The start is after the deadline.") : QString());
    m_dateProblem->setVisible(late);
}

void MeasureEditor::load()
{
    m_loading = true;
    const Conference &conference = m_document->conference();
    const Measure *measure = conference.find<Measure>(m_measureId);
    const Measure empty;
    const Measure &m = measure ? *measure : empty;
    m_heading->setText(measure ? m.title : tr("No measure selected"));

    QString source;
    if (const Cluster *cluster = conference.find<Cluster>(m.sourceClusterId))
        source = tr("From the cluster \u201c%1\u201d").arg(cluster->heading);
    if (const Card *card = conference.find<Card>(m.sourceCardId)) {
        const QString cardText = tr("from the card \u201c%1\u201d")
                                     .arg(card->text.simplified().left(80));
        source = source.isEmpty() ? cardText.left(1).toUpper() + cardText.mid(1)
                                  : source + QStringLiteral(", ") + cardText;
    }
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());

    showText(m_title, m.title);
    m_description->setTextQuietly(m.description);

    m_subProject->clear();
    m_subProject->addItem(tr("(none)"), NoId);
    for (const SubProject &sub : conference.all<SubProject>())
        m_subProject->addItem(sub.name, sub.id);
    m_subProject->setCurrentIndex(std::max(0, m_subProject->findData(m.subProjectId)));

    showText(m_owner, m.owner);
    // Owners are mostly participants, or someone who already owns a measure.
    QStringList names;
    for (const Participant &p : conference.all<Participant>())
        names << p.name;
    for (const Measure &other : conference.all<Measure>())
        names << other.owner;
    names.removeDuplicates();
    m_ownerNames->setStringList(names);

    showText(m_team, m.team);
    m_start->setDate(m.startDate);
    m_deadline->setDate(m.deadline);
    m_status->setCurrentIndex(int(m.status));
    m_progress->setValue(m.progress);
    m_communication->setTextQuietly(m.communication);
    loadCriteria();
    m_loading = false;
    updateEnabled();
}

void MeasureEditor::loadCriteria()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QList<Criterion> criteria = MeasureHistory::criteriaOf(m_document->conference(),
                                                                 m_measureId);
    m_criteria->setRowCount(int(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        const Criterion &c = criteria.at(row);
        const QString texts[CriterionColumns] = {
            c.indicator,           c.unit,
            numberText(c.baseline), numberText(c.target),
            numberText(c.current), DateText::format(c.due)};
        for (int column = 0; column < CriterionColumns; ++column) {
            QTableWidgetItem *item = m_criteria->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_criteria->setItem(row, column, item);
            }
            item->setText(texts[column]);
            if (column == Indicator || column == Unit) // may be cut short in a narrow editor
                item->setToolTip(messages::plainToolTip(texts[column]));
            item->setData(Qt::UserRole, c.id);
            if (column >= Baseline && column <= Current)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int column = Unit; column < CriterionColumns; ++column)
        m_criteria->resizeColumnToContents(column);
    m_loading = wasLoading;
}

void MeasureEditor::commit()
{
    if (m_loading)
        return;
    const Measure *current = m_document->conference().find<Measure>(m_measureId);
    if (!current)
        return;
    Measure m = *current;
    m.title = m_title->text().trimmed();
    if (m.title.isEmpty())
        m.title = current->title; // a measure always has a title
    m.description = m_description->toPlainText();
    m.subProjectId = m_subProject->currentData().toLongLong();
    m.owner = m_owner->text().trimmed();
    m.team = m_team->text().trimmed();
    m.startDate = dateOf(m_start, current->startDate);
    m.deadline = dateOf(m_deadline, current->deadline);
    m.status = MeasureStatus(m_status->currentData().toInt());
    m.progress = m_progress->value();
    m.communication = m_communication->toPlainText();
    // Done counts as 100 % wherever progress is shown or rolled up (effectiveProgress); the
    // stored figure stays, so passing Done with the arrow keys changes nothing for good.
    if (m == *current)
        return;
    commands::editMeasure(m_document, m);
    load(); // shows a refused or adjusted value as it is in the file
}

void MeasureEditor::commitCriterion(QTableWidgetItem *item)
{
    if (m_loading || !item)
        return;
    const Criterion *current = m_document->conference().find<Criterion>(
        item->data(Qt::UserRole).toLongLong());
    if (!current)
        return;
    Criterion c = *current;
    bool ok = true;
    const QString text = item->text();
    switch (item->column()) {
    case Indicator: c.indicator = text.trimmed(); break;
    case Unit: c.unit = text.trimmed(); break;
    case Baseline: c.baseline = NumberText::parse(text, &ok); break;
    case Target: c.target = NumberText::parse(text, &ok); break;
    case Current: c.current = NumberText::parse(text, &ok); break;
    case Due:
        c.due = DateText::parse(text, QLocale(), &ok);
        break;
    default: break;
    }
    if (ok && !(c == *current))
        commands::editCriterion(m_document, c);
    else
        loadCriteria(); // not a number or a date: show the stored value again
}

void MeasureEditor::addCriterion()
{
    Criterion c;
    c.measureId = m_measureId;
    c.indicator = tr("New indicator");
    if (commands::addCriterion(m_document, c) == NoId)
        return;
    const int row = m_criteria->rowCount() - 1;
    m_criteria->setFocus();
    // Becoming current opens the cell's editor: every edit trigger is on, and the row is new.
    m_criteria->setCurrentCell(row, Indicator);
}

void MeasureEditor::removeCriterion()
{
    const QTableWidgetItem *item = m_criteria->currentItem();
    if (!item)
        return;
    commands::removeCriterion(m_document, item->data(Qt::UserRole).toLongLong());
}

void MeasureEditor::changesApplied(const ChangeSet &changes)
{
    const Measure *measure = m_document->conference().find<Measure>(m_measureId);
    for (const EntityChange &change : changes.changes()) {
        const EntityKind kind = change.kind();
        // Cards and clusters change all the time on the wall; only the source matters here.
        const bool source = measure
                            && ((kind == EntityKind::Cluster
                                 && change.id() == measure->sourceClusterId)
                                || (kind == EntityKind::Card
                                    && change.id() == measure->sourceCardId));
        if (kind == EntityKind::Measure || kind == EntityKind::Criterion
            || kind == EntityKind::SubProject || kind == EntityKind::Participant || source) {
            load();
            return;
        }
    }
}

} // namespace weitblick

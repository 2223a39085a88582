#include "reviewview.h"

#include "indicatorsparkline.h"
#include "numbertext.h"
#include "plaintextfield.h"

#include "ui/common/fieldbinder.h"
#include "ui/common/typingdelegate.h"

#include "core/commands/commands.h"
#include "core/measures/measurefilter.h"
#include "core/measures/datetext.h"
#include "core/measures/measurehistory.h"
#include "core/measures/measuretexts.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace weitblick {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString numberText(double value)
{
    return NumberText::format(value);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ReviewView::ReviewView(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_meetings(new QListWidget(this)),
      m_newDate(new QDateEdit(QDate::currentDate(), this)),
      m_newTitle(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add Meeting"), this)),
      m_delete(new QPushButton(tr("Delete Meeting"), this)),
      m_date(new QDateEdit(this)),
      m_title(new QLineEdit(this)),
      m_notes(new PlainTextField(this)),
      m_measures(new QListWidget(this)),
      m_heading(new QLabel(this)),
      m_said(new PlainTextField(this)),
      m_did(new PlainTextField(this)),
      m_next(new PlainTextField(this)),
      m_help(new PlainTextField(this)),
      m_status(new QComboBox(this)),
      m_progress(new QSpinBox(this)),
      m_indicators(new QTableWidget(0, IndicatorColumns, this)),
      m_history(new QListWidget(this)),
      m_meetingBinder(new FieldBinder([this] { commitMeeting(); }, this)),
      m_reviewBinder(new FieldBinder([this] { commitReview(); }, this))
{
    for (QDateEdit *edit : {m_newDate, m_date}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateText::shortFormat());
    }
    m_newTitle->setPlaceholderText(tr("e.g. 3rd steering committee"));
    m_notes->setPlaceholderText(tr("Notes of the meeting"));
    m_notes->setMaximumHeight(90);

    // Long titles wrap onto another line instead of needing a sideways scroll bar.
    for (QListWidget *list : {m_meetings, m_measures, m_history}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    // Meetings column.
    auto *meetingsBox = new QGroupBox(tr("Review Meetings"), this);
    auto *meetingsLayout = new QVBoxLayout(meetingsBox);
    meetingsLayout->addWidget(m_meetings, 1);
    // The new meeting's title has a line of its own: the column is narrow.
    meetingsLayout->addWidget(m_newTitle);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newDate);
    newRow->addWidget(m_add);
    newRow->addStretch();
    meetingsLayout->addLayout(newRow);
    auto *meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(m_delete);
    meetingButtons->addStretch();
    meetingsLayout->addLayout(meetingButtons);
    auto *meetingForm = new QFormLayout;
    meetingForm->addRow(tr("Date"), m_date);
    meetingForm->addRow(tr("Title"), m_title);
    meetingForm->addRow(tr("Notes"), m_notes);
    meetingsLayout->addLayout(meetingForm);

    // Measures column.
    auto *measuresBox = new QGroupBox(tr("Measures"), this);
    auto *measuresLayout = new QVBoxLayout(measuresBox);
    measuresLayout->addWidget(m_measures, 1);
    measuresLayout->addWidget(plainLabel(tr("\u2713 reviewed at this meeting"), measuresBox));

    // Review column.
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_said->setPlaceholderText(tr("What we said we would do"));
    m_did->setPlaceholderText(tr("What we did"));
    m_next->setPlaceholderText(tr("What's next"));
    m_help->setPlaceholderText(tr("What help we need"));
    for (PlainTextField *field : {m_said, m_did, m_next, m_help})
        field->setMaximumHeight(64);
    for (int s = 0; s < MeasureStatusCount; ++s)
        m_status->addItem(MeasureTexts::statusText(MeasureStatus(s)), s);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_progress->setSingleStep(5);

    m_indicators->setHorizontalHeaderLabels({tr("Indicator"), tr("Unit"), tr("Target"),
                                             tr("Value at this meeting"), tr("History")});
    m_indicators->verticalHeader()->hide();
    m_indicators->verticalHeader()->setDefaultSectionSize(40);
    m_indicators->horizontalHeader()->setSectionResizeMode(Indicator, QHeaderView::Stretch);
    // Never narrower than its heading: a narrow column of the page scrolls the table instead.
    m_indicators->horizontalHeader()->setMinimumSectionSize(
        m_indicators->horizontalHeader()->sectionSizeHint(Indicator));
    m_indicators->horizontalHeader()->resizeSection(Chart, 240);
    m_indicators->setTabKeyNavigation(false);
    m_indicators->setEditTriggers(QAbstractItemView::AllEditTriggers);

    auto *reviewBox = new QGroupBox(tr("Review"), this);
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->addWidget(m_heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("What we &said"), m_said);
    form->addRow(tr("What we &did"), m_did);
    form->addRow(tr("What's &next"), m_next);
    form->addRow(tr("What &help we need"), m_help);
    auto *state = new QHBoxLayout;
    state->addWidget(m_status);
    auto *progressLabel = new QLabel(tr("&Progress"), reviewBox);
    progressLabel->setBuddy(m_progress);
    state->addWidget(progressLabel);
    state->addWidget(m_progress);
    state->addStretch();
    // A label of its own: QFormLayout gives a row holding a layout no buddy for its mnemonic.
    auto *statusLabel = new QLabel(tr("S&tatus"), reviewBox);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, state);
    reviewLayout->addLayout(form);
    auto *indicatorsLabel = new QLabel(tr("&Indicators"), reviewBox);
    indicatorsLabel->setBuddy(m_indicators);
    reviewLayout->addWidget(indicatorsLabel);
    reviewLayout->addWidget(m_indicators, 2);
    reviewLayout->addWidget(plainLabel(tr("History"), reviewBox));
    reviewLayout->addWidget(m_history, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(meetingsBox);
    splitter->addWidget(measuresBox);
    splitter->addWidget(reviewBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({330, 400, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_meetings, m_newTitle);
    setTabOrder(m_newTitle, m_newDate);
    setTabOrder(m_newDate, m_add);
    setTabOrder(m_add, m_delete);
    setTabOrder(m_delete, m_date);
    setTabOrder(m_date, m_title);
    setTabOrder(m_title, m_notes);
    setTabOrder(m_notes, m_measures);
    setTabOrder(m_measures, m_said);
    setTabOrder(m_said, m_did);
    setTabOrder(m_did, m_next);
    setTabOrder(m_next, m_help);
    setTabOrder(m_help, m_status);
    setTabOrder(m_status, m_progress);
    setTabOrder(m_progress, m_indicators);
    setTabOrder(m_indicators, m_history);

    // What was typed belongs to the meeting and measure shown so far.
    connect(m_meetings, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        FieldBinder::flushAll();
        m_meetingId = item ? item->data(IdRole).toLongLong() : NoId;
        loadMeeting();
    });
    connect(m_measures, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        FieldBinder::flushAll();
        m_measureId = item ? item->data(IdRole).toLongLong() : NoId;
        loadReview();
    });
    connect(m_add, &QPushButton::clicked, this, &ReviewView::addMeeting);
    connect(m_newTitle, &QLineEdit::returnPressed, this, &ReviewView::addMeeting);
    connect(m_delete, &QPushButton::clicked, this, &ReviewView::deleteMeeting);
    m_meetingBinder->watch(m_date);
    m_meetingBinder->watch(m_title);
    m_meetingBinder->watch(m_notes);
    connect(m_notes, &PlainTextField::editingFinished, m_meetingBinder, &FieldBinder::commitNow);
    for (PlainTextField *field : {m_said, m_did, m_next, m_help}) {
        m_reviewBinder->watch(field);
        connect(field, &PlainTextField::editingFinished, m_reviewBinder, &FieldBinder::commitNow);
    }
    m_reviewBinder->watch(m_progress);
    connect(m_status, &QComboBox::activated, this, &ReviewView::commitReview);
    m_indicators->setItemDelegate(new TypingDelegate(m_indicators));
    connect(m_indicators, &QTableWidget::itemChanged, this, &ReviewView::commitValue);
    connect(document, &ConferenceDocument::changesApplied, this, &ReviewView::changesApplied);

    fillMeetings();
    // The latest meeting is the one being worked on.
    if (m_meetings->count() > 0)
        m_meetings->setCurrentRow(m_meetings->count() - 1);
    else
        loadMeeting();
}

void ReviewView::selectMeeting(Id meetingId)
{
    for (int row = 0; row < m_meetings->count(); ++row) {
        if (m_meetings->item(row)->data(IdRole).toLongLong() == meetingId)
            m_meetings->setCurrentRow(row);
    }
}

void ReviewView::selectMeasure(Id measureId)
{
    for (int row = 0; row < m_measures->count(); ++row) {
        if (m_measures->item(row)->data(IdRole).toLongLong() == measureId)
            m_measures->setCurrentRow(row);
    }
}

void ReviewView::fillMeetings()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_meetings->clear();
    int currentRow = -1;
    for (const ReviewMeeting &meeting : MeasureHistory::meetings(m_document->conference())) {
        auto *item = new QListWidgetItem(DateText::format(meeting.date) + QStringLiteral("  ")
                                             + meeting.title,
                                         m_meetings);
        item->setData(IdRole, meeting.id);
        if (meeting.id == m_meetingId)
            currentRow = m_meetings->count() - 1;
    }
    m_meetings->setCurrentRow(currentRow);
    if (currentRow < 0)
        m_meetingId = NoId;
    m_loading = wasLoading;
}

void ReviewView::fillMeasures()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Conference &conference = m_document->conference();
    QSet<Id> reviewed;
    for (const MeasureReview &review : conference.all<MeasureReview>()) {
        if (review.meetingId == m_meetingId)
            reviewed.insert(review.measureId);
    }
    m_measures->clear();
    int currentRow = -1;
    MeasureFilter all;
    for (const Measure *measure : all.apply(conference)) {
        const QString mark = reviewed.contains(measure->id) ? QStringLiteral("\u2713 ")
                                                            : QStringLiteral("    ");
        auto *item = new QListWidgetItem(mark + measure->title, m_measures);
        item->setData(IdRole, measure->id);
        item->setToolTip(messages::plainToolTip(measure->title));
        if (measure->status == MeasureStatus::Dropped)
            item->setForeground(Qt::gray);
        if (measure->id == m_measureId)
            currentRow = m_measures->count() - 1;
    }
    if (currentRow < 0 && m_measures->count() > 0)
        currentRow = 0;
    m_measures->setCurrentRow(currentRow);
    m_measureId = currentRow >= 0 ? m_measures->item(currentRow)->data(IdRole).toLongLong() : NoId;
    m_loading = wasLoading;
}

void ReviewView::loadMeeting()
{
    m_loading = true;
    const ReviewMeeting *meeting = m_document->conference().find<ReviewMeeting>(m_meetingId);
    const bool editable = meeting && !m_document->isReadOnly();
    m_date->setDate(meeting ? meeting->date : QDate::currentDate());
    // The title being typed in keeps its text when a pause saved it trimmed.
    const QString title = meeting ? meeting->title : QString();
    if (m_title->text() != title && !(m_title->hasFocus() && m_title->text().trimmed() == title))
        m_title->setText(title);
    m_notes->setTextQuietly(meeting ? meeting->notes : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_title, m_notes, m_delete})
        w->setEnabled(editable);
    m_add->setEnabled(!m_document->isReadOnly());
    fillMeasures();
    m_loading = false;
    loadReview();
}

void ReviewView::loadReview()
{
    m_loading = true;
    const Conference &conference = m_document->conference();
    const Measure *measure = conference.find<Measure>(m_measureId);
    const ReviewMeeting *meeting = conference.find<ReviewMeeting>(m_meetingId);
    const MeasureReview *review = nullptr;
    for (const MeasureReview &r : conference.all<MeasureReview>()) {
        if (r.meetingId == m_meetingId && r.measureId == m_measureId)
            review = &r;
    }
    if (!measure)
        m_heading->setText(tr("No measure selected"));
    else if (!meeting)
        m_heading->setText(tr("Add a review meeting first"));
    else
        m_heading->setText(tr("%1 — at the meeting of %2")
                               .arg(measure->title, DateText::format(meeting->date)));
    m_said->setTextQuietly(review ? review->said : QString());
    m_did->setTextQuietly(review ? review->did : QString());
    m_next->setTextQuietly(review ? review->next : QString());
    m_help->setTextQuietly(review ? review->helpNeeded : QString());
    // Without a review yet, the form starts from where the measure stands.
    const MeasureStatus status = review ? review->status : measure ? measure->status
                                                                   : MeasureStatus::Idea;
    m_status->setCurrentIndex(int(status));
    m_progress->setValue(review ? review->progress : measure ? measure->progress : 0);
    const bool editable = measure && meeting && !m_document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_said, m_did, m_next, m_help, m_status,
                                                       m_progress, m_indicators})
        w->setEnabled(editable);
    loadIndicators();
    loadHistory();
    m_loading = false;
}

void ReviewView::loadIndicators()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Conference &conference = m_document->conference();
    const QList<Criterion> criteria = MeasureHistory::criteriaOf(conference, m_measureId);
    m_indicators->setRowCount(int(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        const Criterion &c = criteria.at(row);
        const QList<IndicatorValue> values = MeasureHistory::valuesOf(conference, c.id);
        QList<IndicatorSparkline::Point> points;
        QString atMeeting;
        for (const IndicatorValue &v : values) {
            points.append({v.date, v.value});
            if (v.meetingId == m_meetingId && m_meetingId != NoId)
                atMeeting = numberText(v.value);
        }
        const QString texts[] = {c.indicator, c.unit, c.target ? numberText(*c.target) : QString(),
                                 atMeeting};
        for (int column = 0; column <= Value; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            if (column == Indicator || column == Unit) // may be cut short in a narrow column
                item->setToolTip(messages::plainToolTip(texts[column]));
            item->setData(IdRole, c.id);
            if (column != Value)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            else
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == Target)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_indicators->setItem(row, column, item);
        }
        auto *chart = qobject_cast<IndicatorSparkline *>(m_indicators->cellWidget(row, Chart));
        if (!chart) {
            chart = new IndicatorSparkline(m_indicators);
            m_indicators->setCellWidget(row, Chart, chart);
        }
        chart->setSeries(points, c.target, c.baseline);
        QStringList tip;
        for (const IndicatorValue &v : values)
            tip << DateText::format(v.date) + QStringLiteral(": ") + numberText(v.value);
        if (c.target)
            tip << tr("Target: %1").arg(numberText(*c.target));
        chart->setToolTip(messages::plainToolTip(tip.join(QLatin1Char('\n'))));
        auto *chartItem = new QTableWidgetItem;
        chartItem->setFlags(Qt::ItemIsEnabled);
        m_indicators->setItem(row, Chart, chartItem);
    }
    m_indicators->resizeColumnToContents(Unit);
    m_indicators->resizeColumnToContents(Target);
    m_indicators->resizeColumnToContents(Value);
    m_loading = wasLoading;
}

void ReviewView::loadHistory()
{
    m_history->clear();
    const Conference &conference = m_document->conference();
    for (const HistoryEntry &entry : MeasureHistory::of(conference, m_measureId)) {
        QString text = DateText::format(entry.date) + QStringLiteral("  ");
        if (entry.kind == HistoryEntry::Kind::Review) {
            const MeasureReview *r = conference.find<MeasureReview>(entry.id);
            text += tr("Review: %1, %2 %").arg(MeasureTexts::statusText(r->status))
                        .arg(r->progress);
            if (!r->did.isEmpty())
                text += QStringLiteral(" — ") + r->did.simplified();
        } else {
            const IndicatorValue *v = conference.find<IndicatorValue>(entry.id);
            const Criterion *c = conference.find<Criterion>(v->criterionId);
            text += c->indicator + QStringLiteral(": ") + numberText(v->value);
            if (!c->unit.isEmpty())
                text += QLatin1Char(' ') + c->unit;
        }
        auto *item = new QListWidgetItem(text, m_history);
        item->setToolTip(messages::plainToolTip(text));
    }
}

Id ReviewView::addMeeting()
{
    ReviewMeeting meeting;
    meeting.date = m_newDate->date();
    meeting.title = m_newTitle->text().trimmed();
    if (meeting.title.isEmpty())
        meeting.title = tr("Steering committee review");
    const Id id = commands::addReviewMeeting(m_document, meeting);
    if (id != NoId) {
        m_newTitle->clear();
        selectMeeting(id);
        m_measures->setFocus();
    }
    return id;
}

void ReviewView::deleteMeeting()
{
    // The id, not the pointer: the question's event loop may change the conference.
    const Id meetingId = m_meetingId;
    const ReviewMeeting *meeting = m_document->conference().find<ReviewMeeting>(meetingId);
    if (!meeting || !messages::confirmDelete(this, tr("Delete review meeting"),
                                             tr("Delete the review meeting \u201c%1\u201d with "
                                                "the reviews recorded there? Indicator values "
                                                "stay.")
                                                 .arg(meeting->title)))
        return;
    commands::removeReviewMeeting(m_document, meetingId);
}

void ReviewView::commitMeeting()
{
    if (m_loading)
        return;
    const ReviewMeeting *current = m_document->conference().find<ReviewMeeting>(m_meetingId);
    if (!current)
        return;
    ReviewMeeting meeting = *current;
    meeting.date = m_date->date();
    meeting.title = m_title->text().trimmed();
    meeting.notes = m_notes->toPlainText();
    if (!(meeting == *current))
        commands::editReviewMeeting(m_document, meeting);
}

void ReviewView::commitReview()
{
    if (m_loading)
        return;
    const Conference &conference = m_document->conference();
    if (!conference.find<Measure>(m_measureId) || !conference.find<ReviewMeeting>(m_meetingId))
        return;
    MeasureReview review;
    review.meetingId = m_meetingId;
    review.measureId = m_measureId;
    review.said = m_said->toPlainText();
    review.did = m_did->toPlainText();
    review.next = m_next->toPlainText();
    review.helpNeeded = m_help->toPlainText();
    review.status = MeasureStatus(m_status->currentData().toInt());
    review.progress = m_progress->value();
    const MeasureReview *existing = nullptr;
    for (const MeasureReview &r : conference.all<MeasureReview>()) {
        if (r.meetingId == m_meetingId && r.measureId == m_measureId)
            existing = &r;
    }
    if (existing) {
        review.id = existing->id;
        if (*existing == review)
            return;
    } else {
        // Tabbing through an untouched form is no review.
        const Measure *measure = conference.find<Measure>(m_measureId);
        const bool nothingSaid = review.said.isEmpty() && review.did.isEmpty()
                                 && review.next.isEmpty() && review.helpNeeded.isEmpty();
        if (nothingSaid && review.status == measure->status
            && review.progress == measure->progress)
            return;
    }
    commands::saveMeasureReview(m_document, review);
}

void ReviewView::commitValue(QTableWidgetItem *item)
{
    if (m_loading || item->column() != Value)
        return;
    const Id criterionId = item->data(IdRole).toLongLong();
    const QString text = item->text().trimmed();
    bool ok = true;
    const std::optional<double> value = NumberText::parse(text, &ok);
    // The table is reloaded after this signal returns: its items must outlive their own
    // itemChanged. Not a number: the reload shows the stored value again.
    m_editingItem = true;
    if (ok)
        commands::setIndicatorValue(m_document, criterionId, m_meetingId, value);
    m_editingItem = false;
    QTimer::singleShot(0, this, &ReviewView::loadMeeting);
}

void ReviewView::changesApplied(const ChangeSet &changes)
{
    bool meetings = false, other = false;
    for (const EntityChange &change : changes.changes()) {
        switch (change.kind()) {
        case EntityKind::ReviewMeeting:
            meetings = true;
            break;
        case EntityKind::Measure:
        case EntityKind::MeasureReview:
        case EntityKind::IndicatorValue:
        case EntityKind::Criterion:
            other = true;
            break;
        default:
            break;
        }
    }
    if (meetings) {
        fillMeetings();
        if (m_meetingId == NoId && m_meetings->count() > 0) {
            m_loading = true;
            m_meetings->setCurrentRow(m_meetings->count() - 1);
            m_meetingId = m_meetings->currentItem()->data(IdRole).toLongLong();
            m_loading = false;
        }
    }
    if ((meetings || other) && !m_editingItem) {
        const QWidget *focus = focusWidget();
        loadMeeting();
        // Reloading must not throw the moderator out of the field they moved to.
        if (focus && focus != focusWidget())
            const_cast<QWidget *>(focus)->setFocus();
    }
}

} // namespace weitblick

#include "conferencedialog.h"

#include "core/commands/commands.h"
#include "core/measures/datetext.h"
#include "ui/common/fieldbinder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace weitblick {

namespace {

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd ") + DateText::shortFormat());
    return edit;
}

} // namespace

ConferenceDialog::ConferenceDialog(ConferenceDocument *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_title(new QLineEdit(this)),
      m_area(new QLineEdit(this)),
      m_areaKind(new QComboBox(this)),
      m_place(new QLineEdit(this)),
      m_dates(new QCheckBox(tr("The dates are fixed"), this)),
      m_start(makeDateEdit(this)),
      m_end(makeDateEdit(this)),
      m_moderators(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_binder(new FieldBinder([this] { apply(); }, this))
{
    setWindowTitle(tr("Conference Data"));
    // Names for tests and style sheets.
    m_title->setObjectName(QStringLiteral("title"));
    m_area->setObjectName(QStringLiteral("area"));
    m_areaKind->setObjectName(QStringLiteral("areaKind"));
    m_place->setObjectName(QStringLiteral("place"));
    m_dates->setObjectName(QStringLiteral("dates"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_moderators->setObjectName(QStringLiteral("moderators"));
    m_notes->setObjectName(QStringLiteral("notes"));

    // The order follows AreaKind.
    m_areaKind->addItems({tr("Town"), tr("Region"), tr("District"), tr("Other")});
    static_assert(AreaKindCount == 4);
    m_title->setPlaceholderText(tr("e.g. Future Search Conference Town Centre 2030"));
    m_area->setPlaceholderText(tr("What the conference is about, e.g. the town's name"));
    m_place->setPlaceholderText(tr("Venue, e.g. the town hall"));
    m_moderators->setPlaceholderText(tr("Names, separated by commas"));
    m_notes->setTabChangesFocus(true);

    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_area, 1);
    areaRow->addWidget(m_areaKind);
    // A row of a layout has no buddy of its own: give the label one.
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(areaLabel, areaRow);
    form->addRow(tr("&Venue:"), m_place);
    form->addRow(tr("Dates:"), m_dates);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Moderators:"), m_moderators);
    form->addRow(tr("&Notes:"), m_notes);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    if (m_document->isReadOnly()) {
        for (QLineEdit *edit : {m_title, m_area, m_place, m_moderators})
            edit->setReadOnly(true);
        m_notes->setReadOnly(true);
        m_areaKind->setEnabled(false);
        for (QWidget *widget : std::initializer_list<QWidget *>{m_dates, m_start, m_end})
            widget->setEnabled(false);
        m_problem->setText(tr("Read-only: %1").arg(m_document->readOnlyReason()));
        m_problem->setStyleSheet(QString());
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConferenceDialog::reject);

    load(m_document->conference().info());

    for (QLineEdit *edit : {m_title, m_area, m_place, m_moderators})
        m_binder->watch(edit);
    m_binder->watch(m_notes);
    m_binder->watch(m_start);
    m_binder->watch(m_end);
    connect(m_areaKind, &QComboBox::activated, m_binder, &FieldBinder::commitNow);
    connect(m_dates, &QCheckBox::clicked, m_binder, &FieldBinder::commitNow);
    // Leaving a field ends its step, also the notes, which have no editingFinished.
    connect(qApp, &QApplication::focusChanged, m_binder, [this](QWidget *old) {
        if (old && isAncestorOf(old))
            m_binder->flush();
    });

    // A first day after the last one drags the last day along, as calendar apps do.
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_end->date() < date)
            m_end->setDate(date);
        updateState();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &ConferenceDialog::updateState);
    connect(m_title, &QLineEdit::textChanged, this, &ConferenceDialog::updateState);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool fixed) {
        m_start->setEnabled(fixed);
        m_end->setEnabled(fixed);
        updateState();
    });
    updateState();
    resize(560, sizeHint().height());
}

bool ConferenceDialog::edit(ConferenceDocument *document, QWidget *parent)
{
    const ConferenceInfo before = document->conference().info();
    ConferenceDialog dialog(document, parent);
    dialog.exec();
    return !(document->conference().info() == before);
}

void ConferenceDialog::load(const ConferenceInfo &info)
{
    m_title->setText(info.title);
    m_area->setText(info.area);
    m_areaKind->setCurrentIndex(int(info.areaKind));
    m_place->setText(info.place);
    const bool hasDates = info.startDate.isValid() || info.endDate.isValid();
    m_dates->setChecked(hasDates);
    m_start->setEnabled(hasDates && !m_document->isReadOnly());
    m_end->setEnabled(hasDates && !m_document->isReadOnly());
    const QDate start = info.startDate.isValid() ? info.startDate
                        : info.endDate.isValid() ? info.endDate
                                                 : QDate::currentDate();
    m_start->setDate(start);
    m_end->setDate(info.endDate.isValid() ? info.endDate : start);
    m_moderators->setText(info.moderators);
    m_notes->setPlainText(info.notes);
}

ConferenceInfo ConferenceDialog::info() const
{
    ConferenceInfo info = m_document->conference().info();
    info.title = m_title->text().trimmed();
    info.area = m_area->text().trimmed();
    info.areaKind = AreaKind(m_areaKind->currentIndex());
    info.place = m_place->text().trimmed();
    if (m_dates->isChecked()) {
        info.startDate = m_start->date();
        info.endDate = m_end->date();
    } else {
        info.startDate = QDate();
        info.endDate = QDate();
    }
    info.moderators = m_moderators->text().trimmed();
    info.notes = m_notes->toPlainText();
    return info;
}

void ConferenceDialog::updateState()
{
    if (m_document->isReadOnly())
        return;
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("The conference needs a title. It keeps its last one until you type "
                     "a new one.");
    else if (!datesValid())
        problem = tr("The last day is before the first day. The dates are saved once the "
                     "first day comes first.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool ConferenceDialog::datesValid() const
{
    return !m_dates->isChecked() || m_start->date() <= m_end->date();
}

bool ConferenceDialog::apply()
{
    if (m_document->isReadOnly())
        return false;
    // An invalid field keeps what the file holds; the others are written.
    const ConferenceInfo &current = m_document->conference().info();
    ConferenceInfo valid = info();
    if (valid.title.isEmpty())
        valid.title = current.title;
    if (!datesValid()) {
        valid.startDate = current.startDate;
        valid.endDate = current.endDate;
    }
    return commands::editConferenceInfo(m_document, valid);
}

ConferenceDialog::~ConferenceDialog()
{
    m_binder->flush();
    delete m_binder;
}

void ConferenceDialog::done(int result)
{
    m_binder->flush();
    QDialog::done(result);
}

} // namespace weitblick

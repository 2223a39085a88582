#include "datefield.h"

#include "core/measures/datetext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace weitblick {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent), m_popup(new QWidget(this, Qt::Popup)),
      m_calendar(new QCalendarWidget(m_popup))
{
    setPlaceholderText(DateText::shortFormat().toUpper());
    setToolTip(tr("A date such as %1; Alt+Down opens the calendar")
                   .arg(DateText::format(QDate::currentDate())));
    QAction *open = addAction(style()->standardIcon(QStyle::SP_ArrowDown),
                              QLineEdit::TrailingPosition);
    open->setToolTip(tr("Choose from the calendar"));
    connect(open, &QAction::triggered, this, &DateField::showCalendar);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    m_calendar->setGridVisible(false);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        m_popup->hide();
        setDate(date);
        setFocus();
        emit datePicked();
    });
    connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    connect(this, &QLineEdit::editingFinished, this, &DateField::tidy);
}

QDate DateField::date(bool *ok) const
{
    return DateText::parse(text(), QLocale(), ok);
}

void DateField::setDate(QDate date)
{
    m_shown = date;
    // Typing goes on until the text is another date: a half-typed one is not done yet.
    bool ok = false;
    const QDate typed = this->date(&ok);
    if (hasFocus() && (!ok || typed == date))
        return;
    setText(DateText::format(date));
}

void DateField::showCalendar()
{
    bool ok = false;
    const QDate typed = date(&ok);
    const QDate at = ok && typed.isValid() ? typed : QDate::currentDate();
    m_calendar->setSelectedDate(at);
    m_calendar->setCurrentPage(at.year(), at.month());
    m_popup->adjustSize();
    QPoint below = mapToGlobal(rect().bottomLeft());
    m_popup->move(below);
    m_popup->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::tidy()
{
    bool ok = false;
    const QDate typed = date(&ok);
    setText(DateText::format(ok ? typed : m_shown));
}

} // namespace weitblick

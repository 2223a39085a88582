#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace weitblick {

// A date that may be empty: typed in the interface language (DateText), or picked from a
// calendar that opens at the date shown, or at today's month when there is none. Leaving the
// field shows the date in the short format again, or the last good date when the text is none.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // The date as typed; *ok is false while the text is no date (the stored one stays).
    QDate date(bool *ok = nullptr) const;
    // Shows the date; a field being typed in keeps the text when it means that date.
    void setDate(QDate date);

    // Opens the calendar below the field.
    void showCalendar();
    QCalendarWidget *calendar() const { return m_calendar; }

signals:
    // A date was picked from the calendar: final, unlike typing.
    void datePicked();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tidy();

    QDate m_shown;
    QWidget *m_popup;
    QCalendarWidget *m_calendar;
};

} // namespace weitblick

#pragma once

#include "core/model/id.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace weitblick {

class ConferenceDocument;

// The moderator's phase timer: the time left of the current phase in large digits, counting on
// past zero as "−0:30", with start/pause, +5 minutes and reset. Every button is one undo step
// on the phase, so the state survives reopening the file. When the time is up the widget
// flashes red and, if the moderator wants, beeps once; a line under the digits says since
// when the clock runs and by how much the phase has overrun.
class TimerWidget : public QWidget
{
    Q_OBJECT

public:
    // Milliseconds since the epoch; tests put in a clock of their own.
    using Clock = std::function<qint64()>;

    explicit TimerWidget(ConferenceDocument *document, QWidget *parent = nullptr);

    void setPhase(Id phaseId);
    Id phaseId() const { return m_phaseId; }
    void setClock(Clock clock);

    // Reads the clock and updates the display; a timer calls it four times a second.
    void refresh();

    QString timeText() const;
    // Under the digits: since when the clock runs, and by how much the phase has overrun.
    QString stateText() const;
    bool isTimeUp() const { return m_timeUp; }
    // True while the flashing background is in its red half.
    bool isFlashOn() const { return m_flashOn; }
    bool isSoundEnabled() const;
    void setSoundEnabled(bool enabled);

    QPushButton *startPauseButton() const { return m_startPause; }
    QPushButton *extendButton() const { return m_extend; }
    QPushButton *resetButton() const { return m_reset; }

    void startOrPause();
    void extend();
    void reset();

signals:
    // The time of the phase ran out (once per running out).
    void timeUp();

private:
    void updateButtons();
    void setFlash(bool on);

    ConferenceDocument *m_document;
    Id m_phaseId = NoId;
    Clock m_clock;
    QLabel *m_time;
    QLabel *m_state;
    QPushButton *m_startPause;
    QPushButton *m_extend;
    QPushButton *m_reset;
    QCheckBox *m_sound;
    QTimer *m_tick;
    bool m_timeUp = false;
    bool m_flashOn = false;
};

} // namespace weitblick

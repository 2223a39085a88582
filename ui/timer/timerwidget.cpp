#include "timerwidget.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/timer/phasetimer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace weitblick {

namespace {

const QString SoundKey = QStringLiteral("timer/sound");

// "1 h 25 min", "25 min" or "40 s".
QString durationText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return TimerWidget::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return TimerWidget::tr("%1 min").arg(minutes);
    return TimerWidget::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// When the clock was started, and by how much the phase has overrun: a timer found running
// on opening the file (as after a crash) counts on from its start, and the digits alone would
// not say what happened meanwhile.
QString clockState(const PhaseTimer &timer, const Phase &phase, qint64 nowMs)
{
    QStringList lines;
    if (timer.isRunning()) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(phase.timerStartedAtMs);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
        const QString when = start.date() == now.date()
                                 ? QLocale().toString(start.time(), QLocale::ShortFormat)
                                 : QLocale().toString(start, QLocale::ShortFormat);
        lines << TimerWidget::tr("Running since %1").arg(when);
    }
    if (timer.isUp(nowMs) && timer.remainingMs(nowMs) < 0)
        lines << TimerWidget::tr("Over time by %1").arg(durationText(-timer.remainingMs(nowMs)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TimerWidget::TimerWidget(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_time(new QLabel(this)),
      m_state(new QLabel(this)),
      m_startPause(new QPushButton(this)),
      m_extend(new QPushButton(tr("+5 min"), this)),
      m_reset(new QPushButton(tr("Reset"), this)),
      m_sound(new QCheckBox(tr("Sound when time is up"), this)),
      m_tick(new QTimer(this))
{
    m_time->setTextFormat(Qt::PlainText);
    m_time->setAlignment(Qt::AlignCenter);
    QFont font = m_time->font();
    font.setPixelSize(56);
    font.setBold(true);
    font.setStyleHint(QFont::Monospace);
    m_time->setFont(font);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->hide();
    m_extend->setToolTip(tr("Add five minutes to the time box of this phase"));
    m_reset->setToolTip(tr("Stop the timer and give the phase its whole time box again"));
    m_sound->setChecked(QSettings().value(SoundKey, false).toBool());
    setAutoFillBackground(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startPause);
    buttons->addWidget(m_extend);
    buttons->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_time);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_sound);

    connect(m_startPause, &QPushButton::clicked, this, &TimerWidget::startOrPause);
    connect(m_extend, &QPushButton::clicked, this, &TimerWidget::extend);
    connect(m_reset, &QPushButton::clicked, this, &TimerWidget::reset);
    connect(m_sound, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(SoundKey, on); });
    connect(m_document, &ConferenceDocument::entityChanged, this,
            [this](EntityKind kind, Id id) {
                if (kind == EntityKind::Phase && id == m_phaseId)
                    refresh();
            });
    connect(m_tick, &QTimer::timeout, this, &TimerWidget::refresh);
    m_tick->start(250);
    refresh();
}

void TimerWidget::setPhase(Id phaseId)
{
    m_phaseId = phaseId;
    // A phase whose time was up before it was shown does not beep again.
    const Phase *phase = m_document->conference().find<Phase>(phaseId);
    m_timeUp = phase && PhaseTimer(*phase).isUp(m_clock());
    refresh();
}

void TimerWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString TimerWidget::timeText() const
{
    return m_time->text();
}

QString TimerWidget::stateText() const
{
    return m_state->isHidden() ? QString() : m_state->text();
}

bool TimerWidget::isSoundEnabled() const
{
    return m_sound->isChecked();
}

void TimerWidget::setSoundEnabled(bool enabled)
{
    m_sound->setChecked(enabled);
}

void TimerWidget::refresh()
{
    const Phase *phase = m_document->conference().find<Phase>(m_phaseId);
    if (!phase) {
        m_time->setText(QStringLiteral("–:––"));
        m_state->hide();
        m_timeUp = false;
        setFlash(false);
        updateButtons();
        return;
    }
    const qint64 now = m_clock();
    const PhaseTimer timer(*phase);
    m_time->setText(PhaseTimer::format(timer.remainingMs(now)));
    m_state->setText(clockState(timer, *phase, now));
    m_state->setVisible(!m_state->text().isEmpty());
    const bool up = timer.isUp(now);
    if (up && !m_timeUp) {
        m_timeUp = true;
        if (m_sound->isChecked())
            QApplication::beep();
        emit timeUp();
    } else if (!up) {
        m_timeUp = false;
    }
    // Flashes once a second while the clock runs past zero; stays red while paused there.
    const qint64 over = -timer.remainingMs(now);
    setFlash(up && (!timer.isRunning() || (over / 500) % 2 == 0));
    updateButtons();
}

void TimerWidget::startOrPause()
{
    const Phase *phase = m_document->conference().find<Phase>(m_phaseId);
    if (!phase)
        return;
    const PhaseTimer timer(*phase);
    const qint64 now = m_clock();
    commands::setTimer(m_document, timer.isRunning() ? timer.paused(now) : timer.started(now));
}

void TimerWidget::extend()
{
    if (const Phase *phase = m_document->conference().find<Phase>(m_phaseId))
        commands::setTimer(m_document, PhaseTimer(*phase).extended(5));
}

void TimerWidget::reset()
{
    if (const Phase *phase = m_document->conference().find<Phase>(m_phaseId))
        commands::setTimer(m_document, PhaseTimer(*phase).reset());
}

void TimerWidget::updateButtons()
{
    const Phase *phase = m_document->conference().find<Phase>(m_phaseId);
    const bool editable = phase && !m_document->isReadOnly();
    const bool running = phase && PhaseTimer(*phase).isRunning();
    m_startPause->setText(running ? tr("Pause") : tr("Start"));
    m_startPause->setEnabled(editable);
    m_extend->setEnabled(editable);
    m_reset->setEnabled(editable);
}

void TimerWidget::setFlash(bool on)
{
    if (on == m_flashOn)
        return;
    m_flashOn = on;
    if (on) {
        QPalette red = palette();
        red.setColor(QPalette::Window, QColor(0xd3, 0x2f, 0x2f));
        red.setColor(QPalette::WindowText, Qt::white);
        setPalette(red);
    } else {
        setPalette(QPalette());
    }
}

} // namespace weitblick

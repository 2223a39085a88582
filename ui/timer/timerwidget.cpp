#include "timerwidget.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/timer/phasetimer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace weitblick {

namespace {
const QString SoundKey = QStringLiteral("timer/sound");
}

TimerWidget::TimerWidget(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_time(new QLabel(this)),
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
        m_timeUp = false;
        setFlash(false);
        updateButtons();
        return;
    }
    const qint64 now = m_clock();
    const PhaseTimer timer(*phase);
    m_time->setText(PhaseTimer::format(timer.remainingMs(now)));
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

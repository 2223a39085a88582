#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/model/newconference.h"
#include "core/timer/phasetimer.h"
#include "testfiles.h"
#include "ui/timer/timerwidget.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace weitblick;

namespace {

constexpr qint64 Minute = 60 * 1000;

Id firstPhaseWithBox(const Conference &conference, int minutes)
{
    for (const Phase &phase : commands::orderedPhases(conference)) {
        if (phase.timeBoxMinutes == minutes)
            return phase.id;
    }
    return NoId;
}

} // namespace

TEST_CASE("The timer widget starts pauses extends and signals time up with a fake clock",
          "[timer]")
{
    Conference conference = newConference();
    Phase phase = commands::orderedPhases(conference).first();
    phase.timeBoxMinutes = 10;
    conference.all<Phase>().put(phase);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("timer.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, conference, &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    REQUIRE(firstPhaseWithBox(document->conference(), 10) == phase.id);

    qint64 now = 1'700'000'000'000;
    TimerWidget widget(document.get());
    widget.setClock([&now] { return now; });
    widget.setSoundEnabled(false);
    widget.setPhase(phase.id);
    QSignalSpy timeUp(&widget, &TimerWidget::timeUp);
    CHECK(widget.timeText() == QStringLiteral("10:00"));
    CHECK(widget.startPauseButton()->text() == QStringLiteral("Start"));

    widget.startPauseButton()->click();
    CHECK(document->undoStack()->count() == 1);
    CHECK(widget.startPauseButton()->text() == QStringLiteral("Pause"));
    now += 3 * Minute + 1500; // 6:58.5 left shows as 6:59
    widget.refresh();
    CHECK(widget.timeText() == QStringLiteral("6:59"));

    // Paused, the clock stands still.
    widget.startPauseButton()->click();
    now += 20 * Minute;
    widget.refresh();
    CHECK(widget.timeText() == QStringLiteral("6:59"));
    CHECK_FALSE(widget.isTimeUp());

    widget.extendButton()->click();
    CHECK(widget.timeText() == QStringLiteral("11:59"));

    widget.startPauseButton()->click();
    now += 11 * Minute + 58'700; // 0.2 s over
    widget.refresh();
    CHECK(widget.isTimeUp());
    CHECK(timeUp.count() == 1);
    CHECK(widget.timeText().endsWith(QStringLiteral("0:00")));
    CHECK(widget.timeText().size() > 4); // counts over: "−0:00"
    CHECK(widget.isFlashOn());
    CHECK(widget.palette().color(QPalette::Window).red() > 150);
    now += 30 * 1000;
    widget.refresh();
    CHECK(timeUp.count() == 1); // once per running out
    CHECK(widget.timeText().endsWith(QStringLiteral("0:30")));
    CHECK(widget.timeText() != QStringLiteral("0:30"));

    // The state lives in the phase: a new widget shows the same.
    TimerWidget reopened(document.get());
    reopened.setClock([&now] { return now; });
    reopened.setPhase(phase.id);
    CHECK(reopened.timeText() == widget.timeText());
    CHECK(reopened.isTimeUp());

    widget.resetButton()->click();
    CHECK(widget.timeText() == QStringLiteral("10:00"));
    CHECK_FALSE(widget.isTimeUp());
    CHECK_FALSE(widget.isFlashOn());

    // Each button was one undo step.
    CHECK(document->undoStack()->count() == 5);
    document->undoStack()->undo();
    CHECK(widget.isTimeUp());
}

TEST_CASE("A timer found running on reopening says since when and by how much it overran",
          "[timer]")
{
    // The file of a conference that crashed 95 minutes into a phase of ten.
    const qint64 started =
        QDateTime(QDate(2026, 3, 21), QTime(9, 0)).toMSecsSinceEpoch(); // the same day
    Conference conference = newConference();
    Phase phase = commands::orderedPhases(conference).first();
    phase.timeBoxMinutes = 10;
    phase.timerStartedAtMs = started;
    phase.state = PhaseState::Running;
    conference.all<Phase>().put(phase);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("crashed.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, conference, &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);

    qint64 now = started + 95 * Minute + 20'000;
    TimerWidget widget(document.get());
    widget.setSoundEnabled(false);
    widget.setClock([&now] { return now; });
    widget.setPhase(phase.id);
    CHECK(widget.isTimeUp());
    CHECK(widget.timeText().endsWith(QStringLiteral("85:20")));
    const QString startedAt = QLocale().toString(QDateTime::fromMSecsSinceEpoch(started).time(),
                                                 QLocale::ShortFormat);
    CHECK(widget.stateText().contains(QStringLiteral("Running since %1").arg(startedAt)));
    CHECK(widget.stateText().contains(QStringLiteral("Over time by 1 h 25 min")));

    // Paused, it still says by how much; reset, it says nothing.
    widget.startOrPause();
    CHECK_FALSE(widget.stateText().contains(QStringLiteral("Running")));
    CHECK(widget.stateText().contains(QStringLiteral("Over time by 1 h 25 min")));
    widget.reset();
    CHECK(widget.stateText().isEmpty());
    CHECK(widget.timeText() == QStringLiteral("10:00"));
}

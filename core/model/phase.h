#pragma once

#include "id.h"

#include <QString>
#include <QStringList>

namespace weitblick {

enum class PhaseKind { Past, Present, Future, Utopias, Measures, Custom };
constexpr int PhaseKindCount = 6;

enum class PhaseState { Planned, Running, Done };
constexpr int PhaseStateCount = 3;

// How a phase's wall is divided. The Past phase always shows its timeline; the Present phase
// is usually split into labelled areas. Areas are derived from the layout (and, for a wall by
// topic, the phase's topics), never stored. Values are stored: new layouts go at the end.
enum class WallLayout {
    Free,
    StrengthsWeaknesses,
    ProudsSorriesByGroup,
    Swot,           // strengths, weaknesses, opportunities and threats, 2×2
    TowsStrategies, // the TOWS matrix: strengths and weaknesses against opportunities and threats
    ByTopic,        // one column per topic of the phase
};
constexpr int WallLayoutCount = 6;

// One phase of the conference, with its guiding question and time box.
struct Phase
{
    Id id = NoId;
    PhaseKind kind = PhaseKind::Custom;
    QString title;
    QString guidingQuestion;
    int timeBoxMinutes = 0;
    int order = 0;
    PhaseState state = PhaseState::Planned;
    WallLayout wallLayout = WallLayout::Free;
    // The topics a wall by topic is split into, left to right: plain one-line texts
    // (walltopics.h; limits::MaxWallTopics of limits::MaxWallTopicLength characters).
    QStringList wallTopics;

    // The phase timer, kept so that it survives reopening the file.
    qint64 timerElapsedMs = 0;   // time used while the timer was running, up to its last pause
    qint64 timerStartedAtMs = 0; // wall-clock start (ms since epoch) while running, else 0
    int timerExtraMinutes = 0;   // minutes added to the time box during the phase

    bool operator==(const Phase &) const = default;
};

} // namespace weitblick

#pragma once

#include "core/document/conferencedocument.h"

#include <QCoreApplication>
#include <QList>

namespace weitblick {

// The counts of one item on a paper tally: what the room stuck on the wall by hand.
struct TallyCount
{
    Id cardId = NoId;
    Id clusterId = NoId;
    int plus = 0;
    int minus = 0;
};

// Writes a paper tally into a vote in which the room votes as one.
class TallyCommands
{
    Q_DECLARE_TR_FUNCTIONS(TallyCommands)

public:
    // Sets the room's dots on each listed item to the counts, as ONE undo step. The budget and
    // the cap do not apply: the counts sum up many people's dots. Refuses, saying why, when
    // the vote is closed, is not a room vote, or a count is negative.
    static bool setRoomTally(ConferenceDocument *document, Id sessionId,
                             const QList<TallyCount> &counts, QString *refusal = nullptr);
};

} // namespace weitblick

#pragma once

#include "id.h"

#include <QString>

namespace weitblick {

// Who casts a set of dots: each participant, each table, each group, or the room as one.
enum class VoterUnit { Participant, Table, Group, Room };
constexpr int VoterUnitCount = 4;

// One round of dot voting on a phase.
struct VoteSession
{
    Id id = NoId;
    Id phaseId = NoId;
    QString title;
    int dotsPerVoter = 5;
    int capPerItem = 0; // most dots one voter may put on one item; 0 means no cap
    VoterUnit voterUnit = VoterUnit::Participant;
    bool cardsVotable = true;
    bool clustersVotable = true;
    bool minusDots = false; // voters also get minus dots in a second colour
    bool open = true;

    bool operator==(const VoteSession &) const = default;
};

} // namespace weitblick

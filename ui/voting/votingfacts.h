#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QList>

namespace weitblick {

// Who can vote and what can be voted on, as the voting widgets list them.
class VotingFacts
{
    Q_DECLARE_TR_FUNCTIONS(VotingFacts)

public:
    struct Voter
    {
        Id id = NoId;
        QString name;
    };

    // The voters of a unit in their usual order; empty for the room, which votes as one.
    static QList<Voter> voters(const Conference &conference, VoterUnit unit);
    // How many voters cast dots: the room counts as one; none before there are participants,
    // tables or groups.
    static int voterCount(const Conference &conference, VoterUnit unit);
    // Why a unit has no voters yet and what to do, for a unit whose voterCount() is 0.
    static QString noVotersYet(VoterUnit unit);
    // The vote sessions of the phase, oldest first.
    static QList<VoteSession> sessionsOf(const Conference &conference, Id phaseId);
    static QString unitName(VoterUnit unit);
};

} // namespace weitblick

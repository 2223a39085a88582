#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QSet>

namespace weitblick {

// Where one voter sticks dots, and of which kind. In a room vote, a device (deviceId) votes
// with a budget of its own; the room's dots from the laptop name no device.
struct DotTarget
{
    Id sessionId = NoId;
    Id cardId = NoId;
    Id clusterId = NoId;
    Id voterId = NoId;
    DotKind kind = DotKind::Plus;
    Id deviceId = NoId;
};

// The rules of a dot vote: each voter has a budget of dots per session (plus dots and, where
// the session allows them, as many minus dots), and may put at most the cap on one item.
class DotRules
{
    Q_DECLARE_TR_FUNCTIONS(DotRules)

public:
    // Why dots may not be added; None when they may.
    enum class Refusal {
        None,
        NoSuchVote,
        VoteClosed,
        NotOneItem,
        CardsNotVotable,
        ClustersNotVotable,
        Heading,
        NotAnItem,
        NoMinusDots,
        RoomVotesAsOne,
        NoVoter,
        Budget,
        Cap,
    };

    explicit DotRules(const Conference &conference) : m_conference(conference) {}

    // Dots of the kind the voter (or, in a room vote, the device) has used in the session.
    int used(Id sessionId, Id voterId, DotKind kind, Id deviceId = NoId) const;
    // The voters who have stuck all their plus dots in the session (minus dots are a choice,
    // not a budget to use up), in one pass over the dots: a list of 1,000 voters asks once.
    // None in a vote of no dots, or of the room.
    QSet<Id> finishedVoters(Id sessionId) const;
    // Dots of the kind the voter (or the device) may still stick.
    int remaining(Id sessionId, Id voterId, DotKind kind, Id deviceId = NoId) const;
    // Dots of the kind the voter has on the item.
    int onItem(const DotTarget &target) const;

    // Why the voter may not add `count` dots there; None when they may. *existing gets the
    // voter's dot record there, if any (found in the same pass).
    Refusal checkAdd(const DotTarget &target, int count = 1, const Dot **existing = nullptr) const;
    // The same in words for the moderator; empty when they may.
    QString refusalToAdd(const DotTarget &target, int count = 1,
                         const Dot **existing = nullptr) const;

    // The dot record for the target, if the voter already stuck dots there.
    const Dot *find(const DotTarget &target) const;

    // Rules of thumb for the dots per voter: a third of the options, and enough dots that all
    // pairs of options could be compared, ⌈n(n−1)/2 ÷ voters⌉.
    static int suggestedByThirds(int options);
    static int suggestedByPairs(int options, int voters);

private:
    // The voter's dots of the target's kind in its session, and their record on the target's
    // item: one pass over every dot of the conference, which a click on the wall pays once.
    struct VoterDots
    {
        int used = 0;
        const Dot *onItem = nullptr;
    };
    VoterDots voterDots(const DotTarget &target) const;
    QString describe(Refusal refusal, const DotTarget &target) const;

    const Conference &m_conference;
};

} // namespace weitblick

#pragma once

#include <QList>
#include <QStringList>

namespace weitblick {

// A short, general list of the topics that town and village development conferences keep
// returning to (parking, public transport, green space, housing …), each with the everyday
// German and English words for it. Cards that use different words for one topic
// ("Stellplätze fehlen", "Parkhaus zu teuer") meet through it. It names topics, never cards.
class PlanningConcepts
{
public:
    // The words of each concept, as written (not folded or stemmed).
    static const QList<QStringList> &all();
};

} // namespace weitblick

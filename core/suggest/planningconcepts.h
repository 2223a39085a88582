#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace weitblick {

// The topics that town, village, school and youth conferences keep returning to (parking,
// buses, doctors and care, broadband, clubs, teachers and lessons, apprenticeships, heating
// and insulation, heat and heavy rain, repair, older people, guests and the lake shore …), each
// with the everyday German and English words of its word family, and grouped into families of
// related topics (mobility, nature, school …). Cards that use different words for one topic
// ("Stellplätze fehlen", "Parkhaus zu teuer") meet through it. It names topics, never cards.
class PlanningConcepts
{
public:
    struct Concept
    {
        // The wider field the topic belongs to ("mobility" for parking, buses and cycling),
        // which links related topics weakly.
        QString family;
        QStringList words; // as written, not folded or stemmed
    };
    // The concepts in a fixed order (a concept's index is its number in Lexicon).
    static const QList<Concept> &all();
};

} // namespace weitblick

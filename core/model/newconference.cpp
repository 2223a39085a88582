#include "newconference.h"

namespace weitblick {

Conference newConference()
{
    Conference conference;
    ConferenceInfo info;
    info.title = QStringLiteral("Zukunftskonferenz");
    conference.all<ConferenceInfo>().put(info);

    struct GroupDefault { const char *name; const char *color; };
    static const GroupDefault groups[] = {
        {"Handel und Gewerbe", "#f4a259"},
        {"Anwohnerinnen und Anwohner", "#8cb369"},
        {"Institutionen", "#5b8e7d"},
        {"Vereine und Verbände", "#f4e285"},
        {"Bürgerinnen und Bürger", "#79a7d3"},
        {"Verwaltung und Politik", "#bc4b51"},
    };
    int order = 0;
    for (const GroupDefault &g : groups) {
        StakeholderGroup group;
        group.id = conference.all<StakeholderGroup>().nextId();
        group.name = QString::fromUtf8(g.name);
        group.color = QColor::fromString(QLatin1String(g.color));
        group.order = order++;
        conference.all<StakeholderGroup>().put(group);
    }

    struct PhaseDefault { PhaseKind kind; const char *title; const char *question; int minutes; };
    static const PhaseDefault phases[] = {
        {PhaseKind::Past, "Vergangenheit",
         "Welche Ereignisse der letzten Jahrzehnte haben unsere Stadt, uns selbst und die Welt "
         "geprägt?", 90},
        {PhaseKind::Present, "Gegenwart",
         "Welche Trends wirken heute auf unsere Stadt? Worauf sind wir stolz, was bedauern wir?",
         120},
        {PhaseKind::Future, "Zukunft",
         "Wie soll unsere Stadt in zehn Jahren aussehen?", 120},
        {PhaseKind::Utopias, "Utopien",
         "Was wäre möglich, wenn es keine Grenzen gäbe?", 60},
        {PhaseKind::Measures, "Maßnahmen",
         "Was packen wir an, wer macht mit, und bis wann?", 120},
    };
    order = 0;
    for (const PhaseDefault &p : phases) {
        Phase phase;
        phase.id = conference.all<Phase>().nextId();
        phase.kind = p.kind;
        phase.title = QString::fromUtf8(p.title);
        phase.guidingQuestion = QString::fromUtf8(p.question);
        phase.timeBoxMinutes = p.minutes;
        phase.order = order++;
        if (p.kind == PhaseKind::Present)
            phase.wallLayout = WallLayout::StrengthsWeaknesses;
        conference.all<Phase>().put(phase);
    }
    return conference;
}

} // namespace weitblick

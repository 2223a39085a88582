#include "builtintemplates.h"

namespace weitblick {

namespace {

// A text of the conference in both languages. These are the moderator's material, not the
// interface, so they are chosen by the template's language rather than translated.
struct Text
{
    const char *german;
    const char *english;
};

// Builds a conference in one language, entity by entity, in the order given.
class Builder
{
public:
    Builder(TextLanguage language, Text title) : m_language(language)
    {
        ConferenceInfo info;
        info.title = pick(title);
        m_conference.all<ConferenceInfo>().put(info);
    }

    void group(Text name, const char *color)
    {
        StakeholderGroup group;
        group.id = m_conference.all<StakeholderGroup>().nextId();
        group.name = pick(name);
        group.color = QColor::fromString(QLatin1String(color));
        group.order = m_groupOrder++;
        m_conference.all<StakeholderGroup>().put(group);
    }

    Id phase(PhaseKind kind, Text title, Text question, int minutes,
             WallLayout layout = WallLayout::Free, const QList<Text> &topics = {})
    {
        Phase phase;
        phase.id = m_conference.all<Phase>().nextId();
        phase.kind = kind;
        phase.title = pick(title);
        phase.guidingQuestion = pick(question);
        phase.timeBoxMinutes = minutes;
        phase.order = m_phaseOrder++;
        phase.wallLayout = layout;
        for (const Text &topic : topics)
            phase.wallTopics.append(pick(topic));
        m_conference.all<Phase>().put(phase);
        return phase.id;
    }

    // A dot vote prepared for the phase: each participant sticks the dots on cards or clusters.
    void vote(Id phaseId, Text title, int dotsPerVoter, int capPerItem)
    {
        VoteSession session;
        session.id = m_conference.all<VoteSession>().nextId();
        session.phaseId = phaseId;
        session.title = pick(title);
        session.dotsPerVoter = dotsPerVoter;
        session.capPerItem = capPerItem;
        m_conference.all<VoteSession>().put(session);
    }

    Conference take() { return std::move(m_conference); }

private:
    QString pick(Text text) const
    {
        return QString::fromUtf8(m_language == TextLanguage::German ? text.german : text.english);
    }

    TextLanguage m_language;
    Conference m_conference;
    int m_groupOrder = 0;
    int m_phaseOrder = 0;
};

// Weisbord and Janoff's Future Search as Weitblick has always started it: the whole town in
// the room, its past on three timelines, the present, the future, utopias and measures.
Conference futureSearch(TextLanguage language)
{
    Builder b(language, {"Zukunftskonferenz", "Future Search"});
    b.group({"Handel und Gewerbe", "Trade and business"}, "#f4a259");
    b.group({"Anwohnerinnen und Anwohner", "Residents"}, "#8cb369");
    b.group({"Institutionen", "Institutions"}, "#5b8e7d");
    b.group({"Vereine und Verbände", "Clubs and associations"}, "#f4e285");
    b.group({"Bürgerinnen und Bürger", "Citizens"}, "#79a7d3");
    b.group({"Verwaltung und Politik", "Administration and politics"}, "#bc4b51");
    b.phase(PhaseKind::Past, {"Vergangenheit", "Past"},
            {"Welche Ereignisse der letzten Jahrzehnte haben unsere Stadt, uns selbst und die "
             "Welt geprägt?",
             "Which events of the last decades have shaped our town, ourselves and the world?"},
            90);
    b.phase(PhaseKind::Present, {"Gegenwart", "Present"},
            {"Welche Trends wirken heute auf unsere Stadt? Wo liegen die Stärken und Schwächen "
             "unserer Stadt?",
             "Which trends are acting on our town today? What are our town's strengths and "
             "weaknesses?"},
            120, WallLayout::StrengthsWeaknesses);
    b.phase(PhaseKind::Future, {"Zukunft", "Future"},
            {"Wie soll unsere Stadt in zehn Jahren aussehen?",
             "What should our town look like in ten years?"},
            120);
    b.phase(PhaseKind::Utopias, {"Utopien", "Utopias"},
            {"Was wäre möglich, wenn es keine Grenzen gäbe?",
             "What would be possible if there were no limits?"},
            60);
    b.phase(PhaseKind::Measures, {"Maßnahmen", "Measures"},
            {"Was packen wir an, wer macht mit, und bis wann?",
             "What do we tackle, who joins in, and by when?"},
            120);
    return b.take();
}

// Robert Jungk's Zukunftswerkstatt: those affected air their criticism, sorted by topic and
// weighted with dots; turn it into wishes and utopias where nothing is impossible; then check
// which ideas can be realised and plan the first steps. The groups are the people of a
// neighbourhood rather than its institutions: the workshop is for those affected.
Conference futureWorkshop(TextLanguage language)
{
    Builder b(language, {"Zukunftswerkstatt", "Future Workshop"});
    b.group({"Bewohnerinnen und Bewohner", "Residents"}, "#8cb369");
    b.group({"Jugendliche", "Young people"}, "#79a7d3");
    b.group({"Familien und Eltern", "Families and parents"}, "#f4e285");
    b.group({"Ältere Menschen", "Older people"}, "#5b8e7d");
    b.group({"Gewerbe und Arbeit vor Ort", "Local business and work"}, "#f4a259");
    b.group({"Initiativen und Vereine", "Initiatives and clubs"}, "#bc4b51");
    const Id critique = b.phase(
        PhaseKind::Custom, {"Kritikphase", "Critique phase"},
        {"Was ärgert uns, was stört uns, was fehlt uns hier? Eine Kritik pro Karte.",
         "What annoys us, what bothers us, what is missing here? One criticism per card."},
        120, WallLayout::ByTopic,
        {{"Wohnen und Nachbarschaft", "Housing and neighbours"},
         {"Verkehr und Wege", "Traffic and getting around"},
         {"Grün und Umwelt", "Green spaces and environment"},
         {"Einkaufen und Versorgung", "Shops and services"},
         {"Freizeit, Kultur und Begegnung", "Leisure, culture and meeting"}});
    b.vote(critique, {"Die dringendsten Kritikpunkte", "The most pressing criticisms"}, 5, 2);
    const Id fantasy = b.phase(
        PhaseKind::Utopias, {"Phantasiephase", "Fantasy phase"},
        {"Alles ist möglich, kein „Das geht nicht“: Wie sieht der Ort aus, an dem wir gern "
         "leben?",
         "Anything is possible, no “that won't work”: what is the place we love to live in "
         "like?"},
        180);
    b.vote(fantasy, {"Welche Ideen verfolgen wir weiter?", "Which ideas do we take further?"}, 3,
           0);
    b.phase(PhaseKind::Measures, {"Verwirklichungsphase", "Implementation phase"},
            {"Welche Ideen lassen sich verwirklichen? Wer macht mit, was ist der erste "
             "Schritt?",
             "Which ideas can we make real? Who joins in, and what is the first step?"},
            180);
    return b.take();
}

// A strategy workshop: the SWOT analysis on one 2×2 wall (strengths and weaknesses inside,
// opportunities and threats outside), strategies on the TOWS matrix that pairs them, and
// the measures that put the chosen strategies into practice.
Conference strategyWorkshop(TextLanguage language)
{
    Builder b(language, {"Strategie-Workshop", "Strategy workshop"});
    b.group({"Leitung und Vorstand", "Management and board"}, "#bc4b51");
    b.group({"Mitarbeitende", "Staff"}, "#79a7d3");
    b.group({"Kundschaft und Nutzende", "Customers and users"}, "#8cb369");
    b.group({"Partner und Netzwerk", "Partners and network"}, "#f4a259");
    b.group({"Externe Fachleute", "External experts"}, "#5b8e7d");
    const Id swot = b.phase(
        PhaseKind::Custom, {"SWOT-Analyse", "SWOT analysis"},
        {"Was können wir gut, wo sind wir schwach? Welche Chancen und Risiken kommen von "
         "außen?",
         "What are we good at, where are we weak? What opportunities and threats come from "
         "outside?"},
        150, WallLayout::Swot);
    b.vote(swot, {"Was wiegt am schwersten?", "What weighs most?"}, 5, 2);
    const Id strategies = b.phase(
        PhaseKind::Custom, {"Strategien", "Strategies"},
        {"Wie nutzen wir Stärken für Chancen und gegen Risiken, und wie bauen wir Schwächen "
         "ab?",
         "How do we use strengths for opportunities and against threats, and reduce "
         "weaknesses?"},
        120, WallLayout::TowsStrategies);
    b.vote(strategies, {"Welche Strategien haben Vorrang?", "Which strategies come first?"}, 3,
           0);
    b.phase(PhaseKind::Measures, {"Maßnahmen", "Measures"},
            {"Mit welchen Maßnahmen setzen wir die Strategien um? Wer, bis wann, woran "
             "gemessen?",
             "Which measures carry out the strategies? Who, by when, and measured how?"},
            90);
    return b.take();
}

Conference empty(TextLanguage)
{
    return Conference();
}

struct KeyOf
{
    Method method;
    const char *german;
    const char *english;
};
constexpr KeyOf Keys[] = {
    {Method::FutureSearch, "zukunftskonferenz", "future-search"},
    {Method::FutureWorkshop, "zukunftswerkstatt", "future-workshop"},
    {Method::StrategyWorkshop, "strategie-workshop", "strategy-workshop"},
    {Method::Empty, "leer", "empty"},
};
static_assert(std::size(Keys) == MethodCount);

} // namespace

QString BuiltInTemplates::key(Method method)
{
    return QLatin1String(Keys[int(method)].german);
}

std::optional<Method> BuiltInTemplates::fromKey(const QString &key)
{
    for (const KeyOf &k : Keys) {
        if (key.compare(QLatin1String(k.german), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String(k.english), Qt::CaseInsensitive) == 0)
            return k.method;
    }
    return std::nullopt;
}

QStringList BuiltInTemplates::keys(Method method)
{
    const KeyOf &k = Keys[int(method)];
    return {QLatin1String(k.german), QLatin1String(k.english)};
}

QString BuiltInTemplates::name(Method method)
{
    switch (method) {
    case Method::FutureSearch: return tr("Zukunftskonferenz (Future Search)");
    case Method::FutureWorkshop: return tr("Zukunftswerkstatt (Future Workshop)");
    case Method::StrategyWorkshop: return tr("Strategy workshop (SWOT)");
    case Method::Empty: return tr("Empty");
    }
    return {};
}

QString BuiltInTemplates::description(Method method)
{
    switch (method) {
    case Method::FutureSearch:
        return tr("Weisbord and Janoff's Future Search: the whole system in one room. Everyone "
                  "who shapes the town looks at its past, present and future together, finds "
                  "common ground and agrees on measures – usually over two and a half days at "
                  "mixed tables.");
    case Method::FutureWorkshop:
        return tr("Robert Jungk's Zukunftswerkstatt turns those affected into those involved. "
                  "The critique phase gathers what annoys people, sorted by topic and weighted "
                  "with dots; the fantasy phase dreams without “that won't work”; the "
                  "implementation phase turns the ideas that can be realised into measures.");
    case Method::StrategyWorkshop:
        return tr("Strategy work with SWOT and TOWS: strengths and weaknesses inside, "
                  "opportunities and threats outside, on one 2×2 wall; from them strategies "
                  "that build on strengths and reduce weaknesses, and the measures that carry "
                  "them out.");
    case Method::Empty:
        return tr("A conference without phases or stakeholder groups: you set up everything "
                  "yourself.");
    }
    return {};
}

Conference BuiltInTemplates::conference(Method method, TextLanguage language)
{
    switch (method) {
    case Method::FutureSearch: return futureSearch(language);
    case Method::FutureWorkshop: return futureWorkshop(language);
    case Method::StrategyWorkshop: return strategyWorkshop(language);
    case Method::Empty: return empty(language);
    }
    return {};
}

TextLanguage BuiltInTemplates::languageOf(const QString &code)
{
    return code == QLatin1String("de") ? TextLanguage::German : TextLanguage::English;
}

} // namespace weitblick

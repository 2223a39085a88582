#include "stressconference.h"

#include "core/model/newconference.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace weitblick {

namespace {

constexpr int ParticipantCount = 1000;
constexpr int TableCount = 40;
constexpr int CardCount = 20000;
constexpr int ClusterCount = 2000;
constexpr int DotsPerVoter = 20; // one dot each on 20 different items, so 100,000 dots in all
constexpr int MeasureCount = 500;
constexpr int ReviewMeetingCount = 6;
constexpr int SubProjectCount = 20;
constexpr int ClusterColumns = 20; // clusters per row on a wall

// Card geometry on the walls, in scene units, as in the sample conference.
constexpr double CardWidth = 220;
constexpr double CardHeight = 120;
constexpr double ColumnStep = CardWidth + 40;
constexpr double RowStep = CardHeight + 10;
constexpr double HeadingHeight = 70;

const char *const words[] = {
    "Innenstadt", "Marktplatz", "Bahnhofstraße", "Läden", "Leerstand", "Bürger", "Bürgerinnen",
    "Verkehr", "Radweg", "Fußgänger", "Bäume", "Grünfläche", "Spielplatz", "Jugendliche",
    "Senioren", "Familien", "Wohnungen", "Mieten", "Parkplätze", "Busse", "Schule", "Vereine",
    "Kultur", "Fest", "Brunnen", "Bänke", "Schatten", "Öffnungszeiten", "Wochenmarkt", "Café",
    "Rathaus", "Verwaltung", "Förderung", "Zukunft", "Begegnung", "Straße", "Plätze", "Brücke",
    "Übergang", "Gebühren", "Ärzte", "Apotheke", "Handwerk", "Gewerbe", "Arbeitsplätze",
    "Nachbarschaft", "Ehrenamt", "Klima", "Hitze", "Starkregen", "Energie", "Glasfaser",
    "WLAN", "Sicherheit", "Sauberkeit", "Lärm", "Licht", "Abends", "Sonntags", "mehr",
    "weniger", "keine", "neue", "alte", "schöne", "grüne", "sichere", "günstige", "offene",
    "lebendige", "barrierefreie", "schön", "größer", "kleiner", "für", "alle", "mit", "ohne",
    "und", "oder", "statt", "mitten", "in", "der", "die", "das", "am", "im", "zum", "zur",
    "über", "gemeinsam", "endlich", "wieder", "täglich", "früher", "heute", "morgen",
    "braucht", "fehlt", "gibt", "wünschen", "gestalten", "erhalten", "öffnen", "schützen",
    "fördern", "verbessern", "Mühlgraben", "Kirchplatz", "Stadtpark", "Altstadt", "Fahrräder",
    "Lastenräder", "Gärten", "Dächer", "Fassaden", "Toiletten", "Kinderwagen", "Rollstühle",
};

const char *const firstNames[] = {
    "Anna", "Jörg", "Birgit", "Jürgen", "Sönke", "Käthe", "Lukas", "Sophie", "Mehmet", "Aylin",
    "Günter", "Hannelore", "Maximilian", "Lena", "Björn", "Ingrid", "Paul", "Zoë", "Uwe",
    "Marta", "Niklas", "Jana", "Tobias", "Özlem", "Dieter", "Heike", "Fynn", "Elif", "René",
    "Gudrun", "Till", "Bärbel",
};

const char *const lastNames[] = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Günther", "Böhm", "Yıldız", "Jäger",
    "Weiß", "Groß", "Möller",
};

const char *const organisations[] = {
    "Werbegemeinschaft", "Mieterverein", "Stadtwerke", "Volkshochschule", "Sportverein",
    "Kirchengemeinde", "Seniorenbeirat", "Jugendzentrum", "Stadtverwaltung", "Gemeinderat",
    "Bürgerverein", "Handwerkskammer", "Grundschule", "Kulturverein", "Umweltverband",
    "Einzelhandel", "Gastronomie", "Wohnungsbaugesellschaft", "Freiwillige Feuerwehr", "privat",
};

const char *const units[] = {"Anzahl", "%", "m²", "Personen", "Euro", "Tage", "km", "Plätze"};

// Only raw mt19937 output is used, never the standard distributions: the engine's sequence is
// fixed by the standard, the distributions differ between libraries, and the same seed has to
// give the same conference everywhere. The bias of the modulo does not matter here.
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    int below(int n) { return int(m_engine() % quint32(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T, size_t N>
    const T &pick(const T (&items)[N]) { return items[below(int(N))]; }

private:
    std::mt19937 m_engine;
};

// Words are converted once; card texts are then joined from the ready QStrings.
class WordList
{
public:
    WordList()
    {
        for (const char *word : words)
            m_words << QString::fromUtf8(word);
    }

    QString text(Random &random, int minWords, int maxWords) const
    {
        const int count = random.between(minWords, maxWords);
        QString result;
        result.reserve(count * 12);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                result += QLatin1Char(' ');
            result += m_words.at(random.below(int(m_words.size())));
        }
        return result;
    }

private:
    QStringList m_words;
};

template<class T>
Id putNew(Conference &conference, T entity)
{
    entity.id = conference.all<T>().nextId();
    conference.all<T>().put(entity);
    return entity.id;
}

QColor clusterColor(int index)
{
    return QColor::fromHsv(index * 37 % 360, 40, 250);
}

} // namespace

Conference makeStressConference(quint32 seed)
{
    Random random(seed);
    const WordList wordList;
    Conference conference = newConference();

    ConferenceInfo info = conference.info();
    info.title = QString::fromUtf8("Stresstest: Großkonferenz (Startwert %1)").arg(seed);
    info.area = QString::fromUtf8("Großstadt");
    info.areaKind = AreaKind::Town;
    info.place = QStringLiteral("Messehalle 3");
    info.startDate = QDate(2026, 9, 18);
    info.endDate = QDate(2026, 9, 20);
    info.moderators = QStringLiteral("Moderationsteam A, Moderationsteam B");
    info.notes = QString::fromUtf8("Künstlich erzeugte Daten für Leistungstests.");
    conference.all<ConferenceInfo>().put(info);

    std::vector<Id> groupIds;
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
        groupIds.push_back(group.id);
    std::vector<Id> phaseIds;
    for (const Phase &phase : conference.all<Phase>())
        phaseIds.push_back(phase.id);
    const int phaseCount = int(phaseIds.size());

    std::vector<Id> tableIds;
    for (int number = 1; number <= TableCount; ++number) {
        Table table;
        table.number = number;
        table.name = QStringLiteral("Tisch %1").arg(number);
        tableIds.push_back(putNew(conference, table));
    }

    // Groups and tables both cycle, but with different periods, so every table is mixed.
    std::vector<const Participant *> participants;
    for (int i = 0; i < ParticipantCount; ++i) {
        Participant participant;
        // Drawn in separate statements: the order of operands of + is unspecified.
        const QString firstName = QString::fromUtf8(random.pick(firstNames));
        participant.name = firstName + QLatin1Char(' ') + QString::fromUtf8(random.pick(lastNames));
        participant.organisation = QString::fromUtf8(random.pick(organisations));
        participant.groupId = groupIds[i % groupIds.size()];
        participant.tableId = tableIds[i % TableCount];
        participant.steeringCommittee = i % 50 == 0;
        putNew(conference, participant);
    }
    for (const Participant &participant : conference.all<Participant>())
        participants.push_back(&participant);

    // Clusters and cards are shared out evenly over the phases; a card's cluster, if it has
    // one, is one of its own phase, and its cards stack in a column under the heading.
    const int clustersPerPhase = ClusterCount / phaseCount;
    const int cardsPerPhase = CardCount / phaseCount;
    std::vector<std::vector<Id>> clusterIdsOfPhase(phaseCount);
    std::vector<std::vector<Id>> cardIdsOfPhase(phaseCount);
    for (int p = 0; p < phaseCount; ++p) {
        // Decide the clusters' sizes first: each row of clusters is as tall as its largest one.
        std::vector<int> clusterOfCard(cardsPerPhase, -1);
        std::vector<int> clusterSize(clustersPerPhase, 0);
        for (int &cluster : clusterOfCard) {
            if (random.chance(80)) {
                cluster = random.below(clustersPerPhase);
                ++clusterSize[cluster];
            }
        }
        std::vector<QPointF> clusterPos(clustersPerPhase);
        double rowTop = 0;
        for (int c = 0; c < clustersPerPhase; c += ClusterColumns) {
            const int rowEnd = std::min(c + ClusterColumns, clustersPerPhase);
            const int tallest = *std::max_element(clusterSize.begin() + c,
                                                  clusterSize.begin() + rowEnd);
            for (int k = c; k < rowEnd; ++k)
                clusterPos[k] = QPointF((k - c) * ColumnStep, rowTop);
            rowTop += HeadingHeight + tallest * RowStep + 60;
        }

        for (int c = 0; c < clustersPerPhase; ++c) {
            Cluster cluster;
            cluster.phaseId = phaseIds[p];
            cluster.heading = wordList.text(random, 1, 4);
            cluster.pos = clusterPos[c];
            cluster.color = clusterColor(c);
            clusterIdsOfPhase[p].push_back(putNew(conference, cluster));
        }

        const bool past = conference.find<Phase>(phaseIds[p])->kind == PhaseKind::Past;
        std::vector<int> placed(clustersPerPhase, 0);
        int loose = 0;
        for (int cluster : clusterOfCard) {
            const Participant *author = participants[random.below(ParticipantCount)];
            Card card;
            card.phaseId = phaseIds[p];
            card.groupId = author->groupId;
            card.tableId = author->tableId;
            card.text = wordList.text(random, 5, 20);
            if (cluster >= 0) {
                card.clusterId = clusterIdsOfPhase[p][cluster];
                card.pos = clusterPos[cluster]
                           + QPointF(0, HeadingHeight + placed[cluster]++ * RowStep);
            } else {
                // Cards nobody clustered lie in a grid below the clusters.
                card.pos = QPointF(loose % ClusterColumns * ColumnStep,
                                   rowTop + loose / ClusterColumns * RowStep);
                ++loose;
            }
            if (past) {
                card.year = random.between(1950, 2025);
                card.lane = TimelineLane(random.between(int(TimelineLane::World),
                                                        int(TimelineLane::Personal)));
            }
            if (random.chance(2))
                card.form = random.chance(50) ? CardForm::Oval : CardForm::Heading;
            cardIdsOfPhase[p].push_back(putNew(conference, card));
        }
    }

    // Every participant puts one dot each on DotsPerVoter different items of each phase.
    for (int p = 0; p < phaseCount; ++p) {
        VoteSession session;
        session.phaseId = phaseIds[p];
        session.title = QString::fromUtf8("Punktabfrage %1").arg(p + 1);
        session.dotsPerVoter = DotsPerVoter;
        session.capPerItem = 2;
        session.voterUnit = VoterUnit::Participant;
        session.open = p == phaseCount - 1;
        session.id = putNew(conference, session);

        const std::vector<Id> &cards = cardIdsOfPhase[p];
        const std::vector<Id> &clusters = clusterIdsOfPhase[p];
        const int targetCount = int(cards.size() + clusters.size());
        for (const Participant *voter : participants) {
            std::array<int, DotsPerVoter> chosen;
            for (int d = 0; d < DotsPerVoter; ++d) {
                int target;
                do {
                    target = random.below(targetCount);
                } while (std::find(chosen.begin(), chosen.begin() + d, target)
                         != chosen.begin() + d);
                chosen[d] = target;

                Dot dot;
                dot.sessionId = session.id;
                if (target < int(cards.size()))
                    dot.cardId = cards[target];
                else
                    dot.clusterId = clusters[target - cards.size()];
                dot.voterId = voter->id;
                putNew(conference, dot);
            }
        }
    }

    std::vector<Id> subProjectIds;
    for (int i = 0; i < SubProjectCount; ++i) {
        SubProject subProject;
        subProject.name = QStringLiteral("TP %1 – ").arg(i + 1) + wordList.text(random, 2, 4);
        subProject.leader = participants[random.below(ParticipantCount)]->name;
        subProject.team = wordList.text(random, 3, 8);
        subProjectIds.push_back(putNew(conference, subProject));
    }

    constexpr MeasureStatus statuses[] = {MeasureStatus::Idea, MeasureStatus::Planned,
                                          MeasureStatus::InProgress, MeasureStatus::Done,
                                          MeasureStatus::Dropped};
    const QDate firstStart(2026, 10, 1);
    for (int i = 0; i < MeasureCount; ++i) {
        const int p = random.below(phaseCount);
        Measure measure;
        measure.title = wordList.text(random, 3, 7);
        measure.description = wordList.text(random, 10, 40);
        measure.sourceClusterId = clusterIdsOfPhase[p][random.below(clustersPerPhase)];
        if (random.chance(30))
            measure.sourceCardId = cardIdsOfPhase[p][random.below(cardsPerPhase)];
        measure.subProjectId = subProjectIds[i % SubProjectCount];
        measure.owner = participants[random.below(ParticipantCount)]->name;
        measure.team = wordList.text(random, 3, 8);
        measure.startDate = firstStart.addDays(random.below(365));
        measure.deadline = measure.startDate.addDays(random.between(30, 900));
        measure.status = random.pick(statuses);
        measure.progress = measure.status == MeasureStatus::Done   ? 100
                           : measure.status == MeasureStatus::Idea ? 0
                                                                   : random.between(0, 95);
        measure.communication = wordList.text(random, 6, 15);
        const Id measureId = putNew(conference, measure);

        Criterion criterion;
        criterion.measureId = measureId;
        criterion.indicator = wordList.text(random, 2, 5);
        criterion.unit = QString::fromUtf8(random.pick(units));
        criterion.baseline = random.between(0, 100);
        criterion.target = *criterion.baseline + random.between(1, 200);
        if (random.chance(70))
            criterion.current = *criterion.baseline + random.between(0, 150);
        criterion.due = measure.deadline;
        putNew(conference, criterion);
    }

    // Follow-up: a review meeting every two months, where most measures that have started are
    // reviewed and their indicators reported. Generated last, so that everything above stays
    // as it was before reviews existed.
    std::vector<const ReviewMeeting *> meetings;
    for (int i = 0; i < ReviewMeetingCount; ++i) {
        ReviewMeeting meeting;
        meeting.date = QDate(2026, 12, 10).addMonths(2 * i);
        meeting.title = QStringLiteral("%1. Steuerkreis").arg(i + 1);
        meeting.notes = wordList.text(random, 5, 30);
        meetings.push_back(conference.find<ReviewMeeting>(putNew(conference, meeting)));
    }
    QHash<Id, const Criterion *> criterionOf;
    for (const Criterion &c : conference.all<Criterion>())
        criterionOf.insert(c.measureId, &c);
    for (const Measure &measure : conference.all<Measure>()) {
        const Criterion *criterion = criterionOf.value(measure.id);
        double value = criterion && criterion->baseline ? *criterion->baseline : 0;
        for (const ReviewMeeting *meeting : meetings) {
            if (meeting->date < measure.startDate || !random.chance(60))
                continue;
            MeasureReview review;
            review.meetingId = meeting->id;
            review.measureId = measure.id;
            review.said = wordList.text(random, 4, 12);
            review.did = wordList.text(random, 4, 20);
            review.next = wordList.text(random, 4, 12);
            if (random.chance(40))
                review.helpNeeded = wordList.text(random, 3, 10);
            review.status = measure.status;
            review.progress = measure.progress;
            putNew(conference, review);
            if (criterion) {
                value += random.between(0, 20);
                putNew(conference, IndicatorValue{NoId, criterion->id, meeting->id,
                                                  meeting->date, value});
            }
        }
    }
    return conference;
}

} // namespace weitblick

// Cluster suggestion benchmark (issues 4 and 14): suggestions for 1,000 loose cards of one phase, beside
// the raw cost of only splitting and stemming the same cards, measured in the same run.
// Usage: bench_suggest [RUNS] (default 5).

#include "benchutil.h"

#include "core/model/newconference.h"
#include "core/sample/stressconference.h"
#include "core/suggest/clustersuggester.h"
#include "core/suggest/snowballstemmer.h"
#include "tests/core/suggest/labelledcards.h"

#include <QCoreApplication>

#include <iostream>
#include <span>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

constexpr int CardCount = 1000;

// A new conference with the texts as loose cards of its second phase.
Conference conferenceWith(const QStringList &texts, Id *phaseId)
{
    Conference conference = newConference();
    *phaseId = std::next(conference.all<Phase>().begin())->id;
    for (const QString &text : texts) {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = *phaseId;
        card.text = text;
        conference.all<Card>().put(card);
    }
    return conference;
}

// 1,000 card texts of the stress conference: random words of the town vocabulary, so many
// cards share words and the grouping has much to do.
QStringList stressTexts()
{
    const Conference stress = makeStressConference();
    QStringList texts;
    for (const Card &card : stress.all<Card>()) {
        if (texts.size() == CardCount)
            break;
        texts << card.text;
    }
    return texts;
}

// The labelled cards as a large conference writes them: the same topics again and again,
// with a varying second sentence so that the texts are not just copies.
QStringList realisticTexts()
{
    static const char *const additions[] = {"", " – seit Jahren!", " bitte prüfen",
                                            " (Tisch 4)", " am Bahnhof", " für alle"};
    QStringList texts;
    for (int round = 0; texts.size() < CardCount; ++round) {
        for (const auto &cards : {std::span<const test::LabelledCard>(test::TownCentreCards),
                                  std::span<const test::LabelledCard>(test::VillageCards)}) {
            for (const test::LabelledCard &card : cards) {
                if (texts.size() == CardCount)
                    break;
                texts << QString::fromUtf8(card.text)
                             + QString::fromUtf8(additions[round % std::size(additions)]);
            }
        }
    }
    return texts;
}

// The baseline: what any text comparison must do, splitting the cards into words and
// stemming them.
qsizetype tokeniseAndStem(const Conference &conference)
{
    const SnowballStemmer stemmer(Language::German);
    qsizetype length = 0;
    for (const Card &card : conference.all<Card>()) {
        for (const Word &word : WordForms::words(card.text, Language::German))
            length += stemmer.stem(word.folded).size();
    }
    return length;
}

// Returns the median of features + suggest, for the figure of a first suggestion.
double benchmark(const QString &name, const Conference &conference, Id phaseId, int runs,
                 const QString &target = QStringLiteral("< 300"))
{
    qsizetype sink = 0;
    int groups = 0;
    const auto baseline = [&] { sink += tokeniseAndStem(conference); };
    const auto suggestion = [&] {
        const ClusterSuggester suggester(conference);
        groups = int(suggester.suggest(phaseId).size());
    };
    const auto [raw, full] = interleavedMediansMs(runs, baseline, suggestion);
    printRow(name + QStringLiteral(": features + suggest"), full, raw, target);

    const ClusterSuggester suggester(conference);
    const int more = ClusterSuggester::defaultGroupCount(suggester.looseCardCount(phaseId)) + 5;
    const double again = medianMs(runs, [&] { sink += suggester.suggest(phaseId, more).size(); });
    printRow(name + QStringLiteral(": suggest again (slider)"), again, 0, QString());
    std::cout << "  (" << groups << " groups by default; " << sink % 2 << ")\n";
    return full;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(5, argc > 1 ? QByteArray(argv[1]).toInt() : 5);
    std::cout << "Cluster suggestions for " << CardCount << " loose cards; median of " << runs
              << " runs\n";
    printHeader();

    // Read once per process, in the background while the window opens (Lexicon::loadInBackground);
    // a suggestion asked for before that waits for the rest.
    const double thesaurus =
        medianMs(runs, [] { Lexicon::load(Lexicon::installedThesaurusPath()); });
    printRow(QStringLiteral("read thesaurus"), thesaurus, 0, QString());
    const double load = medianMs(runs, [] {
        Lexicon::load(Lexicon::installedThesaurusPath(), Lexicon::installedWordListPath());
    });
    printRow(QStringLiteral("read thesaurus + word list (once, background)"), load, 0,
             QString());
    Lexicon::shared();

    Id phaseId = NoId;
    const Conference realistic = conferenceWith(realisticTexts(), &phaseId);
    const double warm = benchmark(QStringLiteral("realistic cards"), realistic, phaseId, runs);
    printRow(QStringLiteral("realistic cards: with the word lists (sum)"), load + warm, 0,
             QString());
    const Conference soup = conferenceWith(stressTexts(), &phaseId);
    benchmark(QStringLiteral("stress word soup"), soup, phaseId, runs);

    // The whole stress conference: 20,000 cards for the document frequencies, and the phase
    // with the most loose cards.
    const Conference stress = makeStressConference();
    QHash<Id, int> looseCards;
    for (const Card &card : stress.all<Card>()) {
        if (card.clusterId == NoId && card.form != CardForm::Heading)
            ++looseCards[card.phaseId];
    }
    Id busiest = NoId;
    for (auto it = looseCards.cbegin(); it != looseCards.cend(); ++it) {
        if (busiest == NoId || it.value() > looseCards.value(busiest))
            busiest = it.key();
    }
    std::cout << "Stress conference: " << stress.all<Card>().size() << " cards, "
              << looseCards.value(busiest) << " loose on the busiest phase\n";
    // 20 times the cards the target is set for: for the record only.
    benchmark(QStringLiteral("stress conference"), stress, busiest, runs, QString());
    return 0;
}

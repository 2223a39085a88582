// The quality of the cluster suggestions on labelled walls (issue 14): for each file in the
// format of tests/core/suggest/data/README.md, the adjusted Rand index against its topics, the
// share of the cards in a suggested group and the number of groups, with the default settings.
// Usage: suggest_quality [--groups K] [--print] [--terms] FILE...
//   --terms     every card with the terms of its vector, heaviest first
//   --groups K  K groups instead of as many as the cards call for
//   --print     every suggested group with its heading, each card after its true topic

#include "core/suggest/clustersuggester.h"
#include "tests/core/suggest/labelledsets.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace weitblick;
using namespace weitblick::test;

namespace {

void printGroups(const LabelledSet &set, const LabelledConference &labelled,
                 const QList<SuggestedCluster> &suggested, QTextStream &out)
{
    const auto printCard = [&](Id id) {
        out << "      " << set.topics.at(labelled.groupOf.value(id)) << ": "
            << labelled.conference.find<Card>(id)->text << '\n';
    };
    QSet<Id> placed;
    for (const SuggestedCluster &cluster : suggested) {
        out << "  [" << cluster.heading << "]\n";
        for (Id id : cluster.cardIds) {
            printCard(id);
            placed.insert(id);
        }
    }
    out << "  (in no group)\n";
    for (auto it = labelled.groupOf.cbegin(); it != labelled.groupOf.cend(); ++it) {
        if (!placed.contains(it.key()))
            printCard(it.key());
    }
}

// Every card with its terms, heaviest first: why a card sits where it does.
void printTerms(const LabelledConference &labelled, const TextFeatures &features, QTextStream &out)
{
    for (const Card &card : labelled.conference.all<Card>()) {
        if (card.phaseId != labelled.phaseId)
            continue;
        TextFeatures::Vector vector = features.vector(card.id);
        std::sort(vector.begin(), vector.end(),
                  [](const auto &a, const auto &b) { return a.weight > b.weight; });
        out << "  " << card.text << ":";
        for (const TextFeatures::Entry &entry : vector)
            out << ' ' << features.termName(entry.term) << '=' << QString::number(entry.weight, 'f', 2);
        out << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool print = files.removeAll(QStringLiteral("--print")) > 0;
    const bool terms = files.removeAll(QStringLiteral("--terms")) > 0;
    int groups = 0;
    if (const qsizetype at = files.indexOf(QStringLiteral("--groups")); at >= 0) {
        groups = at + 1 < files.size() ? files.at(at + 1).toInt() : 0;
        if (groups < 1) {
            err << "--groups needs a number of groups of at least 1\n";
            return 2;
        }
        files.remove(at, 2);
    }
    if (files.isEmpty()) {
        err << "usage: suggest_quality [--groups K] [--print] [--terms] FILE...\n";
        return 2;
    }
    int failed = 0;
    for (const QString &file : std::as_const(files)) {
        const LabelledSet set = readLabelledFile(file);
        if (set.texts.size() < 2) {
            err << file << ": no labelled cards read\n";
            ++failed;
            continue;
        }
        const LabelledConference labelled = labelledConference(set);
        const ClusterSuggester suggester(labelled.conference);
        const QList<SuggestedCluster> suggested = groups > 0
                                                      ? suggester.suggest(labelled.phaseId, groups)
                                                      : suggester.suggest(labelled.phaseId);
        out << set.name << ": " << set.texts.size() << " cards in " << set.topics.size()
            << " topics; " << describe(agreement(labelled.groupOf, suggested), set.texts.size())
            << Qt::endl;
        if (print)
            printGroups(set, labelled, suggested, out);
        if (terms)
            printTerms(labelled, suggester.features(), out);
    }
    return failed > 0 ? 1 : 0;
}

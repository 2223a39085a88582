#include <catch2/catch.hpp>

#include "core/io/cardimport.h"
#include "core/suggest/acceptsuggestions.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/roommaker.h"
#include "core/wall/wallcommands.h"
#include "core/wall/wallgeometry.h"
#include "opendocument.h"
#include "realwalls.h"

#include <QRegularExpression>

using namespace weitblick;
using test::RealWall;

namespace {

// What an edit changed on the wall: the cards it moved or put into another cluster, and the
// clusters it made or moved.
QSet<QString> touchedBy(const Conference &before, const Conference &after, Id phaseId)
{
    QSet<QString> names;
    for (const Card &card : after.all<Card>()) {
        const Card *old = before.find<Card>(card.id);
        if (card.phaseId == phaseId && (!old || old->pos != card.pos || old->clusterId != card.clusterId))
            names.insert(QStringLiteral("card %1").arg(card.id));
    }
    for (const Cluster &cluster : after.all<Cluster>()) {
        const Cluster *old = before.find<Cluster>(cluster.id);
        if (cluster.phaseId == phaseId && (!old || old->pos != cluster.pos))
            names.insert(QStringLiteral("cluster %1").arg(cluster.id));
        // Its frame changes with its cards.
        for (const Card &card : after.all<Card>()) {
            if (card.clusterId == cluster.id && names.contains(QStringLiteral("card %1").arg(card.id)))
                names.insert(QStringLiteral("cluster %1").arg(cluster.id));
        }
    }
    return names;
}

QList<Id> looseCards(const Conference &conference, Id phaseId)
{
    QList<Id> ids;
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId == phaseId && card.clusterId == NoId && card.form == CardForm::Card
            && !card.year)
            ids << card.id;
    }
    return ids;
}

// A loose card with loose cards right above and below it, so that a cluster made on it would
// cover them.
Id crowdedLooseCard(const WallGeometry &wall, const QList<Id> &loose)
{
    for (Id id : loose) {
        const QRectF rect = wall.cardRect(id);
        bool above = false;
        bool below = false;
        for (Id other : loose) {
            const QRectF o = wall.cardRect(other);
            if (other == id || o.left() != rect.left())
                continue;
            above = above || (o.bottom() <= rect.top() && o.bottom() > rect.top() - 80);
            below = below || (o.top() >= rect.bottom() && o.top() < rect.bottom() + 80);
        }
        if (above && below)
            return id;
    }
    return loose.value(loose.size() / 2);
}

struct WallEdit
{
    const char *name;
    std::function<bool(ConferenceDocument *, Id phaseId, const WallGeometry &)> edit;
};

QList<WallEdit> clusterEdits()
{
    return {
        {"drop a card on a crowded card",
         [](ConferenceDocument *d, Id phaseId, const WallGeometry &wall) {
             const QList<Id> loose = looseCards(d->conference(), phaseId);
             const Id target = crowdedLooseCard(wall, loose);
             return commands::clusterOnCard(d, target, {loose.constLast()},
                                            QStringLiteral("Neu")) != NoId;
         }},
        {"group three scattered cards",
         [](ConferenceDocument *d, Id phaseId, const WallGeometry &) {
             const QList<Id> loose = looseCards(d->conference(), phaseId);
             return commands::groupCards(d, {loose.at(0), loose.at(loose.size() / 2),
                                             loose.constLast()},
                                         QStringLiteral("Gruppe")) != NoId;
         }},
        {"drop cards on a cluster",
         [](ConferenceDocument *d, Id phaseId, const WallGeometry &wall) {
             const QList<Id> loose = looseCards(d->conference(), phaseId);
             return commands::addToCluster(d, wall.clusters().begin().key(),
                                           loose.mid(0, 3));
         }},
        {"take a card out of its cluster",
         [](ConferenceDocument *d, Id, const WallGeometry &wall) {
             // The second card of the largest cluster: the frame of the others still spans it.
             QHash<Id, QList<Id>> members;
             for (const Card &card : wall.cards())
                 if (card.clusterId != NoId)
                     members[card.clusterId] << card.id;
             Id largest = members.begin().key();
             for (auto it = members.cbegin(); it != members.cend(); ++it)
                 if (it->size() > members.value(largest).size())
                     largest = it.key();
             QList<Id> ids = members.value(largest);
             std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
                 return wall.cardRect(a).top() < wall.cardRect(b).top();
             });
             return commands::takeOutOfClusters(d, {ids.at(1)});
         }},
        {"accept suggested clusters",
         [](ConferenceDocument *d, Id phaseId, const WallGeometry &) {
             const QList<Id> loose = looseCards(d->conference(), phaseId);
             return commands::acceptSuggestions(
                 d, phaseId,
                 {{loose.mid(0, 4), QStringLiteral("Eins")},
                  {loose.mid(4, 3), QStringLiteral("Zwei mit einer Überschrift über mehrere "
                                                   "Zeilen, damit sie höher wird")}});
         }},
        {"dissolve a cluster",
         [](ConferenceDocument *d, Id, const WallGeometry &wall) {
             return commands::dissolveCluster(d, wall.clusters().begin().key());
         }},
    };
}

// The Future wall with 30 more cards imported, as a moderator adds what the tables wrote, when
// it has few loose cards (the sample has none on its Future wall).
RealWall withLooseCards(RealWall wall)
{
    if (looseCards(wall.conference, wall.phaseId).size() >= 12)
        return wall;
    QString csv = QStringLiteral("Phase;Text\n");
    for (int i = 0; i < 30; ++i)
        csv += QStringLiteral("Zukunft;Karte %1\n").arg(i);
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(csv.toUtf8(), &error);
    REQUIRE(table);
    QList<ImportProblem> problems;
    const ChangeSet changes = CardImport(*table).plan(wall.conference, &problems);
    REQUIRE(problems.isEmpty());
    wall.conference.apply(changes);
    return wall;
}

// The pairs of the overlaps, without where they lie: "card 3 covers card 4".
QSet<QString> pairsOf(const QStringList &overlaps)
{
    static const QRegularExpression where(QStringLiteral(" \\([^)]*\\)"));
    QSet<QString> pairs;
    for (QString line : overlaps)
        pairs.insert(line.remove(where));
    return pairs;
}

// The overlaps that the edit made: those of pairs that did not overlap before.
std::string newOverlaps(const QList<test::Drawn> &before, const QList<test::Drawn> &after,
                        const QSet<QString> &touched)
{
    const QSet<QString> old = pairsOf(test::overlaps(before, touched));
    QStringList found;
    for (const QString &line : test::overlaps(after, touched)) {
        if (!pairsOf({line}).intersects(old))
            found << line;
    }
    return found.join(u'\n').toStdString();
}

} // namespace

TEST_CASE("After any cluster edit on a real wall nothing covers what it must not", "[wall]")
{
    for (const RealWall &plain : test::realWalls()) {
        const RealWall wall = withLooseCards(plain);
        test::OpenDocument document(wall.conference);
        // The sample and the wall of 130 start clear; the stress wall's generator stacks
        // long cards into each other, so there an edit must only add no overlap.
        const bool clear = wall.name != QLatin1String("stress");
        if (clear)
            REQUIRE(test::overlaps(test::drawnOn(WallGeometry(wall.conference, wall.phaseId)))
                        .join(u'\n').toStdString() == "");
        for (const WallEdit &edit : clusterEdits()) {
            INFO(wall.name.toStdString() << ": " << edit.name);
            const Conference before = document.conference();
            const int steps = document.undoCount();
            REQUIRE(edit.edit(document.get(), wall.phaseId, WallGeometry(before, wall.phaseId)));
            CHECK(document.undoCount() == steps + 1);
            const Conference &after = document.conference();
            const QList<test::Drawn> drawn = test::drawnOn(WallGeometry(after, wall.phaseId));
            const QSet<QString> touched = touchedBy(before, after, wall.phaseId);
            CHECK(newOverlaps(test::drawnOn(WallGeometry(before, wall.phaseId)), drawn, touched)
                  == "");
            if (clear)
                CHECK(test::overlaps(drawn).join(u'\n').toStdString() == "");
            // One step: undo gives the wall back as it was.
            document.get()->undoStack()->undo();
            CHECK(document.conference() == before);
            document.get()->undoStack()->redo();
        }
        CHECK(document.fromFile() == document.conference());
    }
}

TEST_CASE("A cluster made on a crowded card keeps its place and moves the cards aside",
          "[wall]")
{
    RealWall wall = test::wallOf130Cards();
    test::OpenDocument document(wall.conference);
    const WallGeometry before(wall.conference, wall.phaseId);
    const QList<Id> loose = looseCards(wall.conference, wall.phaseId);
    const Id target = crowdedLooseCard(before, loose);
    const Id clusterId = commands::clusterOnCard(document.get(), target, {loose.constLast()},
                                                 QStringLiteral("Neu"));
    REQUIRE(clusterId != NoId);
    const WallGeometry after(document.conference(), wall.phaseId);
    // The target stays where the moderator dropped on it; its heading is free to read.
    CHECK(after.cardRect(target) == before.cardRect(target));
    const QRectF heading = after.clusterShapes().value(clusterId).heading;
    for (const Card &card : after.cards())
        CHECK_FALSE(after.cardRect(card.id).intersects(heading));
    // The cards that were under the new frame moved, the rest stayed.
    int moved = 0;
    for (Id id : loose) {
        if (id != loose.constLast() && after.cardRect(id) != before.cardRect(id)) {
            ++moved;
            CHECK(before.cardRect(id).intersects(after.clusterShapes().value(clusterId).frame));
        }
    }
    CHECK(moved >= 2);
}

TEST_CASE("A cluster that would land on another cluster goes to the nearest free place",
          "[wall]")
{
    RealWall wall = test::sampleWall();
    test::OpenDocument document(wall.conference);
    const WallGeometry before(wall.conference, wall.phaseId);
    // Two cards of the sample's first cluster, grouped anew where they stand: inside the old
    // frame, which must not be covered.
    QList<Id> members;
    for (const Card &card : before.cards())
        if (card.clusterId == before.clusters().begin().key())
            members << card.id;
    REQUIRE(members.size() >= 3);
    const Id clusterId = commands::groupCards(document.get(), members.mid(1, 1) + members.mid(2, 1),
                                              QStringLiteral("Abgespalten"));
    REQUIRE(clusterId != NoId);
    const WallGeometry after(document.conference(), wall.phaseId);
    CHECK(test::overlaps(test::drawnOn(after)).join(u'\n').toStdString() == "");
}

#include "wallfixture.h"

#include "core/io/cardimport.h"
#include "core/wall/wallcommands.h"
#include "core/wall/wallgeometry.h"
#include "realwalls.h"

#include <QLineEdit>

using namespace weitblick;
using test::WallPage;

namespace {

// What the page draws: each card item and each shown cluster item with its scene bounding
// rectangle (a card's includes its shadow).
QList<test::Drawn> drawnItems(WallScene *scene)
{
    QList<test::Drawn> drawn;
    const QList<QGraphicsItem *> items = scene->items();
    for (QGraphicsItem *item : items) {
        if (auto *card = qgraphicsitem_cast<CardItem *>(item))
            drawn.append({QStringLiteral("card %1").arg(card->cardId()),
                          card->sceneBoundingRect(), card->card().clusterId, false});
        else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item); cluster
                 && cluster->isVisible())
            drawn.append({QStringLiteral("cluster %1").arg(cluster->clusterId()),
                          cluster->sceneBoundingRect(), cluster->clusterId(), true});
    }
    return drawn;
}

// The page draws what WallGeometry says it draws.
void checkDrawnAsReckoned(const WallPage &wall)
{
    const WallGeometry geometry(wall.conference(), wall.scene()->phaseId());
    for (const Card &card : geometry.cards())
        CHECK(wall.item(card.id)->sceneCardRect() == geometry.cardRect(card.id));
    for (auto it = geometry.clusterShapes().cbegin(); it != geometry.clusterShapes().cend(); ++it)
        CHECK(wall.scene()->clusterItem(it.key())->frameRect() == it->frame);
}

// The sample with 100 cards imported into its Future wall and the wall arranged, as the
// issue's moderator had it before quitting.
Conference importedAndArranged()
{
    Conference conference = test::sampleWall().conference;
    QString csv = QStringLiteral("Phase;Text\n");
    for (int i = 0; i < 100; ++i)
        csv += QStringLiteral("Zukunft;Karte %1\n").arg(i);
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(csv.toUtf8(), &error);
    REQUIRE(table);
    QList<ImportProblem> problems;
    conference.apply(CardImport(*table).plan(conference, &problems));
    REQUIRE(problems.isEmpty());
    conference.apply(commands::arrangement(conference, test::phaseOf(conference,
                                                                     PhaseKind::Future)));
    return conference;
}

} // namespace

TEST_CASE("Cards typed after import, arrange and reopen land in view beside the wall",
          "[wall]")
{
    WallPage wall(importedAndArranged(), PhaseKind::Future);
    wall.activate();
    wall.view()->fitAll();
    const QRectF contentBefore = wall.scene()->contentRect();
    QRectF clusters;
    for (const Cluster &cluster : wall.conference().all<Cluster>()) {
        if (ClusterItem *item = wall.scene()->clusterItem(cluster.id))
            clusters |= item->frameRect();
    }
    REQUIRE_FALSE(clusters.isNull());

    wall.page->focusQuickEntry();
    QLineEdit *line = wall.page->quickEntry()->lineEdit();
    QList<Id> typed;
    for (int i = 1; i <= 10; ++i) {
        QTest::keyClicks(line, QStringLiteral("Neu %1").arg(i));
        QTest::keyClick(line, Qt::Key_Return);
        const Id id = wall.conference().all<Card>().nextId() - 1;
        REQUIRE(wall.card(id).text == QStringLiteral("Neu %1").arg(i));
        typed << id;
        // Each one is in view the moment it is there.
        CHECK(wall.view()->visibleSceneRect().contains(wall.item(id)->sceneBoundingRect()));
    }
    // Nothing drawn covers a typed card.
    QSet<QString> names;
    for (Id id : std::as_const(typed))
        names.insert(QStringLiteral("card %1").arg(id));
    CHECK(test::overlaps(drawnItems(wall.scene()), names) == QStringList());
    // Beside the wall: in the columns of its clusters, in rows under them, in the order they
    // were typed, none above or far beside the wall.
    for (Id id : std::as_const(typed)) {
        const QRectF rect = wall.item(id)->sceneCardRect();
        CHECK(rect.left() >= clusters.left());
        CHECK(rect.right() <= clusters.right());
        CHECK(rect.top() >= clusters.bottom());
        CHECK(rect.top() <= contentBefore.bottom() + 200);
    }
    for (qsizetype i = 1; i < typed.size(); ++i) {
        const QRectF rect = wall.item(typed.at(i))->sceneCardRect();
        const QRectF previous = wall.item(typed.at(i - 1))->sceneCardRect();
        // Reading order: right under the one before (filling the column the arranged cards
        // left free), the next column of the row, or a new row further down to the left.
        INFO("card " << i << " at " << rect.left() << "," << rect.top());
        if (rect.left() == previous.left())
            CHECK(rect.top() == previous.bottom() + CardGeometry::RowGap);
        else if (rect.top() == previous.top())
            CHECK(rect.left() == previous.left() + CardGeometry::ColumnStep);
        else
            CHECK((rect.top() > previous.top() && rect.left() < previous.left()));
    }
    checkDrawnAsReckoned(wall);
}

TEST_CASE("Quick entry places cards where an import places the same cards", "[wall]")
{
    const QStringList texts = {QStringLiteral("Eins"), QStringLiteral("Zwei"),
                               QStringLiteral("Drei mit etwas mehr Text, so dass die Karte "
                                              "hoeher wird als die anderen beiden")};
    const Conference sample = test::sampleWall().conference;
    QString csv = QStringLiteral("Phase;Text\n");
    for (const QString &text : texts)
        csv += QStringLiteral("Zukunft;\"%1\"\n").arg(text);
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(csv.toUtf8(), &error);
    REQUIRE(table);
    QList<ImportProblem> problems;
    const ChangeSet imported = CardImport(*table).plan(sample, &problems);
    REQUIRE(imported.size() == texts.size());

    WallPage wall(sample, PhaseKind::Future);
    QLineEdit *line = wall.page->quickEntry()->lineEdit();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QTest::keyClicks(line, texts.at(i));
        QTest::keyClick(line, Qt::Key_Return);
        const Card &typed = wall.card(wall.conference().all<Card>().nextId() - 1);
        const Card &planned = std::get<Card>(*imported.changes().at(i).after);
        CHECK(typed.text == planned.text);
        CHECK(typed.pos == planned.pos);
    }
}

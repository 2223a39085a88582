#include "wallfixture.h"

#include "core/model/newconference.h"
#include "core/wall/cardgeometry.h"

#include <QLineEdit>

using namespace weitblick;
using test::WallPage;

namespace {

Conference withTables()
{
    Conference conference = newConference();
    conference.all<Table>().put({1, 1, QStringLiteral("Tisch 1")});
    conference.all<Table>().put({2, 2, QStringLiteral("Tisch 2")});
    return conference;
}

QList<Card> cardsOf(const Conference &conference, Id phaseId)
{
    QList<Card> cards;
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId == phaseId)
            cards.append(card);
    }
    return cards;
}

} // namespace

TEST_CASE("Quick entry adds typed cards with the preset group and no overlap", "[wall]")
{
    WallPage wall(withTables(), PhaseKind::Future);
    wall.activate();
    const Id future = test::phaseOfKind(wall.conference(), PhaseKind::Future);
    QuickEntryBar *bar = wall.page->quickEntry();
    const Id group = 3;
    bar->setPresetGroup(group);
    bar->setPresetTable(2);
    wall.page->focusQuickEntry();
    QLineEdit *line = bar->lineEdit();
    REQUIRE(line->hasFocus());

    QStringList typed;
    for (int i = 0; i < 14; ++i) {
        // Some long enough to make taller cards.
        const QString text = i % 4 == 3
                                 ? QStringLiteral("Karte %1 mit viel mehr Text, damit sie "
                                                  "deutlich hoeher wird als die anderen")
                                       .arg(i)
                                 : QStringLiteral("Karte %1").arg(i);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        typed << text;
        // The line is ready for the next card at once, without the mouse.
        REQUIRE(line->text().isEmpty());
        REQUIRE(line->hasFocus());
    }
    QTest::keyClick(line, Qt::Key_Return); // an empty line adds nothing

    const QList<Card> cards = cardsOf(wall.conference(), future);
    REQUIRE(cards.size() == typed.size());
    CHECK(wall.undo()->count() == typed.size());
    QList<QRectF> rects;
    for (const Card &card : cards) {
        CHECK(typed.contains(card.text));
        CHECK(card.groupId == group);
        CHECK(card.tableId == 2);
        CHECK(card.clusterId == NoId);
        const QRectF rect(card.pos, CardGeometry::layout(card.text, card.form).size);
        REQUIRE(wall.item(card.id));
        CHECK(wall.item(card.id)->sceneCardRect() == rect);
        rects << rect;
    }
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            CHECK_FALSE(rects.at(i).intersects(rects.at(j)));
    }
    // The new card is selected and in view.
    const Id last = cards.constLast().id;
    CHECK(wall.scene()->selectedCardIds() == QList<Id>{last});
    CHECK(wall.view()->visibleSceneRect().contains(wall.item(last)->sceneCardRect()));
    // The group's colour shows on the card.
    CHECK(wall.item(last)->fillColor() == wall.conference().find<StakeholderGroup>(group)->color);
}

TEST_CASE("Quick entry cards go to the preset group only on their own phase", "[wall]")
{
    WallPage wall(withTables(), PhaseKind::Utopias);
    QuickEntryBar *bar = wall.page->quickEntry();
    bar->setPresetGroup(NoId);
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("Seilbahn"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Enter);
    const Id utopias = test::phaseOfKind(wall.conference(), PhaseKind::Utopias);
    REQUIRE(wall.conference().all<Card>().size() == 1);
    const Card &card = *wall.conference().all<Card>().begin();
    CHECK(card.phaseId == utopias);
    CHECK(card.groupId == NoId);
    CHECK_FALSE(card.year);
    CHECK(card.lane == TimelineLane::None);
}

TEST_CASE("On the Past phase a leading year puts the quick entry card on the timeline", "[wall]")
{
    // QTest types ASCII only; umlauts reach the cards through the same path as any letter.
    WallPage wall(withTables(), PhaseKind::Past);
    QuickEntryBar *bar = wall.page->quickEntry();
    const Id past = test::phaseOfKind(wall.conference(), PhaseKind::Past);
    struct Entry { const char *typed; TimelineLane lane; };
    const Entry entries[] = {
        {"1989 Mauerfall", TimelineLane::World},
        {"1975 Fussgaengerzone eroeffnet", TimelineLane::Local},
        {"2001: Unser Cafe eroeffnet", TimelineLane::Personal},
        {"1989 Wende im Ort", TimelineLane::Local},
        {"1989 Deutsche Einheit naht", TimelineLane::World},
        {"Ohne Jahr", TimelineLane::World},
    };
    for (const Entry &entry : entries) {
        bar->setPresetLane(entry.lane);
        QTest::keyClicks(bar->lineEdit(), QString::fromUtf8(entry.typed));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    }
    QHash<QString, Card> byText;
    for (const Card &card : cardsOf(wall.conference(), past))
        byText.insert(card.text, card);
    REQUIRE(byText.size() == 6);
    const Card mauerfall = byText.value(QStringLiteral("Mauerfall"));
    CHECK(mauerfall.year == 1989);
    CHECK(mauerfall.lane == TimelineLane::World);
    CHECK(byText.value(QStringLiteral("Unser Cafe eroeffnet")).year == 2001);
    CHECK(byText.value(QStringLiteral("Unser Cafe eroeffnet")).lane == TimelineLane::Personal);
    CHECK_FALSE(byText.value(QStringLiteral("Ohne Jahr")).year);

    // Each sits at its year on its lane; the undated one waits in the tray.
    const TimelineLayout &timeline = wall.scene()->timeline();
    QList<QRectF> rects;
    for (const Card &card : std::as_const(byText)) {
        const QRectF rect = wall.item(card.id)->sceneCardRect();
        rects << rect;
        if (!card.year) {
            CHECK(rect.top() >= timeline.trayTop());
            continue;
        }
        CHECK(timeline.laneRect(card.lane).contains(rect));
        CHECK(timeline.slotAt(rect.center()) == TimelineSlot{*card.year, card.lane});
    }
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            CHECK_FALSE(rects.at(i).intersects(rects.at(j)));
    }
    const auto xOf = [&](const char *text) {
        return wall.item(byText.value(QString::fromUtf8(text)).id)->x();
    };
    CHECK(xOf("Fussgaengerzone eroeffnet") < xOf("Mauerfall"));
    CHECK(xOf("Mauerfall") < xOf("Unser Cafe eroeffnet"));
    CHECK(xOf("Mauerfall") == xOf("Deutsche Einheit naht"));
}

TEST_CASE("A card dragged along the timeline takes the year and lane it lands on", "[wall]")
{
    Conference conference = withTables();
    const Id past = test::phaseOfKind(conference, PhaseKind::Past);
    Card card = test::wallCard(1, past, QStringLiteral("Mauerfall"), QPointF());
    card.year = 1989;
    card.lane = TimelineLane::World;
    conference.all<Card>().put(card);
    Card other = test::wallCard(2, past, QStringLiteral("Euro"), QPointF());
    other.year = 2002;
    other.lane = TimelineLane::World;
    conference.all<Card>().put(other);
    WallPage wall(conference, PhaseKind::Past);
    const TimelineLayout &timeline = wall.scene()->timeline();
    const QPointF target(timeline.xOfYear(1995) + TimelineLayout::UnitsPerYear / 2,
                         timeline.laneRect(TimelineLane::Local).center().y());
    wall.drag(wall.centreOf(1), target);
    CHECK(wall.card(1).year == 1995);
    CHECK(wall.card(1).lane == TimelineLane::Local);
    CHECK(wall.undo()->count() == 1);
    CHECK(wall.scene()->timeline().laneRect(TimelineLane::Local).contains(
        wall.item(1)->sceneCardRect()));
    wall.undo()->undo();
    CHECK(wall.card(1).year == 1989);
    CHECK(wall.card(1).lane == TimelineLane::World);
}

TEST_CASE("On a divided wall quick entry cards go to the chosen area", "[wall]")
{
    Conference conference = withTables();
    const Id present = test::phaseOfKind(conference, PhaseKind::Present);
    Phase phase = *conference.find<Phase>(present);
    phase.wallLayout = WallLayout::ProudsSorriesByGroup;
    conference.all<Phase>().put(phase);
    WallPage wall(conference, PhaseKind::Present);
    QuickEntryBar *bar = wall.page->quickEntry();
    QLineEdit *line = bar->lineEdit();
    const WallAreas &areas = wall.scene()->areas();
    REQUIRE_FALSE(areas.isEmpty());

    bar->setPresetGroup(4);
    bar->setPresetAreaColumn(0);
    QTest::keyClicks(line, QStringLiteral("Stolz"));
    QTest::keyClick(line, Qt::Key_Return);
    // Alt+Page Down switches to the sorries without leaving the line.
    QTest::keyClick(line, Qt::Key_PageDown, Qt::AltModifier);
    CHECK(bar->presetAreaColumn() == 1);
    QTest::keyClicks(line, QStringLiteral("Schade"));
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClicks(line, QStringLiteral("Schade 2"));
    QTest::keyClick(line, Qt::Key_Return);

    QHash<QString, Id> ids;
    for (const Card &card : wall.conference().all<Card>())
        ids.insert(card.text, card.id);
    REQUIRE(ids.size() == 3);
    const auto areaOf = [&](const QString &text) {
        return areas.areaAt(wall.item(ids.value(text))->sceneCardRect().center());
    };
    CHECK(areaOf(QStringLiteral("Stolz")) == areas.areaOf(4, 0));
    CHECK(areaOf(QStringLiteral("Schade")) == areas.areaOf(4, 1));
    CHECK(areaOf(QStringLiteral("Schade 2")) == areas.areaOf(4, 1));
    CHECK_FALSE(wall.item(ids.value(QStringLiteral("Schade")))->sceneCardRect().intersects(
        wall.item(ids.value(QStringLiteral("Schade 2")))->sceneCardRect()));

    // Page Up and Page Down switch the group.
    const Id group = bar->presetGroup();
    QTest::keyClick(line, Qt::Key_PageDown);
    CHECK(bar->presetGroup() != group);
}

TEST_CASE("A read-only conference says in the quick-entry line why it takes no cards", "[wall]")
{
    // The file open elsewhere: the usual way a moderator meets a read-only conference.
    WallPage writer(withTables(), PhaseKind::Future);
    OpenOutcome outcome;
    auto reader = ConferenceDocument::open(writer.document->filePath(),
                                           ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(reader);
    REQUIRE(reader->isReadOnly());
    PhasePage page(reader.get());
    page.resize(1600, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPhase(test::phaseOfKind(reader->conference(), PhaseKind::Future));

    QLineEdit *line = page.quickEntry()->lineEdit();
    CHECK(line->isEnabled()); // reached with Ctrl+E, and shows why
    CHECK(line->isReadOnly());
    CHECK(page.quickEntryAction()->isEnabled());
    CHECK(line->placeholderText().contains(reader->readOnlyReason()));
    CHECK(line->toolTip().contains(reader->readOnlyReason().toHtmlEscaped()));

    page.focusQuickEntry();
    QTest::keyClicks(line, QStringLiteral("Seilbahn"));
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(line->text().isEmpty()); // the reason stays in view
    CHECK(reader->conference().all<Card>().isEmpty());

    // A phase page of a writable conference asks for cards as usual.
    CHECK_FALSE(writer.page->quickEntry()->lineEdit()->placeholderText().contains(
        reader->readOnlyReason()));
}

// Issue 12, item 14: the line counted UTF-16 units and took only 1,000 of 1,001 emoji.
TEST_CASE("Quick entry takes as many characters as a card holds, emoji counted as one",
          "[wall]")
{
    WallPage wall(withTables(), PhaseKind::Future);
    wall.activate();
    const Id future = test::phaseOfKind(wall.conference(), PhaseKind::Future);
    wall.page->focusQuickEntry();
    QLineEdit *line = wall.page->quickEntry()->lineEdit();
    const QString smile = QString::fromUtf8("🙂");
    line->insert(smile.repeated(1001));
    CHECK(line->text() == smile.repeated(1001));
    QTest::keyClick(line, Qt::Key_Return);
    const QList<Card> cards = cardsOf(wall.conference(), future);
    REQUIRE(cards.size() == 1);
    CHECK(cards.first().text == smile.repeated(1001));

    // A paste beyond the limit is cut between whole characters, as maxLength would.
    line->insert(QString::fromUtf8("👍🏽").repeated(1001));
    CHECK(line->text() == QString::fromUtf8("👍🏽").repeated(1000));
}

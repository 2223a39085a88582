#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "testfiles.h"
#include "tests/core/suggest/suggestquality.h"
#include "ui/suggest/suggestionsdialog.h"

#include <QPushButton>
#include <QSlider>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace weitblick;

TEST_CASE("The suggestions dialog accepts the selected groups as one undo step", "[suggestui]")
{
    test::TempDir dir;
    const test::LabelledConference labelled =
        test::labelledConference(test::TownCentreCards, test::TownCentreOtherCards);
    QString error;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("s.weitblick")),
                                               labelled.conference, &error);
    REQUIRE(document);
    const Conference before = document->conference();

    SuggestionsDialog dialog(document.get(), labelled.phaseId);
    dialog.show();
    const int cards = int(labelled.groupOf.size());
    const int suggestedCount = ClusterSuggester(before).suggestedGroupCount(labelled.phaseId);
    CHECK(dialog.groupCount() == suggestedCount);
    CHECK(dialog.slider()->maximum() == ClusterSuggester::maximumGroupCount(cards));
    const QList<SuggestedCluster> suggested = ClusterSuggester(before).suggest(labelled.phaseId);
    REQUIRE(suggested.size() >= 3);
    CHECK(dialog.groups() == suggested);
    REQUIRE(dialog.tree()->topLevelItemCount() == suggested.size());
    CHECK(dialog.tree()->topLevelItem(0)->childCount() == suggested.first().cardIds.size());

    // The slider sets the number of groups; back again gives the same groups.
    dialog.slider()->setValue(dialog.slider()->minimum());
    CHECK(dialog.groups().size() == 1);
    dialog.slider()->setValue(12);
    CHECK(dialog.groups() == ClusterSuggester(before).suggest(labelled.phaseId, 12));
    CHECK(dialog.tree()->topLevelItemCount() == dialog.groups().size());
    dialog.setGroupCount(suggestedCount);
    CHECK(dialog.groups() == suggested);

    // Reject the second group, rename the first.
    dialog.setGroupAccepted(1, false);
    dialog.setGroupHeading(0, QStringLiteral("Parken <b>neu</b>"));
    const QList<SuggestedCluster> accepted = dialog.acceptedGroups();
    REQUIRE(accepted.size() == suggested.size() - 1);
    CHECK(accepted.first().heading == QStringLiteral("Parken <b>neu</b>"));

    REQUIRE(dialog.acceptSelected());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(document->undoStack()->count() == 1);
    const QList<Id> created = dialog.createdClusterIds();
    REQUIRE(created.size() == accepted.size());
    const Conference &after = document->conference();
    CHECK(after.find<Cluster>(created.first())->heading == QStringLiteral("Parken <b>neu</b>"));
    for (Id id : suggested.at(1).cardIds)
        CHECK(after.find<Card>(id)->clusterId == NoId);
    // The clusters that were there stay as they were.
    for (const Cluster &cluster : before.all<Cluster>())
        CHECK(*after.find<Cluster>(cluster.id) == cluster);

    document->undoStack()->undo();
    CHECK(document->conference() == before);
}

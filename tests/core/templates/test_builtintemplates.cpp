#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/model/newconference.h"
#include "core/model/references.h"
#include "core/templates/builtintemplates.h"
#include "opendocument.h"

#include <QSet>

using namespace weitblick;

namespace {

const QList<Method> AllMethods = {Method::FutureSearch, Method::FutureWorkshop,
                                  Method::StrategyWorkshop, Method::Empty};

QStringList phaseTitles(const Conference &conference)
{
    QStringList titles;
    for (const Phase &phase : commands::orderedPhases(conference))
        titles << phase.title;
    return titles;
}

const Phase &phaseTitled(const Conference &conference, const QString &title)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.title == title)
            return phase;
    }
    FAIL("no phase " << title.toStdString());
    static Phase none;
    return none;
}

} // namespace

TEST_CASE("Every built-in template is a consistent conference in both languages",
          "[templates]")
{
    for (Method method : AllMethods) {
        for (TextLanguage language : {TextLanguage::German, TextLanguage::English}) {
            CAPTURE(BuiltInTemplates::key(method), int(language));
            const Conference conference = BuiltInTemplates::conference(method, language);
            CHECK(findProblems(conference).isEmpty());
            CHECK_FALSE(conference.info().isTemplate);
            // It is written and read back as it is.
            test::OpenDocument document(conference);
            CHECK(document.fromFile() == conference);

            if (method == Method::Empty) {
                CHECK(conference.all<Phase>().isEmpty());
                CHECK(conference.all<StakeholderGroup>().isEmpty());
                continue;
            }
            CHECK(conference.info().title == BuiltInTemplates::conference(method, language)
                                                 .info().title);
            CHECK(conference.all<StakeholderGroup>().size() >= 5);
            QSet<QString> names;
            for (const StakeholderGroup &group : conference.all<StakeholderGroup>()) {
                CHECK(group.color.isValid());
                names.insert(group.name);
            }
            CHECK(names.size() == conference.all<StakeholderGroup>().size());
            // Every phase has its guiding question and a time box; no two share a title.
            const QStringList titles = phaseTitles(conference);
            CHECK(QSet<QString>(titles.begin(), titles.end()).size() == titles.size());
            for (const Phase &phase : conference.all<Phase>()) {
                CAPTURE(phase.title);
                CHECK(phase.guidingQuestion.size() > 20);
                CHECK(phase.guidingQuestion.contains(QLatin1Char('?')));
                CHECK(phase.timeBoxMinutes >= 60);
                CHECK(phase.state == PhaseState::Planned);
                CHECK((phase.wallLayout == WallLayout::ByTopic) == !phase.wallTopics.isEmpty());
            }
            for (const VoteSession &session : conference.all<VoteSession>()) {
                CHECK(conference.find<Phase>(session.phaseId));
                CHECK_FALSE(session.title.isEmpty());
                CHECK(session.dotsPerVoter > 0);
                CHECK(session.open);
            }
        }
    }
}

TEST_CASE("The German and the English template say the same in their own words", "[templates]")
{
    for (Method method : {Method::FutureSearch, Method::FutureWorkshop, Method::StrategyWorkshop}) {
        CAPTURE(BuiltInTemplates::key(method));
        const Conference german = BuiltInTemplates::conference(method, TextLanguage::German);
        const Conference english = BuiltInTemplates::conference(method, TextLanguage::English);
        REQUIRE(german.all<Phase>().size() == english.all<Phase>().size());
        REQUIRE(german.all<StakeholderGroup>().size() == english.all<StakeholderGroup>().size());
        CHECK(german.all<VoteSession>().size() == english.all<VoteSession>().size());
        for (const Phase &de : german.all<Phase>()) {
            const Phase *en = english.find<Phase>(de.id);
            REQUIRE(en);
            CHECK(en->kind == de.kind);
            CHECK(en->timeBoxMinutes == de.timeBoxMinutes);
            CHECK(en->wallLayout == de.wallLayout);
            CHECK(en->wallTopics.size() == de.wallTopics.size());
            CHECK(en->guidingQuestion != de.guidingQuestion);
        }
        for (const StakeholderGroup &de : german.all<StakeholderGroup>())
            CHECK(english.find<StakeholderGroup>(de.id)->name != de.name);
    }
}

TEST_CASE("Each method brings the phases and walls of its method", "[templates]")
{
    const Conference search = BuiltInTemplates::conference(Method::FutureSearch,
                                                           TextLanguage::German);
    // Today's five phases, as a new conference always had them.
    CHECK(search == newConference());
    CHECK(phaseTitles(search)
          == QStringList({QStringLiteral("Vergangenheit"), QStringLiteral("Gegenwart"),
                          QStringLiteral("Zukunft"), QStringLiteral("Utopien"),
                          QString::fromUtf8("Maßnahmen")}));
    // The present is asked for what its wall collects: strengths and weaknesses.
    const Phase &present = phaseTitled(search, QStringLiteral("Gegenwart"));
    CHECK(present.wallLayout == WallLayout::StrengthsWeaknesses);
    CHECK(present.guidingQuestion.contains(QString::fromUtf8("Stärken")));
    CHECK(present.guidingQuestion.contains(QString::fromUtf8("Schwächen")));
    const Conference searchInEnglish = BuiltInTemplates::conference(Method::FutureSearch,
                                                                    TextLanguage::English);
    const QString presentInEnglish = phaseTitled(searchInEnglish, QStringLiteral("Present"))
                                         .guidingQuestion;
    CHECK(presentInEnglish.contains(QStringLiteral("strengths")));
    CHECK(presentInEnglish.contains(QStringLiteral("weaknesses")));

    const Conference workshop = BuiltInTemplates::conference(Method::FutureWorkshop,
                                                             TextLanguage::German);
    CHECK(phaseTitles(workshop)
          == QStringList({QStringLiteral("Kritikphase"), QStringLiteral("Phantasiephase"),
                          QStringLiteral("Verwirklichungsphase")}));
    const Phase &critique = phaseTitled(workshop, QStringLiteral("Kritikphase"));
    CHECK(critique.wallLayout == WallLayout::ByTopic);
    CHECK(critique.wallTopics.size() >= 4);
    CHECK(phaseTitled(workshop, QStringLiteral("Phantasiephase"))
              .guidingQuestion.contains(QString::fromUtf8("kein „Das geht nicht“")));
    CHECK(phaseTitled(workshop, QStringLiteral("Verwirklichungsphase")).kind
          == PhaseKind::Measures);

    const Conference strategy = BuiltInTemplates::conference(Method::StrategyWorkshop,
                                                             TextLanguage::English);
    CHECK(phaseTitles(strategy)
          == QStringList({QStringLiteral("SWOT analysis"), QStringLiteral("Strategies"),
                          QStringLiteral("Measures")}));
    CHECK(phaseTitled(strategy, QStringLiteral("SWOT analysis")).wallLayout == WallLayout::Swot);
    CHECK(phaseTitled(strategy, QStringLiteral("Strategies")).wallLayout
          == WallLayout::TowsStrategies);
    CHECK(phaseTitled(strategy, QStringLiteral("Measures")).kind == PhaseKind::Measures);
}

TEST_CASE("Built-in templates are found by their German and English keys", "[templates]")
{
    for (Method method : AllMethods)
        CHECK(BuiltInTemplates::fromKey(BuiltInTemplates::key(method)) == method);
    CHECK(BuiltInTemplates::fromKey(QStringLiteral("Future-Workshop")) == Method::FutureWorkshop);
    CHECK(BuiltInTemplates::fromKey(QStringLiteral("strategy-workshop"))
          == Method::StrategyWorkshop);
    CHECK(BuiltInTemplates::fromKey(QStringLiteral("EMPTY")) == Method::Empty);
    CHECK_FALSE(BuiltInTemplates::fromKey(QStringLiteral("werkstatt")));
    CHECK_FALSE(BuiltInTemplates::fromKey(QString()));
    CHECK(BuiltInTemplates::languageOf(QStringLiteral("de")) == TextLanguage::German);
    CHECK(BuiltInTemplates::languageOf(QStringLiteral("en")) == TextLanguage::English);
}

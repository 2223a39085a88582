#include <catch2/catch.hpp>

#include "core/model/newconference.h"
#include "core/suggest/textfeatures.h"

using namespace weitblick;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// A conference with the texts as cards of its first phase; returns their ids in order.
Conference withCards(std::initializer_list<const char *> texts, QList<Id> *ids = nullptr)
{
    Conference conference = newConference();
    const Id phaseId = conference.all<Phase>().begin()->id;
    for (const char *text : texts) {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = phaseId;
        card.text = u8(text);
        conference.all<Card>().put(card);
        if (ids)
            ids->append(card.id);
    }
    return conference;
}

} // namespace

TEST_CASE("Stemming brings inflected forms together", "[suggest]")
{
    const TextFeatures features(Conference{});
    CHECK(features.stem(u8("Parkplätze")) == features.stem(u8("Parkplatz")));
    CHECK(features.stem(u8("Bäume")) == features.stem(u8("Baum")));
    CHECK(features.stem(u8("Baeume")) == features.stem(u8("Baum")));
    CHECK(features.stem(u8("Busse")) == features.stem(u8("Bus")));
    CHECK(features.stem(u8("Läden")) == features.stem(u8("Laden")));
    CHECK(features.stem(u8("Wohnungen")) == features.stem(u8("Wohnung")));
    CHECK(features.stem(u8("Jugendliche")) == features.stem(u8("Jugendlicher")));
    CHECK(features.stem(u8("PARKHAUS")) == features.stem(u8("Parkhaus")));
    CHECK(features.stem(u8("parking"), Language::English) == u8("park"));
    CHECK(features.stem(u8("streets"), Language::English)
          == features.stem(u8("street"), Language::English));
    CHECK(features.stem(u8("Parkplatz")) != features.stem(u8("Parkhaus")));
}

TEST_CASE("German compounds split into known words", "[suggest]")
{
    const TextFeatures features(Conference{});
    const QStringList parking = features.compoundParts(u8("Parkplatzsuche"));
    REQUIRE(parking.size() >= 2);
    CHECK(parking.mid(0, 2) == QStringList{u8("parkplatz"), u8("suche")});
    CHECK(parking.contains(u8("park")));
    CHECK(parking.contains(u8("platz")));

    CHECK(features.compoundParts(u8("Ladenleerstand")).mid(0, 2)
          == QStringList{u8("laden"), u8("leerstand")});
    // Parts keep their umlauts and linking s as written.
    CHECK(features.compoundParts(u8("Straßenbeleuchtung")).mid(0, 2)
          == QStringList{u8("straßen"), u8("beleuchtung")});
    CHECK(features.compoundParts(u8("Wohnungssuche")).mid(0, 2)
          == QStringList{u8("wohnungs"), u8("suche")});
    CHECK(features.compoundParts(u8("Grundschulen")).mid(0, 2)
          == QStringList{u8("grund"), u8("schulen")});
    CHECK(features.compoundParts(u8("Stellplätze")).mid(0, 2)
          == QStringList{u8("stell"), u8("plätze")});
    // Short words known from the planning concepts may be parts.
    CHECK(features.compoundParts(u8("Radverkehr")) == QStringList{u8("rad"), u8("verkehr")});

    // Plain words stay whole, even where rare short words would fit (dun-kel, fah-ren).
    CHECK(features.compoundParts(u8("dunkel")).isEmpty());
    CHECK(features.compoundParts(u8("fahren")).isEmpty());
    CHECK(features.compoundParts(u8("Verwaltung")).isEmpty());
    CHECK(features.compoundParts(u8("Jugendliche")).isEmpty());
    CHECK(features.compoundParts(QString()).isEmpty());
}

TEST_CASE("Compounds split at the inflected words of the German word list", "[suggest]")
{
    const TextFeatures features(Conference{});
    CHECK(features.compoundParts(u8("Stadtbus")) == QStringList{u8("stadt"), u8("bus")});
    const QStringList network = features.compoundParts(u8("Radwegenetz"));
    CHECK(network.contains(u8("rad")));
    CHECK(network.contains(u8("wege")));
    CHECK(network.contains(u8("netz")));
    CHECK(features.stems(u8("Radwegenetz")).contains(features.stem(u8("Weg"))));

    // The thesaurus lists Foto but not the plural Fotos, which only the word list knows.
    CHECK(features.compoundParts(u8("Klassenfotos")) == QStringList{u8("klassen"), u8("fotos")});
    const TextFeatures thesaurusOnly(
        Conference{}, TextFeatures::Options(),
        std::make_shared<const Lexicon>(Lexicon::load(Lexicon::installedThesaurusPath())));
    CHECK(thesaurusOnly.compoundParts(u8("Klassenfotos")).isEmpty());
}

TEST_CASE("Words that say where are no topic", "[suggest]")
{
    Conference conference = withCards({"Lindenauer Innenstadt braucht Stadtbus"});
    ConferenceInfo info = conference.info();
    info.area = u8("Lindenau");
    conference.put(info);
    const TextFeatures features(conference);
    const QStringList stems = features.stems(u8("Lindenauer Innenstadt braucht Stadtbus"));
    CHECK(stems.contains(features.stem(u8("Stadtbus"))));
    CHECK(stems.contains(features.stem(u8("Bus"))));
    CHECK_FALSE(stems.contains(features.stem(u8("Stadt"))));
    CHECK_FALSE(stems.contains(features.stem(u8("Innenstadt"))));
    CHECK_FALSE(stems.contains(features.stem(u8("Lindenauer"))));
    // Without the area, Lindenau is a word like any other.
    CHECK(TextFeatures(Conference{}).stems(u8("Lindenau")).size() == 1);
}

TEST_CASE("Compounds split with the conference's own words alone", "[suggest]")
{
    const Conference conference = withCards({"Laden schließt", "Leerstand überall", "Kiezbude"});
    const TextFeatures features(conference, TextFeatures::Options(),
                                std::make_shared<const Lexicon>());
    CHECK(features.compoundParts(u8("Ladenleerstand"))
          == QStringList{u8("laden"), u8("leerstand")});
    CHECK(features.compoundParts(u8("Kiezbudenleerstand"))
          == QStringList{u8("kiezbuden"), u8("leerstand")});
    CHECK(features.compoundParts(u8("Parkplatzsuche")).isEmpty());
    // Three-letter parts only when the conference uses them as words.
    CHECK(features.compoundParts(u8("Radweg")).isEmpty());
    const TextFeatures withWeg(withCards({"Rad", "Weg"}), TextFeatures::Options(),
                               std::make_shared<const Lexicon>());
    CHECK(withWeg.compoundParts(u8("Radweg")) == QStringList{u8("rad"), u8("weg")});
}

TEST_CASE("A text contributes the stems of its content words", "[suggest]")
{
    const TextFeatures features(Conference{});
    const QStringList stems = features.stems(u8("Die Parkplätze fehlen!"));
    CHECK(stems.first() == features.stem(u8("Parkplätze")));
    CHECK(stems.contains(features.stem(u8("Park"))));
    CHECK(stems.contains(features.stem(u8("Platz"))));
    CHECK_FALSE(stems.contains(u8("die")));
    CHECK_FALSE(stems.contains(features.stem(u8("fehlen"))));
    CHECK(features.stems(u8("und oder mehr")).isEmpty());
}

TEST_CASE("Words of the whole conference weigh little", "[suggest]")
{
    QList<Id> ids;
    const Conference conference = withCards(
        {"Innenstadt: Parkhaus zu teuer", "Innenstadt braucht Bäume",
         "Leere Läden in der Innenstadt", "Innenstadt abends tot", "Busse in die Innenstadt",
         "Radwege", "Parkplätze fehlen"},
        &ids);
    const TextFeatures features(conference);
    CHECK(features.cardCount() == 7);
    CHECK(features.idf(features.stem(u8("Innenstadt")))
          < features.idf(features.stem(u8("Parkhaus"))));
    CHECK(features.idf(u8("unbekannt")) == 0);
    // The cards sharing only "Innenstadt" are less alike than those sharing a topic.
    CHECK(features.similarity(ids.at(1), ids.at(2)) < features.similarity(ids.at(0), ids.at(6)));
}

TEST_CASE("Similarity is a cosine between zero and one", "[suggest]")
{
    QList<Id> ids;
    const Conference conference = withCards({"Zu wenig Parkplätze", "Stellplätze fehlen",
                                             "Mehr Bäume pflanzen", "Zu wenig Parkplätze",
                                             "und oder", "Not enough parking"},
                                            &ids);
    const TextFeatures features(conference);
    CHECK(features.similarity(ids.at(0), ids.at(3)) == Approx(1.0).margin(1e-5));
    CHECK(features.similarity(ids.at(0), ids.at(1)) > features.similarity(ids.at(0), ids.at(2)));
    CHECK(features.similarity(ids.at(0), ids.at(1)) > 0.2);
    CHECK(features.similarity(ids.at(0), ids.at(5)) > 0.2); // parking, in English
    CHECK(features.similarity(ids.at(0), ids.at(4)) == 0); // a card of stop words only
    CHECK(features.vector(ids.at(4)).empty());
    CHECK(features.vector(9999).empty());
    for (Id a : ids) {
        for (Id b : ids) {
            CHECK(features.similarity(a, b) >= 0);
            CHECK(features.similarity(a, b) <= 1);
        }
    }
}

TEST_CASE("A noun meets its verb through the word family", "[suggest]")
{
    QList<Id> ids;
    const Conference conference =
        withCards({"Heizung erneuern", "Heizen mit Holz", "Sanierung der Schule",
                   "Altbau sanieren", "Mehr Bäume"},
                  &ids);
    const TextFeatures wordsOnly(conference, {false, false, false});
    CHECK(wordsOnly.similarity(ids.at(0), ids.at(1)) > 0.1);
    CHECK(wordsOnly.similarity(ids.at(2), ids.at(3)) > 0.02);
    CHECK(wordsOnly.similarity(ids.at(0), ids.at(2)) == 0);
    CHECK(wordsOnly.similarity(ids.at(1), ids.at(4)) == 0);
}

TEST_CASE("Synonyms and concepts can be switched off", "[suggest]")
{
    QList<Id> ids;
    const Conference conference = withCards({"Kneipe", "Wirtshaus", "Kino"}, &ids);
    const TextFeatures all(conference);
    const TextFeatures wordsOnly(conference, {false, false, false});
    CHECK(all.similarity(ids.at(0), ids.at(1)) > 0.3);
    CHECK(wordsOnly.similarity(ids.at(0), ids.at(1)) == 0);
    CHECK(all.similarity(ids.at(0), ids.at(2)) < all.similarity(ids.at(0), ids.at(1)));
}

TEST_CASE("The installed thesaurus and word list are read", "[suggest]")
{
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::shared();
    CHECK(lexicon->hasThesaurus());
    CHECK(lexicon->synonymSetCount() > 20000);
    CHECK(lexicon->isWord(u8("leerstand")));
    CHECK(lexicon->conceptCount() > 20);
    CHECK(lexicon->hasWordList());
    CHECK(lexicon->isWord(u8("platze"))); // Plätze: only the word list has inflected forms
    CHECK_FALSE(Lexicon::load(u8("/nonexistent/openthesaurus.txt")).hasThesaurus());
    CHECK_FALSE(Lexicon::load(u8("/nonexistent/openthesaurus.txt"), u8("/nonexistent/ngerman"))
                    .hasWordList());
    CHECK(Lexicon::load(u8("/nonexistent/openthesaurus.txt")).conceptCount() > 20);
}

TEST_CASE("A topic word misspelt by one letter still meets its topic", "[suggest]")
{
    QList<Id> ids;
    const Conference conference =
        withCards({"Kein Artzt mehr im Ort", "Hausärzte gehen in Rente", "Mobing an unserer Schule",
                   "Cybermobbing im Klassenchat", "Glasfaßer fehlt", "Breitband ausbauen"},
                  &ids);
    const TextFeatures features(conference);
    CHECK(features.similarity(ids.at(0), ids.at(1)) > 0.2); // dropped letter (Arzt)
    CHECK(features.similarity(ids.at(2), ids.at(3)) > 0.2); // a letter missing (Mobbing)
    CHECK(features.similarity(ids.at(4), ids.at(5)) > 0.2); // ß for s (Glasfaser)

    const std::shared_ptr<const Lexicon> lexicon = Lexicon::shared();
    const QList<int> doctors = lexicon->concepts(u8("arzt"));
    REQUIRE_FALSE(doctors.isEmpty());
    CHECK(lexicon->conceptsOfMisspelling(u8("artzt")) == doctors);
    CHECK(lexicon->conceptsOfMisspelling(u8("azrt")).isEmpty()); // too short to tell
    CHECK(lexicon->conceptsOfMisspelling(u8("arztt")) == doctors);     // a letter added
    CHECK(lexicon->conceptsOfMisspelling(u8("hasuarzt")) == lexicon->concepts(u8("hausarzt")));
    // A German word is no misspelling, even one letter off a topic's word (Faden, Laden).
    CHECK(lexicon->conceptsOfMisspelling(u8("faden")).isEmpty());
    CHECK(lexicon->conceptsOfMisspelling(u8("xyzzyq")).isEmpty());
}

TEST_CASE("Synonym sets that hold two words of a topic join it", "[suggest]")
{
    QList<Id> ids;
    const Conference conference =
        withCards({"Gehsteig zu schmal", "Zebrastreifen an der Schule", "Lehrlinge gesucht",
                   "Kein Ausbildungsplatz in der Nähe"},
                  &ids);
    const TextFeatures features(conference);
    // Gehsteig and Lehrling are in no concept's list, but in synonym sets with Gehweg and
    // Bürgersteig, and with Azubi and Auszubildende.
    CHECK(features.similarity(ids.at(0), ids.at(1)) > 0.2);
    CHECK(features.similarity(ids.at(2), ids.at(3)) > 0.2);
    CHECK(features.similarity(ids.at(0), ids.at(3)) == 0);

    const std::shared_ptr<const Lexicon> lexicon = Lexicon::shared();
    CHECK(lexicon->grownStemCount() > 50);
    // Short stems have too many senses to join a concept (leben: to live, not housing).
    CHECK(lexicon->concepts(u8("leb")).isEmpty());
    CHECK(Lexicon::load(u8("/nonexistent/openthesaurus.txt")).grownStemCount() == 0);
}

#include <catch2/catch.hpp>

#include "core/suggest/wordforms.h"

using namespace weitblick;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList surfaces(const QString &text)
{
    QStringList result;
    for (const Word &word : WordForms::words(text, Language::German))
        result << word.surface;
    return result;
}

} // namespace

TEST_CASE("Folding removes case umlauts and accents", "[suggest]")
{
    CHECK(WordForms::fold(u8("Bäume"), Language::German) == u8("baume"));
    CHECK(WordForms::fold(u8("STRASSE"), Language::German) == u8("strasse"));
    CHECK(WordForms::fold(u8("Straße"), Language::German) == u8("strasse"));
    CHECK(WordForms::fold(u8("ÖPNV"), Language::German) == u8("opnv"));
    CHECK(WordForms::fold(u8("Café"), Language::German) == u8("cafe"));
    // Typewriter umlauts meet the real ones, but not where "ue" is no umlaut.
    CHECK(WordForms::fold(u8("Baeume"), Language::German) == u8("baume"));
    CHECK(WordForms::fold(u8("Gruenflaeche"), Language::German)
          == WordForms::fold(u8("Grünfläche"), Language::German));
    CHECK(WordForms::fold(u8("Feuer"), Language::German) == u8("feuer"));
    CHECK(WordForms::fold(u8("neue"), Language::German) == u8("neue"));
    CHECK(WordForms::fold(u8("Queue"), Language::German) == u8("queue"));
    // English words keep their letters.
    CHECK(WordForms::fold(u8("blue"), Language::English) == u8("blue"));
}

TEST_CASE("Folding tells where each folded letter comes from", "[suggest]")
{
    QList<qsizetype> origins;
    const QString word = u8("Straßenbäume");
    const QString folded = WordForms::fold(word, Language::German, &origins);
    REQUIRE(folded == u8("strassenbaume"));
    REQUIRE(origins.size() == folded.size() + 1);
    CHECK(origins.at(4) == 4); // both s of ß come from the ß
    CHECK(origins.at(5) == 4);
    CHECK(origins.at(6) == 5);
    CHECK(origins.constLast() == word.size());
    const qsizetype headStart = folded.indexOf(u8("baume"));
    CHECK(word.mid(origins.at(headStart)) == u8("bäume"));
}

TEST_CASE("Card text splits into words without numbers", "[suggest]")
{
    CHECK(surfaces(u8("Park & Ride am Stadtrand (Tisch 4)"))
          == QStringList{u8("Park"), u8("Ride"), u8("am"), u8("Stadtrand"), u8("Tisch")});
    CHECK(surfaces(u8("365-Euro-Ticket")) == QStringList{u8("Euro"), u8("Ticket")});
    CHECK(surfaces(u8("Nach 20 Uhr kein Bus mehr!")).size() == 5);
    CHECK(surfaces(u8("E-Bikes / Pedelecs")) == QStringList{u8("E"), u8("Bikes"), u8("Pedelecs")});
    CHECK(surfaces(QString()).isEmpty());
    CHECK(surfaces(u8("<b>Bäume</b>")) == QStringList{u8("b"), u8("Bäume"), u8("b")});
}

TEST_CASE("Stop words are function words and card fillers", "[suggest]")
{
    for (const char *word : {"und", "der", "fur", "uber", "the", "and", "mehr", "fehlt", "teuer",
                             "besser", "zu", "nicht", "furs", "statt", "uberhaupt", "rum"}) {
        INFO(word);
        CHECK(WordForms::isStopWord(QString::fromUtf8(word)));
    }
    for (const char *word : {"parkplatz", "baume", "weg", "bus", "innenstadt", "park"}) {
        INFO(word);
        CHECK_FALSE(WordForms::isStopWord(QString::fromUtf8(word)));
    }
}

TEST_CASE("The language of a card is guessed from its function words", "[suggest]")
{
    CHECK(WordForms::detectLanguage(u8("Not enough parking in the town centre"))
          == Language::English);
    CHECK(WordForms::detectLanguage(u8("Buses are too rare")) == Language::English);
    CHECK(WordForms::detectLanguage(u8("Zu wenig Parkplätze am Markt")) == Language::German);
    CHECK(WordForms::detectLanguage(u8("Skatepark!")) == Language::German);
    CHECK(WordForms::detectLanguage(u8("Park & Ride")) == Language::German);
    CHECK(WordForms::detectLanguage(QString()) == Language::German);
}

TEST_CASE("Quarters and neighbourhoods say where, like towns and villages", "[suggest]")
{
    for (const char *word : {"stadt", "dorf", "quartier", "kiez", "stadtviertel"}) {
        INFO(word);
        CHECK(WordForms::isPlaceWord(QString::fromUtf8(word)));
    }
    CHECK_FALSE(WordForms::isPlaceWord(QStringLiteral("nachbarschaft")));
}

TEST_CASE("A noun and its verb have one family stem", "[suggest]")
{
    // Snowball stems of Heizung and heizen, Sanierung and sanieren, Förderung and fördern,
    // Dämmung and dämmen, Entsiegelung and entsiegeln.
    const QPair<const char *, const char *> families[] = {
        {"heizung", "heiz"}, {"sanier", "sani"}, {"forder", "ford"}, {"dammung", "damm"},
        {"entsiegel", "entsiegeln"}, {"mieter", "miet"}};
    for (const auto &[noun, verb] : families) {
        INFO(noun << " " << verb);
        CHECK(WordForms::familyStem(QString::fromUtf8(noun))
              == WordForms::familyStem(QString::fromUtf8(verb)));
    }
    // Short stems keep their endings: Bauer is no Bau, Ring no Ri.
    CHECK(WordForms::familyStem(QStringLiteral("bauer")) == QStringLiteral("bauer"));
    CHECK(WordForms::familyStem(QStringLiteral("ring")) == QStringLiteral("ring"));
    CHECK(WordForms::familyStem(QStringLiteral("bus")) == QStringLiteral("bus"));
}

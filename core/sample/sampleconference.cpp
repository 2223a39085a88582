#include "sampleconference.h"

#include "core/model/newconference.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <random>
#include <vector>

namespace weitblick {

namespace {

// The data below is written as it would appear on the walls, so all texts are UTF-8.
QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QDate date(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

// The stakeholder groups in the order newConference() creates them.
enum Group { NoGroup = -1, Handel, Anwohner, Institutionen, Vereine, Buerger, Verwaltung };
constexpr int GroupCount = 6;
constexpr int TableCount = 8;

// Card geometry on the walls, in scene units.
constexpr double CardWidth = 220;
constexpr double CardHeight = 120;
constexpr double ColumnStep = CardWidth + 40;
constexpr double RowStep = CardHeight + 10;
constexpr double HeadingHeight = 70; // room for the cluster heading above its first card

// ---------------------------------------------------------------------------------------------
// Participants, listed group by group. Seating is dealt round-robin over this list (see below),
// which gives every table members of all six groups: the "maximum mix" of the method.

struct ParticipantData
{
    const char *name;
    const char *organisation;
    Group group;
    bool steering;
};

constexpr ParticipantData participantData[] = {
    {"Katrin Böhm", "Buchhandlung Seitenweise", Handel, false},
    {"Thomas Wagner", "Wagner Optik", Handel, false},
    {"Mehmet Yılmaz", "Bäckerei Yılmaz", Handel, false},
    {"Susanne Hartmann", "Modehaus Hartmann", Handel, false},
    {"Frank Krüger", "Werbegemeinschaft Innenstadt e. V.", Handel, true},
    {"Anja Schulte", "Café Lindenblüte", Handel, false},
    {"Jürgen Meißner", "Metzgerei Meißner", Handel, false},
    {"Stefanie Lorenz", "Sparkasse Lindenau", Handel, false},
    {"Dirk Hoffmann", "Fahrradladen Speiche", Handel, false},
    {"Nicole Brandt", "Immobilien Brandt & Partner", Handel, false},
    {"Gülay Demir", "Reisebüro Sonnenweit", Handel, false},

    {"Gisela Neumann", "Anwohnerin am Marktplatz", Anwohner, true},
    {"Peter Schäfer", "Hausgemeinschaft Bahnhofstraße 12", Anwohner, false},
    {"Leonie Fischer", "Anwohnerin Altstadt", Anwohner, false},
    {"Hans-Werner Koch", "Mieterverein Lindenau e. V.", Anwohner, false},
    {"Fatma Aydın", "Anwohnerin Lindenhof-Siedlung", Anwohner, false},
    {"Markus Richter", "Eigentümergemeinschaft Kirchgasse", Anwohner, false},
    {"Helga Zimmermann", "Anwohnerin Mühlenviertel", Anwohner, false},
    {"Lukas Weber", "Wohngemeinschaft Schillerstraße", Anwohner, false},
    {"Renate Vogel", "Seniorenwohnanlage Am Stadtpark", Anwohner, false},
    {"Sebastian König", "Anwohner Gerberstraße", Anwohner, false},
    {"Maria Kowalski", "Anwohnerin Rosengasse", Anwohner, false},

    {"Dr. Claudia Engel", "Goethe-Gymnasium Lindenau", Institutionen, true},
    {"Michael Braun", "Volkshochschule Lindenau", Institutionen, false},
    {"Ute Sommer", "Ev. Kirchengemeinde St. Marien", Institutionen, false},
    {"Andreas Wolf", "Stadtwerke Lindenau", Institutionen, false},
    {"Birgit Krause", "Stadtbibliothek Lindenau", Institutionen, false},
    {"Dr. Stefan Lange", "Kreisklinikum Lindenau", Institutionen, false},
    {"Sandra Pohl", "Jobcenter Landkreis Lindenau", Institutionen, false},
    {"Klaus Dietrich", "Polizeirevier Lindenau", Institutionen, false},
    {"Julia Schmitt", "IHK, Geschäftsstelle Lindenau", Institutionen, false},
    {"Tobias Kühn", "Wohnungsbaugesellschaft Lindenau mbH", Institutionen, false},

    {"Monika Berger", "Heimat- und Geschichtsverein", Vereine, true},
    {"Ralf Schumacher", "TSV Lindenau 1861 e. V.", Vereine, false},
    {"Elif Kaya", "Interkultureller Frauentreff", Vereine, false},
    {"Werner Hahn", "ADFC Ortsgruppe Lindenau", Vereine, false},
    {"Christine Lehmann", "BUND Kreisgruppe", Vereine, false},
    {"Uwe Franke", "Seniorenbeirat der Stadt", Vereine, false},
    {"Jana Schwarz", "Kinderschutzbund Ortsverband", Vereine, false},
    {"Hendrik Peters", "Freiwillige Feuerwehr Lindenau", Vereine, false},
    {"Ingrid Jäger", "Lindenauer Tafel e. V.", Vereine, false},
    {"Florian Busch", "Jugendzentrum „Kesselhaus“ e. V.", Vereine, false},
    {"Doris Möller", "Kulturverein Alte Weberei", Vereine, false},

    {"Paul Schneider", "Schüler, 17 Jahre", Buerger, false},
    {"Emma Walter", "Studentin", Buerger, false},
    {"Karl-Heinz Ludwig", "Rentner", Buerger, false},
    {"Sophie Arnold", "Pendlerin", Buerger, false},
    {"Yusuf Özdemir", "Auszubildender, Kfz-Mechatronik", Buerger, false},
    {"Angelika Graf", "Tagesmutter", Buerger, false},
    {"Daniel Roth", "Elektromeister", Buerger, false},
    {"Marie Beck", "Mutter von drei Kindern", Buerger, false},
    {"Bernd Kaiser", "Landwirt aus Oberlindenau", Buerger, false},
    {"Lea Winter", "Jugendgemeinderat", Buerger, true},
    {"Olga Becker", "Pflegefachkraft", Buerger, false},

    {"Martina Seidel", "Bürgermeisterin", Verwaltung, true},
    {"Rainer Kuhn", "Stadtbauamt, Amtsleiter", Verwaltung, true},
    {"Dr. Eva Ritter", "Wirtschaftsförderung", Verwaltung, false},
    {"Holger Schröder", "Stadtrat, Ausschuss für Stadtentwicklung", Verwaltung, false},
    {"Kerstin Vogt", "Ordnungsamt", Verwaltung, false},
    {"Matthias Herrmann", "Stadtrat, Bauausschuss", Verwaltung, false},
    {"Nadine Albrecht", "Stadtplanung", Verwaltung, false},
    {"Jens Schuster", "Kämmerei", Verwaltung, false},
    {"Petra Günther", "Landratsamt, Nahverkehrsplanung", Verwaltung, false},
    {"Ahmet Arslan", "Integrationsbeauftragter der Stadt", Verwaltung, false},
};

// ---------------------------------------------------------------------------------------------
// Past: the three timelines. Cards are placed by year, so the order here does not matter.

struct PastCardData
{
    int year;
    TimelineLane lane;
    Group group;
    int table;
    const char *text;
};

constexpr auto World = TimelineLane::World;
constexpr auto Local = TimelineLane::Local;
constexpr auto Personal = TimelineLane::Personal;

constexpr PastCardData pastCardData[] = {
    {1973, World, Vereine, 4, "Ölkrise – autofreie Sonntage"},
    {1986, World, Vereine, 2, "Tschernobyl"},
    {1989, World, Anwohner, 1, "Mauerfall"},
    {1990, World, Buerger, 6, "Deutsche Einheit"},
    {1995, World, Institutionen, 3, "Internet kommt in die Wohnzimmer"},
    {2002, World, Handel, 5, "Euro als Bargeld"},
    {2007, World, Buerger, 8, "Erstes Smartphone"},
    {2008, World, Handel, 7, "Finanzkrise"},
    {2015, World, Verwaltung, 2, "Viele Geflüchtete kommen nach Europa"},
    {2020, World, Institutionen, 1, "Corona-Pandemie"},
    {2022, World, Anwohner, 4, "Krieg in der Ukraine – Energiepreise steigen"},

    {1974, Local, Verwaltung, 3, "Gebietsreform: Oberlindenau wird eingemeindet"},
    {1976, Local, Vereine, 6, "Fußgängerzone in der Kirchgasse eröffnet"},
    {1983, Local, Anwohner, 5, "Weberei schließt – 600 Arbeitsplätze weg"},
    {1992, Local, Verwaltung, 8, "Altstadtsanierung beginnt"},
    {1998, Local, Handel, 2, "Einkaufszentrum „Lindenau-Park“ auf der grünen Wiese"},
    {2005, Local, Institutionen, 7, "Stadtbibliothek zieht ins alte Rathaus"},
    {2011, Local, Vereine, 1, "700-Jahr-Feier der Stadt"},
    {2013, Local, Anwohner, 3, "Hochwasser am Mühlgraben"},
    {2019, Local, Handel, 6, "Kaufhaus Merkur schließt"},
    {2021, Local, Verwaltung, 4, "Neuer Bahnhofsvorplatz"},
    {2023, Local, Institutionen, 5, "Glasfaserausbau beginnt"},
    {2024, Local, Vereine, 8, "Kulturverein übernimmt die Alte Weberei"},

    {1979, Personal, Buerger, 7, "Meine Lehre in der Weberei angefangen"},
    {1985, Personal, Handel, 3, "Metzgerei vom Vater übernommen"},
    {1994, Personal, Anwohner, 2, "Nach Lindenau gezogen – der Liebe wegen"},
    {2001, Personal, Handel, 1, "Unser Café am Markt eröffnet"},
    {2009, Personal, Buerger, 5, "Erstes Kind – und kein Spielplatz in der Altstadt"},
    {2016, Personal, Vereine, 6, "Angekommen in Lindenau, Deutschkurs an der VHS"},
    {2018, Personal, Anwohner, 8, "Mit dem Rad zur Arbeit – gefährlich!"},
    {2020, Personal, Handel, 4, "Laden im Lockdown zu, Lieferdienst gestartet"},
    {2022, Personal, Buerger, 3, "In den Jugendgemeinderat gewählt"},
    {2024, Personal, Verwaltung, 7, "Rente – endlich Zeit fürs Ehrenamt"},
};

// ---------------------------------------------------------------------------------------------
// Clusters of the Present and Future walls. voteWeight steers the generated dots (see below):
// it is how popular the cluster was in the vote, and 0 on walls nobody voted on.

enum ClusterKey {
    Stolz, Leerstand, Verkehr, Treffpunkte, Trends, Zusammenleben,
    Mitte, Gruen, Mobilitaet, Nutzungen, Wohnen, Kultur, Jugend,
    ClusterCount
};

struct ClusterData
{
    PhaseKind phase;
    const char *heading;
    const char *color;
    int voteWeight;
};

constexpr ClusterData clusterData[] = {
    {PhaseKind::Present, "Darauf sind wir stolz", "#d9ead3", 0},
    {PhaseKind::Present, "Leerstand und Einzelhandel", "#f4cccc", 0},
    {PhaseKind::Present, "Verkehr und Parken", "#fce5cd", 0},
    {PhaseKind::Present, "Treffpunkte und Aufenthaltsqualität", "#fff2cc", 0},
    {PhaseKind::Present, "Trends: Klima und Digitalisierung", "#cfe2f3", 0},
    {PhaseKind::Present, "Wohnen und Zusammenleben", "#d9d2e9", 0},
    {PhaseKind::Future, "Lebendige Mitte: Markt und Plätze", "#fce5cd", 27},
    {PhaseKind::Future, "Grüne und kühle Innenstadt", "#d9ead3", 21},
    {PhaseKind::Future, "Mobilität für alle", "#cfe2f3", 18},
    {PhaseKind::Future, "Neue Nutzungen für leere Läden", "#f4cccc", 30},
    {PhaseKind::Future, "Wohnen über den Läden", "#d9d2e9", 12},
    {PhaseKind::Future, "Kultur und Begegnung", "#fff2cc", 15},
    {PhaseKind::Future, "Kinder und Jugend mittendrin", "#d0e0e3", 18},
};
static_assert(std::size(clusterData) == ClusterCount);

// Cards of the Present and Future walls, each in a cluster. A cluster's cards are stacked in
// the order listed.
struct WallCardData
{
    ClusterKey cluster;
    Group group;
    int table;
    const char *text;
};

constexpr WallCardData wallCardData[] = {
    {Stolz, Buerger, 2, "Wochenmarkt samstags super"},
    {Stolz, Vereine, 1, "Schöne Fachwerkhäuser in der Altstadt"},
    {Stolz, Verwaltung, 5, "Viele engagierte Vereine"},
    {Stolz, Anwohner, 7, "Kurze Wege, man kennt sich"},
    {Stolz, Institutionen, 3, "Stadtbibliothek mit tollem Programm"},

    {Leerstand, Anwohner, 4, "Leerstand in der Bahnhofstraße"},
    {Leerstand, Handel, 6, "Kaufhaus Merkur steht seit 2019 leer"},
    {Leerstand, Handel, 1, "Onlinehandel macht kleinen Läden zu schaffen"},
    {Leerstand, Buerger, 8, "Nach 18 Uhr ist die Innenstadt wie ausgestorben"},
    {Leerstand, Vereine, 2, "Zu viele Handyläden und Spielhallen"},

    {Verkehr, Anwohner, 3, "Zu viel Durchgangsverkehr auf der Hauptstraße"},
    {Verkehr, Handel, 5, "Parkplatzsuche nervt die Kundschaft"},
    {Verkehr, Vereine, 7, "Radwege enden im Nichts"},
    {Verkehr, Buerger, 4, "Bus fährt abends nur stündlich"},
    {Verkehr, Institutionen, 8, "Gehwege zu schmal für Rollstühle"},

    {Treffpunkte, Buerger, 1, "Kaum Bänke, kein Schatten"},
    {Treffpunkte, Anwohner, 6, "Keine öffentliche Toilette am Markt"},
    {Treffpunkte, Buerger, 3, "Jugendliche haben keinen Treffpunkt"},
    {Treffpunkte, Verwaltung, 2, "Der Marktplatz ist ein Parkplatz"},

    {Trends, Institutionen, 5, "Heiße Sommer – die Innenstadt heizt sich auf"},
    {Trends, Anwohner, 8, "Starkregen 2021: Keller in der Gerberstraße voll Wasser"},
    {Trends, Handel, 7, "Click & Collect bei den Händlern vor Ort"},
    {Trends, Verwaltung, 1, "Homeoffice: tagsüber mehr Leute in der Stadt"},
    {Trends, Buerger, 6, "Glasfaser kommt nur langsam voran"},

    {Zusammenleben, Anwohner, 2, "Mieten steigen auch in Lindenau"},
    {Zusammenleben, Vereine, 4, "Viele Ältere leben allein"},
    {Zusammenleben, Institutionen, 6, "Neue Nachbarn aus vielen Ländern"},
    {Zusammenleben, Verwaltung, 3, "Junge Familien ziehen ins Neubaugebiet"},

    {Mitte, Anwohner, 1, "Marktplatz ohne Autos – mit Bänken und Schatten"},
    {Mitte, Handel, 3, "Feierabendmarkt donnerstags mit regionalen Erzeugern"},
    {Mitte, Buerger, 5, "Der Marktbrunnen plätschert wieder"},
    {Mitte, Handel, 7, "Außengastronomie bis 23 Uhr"},
    {Mitte, Verwaltung, 8, "Öffentliche Toilette am Rathaus"},

    {Gruen, Vereine, 2, "Mehr Bäume in der Bahnhofstraße"},
    {Gruen, Institutionen, 4, "Trinkbrunnen an allen Plätzen"},
    {Gruen, Anwohner, 6, "Mühlgraben freilegen und begehbar machen"},
    {Gruen, Buerger, 8, "Begrünte Fassaden und Dächer"},
    {Gruen, Verwaltung, 1, "Kirchplatz entsiegeln – Grün statt Asphalt"},

    {Mobilitaet, Vereine, 3, "Durchgehender Radweg vom Bahnhof zur Altstadt"},
    {Mobilitaet, Buerger, 5, "Stadtbus alle 20 Minuten, auch am Wochenende"},
    {Mobilitaet, Vereine, 7, "Barrierefreie Gehwege für Rollator und Kinderwagen"},
    {Mobilitaet, Verwaltung, 6, "Parken am Rand, die Mitte zu Fuß"},
    {Mobilitaet, Handel, 2, "Sichere Abstellplätze für Lastenräder"},

    {Nutzungen, Handel, 4, "Pop-up-Läden für Gründerinnen und Gründer"},
    {Nutzungen, Verwaltung, 3, "Leerstandsbörse der Stadt"},
    {Nutzungen, Handel, 8, "Handwerk zum Zuschauen in leeren Schaufenstern"},
    {Nutzungen, Buerger, 1, "Coworking im alten Kaufhaus Merkur"},
    {Nutzungen, Vereine, 5, "Repair-Café und Tauschladen"},

    {Wohnen, Institutionen, 7, "Wohnungen in den Obergeschossen nutzen"},
    {Wohnen, Buerger, 2, "Bezahlbare Mieten für junge Familien"},
    {Wohnen, Vereine, 8, "Mehrgenerationenhaus am Stadtpark"},
    {Wohnen, Anwohner, 5, "Altersgerecht wohnen mitten in der Stadt"},

    {Kultur, Vereine, 6, "Stadtfest, das alle Kulturen zeigt"},
    {Kultur, Vereine, 3, "Kulturzentrum in der Alten Weberei"},
    {Kultur, Institutionen, 1, "Offene Bühne auf dem Kirchplatz im Sommer"},
    {Kultur, Anwohner, 7, "Bücherschrank und Leseecke am Brunnen"},
    {Kultur, Buerger, 4, "Ein Ort zum Reden – ohne Konsumzwang"},

    {Jugend, Buerger, 6, "Jugendtreff mitten in der Stadt"},
    {Jugend, Anwohner, 2, "Spielplatz am Mühlgraben"},
    {Jugend, Buerger, 8, "Freies WLAN auf dem Marktplatz"},
    {Jugend, Institutionen, 4, "Jugendliche reden im Gemeinderat mit"},
    {Jugend, Vereine, 5, "Skateanlage statt Parkplatz"},
};

// Cards outside clusters: a remark on the Present wall and the Utopias wall, which is left as
// people pinned it. They are placed in a row after the clusters of their wall.
struct LooseCardData
{
    PhaseKind phase;
    CardForm form;
    Group group; // NoGroup for the moderators' heading strips
    int table;
    const char *text;
};

constexpr LooseCardData looseCardData[] = {
    {PhaseKind::Present, CardForm::Oval, Buerger, 6, "Wir müssen mutiger werden!"},
    {PhaseKind::Utopias, CardForm::Heading, NoGroup, 0, "Lindenau ohne Grenzen"},
    {PhaseKind::Utopias, CardForm::Card, Buerger, 1, "Seilbahn vom Bahnhof auf den Lindenberg"},
    {PhaseKind::Utopias, CardForm::Card, Vereine, 4, "Die ganze Innenstadt ist ein Garten"},
    {PhaseKind::Utopias, CardForm::Card, Handel, 5,
     "Jeder Laden gehört denen, die darin arbeiten"},
    {PhaseKind::Utopias, CardForm::Card, Verwaltung, 2, "Busse und Bahnen kostenlos für alle"},
    {PhaseKind::Utopias, CardForm::Card, Anwohner, 8, "Der Mühlgraben wird zum Badesee"},
    {PhaseKind::Utopias, CardForm::Card, Institutionen, 7,
     "Rathaus mit offener Tür – rund um die Uhr"},
};

// ---------------------------------------------------------------------------------------------
// Measures phase: the sub-projects of the project organisation and the measures in them.

struct SubProjectData
{
    const char *name;
    const char *leader;
    const char *team;
};

constexpr SubProjectData subProjectData[] = {
    {"TP 1 – Lebendige Mitte", "Frank Krüger",
     "Werbegemeinschaft Innenstadt, Wirtschaftsförderung, Kulturverein Alte Weberei, "
     "Café Lindenblüte"},
    {"TP 2 – Grüne und kühle Innenstadt", "Christine Lehmann",
     "BUND Kreisgruppe, Stadtbauamt, Stadtwerke, Heimat- und Geschichtsverein"},
    {"TP 3 – Mobilität und Barrierefreiheit", "Rainer Kuhn",
     "ADFC Ortsgruppe, Landratsamt (Nahverkehr), Seniorenbeirat, Ordnungsamt"},
    {"TP 4 – Wohnen, Jugend und Begegnung", "Tobias Kühn",
     "Wohnungsbaugesellschaft, Jugendzentrum „Kesselhaus“, Interkultureller Frauentreff, "
     "Mieterverein"},
};

struct MeasureData
{
    const char *title;
    ClusterKey source;
    const char *sourceCard; // text of the card it grew from, if it was one card
    int subProject;
    const char *owner;
    const char *team;
    int start;    // yyyymmdd
    int deadline; // yyyymmdd
    MeasureStatus status;
    int progress;
    const char *description;
    const char *communication;
};

constexpr MeasureData measureData[] = {
    {"Leerstandsbörse und Zwischennutzung", Nutzungen, "Leerstandsbörse der Stadt", 0,
     "Dr. Eva Ritter", "Wirtschaftsförderung, Werbegemeinschaft, Nicole Brandt",
     20260415, 20270331, MeasureStatus::InProgress, 40,
     "Die Stadt erfasst alle leeren Ladenlokale, vermittelt zwischen Eigentümern und "
     "Interessierten und bietet Zwischennutzungen zu reduzierter Miete an.",
     "Monatlicher Bericht im Steuerkreis; Liste der freien Flächen auf der Website der Stadt; "
     "Eigentümerinnen und Eigentümer werden persönlich angeschrieben."},
    {"Pop-up-Läden im ehemaligen Kaufhaus Merkur", Nutzungen, nullptr, 0,
     "Frank Krüger", "Werbegemeinschaft, Julia Schmitt (IHK), Gründerstammtisch",
     20260501, 20261130, MeasureStatus::Planned, 15,
     "Das Erdgeschoss des Kaufhauses wird in sechs kleine Flächen geteilt, die Gründerinnen "
     "und Gründer für drei bis sechs Monate mieten können.",
     "Aufruf im Amtsblatt und über die IHK; Eröffnung mit Pressetermin; Zwischenstand im "
     "Steuerkreis im September."},
    {"Autofreier Marktplatz an Samstagen", Mitte, nullptr, 0,
     "Kerstin Vogt", "Ordnungsamt, Marktmeister, Werbegemeinschaft, Gisela Neumann",
     20260401, 20261031, MeasureStatus::Done, 100,
     "Von April bis Oktober bleibt der Marktplatz samstags von 7 bis 18 Uhr frei von Autos; "
     "Bänke, Sonnenschirme und Spielgeräte kommen dazu.",
     "Aushang am Markt und Handzettel an die Anwohnenden; Umfrage unter den Händlern nach der "
     "Saison; Ergebnis im Gemeinderat."},
    {"Radweg Bahnhof – Altstadt", Mobilitaet, nullptr, 2,
     "Rainer Kuhn", "Stadtbauamt, ADFC (Werner Hahn), Polizeirevier",
     20260601, 20280630, MeasureStatus::InProgress, 20,
     "Eine durchgehende, baulich getrennte Radverbindung vom Bahnhof über die Bahnhofstraße "
     "bis zum Marktplatz, mit sicheren Abstellanlagen an beiden Enden.",
     "Planungswerkstatt mit den Anwohnenden im Herbst; Baustelleninfo im Amtsblatt; "
     "halbjährlicher Bericht im Bauausschuss."},
    {"Stadtbus im 20-Minuten-Takt", Mobilitaet, nullptr, 2,
     "Petra Günther", "Landratsamt, Verkehrsbetrieb, Seniorenbeirat",
     20260901, 20271214, MeasureStatus::Idea, 0,
     "Die Stadtbuslinie fährt werktags bis 21 Uhr alle 20 Minuten und samstags stündlich. "
     "Die Finanzierung wird mit dem Landkreis verhandelt.",
     "Nach dem Beschluss des Kreistags Information über den Fahrgastbeirat und Aushang an "
     "allen Haltestellen."},
    {"100 Stadtbäume und fünf Trinkbrunnen", Gruen, "Trinkbrunnen an allen Plätzen", 1,
     "Christine Lehmann", "BUND, Stadtwerke (Andreas Wolf), Stadtgärtnerei, Goethe-Gymnasium",
     20260330, 20271130, MeasureStatus::InProgress, 55,
     "Bis Ende 2027 werden hundert Bäume in der Innenstadt gepflanzt, mit Baumpatenschaften "
     "aus der Bürgerschaft. Die Stadtwerke stellen fünf Trinkbrunnen auf.",
     "Pflanzaktionen mit Presse und Schulklassen; Baumkarte im Internet; vierteljährlicher "
     "Bericht im Steuerkreis."},
    {"Kirchplatz entsiegeln", Gruen, nullptr, 1,
     "Nadine Albrecht", "Stadtplanung, Kirchengemeinde St. Marien, Heimatverein",
     20260701, 20270930, MeasureStatus::Planned, 10,
     "Der asphaltierte Kirchplatz wird zu einem schattigen Platz mit Rasen, Beeten und "
     "Sitzstufen; das Regenwasser versickert vor Ort.",
     "Entwürfe in der Stadtbibliothek ausstellen; Abstimmung mit der Kirchengemeinde; "
     "Beschluss im Gemeinderat."},
    {"Jugendtreff in der Alten Weberei", Jugend, "Jugendtreff mitten in der Stadt", 3,
     "Florian Busch", "Jugendzentrum „Kesselhaus“, Kulturverein, Lea Winter",
     20260420, 20261231, MeasureStatus::InProgress, 60,
     "Jugendliche bauen mit dem Kulturverein einen Raum der Alten Weberei zum Treffpunkt aus: "
     "Bandprobe, Spieleecke und eine kleine Küche.",
     "Instagram-Kanal des Jugendzentrums; der Jugendgemeinderat berichtet im Gemeinderat; "
     "Tag der offenen Tür zur Eröffnung."},
    {"Wohnen über den Läden", Wohnen, nullptr, 3,
     "Tobias Kühn", "Wohnungsbaugesellschaft, Stadtbauamt, Mieterverein",
     20260515, 20281231, MeasureStatus::InProgress, 15,
     "Förderprogramm und Beratung für Eigentümer, die leere Obergeschosse in Bahnhofstraße "
     "und Kirchgasse zu Wohnungen umbauen.",
     "Infoabend für Eigentümerinnen und Eigentümer im Rathaus; Sprechstunde an jedem ersten "
     "Dienstag im Monat; jährlicher Bericht."},
    {"Begegnungsfest „Lindenau blüht“", Kultur, nullptr, 3,
     "Elif Kaya", "Interkultureller Frauentreff, Kulturverein, TSV Lindenau, Werbegemeinschaft",
     20260401, 20260913, MeasureStatus::Done, 100,
     "Ein Fest auf Marktplatz und Kirchplatz, auf dem sich Vereine, Kulturen und Läden "
     "zeigen. Eintritt frei.",
     "Plakate, Amtsblatt und soziale Medien; die Vereine laden ihre Mitglieder ein; Rückblick "
     "mit Fotos auf der Website der Stadt."},
    {"Parkdeck am Stadtgraben", Mobilitaet, nullptr, 2,
     "Jens Schuster", "Kämmerei, Stadtbauamt, Werbegemeinschaft",
     20260401, 20260731, MeasureStatus::Dropped, 0,
     "Geprüft wurde ein zusätzliches Parkdeck, damit am Marktplatz Stellplätze wegfallen "
     "können. Der Steuerkreis hat die Maßnahme wegen der Kosten zurückgestellt.",
     "Begründung im Protokoll des Steuerkreises; Information an die Werbegemeinschaft."},
};

struct CriterionData
{
    int measure; // index into measureData
    const char *indicator;
    const char *unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> current; // none yet: not measured since the start
    int due;                       // yyyymmdd
};

constexpr CriterionData criterionData[] = {
    {0, "Leere Ladenlokale in der Kernzone", "Anzahl", 23, 12, 19, 20270331},
    {0, "Vermittelte Zwischennutzungen", "Anzahl", 0, 8, 3, 20261231},
    {1, "Vermietete Pop-up-Flächen", "Flächen", 0, 6, 1, 20261130},
    {2, "Besucherinnen und Besucher am Samstagsmarkt", "Personen je Markttag", 1800, 2500, 2650,
     20261031},
    {3, "Radverkehrsanteil in der Innenstadt", "%", 9, 18, 11, 20280630},
    {3, "Fahrradabstellplätze am Bahnhof", "Plätze", 40, 200, 90, 20270630},
    {4, "Fahrgäste im Stadtbus je Werktag", "Fahrgäste", 640, 1000, std::nullopt, 20281231},
    {5, "Neu gepflanzte Bäume", "Bäume", 0, 100, 38, 20271130},
    {5, "Trinkbrunnen in Betrieb", "Brunnen", 0, 5, 2, 20270630},
    {6, "Entsiegelte Fläche", "m²", 0, 1200, 0, 20270930},
    {7, "Öffnungstage je Woche", "Tage", 0, 4, 2, 20261231},
    {8, "Neu geschaffene Wohnungen in Obergeschossen", "Wohnungen", 0, 20, 3, 20281231},
    {9, "Besucherinnen und Besucher", "Personen", std::nullopt, 5000, 6200, 20260913},
    {10, "Zusätzliche Stellplätze", "Stellplätze", 0, 120, 0, 20260731},
};


// Follow-up: the steering committee's review meetings, what they recorded per measure, and the
// indicator values reported there. The latest review gives each measure its status and progress,
// the latest value each criterion its current value.

struct MeetingData
{
    int date; // yyyymmdd
    const char *title;
    const char *notes;
};

constexpr MeetingData meetingData[] = {
    {20260708, "1. Steuerkreis nach der Konferenz",
     "Alle Teilprojekte haben begonnen. Das Parkdeck wird wegen der Kosten zurückgestellt."},
    {20261014, "2. Steuerkreis – Halbzeit",
     "Marktplatz und Begegnungsfest abgeschlossen; Pop-up-Läden hängen an der Brandschutzfrage."},
};

struct ReviewData
{
    int meeting; // index into meetingData
    int measure; // index into measureData
    const char *said;
    const char *did;
    const char *next;
    const char *help;
    MeasureStatus status;
    int progress;
};

constexpr ReviewData reviewData[] = {
    {0, 0, "Alle leeren Ladenlokale erfassen und die Börse online stellen.",
     "23 Lokale erfasst, 14 Eigentümer angeschrieben, Börse ist online.",
     "Erste Zwischennutzungen vermitteln, Mietnachlass mit der Kämmerei klären.",
     "Kontakte zu Eigentümern, die nicht antworten.", MeasureStatus::InProgress, 20},
    {0, 1, "Das Erdgeschoss des Kaufhauses für Pop-up-Läden öffnen.",
     "Begehung mit dem Eigentümer; er ist grundsätzlich bereit.",
     "Brandschutzgutachten beauftragen, Aufruf an Gründerinnen vorbereiten.",
     "Geld für das Gutachten (ca. 4.000 €).", MeasureStatus::Planned, 5},
    {0, 2, "Samstags autofreier Markt von April bis Oktober.",
     "Seit April jeden Samstag umgesetzt; Bänke und Schirme stehen.",
     "Händlerumfrage zum Saisonende.", "", MeasureStatus::InProgress, 50},
    {0, 3, "Planung der Radverbindung Bahnhof – Altstadt beginnen.",
     "Variantenstudie vergeben, 50 zusätzliche Abstellplätze am Bahnhof.",
     "Planungswerkstatt mit den Anwohnenden im Herbst.",
     "Fördermittel des Landes beantragen.", MeasureStatus::InProgress, 10},
    {0, 5, "100 Bäume bis Ende 2027, fünf Trinkbrunnen.",
     "12 Bäume gepflanzt, 30 Patenschaften vergeben, ein Brunnen in Betrieb.",
     "Herbstpflanzung mit dem Goethe-Gymnasium.", "Gießdienst im Sommer.",
     MeasureStatus::InProgress, 25},
    {0, 7, "Jugendtreff in der Alten Weberei ausbauen.",
     "Raum geräumt, Jugendliche haben den Grundriss geplant.",
     "Elektrik und Küche einbauen.", "Handwerker, die ehrenamtlich helfen.",
     MeasureStatus::InProgress, 30},
    {0, 9, "Begegnungsfest im September.", "Programm steht, 24 Vereine haben zugesagt.",
     "Plakate und Aufbauplan.", "Helferinnen für Auf- und Abbau.",
     MeasureStatus::InProgress, 70},
    {0, 10, "Zusätzliches Parkdeck prüfen.", "Kostenschätzung: 3,8 Mio. €.",
     "Nicht weiterverfolgen; Begründung an die Werbegemeinschaft.", "",
     MeasureStatus::Dropped, 0},
    {1, 0, "Erste Zwischennutzungen vermitteln.",
     "Drei Zwischennutzungen laufen, vier Lokale wieder vermietet.",
     "Mietnachlass als Förderrichtlinie in den Gemeinderat.", "",
     MeasureStatus::InProgress, 40},
    {1, 1, "Brandschutzgutachten und Aufruf.",
     "Gutachten liegt vor; eine Fläche ist vorab vermietet.",
     "Zweiten Rettungsweg bauen lassen.",
     "Entscheidung der Bauaufsicht beschleunigen.", MeasureStatus::Planned, 15},
    {1, 2, "Händlerumfrage zum Saisonende.",
     "Saison abgeschlossen; 80 % der Händler wollen weitermachen.",
     "Beschluss über die Saison 2027 im Gemeinderat.", "", MeasureStatus::Done, 100},
    {1, 3, "Planungswerkstatt im Herbst.",
     "Werkstatt mit 60 Teilnehmenden; Vorzugsvariante gewählt.",
     "Entwurfsplanung, Förderantrag stellen.", "Stellungnahme der Polizei zur Kreuzung.",
     MeasureStatus::InProgress, 20},
    {1, 5, "Herbstpflanzung.", "38 Bäume stehen, zweiter Trinkbrunnen am Kirchplatz.",
     "Pflanzliste 2027 mit den Paten abstimmen.", "", MeasureStatus::InProgress, 55},
    {1, 6, "Entwürfe für den Kirchplatz.", "Zwei Entwürfe in der Stadtbibliothek ausgestellt.",
     "Abstimmung mit der Kirchengemeinde.", "Zusage der Kirchengemeinde zur Fläche.",
     MeasureStatus::Planned, 10},
    {1, 7, "Elektrik und Küche.", "Küche eingebaut; offen dienstags und freitags.",
     "Bandraum dämmen.", "Spenden für die Dämmung.", MeasureStatus::InProgress, 60},
    {1, 8, "Infoabend für Eigentümer.", "Infoabend mit 35 Eigentümern; drei Umbauten begonnen.",
     "Sprechstunde fortführen.", "", MeasureStatus::InProgress, 15},
    {1, 9, "Fest im September.", "6.200 Gäste; Rückblick mit Fotos veröffentlicht.",
     "Wiederholung 2027 prüfen.", "", MeasureStatus::Done, 100},
};

struct ValueData
{
    int criterion; // index into criterionData
    int meeting;   // index into meetingData, or -1 for a value measured between meetings
    int date;      // yyyymmdd, for a value between meetings
    double value;
};

constexpr ValueData valueData[] = {
    {0, 0, 0, 21},    {0, 1, 0, 19},    {1, 0, 0, 1},     {1, 1, 0, 3},
    {2, 0, 0, 0},     {2, 1, 0, 1},     {3, -1, 20260516, 2050},
    {3, 0, 0, 2300},  {3, 1, 0, 2650},  {4, 0, 0, 10},    {4, 1, 0, 11},
    {5, 0, 0, 60},    {5, 1, 0, 90},    {7, -1, 20260425, 5},
    {7, 0, 0, 12},    {7, 1, 0, 38},    {8, 0, 0, 1},     {8, 1, 0, 2},
    {9, 0, 0, 0},     {9, 1, 0, 0},     {10, 0, 0, 0},    {10, 1, 0, 2},
    {11, 0, 0, 1},    {11, 1, 0, 3},    {12, 1, 0, 6200},
};
// ---------------------------------------------------------------------------------------------

template<class T>
Id putNew(Conference &conference, T entity)
{
    entity.id = conference.all<T>().nextId();
    conference.all<T>().put(entity);
    return entity.id;
}

Id phaseOf(const Conference &conference, PhaseKind kind)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == kind)
            return phase.id;
    }
    return NoId;
}

void setUpInfoAndPhases(Conference &conference)
{
    ConferenceInfo info = conference.info();
    info.title = u8("Zukunft Innenstadt Lindenau 2035");
    info.area = u8("Lindenau");
    info.areaKind = AreaKind::Town;
    info.place = u8("Stadthalle Lindenau, Am Mühlgraben 4");
    info.startDate = QDate(2026, 3, 20);
    info.endDate = QDate(2026, 3, 22);
    info.moderators = u8("Dr. Sabine Krautwurst, Jonas Feldhaus");
    info.notes = u8("Beispielkonferenz – alle Personen, Organisationen und Ereignisse sind frei "
                    "erfunden.\nFreitag 14–21 Uhr, Samstag 9–18 Uhr, Sonntag 9–13 Uhr. "
                    "Der Steuerkreis trifft sich an jedem zweiten Dienstag im Monat im "
                    "Rathaus, Sitzungssaal 2. Fotoprotokoll an alle Teilnehmenden bis 15. April.");
    conference.all<ConferenceInfo>().put(info);

    // The conference is in its last phase: the measures are being worked out. The timers are
    // stopped, each with time left, so that the sample does not open on an alarm.
    struct PhaseProgress { PhaseKind kind; PhaseState state; int minutesUsed; int extra; };
    static constexpr PhaseProgress progress[] = {
        {PhaseKind::Past, PhaseState::Done, 92, 5},
        {PhaseKind::Present, PhaseState::Done, 118, 0},
        {PhaseKind::Future, PhaseState::Done, 131, 15},
        {PhaseKind::Utopias, PhaseState::Done, 52, 0},
        {PhaseKind::Measures, PhaseState::Running, 47, 0},
    };
    for (const PhaseProgress &p : progress) {
        Phase phase = *conference.find<Phase>(phaseOf(conference, p.kind));
        phase.state = p.state;
        phase.timerElapsedMs = qint64(p.minutesUsed) * 60 * 1000;
        phase.timerExtraMinutes = p.extra;
        // The sample's Present wall holds topic clusters of prouds and sorries alike, as many
        // moderators collect them; a free wall shows them best.
        phase.wallLayout = WallLayout::Free;
        conference.all<Phase>().put(phase);
    }
}

// Each lane of the timeline is a band of a few rows; a card goes at its year, in the first row
// where it does not overlap the card before it, so that close years stack instead of piling up.
void addPastCards(Conference &conference, const std::vector<Id> &groupIds,
                  const std::vector<Id> &tableIds)
{
    constexpr double UnitsPerYear = 70;
    constexpr int FirstYear = 1970;
    constexpr int RowsPerLane = 3;
    constexpr double LaneHeight = RowsPerLane * RowStep + 60;

    std::vector<const PastCardData *> sorted;
    for (const PastCardData &data : pastCardData)
        sorted.push_back(&data);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) {
        return std::pair(a->lane, a->year) < std::pair(b->lane, b->year);
    });

    const Id phaseId = phaseOf(conference, PhaseKind::Past);
    std::array<double, RowsPerLane> emptyLane;
    emptyLane.fill(-1e9);
    std::map<TimelineLane, std::array<double, RowsPerLane>> rowEnds; // right edge of each row
    for (const PastCardData *data : sorted) {
        auto &ends = rowEnds.try_emplace(data->lane, emptyLane).first->second;
        double x = (data->year - FirstYear) * UnitsPerYear;
        int row = int(std::min_element(ends.begin(), ends.end()) - ends.begin());
        for (int r = 0; r < RowsPerLane; ++r) {
            if (ends[r] + 10 <= x) {
                row = r;
                break;
            }
        }
        x = std::max(x, ends[row] + 10);
        ends[row] = x + CardWidth;

        Card card;
        card.phaseId = phaseId;
        card.groupId = groupIds[data->group];
        card.tableId = tableIds[data->table - 1];
        card.text = u8(data->text);
        card.year = data->year;
        card.lane = data->lane;
        const int laneIndex = int(data->lane) - int(TimelineLane::World);
        card.pos = QPointF(x, laneIndex * LaneHeight + row * RowStep);
        putNew(conference, card);
    }
}

// The clusters of a wall stand side by side, each a column with its heading on top.
// Returns the wall cards' ids by text, for measures that name their source card.
QHash<QString, Id> addClustersAndWallCards(Conference &conference, const std::vector<Id> &groupIds,
                                           const std::vector<Id> &tableIds,
                                           std::array<Id, ClusterCount> &clusterIds)
{
    std::map<PhaseKind, int> columnsUsed;
    std::array<int, ClusterCount> cardsInCluster{};
    std::array<double, ClusterCount> columnX{};
    for (int i = 0; i < ClusterCount; ++i) {
        const ClusterData &data = clusterData[i];
        columnX[i] = columnsUsed[data.phase]++ * ColumnStep;
        Cluster cluster;
        cluster.phaseId = phaseOf(conference, data.phase);
        cluster.heading = u8(data.heading);
        cluster.color = QColor::fromString(QLatin1String(data.color));
        cluster.pos = QPointF(columnX[i], 0);
        clusterIds[i] = putNew(conference, cluster);
    }

    QHash<QString, Id> cardIds;
    for (const WallCardData &data : wallCardData) {
        Card card;
        card.phaseId = phaseOf(conference, clusterData[data.cluster].phase);
        card.clusterId = clusterIds[data.cluster];
        card.groupId = groupIds[data.group];
        card.tableId = tableIds[data.table - 1];
        card.text = u8(data.text);
        card.pos = QPointF(columnX[data.cluster],
                           HeadingHeight + cardsInCluster[data.cluster]++ * RowStep);
        cardIds.insert(card.text, putNew(conference, card));
    }

    for (const LooseCardData &data : looseCardData) {
        Card card;
        card.phaseId = phaseOf(conference, data.phase);
        card.form = data.form;
        if (data.group != NoGroup) {
            card.groupId = groupIds[data.group];
            card.tableId = tableIds[data.table - 1];
        }
        card.text = u8(data.text);
        card.pos = QPointF(columnsUsed[data.phase]++ * ColumnStep, HeadingHeight);
        putNew(conference, card);
    }
    return cardIds;
}

// The dot vote on the Future wall. Writing some 300 dots out by hand would bury the file, so
// they are drawn with a fixed seed, weighted towards the popular clusters. Only raw mt19937
// output is used: the standard distributions differ between libraries, the engine does not.
void addVote(Conference &conference, const std::vector<Id> &participantIds,
             const std::array<Id, ClusterCount> &clusterIds)
{
    VoteSession session;
    session.phaseId = phaseOf(conference, PhaseKind::Future);
    session.title = u8("Welche Zukunftsbilder sind uns am wichtigsten?");
    session.dotsPerVoter = 5;
    session.capPerItem = 2;
    session.voterUnit = VoterUnit::Participant;
    session.open = false;
    session.id = putNew(conference, session);

    struct Target { Id cardId; Id clusterId; int weight; };
    std::vector<Target> targets;
    int totalWeight = 0;
    for (int i = 0; i < ClusterCount; ++i) {
        if (clusterData[i].voteWeight > 0) {
            targets.push_back({NoId, clusterIds[i], clusterData[i].voteWeight});
            totalWeight += clusterData[i].voteWeight;
        }
    }
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId == session.phaseId) {
            targets.push_back({card.id, NoId, 1});
            totalWeight += 1;
        }
    }

    std::mt19937 rng(2035);
    for (size_t p = 0; p < participantIds.size(); ++p) {
        // A few left before the vote, and some kept a dot back.
        if (p % 13 == 12)
            continue;
        const int budget = p % 7 == 3 ? 4 : session.dotsPerVoter;
        std::map<size_t, Dot> dots; // by target index
        for (int spent = 0; spent < budget;) {
            int pick = int(rng() % quint32(totalWeight));
            size_t t = 0;
            while (pick >= targets[t].weight)
                pick -= targets[t++].weight;
            auto [it, added] = dots.try_emplace(t);
            if (added) {
                it->second.sessionId = session.id;
                it->second.cardId = targets[t].cardId;
                it->second.clusterId = targets[t].clusterId;
                it->second.voterId = participantIds[p];
                it->second.count = 1;
            } else if (it->second.count < session.capPerItem) {
                ++it->second.count;
            } else {
                continue;
            }
            ++spent;
        }
        for (const auto &[t, dot] : dots)
            putNew(conference, dot);
    }
}

void addMeasures(Conference &conference, const std::array<Id, ClusterCount> &clusterIds,
                 const QHash<QString, Id> &cardIds)
{
    std::vector<Id> subProjectIds;
    for (const SubProjectData &data : subProjectData) {
        SubProject subProject;
        subProject.name = u8(data.name);
        subProject.leader = u8(data.leader);
        subProject.team = u8(data.team);
        subProjectIds.push_back(putNew(conference, subProject));
    }

    std::vector<Id> measureIds;
    for (const MeasureData &data : measureData) {
        Measure measure;
        measure.title = u8(data.title);
        measure.description = u8(data.description);
        measure.sourceClusterId = clusterIds[data.source];
        if (data.sourceCard) {
            measure.sourceCardId = cardIds.value(u8(data.sourceCard), NoId);
            Q_ASSERT(measure.sourceCardId != NoId);
        }
        measure.subProjectId = subProjectIds[data.subProject];
        measure.owner = u8(data.owner);
        measure.team = u8(data.team);
        measure.startDate = date(data.start);
        measure.deadline = date(data.deadline);
        measure.status = data.status;
        measure.progress = data.progress;
        measure.communication = u8(data.communication);
        measureIds.push_back(putNew(conference, measure));
    }

    std::vector<Id> criterionIds;
    for (const CriterionData &data : criterionData) {
        Criterion criterion;
        criterion.measureId = measureIds[data.measure];
        criterion.indicator = u8(data.indicator);
        criterion.unit = u8(data.unit);
        criterion.baseline = data.baseline;
        criterion.target = data.target;
        criterion.current = data.current;
        criterion.due = date(data.due);
        criterionIds.push_back(putNew(conference, criterion));
    }

    std::vector<Id> meetingIds;
    for (const MeetingData &data : meetingData) {
        ReviewMeeting meeting;
        meeting.date = date(data.date);
        meeting.title = u8(data.title);
        meeting.notes = u8(data.notes);
        meetingIds.push_back(putNew(conference, meeting));
    }
    for (const ReviewData &data : reviewData) {
        MeasureReview review;
        review.meetingId = meetingIds[data.meeting];
        review.measureId = measureIds[data.measure];
        review.said = u8(data.said);
        review.did = u8(data.did);
        review.next = u8(data.next);
        review.helpNeeded = u8(data.help);
        review.status = data.status;
        review.progress = data.progress;
        putNew(conference, review);
    }
    for (const ValueData &data : valueData) {
        IndicatorValue value;
        value.criterionId = criterionIds[data.criterion];
        if (data.meeting >= 0) {
            value.meetingId = meetingIds[data.meeting];
            value.date = date(meetingData[data.meeting].date);
        } else {
            value.date = date(data.date);
        }
        value.value = data.value;
        putNew(conference, value);
    }
}

} // namespace

Conference makeSampleConference()
{
    Conference conference = newConference();
    setUpInfoAndPhases(conference);

    std::vector<Id> groupIds;
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
        groupIds.push_back(group.id);
    std::sort(groupIds.begin(), groupIds.end(), [&](Id a, Id b) {
        return conference.find<StakeholderGroup>(a)->order
               < conference.find<StakeholderGroup>(b)->order;
    });
    Q_ASSERT(groupIds.size() == GroupCount);

    std::vector<Id> tableIds;
    for (int number = 1; number <= TableCount; ++number) {
        Table table;
        table.number = number;
        table.name = QStringLiteral("Tisch %1").arg(number);
        tableIds.push_back(putNew(conference, table));
    }

    std::vector<Id> participantIds;
    int seat = 0;
    for (const ParticipantData &data : participantData) {
        Participant participant;
        participant.name = u8(data.name);
        participant.organisation = u8(data.organisation);
        participant.groupId = groupIds[data.group];
        participant.tableId = tableIds[seat++ % TableCount];
        participant.steeringCommittee = data.steering;
        participantIds.push_back(putNew(conference, participant));
    }

    addPastCards(conference, groupIds, tableIds);
    std::array<Id, ClusterCount> clusterIds{};
    const QHash<QString, Id> cardIds =
        addClustersAndWallCards(conference, groupIds, tableIds, clusterIds);
    addVote(conference, participantIds, clusterIds);
    addMeasures(conference, clusterIds, cardIds);
    return conference;
}

} // namespace weitblick

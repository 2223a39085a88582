#include "planningconcepts.h"

namespace weitblick {

namespace {

// One topic per line. Words only, no phrases: compounds are matched by their parts too, so
// "Radweg" also covers "Radwegenetz", and a word may stand in two topics when it means both.
// Park is no green word here: it shares its stem with parken, and as the first part of a
// compound (Parkhaus, Parkleitsystem) it always means parking.
const char *const Concepts[] = {
    // Parking
    "parken Parkplatz Stellplatz Parkhaus Tiefgarage Parkgebühr Parkschein Parkautomat "
    "Parkraum Parkverbot Anwohnerparken Falschparker parking carpark",
    // Car traffic
    "Auto Autos Autoverkehr Verkehr Durchgangsverkehr Stau Raser Tempo Tempolimit "
    "Geschwindigkeit Lkw Umgehungsstraße Ampel Kreuzung Kreisverkehr car cars traffic",
    // Public transport
    "ÖPNV Nahverkehr Bus Busse Buslinie Haltestelle Bushaltestelle Busbahnhof Bahn Bahnhof "
    "Zug Straßenbahn Tram Takt Fahrplan Fahrkarte Fahrschein Ticket Anbindung Rufbus "
    "Anrufsammeltaxi bus buses train station transit",
    // Cycling
    "Fahrrad Rad Radweg Fahrradweg Radverkehr Radfahrer radeln Radfahren Fahrradständer "
    "Radstreifen Schutzstreifen Fahrradstraße Lastenrad Pedelec bike bicycle cycling cyclist",
    // Walking
    "Fußgänger Gehweg Bürgersteig Fußweg Zebrastreifen Fußgängerzone Überweg pedestrian "
    "sidewalk pavement",
    // Accessibility
    "barrierefrei Barrierefreiheit Rollstuhl Rollator Kinderwagen Aufzug Rampe "
    "accessible wheelchair",
    // Green space and trees
    "Grün Grünfläche Grünanlage Parkanlage Stadtpark Baum Straßenbaum Wiese Rasen Blumen Beet "
    "Hecke Garten Kleingarten begrünen Begrünung Natur Entsiegelung versiegelt tree trees "
    "green garden",
    // Climate, heat and water
    "Klima Klimaschutz Klimawandel Hitze Schatten Starkregen Hochwasser Überschwemmung "
    "Trockenheit klimaneutral CO2 climate heat flood",
    // Energy
    "Energie Solar Solaranlage Photovoltaik Windkraft Windrad Nahwärme Fernwärme Heizung "
    "Heizkosten Strom Biogas energy solar electricity",
    // Shops and vacancy
    "Einzelhandel Handel Laden Geschäft Fachgeschäft Kaufhaus Einkaufen Schaufenster "
    "Leerstand leerstehend Ladenlokal Filiale Onlinehandel Boutique shop shops store retail "
    "shopping vacancy",
    // Everyday supplies
    "Nahversorgung Supermarkt Lebensmittel Bäcker Bäckerei Metzger Metzgerei Dorfladen "
    "Hofladen Wochenmarkt Drogerie grocery supermarket bakery",
    // Eating and going out
    "Gastronomie Gaststätte Restaurant Kneipe Bar Café Cafe Wirtshaus Gasthaus Lokal "
    "Biergarten Imbiss Nachtleben ausgehen restaurant pub nightlife",
    // Culture and events
    "Kultur Kino Theater Museum Konzert Musik Fest Festival Veranstaltung Bücherei "
    "Bibliothek Kunst Stadtfest culture cinema concert festival event",
    // Young people
    "Jugend Jugendliche Jugendlicher Jugendzentrum Jugendtreff Jugendarbeit Teenager "
    "Skatepark youth teenagers",
    // Children and families
    "Kinder Kind Spielplatz Kita Kindergarten Krippe Tagesmutter Kinderbetreuung Familie "
    "children child playground kindergarten childcare",
    // School and learning
    "Schule Grundschule Gymnasium Schüler Lehrer Bildung Schulweg Schulbus Ganztag "
    "Volkshochschule school pupils education",
    // Sport
    "Sport Sportplatz Sportverein Turnhalle Sporthalle Schwimmbad Freibad Hallenbad "
    "Bolzplatz Fitness sports pool",
    // Older people and care
    "Senioren Ältere Alter Rentner Pflege Pflegedienst Tagespflege Pflegeheim Altenheim "
    "Seniorentreff elderly seniors care",
    // Health
    "Arzt Ärzte Hausarzt Facharzt Praxis Arztpraxis Apotheke Krankenhaus Klinik Gesundheit "
    "Notarzt doctor doctors hospital pharmacy health",
    // Housing
    "Wohnen Wohnung Wohnraum Miete Mieter Mietpreis Vermieter Sozialwohnung Wohnungsbau "
    "Bauland Baugebiet Neubaugebiet Eigenheim Immobilie housing rent rents flat flats "
    "apartment",
    // Safety
    "Sicherheit sicher unsicher Angst Angstraum Polizei Ordnungsamt Kriminalität Diebstahl "
    "Einbruch Vandalismus Videoüberwachung Überwachung Kamera belästigt Belästigung safety "
    "police crime",
    // Lighting
    "Beleuchtung Licht Laterne Straßenlaterne Straßenbeleuchtung dunkel beleuchtet lighting "
    "lights dark",
    // Cleanliness
    "Sauberkeit sauber Müll Abfall Dreck schmutzig Mülleimer Hundekot Graffiti litter "
    "rubbish clean",
    // Noise
    "Lärm laut Ruhe Lärmschutz noise",
    // Digital
    "Internet WLAN Glasfaser Breitband DSL Mobilfunk Handyempfang Funkloch digital "
    "Digitalisierung Homeoffice online internet broadband wifi",
    // Administration and participation
    "Verwaltung Rathaus Bürgeramt Behörde Bürgerbeteiligung Beteiligung Gemeinderat Stadtrat "
    "Politik Bürgermeister Transparenz Bürokratie Genehmigung council administration "
    "participation",
    // Clubs and volunteering
    "Verein Vereine Ehrenamt ehrenamtlich Freiwillige Feuerwehr Engagement Mitglieder "
    "Nachwuchs club clubs volunteers volunteering",
    // Community and meeting places
    "Begegnung Treffpunkt Nachbarschaft Gemeinschaft Miteinander Bürgerhaus "
    "Dorfgemeinschaftshaus Zusammenhalt Integration community neighbourhood",
    // Work and business
    "Arbeitsplatz Arbeit Job Gewerbe Gewerbegebiet Firma Unternehmen Betrieb Handwerk "
    "Fachkräfte Ausbildungsplatz Wirtschaft jobs business",
    // Tourism
    "Tourismus Touristen Gäste Hotel Übernachtung Wandern Sehenswürdigkeit tourism tourists",
    // Squares and seating
    "Marktplatz Platzgestaltung Aufenthaltsqualität Sitzbank Bänke Sitzgelegenheit Brunnen "
    "square benches",
};

QList<QStringList> parse()
{
    QList<QStringList> result;
    for (const char *topic : Concepts)
        result.append(QString::fromUtf8(topic).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return result;
}

} // namespace

const QList<QStringList> &PlanningConcepts::all()
{
    static const QList<QStringList> concepts = parse();
    return concepts;
}

} // namespace weitblick

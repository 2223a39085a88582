#pragma once

// Cards written the way participants write them on a Metaplan wall, each with the topic a
// moderator would put it under. Short, few shared words, and some cards that could go under
// two topics (they carry the one their writer meant).

namespace weitblick::test {

struct LabelledCard
{
    int group;
    const char *text;
};

// The quality figure: "Wie erleben wir unsere Innenstadt heute?" in a small town,
// 99 cards in 9 topics.
inline constexpr LabelledCard TownCentreCards[] = {
    // 0 Parking
    {0, "Zu wenig Parkplätze am Markt"},
    {0, "Parkplatzsuche nervt"},
    {0, "Stellplätze fehlen"},
    {0, "Parkhaus zu teuer"},
    {0, "Parkgebühren runter!"},
    {0, "Kostenlos parken am Samstag"},
    {0, "Anwohnerparken einführen"},
    {0, "Falschparker auf dem Gehweg"},
    {0, "Park & Ride am Stadtrand"},
    {0, "Brötchentaste an den Parkautomaten"},
    {0, "Kurzzeitparkplätze vor den Geschäften"},
    // 1 Shops and vacancy
    {1, "Ladenleerstand in der Innenstadt"},
    {1, "Zu viele leere Schaufenster"},
    {1, "Fachgeschäfte sterben aus"},
    {1, "Nur noch Handyläden und Dönerbuden"},
    {1, "Einzelhandel stärken"},
    {1, "Pop-up-Stores in leeren Läden"},
    {1, "Online-Handel macht Geschäfte kaputt"},
    {1, "Leerstehende Geschäfte zwischennutzen"},
    {1, "Mehr inhabergeführte Läden"},
    {1, "Kaufhaus steht seit Jahren leer"},
    {1, "Einkaufen in der Innenstadt attraktiver machen"},
    // 2 Buses and public transport
    {2, "Busse fahren zu selten"},
    {2, "Besserer Takt am Wochenende"},
    {2, "Nach 20 Uhr kein Bus mehr"},
    {2, "ÖPNV ausbauen"},
    {2, "Bushaltestellen ohne Dach"},
    {2, "Fahrkarten zu teuer"},
    {2, "Anbindung der Ortsteile an die Innenstadt"},
    {2, "Rufbus für die Dörfer"},
    {2, "365-Euro-Ticket"},
    {2, "Bahnhof barrierefrei umbauen"},
    {2, "Verspätungen im Nahverkehr"},
    // 3 Cycling
    {3, "Radwege enden im Nichts"},
    {3, "Sichere Fahrradstraßen"},
    {3, "Mehr Fahrradständer am Bahnhof"},
    {3, "Radfahren ist lebensgefährlich"},
    {3, "Durchgängiges Radnetz"},
    {3, "Lastenräder zum Ausleihen"},
    {3, "Fahrradwege von Autos zugeparkt"},
    {3, "Schutzstreifen sind zu schmal"},
    {3, "Abstellanlagen für E-Bikes"},
    {3, "Mit dem Rad zur Schule"},
    {3, "Radverkehr Vorrang geben"},
    // 4 Green space and trees
    {4, "Mehr Bäume in der Innenstadt"},
    {4, "Stadtpark besser pflegen"},
    {4, "Zu viel versiegelte Fläche"},
    {4, "Schatten im Sommer fehlt"},
    {4, "Grünflächen erhalten"},
    {4, "Blühwiesen statt Rasen"},
    {4, "Urban Gardening auf Brachflächen"},
    {4, "Straßenbäume gießen"},
    {4, "Begrünte Dächer und Fassaden"},
    {4, "Marktplatz ist eine Steinwüste"},
    {4, "Kleingärten schützen"},
    // 5 Young people and leisure
    {5, "Nichts los für Jugendliche"},
    {5, "Jugendzentrum wieder öffnen"},
    {5, "Treffpunkte für Teenager"},
    {5, "Skatepark!"},
    {5, "Junge Leute ziehen weg"},
    {5, "Freizeitangebote für Jugendliche am Wochenende"},
    {5, "Bolzplatz fehlt"},
    {5, "Jugendliche werden vom Marktplatz verscheucht"},
    {5, "Jugendparlament gründen"},
    {5, "Kein Kino mehr"},
    {5, "Proberäume für Bands"},
    // 6 Eating out and evenings
    {6, "Abends ist die Innenstadt tot"},
    {6, "Zu wenige Kneipen"},
    {6, "Außengastronomie am Markt erlauben"},
    {6, "Cafés schließen um 18 Uhr"},
    {6, "Mehr Restaurants an der Promenade"},
    {6, "Biergarten am Fluss"},
    {6, "Sperrstunde lockern"},
    {6, "Kein Nachtleben"},
    {6, "Wirtshaussterben stoppen"},
    {6, "Eisdiele am Marktplatz"},
    {6, "Feierabendmarkt mit Essen und Musik"},
    // 7 Safety and lighting
    {7, "Unterführung am Bahnhof ist dunkel"},
    {7, "Bessere Straßenbeleuchtung"},
    {7, "Angsträume beseitigen"},
    {7, "Nachts fühle ich mich unsicher"},
    {7, "Mehr Polizeipräsenz"},
    {7, "Laternen gehen um Mitternacht aus"},
    {7, "Videoüberwachung am Busbahnhof?"},
    {7, "Gruppen pöbeln im Park"},
    {7, "Beleuchtete Wege im Stadtpark"},
    {7, "Ordnungsamt auch am Wochenende"},
    {7, "Frauen meiden den Platz am Abend"},
    // 8 Housing and rents
    {8, "Mieten explodieren"},
    {8, "Bezahlbarer Wohnraum fehlt"},
    {8, "Sozialwohnungen bauen"},
    {8, "Wohnungen über den Läden nutzen"},
    {8, "Junge Familien finden nichts"},
    {8, "Leerstehende Wohnungen"},
    {8, "Genossenschaftliches Wohnen fördern"},
    {8, "Mietpreisbremse"},
    {8, "Seniorengerechte Wohnungen"},
    {8, "Zu wenig Bauland"},
    {8, "WG-Zimmer für Studierende unbezahlbar"},
};

// Cards of the other phases of the same conference: they only count for the document
// frequencies, as the cards of a real conference's other walls do.
inline constexpr const char *TownCentreOtherCards[] = {
    "1990 Umgehungsstraße eröffnet",
    "2004 Kaufhaus Merkur schließt",
    "Stadtfest zum 750. Jubiläum",
    "Hochwasser 2013 in der Altstadt",
    "Innenstadt 2040: lebendig und grün",
    "Eine Stadt der kurzen Wege",
    "Autofreie Innenstadt am Sonntag",
    "Die Stadt gehört allen Generationen",
    "Jede Straße hat Bäume",
    "Busse im 10-Minuten-Takt",
    "Marktplatz als Wohnzimmer der Stadt",
    "Leerstand ist Geschichte",
    "Die Innenstadt ist abends voller Leben",
    "Radfahren ist in der Stadt selbstverständlich",
    "Wohnen über den Geschäften",
    "Jugendliche gestalten ihren eigenen Platz",
    "Stolz: unsere Vereine",
    "Stolz: der Wochenmarkt",
    "Bedauern: Innenstadt verödet",
    "Bedauern: zu wenig Beteiligung",
};

// A second set for developing the method, so that the quality figure above is not the set
// it was tuned on: a village conference, "Was braucht unser Dorf?", 63 cards in 7 topics.
inline constexpr LabelledCard VillageCards[] = {
    // 0 Everyday supplies
    {0, "Kein Laden mehr im Dorf"},
    {0, "Dorfladen als Genossenschaft"},
    {0, "Bäcker hat zugemacht"},
    {0, "Wochenmarkt fehlt"},
    {0, "Einkaufen nur mit dem Auto möglich"},
    {0, "Lieferdienst für Lebensmittel"},
    {0, "Regionale Produkte direkt vom Hof"},
    {0, "Hofladen mit Selbstbedienung"},
    {0, "Metzgerei schließt Ende des Jahres"},
    // 1 Doctors and health
    {1, "Hausarzt geht in Rente"},
    {1, "Keine Praxis mehr im Ort"},
    {1, "Wartezeiten beim Facharzt"},
    {1, "Apotheke erhalten"},
    {1, "Medizinisches Versorgungszentrum"},
    {1, "Gemeindeschwester einführen"},
    {1, "Telemedizin nutzen"},
    {1, "Notarzt braucht zu lange"},
    {1, "Landärzte gewinnen"},
    // 2 School and childcare
    {2, "Grundschule im Dorf erhalten"},
    {2, "Kitaplätze fehlen"},
    {2, "Schulweg ist gefährlich"},
    {2, "Ganztagsbetreuung ausbauen"},
    {2, "Schulbus überfüllt"},
    {2, "Erzieherinnen finden"},
    {2, "Kindergarten mit längeren Öffnungszeiten"},
    {2, "Turnhalle marode"},
    {2, "Tagesmütter unterstützen"},
    // 3 Internet
    {3, "Schnelles Internet!"},
    {3, "Glasfaser für alle Haushalte"},
    {3, "Funkloch an der Kreisstraße"},
    {3, "Kein Handyempfang im Neubaugebiet"},
    {3, "Homeoffice geht nicht mit DSL"},
    {3, "Digitale Sprechstunde im Rathaus"},
    {3, "WLAN im Dorfgemeinschaftshaus"},
    {3, "Breitbandausbau beschleunigen"},
    {3, "Coworking-Space im alten Bahnhof"},
    // 4 Clubs and volunteering
    {4, "Vereine finden keinen Nachwuchs"},
    {4, "Ehrenamt wertschätzen"},
    {4, "Feuerwehr braucht Mitglieder"},
    {4, "Dorffest wieder beleben"},
    {4, "Gemeinsame Vereinsräume"},
    {4, "Chor löst sich auf"},
    {4, "Ehrenamtskarte einführen"},
    {4, "Sportverein ohne Trainer"},
    {4, "Dorfgemeinschaft stärken"},
    // 5 Older people and care
    {5, "Altwerden im Dorf ermöglichen"},
    {5, "Betreutes Wohnen fehlt"},
    {5, "Pflegedienst kommt zu selten"},
    {5, "Seniorentreff im Pfarrhaus"},
    {5, "Nachbarschaftshilfe organisieren"},
    {5, "Mitfahrbank für Ältere"},
    {5, "Tagespflege in der Nähe"},
    {5, "Einsamkeit im Alter"},
    {5, "Barrierefreie Wohnungen für Senioren"},
    // 6 Energy and climate
    {6, "Solaranlagen auf alle Dächer"},
    {6, "Windkraft mit Bürgerbeteiligung"},
    {6, "Nahwärmenetz aus Biogas"},
    {6, "Energiegenossenschaft gründen"},
    {6, "Straßenlaternen auf LED umstellen"},
    {6, "Hochwasserschutz am Bach"},
    {6, "Klimaneutral bis 2035"},
    {6, "Photovoltaik auf der Schule"},
    {6, "Heizkosten zu hoch"},
};

} // namespace weitblick::test

#include "planningconcepts.h"

namespace weitblick {

namespace {

// A concept as written here: its family and its words.
struct Source
{
    const char *family;
    const char *words;
};

// The topics of town, village, school and youth walls, each with the words of its word family
// (nouns, plurals, verbs and adjectives people write on cards). Words only, no phrases:
// compounds are matched by their parts too, so "Radweg" also covers "Radwegenetz", and a word
// may stand in two topics when it means both (WLAN: the school's equipment and the network).
// Park is no green word here: it shares its stem with parken, and as the first part of a
// compound (Parkhaus, Parkleitsystem) it always means parking.
const Source Concepts[] = {
    // Parking
    {"mobility",
     "parken Parkplatz Parkplätze Stellplatz Stellplätze Parkhaus Tiefgarage Parkgebühr "
     "Parkgebühren Parkschein Parkautomat Parkuhr Parkscheibe Parkraum Parkdeck Parkverbot "
     "Halteverbot Anwohnerparken Kurzzeitparken Falschparker zugeparkt Knöllchen Strafzettel "
     "Brötchentaste parking carpark"},
    // Cars, roads and through traffic
    {"mobility",
     "Auto Autos Autofahrer Autoverkehr Verkehr Durchgangsverkehr Schwerlastverkehr Stau Raser "
     "Tempo Tempolimit Geschwindigkeit Blitzer Lkw Lastwagen Laster Pkw Motorrad Umgehungsstraße "
     "Ortsumgehung Ortsdurchfahrt Ampel Ampeln Kreuzung Kreisverkehr Straße Straßen Fahrbahn "
     "Schlagloch Schlaglöcher Baustelle Baustellen Kreisstraße Bundesstraße Landstraße "
     "Verkehrsberuhigung verkehrsberuhigt Spielstraße Führerschein Tankstelle Ladesäule "
     "Ladestation Elektroauto car cars traffic road roads"},
    // Buses, trains and getting about without a car
    {"mobility",
     "ÖPNV Nahverkehr Bus Busse Buslinie Busverbindung Busfahrer Haltestelle Bushaltestelle "
     "Busbahnhof Bahn Bahnhof Bahnsteig Zug Züge Regionalbahn Straßenbahn Tram Takt Taktung "
     "Fahrplan Fahrkarte Fahrschein Ticket Deutschlandticket Monatskarte Anbindung Verbindung "
     "Verbindungen Rufbus Bürgerbus Anrufsammeltaxi Sammeltaxi Taxi umsteigen Verspätung "
     "Verspätungen verspätet Pendler pendeln Mitfahrbank Mitfahrbänke Mitfahrgelegenheit "
     "Carsharing Fahrdienst Mobilität bus buses train trains station transit"},
    // Cycling
    {"mobility",
     "Fahrrad Fahrräder Rad Räder Radweg Radwege Fahrradweg Radverkehr Radfahrer Radfahrerin "
     "radeln Radfahren Fahrradständer Fahrradbügel Radstreifen Schutzstreifen Fahrradstraße "
     "Lastenrad Pedelec Radnetz Radschnellweg Fahrradverleih Leihrad bike bikes bicycle cycling "
     "cyclist"},
    // Walking and crossing
    {"mobility",
     "Fußgänger Fußgängerin Gehweg Gehwege Bürgersteig Fußweg Fußwege Zebrastreifen Fußgängerzone "
     "Überweg Fußgängerüberweg Querungshilfe spazieren Spaziergang Lotse Lotsen Schülerlotse "
     "Laufbus pedestrian pedestrians sidewalk pavement walking"},
    // Accessibility
    {"mobility",
     "barrierefrei Barrierefreiheit Barriere Barrieren Rollstuhl Rollstuhlfahrer Rollator "
     "Kinderwagen Aufzug Fahrstuhl Rampe Bordstein Bordsteine Stufen Treppe Treppen Behinderung "
     "behindert Inklusion inklusiv accessible accessibility wheelchair disabled"},
    // Green space and trees
    {"nature",
     "Grün Grünfläche Grünflächen Grünanlage Parkanlage Stadtpark Baum Bäume Straßenbaum Wiese "
     "Wiesen Rasen Blumen Blume Beet Beete Hecke Garten Gärten Kleingarten begrünen Begrünung "
     "Dachbegrünung Fassadenbegrünung Entsiegelung entsiegeln versiegelt Pflanzen pflanzen "
     "Bepflanzung Grünstreifen Blumenkübel Gemeinschaftsgarten tree trees green garden gardens"},
    // Nature, species and landscape
    {"nature",
     "Natur Naturschutz Umwelt Umweltschutz Artenvielfalt Artenschutz Artensterben Insekten "
     "Bienen Vögel Blühstreifen Blühwiese Blühwiesen Streuobstwiese Streuobstwiesen Streuobst "
     "Wald Wälder Waldsterben Forst Hecken Biotop Landschaft Flächenfraß Flächenverbrauch Bach "
     "Bäche Fluss Teich Gewässer Moor Wildtiere Naturschutzgebiet nature environment wildlife "
     "biodiversity forest woods"},
    // Climate protection
    {"nature",
     "Klima Klimaschutz Klimawandel klimaneutral Klimaneutralität klimafreundlich Klimaziel "
     "Klimaziele Klimakrise CO2 Emissionen Treibhausgas Treibhausgase Fußabdruck Nachhaltigkeit "
     "nachhaltig Klimabeirat Klimamanager Klimamanagerin climate emissions sustainable"},
    // Heat, summer and shade
    {"nature",
     "Klimaanpassung Hitze heiß Hitzewelle Hitzewellen Hitzeschutz Hitzeaktionsplan Hitzetage "
     "Tropennacht Tropennächte Schatten schattig Sonnenschutz Sonnensegel Markise Kühlung "
     "kühlen kühl Abkühlung Temperatur Temperaturen Sonne Sonnenstich Kälteraum Verschattung "
     "aufgeheizt überhitzt Trinkbrunnen Sprühnebel heat shade summer"},
    // Heavy rain, water and drought
    {"nature",
     "Starkregen Regenwasser Unwetter Hochwasser Überschwemmung überflutet Überflutung "
     "Kanalisation Gully Gullys Abwasser Versickerung versickern Zisterne Zisternen "
     "Regentonne Rückhaltebecken Schwammstadt Mulde Mulden Trockenheit Dürre Wasserknappheit "
     "Grundwasser Bewässerung Wasserverbrauch rain flood flooding drought stormwater"},
    // Heating
    {"energy",
     "Heizung Heizungen heizen Heizkosten Heizungstausch Wärmepumpe Wärmepumpen Fernwärme "
     "Nahwärme Nahwärmenetz Wärmenetz Wärmeplanung Wärmeplan Gasheizung Ölheizung Heizöl Gas "
     "Erdgas Gaspreis Pelletheizung Pellets Holzheizung Kamin Ofen Heizkessel Kessel "
     "Thermostat Heizkörper Warmwasser Wärme frieren heating boiler"},
    // Solar roofs and electricity
    {"energy",
     "Energie Energiewende Solar Solaranlage Solaranlagen Solardach Solardächer Solarmodul "
     "Solarmodule Photovoltaik PV Balkonkraftwerk Balkonkraftwerke Dachfläche "
     "Dachflächen Strom Strompreis Stromkosten Stromspeicher Speicher Batteriespeicher "
     "Mieterstrom Einspeisung einspeisen Windkraft Windrad Windräder Windpark Windenergie Biogas "
     "Biogasanlage Bürgerenergie Energiegenossenschaft Energiekosten erneuerbar erneuerbare "
     "Ökostrom Stadtwerke energy solar electricity wind power"},
    // Insulation and renovating buildings for energy
    {"energy",
     "Dämmung dämmen gedämmt Wärmedämmung Fassadendämmung Dachdämmung Isolierung isolieren "
     "energetisch Sanierungsquote Energieberatung Energieberater "
     "Energieausweis Fenstertausch Isolierglas Dreifachverglasung Zugluft "
     "Altbau Altbauten Gebäudehülle Modernisierung modernisieren Modernisierungsumlage "
     "insulation retrofit renovation"},
    // Farming
    {"nature",
     "Landwirtschaft landwirtschaftlich Landwirt Landwirte Landwirtin Bauer Bauern Bäuerin Hof "
     "Höfe Bauernhof Acker Äcker Ackerland Ackerfläche Feld Felder Feldrand Feldränder Gülle "
     "Dünger Pestizide Glyphosat Stall Ställe Tierhaltung Vieh Kühe Milch Milchpreis Ernte "
     "Traktor Traktoren Direktvermarktung Hofladen Ökolandbau Biobauer farming farmer farmers "
     "agriculture farm farms"},
    // Shops, retail and empty shops
    {"centre",
     "Einzelhandel Handel Händler Laden Läden Geschäft Geschäfte Fachgeschäft Fachgeschäfte "
     "Kaufhaus Einkaufen einkaufen Schaufenster Leerstand Leerstände leerstehend Ladenlokal "
     "Filiale Filialen Onlinehandel Onlineshop Boutique Ladenmiete Ladenmieten Öffnungszeiten "
     "Kunden Kundschaft Einkaufsstraße Einkaufszentrum Gutschein Shopping shop shops store stores "
     "retail vacancy"},
    // Everyday supplies, post and bank
    {"centre",
     "Nahversorgung Supermarkt Supermärkte Lebensmittel Bäcker Bäckerei Metzger Metzgerei "
     "Fleischer Dorfladen Hofladen Hofläden Wochenmarkt Drogerie Discounter Verkaufswagen "
     "Lebensmittelautomat Regionalladen Post Postfiliale Bank Bankfiliale Sparkasse Geldautomat "
     "Lieferdienst Bringdienst grocery groceries supermarket bakery butcher"},
    // Eating out and going out
    {"centre",
     "Gastronomie Gaststätte Restaurant Restaurants Kneipe Kneipen Bar Bars Café Cafe Cafés "
     "Eiscafé Eisdiele Wirtshaus Gasthaus Gasthof Wirt Lokal Lokale Biergarten Imbiss Döner "
     "Nachtleben ausgehen Außengastronomie Sperrstunde Disco Diskothek restaurant restaurants pub "
     "pubs nightlife"},
    // Culture and events
    {"community",
     "Kultur kulturell Kino Theater Museum Konzert Konzerte Musik Musikschule Fest Feste Festival "
     "Veranstaltung Veranstaltungen Bücherei Bibliothek Kunst Künstler Stadtfest Dorffest Kirmes "
     "Weihnachtsmarkt Ausstellung Kabarett Brauchtum Tradition Heimatmuseum culture cinema "
     "concert concerts festival event events library"},
    // Young people, leisure and places to meet
    {"young",
     "Jugend Jugendliche Jugendlicher Jugendzentrum Jugendtreff Jugendraum Jugendclub Jugendhaus "
     "Jugendarbeit Teenager Skatepark Skaten Skateboard Freizeit Freizeitangebot Freizeitangebote "
     "Chillen Chillecke abhängen Langeweile langweilig Party Partys Partyraum Pumptrack Dirtbike "
     "BMX youth teenagers leisure"},
    // Children, families and childcare
    {"family",
     "Kinder Kind Spielplatz Spielplätze Kita Kitas Kindergarten Kindergärten Krippe Krippenplatz "
     "Kitaplatz Tagesmutter Kinderbetreuung Betreuung Familie Familien familienfreundlich "
     "Alleinerziehende Hort Babys Elternzeit children child playground kindergarten childcare "
     "family families"},
    // School
    {"school",
     "Schule Schulen Grundschule Realschule Gymnasium Gesamtschule Hauptschule Förderschule "
     "Berufsschule Oberschule Schulzentrum Schüler Schülerin Schülerinnen Schulleitung Abitur Abi "
     "Zeugnis Schulzeit school schools pupils"},
    // School buildings and rooms
    {"school",
     "Schulgebäude Schulhof Klassenzimmer Klassenraum Klassenräume Fachraum Fachräume Toilette "
     "Toiletten Klo Klos WC Sanierung sanieren saniert sanierungsbedürftig marode Schimmel "
     "Sanierungsstau Container Gebäude Aula Fenster undicht Renovierung renovieren baufällig "
     "Neubau Anbau Räume Hausmeister Mobiliar building buildings toilets renovation"},
    // Digital equipment and media
    {"school",
     "Digitalisierung digital digitale Tablet Tablets iPad Laptop Laptops Notebook Computer "
     "Whiteboard Whiteboards Smartboard Beamer Digitalpakt Medienkompetenz Medienbildung "
     "Informatik Cloud Schulcloud Software App Apps Lernplattform Endgeräte Technik Drucker Handy "
     "Handys Smartphone Handyverbot Medien Programmieren WLAN tablet tablets laptop laptops "
     "computer computers devices"},
    // Internet, broadband and mobile network
    {"digital",
     "Internet WLAN WiFi Glasfaser Glasfaserausbau Breitband Breitbandausbau DSL LTE 5G Mobilfunk "
     "Handynetz Netz Netzabdeckung Empfang Handyempfang Funkloch Funklöcher Mbit Bandbreite "
     "Homeoffice Videokonferenz Router Hotspot online internet broadband wifi coverage signal"},
    // Teachers and lessons
    {"school",
     "Lehrer Lehrerin Lehrerinnen Lehrkraft Lehrkräfte Lehrermangel Unterricht Unterrichtsausfall "
     "Stundenausfall Vertretung Vertretungsstunden Vertretungsstunde Freistunde Freistunden "
     "Klasse Klassen Klassengröße Quereinsteiger Frontalunterricht Fach Fächer Mathe Mathematik "
     "Deutsch Englisch Hausaufgaben Hausaufgabenbetreuung Nachhilfe lernen Prüfung Prüfungen "
     "Klausur Klausuren Noten Lehrplan Stundenplan Referendar teacher teachers lesson lessons "
     "class classes"},
    // School meals and food
    {"school",
     "Mensa Essen Mittagessen Schulessen Kantine Kiosk Frühstück Pausenbrot Mittagspause "
     "vegetarisch vegetarische vegan kochen Küche Gemüse Obst Ernährung Trinkwasser Wasserspender "
     "Trinkbrunnen Getränke Snacks Süßigkeiten Süßkram Cafeteria Essensgeld canteen lunch food "
     "meals"},
    // Wellbeing, mental health and getting on together
    {"school",
     "Mobbing mobben Cybermobbing Gewalt Streit Streitschlichter Schulsozialarbeit "
     "Schulsozialarbeiter Schulsozialarbeiterin Sozialarbeiter Sozialarbeiterin Psychologe "
     "Psychologin Schulpsychologe Therapie Therapeut Therapieplatz Stress Prüfungsstress Druck "
     "Leistungsdruck Depression Depressionen Angst Ängste Zukunftsangst Einsamkeit einsam "
     "psychisch Psyche Vertrauenslehrer Beratung Sorgen Ausgrenzung Respekt Rückzugsraum bullying "
     "mental stress anxiety depression loneliness"},
    // Jobs, training and careers
    {"economy",
     "Arbeitsplatz Arbeitsplätze Arbeit Job Jobs Ferienjob Ferienjobs Nebenjob Beruf Berufe "
     "Berufsorientierung Berufswahl Berufsberatung Ausbildung Ausbildungsplatz Ausbildungsplätze "
     "Ausbildungsmesse Azubi Azubis Auszubildende Lehrstelle Praktikum Praktika Praktikumsplatz "
     "Bewerbung Bewerbungen Bewerbungstraining Studium studieren Handwerk Handwerker "
     "Handwerksbetrieb Betrieb Betriebe Firma Firmen Unternehmen Arbeitgeber Fachkräfte "
     "Fachkräftemangel Gehalt Lohn verdienen arbeitslos Arbeitslosigkeit Jobcenter Karriere "
     "Gewerbe Gewerbegebiet Wirtschaft Coworking jobs job work apprenticeship career business "
     "employer"},
    // Housing and empty houses
    {"living",
     "Wohnen Wohnung Wohnungen Wohnraum Miete Mieten Mieter Mietpreis Mietpreise Mietwohnung "
     "Mietwohnungen Vermieter Sozialwohnung Wohnungsbau Bauland Bauplatz Bauplätze Baugebiet "
     "Neubaugebiet Neubaugebiete Eigenheim Immobilie Immobilien Haus Häuser Einfamilienhaus "
     "Mehrgenerationenhaus Wohnprojekt Wohngemeinschaft Leerstand leerstehend Grundstück "
     "Grundstücke bauen Altbau Wohnungsnot Wohnungsmarkt housing rent rents flat flats apartment "
     "apartments homes"},
    // Squares, village centre and how the place looks
    {"centre",
     "Marktplatz Dorfplatz Ortskern Ortsbild Stadtbild Platzgestaltung Aufenthaltsqualität "
     "Sitzbank Sitzbänke Bänke Sitzgelegenheit Sitzgelegenheiten Brunnen Platz Plätze Fassade "
     "Fassaden Dorferneuerung Verschönerung trostlos square squares benches"},
    // Safety
    {"order",
     "Sicherheit sicher unsicher Angst Angstraum Angsträume Polizei Polizeiwache Ordnungsamt "
     "Kriminalität Diebstahl Einbruch Einbrüche Vandalismus Videoüberwachung Überwachung Kamera "
     "Kameras belästigt Belästigung Drogen Dealer pöbeln bedroht Bedrohung Streife "
     "Sicherheitsdienst Schlägerei safety police crime"},
    // Lighting
    {"order",
     "Beleuchtung Licht Laterne Laternen Straßenlaterne Straßenbeleuchtung dunkel beleuchtet "
     "Dunkelheit unbeleuchtet lighting lights dark"},
    // Cleanliness
    {"order",
     "Sauberkeit sauber Müll Abfall Dreck dreckig schmutzig Mülleimer Abfalleimer Hundekot "
     "Hundehaufen Graffiti Kippen Zigarettenkippen Scherben verdreckt Müllabfuhr Sperrmüll litter "
     "rubbish clean dirty trash"},
    // Waste sorting, packaging and recycling
    {"resources",
     "Mülltrennung trennen Recycling recyceln Wertstoff Wertstoffe Wertstoffhof Wertstofftonne "
     "Biotonne Biomüll Kompost kompostieren Restmüll Plastik Plastikmüll Verpackung Verpackungen "
     "verpackungsfrei unverpackt Mehrweg Mehrwegbecher Einweg Pfand Becher Coffee Wegwerfbecher "
     "Altglas recycling packaging plastic compost"},
    // Repair, swap, share and not wasting
    {"resources",
     "Reparatur Reparaturen reparieren Reparaturcafé Repaircafé Ersatzteile Tausch "
     "tauschen Tauschbörse Tauschregal Tauschschrank verschenken Flohmarkt Secondhand "
     "Gebrauchtwaren Kleidertausch leihen ausleihen verleihen Leihladen "
     "Werkzeug Werkzeuge Bohrmaschine wegwerfen Wegwerfgesellschaft Upcycling Foodsharing "
     "Fairteiler Lebensmittelverschwendung verschwenden Lebensmittelretter repair swap share "
     "reuse"},
    // Noise
    {"order",
     "Lärm laut Ruhe ruhig Lärmschutz Krach Lärmbelästigung Ruhestörung noise loud quiet"},
    // Health and doctors
    {"health",
     "Arzt Ärzte Ärztin Hausarzt Hausärzte Facharzt Fachärzte Landarzt Kinderarzt Zahnarzt "
     "Augenarzt Praxis Praxen Arztpraxis Gemeinschaftspraxis MVZ Apotheke Apotheken Krankenhaus "
     "Klinik Kliniken Gesundheit Gesundheitsversorgung Notarzt Notaufnahme Rettungsdienst "
     "Rettungswagen Krankenwagen Hebamme Hebammen Medikamente Telemedizin Wartezeit Wartezimmer "
     "Physiotherapie krank doctor doctors hospital pharmacy health GP midwife"},
    // Care
    {"health",
     "Pflege pflegen Pflegedienst Pflegedienste Pflegekräfte Pflegekraft Pflegeplatz "
     "Pflegeplätze Tagespflege Pflegeheim Pflegeheime Altenheim Seniorenheim Heimplatz "
     "Kurzzeitpflege Pflegebedürftige pflegebedürftig Pflegegrad Angehörige pflegende Demenz "
     "dement Alzheimer ambulant Hospiz care nursing carers dementia"},
    // Older people
    {"generations",
     "Senioren Seniorin Seniorinnen Ältere Älteren älter Alter Rentner Rentnerin "
     "Ruhestand Rente Seniorentreff Seniorenbeirat Seniorenwohnen Seniorenwohnung "
     "Seniorenwohnungen altersgerecht seniorengerecht barrierearm betreut betreutes hochbetagt "
     "Hochbetagte Oma Opa Omas Opas Großeltern Seniorennachmittag Seniorensport elderly seniors "
     "older pensioners retired"},
    // Young and old together
    {"generations",
     "Generationen generationenübergreifend Mehrgenerationenhaus Mehrgenerationenhäuser "
     "Mehrgenerationenwohnen Generationenwohnen Generationentreff Enkel Enkelkinder "
     "Leihoma Leihopa Leihgroßeltern Patenschaft Paten Patin Lesepaten Zeitzeugen Erzählcafé "
     "voneinander Begegnung generations intergenerational together"},
    // Loneliness, company and helping each other
    {"generations",
     "Einsamkeit einsam vereinsamt vereinsamen allein alleine alleinstehend Alleinstehende "
     "Isolation isoliert Kontakt Kontakte Besuchsdienst "
     "Nachbarschaftshilfe Nachbarschaftshilfen Einkaufshilfe Alltagshilfe Haushaltshilfe "
     "Telefonkette loneliness lonely alone isolation visits"},
    // Clubs and volunteering
    {"community",
     "Verein Vereine Vereinsleben Vereinsheim Ehrenamt ehrenamtlich Ehrenamtliche Ehrenamtskarte "
     "Freiwillige freiwillig Feuerwehr Engagement engagieren Mitglied Mitglieder Nachwuchs "
     "Vorstand Trainer Übungsleiter Gesangverein Musikverein Sportverein Schützenverein Chor "
     "Landjugend Helfer club clubs volunteers volunteering association"},
    // Sport
    {"young",
     "Sport Sportplatz Sportverein Sportstätten Turnhalle Sporthalle Schwimmbad Freibad Hallenbad "
     "Bolzplatz Fußball Fußballplatz Basketball Basketballkorb Tennis Fitness Fitnessstudio "
     "Laufstrecke joggen Kunstrasen Sportangebot sports pool football"},
    // Guests and where they stay
    {"tourism",
     "Tourismus touristisch Touristen Tourist Touristin Gäste Gast Gastgeber Urlaub Urlauber "
     "Hotel Hotels Ferienwohnung Ferienwohnungen Ferienhaus Ferienhäuser "
     "Übernachtung Übernachtungen Campingplatz Camping Wohnmobil "
     "Wohnmobile Wohnmobilstellplatz Jugendherberge Airbnb Tagesgäste "
     "Tagestouristen Ausflügler Massentourismus Overtourism Kurtaxe Gästekarte tourism "
     "tourists visitors guests hotel"},
    // Seasons, marketing and what guests do
    {"tourism",
     "Saison Hauptsaison Nebensaison Vorsaison Nachsaison ganzjährig "
     "Touristinformation Gästeinformation Marketing vermarkten Vermarktung "
     "Attraktion Attraktionen Ausflug "
     "Ausflugsziel Ausflugsziele Sehenswürdigkeit Sehenswürdigkeiten Stadtführung "
     "Wandern Wanderweg Wanderwege Radtour Radtouren season marketing attractions hiking"},
    // Lake, shore and water sports
    {"tourism",
     "See Seen Ufer Seeufer Uferweg Strand Strände Badestelle Badestellen Badestrand Badesteg "
     "Steg Stege Promenade Seepromenade Hafen Anleger Bootsanleger Boot Boote Bootsverleih "
     "Tretboot Segeln Segler Segelschule Surfen Kanu Paddeln SUP Schifffahrt Schiff Fähre "
     "Wasserqualität Blaualgen Algen Schwimmen schwimmen Rettungsschwimmer DLRG lake shore "
     "beach boats sailing swimming"},
    // Holiday homes and homes for locals
    {"living",
     "Zweitwohnung Zweitwohnungen Zweitwohnsitz Zweitwohnungssteuer Ferienwohnungen "
     "Ferienhäuser Dauerwohnen Dauerwohnraum Einheimische Einheimischenmodell "
     "Zweckentfremdung second homes locals"},
    // Crafts and trades
    {"economy",
     "Handwerk Handwerker Handwerkerin Handwerksbetrieb Handwerksbetriebe Handwerkskammer "
     "Handwerksmeister Meisterbrief Meisterschule Geselle Gesellen Betriebsnachfolge "
     "Tischler Tischlerei Schreiner "
     "Schreinerei Zimmerer Elektriker Installateur Klempner Dachdecker Maler Bäckerhandwerk "
     "Bootsbauer Fischerei Manufaktur Gewerbefläche Gewerbeflächen craft crafts trades "
     "tradespeople workshop"},
    // Administration and politics
    {"civic",
     "Verwaltung Rathaus Bürgeramt Bürgerbüro Behörde Behörden Amt Ämter Gemeinderat Stadtrat "
     "Kreistag Ortsbeirat Ortsvorsteher Politik Politiker Bürgermeister Bürgermeisterin "
     "Transparenz Bürokratie Genehmigung Antrag Anträge Formular Formulare council administration "
     "bureaucracy mayor"},
    // Participation and having a say
    {"civic",
     "Bürgerbeteiligung Beteiligung beteiligen Mitbestimmung mitbestimmen Mitsprache mitreden "
     "gefragt Umfrage Jugendparlament Jugendbeteiligung Jugendgemeinderat Jugendrat "
     "Schülervertretung Schülersprecher Klassenrat Klassensprecher Jugendbeauftragte Wahl wählen "
     "Abstimmung Bürgerversammlung Bürgerhaushalt participation vote say"},
    // Money and costs
    {"civic",
     "Geld Kosten Preis Preise Gebühren Steuern Grundsteuer Haushalt Finanzen Förderung "
     "Fördermittel Zuschuss Zuschüsse Budget Investition Investitionen Schulden bezahlen "
     "Finanzierung Spenden money costs funding budget subsidy"},
    // Integration
    {"community",
     "Integration integrieren Migranten Migration Geflüchtete Flüchtlinge Asyl Zuwanderer "
     "Zugezogene Neubürger Sprachkurs Deutschkurs Vielfalt Ausländer Herkunft Willkommenskultur "
     "Rassismus Diskriminierung integration refugees migrants newcomers"},
    // Community and meeting places
    {"community",
     "Begegnung Begegnungsstätte Treffpunkt Treffpunkte Nachbarschaft Nachbarn Gemeinschaft "
     "Miteinander Bürgerhaus Dorfgemeinschaftshaus Gemeindehaus Zusammenhalt Dorfleben "
     "Dorfgemeinschaft Generationen Stammtisch community neighbourhood neighbours"},
};

QList<PlanningConcepts::Concept> parse()
{
    QList<PlanningConcepts::Concept> result;
    for (const Source &source : Concepts) {
        result.append({QString::fromUtf8(source.family),
                       QString::fromUtf8(source.words)
                           .split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    return result;
}

} // namespace

const QList<PlanningConcepts::Concept> &PlanningConcepts::all()
{
    static const QList<Concept> concepts = parse();
    return concepts;
}

} // namespace weitblick

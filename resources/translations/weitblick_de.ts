<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPlanExport</name>
    <message>
        <source>The action plan is written as a .csv or an .ics file.</source>
        <translation>Der Maßnahmenplan wird als .csv- oder .ics-Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPainter</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by %1 · %2</source>
        <translation>Leitung: %1 · %2</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>BuiltInTemplates</name>
    <message>
        <source>Zukunftskonferenz (Future Search)</source>
        <translation>Zukunftskonferenz</translation>
    </message>
    <message>
        <source>Zukunftswerkstatt (Future Workshop)</source>
        <translation>Zukunftswerkstatt</translation>
    </message>
    <message>
        <source>Strategy workshop (SWOT)</source>
        <translation>Strategie-Workshop (SWOT)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Weisbord and Janoff&apos;s Future Search: the whole system in one room. Everyone who shapes the town looks at its past, present and future together, finds common ground and agrees on measures – usually over two and a half days at mixed tables.</source>
        <translation>Die Zukunftskonferenz nach Weisbord und Janoff: das ganze System in einem Raum. Alle, die den Ort prägen, schauen gemeinsam auf Vergangenheit, Gegenwart und Zukunft, finden den gemeinsamen Nenner und vereinbaren Maßnahmen – meist in zweieinhalb Tagen an gemischten Tischen.</translation>
    </message>
    <message>
        <source>Robert Jungk&apos;s Zukunftswerkstatt turns those affected into those involved. The critique phase gathers what annoys people, sorted by topic and weighted with dots; the fantasy phase dreams without “that won&apos;t work”; the implementation phase turns the ideas that can be realised into measures.</source>
        <translation>Die Zukunftswerkstatt nach Robert Jungk macht Betroffene zu Beteiligten. Die Kritikphase sammelt, was die Menschen ärgert, nach Themen sortiert und mit Punkten gewichtet; die Phantasiephase träumt ohne „Das geht nicht“; die Verwirklichungsphase macht aus den umsetzbaren Ideen Maßnahmen.</translation>
    </message>
    <message>
        <source>Strategy work with SWOT and TOWS: strengths and weaknesses inside, opportunities and threats outside, on one 2×2 wall; from them strategies that build on strengths and reduce weaknesses, and the measures that carry them out.</source>
        <translation>Strategiearbeit mit SWOT und TOWS: Stärken und Schwächen innen, Chancen und Risiken außen, auf einer 2×2-Wand; daraus Strategien, die Stärken ausbauen und Schwächen abbauen, und die Maßnahmen, die sie umsetzen.</translation>
    </message>
    <message>
        <source>A conference without phases or stakeholder groups: you set up everything yourself.</source>
        <translation>Eine Konferenz ohne Phasen und Interessengruppen: Sie richten alles selbst ein.</translation>
    </message>
</context>
<context>
    <name>CardImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Timeline lane</source>
        <translation>Spur der Zeitleiste</translation>
    </message>
    <message>
        <source>More than one column is chosen for &quot;%1&quot;.</source>
        <translation>Für „%1“ sind mehrere Spalten gewählt.</translation>
    </message>
    <message>
        <source>No column is chosen for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist keine Spalte gewählt.</translation>
    </message>
    <message>
        <source>The file holds no cards below its header row.</source>
        <translation>Unter der Kopfzeile enthält die Datei keine Karten.</translation>
    </message>
    <message>
        <source>There is no phase %1; the conference has phases 1 to %2.</source>
        <translation>Eine Phase %1 gibt es nicht; die Konferenz hat die Phasen 1 bis %2.</translation>
    </message>
    <message>
        <source>The row names no phase.</source>
        <translation>In der Zeile steht keine Phase.</translation>
    </message>
    <message>
        <source>There is no phase &quot;%1&quot;.</source>
        <translation>Eine Phase „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The row has no card text.</source>
        <translation>In der Zeile fehlt der Kartentext.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no timeline lane; the lanes are world, local and personal.</source>
        <translation>„%1“ ist keine Spur der Zeitleiste; die Spuren heißen Welt, Lokal und Persönlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>„%1“ ist keine Jahreszahl.</translation>
    </message>
    <message>
        <source>The year needs a timeline lane.</source>
        <translation>Zur Jahreszahl fehlt die Spur der Zeitleiste.</translation>
    </message>
    <message>
        <source>A card on a timeline lane needs a year.</source>
        <translation>Eine Karte auf einer Spur der Zeitleiste braucht eine Jahreszahl.</translation>
    </message>
    <message>
        <source>Only cards of the Past phase have a year and a lane.</source>
        <translation>Nur Karten der Phase Vergangenheit haben eine Jahreszahl und eine Spur.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n card(s)</source>
        <translation>
            <numerusform>%n Karte importieren</numerusform>
            <numerusform>%n Karten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no phase: phases are numbered 1 to %2, without a sign.</source>
        <translation>„%1“ ist keine Phase: Phasen sind von 1 bis %2 nummeriert, ohne Vorzeichen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--what is walls, clusters, timeline, ranking, actions or tables.</source>
        <translation>--what ist walls, clusters, timeline, ranking, actions oder tables.</translation>
    </message>
    <message>
        <source>--paper is A0, A1, A2, A3 or A4.</source>
        <translation>--paper ist A0, A1, A2, A3 oder A4.</translation>
    </message>
    <message>
        <source>--tile is A4 or A3.</source>
        <translation>--tile ist A4 oder A3.</translation>
    </message>
    <message>
        <source>There is nothing to print for --what %1 in %2.</source>
        <translation>Für --what %1 gibt es in %2 nichts zu drucken.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>Abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Check FILE read-only: integrity, every reference, and the counts.</source>
        <translation>FILE schreibgeschützt prüfen: Integrität, alle Verweise und die Anzahlen.</translation>
    </message>
    <message>
        <source>Write the bundled sample conference to FILE (a new file).</source>
        <translation>Die mitgelieferte Beispielkonferenz in FILE schreiben (eine neue Datei).</translation>
    </message>
    <message>
        <source>Write a synthetic large conference to FILE (a new file).</source>
        <translation>Eine große, künstlich erzeugte Konferenz in FILE schreiben (eine neue Datei).</translation>
    </message>
    <message>
        <source>Add the participants in CSV to FILE, or refuse the whole CSV and name its bad lines.</source>
        <translation>Die Teilnehmenden aus CSV zu FILE hinzufügen oder die ganze CSV-Datei ablehnen und ihre fehlerhaften Zeilen nennen.</translation>
    </message>
    <message>
        <source>Add the cards in CSV (phase, text, stakeholder group, table) to FILE.</source>
        <translation>Die Karten aus CSV (Phase, Text, Interessengruppe, Tisch) zu FILE hinzufügen.</translation>
    </message>
    <message>
        <source>Write a PNG of the main window at 1920×1080 showing FILE.</source>
        <translation>Ein PNG des Hauptfensters in 1920×1080 mit FILE schreiben.</translation>
    </message>
    <message>
        <source>The interface language: de or en.</source>
        <translation>Die Sprache der Oberfläche: de oder en.</translation>
    </message>
    <message>
        <source>Weitblick runs a Zukunftskonferenz (Future Search conference).</source>
        <translation>Mit Weitblick führen Sie eine Zukunftskonferenz (Future Search) durch.</translation>
    </message>
    <message>
        <source>The conference file (*.weitblick).</source>
        <translation>Die Konferenzdatei (*.weitblick).</translation>
    </message>
    <message>
        <source>Give at most one FILE.</source>
        <translation>Bitte höchstens eine Datei (FILE) angeben.</translation>
    </message>
    <message>
        <source>--phase needs a number from 1.</source>
        <translation>--phase erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>--lang is de or en.</source>
        <translation>--lang erwartet de oder en.</translation>
    </message>
    <message>
        <source>This mode needs a FILE.</source>
        <translation>Dieser Modus braucht eine Datei (FILE).</translation>
    </message>
    <message>
        <source>in %1 ms</source>
        <translation>in %1 ms</translation>
    </message>
    <message>
        <source>%1 has no phase %2.</source>
        <translation>%1 hat keine Phase %2.</translation>
    </message>
    <message>
        <source>Print suggested clusters for the unclustered cards of a phase of FILE: group number, a tab, the card text. Changes nothing.</source>
        <translation>Clustervorschläge für die Karten ohne Cluster in einer Phase von FILE ausgeben: Gruppennummer, ein Tabulator, der Kartentext. Ändert nichts.</translation>
    </message>
    <message>
        <source>The phase to show or to suggest clusters for (1 is the first).</source>
        <translation>Die anzuzeigende Phase bzw. die Phase, für die Cluster vorgeschlagen werden (1 ist die erste).</translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s) to %1</source>
        <translation>
            <numerusform>%n teilnehmende Person zu %1 hinzugefügt</numerusform>
            <numerusform>%n Teilnehmende zu %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n card(s) to %1</source>
        <translation>
            <numerusform>%n Karte zu %1 hinzugefügt</numerusform>
            <numerusform>%n Karten zu %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>With --screenshot: what to show besides a phase wall.</source>
        <translation>Mit --screenshot: was statt einer Phasenwand gezeigt wird.</translation>
    </message>
    <message>
        <source>Write a PNG of what the projector would show at 1920×1080 for FILE.</source>
        <translation>Ein PNG dessen schreiben, was der Projektor für FILE in 1920×1080 zeigen würde.</translation>
    </message>
    <message>
        <source>With --screenshot-presenter: what the projector shows.</source>
        <translation>Mit --screenshot-presenter: was der Projektor zeigt.</translation>
    </message>
    <message>
        <source>Write wall posters of FILE as a PDF.</source>
        <translation>Wandplakate aus FILE als PDF schreiben.</translation>
    </message>
    <message>
        <source>Write the documentation of FILE as a PDF or an ODT document.</source>
        <translation>Die Dokumentation von FILE als PDF- oder ODT-Dokument schreiben.</translation>
    </message>
    <message>
        <source>Write CSV files of the cards, clusters, votes, participants and measures of FILE into the folder DIR.</source>
        <translation>CSV-Dateien mit den Karten, Clustern, Punktabfragen, Teilnehmenden und Maßnahmen von FILE in den Ordner DIR schreiben.</translation>
    </message>
    <message>
        <source>Write the action plan of FILE as CSV, or its deadlines and review meetings as an iCalendar file.</source>
        <translation>Den Maßnahmenplan von FILE als CSV schreiben oder seine Fristen und Sitzungen als iCalendar-Datei.</translation>
    </message>
    <message>
        <source>With --export-posters: what to print.</source>
        <translation>Mit --export-posters: was gedruckt wird.</translation>
    </message>
    <message>
        <source>With --export-posters: the sheet the poster is scaled to fit.</source>
        <translation>Mit --export-posters: das Papierformat, auf das das Plakat eingepasst wird.</translation>
    </message>
    <message>
        <source>With --export-posters: print the poster at the --paper size, tiled over sheets of this size.</source>
        <translation>Mit --export-posters: das Plakat im Format von --paper drucken, aufgeteilt auf Blätter dieses Formats.</translation>
    </message>
    <message>
        <source>--page is wall, voting, start, participants, tables, measures, organisation or reviews.</source>
        <translation>--page ist wall, voting, start, participants, tables, measures, organisation oder reviews.</translation>
    </message>
    <message>
        <source>--what is walls, clusters, timeline, ranking, actions or tables.</source>
        <translation>--what ist walls, clusters, timeline, ranking, actions oder tables.</translation>
    </message>
    <message>
        <source>--paper is A0, A1, A2, A3 or A4.</source>
        <translation>--paper ist A0, A1, A2, A3 oder A4.</translation>
    </message>
    <message>
        <source>--tile is A4 or A3.</source>
        <translation>--tile ist A4 oder A3.</translation>
    </message>
    <message>
        <source>Choose only one mode, such as --check or --export-report.</source>
        <translation>Wählen Sie nur einen Modus, etwa --check oder --export-report.</translation>
    </message>
    <message>
        <source>With --export-report: list the participants only as numbers per stakeholder group, without their names.</source>
        <translation>Mit --export-report: die Teilnehmenden nur als Anzahl je Interessengruppe aufführen, ohne Namen.</translation>
    </message>
    <message>
        <source>With --suggest-clusters: how many groups to make (default: as many as the number of cards calls for).</source>
        <translation>Mit --suggest-clusters: wie viele Gruppen gebildet werden (ohne Angabe so viele, wie die Zahl der Karten nahelegt).</translation>
    </message>
    <message>
        <source>--groups needs a number from 1.</source>
        <translation>--groups braucht eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed. Correct these problems in the file and import it again; bad lines: %2</source>
        <translation>%1 wurde nicht importiert, und nichts wurde geändert. Beheben Sie diese Probleme in der Datei und importieren Sie sie erneut; fehlerhafte Zeilen: %2</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed. Correct these problems and import it again:</source>
        <translation>%1 wurde nicht importiert, und nichts wurde geändert. Beheben Sie diese Probleme und importieren Sie die Datei erneut:</translation>
    </message>
    <message>
        <source>Let participants write cards and vote from their phones: serve FILE on the network with no window, until SIGINT or SIGTERM.</source>
        <translation>Teilnehmende schreiben Karten und punkten vom Handy aus: FILE ohne Fenster im Netz anbieten, bis SIGINT oder SIGTERM kommt.</translation>
    </message>
    <message>
        <source>With --serve: the address to serve on (default: the one with the default route).</source>
        <translation>Mit --serve: die Adresse, unter der Weitblick erreichbar ist (vorgegeben: die mit der Standardroute).</translation>
    </message>
    <message>
        <source>With --serve: the port, or the next free one after it.</source>
        <translation>Mit --serve: der Port, oder der nächste freie danach.</translation>
    </message>
    <message>
        <source>With --serve: the access code (default: a new one).</source>
        <translation>Mit --serve: der Zugangscode (vorgegeben: ein neuer).</translation>
    </message>
    <message>
        <source>With --serve: the phase that accepts cards (1 is the first).</source>
        <translation>Mit --serve: die Phase, die Karten annimmt (1 ist die erste).</translation>
    </message>
    <message>
        <source>With --serve: participants join by table, group or their name.</source>
        <translation>Mit --serve: Teilnehmende melden sich mit Tisch, Gruppe oder ihrem Namen an.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port braucht eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--open-phase needs a number from 1.</source>
        <translation>--open-phase braucht eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>--code needs %1 characters from %2.</source>
        <translation>--code braucht %1 Zeichen aus %2.</translation>
    </message>
    <message>
        <source>With --serve: the latest vote accepts dots from devices (opened again if it was closed).</source>
        <translation>Mit --serve: die zuletzt angelegte Punktabfrage nimmt Punkte von Geräten an (und wird wieder geöffnet, falls sie geschlossen war).</translation>
    </message>
    <message>
        <source>--show is wall, ranking, common-ground, timer, title or join.</source>
        <translation>--show ist wall, ranking, common-ground, timer, title oder join.</translation>
    </message>
    <message>
        <source>Write a new conference to FILE (a new file) from the template given with --template.</source>
        <translation>Eine neue Konferenz aus der mit --template angegebenen Vorlage in FILE schreiben (eine neue Datei).</translation>
    </message>
    <message>
        <source>With --new: a built-in template (zukunftskonferenz, zukunftswerkstatt, strategie-workshop, leer), the name of a saved template, or a template file. Its texts are in the --lang language.</source>
        <translation>Mit --new: eine mitgelieferte Vorlage (zukunftskonferenz, zukunftswerkstatt, strategie-workshop, leer), der Name einer gespeicherten Vorlage oder eine Vorlagendatei. Ihre Texte sind in der Sprache von --lang.</translation>
    </message>
    <message>
        <source>--template goes with --new.</source>
        <translation>--template gehört zu --new.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Interessengruppe</numerusform>
            <numerusform>%n Interessengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tische</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok, a template: %2</source>
        <translation>%1: ok, eine Vorlage: %2</translation>
    </message>
    <message>
        <source>%1: ok, %2</source>
        <translation>%1: ok, %2</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 Punkte</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create cluster</source>
        <translation>Cluster bilden</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster verschieben</numerusform>
            <numerusform>%n Cluster verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Dissolve cluster</source>
        <translation>Cluster auflösen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Phase timer</source>
        <translation>Phasen-Timer</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Tisch hinzufügen</translation>
    </message>
    <message>
        <source>Edit table</source>
        <translation>Tisch bearbeiten</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Tisch löschen</translation>
    </message>
    <message>
        <source>Seat participants</source>
        <translation>Teilnehmende an Tische setzen</translation>
    </message>
    <message>
        <source>Edit conference data</source>
        <translation>Konferenzdaten bearbeiten</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person löschen</numerusform>
            <numerusform>%n Teilnehmende löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stakeholder group</source>
        <translation>Interessengruppe hinzufügen</translation>
    </message>
    <message>
        <source>Edit stakeholder group</source>
        <translation>Interessengruppe bearbeiten</translation>
    </message>
    <message>
        <source>Delete stakeholder group</source>
        <translation>Interessengruppe löschen</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dot(s)</source>
        <translation>
            <numerusform>%n Punkt vergeben</numerusform>
            <numerusform>%n Punkte vergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dot(s)</source>
        <translation>
            <numerusform>%n Punkt entfernen</numerusform>
            <numerusform>%n Punkte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested cluster(s)</source>
        <translation>
            <numerusform>%n vorgeschlagenen Cluster übernehmen</numerusform>
            <numerusform>%n vorgeschlagene Cluster übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Measure from “%1”</source>
        <translation>Maßnahme aus „%1“</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Kriterium bearbeiten</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message>
        <source>Add sub-project</source>
        <translation>Teilprojekt hinzufügen</translation>
    </message>
    <message>
        <source>Edit sub-project</source>
        <translation>Teilprojekt bearbeiten</translation>
    </message>
    <message>
        <source>Delete sub-project</source>
        <translation>Teilprojekt löschen</translation>
    </message>
    <message>
        <source>Add review meeting</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Edit review meeting</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Delete review meeting</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translation>Überprüfung von „%1“</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation>Indikator „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Take %n card(s) out of cluster</source>
        <translation>
            <numerusform>%n Karte aus dem Cluster nehmen</numerusform>
            <numerusform>%n Karten aus dem Cluster nehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n card(s) into cluster</source>
        <translation>
            <numerusform>%n Karte in den Cluster aufnehmen</numerusform>
            <numerusform>%n Karten in den Cluster aufnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n table(s)</source>
        <translation>
            <numerusform>%n Tisch anlegen</numerusform>
            <numerusform>%n Tische anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stakeholder group</source>
        <translation>Interessengruppe verschieben</translation>
    </message>
    <message>
        <source>Card from a device</source>
        <translation>Karte von einem Gerät</translation>
    </message>
    <message>
        <source>Card from table %1</source>
        <translation>Karte von Tisch %1</translation>
    </message>
    <message>
        <source>Card from %1</source>
        <translation>Karte von %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n card(s)</source>
        <translation>
            <numerusform>%n Karte ausblenden</numerusform>
            <numerusform>%n Karten ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n card(s)</source>
        <translation>
            <numerusform>%n Karte wieder zeigen</numerusform>
            <numerusform>%n Karten wieder zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Unblock device</source>
        <translation>Gerät wieder zulassen</translation>
    </message>
</context>
<context>
    <name>CommonGroundPainter</name>
    <message>
        <source>Common ground: %1</source>
        <translation>Gemeinsame Basis: %1</translation>
    </message>
    <message>
        <source>This vote does not tell the stakeholder groups apart: vote per participant or per group to find the common ground.</source>
        <translation>Diese Abstimmung unterscheidet die Interessengruppen nicht: Lassen Sie je Person oder je Gruppe abstimmen, um die gemeinsame Basis zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>Supported by at least %1 % of the voting groups (%2 of %3): %n item(s)</source>
        <translation>
            <numerusform>Von mindestens %1 % der abstimmenden Gruppen unterstützt (%2 von %3): %n Eintrag</numerusform>
            <numerusform>Von mindestens %1 % der abstimmenden Gruppen unterstützt (%2 von %3): %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No plus dots yet.</source>
        <translation>Noch keine Plus-Punkte.</translation>
    </message>
</context>
<context>
    <name>ConferenceReport</name>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Future search conference</source>
        <translation>Zukunftskonferenz</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Moderation: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>Conference data</source>
        <translation>Konferenzdaten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <source>Stakeholder groups</source>
        <translation>Interessengruppen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Punktabfragen</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Without a stakeholder group</source>
        <translation>Ohne Interessengruppe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>In the steering committee</source>
        <translation>Im Steuerkreis</translation>
    </message>
    <message>
        <source>The names of the participants are left out of this documentation.</source>
        <translation>Die Namen der Teilnehmenden sind in dieser Dokumentation nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – steering committee</source>
        <translation>%1 – Steuerkreis</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No cards were written in this phase.</source>
        <translation>In dieser Phase wurden keine Karten geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n card(s))</source>
        <translation>
            <numerusform>%1 (%n Karte)</numerusform>
            <numerusform>%1 (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards outside the clusters</source>
        <translation>Karten außerhalb der Cluster</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Punktabfrage %1</translation>
    </message>
    <message>
        <source>Vote: %1</source>
        <translation>Punktabfrage: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No dots were cast in this vote.</source>
        <translation>Bei dieser Punktabfrage wurden keine Punkte vergeben.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Minus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>The %1 items with the most dots of %2 items that got dots; the CSV export lists them all.</source>
        <translation>Die %1 Einträge mit den meisten Punkten von %2 Einträgen, die Punkte bekamen; der CSV-Export führt alle auf.</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Gemeinsame Basis</translation>
    </message>
    <message>
        <source>This vote does not tell the stakeholder groups apart, so it shows no common ground.</source>
        <translation>Diese Punktabfrage unterscheidet die Interessengruppen nicht und zeigt daher keine gemeinsame Basis.</translation>
    </message>
    <message>
        <source>No item is supported by every voting group.</source>
        <translation>Kein Eintrag wird von allen abstimmenden Gruppen unterstützt.</translation>
    </message>
    <message>
        <source>Supported by every voting group:</source>
        <translation>Von allen abstimmenden Gruppen unterstützt:</translation>
    </message>
    <message>
        <source>No measures were agreed.</source>
        <translation>Es wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>Das PDF kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the ODT document.</source>
        <translation>Das ODT-Dokument kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>--export-report writes a .pdf or an .odt file.</source>
        <translation>--export-report schreibt eine .pdf- oder .odt-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) %1.</source>
        <translation>
            <numerusform>%n Karte %1.</numerusform>
            <numerusform>%n Karten %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n cluster(s)</source>
        <translation>
            <numerusform>in %n Cluster</numerusform>
            <numerusform>in %n Clustern</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>Abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The status as of %1.</source>
        <translation>Stand: %1.</translation>
    </message>
</context>
<context>
    <name>ConferenceStore</name>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more).</source>
        <translation>Die Datei %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a conference file.</source>
        <translation>%1 ist ein Ordner, keine Konferenzdatei.</translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
    </message>
    <message>
        <source>%1 is empty. It is not a Weitblick conference.</source>
        <translation>%1 ist leer. Das ist keine Weitblick-Konferenz.</translation>
    </message>
    <message>
        <source>%1 is not a Weitblick conference.</source>
        <translation>%1 ist keine Weitblick-Konferenz.</translation>
    </message>
    <message>
        <source>You may only read %1 or its folder, so it is open read-only.</source>
        <translation>Sie dürfen %1 oder den Ordner nur lesen, daher ist die Datei schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 is already open in %2. It is open here read-only, so that the two cannot overwrite each other.</source>
        <translation>%1 ist bereits in %2 geöffnet. Hier ist die Datei deshalb schreibgeschützt geöffnet, damit sich beide nicht gegenseitig überschreiben.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Weitblick (file version %2; this one knows up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation>%1 wurde mit einer neueren Weitblick-Version gespeichert (Dateiversion %2; diese Version kennt Dateiversionen bis %3). Die Datei ist schreibgeschützt geöffnet, damit nichts darin verloren geht.</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>keine Schemaversion</translation>
    </message>
    <message>
        <source>%1 contains tables, views or triggers that Weitblick did not create. It is not opened.</source>
        <translation>%1 enthält Datenbanktabellen, Sichten oder Trigger, die nicht von Weitblick stammen. Die Datei wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup could be written first: %2</source>
        <translation>%1 muss aktualisiert werden, aber vorher ließ sich keine Sicherungskopie schreiben: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded (%2). The original is kept as %3.</source>
        <translation>%1 konnte nicht aktualisiert werden (%2). Das Original bleibt als %3 erhalten.</translation>
    </message>
    <message>
        <source>%1 was upgraded from file version %2 to %3. The original is kept as %4.</source>
        <translation>%1 wurde von Dateiversion %2 auf %3 aktualisiert. Das Original bleibt als %4 erhalten.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The file no longer matches what Weitblick shows.</source>
        <translation>Die Datei stimmt nicht mehr mit dem überein, was Weitblick anzeigt.</translation>
    </message>
    <message>
        <source>%1 already exists and is not overwritten.</source>
        <translation>%1 gibt es bereits; die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>The conference is already saved as %1.</source>
        <translation>Die Konferenz ist bereits als %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is open in %2 and cannot be replaced.</source>
        <translation>%1 ist in %2 geöffnet und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; everything before it is safe in the file.</source>
        <translation>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alles davor ist sicher in der Datei.</translation>
    </message>
    <message>
        <source>The file can no longer be written (it became read-only or its drive was removed). The last change was not saved.</source>
        <translation>In die Datei kann nicht mehr geschrieben werden (sie ist schreibgeschützt geworden oder ihr Laufwerk wurde entfernt). Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be written (was its drive removed?). The last change was not saved.</source>
        <translation>Die Datei konnte nicht geschrieben werden (wurde ihr Laufwerk entfernt?). Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file is busy in another program. The last change was not saved.</source>
        <translation>Die Datei wird gerade von einem anderen Programm verwendet. Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file holds a value that is far larger than Weitblick writes.</source>
        <translation>Die Datei enthält einen Wert, der weit größer ist als alles, was Weitblick schreibt.</translation>
    </message>
    <message>
        <source>Another Weitblick has taken over this file. Everything up to now is saved in it; Weitblick stops writing so that the two do not overwrite each other. Use Save As to go on in a file of your own.</source>
        <translation>Ein anderes Weitblick hat diese Datei übernommen. Alles bis jetzt ist darin gespeichert; Weitblick schreibt nicht weiter, damit sich beide nicht gegenseitig überschreiben. Mit „Speichern unter“ arbeiten Sie in einer eigenen Datei weiter.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Weitblick (file version %2) in a way this one cannot read. Open it with the newer Weitblick.</source>
        <translation>%1 wurde mit einer neueren Weitblick-Version gespeichert (Dateiversion %2), und zwar so, dass diese Version sie nicht lesen kann. Öffnen Sie die Datei mit der neueren Version.</translation>
    </message>
    <message>
        <source>%1 has broken references (%2). It is open read-only; a repaired copy can be saved.</source>
        <translation>%1 enthält fehlerhafte Verweise (%2). Die Datei ist schreibgeschützt geöffnet; eine reparierte Kopie kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Weitblick cannot make each edit of %1 durable on its own (is another program using it?). It is open read-only.</source>
        <translation>Weitblick kann nicht jede Änderung an %1 sofort sicher speichern (verwendet ein anderes Programm die Datei?). Sie ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 %2 holds a value that Weitblick does not write (column %3)</source>
        <translation>%1 %2 enthält einen Wert, den Weitblick so nicht schreibt (Spalte %3)</translation>
    </message>
    <message>
        <source>%1 was not written (%2).</source>
        <translation>%1 wurde nicht geschrieben (%2).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Weitblick cannot write in the folder %1: %2.</source>
        <translation>Weitblick kann im Ordner %1 nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>The copy could not be put in place as %1: %2.</source>
        <translation>Die Kopie konnte nicht als %1 abgelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 was written but cannot be edited: %2.</source>
        <translation>%1 wurde geschrieben, kann aber nicht bearbeitet werden: %2.</translation>
    </message>
    <message>
        <source>The last change was not saved: %1.</source>
        <translation>Die letzte Änderung wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Weitblick cannot write its lock file beside %1: %2. It is open read-only.</source>
        <translation>Weitblick kann seine Sperrdatei neben %1 nicht schreiben: %2. Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 must be upgraded for this Weitblick, which needs %2 of free space on its disk (for a backup and the upgrade), but only %3 are free. Nothing in it was changed; it is open read-only. Free some space and open it again.</source>
        <translation>%1 muss für diese Weitblick-Version aktualisiert werden. Dafür braucht es %2 freien Speicherplatz auf dem Datenträger (für eine Sicherungskopie und die Aktualisierung), frei sind aber nur %3. Nichts darin wurde geändert; die Datei ist schreibgeschützt geöffnet. Schaffen Sie Platz und öffnen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei in %1 geschrieben</numerusform>
            <numerusform>%n Dateien in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>oval</source>
        <translation>Oval</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>world</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Timeline lane</source>
        <translation>Spur der Zeitleiste</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Plus dots</source>
        <translation>Plus-Punkte</translation>
    </message>
    <message>
        <source>Minus dots</source>
        <translation>Minus-Punkte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Supporting groups</source>
        <translation>Unterstützende Gruppen</translation>
    </message>
    <message>
        <source>Plus dots: %1</source>
        <translation>Plus-Punkte: %1</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steuerkreis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Fortschritt (%)</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>From cluster</source>
        <translation>Aus Cluster</translation>
    </message>
    <message>
        <source>From card</source>
        <translation>Aus Karte</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Measure id</source>
        <translation>Maßnahmen-ID</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a CSV file of participants or cards.</source>
        <translation>%1 ist zu groß für eine CSV-Datei mit Teilnehmenden oder Karten.</translation>
    </message>
    <message>
        <source>Save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon-separated)&quot; and try again.</source>
        <translation>Speichern Sie sie als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32. %1</source>
        <translation>Die Datei ist als UTF-32 gespeichert. %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;). %1</source>
        <translation>Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file holds bytes that are not text. It is not a CSV file; a spreadsheet must be saved as CSV first.</source>
        <translation>Zeile %1, Spalte %2: Die Datei enthält Bytes, die kein Text sind. Sie ist keine CSV-Datei; eine Tabellenkalkulation muss zuerst als CSV gespeichert werden.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a character that is not UTF-8, in a file that is otherwise UTF-8. Correct it, then save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>Zeile %1, Spalte %2: ein Zeichen, das kein UTF-8 ist, in einer sonst UTF-8-kodierten Datei. Korrigieren Sie es und speichern Sie die Datei erneut als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DotRules</name>
    <message>
        <source>Add at least one dot.</source>
        <translation>Vergeben Sie mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>This vote is closed. Reopen it to change its dots.</source>
        <translation>Diese Punktabfrage ist abgeschlossen. Öffnen Sie sie wieder, um ihre Punkte zu ändern.</translation>
    </message>
    <message>
        <source>There is no dot of this voter to remove here.</source>
        <translation>Diese Stimme hat hier keinen Punkt, der sich entfernen ließe.</translation>
    </message>
    <message>
        <source>There is no such vote.</source>
        <translation>Diese Punktabfrage gibt es nicht.</translation>
    </message>
    <message>
        <source>A dot goes on one card or one cluster.</source>
        <translation>Ein Punkt gehört auf genau eine Karte oder einen Cluster.</translation>
    </message>
    <message>
        <source>In this vote, dots go on clusters, not on single cards.</source>
        <translation>Bei dieser Punktabfrage kommen die Punkte auf Cluster, nicht auf einzelne Karten.</translation>
    </message>
    <message>
        <source>In this vote, dots go on cards, not on clusters.</source>
        <translation>Bei dieser Punktabfrage kommen die Punkte auf Karten, nicht auf Cluster.</translation>
    </message>
    <message>
        <source>Only the items of the vote&apos;s phase can get dots.</source>
        <translation>Punkte bekommen nur Karten und Cluster aus der Phase dieser Punktabfrage.</translation>
    </message>
    <message>
        <source>This vote has no minus dots.</source>
        <translation>Bei dieser Punktabfrage gibt es keine Minuspunkte.</translation>
    </message>
    <message>
        <source>In this vote the room votes as one.</source>
        <translation>Bei dieser Punktabfrage stimmt der ganze Raum gemeinsam ab.</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>Wählen Sie zuerst, wer abstimmt.</translation>
    </message>
    <message>
        <source>All dots of this voter are used.</source>
        <translation>Diese Stimme hat alle ihre Punkte vergeben.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n dot(s) left for this voter.</source>
        <translation>
            <numerusform>Diese Stimme hat nur noch %n Punkt.</numerusform>
            <numerusform>Diese Stimme hat nur noch %n Punkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) per item and voter.</source>
        <translation>
            <numerusform>Wer abstimmt, darf auf eine Karte oder einen Cluster höchstens %n Punkt kleben.</numerusform>
            <numerusform>Wer abstimmt, darf auf eine Karte oder einen Cluster höchstens %n Punkte kleben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A heading gets no dots: stick them on its cluster.</source>
        <translation>Eine Überschrift bekommt keine Punkte: Kleben Sie sie auf ihren Cluster.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>there is no space left on the disk</source>
        <translation>kein Speicherplatz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the file or its drive is read-only</source>
        <translation>die Datei oder ihr Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <source>there is no permission to use the file</source>
        <translation>es fehlt die Berechtigung, die Datei zu verwenden</translation>
    </message>
    <message>
        <source>the file cannot be opened (was its drive removed?)</source>
        <translation>die Datei lässt sich nicht öffnen (wurde ihr Laufwerk entfernt?)</translation>
    </message>
    <message>
        <source>the drive could not be read or written (was it removed?)</source>
        <translation>das Laufwerk ließ sich nicht lesen oder beschreiben (wurde es entfernt?)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>ein anderes Programm verwendet die Datei</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>it is not a Weitblick conference</source>
        <translation>die Datei ist keine Weitblick-Konferenz</translation>
    </message>
    <message>
        <source>it holds a value far larger than Weitblick writes</source>
        <translation>die Datei enthält einen Wert, der weit größer ist als alles, was Weitblick schreibt</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>der Arbeitsspeicher reicht nicht aus</translation>
    </message>
    <message>
        <source>an unexpected error (code %1)</source>
        <translation>ein unerwarteter Fehler (Code %1)</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>den Ordner gibt es nicht (mehr)</translation>
    </message>
    <message>
        <source>an unexpected error (system error %1)</source>
        <translation>ein unerwarteter Fehler (Systemfehler %1)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>--export-actions writes a .csv or an .ics file.</source>
        <translation>--export-actions schreibt eine .csv- oder eine .ics-Datei.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Sub-project: %1</source>
        <translation>Teilprojekt: %1</translation>
    </message>
    <message>
        <source>Status: %1, %2 %</source>
        <translation>Status: %1, %2 %</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Steering committee: %1</source>
        <translation>Steuerkreis: %1</translation>
    </message>
    <message>
        <source>%1 was not written: no measure has a deadline and there is no review meeting yet.</source>
        <translation>%1 wurde nicht geschrieben: Keine Maßnahme hat eine Frist, und es gibt noch keine Sitzung.</translation>
    </message>
</context>
<context>
    <name>ImportLookup</name>
    <message>
        <source>The conference is open read-only; nothing was imported.</source>
        <translation>Die Konferenz ist schreibgeschützt geöffnet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is no stakeholder group &quot;%1&quot;.</source>
        <translation>Eine Interessengruppe „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table number.</source>
        <translation>„%1“ ist keine Tischnummer.</translation>
    </message>
    <message>
        <source>Table number %1 is not between 1 and %2.</source>
        <translation>Die Tischnummer %1 liegt nicht zwischen 1 und %2.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cell(s), but the header has %1.</source>
        <translation>
            <numerusform>Die Zeile hat %n Zelle, die Kopfzeile aber %1.</numerusform>
            <numerusform>Die Zeile hat %n Zellen, die Kopfzeile aber %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>MeasureTexts</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Without a sub-project</source>
        <translation>Ohne Teilprojekt</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s), %1 done</source>
        <translation>
            <numerusform>%n Maßnahme, %1 erledigt</numerusform>
            <numerusform>%n Maßnahmen, %1 erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dropped</source>
        <translation>
            <numerusform>, %n eingestellt</numerusform>
            <numerusform>, %n eingestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es ist ein Ordner.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>the export stopped.</source>
        <translation>der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steuerkreis</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>No column is chosen for the names.</source>
        <translation>Für die Namen ist keine Spalte gewählt.</translation>
    </message>
    <message>
        <source>More than one column is chosen for &quot;%1&quot;.</source>
        <translation>Für „%1“ sind mehrere Spalten gewählt.</translation>
    </message>
    <message>
        <source>The file holds no participants below its header row.</source>
        <translation>Unter der Kopfzeile enthält die Datei keine Teilnehmenden.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>In der Zeile fehlt der Name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no for the steering committee.</source>
        <translation>„%1“ ist für den Steuerkreis weder Ja noch Nein.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person importieren</numerusform>
            <numerusform>%n Teilnehmende importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The name has %1 characters; a name may have at most %2.</source>
        <translation>Der Name hat %1 Zeichen; ein Name darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The organisation has %1 characters; it may have at most %2.</source>
        <translation>Die Organisation hat %1 Zeichen; sie darf höchstens %2 haben.</translation>
    </message>
</context>
<context>
    <name>PosterPrinter</name>
    <message>
        <source>glue</source>
        <translation>kleben</translation>
    </message>
    <message>
        <source>Row %1 / Column %2 · sheet %3 of %4 · %5</source>
        <translation>Zeile %1 / Spalte %2 · Blatt %3 von %4 · %5</translation>
    </message>
    <message>
        <source>How the sheets fit together: %1</source>
        <translation>So passen die Blätter zusammen: %1</translation>
    </message>
    <message>
        <source>Cut off the white edge along the dashed marks (%1) on the left and at the top of a sheet, and glue it over the grey strip of its neighbour.</source>
        <translation>Schneiden Sie an jedem Blatt den weißen Rand links und oben entlang der gestrichelten Markierungen (%1) ab und kleben Sie das Blatt über den grauen Streifen seines Nachbarblatts.</translation>
    </message>
    <message>
        <source>The label at the top of each sheet says where it goes: the row as a letter, the column as a number.</source>
        <translation>Die Beschriftung oben auf jedem Blatt zeigt, wohin es gehört: die Zeile als Buchstabe, die Spalte als Zahl.</translation>
    </message>
    <message>
        <source>The poster at %1 scale, %2 × %3 mm, on %4: %5, %6, %7 mm overlap.</source>
        <translation>Das Plakat im Format %1, %2 × %3 mm, auf %4: %5, %6, %7 mm Überlappung.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of %1</source>
        <translation>
            <numerusform>%n Blatt %1</numerusform>
            <numerusform>%n Blatt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PosterSources</name>
    <message>
        <source>Every phase wall</source>
        <translation>Alle Phasenwände</translation>
    </message>
    <message>
        <source>Each cluster on its own</source>
        <translation>Jeder Cluster einzeln</translation>
    </message>
    <message>
        <source>The Past timeline</source>
        <translation>Die Zeitleiste der Vergangenheit</translation>
    </message>
    <message>
        <source>Ranking and common ground of each vote</source>
        <translation>Rangfolge und gemeinsame Basis jeder Punktabfrage</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Der Maßnahmenplan</translation>
    </message>
    <message>
        <source>Table plan and table tents</source>
        <translation>Tischplan und Tischaufsteller</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Table plan</source>
        <translation>Tischplan</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>vote session</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>card %1 is in a cluster of another phase</source>
        <translation>Karte %1 liegt in einem Cluster einer anderen Phase</translation>
    </message>
    <message>
        <source>dot %1 must be on exactly one card or cluster</source>
        <translation>Punkt %1 muss auf genau einer Karte oder einem Cluster kleben</translation>
    </message>
    <message>
        <source>dot %1 names a voter in a session where the room votes</source>
        <translation>Punkt %1 ist jemandem zugeordnet, obwohl bei dieser Punktabfrage der ganze Raum gemeinsam abstimmt</translation>
    </message>
    <message>
        <source>dot %1 has no voter</source>
        <translation>bei Punkt %1 fehlt, wer abgestimmt hat</translation>
    </message>
    <message>
        <source>the conference data are missing</source>
        <translation>die Konferenzdaten fehlen</translation>
    </message>
    <message>
        <source>%1 %2 refers to no %3</source>
        <translation>%1 %2: Verweis auf %3 fehlt</translation>
    </message>
    <message>
        <source>%1 %2 refers to a missing %3 %4</source>
        <translation>%1 %2 verweist auf %3 %4, doch dieser Eintrag fehlt</translation>
    </message>
    <message>
        <source>review meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>measure review</source>
        <translation>Maßnahmenüberprüfung</translation>
    </message>
    <message>
        <source>indicator value</source>
        <translation>Indikatorwert</translation>
    </message>
    <message>
        <source>%1 %2 refers to an id outside 1 to %3</source>
        <translation>%1 %2 verweist auf eine Nummer außerhalb von 1 bis %3</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>%1 outside %2 to %3</source>
        <translation>%1 außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 has a value that Weitblick does not know</source>
        <translation>%1 hat einen Wert, den Weitblick nicht kennt</translation>
    </message>
    <message>
        <source>%1 longer than %2 characters</source>
        <translation>%1 länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 holds a character that cannot be stored</source>
        <translation>%1 enthält ein Zeichen, das sich nicht speichern lässt</translation>
    </message>
    <message>
        <source>position outside ±%1</source>
        <translation>Position außerhalb von ±%1</translation>
    </message>
    <message>
        <source>%1 outside ±%2</source>
        <translation>%1 außerhalb von ±%2</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>kind of area</source>
        <translation>Art des Gebiets</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>time box</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>wall layout</source>
        <translation>Aufteilung der Wand</translation>
    </message>
    <message>
        <source>timer time</source>
        <translation>gelaufene Zeit des Timers</translation>
    </message>
    <message>
        <source>timer start</source>
        <translation>Startzeit des Timers</translation>
    </message>
    <message>
        <source>extra minutes</source>
        <translation>zusätzliche Minuten</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>timeline lane</source>
        <translation>Spur der Zeitleiste</translation>
    </message>
    <message>
        <source>dots per voter</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>cap per item</source>
        <translation>Höchstzahl pro Eintrag</translation>
    </message>
    <message>
        <source>voter unit</source>
        <translation>wer abstimmt</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>current value</source>
        <translation>aktueller Wert</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>what we said</source>
        <translation>Was wir vereinbart haben</translation>
    </message>
    <message>
        <source>what we did</source>
        <translation>Was wir getan haben</translation>
    </message>
    <message>
        <source>what&apos;s next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>help needed</source>
        <translation>Welche Hilfe wir brauchen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 takes more than the %2 places a file stores (emoji, flags and accents take several)</source>
        <translation>%1 belegt mehr als die %2 Stellen, die eine Datei speichert (Emoji, Flaggen und Akzente belegen mehrere)</translation>
    </message>
    <message>
        <source>The card text has %1 characters; a card holds at most %2.</source>
        <translation>Der Kartentext hat %1 Zeichen; auf eine Karte passen höchstens %2.</translation>
    </message>
    <message>
        <source>The card text has %1 characters, but its emoji, flags or accents take %2 of the %3 places a card can store. Shorten it.</source>
        <translation>Der Kartentext hat %1 Zeichen, aber seine Emoji, Flaggen oder Akzente belegen %2 der %3 Stellen, die eine Karte speichern kann. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>dot %1 names a device in a session with voters</source>
        <translation>Punkt %1 nennt ein Gerät in einer Abfrage mit Abstimmenden</translation>
    </message>
    <message>
        <source>%1 is not %2 hex digits</source>
        <translation>%1 besteht nicht aus %2 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>number of wall topics</source>
        <translation>Anzahl der Wandthemen</translation>
    </message>
    <message>
        <source>wall topic</source>
        <translation>Wandthema</translation>
    </message>
    <message>
        <source>wall topics empty, repeated, padded or over several lines</source>
        <translation>Wandthemen leer, doppelt, mit Leerzeichen am Rand oder über mehrere Zeilen</translation>
    </message>
</context>
<context>
    <name>RankingPainter</name>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Noch nichts zum Abstimmen.</translation>
    </message>
    <message>
        <source>%1 (+%2 −%3)</source>
        <translation>%1 (+%2 −%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalQuestion</name>
    <message numerus="yes">
        <source>The votes lose %n dot(s).</source>
        <translation>
            <numerusform>Dabei geht %n Punkt der Abstimmungen verloren.</numerusform>
            <numerusform>Dabei gehen %n Punkte der Abstimmungen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) lose the link to where they came from: %1.</source>
        <translation>
            <numerusform>%n Maßnahme verliert die Verknüpfung zu ihrem Ursprung: %1.</numerusform>
            <numerusform>%n Maßnahmen verlieren die Verknüpfung zu ihrem Ursprung: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1) brings everything back.</source>
        <translation>Rückgängig (%1) holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete Cards</source>
        <translation>Karten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)?</source>
        <translation>
            <numerusform>Die Karte löschen?</numerusform>
            <numerusform>%n Karten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dissolve Clusters</source>
        <translation>Cluster auflösen</translation>
    </message>
    <message numerus="yes">
        <source>Dissolve %n cluster(s)? The cards stay on the wall.</source>
        <translation>
            <numerusform>Den Cluster auflösen? Die Karten bleiben an der Wand.</numerusform>
            <numerusform>%n Cluster auflösen? Die Karten bleiben an der Wand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Dissolve Cluster</source>
        <translation>Cluster auflösen</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The conference has no phase %1.</source>
        <translation>Die Konferenz hat keine Phase %1.</translation>
    </message>
</context>
<context>
    <name>Serve</name>
    <message>
        <source>--join is table, group or participant.</source>
        <translation>--join ist table, group oder participant.</translation>
    </message>
    <message>
        <source>%1 has no phase %2.</source>
        <translation>%1 hat keine Phase %2.</translation>
    </message>
    <message>
        <source>--bind needs an address of this computer, such as 127.0.0.1.</source>
        <translation>--bind braucht eine Adresse dieses Computers, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>Weitblick cannot watch for the end signal.</source>
        <translation>Weitblick kann nicht auf das Signal zum Beenden warten.</translation>
    </message>
    <message>
        <source>Reopen dot vote</source>
        <translation>Punktabfrage wieder öffnen</translation>
    </message>
    <message>
        <source>%1 has no vote.</source>
        <translation>%1 hat keine Punktabfrage.</translation>
    </message>
</context>
<context>
    <name>SetupLists</name>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
</context>
<context>
    <name>TablePlanPainter</name>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not seated yet</source>
        <translation>Noch ohne Tisch</translation>
    </message>
</context>
<context>
    <name>TableTentPainter</name>
    <message>
        <source>Fold here</source>
        <translation>Hier falten</translation>
    </message>
</context>
<context>
    <name>TallyCommands</name>
    <message>
        <source>There is no such vote.</source>
        <translation>Diese Abstimmung gibt es nicht.</translation>
    </message>
    <message>
        <source>This vote is closed. Reopen it to enter a tally.</source>
        <translation>Diese Abstimmung ist geschlossen. Öffnen Sie sie wieder, um eine Zählung einzutragen.</translation>
    </message>
    <message>
        <source>A paper tally goes into a vote in which the room votes as one.</source>
        <translation>Eine Zählung von der Wand gehört in eine Abstimmung, in der der ganze Raum als einer abstimmt.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Anzahlen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>This vote has no minus dots.</source>
        <translation>Diese Abstimmung hat keine Minus-Punkte.</translation>
    </message>
    <message>
        <source>Enter paper tally</source>
        <translation>Zählung von der Wand eintragen</translation>
    </message>
    <message>
        <source>Only the items of the vote&apos;s phase can get dots.</source>
        <translation>Punkte bekommen nur Karten und Cluster aus der Phase dieser Punktabfrage.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>The structure of the conference %1, without its participants, cards, dots and measures.</source>
        <translation>Der Aufbau der Konferenz %1, ohne ihre Teilnehmenden, Karten, Punkte und Maßnahmen.</translation>
    </message>
    <message>
        <source>There is no template %1. Give one of %2, the name of a template in %3, or a template file.</source>
        <translation>Es gibt keine Vorlage %1. Geben Sie eine von %2 an, den Namen einer Vorlage in %3 oder eine Vorlagendatei.</translation>
    </message>
    <message>
        <source>%1 names both a built-in method and your template %2. Give %3 for the built-in one, or the file %2 for yours.</source>
        <translation>%1 ist der Name einer mitgelieferten Methode und Ihrer Vorlage %2. Geben Sie für die mitgelieferte %3 an, für Ihre die Datei %2.</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n Interessengruppe</numerusform>
            <numerusform>%n Interessengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tische</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prepared dot vote(s)</source>
        <translation>
            <numerusform>%n vorbereitete Punktabfrage</numerusform>
            <numerusform>%n vorbereitete Punktabfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in time boxes</source>
        <translation>%1 in Zeitrahmen</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>wall: %1</source>
        <translation>Wand: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dot vote “%1”: %n dot(s) each</source>
        <translation>
            <numerusform>Punktabfrage „%1“: je %n Punkt</numerusform>
            <numerusform>Punktabfrage „%1“: je %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder groups</source>
        <translation>Interessengruppen</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Keine Spur</translation>
    </message>
</context>
<context>
    <name>VotingFacts</name>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>Tisch %1: %2</translation>
    </message>
    <message>
        <source>Each participant</source>
        <translation>Jede teilnehmende Person</translation>
    </message>
    <message>
        <source>Each table</source>
        <translation>Jeder Tisch</translation>
    </message>
    <message>
        <source>Each stakeholder group</source>
        <translation>Jede Interessengruppe</translation>
    </message>
    <message>
        <source>The room, anonymously</source>
        <translation>Der ganze Raum, anonym</translation>
    </message>
    <message>
        <source>There are no participants yet: add them on the Participants page, or let the room vote anonymously.</source>
        <translation>Es gibt noch keine Teilnehmenden: Tragen Sie sie auf der Seite „Teilnehmende“ ein, oder lassen Sie den Raum anonym abstimmen.</translation>
    </message>
    <message>
        <source>There are no tables yet: create them in the table plan, or let the room vote anonymously.</source>
        <translation>Es gibt noch keine Tische: Legen Sie sie im Tischplan an, oder lassen Sie den Raum anonym abstimmen.</translation>
    </message>
    <message>
        <source>There are no stakeholder groups yet: add them under Conference › Stakeholder groups, or let the room vote anonymously.</source>
        <translation>Es gibt noch keine Interessengruppen: Legen Sie sie unter Konferenz › Interessengruppen an, oder lassen Sie den Raum anonym abstimmen.</translation>
    </message>
</context>
<context>
    <name>WallAreas</name>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <source>Prouds</source>
        <translation>Stolz</translation>
    </message>
    <message>
        <source>Sorries</source>
        <translation>Bedauern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>SO: Build on</source>
        <translation>SO: Ausbauen</translation>
    </message>
    <message>
        <source>WO: Catch up</source>
        <translation>WO: Aufholen</translation>
    </message>
    <message>
        <source>ST: Safeguard</source>
        <translation>ST: Absichern</translation>
    </message>
    <message>
        <source>WT: Avoid</source>
        <translation>WT: Vermeiden</translation>
    </message>
</context>
<context>
    <name>WallCommands</name>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Create cluster</source>
        <translation>Cluster bilden</translation>
    </message>
    <message numerus="yes">
        <source>Group %n card(s)</source>
        <translation>
            <numerusform>%n Karte gruppieren</numerusform>
            <numerusform>%n Karten gruppieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cluster</source>
        <translation>Cluster verschieben</translation>
    </message>
    <message>
        <source>Arrange wall</source>
        <translation>Wand ordnen</translation>
    </message>
    <message numerus="yes">
        <source>Colour %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfärben</numerusform>
            <numerusform>%n Karten einfärben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the form of %n card(s)</source>
        <translation>
            <numerusform>Form von %n Karte ändern</numerusform>
            <numerusform>Form von %n Karten ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Set year</source>
        <translation>Jahr festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Put %n card(s) into cluster</source>
        <translation>
            <numerusform>%n Karte in den Cluster aufnehmen</numerusform>
            <numerusform>%n Karten in den Cluster aufnehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::CardImportDialog</name>
    <message>
        <source>Import Cards from CSV</source>
        <translation>Karten aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file as Excel or LibreOffice save it, one card a row: the phase (its number, such as 3, or its name, such as Zukunft), the card&apos;s text, and if you like the stakeholder group and the table. Cards of the Past phase may have a year and a lane (world, local, personal).</source>
        <translation>Wählen Sie eine CSV-Datei, wie Excel oder LibreOffice sie speichern, mit einer Karte je Zeile: die Phase (ihre Nummer wie 3 oder ihr Name wie Zukunft), der Text der Karte und, wenn Sie mögen, die Akteursgruppe und der Tisch. Karten der Vergangenheit können ein Jahr und eine Spur haben (Welt, lokal, persönlich).</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) will be added</source>
        <translation>
            <numerusform>%n Karte wird hinzugefügt</numerusform>
            <numerusform>%n Karten werden hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::CommonGroundView</name>
    <message>
        <source>The share of the stakeholder groups that must support an item with a plus dot. 100 % means every group: the common ground of the Future Search method.</source>
        <translation>Der Anteil der Interessengruppen, die einen Eintrag mit einem Plus-Punkt unterstützen müssen. 100 % heißt jede Gruppe: die gemeinsame Basis der Zukunftskonferenz.</translation>
    </message>
    <message>
        <source>Supported by at &amp;least:</source>
        <translation>Unterstützt von &amp;mindestens:</translation>
    </message>
</context>
<context>
    <name>weitblick::ConferenceDialog</name>
    <message>
        <source>The dates are fixed</source>
        <translation>Die Termine stehen fest</translation>
    </message>
    <message>
        <source>Conference Data</source>
        <translation>Konferenzdaten</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>e.g. Future Search Conference Town Centre 2030</source>
        <translation>z. B. Zukunftskonferenz Innenstadt 2030</translation>
    </message>
    <message>
        <source>What the conference is about, e.g. the town&apos;s name</source>
        <translation>Worum es in der Konferenz geht, z. B. der Name der Stadt</translation>
    </message>
    <message>
        <source>Venue, e.g. the town hall</source>
        <translation>Veranstaltungsort, z. B. das Rathaus</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>&amp;Moderators:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The conference needs a title. It keeps its last one until you type a new one.</source>
        <translation>Die Konferenz braucht einen Titel. Bis Sie einen neuen eingeben, behält sie den bisherigen.</translation>
    </message>
    <message>
        <source>The last day is before the first day. The dates are saved once the first day comes first.</source>
        <translation>Der letzte Tag liegt vor dem ersten. Gespeichert werden die Tage erst, wenn der erste vorne liegt.</translation>
    </message>
</context>
<context>
    <name>weitblick::ConferenceDocument</name>
    <message>
        <source>This change was made for an older state of the conference and is not applied.</source>
        <translation>Diese Änderung bezieht sich auf einen früheren Stand der Konferenz und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>This change is not made, because it would break the file (%1).</source>
        <translation>Diese Änderung wird nicht vorgenommen, weil sie die Datei unbrauchbar machen würde (%1).</translation>
    </message>
    <message>
        <source>This conference has broken references. Save a repaired copy instead.</source>
        <translation>Diese Konferenz enthält fehlerhafte Verweise. Speichern Sie stattdessen eine reparierte Kopie.</translation>
    </message>
</context>
<context>
    <name>weitblick::CsvImportDialog</name>
    <message>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose in each column&apos;s header what it holds. The numbers on the left are the lines of the file.</source>
        <translation>Wählen Sie im Kopf jeder Spalte, was sie enthält. Die Zahlen links sind die Zeilennummern der Datei.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Separator: %1 · Encoding: %2 · %n row(s) below the header</source>
        <translation>
            <numerusform>Trennzeichen: %1 · Kodierung: %2 · %n Zeile unter der Kopfzeile</numerusform>
            <numerusform>Trennzeichen: %1 · Kodierung: %2 · %n Zeilen unter der Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Was die Spalte „%1“ enthält</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n new table(s) created</source>
        <translation>
            <numerusform>%1, dazu wird %n neuer Tisch angelegt</numerusform>
            <numerusform>%1, dazu werden %n neue Tische angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is imported until every problem is solved: correct the file, or choose what the columns hold.</source>
        <translation>Importiert wird erst, wenn alle Probleme gelöst sind: Korrigieren Sie die Datei oder wählen Sie, was die Spalten enthalten.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) already in the conference are left out</source>
        <translation>
            <numerusform>%1; %n Zeile ist schon in der Konferenz und bleibt weg</numerusform>
            <numerusform>%1; %n Zeilen sind schon in der Konferenz und bleiben weg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::DateField</name>
    <message>
        <source>A date such as %1; Alt+Down opens the calendar</source>
        <translation>Ein Datum wie %1; Alt+Pfeil nach unten öffnet den Kalender</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
</context>
<context>
    <name>weitblick::GroupCountsBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>weitblick::GroupEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Double-click a name to rename the group, its colour to change it.</source>
        <translation>Doppelklick auf einen Namen benennt die Gruppe um, Doppelklick auf ihre Farbe ändert die Farbe.</translation>
    </message>
    <message>
        <source>Stakeholder Groups</source>
        <translation>Interessengruppen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Delete the stakeholder group “%1”?</source>
        <translation>Die Interessengruppe „%1“ löschen?</translation>
    </message>
    <message>
        <source>%1 and %2 belong to it. They are kept, without a group.</source>
        <translation>Zu ihr gehören %1 und %2. Sie bleiben erhalten, dann ohne Interessengruppe.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stakeholder Group</source>
        <translation>Interessengruppe löschen</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Neue Gruppe %1</translation>
    </message>
    <message>
        <source>“%1” is the name of another group, so “%2” keeps its name: two groups of one name cannot be told apart in imports, votes and the report.</source>
        <translation>„%1“ heißt schon eine andere Gruppe, darum behält „%2“ seinen Namen: Zwei Gruppen gleichen Namens lassen sich beim Import, in Abstimmungen und in der Dokumentation nicht unterscheiden.</translation>
    </message>
</context>
<context>
    <name>weitblick::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Conference</source>
        <translation>&amp;Konferenz</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Weitblick uses the new language from its next start.</source>
        <translation>Weitblick verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Weitblick conferences (%1)</source>
        <translation>Weitblick-Konferenzen (%1)</translation>
    </message>
    <message>
        <source>Weitblick conferences (%1);;All files (*)</source>
        <translation>Weitblick-Konferenzen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Weitblick</source>
        <translation>Weitblick</translation>
    </message>
    <message>
        <source>No conference open</source>
        <translation>Keine Konferenz geöffnet</translation>
    </message>
    <message>
        <source>%1 – Weitblick</source>
        <translation>%1 – Weitblick</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Saved %1 – every change is saved as you make it</source>
        <translation>Gespeichert um %1 – jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>%1 exists already. Weitblick does not overwrite a conference with a new one; choose another name.</source>
        <translation>%1 gibt es schon. Weitblick überschreibt keine Konferenz mit einer neuen; bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Plenum</translation>
    </message>
    <message>
        <source>Export &amp;Documentation…</source>
        <translation>&amp;Dokumentation exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV Files…</source>
        <translation>C&amp;SV-Dateien exportieren…</translation>
    </message>
    <message>
        <source>Export Action &amp;Plan…</source>
        <translation>&amp;Maßnahmenplan exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar of deadlines and reviews (*.ics);;Measures for Excel (*.csv)</source>
        <translation>Kalender der Fristen und Sitzungen (*.ics);;Maßnahmen für Excel (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>&amp;Teilnehmende importieren…</translation>
    </message>
    <message>
        <source>Impor&amp;t Cards…</source>
        <translation>&amp;Karten importieren…</translation>
    </message>
    <message>
        <source>Sample Zukunftskonferenz</source>
        <translation>Beispiel-Zukunftskonferenz</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Saved the template “%1” as %2</source>
        <translation>Vorlage „%1“ als %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 (template) – Weitblick</source>
        <translation>%1 (Vorlage) – Weitblick</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&amp;New Conference…</source>
        <translation>&amp;Neue Konferenz…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>B&amp;eispiel öffnen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Bearbeitungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Cannot Open the Conference</source>
        <translation>Konferenz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Conference Opened</source>
        <translation>Konferenz geöffnet</translation>
    </message>
    <message>
        <source>Save Repaired Copy</source>
        <translation>Reparierte Kopie speichern</translation>
    </message>
    <message>
        <source>Open Conference</source>
        <translation>Konferenz öffnen</translation>
    </message>
    <message>
        <source>Save Conference as</source>
        <translation>Konferenz speichern unter</translation>
    </message>
    <message>
        <source>Export CSV Files into</source>
        <translation>CSV-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>Export CSV Files</source>
        <translation>CSV-Dateien exportieren</translation>
    </message>
    <message>
        <source>Export Action Plan</source>
        <translation>Maßnahmenplan exportieren</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Änderung nicht vorgenommen</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Wrote the documentation to %1</source>
        <translation>Dokumentation geschrieben nach %1</translation>
    </message>
    <message>
        <source>New Conference</source>
        <translation>Neue Konferenz</translation>
    </message>
    <message>
        <source>Save the Sample Conference As</source>
        <translation>Beispielkonferenz speichern unter</translation>
    </message>
</context>
<context>
    <name>weitblick::MeasureEditor</name>
    <message>
        <source>no start date</source>
        <translation>kein Beginn</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>What is to be done, and why</source>
        <translation>Was getan werden soll und warum</translation>
    </message>
    <message>
        <source>Who informs whom, how, and how often</source>
        <translation>Wer informiert wen, wie und wie oft</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>Su&amp;b-project</source>
        <translation>Te&amp;ilprojekt</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>F&amp;ortschritt</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Controlling criteria</source>
        <translation>&amp;Controlling-Kriterien</translation>
    </message>
    <message>
        <source>Co&amp;mmunication agreement</source>
        <translation>&amp;Kommunikationsvereinbarung</translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation>Keine Maßnahme ausgewählt</translation>
    </message>
    <message>
        <source>From the cluster “%1”</source>
        <translation>Aus dem Cluster „%1“</translation>
    </message>
    <message>
        <source>from the card “%1”</source>
        <translation>aus der Karte „%1“</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Neuer Indikator</translation>
    </message>
    <message>
        <source>A date such as %1</source>
        <translation>Ein Datum wie %1</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>The start is after the deadline.</source>
        <translation>Der Beginn liegt nach der Frist.</translation>
    </message>
</context>
<context>
    <name>weitblick::MeasureFromRankingDialog</name>
    <message>
        <source>Choose a vote and one of its clusters or cards. The measure keeps its link to it; one item may give several measures.</source>
        <translation>Wählen Sie eine Punktabfrage und darin einen Cluster oder eine Karte. Die Maßnahme bleibt damit verknüpft; aus einem Eintrag können mehrere Maßnahmen entstehen.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Cluster or card</source>
        <translation>Cluster oder Karte</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Noch keine Punktabfrage</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Create Measure</source>
        <translation>Maßnahme &amp;anlegen</translation>
    </message>
    <message>
        <source>Measure from a Ranked Item</source>
        <translation>Maßnahme aus der Rangfolge</translation>
    </message>
    <message>
        <source>Tied: the same score as another item</source>
        <translation>Gleichstand: derselbe Saldo wie ein anderer Eintrag</translation>
    </message>
</context>
<context>
    <name>weitblick::MeasureListModel</name>
    <message>
        <source>The deadline has passed and the measure is not done.</source>
        <translation>Die Frist ist verstrichen, und die Maßnahme ist nicht erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>The deadline is within %n day(s) and the progress lags the time passed.</source>
        <translation>
            <numerusform>Die Frist endet in höchstens %n Tag, und der Fortschritt bleibt hinter der verstrichenen Zeit zurück.</numerusform>
            <numerusform>Die Frist endet in höchstens %n Tagen, und der Fortschritt bleibt hinter der verstrichenen Zeit zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>weitblick::MeasuresPage</name>
    <message>
        <source>Only &amp;overdue and at risk</source>
        <translation>Nur überfä&amp;llige und gefährdete</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Verant&amp;wortlich</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>S&amp;ub-project</source>
        <translation>Teilpro&amp;jekt</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>All sub-projects</source>
        <translation>Alle Teilprojekte</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Showing %1 of %2 measures · %3 overdue · %4 at risk · %5 % done overall (each measure counts equally, dropped ones not)</source>
        <translation>%1 von %2 Maßnahmen angezeigt · %3 überfällig · %4 gefährdet · insgesamt %5 % erledigt (jede Maßnahme zählt gleich, eingestellte nicht)</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Delete the measure “%1” with its criteria and reviews?</source>
        <translation>Die Maßnahme „%1“ mit ihren Kriterien und Überprüfungen löschen?</translation>
    </message>
    <message>
        <source>&amp;New Measure</source>
        <translation>&amp;Neue Maßnahme</translation>
    </message>
    <message>
        <source>Measure from &amp;Ranked Item…</source>
        <translation>Maßnahme aus &amp;Rangfolge…</translation>
    </message>
    <message>
        <source>Delete Measure</source>
        <translation>Maßnahme löschen</translation>
    </message>
</context>
<context>
    <name>weitblick::NewConferenceDialog</name>
    <message>
        <source>Template from &amp;File…</source>
        <translation>Vorlage aus &amp;Datei…</translation>
    </message>
    <message>
        <source>New Conference</source>
        <translation>Neue Konferenz</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The language of the phases, guiding questions and groups the conference starts with</source>
        <translation>Die Sprache der Phasen, Leitfragen und Gruppen, mit denen die Konferenz beginnt</translation>
    </message>
    <message>
        <source>Start from a template file a colleague sent, or from the structure of an earlier conference</source>
        <translation>Mit einer Vorlagendatei beginnen, die Ihnen jemand geschickt hat, oder mit dem Aufbau einer früheren Konferenz</translation>
    </message>
    <message>
        <source>&amp;Texts in:</source>
        <translation>&amp;Texte auf:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message>
        <source>Template from File</source>
        <translation>Vorlage aus Datei</translation>
    </message>
    <message>
        <source>Weitblick templates and conferences (*.weitblick);;All files (*)</source>
        <translation>Weitblick-Vorlagen und -Konferenzen (*.weitblick);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch keine gespeichert</translation>
    </message>
    <message>
        <source>File › Save as Template… keeps the structure of a conference here.</source>
        <translation>Datei › Als Vorlage speichern… legt den Aufbau einer Konferenz hier ab.</translation>
    </message>
</context>
<context>
    <name>weitblick::OrganisationView</name>
    <message>
        <source>Sub-project / measure</source>
        <translation>Teilprojekt / Maßnahme</translation>
    </message>
    <message>
        <source>Leader / owner</source>
        <translation>Leitung / Verantwortlich</translation>
    </message>
    <message>
        <source>Team / status</source>
        <translation>Team / Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Members are the participants marked as steering committee in the participant list.</source>
        <translation>Mitglieder sind die Teilnehmenden, die in der Teilnehmendenliste als Steuerkreis markiert sind.</translation>
    </message>
    <message>
        <source>Sub-projects (Teilprojekte)</source>
        <translation>Teilprojekte</translation>
    </message>
    <message>
        <source>F2 or a double click edits a sub-project&apos;s name, leader and team.</source>
        <translation>F2 oder ein Doppelklick bearbeitet Name, Leitung und Team eines Teilprojekts.</translation>
    </message>
    <message>
        <source>Whole conference: %1</source>
        <translation>Gesamte Konferenz: %1</translation>
    </message>
    <message>
        <source>(nobody marked yet)</source>
        <translation>(noch niemand markiert)</translation>
    </message>
    <message>
        <source>no measures</source>
        <translation>keine Maßnahmen</translation>
    </message>
    <message>
        <source>New sub-project</source>
        <translation>Neues Teilprojekt</translation>
    </message>
    <message>
        <source>Delete the sub-project “%1”? Its measures stay, without a sub-project.</source>
        <translation>Das Teilprojekt „%1“ löschen? Seine Maßnahmen bleiben erhalten, dann ohne Teilprojekt.</translation>
    </message>
    <message>
        <source>&amp;Add Sub-project</source>
        <translation>Teilprojekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete Sub-project</source>
        <translation>Teilprojekt löschen</translation>
    </message>
    <message>
        <source>Steering Committee (Steuerkreis)</source>
        <translation>Steuerkreis</translation>
    </message>
</context>
<context>
    <name>weitblick::PaperTallyDialog</name>
    <message>
        <source>Paper Tally</source>
        <translation>Zählung von der Wand</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Plus dots</source>
        <translation>Plus-Punkte</translation>
    </message>
    <message>
        <source>Minus dots</source>
        <translation>Minus-Punkte</translation>
    </message>
    <message>
        <source>Type the dots counted on the wall. Tab goes to the next item, Enter applies the counts.</source>
        <translation>Tragen Sie die an der Wand gezählten Punkte ein. Tab geht zum nächsten Eintrag, Eingabe übernimmt die Anzahlen.</translation>
    </message>
    <message>
        <source>A paper tally goes into a vote in which the room votes as one.</source>
        <translation>Eine Zählung von der Wand gehört in eine Abstimmung, in der der ganze Raum als einer abstimmt.</translation>
    </message>
    <message>
        <source>&amp;Apply Counts</source>
        <translation>Anzahlen &amp;übernehmen</translation>
    </message>
    <message>
        <source>The counts could not be saved.</source>
        <translation>Die Anzahlen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipantImportDialog</name>
    <message>
        <source>Import Participants from CSV</source>
        <translation>Teilnehmende aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file as Excel or LibreOffice save it: comma- or semicolon-separated, UTF-8 or Windows-1252. The first row names the columns.</source>
        <translation>Wählen Sie eine CSV-Datei, wie Excel oder LibreOffice sie speichern: durch Komma oder Semikolon getrennt, in UTF-8 oder Windows-1252. Die erste Zeile benennt die Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) will be added</source>
        <translation>
            <numerusform>%n teilnehmende Person wird hinzugefügt</numerusform>
            <numerusform>%n Teilnehmende werden hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipantsDelegate</name>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(kein Tisch)</translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipantsModel</name>
    <message>
        <source>Steering committee</source>
        <translation>Steuerkreis</translation>
    </message>
    <message>
        <source>Member of the steering committee</source>
        <translation>Mitglied im Steuerkreis</translation>
    </message>
    <message>
        <source>Not in the steering committee</source>
        <translation>Nicht im Steuerkreis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipantsView</name>
    <message>
        <source>&amp;Add Participant</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Search name, organisation, group, table…</source>
        <translation>Name, Organisation, Gruppe, Tisch suchen…</translation>
    </message>
    <message>
        <source>Show the participants of one stakeholder group</source>
        <translation>Nur die Teilnehmenden einer Interessengruppe zeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue Person</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) shown</source>
        <translation>
            <numerusform>%1 von %n Teilnehmenden angezeigt</numerusform>
            <numerusform>%1 von %n Teilnehmenden angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipationDialog</name>
    <message>
        <source>&amp;Pause: take no cards for a moment</source>
        <translation>Pa&amp;use: kurz keine Karten annehmen</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (nur dieser Computer)</translation>
    </message>
    <message>
        <source>When this port is in use, the next free one is taken</source>
        <translation>Ist dieser Port belegt, wird der nächste freie genommen</translation>
    </message>
    <message>
        <source>their table</source>
        <translation>ihrem Tisch</translation>
    </message>
    <message>
        <source>their stakeholder group</source>
        <translation>ihrer Interessengruppe</translation>
    </message>
    <message>
        <source>their name from the participant list</source>
        <translation>ihrem Namen aus der Teilnehmendenliste</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netz:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <source>&amp;Cards for:</source>
        <translation>&amp;Karten für:</translation>
    </message>
    <message>
        <source>&amp;Dots for:</source>
        <translation>Punk&amp;te für:</translation>
    </message>
    <message>
        <source>People &amp;join with:</source>
        <translation>Anmeldung &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Running. Access code: %1</source>
        <translation>Läuft. Zugangscode: %1</translation>
    </message>
    <message>
        <source>Not running. Every card and dot that came in is in the file.</source>
        <translation>Läuft nicht. Alle Karten und Punkte, die angekommen sind, stehen in der Datei.</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>keine Phase</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>keine Abfrage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Once the server runs, the QR code to join in shows here.</source>
        <translation>Sobald der Server läuft, steht hier der QR-Code zum Mitmachen.</translation>
    </message>
    <message>
        <source>Show on the Projecto&amp;r</source>
        <translation>Auf dem &amp;Projektor zeigen</translation>
    </message>
    <message>
        <source>Participation over the Network</source>
        <translation>Teilnahme über das Netz</translation>
    </message>
    <message>
        <source>What Is Open</source>
        <translation>Freigegeben</translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipationServer</name>
    <message>
        <source>No conference is open.</source>
        <translation>Es ist keine Konferenz geöffnet.</translation>
    </message>
    <message>
        <source>The conference is open read-only, so it cannot take cards.</source>
        <translation>Die Konferenz ist schreibgeschützt geöffnet und kann keine Karten annehmen.</translation>
    </message>
    <message>
        <source>An access code has %1 characters from %2.</source>
        <translation>Ein Zugangscode hat %1 Zeichen aus %2.</translation>
    </message>
    <message>
        <source>Weitblick cannot listen on %1, port %2 or the %3 after it (%4).</source>
        <translation>Weitblick kann auf %1 weder Port %2 noch die %3 danach öffnen (%4).</translation>
    </message>
</context>
<context>
    <name>weitblick::PhaseDialog</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Guiding question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <source>Time &amp;box:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Wall:</source>
        <translation>&amp;Wand:</translation>
    </message>
    <message>
        <source>Past (timeline)</source>
        <translation>Vergangenheit (Zeitleiste)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Gegenwart</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Zukunft</translation>
    </message>
    <message>
        <source>Utopias</source>
        <translation>Utopien</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Free wall</source>
        <translation>Freie Wand</translation>
    </message>
    <message>
        <source>Strengths and weaknesses</source>
        <translation>Stärken und Schwächen</translation>
    </message>
    <message>
        <source>Prouds and sorries per stakeholder group</source>
        <translation>Stolz und Bedauern je Interessengruppe</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>A phase needs a title. It keeps its last one until you type a new one.</source>
        <translation>Eine Phase braucht einen Titel. Bis Sie einen neuen eingeben, behält sie den bisherigen.</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>Th&amp;emen:</translation>
    </message>
    <message>
        <source>One topic per line, up to %1</source>
        <translation>Ein Thema pro Zeile, höchstens %1</translation>
    </message>
    <message>
        <source>The wall gets a column for each topic, left to right.</source>
        <translation>Die Wand bekommt für jedes Thema eine Spalte, von links nach rechts.</translation>
    </message>
    <message>
        <source>SWOT: strengths, weaknesses, opportunities, threats</source>
        <translation>SWOT: Stärken, Schwächen, Chancen, Risiken</translation>
    </message>
    <message>
        <source>TOWS strategies (SO, WO, ST, WT)</source>
        <translation>TOWS-Strategien (SO, WO, ST, WT)</translation>
    </message>
    <message>
        <source>Split by topic</source>
        <translation>Nach Themen geteilt</translation>
    </message>
    <message>
        <source>A wall has room for %1 topics, so “%2” and what follows it is left out.</source>
        <translation>Eine Wand hat Platz für %1 Themen, daher bleiben „%2“ und die Themen danach weg.</translation>
    </message>
</context>
<context>
    <name>weitblick::PhaseNavigator</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Title, guiding question, time box, state and wall</source>
        <translation>Titel, Leitfrage, Zeitrahmen, Status und Wand</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the phase up</source>
        <translation>Phase nach oben verschieben</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the phase down</source>
        <translation>Phase nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this custom phase with its cards</source>
        <translation>Diese eigene Phase samt ihren Karten löschen</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Table plan</source>
        <translation>Tischplan</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 min · %2</source>
        <translation>%1 Min. · %2</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase “%1” with its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Die Phase „%1“ mit ihrer %n Karte löschen? Das lässt sich rückgängig machen.</numerusform>
            <numerusform>Die Phase „%1“ mit ihren %n Karten löschen? Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Project organisation</source>
        <translation>Projektorganisation</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete Phase</source>
        <translation>Phase löschen</translation>
    </message>
</context>
<context>
    <name>weitblick::PhasePage</name>
    <message>
        <source>Guiding question of this phase</source>
        <translation>Leitfrage dieser Phase</translation>
    </message>
    <message>
        <source>No phase yet: add the first one with + below the list of phases</source>
        <translation>Noch keine Phase: Legen Sie die erste mit + unter der Phasenliste an</translation>
    </message>
    <message>
        <source>The guiding question; click to edit, Enter to keep, Escape to undo</source>
        <translation>Die Leitfrage: zum Bearbeiten klicken, Eingabetaste übernimmt, Esc verwirft</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>&amp;Arrange Wall</source>
        <translation>Wand &amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Quick Entry</source>
        <translation>&amp;Schnelleingabe</translation>
    </message>
    <message>
        <source>&amp;Group into Cluster...</source>
        <translation>Zu Cluster &amp;gruppieren...</translation>
    </message>
    <message>
        <source>&amp;Dissolve Cluster</source>
        <translation>Cluster &amp;auflösen</translation>
    </message>
    <message>
        <source>&amp;Delete Cards</source>
        <translation>Karten &amp;löschen</translation>
    </message>
    <message>
        <source>Dot &amp;Voting</source>
        <translation>&amp;Punktabfrage</translation>
    </message>
    <message>
        <source>Stick dots on the wall: a click adds one, a right-click removes one</source>
        <translation>Punkte an die Wand kleben: Ein Klick klebt einen, ein Rechtsklick nimmt einen ab</translation>
    </message>
</context>
<context>
    <name>weitblick::PosterActions</name>
    <message>
        <source>Print &amp;Posters…</source>
        <translation>&amp;Plakate drucken…</translation>
    </message>
    <message>
        <source>Export Posters as P&amp;DF…</source>
        <translation>Plakate als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Print walls, votes, the action plan or table tents as posters</source>
        <translation>Wände, Punktabfragen, den Maßnahmenplan oder Tischaufsteller als Plakate drucken</translation>
    </message>
    <message>
        <source>Write walls, votes, the action plan or table tents as a PDF</source>
        <translation>Wände, Punktabfragen, den Maßnahmenplan oder Tischaufsteller als PDF speichern</translation>
    </message>
</context>
<context>
    <name>weitblick::PosterDialog</name>
    <message>
        <source>Tile the poster over smaller sheets</source>
        <translation>Plakat auf kleinere Blätter aufteilen</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The wall of this phase (%1)</source>
        <translation>Die Wand dieser Phase (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <source>Automatic: whichever shows it largest</source>
        <translation>Automatisch: die Ausrichtung mit der größten Darstellung</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>A4-Blätter</translation>
    </message>
    <message>
        <source>A3 sheets</source>
        <translation>A3-Blätter</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Drucken:</translation>
    </message>
    <message>
        <source>Poster si&amp;ze:</source>
        <translation>Plakat&amp;format:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Over&amp;lap:</source>
        <translation>Über&amp;lappung:</translation>
    </message>
    <message>
        <source>There is nothing of this kind to print yet.</source>
        <translation>Davon gibt es noch nichts zu drucken.</translation>
    </message>
    <message>
        <source>Preparing the posters…</source>
        <translation>Die Plakate werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export posters as PDF</source>
        <translation>Plakate als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 posters.pdf</source>
        <translation>%1 Plakate.pdf</translation>
    </message>
    <message>
        <source>The printer did not accept the posters.</source>
        <translation>Der Drucker hat die Plakate nicht angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) %1.</source>
        <translation>
            <numerusform>%n Plakat %1.</numerusform>
            <numerusform>%n Plakate %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>auf %n Blatt</numerusform>
            <numerusform>auf %n Blatt</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Posters</source>
        <translation>Plakate drucken</translation>
    </message>
    <message>
        <source>Export Posters</source>
        <translation>Plakate exportieren</translation>
    </message>
    <message>
        <source>Poster Preview</source>
        <translation>Plakatvorschau</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
</context>
<context>
    <name>weitblick::PresenterSlide</name>
    <message>
        <source>No vote on this phase yet.</source>
        <translation>In dieser Phase wurde noch nicht abgestimmt.</translation>
    </message>
    <message>
        <source>Participation over the network has not been started.</source>
        <translation>Die Teilnahme über das Netz ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Join in</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open this address:</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Handys, oder öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
</context>
<context>
    <name>weitblick::PresenterWindow</name>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Show a black projector, as in presentation programs (B)</source>
        <translation>Schaltet den Projektor schwarz, wie in Präsentationsprogrammen (B)</translation>
    </message>
    <message>
        <source>Join in</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <source>Title and Guiding Question</source>
        <translation>Titel und Leitfrage</translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation>Gemeinsame Basis</translation>
    </message>
    <message>
        <source>Blank Projector</source>
        <translation>Projektor schwarz</translation>
    </message>
    <message>
        <source>Weitblick Projector</source>
        <translation>Weitblick-Projektor</translation>
    </message>
</context>
<context>
    <name>weitblick::QuickEntryBar</name>
    <message>
        <source>Lane:</source>
        <translation>Spur:</translation>
    </message>
    <message>
        <source>Stakeholder group of the new cards (Page Up/Page Down in the line)</source>
        <translation>Interessengruppe der neuen Karten (Bild auf/Bild ab im Eingabefeld)</translation>
    </message>
    <message>
        <source>Table the new cards come from</source>
        <translation>Tisch, von dem die neuen Karten kommen</translation>
    </message>
    <message>
        <source>Timeline lane of the new cards</source>
        <translation>Spur der Zeitleiste für die neuen Karten</translation>
    </message>
    <message>
        <source>Type a card and press Enter</source>
        <translation>Karte eintippen und Enter drücken</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Ohne Tisch</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Area of the wall the new cards go to (Alt+Page Up/Alt+Page Down in the line)</source>
        <translation>Bereich der Wand für die neuen Karten (Alt+Bild auf/Alt+Bild ab im Eingabefeld)</translation>
    </message>
    <message>
        <source>A year at the start puts the card on the timeline: 1989 Fall of the Wall</source>
        <translation>Eine Jahreszahl am Anfang setzt die Karte auf die Zeitleiste: 1989 Mauerfall</translation>
    </message>
    <message>
        <source>Type a card, press Enter, e.g. “1989 Fall of the Wall”</source>
        <translation>Karte eintippen, Enter drücken, z. B. „1989 Mauerfall“</translation>
    </message>
    <message>
        <source>No cards can be added: %1</source>
        <translation>Hier lassen sich keine Karten hinzufügen: %1</translation>
    </message>
</context>
<context>
    <name>weitblick::RecentFiles</name>
    <message>
        <source>No recent conferences</source>
        <translation>Keine zuletzt geöffneten Konferenzen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
</context>
<context>
    <name>weitblick::RepairOffer</name>
    <message>
        <source>Broken references</source>
        <translation>Fehlerhafte Verweise</translation>
    </message>
    <message>
        <source>Weitblick can save a repaired copy that leaves out the broken references and nothing else. The file itself stays as it is.</source>
        <translation>Weitblick kann eine reparierte Kopie speichern, in der die fehlerhaften Verweise fehlen und sonst nichts. Die Datei selbst bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Save Repaired Copy…</source>
        <translation>Reparierte Kopie speichern…</translation>
    </message>
    <message>
        <source>Keep Read-Only</source>
        <translation>Schreibgeschützt lassen</translation>
    </message>
    <message>
        <source>%1 (repaired).weitblick</source>
        <translation>%1 (repariert).weitblick</translation>
    </message>
</context>
<context>
    <name>weitblick::ReportExportDialog</name>
    <message>
        <source>Export Documentation</source>
        <translation>Dokumentation exportieren</translation>
    </message>
    <message>
        <source>The documentation holds the conference data, the participants, every phase with its wall, clusters, cards and votes, and the measures. A name ending in .odt gives a document for LibreOffice or Word, any other a PDF.</source>
        <translation>Die Dokumentation enthält die Konferenzdaten, die Teilnehmenden, jede Phase mit Wand, Clustern, Karten und Punktabfragen sowie die Maßnahmen. Ein Dateiname mit der Endung .odt ergibt ein Dokument für LibreOffice oder Word, jeder andere ein PDF.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Include the names of the participants (otherwise only how many came from each group)</source>
        <translation>Namen der Teilnehmenden aufnehmen (sonst nur, wie viele aus jeder Gruppe kamen)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 documentation.pdf</source>
        <translation>%1 Dokumentation.pdf</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the documentation…</source>
        <translation>Die Dokumentation wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>weitblick::ReviewView</name>
    <message>
        <source>e.g. 3rd steering committee</source>
        <translation>z. B. 3. Steuerkreissitzung</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>✓ reviewed at this meeting</source>
        <translation>✓ in dieser Sitzung überprüft</translation>
    </message>
    <message>
        <source>What we said we would do</source>
        <translation>Was wir uns vorgenommen hatten</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Was wir getan haben</translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>What help we need</source>
        <translation>Welche Unterstützung wir brauchen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Value at this meeting</source>
        <translation>Wert zu dieser Sitzung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>What we &amp;said</source>
        <translation>Was wir &amp;vorhatten</translation>
    </message>
    <message>
        <source>What we &amp;did</source>
        <translation>Was wir &amp;getan haben</translation>
    </message>
    <message>
        <source>What&apos;s &amp;next</source>
        <translation>Wie es &amp;weitergeht</translation>
    </message>
    <message>
        <source>What &amp;help we need</source>
        <translation>Welche &amp;Unterstützung wir brauchen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indikatoren</translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation>Keine Maßnahme ausgewählt</translation>
    </message>
    <message>
        <source>Add a review meeting first</source>
        <translation>Legen Sie zuerst eine Sitzung an</translation>
    </message>
    <message>
        <source>%1 — at the meeting of %2</source>
        <translation>%1 – in der Sitzung vom %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>Review: %1, %2 %</source>
        <translation>Überprüfung: %1, %2 %</translation>
    </message>
    <message>
        <source>Steering committee review</source>
        <translation>Steuerkreissitzung</translation>
    </message>
    <message>
        <source>Delete review meeting</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete the review meeting “%1” with the reviews recorded there? Indicator values stay.</source>
        <translation>Die Sitzung „%1“ mit den dort festgehaltenen Überprüfungen löschen? Die Indikatorwerte bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Add Meeting</source>
        <translation>Sitzung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Review Meetings</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>weitblick::RoomPanel</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Joined as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Take the card off the wall and out of votes, or put it back</source>
        <translation>Nimmt die Karte von der Wand und aus den Abfragen, oder bringt sie zurück</translation>
    </message>
    <message>
        <source>Refuse everything this device sends, or let it in again</source>
        <translation>Weist alles ab, was dieses Gerät sendet, oder lässt es wieder zu</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Der Raum</translation>
    </message>
    <message>
        <source>Cards received, newest first</source>
        <translation>Eingegangene Karten, neueste zuerst</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>an der Wand</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>&amp;Let in again</source>
        <translation>Wieder &amp;zulassen</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>&amp;Wieder einblenden</translation>
    </message>
</context>
<context>
    <name>weitblick::RoomSummaryModel</name>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>weitblick::SaveTemplateDialog</name>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>What the template is for, so that a colleague can choose it</source>
        <translation>Wofür die Vorlage gedacht ist, damit andere sie auswählen können</translation>
    </message>
    <message>
        <source>&amp;Other Place…</source>
        <translation>&amp;Anderer Ort…</translation>
    </message>
    <message>
        <source>Save the template as a file of its own, for example to mail it to a colleague</source>
        <translation>Die Vorlage als eigene Datei speichern, etwa um sie einer Kollegin oder einem Kollegen zu schicken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>%1 – “New conference” offers it</source>
        <translation>%1 – „Neue Konferenz“ bietet sie an</translation>
    </message>
    <message>
        <source>Save Template as</source>
        <translation>Vorlage speichern unter</translation>
    </message>
    <message>
        <source>Weitblick templates (*.weitblick)</source>
        <translation>Weitblick-Vorlagen (*.weitblick)</translation>
    </message>
    <message>
        <source>%1 is the conference open in this window. Choose another name for the template.</source>
        <translation>%1 ist die Konferenz, die in diesem Fenster geöffnet ist. Wählen Sie einen anderen Namen für die Vorlage.</translation>
    </message>
    <message>
        <source>There is a template %1 already. Replace it?</source>
        <translation>Es gibt schon eine Vorlage %1. Ersetzen?</translation>
    </message>
    <message>
        <source>Weitblick cannot create the folder %1.</source>
        <translation>Weitblick kann den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>The template keeps the phases with their guiding questions, time boxes and walls, the stakeholder groups, the tables and the dot votes. It leaves out the participants, cards, clusters, dots and measures, the devices that joined, the place, the dates and the moderators.</source>
        <translation>Die Vorlage enthält die Phasen mit Leitfragen, Zeitrahmen und Wänden, die Interessengruppen, die Tische und die Punktabfragen. Sie enthält keine Teilnehmenden, Karten, Cluster, Punkte und Maßnahmen, keine verbundenen Geräte, keinen Ort, keine Termine und keine Moderation.</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
</context>
<context>
    <name>weitblick::SeatList</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::StartPage</name>
    <message>
        <source>Weitblick</source>
        <translation>Weitblick</translation>
    </message>
    <message>
        <source>Run your Zukunftskonferenz: phases, cards, clusters, dot votes and measures – every change saved as you make it.</source>
        <translation>Moderieren Sie Ihre Zukunftskonferenz: Phasen, Karten, Cluster, Punktabfragen und Maßnahmen – jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a conference file</source>
        <translation>Eine Konferenzdatei öffnen</translation>
    </message>
    <message>
        <source>A complete sample conference for a town centre</source>
        <translation>Eine vollständige Beispielkonferenz für eine Innenstadt</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>No conferences opened yet</source>
        <translation>Noch keine Konferenz geöffnet</translation>
    </message>
    <message>
        <source>Start a conference from a method or one of your templates</source>
        <translation>Eine Konferenz mit einer Methode oder einer Ihrer Vorlagen beginnen</translation>
    </message>
    <message>
        <source>New Conference…</source>
        <translation>Neue Konferenz…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Recent Conferences</source>
        <translation>Zuletzt geöffnete Konferenzen</translation>
    </message>
</context>
<context>
    <name>weitblick::SuggestionsDialog</name>
    <message>
        <source>Group heading and cards</source>
        <translation>Überschrift und Karten</translation>
    </message>
    <message>
        <source>Fewer, larger groups</source>
        <translation>Weniger, größere Gruppen</translation>
    </message>
    <message>
        <source>Tick the groups to make clusters; double-click a heading to rename it. Clusters you made stay as they are.</source>
        <translation>Haken Sie die Gruppen an, die Cluster werden sollen; ein Doppelklick auf eine Überschrift benennt sie um. Ihre eigenen Cluster bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) with %1 cards suggested, %2 selected.</source>
        <translation>
            <numerusform>%n Gruppe mit %1 Karten vorgeschlagen, %2 ausgewählt.</numerusform>
            <numerusform>%n Gruppen mit %1 Karten vorgeschlagen, %2 ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many groups to make: to the left fewer, larger groups; to the right more, smaller ones</source>
        <translation>Wie viele Gruppen gebildet werden: nach links weniger, größere Gruppen; nach rechts mehr, kleinere</translation>
    </message>
    <message>
        <source>More, smaller groups</source>
        <translation>Mehr, kleinere Gruppen</translation>
    </message>
    <message>
        <source>No suggestions: the loose cards have no words in common.</source>
        <translation>Keine Vorschläge: Die losen Karten haben keine Wörter gemeinsam.</translation>
    </message>
    <message>
        <source>Accept Selected</source>
        <translation>Ausgewählte übernehmen</translation>
    </message>
    <message>
        <source>Suggested Clusters</source>
        <translation>Vorgeschlagene Cluster</translation>
    </message>
</context>
<context>
    <name>weitblick::TableBox</name>
    <message>
        <source>Rename or delete this table</source>
        <translation>Diesen Tisch umbenennen oder löschen</translation>
    </message>
    <message>
        <source>Without a table</source>
        <translation>Ohne Tisch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>&amp;Rename Table…</source>
        <translation>Tisch &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation>Tisch &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Move to Table</source>
        <translation>An &amp;Tisch setzen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n to Table</source>
        <translation>
            <numerusform>%n teilnehmende Person an &amp;Tisch setzen</numerusform>
            <numerusform>%n Teilnehmende an &amp;Tisch setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove from Table</source>
        <translation>Vom Tisch &amp;nehmen</translation>
    </message>
</context>
<context>
    <name>weitblick::TablePlanView</name>
    <message>
        <source>&amp;Add Table</source>
        <translation>&amp;Tisch hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Create Tables…</source>
        <translation>Tische &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Mixed Seating (Max-Mix)</source>
        <translation>Ge&amp;mischte Sitzordnung (Max-Mix)</translation>
    </message>
    <message>
        <source>Seating by &amp;Group</source>
        <translation>Sitzordnung nach &amp;Gruppen</translation>
    </message>
    <message>
        <source>Seat everyone so that every table has its fair share of each stakeholder group. Click again for another mix.</source>
        <translation>Alle so setzen, dass an jedem Tisch jede Interessengruppe anteilig vertreten ist. Erneut klicken ergibt eine andere Mischung.</translation>
    </message>
    <message>
        <source>Seat each stakeholder group at tables of its own.</source>
        <translation>Jede Interessengruppe an eigene Tische setzen.</translation>
    </message>
    <message>
        <source>No tables yet: create them first.</source>
        <translation>Noch keine Tische: Legen Sie zuerst Tische an.</translation>
    </message>
    <message>
        <source>✔ Balanced: every table has its fair share of each group (max-mix).</source>
        <translation>✔ Ausgewogen: An jedem Tisch ist jede Gruppe anteilig vertreten (gemischt, Max-Mix).</translation>
    </message>
    <message numerus="yes">
        <source>Not balanced: %n participant(s) without a table.</source>
        <translation>
            <numerusform>Nicht ausgewogen: %n teilnehmende Person ohne Tisch.</numerusform>
            <numerusform>Nicht ausgewogen: %n Teilnehmende ohne Tisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not balanced: some tables have more or fewer of a group than their fair share (max-mix).</source>
        <translation>Nicht ausgewogen: An manchen Tischen ist eine Gruppe stärker oder schwächer vertreten, als ihrem Anteil entspricht (Max-Mix).</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Create Tables</source>
        <translation>Tische anlegen</translation>
    </message>
    <message numerus="yes">
        <source>How many tables shall be added? (%n participant(s); the method seats about eight at a table.)</source>
        <translation>
            <numerusform>Wie viele Tische sollen hinzukommen? (%n teilnehmende Person; die Methode sieht etwa acht Personen pro Tisch vor.)</numerusform>
            <numerusform>Wie viele Tische sollen hinzukommen? (%n Teilnehmende; die Methode sieht etwa acht Personen pro Tisch vor.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Rename Table</source>
        <translation>Tisch umbenennen</translation>
    </message>
    <message>
        <source>Name of table %1 (empty: “%2”):</source>
        <translation>Name von Tisch %1 (leer: „%2“):</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>%1 and %2 are at this table. They are kept, without a table.</source>
        <translation>Diesem Tisch sind %1 und %2 zugeordnet. Sie bleiben erhalten, dann ohne Tisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Tisch löschen</translation>
    </message>
    <message>
        <source>No participants yet: add them under Participants, then seat them here.</source>
        <translation>Noch keine Teilnehmenden: erst unter „Teilnehmende“ eintragen, dann hier an die Tische setzen.</translation>
    </message>
</context>
<context>
    <name>weitblick::TimerWidget</name>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Ton, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>Add five minutes to the time box of this phase</source>
        <translation>Verlängert die Zeit dieser Phase um fünf Minuten</translation>
    </message>
    <message>
        <source>Stop the timer and give the phase its whole time box again</source>
        <translation>Hält den Timer an und gibt der Phase wieder ihre ganze Zeit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Over time by %1</source>
        <translation>Zeit um %1 überschritten</translation>
    </message>
</context>
<context>
    <name>weitblick::VoteResultsDialog</name>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Rangfolge</translation>
    </message>
    <message>
        <source>&amp;Common Ground</source>
        <translation>&amp;Gemeinsame Basis</translation>
    </message>
</context>
<context>
    <name>weitblick::VoteSessionDialog</name>
    <message>
        <source>Minus dots as well, in a second colour</source>
        <translation>Auch Minus-Punkte, in einer zweiten Farbe</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>New Dot Vote</source>
        <translation>Neue Punktabfrage</translation>
    </message>
    <message>
        <source>Dot Vote Settings</source>
        <translation>Einstellungen der Punktabfrage</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>The most dots one voter may put on one item.</source>
        <translation>Höchstzahl der Punkte, die eine Stimme (Person, Tisch oder Gruppe) auf einen Eintrag kleben darf.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cards and clusters</source>
        <translation>Karten und Cluster</translation>
    </message>
    <message>
        <source>Rule of thumb: a third of the options. Each voter can back their favourites without spreading the dots too thin.</source>
        <translation>Faustregel: ein Drittel der Optionen. So kann jede Stimme ihre Favoriten unterstützen, ohne die Punkte zu dünn zu verteilen.</translation>
    </message>
    <message>
        <source>Rule of thumb: enough dots that, over all voters, every pair of options could be compared once: options × (options − 1) ÷ 2, shared among the voters and rounded up.</source>
        <translation>Faustregel: so viele Punkte, dass über alle Stimmen jedes Paar von Optionen einmal verglichen werden könnte: Optionen × (Optionen − 1) ÷ 2, auf die Stimmen verteilt und aufgerundet.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Dots per voter:</source>
        <translation>&amp;Punkte je Stimme:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <source>&amp;Cap per item:</source>
        <translation>&amp;Obergrenze je Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Voters:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <source>Vote &amp;on:</source>
        <translation>Abstimmen &amp;über:</translation>
    </message>
    <message>
        <source>Open dot vote</source>
        <translation>Punktabfrage eröffnen</translation>
    </message>
    <message>
        <source>Change dot vote</source>
        <translation>Punktabfrage ändern</translation>
    </message>
    <message>
        <source>This vote has dots already, so who votes and on what stays as it is. Open a new vote to change it.</source>
        <translation>Diese Abfrage hat schon Punkte, deshalb bleibt, wer worüber abstimmt. Eröffnen Sie eine neue Abfrage, um das zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s) ÷ 3 = %1</source>
        <translation>
            <numerusform>%n Option ÷ 3 = %1</numerusform>
            <numerusform>%n Optionen ÷ 3 = %1</numerusform>
        </translation>
    </message>
    <message>
        <source>⌈%1·%2/2 ÷ voters⌉: nobody votes yet</source>
        <translation>⌈%1·%2/2 ÷ Stimmen⌉: noch niemand stimmt ab</translation>
    </message>
    <message>
        <source>⌈%1·%2/2⌉ = %3</source>
        <translation>⌈%1·%2/2⌉ = %3</translation>
    </message>
    <message numerus="yes">
        <source>⌈%1·%2/2 ÷ %n voter(s)⌉ = %3</source>
        <translation>
            <numerusform>⌈%1·%2/2 ÷ %n Stimme⌉ = %3</numerusform>
            <numerusform>⌈%1·%2/2 ÷ %n Stimmen⌉ = %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::VotingPanel</name>
    <message>
        <source>&amp;New Vote…</source>
        <translation>&amp;Neue Abfrage…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The room votes as one: every click is one dot of the room.</source>
        <translation>Der Raum stimmt als einer ab: Jeder Klick ist ein Punkt des Raums.</translation>
    </message>
    <message>
        <source>&amp;Minus dot (or hold Shift)</source>
        <translation>&amp;Minus-Punkt (oder Umschalt halten)</translation>
    </message>
    <message>
        <source>Paper &amp;Tally…</source>
        <translation>&amp;Zählung von der Wand…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Ergebnisse…</translation>
    </message>
    <message>
        <source>Stick minus dots instead of plus dots. Holding Shift while clicking does the same.</source>
        <translation>Klebt Minus- statt Plus-Punkte. Umschalt beim Klicken tut dasselbe.</translation>
    </message>
    <message>
        <source>Who sticks the dots that the next clicks add.</source>
        <translation>Wer die Punkte klebt, die die nächsten Klicks hinzufügen.</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Open a vote first.</source>
        <translation>Eröffnen Sie zuerst eine Abfrage.</translation>
    </message>
    <message>
        <source>The dot could not be saved.</source>
        <translation>Der Punkt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Plus dot added.</source>
        <translation>Plus-Punkt geklebt.</translation>
    </message>
    <message>
        <source>Minus dot added.</source>
        <translation>Minus-Punkt geklebt.</translation>
    </message>
    <message>
        <source>This voter has no dot there.</source>
        <translation>Diese Stimme hat dort keinen Punkt.</translation>
    </message>
    <message>
        <source>The dot could not be removed.</source>
        <translation>Der Punkt konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Dot removed.</source>
        <translation>Punkt entfernt.</translation>
    </message>
    <message>
        <source>Reopen dot vote</source>
        <translation>Punktabfrage wieder öffnen</translation>
    </message>
    <message>
        <source>Close dot vote</source>
        <translation>Punktabfrage schließen</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>Abfrage schließen</translation>
    </message>
    <message>
        <source>No vote on this phase yet.</source>
        <translation>In dieser Phase wurde noch nicht abgestimmt.</translation>
    </message>
    <message>
        <source>&amp;Close Vote</source>
        <translation>Abfrage &amp;schließen</translation>
    </message>
    <message>
        <source>Re&amp;open Vote</source>
        <translation>Abfrage wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>at most %1 per item</source>
        <translation>höchstens %1 je Eintrag</translation>
    </message>
    <message>
        <source>no cap per item</source>
        <translation>keine Obergrenze je Eintrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Dots of the room: %1 plus, %2 minus.</source>
        <translation>Punkte des Raums: %1 plus, %2 minus.</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Wählen Sie, wer abstimmt.</translation>
    </message>
    <message>
        <source>Plus dots left: %1 of %2</source>
        <translation>Plus-Punkte übrig: %1 von %2</translation>
    </message>
    <message>
        <source>Minus dots left: %1 of %2</source>
        <translation>Minus-Punkte übrig: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) for each person in the room. %1.</source>
        <translation>
            <numerusform>%n Punkt für jede Person im Raum. %1.</numerusform>
            <numerusform>%n Punkte für jede Person im Raum. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per voter, %1. %2.</source>
        <translation>
            <numerusform>%n Punkt je Stimme, %1. %2.</numerusform>
            <numerusform>%n Punkte je Stimme, %1. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Has stuck all %n plus dot(s)</source>
        <translation>
            <numerusform>Hat den einen Plus-Punkt geklebt</numerusform>
            <numerusform>Hat alle %n Plus-Punkte geklebt</numerusform>
        </translation>
    </message>
    <message>
        <source>Voter (done: %1 of %2):</source>
        <translation>Stimme (fertig: %1 von %2):</translation>
    </message>
</context>
<context>
    <name>weitblick::WallScene</name>
    <message>
        <source>New Cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Heading of the new cluster:</source>
        <translation>Überschrift des neuen Clusters:</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colour of the Stakeholder Group</source>
        <translation>Farbe der Interessengruppe</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Oval Remark</source>
        <translation>Oval (Anmerkung)</translation>
    </message>
    <message>
        <source>Heading Strip</source>
        <translation>Überschriftenstreifen</translation>
    </message>
    <message>
        <source>Set Year...</source>
        <translation>Jahr festlegen...</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Off the Timeline</source>
        <translation>Von der Zeitleiste nehmen</translation>
    </message>
    <message>
        <source>Take Out of Cluster</source>
        <translation>Aus dem Cluster nehmen</translation>
    </message>
    <message>
        <source>Group into Cluster...</source>
        <translation>Zu Cluster gruppieren...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Year of the event:</source>
        <translation>Jahr des Ereignisses:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Select Its Cards</source>
        <translation>Karten des Clusters auswählen</translation>
    </message>
    <message>
        <source>Dissolve Cluster</source>
        <translation>Cluster auflösen</translation>
    </message>
    <message>
        <source>Colour cluster</source>
        <translation>Cluster einfärben</translation>
    </message>
    <message>
        <source>Not on the timeline yet: cards without a year or lane</source>
        <translation>Noch nicht auf der Zeitleiste: Karten ohne Jahr oder Spur</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
</context>
<context>
    <name>weitblick::Workspace</name>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Full screen on the second screen, or a window when there is only one screen</source>
        <translation>Vollbild auf dem zweiten Bildschirm, oder ein Fenster, wenn es nur einen gibt</translation>
    </message>
    <message>
        <source>Suggest groups for the cards of this phase that are in no cluster yet</source>
        <translation>Schlägt Gruppen für die Karten dieser Phase vor, die noch in keinem Cluster sind</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Participants write cards and vote from their phones</source>
        <translation>Teilnehmende schreiben Karten und punkten vom Handy aus</translation>
    </message>
    <message>
        <source>Show &amp;Projector</source>
        <translation>&amp;Projektor zeigen</translation>
    </message>
    <message>
        <source>Vote &amp;Results…</source>
        <translation>Abstimmungs&amp;ergebnisse…</translation>
    </message>
    <message>
        <source>&amp;Suggest Clusters…</source>
        <translation>Cluster &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Participation over the &amp;Network…</source>
        <translation>Teilnahme über das &amp;Netz…</translation>
    </message>
    <message>
        <source>Conference &amp;Data…</source>
        <translation>Konferenz&amp;daten…</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Groups…</source>
        <translation>Interessen&amp;gruppen…</translation>
    </message>
    <message>
        <source>&amp;Table Plan</source>
        <translation>Tisch&amp;plan</translation>
    </message>
    <message>
        <source>Project &amp;Organisation</source>
        <translation>Projekt&amp;organisation</translation>
    </message>
    <message>
        <source>Follow-up &amp;Reviews</source>
        <translation>Überprüfungen der &amp;Umsetzung</translation>
    </message>
</context>
<context>
    <name>weitblick::storage::FileLock</name>
    <message>
        <source>another Weitblick</source>
        <translation>einem anderen Weitblick</translation>
    </message>
    <message>
        <source>Weitblick on %1 (process %2)</source>
        <translation>Weitblick auf %1 (Prozess %2)</translation>
    </message>
</context>
</TS>

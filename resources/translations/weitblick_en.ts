<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPlanPainter</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardImport</name>
    <message numerus="yes">
        <source>Import %n card(s)</source>
        <translation>
            <numerusform>Import %n card</numerusform>
            <numerusform>Import %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Added %n participant(s) to %1</source>
        <translation>
            <numerusform>Added %n participant to %1</numerusform>
            <numerusform>Added %n participants to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n card(s) to %1</source>
        <translation>
            <numerusform>Added %n card to %1</numerusform>
            <numerusform>Added %n cards to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Create %n table(s)</source>
        <translation>
            <numerusform>Create %n table</numerusform>
            <numerusform>Create %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n cluster(s)</source>
        <translation>
            <numerusform>Move %n cluster</numerusform>
            <numerusform>Move %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n dot(s)</source>
        <translation>
            <numerusform>Add %n dot</numerusform>
            <numerusform>Add %n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dot(s)</source>
        <translation>
            <numerusform>Remove %n dot</numerusform>
            <numerusform>Remove %n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested cluster(s)</source>
        <translation>
            <numerusform>Accept %n suggested cluster</numerusform>
            <numerusform>Accept %n suggested clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n card(s) out of cluster</source>
        <translation>
            <numerusform>Take %n card out of cluster</numerusform>
            <numerusform>Take %n cards out of cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n card(s) into cluster</source>
        <translation>
            <numerusform>Put %n card into cluster</numerusform>
            <numerusform>Put %n cards into cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n card(s)</source>
        <translation>
            <numerusform>Hide %n card</numerusform>
            <numerusform>Hide %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n card(s)</source>
        <translation>
            <numerusform>Show %n card</numerusform>
            <numerusform>Show %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonGroundPainter</name>
    <message numerus="yes">
        <source>Supported by at least %1 % of the voting groups (%2 of %3): %n item(s)</source>
        <translation>
            <numerusform>Supported by at least %1 % of the voting groups (%2 of %3): %n item</numerusform>
            <numerusform>Supported by at least %1 % of the voting groups (%2 of %3): %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceReport</name>
    <message numerus="yes">
        <source>%1 (%n card(s))</source>
        <translation>
            <numerusform>%1 (%n card)</numerusform>
            <numerusform>%1 (%n cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) %1.</source>
        <translation>
            <numerusform>%n card %1.</numerusform>
            <numerusform>%n cards %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n cluster(s)</source>
        <translation>
            <numerusform>in %n cluster</numerusform>
            <numerusform>in %n clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotRules</name>
    <message numerus="yes">
        <source>Only %n dot(s) left for this voter.</source>
        <translation>
            <numerusform>Only %n dot left for this voter.</numerusform>
            <numerusform>Only %n dots left for this voter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) per item and voter.</source>
        <translation>
            <numerusform>At most %n dot per item and voter.</numerusform>
            <numerusform>At most %n dots per item and voter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLookup</name>
    <message numerus="yes">
        <source>The row has %n cell(s), but the header has %1.</source>
        <translation>
            <numerusform>The row has %n cell, but the header has %1.</numerusform>
            <numerusform>The row has %n cells, but the header has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasureTexts</name>
    <message numerus="yes">
        <source>%n measure(s), %1 done</source>
        <translation>
            <numerusform>%n measure, %1 done</numerusform>
            <numerusform>%n measures, %1 done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dropped</source>
        <translation>
            <numerusform>, %n dropped</numerusform>
            <numerusform>, %n dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PosterPrinter</name>
    <message numerus="yes">
        <source>%n sheet(s) of %1</source>
        <translation>
            <numerusform>%n sheet of %1</numerusform>
            <numerusform>%n sheets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingPainter</name>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… and %n more item</numerusform>
            <numerusform>… and %n more items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalQuestion</name>
    <message numerus="yes">
        <source>The votes lose %n dot(s).</source>
        <translation>
            <numerusform>The votes lose %n dot.</numerusform>
            <numerusform>The votes lose %n dots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) lose the link to where they came from: %1.</source>
        <translation>
            <numerusform>%n measure loses the link to where it came from: %1.</numerusform>
            <numerusform>%n measures lose the link to where they came from: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)?</source>
        <translation>
            <numerusform>Delete %n card?</numerusform>
            <numerusform>Delete %n cards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissolve %n cluster(s)? The cards stay on the wall.</source>
        <translation>
            <numerusform>Dissolve %n cluster? The cards stay on the wall.</numerusform>
            <numerusform>Dissolve %n clusters? The cards stay on the wall.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n stakeholder group</numerusform>
            <numerusform>%n stakeholder groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prepared dot vote(s)</source>
        <translation>
            <numerusform>%n prepared dot vote</numerusform>
            <numerusform>%n prepared dot votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dot vote “%1”: %n dot(s) each</source>
        <translation>
            <numerusform>Dot vote “%1”: %n dot each</numerusform>
            <numerusform>Dot vote “%1”: %n dots each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallCommands</name>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n card(s)</source>
        <translation>
            <numerusform>Group %n card</numerusform>
            <numerusform>Group %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Colour %n card(s)</source>
        <translation>
            <numerusform>Colour %n card</numerusform>
            <numerusform>Colour %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the form of %n card(s)</source>
        <translation>
            <numerusform>Change the form of %n card</numerusform>
            <numerusform>Change the form of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n card(s) into cluster</source>
        <translation>
            <numerusform>Put %n card into cluster</numerusform>
            <numerusform>Put %n cards into cluster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::CardImportDialog</name>
    <message numerus="yes">
        <source>%n card(s) will be added</source>
        <translation>
            <numerusform>%n card will be added</numerusform>
            <numerusform>%n cards will be added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::CsvImportDialog</name>
    <message numerus="yes">
        <source>Separator: %1 · Encoding: %2 · %n row(s) below the header</source>
        <translation>
            <numerusform>Separator: %1 · Encoding: %2 · %n row below the header</numerusform>
            <numerusform>Separator: %1 · Encoding: %2 · %n rows below the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n new table(s) created</source>
        <translation>
            <numerusform>%1, and %n new table created</numerusform>
            <numerusform>%1, and %n new tables created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) already in the conference are left out</source>
        <translation>
            <numerusform>%1; %n row already in the conference is left out</numerusform>
            <numerusform>%1; %n rows already in the conference are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::GroupEditor</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::MeasureListModel</name>
    <message numerus="yes">
        <source>The deadline is within %n day(s) and the progress lags the time passed.</source>
        <translation>
            <numerusform>The deadline is within %n day and the progress lags the time passed.</numerusform>
            <numerusform>The deadline is within %n days and the progress lags the time passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipantImportDialog</name>
    <message numerus="yes">
        <source>%n participant(s) will be added</source>
        <translation>
            <numerusform>%n participant will be added</numerusform>
            <numerusform>%n participants will be added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::ParticipantsView</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) shown</source>
        <translation>
            <numerusform>%1 of %n participant shown</numerusform>
            <numerusform>%1 of %n participants shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::PhaseNavigator</name>
    <message numerus="yes">
        <source>Delete the phase “%1” with its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the phase “%1” with its %n card? You can undo this.</numerusform>
            <numerusform>Delete the phase “%1” with its %n cards? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::PosterDialog</name>
    <message numerus="yes">
        <source>%n poster(s) %1.</source>
        <translation>
            <numerusform>%n poster %1.</numerusform>
            <numerusform>%n posters %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>on %n page</numerusform>
            <numerusform>on %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::SeatList</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::SuggestionsDialog</name>
    <message numerus="yes">
        <source>%n group(s) with %1 cards suggested, %2 selected.</source>
        <translation>
            <numerusform>%n group with %1 cards suggested, %2 selected.</numerusform>
            <numerusform>%n groups with %1 cards suggested, %2 selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::TableBox</name>
    <message numerus="yes">
        <source>&amp;Move %n to Table</source>
        <translation>
            <numerusform>&amp;Move %n to Table</numerusform>
            <numerusform>&amp;Move %n to Table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::TablePlanView</name>
    <message numerus="yes">
        <source>Not balanced: %n participant(s) without a table.</source>
        <translation>
            <numerusform>Not balanced: %n participant without a table.</numerusform>
            <numerusform>Not balanced: %n participants without a table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many tables shall be added? (%n participant(s); the method seats about eight at a table.)</source>
        <translation>
            <numerusform>How many tables shall be added? (%n participant; the method seats about eight at a table.)</numerusform>
            <numerusform>How many tables shall be added? (%n participants; the method seats about eight at a table.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::VoteSessionDialog</name>
    <message numerus="yes">
        <source>%n option(s) ÷ 3 = %1</source>
        <translation>
            <numerusform>%n option ÷ 3 = %1</numerusform>
            <numerusform>%n options ÷ 3 = %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⌈%1·%2/2 ÷ %n voter(s)⌉ = %3</source>
        <translation>
            <numerusform>⌈%1·%2/2 ÷ %n voter⌉ = %3</numerusform>
            <numerusform>⌈%1·%2/2 ÷ %n voters⌉ = %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weitblick::VotingPanel</name>
    <message numerus="yes">
        <source>%n dot(s) for each person in the room. %1.</source>
        <translation>
            <numerusform>%n dot for each person in the room. %1.</numerusform>
            <numerusform>%n dots for each person in the room. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per voter, %1. %2.</source>
        <translation>
            <numerusform>%n dot per voter, %1. %2.</numerusform>
            <numerusform>%n dots per voter, %1. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Has stuck all %n plus dot(s)</source>
        <translation>
            <numerusform>Has stuck their %n plus dot</numerusform>
            <numerusform>Has stuck all %n plus dots</numerusform>
        </translation>
    </message>
</context>
</TS>

#include "commandline.h"
#include "clioutput.h"
#include "exports.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/model/saturating.h"
#include "core/suggest/clustersuggester.h"
#include "core/io/cardimport.h"
#include "core/io/importreport.h"
#include "core/io/csvreader.h"
#include "core/io/participantimport.h"
#include "core/sample/sampleconference.h"
#include "core/sample/stressconference.h"
#include "core/templates/conferencetemplate.h"
#include "core/templates/templatelibrary.h"
#include "net/participationserver.h"
#include "ui/mainwindow/language.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>
#include <limits>

namespace weitblick {

namespace {

using cli::Failure;
using cli::fail;
using cli::printLine;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int check(const QString &path)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    if (!document)
        return fail(outcome.message);
    // The same verdict as opening the file: broken references are named, one per line.
    if (outcome.reason == OpenOutcome::Reason::Inconsistent) {
        fail(outcome.message);
        for (const QString &problem : std::as_const(outcome.problems))
            printLine(stderr, QStringLiteral("  ") + problem);
        return Failure;
    }
    const Conference &c = document->conference();
    qint64 dots = 0;
    for (const Dot &dot : c.all<Dot>())
        dots = addSaturated<qint64>(dots, dot.count);
    // Each count with its own plural (1 card, 2 cards). A legal file may hold more dots than
    // %n counts (an int): those are written in full.
    const QString dotCount = dots <= std::numeric_limits<int>::max()
                                 ? Cli::tr("%n dot(s)", nullptr, int(dots))
                                 : Cli::tr("%1 dots").arg(dots);
    const QStringList counts{
        Cli::tr("%n group(s)", nullptr, int(c.all<StakeholderGroup>().size())),
        Cli::tr("%n participant(s)", nullptr, int(c.all<Participant>().size())),
        Cli::tr("%n table(s)", nullptr, int(c.all<Table>().size())),
        Cli::tr("%n phase(s)", nullptr, int(c.all<Phase>().size())),
        Cli::tr("%n card(s)", nullptr, int(c.all<Card>().size())),
        Cli::tr("%n cluster(s)", nullptr, int(c.all<Cluster>().size())),
        dotCount,
        Cli::tr("%n measure(s)", nullptr, int(c.all<Measure>().size()))};
    const QString format = c.info().isTemplate ? Cli::tr("%1: ok, a template: %2")
                                               : Cli::tr("%1: ok, %2");
    printLine(stdout, format.arg(path, counts.join(QStringLiteral(", "))));
    return 0;
}

int write(const QString &path, const Conference &conference)
{
    QString error;
    if (!ConferenceStore::create(path, conference, &error))
        return fail(error);
    printLine(stdout, Cli::tr("Wrote %1").arg(path));
    return 0;
}

// A new conference from a template, as "New Conference" makes it.
int writeFromTemplate(const QString &path, const QString &templateName,
                      const QString &languageCode)
{
    QString error;
    const std::optional<TemplateChoice> choice = TemplateLibrary::find(
        templateName, BuiltInTemplates::languageOf(language::effective(languageCode)),
        TemplateLibrary::folder(), &error);
    if (!choice)
        return fail(error);
    return write(path, ConferenceTemplate::titledAfterFile(
                           ConferenceTemplate::newConferenceFrom(choice->structure), path));
}

// The same import as the dialog: the whole CSV, or nothing and the bad lines.
template<class Import>
int importCsv(const QString &csvPath, const QString &path,
              const std::function<QString(int)> &addedText)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::readFile(csvPath, &error);
    if (!table)
        return fail(error);
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document)
        return fail(outcome.message);
    if (document->isReadOnly())
        return fail(outcome.message);
    QList<ImportProblem> problems;
    const int added = Import(*table).apply(document.get(), &problems);
    if (added < 0) {
        const QString badLines = ImportReport::badLinesText(problems);
        printLine(stderr, QStringLiteral("weitblick: ")
                              + (badLines.isEmpty()
                                     ? Cli::tr("%1 was not imported, and nothing was changed. "
                                               "Correct these problems and import it again:")
                                           .arg(csvPath)
                                     : Cli::tr("%1 was not imported, and nothing was changed. "
                                               "Correct these problems in the file and import "
                                               "it again; bad lines: %2")
                                           .arg(csvPath, badLines)));
        for (const QString &text : ImportReport::problemTexts(problems))
            printLine(stderr, QStringLiteral("  ") + text);
        return Failure;
    }
    printLine(stdout, addedText(added).arg(path));
    return 0;
}

int importParticipants(const QString &csvPath, const QString &path)
{
    return importCsv<ParticipantImport>(csvPath, path, [](int added) {
        return Cli::tr("Added %n participant(s) to %1", nullptr, added);
    });
}

int importCards(const QString &csvPath, const QString &path)
{
    return importCsv<CardImport>(csvPath, path, [](int added) {
        return Cli::tr("Added %n card(s) to %1", nullptr, added);
    });
}

int suggestClusters(const QString &path, int phaseNumber, int groups)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    if (!document)
        return fail(outcome.message);
    const Conference &conference = document->conference();
    const QList<Phase> phases = commands::orderedPhases(conference);
    if (phaseNumber > phases.size())
        return fail(Cli::tr("%1 has no phase %2.").arg(path).arg(phaseNumber));
    const ClusterSuggester suggester(conference);
    const Id phaseId = phases.at(phaseNumber - 1).id;
    const QList<SuggestedCluster> suggested =
        groups > 0 ? suggester.suggest(phaseId, groups) : suggester.suggest(phaseId);
    QTextStream out(stdout);
    for (qsizetype g = 0; g < suggested.size(); ++g) {
        for (Id id : suggested.at(g).cardIds) {
            // One line per card: line breaks and tabs inside a card become spaces.
            QString text = conference.find<Card>(id)->text;
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            out << g + 1 << '\t' << text << '\n';
        }
    }
    return 0;
}

} // namespace

CommandLine::CommandLine()
    : m_check(QStringLiteral("check"),
              Cli::tr("Check FILE read-only: integrity, every reference, and the counts.")),
      m_writeSample(QStringLiteral("write-sample"),
                    Cli::tr("Write the bundled sample conference to FILE (a new file).")),
      m_new(QStringLiteral("new"),
            Cli::tr("Write a new conference to FILE (a new file) from the template given with "
                    "--template.")),
      m_templateOption(QStringLiteral("template"),
                       Cli::tr("With --new: a built-in template (zukunftskonferenz, "
                               "zukunftswerkstatt, strategie-workshop, leer), the name of a "
                               "saved template, or a template file. Its texts are in the "
                               "--lang language."),
                       QStringLiteral("NAME|TEMPLATE.weitblick"),
                       QStringLiteral("zukunftskonferenz")),
      m_writeStress(QStringLiteral("write-stress"),
                    Cli::tr("Write a synthetic large conference to FILE (a new file).")),
      m_importParticipants(QStringLiteral("import-participants"),
                           Cli::tr("Add the participants in CSV to FILE, or refuse the whole "
                                   "CSV and name its bad lines."),
                           QStringLiteral("CSV")),
      m_importCards(QStringLiteral("import-cards"),
                    Cli::tr("Add the cards in CSV (phase, text, stakeholder group, table) to FILE."),
                    QStringLiteral("CSV")),
      m_screenshot(QStringLiteral("screenshot"),
                   Cli::tr("Write a PNG of the main window at 1920×1080 showing FILE."),
                   QStringLiteral("OUT.png")),
      m_screenshotPresenter(QStringLiteral("screenshot-presenter"),
                            Cli::tr("Write a PNG of what the projector would show at 1920×1080 "
                                    "for FILE."),
                            QStringLiteral("OUT.png")),
      m_suggestClusters(QStringLiteral("suggest-clusters"),
                        Cli::tr("Print suggested clusters for the unclustered cards of a phase "
                                "of FILE: group number, a tab, the card text. Changes nothing.")),
      m_exportPosters(QStringLiteral("export-posters"),
                      Cli::tr("Write wall posters of FILE as a PDF."), QStringLiteral("OUT.pdf")),
      m_exportReport(QStringLiteral("export-report"),
                     Cli::tr("Write the documentation of FILE as a PDF or an ODT document."),
                     QStringLiteral("OUT.pdf|OUT.odt")),
      m_exportCsv(QStringLiteral("export-csv"),
                  Cli::tr("Write CSV files of the cards, clusters, votes, participants and "
                          "measures of FILE into the folder DIR."),
                  QStringLiteral("DIR")),
      m_exportActions(QStringLiteral("export-actions"),
                      Cli::tr("Write the action plan of FILE as CSV, or its deadlines and "
                              "review meetings as an iCalendar file."),
                      QStringLiteral("OUT.csv|OUT.ics")),
      m_serveOption(QStringLiteral("serve"),
                    Cli::tr("Let participants write cards and vote from their phones: serve "
                            "FILE on the network with no window, until SIGINT or SIGTERM.")),
      m_bindOption(QStringLiteral("bind"),
                   Cli::tr("With --serve: the address to serve on (default: the one with the "
                           "default route)."),
                   QStringLiteral("ADDR")),
      m_portOption(QStringLiteral("port"),
                   Cli::tr("With --serve: the port, or the next free one after it."),
                   QStringLiteral("N"), QStringLiteral("8088")),
      m_codeOption(QStringLiteral("code"),
                   Cli::tr("With --serve: the access code (default: a new one)."),
                   QStringLiteral("CODE")),
      m_openPhaseOption(QStringLiteral("open-phase"),
                        Cli::tr("With --serve: the phase that accepts cards (1 is the first)."),
                        QStringLiteral("N")),
      m_openVoteOption(QStringLiteral("open-vote"),
                       Cli::tr("With --serve: the latest vote accepts dots from devices (opened "
                               "again if it was closed).")),
      m_joinOption(QStringLiteral("join"),
                   Cli::tr("With --serve: participants join by table, group or their name."),
                   QStringLiteral("table|group|participant"), QStringLiteral("table")),
      m_whatOption(QStringLiteral("what"), Cli::tr("With --export-posters: what to print."),
                   QStringLiteral("walls|clusters|timeline|ranking|actions|tables"),
                   QStringLiteral("walls")),
      m_paperOption(QStringLiteral("paper"),
                    Cli::tr("With --export-posters: the sheet the poster is scaled to fit."),
                    QStringLiteral("A0..A4"), QStringLiteral("A1")),
      m_tileOption(QStringLiteral("tile"),
                   Cli::tr("With --export-posters: print the poster at the --paper size, tiled "
                           "over sheets of this size."),
                   QStringLiteral("A4|A3")),
      m_noNamesOption(QStringLiteral("no-names"),
                      Cli::tr("With --export-report: list the participants only as numbers per "
                              "stakeholder group, without their names.")),
      m_phaseOption(QStringLiteral("phase"),
                    Cli::tr("The phase to show or to suggest clusters for (1 is the first)."),
                    QStringLiteral("N"), QStringLiteral("1")),
      m_groupsOption(QStringLiteral("groups"),
                     Cli::tr("With --suggest-clusters: how many groups to make (default: as many "
                             "as the number of cards calls for)."),
                     QStringLiteral("K")),
      m_languageOption(QStringLiteral("lang"), Cli::tr("The interface language: de or en."),
                       QStringLiteral("de|en")),
      m_pageOption(QStringLiteral("page"),
                   Cli::tr("With --screenshot: what to show besides a phase wall."),
                   QStringLiteral("wall|voting|start|participants|tables|measures|organisation|reviews"), QStringLiteral("wall")),
      m_showOption(QStringLiteral("show"),
                   Cli::tr("With --screenshot-presenter: what the projector shows."),
                   QStringLiteral("wall|ranking|common-ground|timer|title|join"),
                   QStringLiteral("wall"))
{
    m_parser.setApplicationDescription(
        Cli::tr("Weitblick runs a Zukunftskonferenz (Future Search conference)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_check, m_writeSample, m_new, m_templateOption, m_writeStress,
                         m_importParticipants, m_importCards, m_screenshot,
                         m_screenshotPresenter, m_suggestClusters, m_exportPosters,
                         m_exportReport, m_exportCsv, m_exportActions, m_serveOption,
                         m_bindOption, m_portOption, m_codeOption, m_openPhaseOption,
                         m_openVoteOption, m_joinOption, m_whatOption, m_paperOption,
                         m_tileOption, m_noNamesOption, m_phaseOption, m_groupsOption,
                         m_languageOption, m_pageOption, m_showOption});
    m_parser.addPositionalArgument(QStringLiteral("FILE"),
                                   Cli::tr("The conference file (*.weitblick)."),
                                   QStringLiteral("[FILE]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    const bool parsed = m_parser.parse(arguments);
    // Known even when the arguments are wrong, so that the error is told in it (main()).
    m_language = m_parser.value(m_languageOption);
    if (!parsed) {
        m_error = m_parser.errorText();
        return false;
    }
    const QStringList files = m_parser.positionalArguments();
    if (files.size() > 1) {
        m_error = Cli::tr("Give at most one FILE.");
        return false;
    }
    m_file = files.value(0);

    int modes = 0;
    const auto select = [&](bool set, Mode mode) {
        if (set) {
            m_mode = mode;
            ++modes;
        }
    };
    select(m_parser.isSet(m_check), Mode::Check);
    select(m_parser.isSet(m_writeSample), Mode::WriteSample);
    select(m_parser.isSet(m_new), Mode::New);
    select(m_parser.isSet(m_writeStress), Mode::WriteStress);
    select(m_parser.isSet(m_importParticipants), Mode::ImportParticipants);
    select(m_parser.isSet(m_importCards), Mode::ImportCards);
    select(m_parser.isSet(m_screenshot), Mode::Screenshot);
    select(m_parser.isSet(m_screenshotPresenter), Mode::ScreenshotPresenter);
    select(m_parser.isSet(m_suggestClusters), Mode::SuggestClusters);
    select(m_parser.isSet(m_exportPosters), Mode::ExportPosters);
    select(m_parser.isSet(m_exportReport), Mode::ExportReport);
    select(m_parser.isSet(m_exportCsv), Mode::ExportCsv);
    select(m_parser.isSet(m_exportActions), Mode::ExportActions);
    select(m_parser.isSet(m_serveOption), Mode::Serve);
    if (m_mode == Mode::ImportParticipants)
        m_modeArgument = m_parser.value(m_importParticipants);
    else if (m_mode == Mode::ImportCards)
        m_modeArgument = m_parser.value(m_importCards);
    else if (m_mode == Mode::Screenshot)
        m_modeArgument = m_parser.value(m_screenshot);
    else if (m_mode == Mode::ScreenshotPresenter)
        m_modeArgument = m_parser.value(m_screenshotPresenter);
    else if (m_mode == Mode::ExportPosters)
        m_modeArgument = m_parser.value(m_exportPosters);
    else if (m_mode == Mode::ExportReport)
        m_modeArgument = m_parser.value(m_exportReport);
    else if (m_mode == Mode::ExportCsv)
        m_modeArgument = m_parser.value(m_exportCsv);
    else if (m_mode == Mode::ExportActions)
        m_modeArgument = m_parser.value(m_exportActions);

    m_template = m_parser.value(m_templateOption);
    if (m_parser.isSet(m_templateOption) && m_mode != Mode::New) {
        m_error = Cli::tr("--template goes with --new.");
        return false;
    }

    bool phaseOk = false;
    m_phase = m_parser.value(m_phaseOption).toInt(&phaseOk);
    if (!phaseOk || m_phase < 1) {
        m_error = Cli::tr("--phase needs a number from 1.");
        return false;
    }
    if (m_parser.isSet(m_groupsOption)) {
        bool groupsOk = false;
        m_groups = m_parser.value(m_groupsOption).toInt(&groupsOk);
        if (!groupsOk || m_groups < 1) {
            m_error = Cli::tr("--groups needs a number from 1.");
            return false;
        }
    }
    m_page = m_parser.value(m_pageOption);
    if (!QStringList{QStringLiteral("wall"), QStringLiteral("voting"), QStringLiteral("start"),
                     QStringLiteral("participants"), QStringLiteral("tables"),
                     QStringLiteral("measures"), QStringLiteral("organisation"),
                     QStringLiteral("reviews")}
             .contains(m_page)) {
        m_error = Cli::tr("--page is wall, voting, start, participants, tables, measures, "
                          "organisation or reviews.");
        return false;
    }
    m_show = m_parser.value(m_showOption);
    if (!QStringList{QStringLiteral("wall"), QStringLiteral("ranking"),
                     QStringLiteral("common-ground"), QStringLiteral("timer"),
                     QStringLiteral("title"), QStringLiteral("join")}
             .contains(m_show)) {
        m_error = Cli::tr("--show is wall, ranking, common-ground, timer, title or join.");
        return false;
    }
    m_posterWhat = m_parser.value(m_whatOption);
    if (!QStringList{QStringLiteral("walls"), QStringLiteral("clusters"),
                     QStringLiteral("timeline"), QStringLiteral("ranking"),
                     QStringLiteral("actions"), QStringLiteral("tables")}
             .contains(m_posterWhat)) {
        m_error = Cli::tr("--what is walls, clusters, timeline, ranking, actions or tables.");
        return false;
    }
    m_paper = m_parser.value(m_paperOption).toUpper();
    if (!QStringList{QStringLiteral("A0"), QStringLiteral("A1"), QStringLiteral("A2"),
                     QStringLiteral("A3"), QStringLiteral("A4")}
             .contains(m_paper)) {
        m_error = Cli::tr("--paper is A0, A1, A2, A3 or A4.");
        return false;
    }
    m_withoutNames = m_parser.isSet(m_noNamesOption);
    m_tile = m_parser.value(m_tileOption).toUpper();
    if (!m_tile.isEmpty() && m_tile != QLatin1String("A4") && m_tile != QLatin1String("A3")) {
        m_error = Cli::tr("--tile is A4 or A3.");
        return false;
    }
    if (!parseServe())
        return false;
    if (!m_language.isEmpty() && m_language != QLatin1String("de")
        && m_language != QLatin1String("en")) {
        m_error = Cli::tr("--lang is de or en.");
        return false;
    }
    select(m_parser.isSet(QStringLiteral("version")), Mode::Version);
    select(m_parser.isSet(QStringLiteral("help")), Mode::Help);
    if (m_mode == Mode::Help || m_mode == Mode::Version)
        return true;
    if (modes > 1) {
        m_error = Cli::tr("Choose only one mode, such as --check or --export-report.");
        return false;
    }
    if (m_mode != Mode::Gui && m_file.isEmpty()) {
        m_error = Cli::tr("This mode needs a FILE.");
        return false;
    }
    return true;
}

bool CommandLine::parseServe()
{
    m_serve.conferencePath = m_file;
    m_serve.bind = m_parser.value(m_bindOption);
    m_serve.code = m_parser.value(m_codeOption).toUpper();
    m_serve.openVote = m_parser.isSet(m_openVoteOption);
    m_serve.join = m_parser.value(m_joinOption);
    bool ok = false;
    m_serve.port = m_parser.value(m_portOption).toInt(&ok);
    if (!ok || m_serve.port < 1 || m_serve.port > 65535) {
        m_error = Cli::tr("--port needs a number from 1 to 65535.");
        return false;
    }
    if (m_parser.isSet(m_openPhaseOption)) {
        m_serve.openPhase = m_parser.value(m_openPhaseOption).toInt(&ok);
        if (!ok || m_serve.openPhase < 1) {
            m_error = Cli::tr("--open-phase needs a number from 1.");
            return false;
        }
    }
    if (!m_serve.code.isEmpty() && !ParticipationServer::isValidCode(m_serve.code)) {
        m_error = Cli::tr("--code needs %1 characters from %2.")
                      .arg(ParticipationServer::CodeLength)
                      .arg(ParticipationServer::codeAlphabet());
        return false;
    }
    return true;
}

int CommandLine::runWithoutGui() const
{
    switch (m_mode) {
    case Mode::Help:
        // The options were described before the interface language was installed: a parser
        // made now describes them in it.
        printLine(stdout, CommandLine().helpText().trimmed());
        return 0;
    case Mode::Version:
        printLine(stdout, QCoreApplication::applicationName() + QLatin1Char(' ')
                              + QCoreApplication::applicationVersion());
        return 0;
    case Mode::Check:
        return check(m_file);
    case Mode::WriteSample:
        return write(m_file, makeSampleConference());
    case Mode::New:
        return writeFromTemplate(m_file, m_template, m_language);
    case Mode::WriteStress: {
        QElapsedTimer timer;
        timer.start();
        const int result = write(m_file, makeStressConference());
        if (result == 0)
            printLine(stdout, Cli::tr("in %1 ms").arg(timer.elapsed()));
        return result;
    }
    case Mode::ImportParticipants:
        return importParticipants(m_modeArgument, m_file);
    case Mode::ImportCards:
        return importCards(m_modeArgument, m_file);
    case Mode::SuggestClusters:
        return suggestClusters(m_file, m_phase, m_groups);
    case Mode::ExportCsv:
        return exportCsv(m_file, m_modeArgument);
    case Mode::ExportActions:
        return exportActions(m_file, m_modeArgument);
    case Mode::Serve:
        return serve(m_serve);
    case Mode::Gui:
    case Mode::Screenshot:
    case Mode::ScreenshotPresenter:
    case Mode::ExportPosters:
    case Mode::ExportReport:
        break;
    }
    return Failure;
}

} // namespace weitblick

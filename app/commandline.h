#pragma once

#include "serve.h"

#include <QCommandLineParser>
#include <QStringList>

namespace weitblick {

// The command line of Weitblick: which mode to run and with what. Parsed before any
// QCoreApplication exists, because the non-GUI modes must run without a display.
class CommandLine
{
public:
    enum class Mode {
        Gui,
        Help,
        Version,
        Check,
        WriteSample,
        New,
        WriteStress,
        ImportParticipants,
        ImportCards,
        Screenshot,
        ScreenshotPresenter,
        SuggestClusters,
        ExportPosters,
        ExportReport,
        ExportCsv,
        ExportActions,
        Serve,
    };

    CommandLine();

    // False when the arguments are wrong; errorText() says why.
    bool parse(const QStringList &arguments);

    Mode mode() const { return m_mode; }
    QString file() const { return m_file; }
    // The second file of a mode: the CSV to import, or the PNG to write.
    QString modeArgument() const { return m_modeArgument; }
    // The phase (1 = first), for --screenshot and --suggest-clusters.
    int phase() const { return m_phase; }
    // For --suggest-clusters: how many groups to make; 0 for as many as the cards call for.
    int groups() const { return m_groups; }
    // For --screenshot: "wall" (the phase), "start", "participants" or "tables".
    QString page() const { return m_page; }
    // For --screenshot-presenter: "wall", "ranking", "common-ground", "timer" or "title".
    QString show() const { return m_show; }
    // For --export-posters: what, on which paper, and the tile sheet (empty: one sheet).
    QString posterWhat() const { return m_posterWhat; }
    QString paper() const { return m_paper; }
    QString tile() const { return m_tile; }
    // For --new: a built-in template's name, a saved template's name, or a template file.
    QString templateName() const { return m_template; }
    // For --export-report: leave the participants' names out (only counts per group).
    bool withoutNames() const { return m_withoutNames; }
    // For --serve: what to serve and what is open.
    ServeRequest serveRequest() const { return m_serve; }
    // "de", "en", or empty for the user's choice.
    QString language() const { return m_language; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }
    bool needsGui() const
    {
        return m_mode == Mode::Gui || m_mode == Mode::Screenshot
            || m_mode == Mode::ScreenshotPresenter || m_mode == Mode::ExportPosters
            || m_mode == Mode::ExportReport;
    }
    // GUI modes that open no window: they run on the offscreen platform.
    bool isOffscreen() const { return needsGui() && m_mode != Mode::Gui; }
    // Modes without a window that still measure text (card sizes): they run on the offscreen
    // platform.
    bool needsFonts() const { return m_mode == Mode::ImportCards || m_mode == Mode::Serve; }

    // Runs a mode that needs no display. Returns the process exit code.
    int runWithoutGui() const;

private:
    bool parseServe();

    QCommandLineParser m_parser;
    QCommandLineOption m_check;
    QCommandLineOption m_writeSample;
    QCommandLineOption m_new;
    QCommandLineOption m_templateOption;
    QCommandLineOption m_writeStress;
    QCommandLineOption m_importParticipants;
    QCommandLineOption m_importCards;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_screenshotPresenter;
    QCommandLineOption m_suggestClusters;
    QCommandLineOption m_exportPosters;
    QCommandLineOption m_exportReport;
    QCommandLineOption m_exportCsv;
    QCommandLineOption m_exportActions;
    QCommandLineOption m_serveOption;
    QCommandLineOption m_bindOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_codeOption;
    QCommandLineOption m_openPhaseOption;
    QCommandLineOption m_openVoteOption;
    QCommandLineOption m_joinOption;
    QCommandLineOption m_whatOption;
    QCommandLineOption m_paperOption;
    QCommandLineOption m_tileOption;
    QCommandLineOption m_noNamesOption;
    QCommandLineOption m_phaseOption;
    QCommandLineOption m_groupsOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_pageOption;
    QCommandLineOption m_showOption;
    Mode m_mode = Mode::Gui;
    QString m_file;
    QString m_modeArgument;
    int m_phase = 1;
    int m_groups = 0;
    QString m_language;
    QString m_template;
    QString m_page;
    QString m_show;
    QString m_posterWhat;
    QString m_paper;
    QString m_tile;
    bool m_withoutNames = false;
    ServeRequest m_serve;
    QString m_error;
};

} // namespace weitblick

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace weitblick {

// The command line of Weitblick: which mode to run and with what. Parsed before any
// QCoreApplication exists, because the non-GUI modes must run without a display.
class CommandLine
{
public:
    enum class Mode { Gui, Help, Version, Check, WriteSample, WriteStress };

    CommandLine();

    // False when the arguments are wrong; errorText() says why.
    bool parse(const QStringList &arguments);

    Mode mode() const { return m_mode; }
    QString file() const { return m_file; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }
    bool needsGui() const { return m_mode == Mode::Gui; }

    // Runs a mode that needs no display. Returns the process exit code.
    int runWithoutGui() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_check;
    QCommandLineOption m_writeSample;
    QCommandLineOption m_writeStress;
    Mode m_mode = Mode::Gui;
    QString m_file;
    QString m_error;
};

} // namespace weitblick

#include "commandline.h"

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "core/sample/stressconference.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace weitblick {

namespace {

// Exit code for every failure of a non-GUI mode.
constexpr int Failure = 2;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void printLine(FILE *stream, const QString &line)
{
    QTextStream(stream) << line << Qt::endl;
}

int fail(const QString &message)
{
    printLine(stderr, QStringLiteral("weitblick: ") + message);
    return Failure;
}

int check(const QString &path)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    if (!document)
        return fail(outcome.message);
    const QString integrity = document->integrityCheck();
    if (integrity != QLatin1String("ok"))
        return fail(Cli::tr("%1 is damaged (%2).").arg(path, integrity));
    const Conference &c = document->conference();
    int dots = 0;
    for (const Dot &dot : c.all<Dot>())
        dots += dot.count;
    printLine(stdout, Cli::tr("%1: ok, %2 groups, %3 participants, %4 tables, %5 phases, "
                              "%6 cards, %7 clusters, %8 dots, %9 measures")
                          .arg(path)
                          .arg(c.all<StakeholderGroup>().size())
                          .arg(c.all<Participant>().size())
                          .arg(c.all<Table>().size())
                          .arg(c.all<Phase>().size())
                          .arg(c.all<Card>().size())
                          .arg(c.all<Cluster>().size())
                          .arg(dots)
                          .arg(c.all<Measure>().size()));
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

} // namespace

CommandLine::CommandLine()
    : m_check(QStringLiteral("check"),
              Cli::tr("Check FILE read-only: integrity, every reference, and the counts.")),
      m_writeSample(QStringLiteral("write-sample"),
                    Cli::tr("Write the bundled sample conference to FILE (a new file).")),
      m_writeStress(QStringLiteral("write-stress"),
                    Cli::tr("Write a synthetic large conference to FILE (a new file)."))
{
    m_parser.setApplicationDescription(
        Cli::tr("Weitblick runs a Zukunftskonferenz (Future Search conference)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_check, m_writeSample, m_writeStress});
    m_parser.addPositionalArgument(QStringLiteral("FILE"),
                                   Cli::tr("The conference file (*.weitblick)."),
                                   QStringLiteral("[FILE]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
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
    select(m_parser.isSet(m_writeStress), Mode::WriteStress);
    select(m_parser.isSet(QStringLiteral("version")), Mode::Version);
    select(m_parser.isSet(QStringLiteral("help")), Mode::Help);
    if (m_mode == Mode::Help || m_mode == Mode::Version)
        return true;
    if (modes > 1) {
        m_error = Cli::tr("Choose one of --check, --write-sample and --write-stress.");
        return false;
    }
    if (m_mode != Mode::Gui && m_file.isEmpty()) {
        m_error = Cli::tr("This mode needs a FILE.");
        return false;
    }
    return true;
}

int CommandLine::runWithoutGui() const
{
    switch (m_mode) {
    case Mode::Help:
        printLine(stdout, helpText().trimmed());
        return 0;
    case Mode::Version:
        printLine(stdout, QCoreApplication::applicationName() + QLatin1Char(' ')
                              + QCoreApplication::applicationVersion());
        return 0;
    case Mode::Check:
        return check(m_file);
    case Mode::WriteSample:
        return write(m_file, makeSampleConference());
    case Mode::WriteStress: {
        QElapsedTimer timer;
        timer.start();
        const int result = write(m_file, makeStressConference());
        if (result == 0)
            printLine(stdout, Cli::tr("in %1 ms").arg(timer.elapsed()));
        return result;
    }
    case Mode::Gui:
        break;
    }
    return Failure;
}

} // namespace weitblick

#include "serve.h"

#include "clioutput.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "net/joinaddresses.h"
#include "net/participationserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace weitblick {

namespace {

using cli::fail;
using cli::printLine;

class Serve
{
    Q_DECLARE_TR_FUNCTIONS(Serve)
};

// SIGINT and SIGTERM end the event loop through a pipe: a signal handler may only write().
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool quitOnSignals()
{
    if (::pipe(signalPipe) != 0)
        return false;
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGINT, &action, nullptr) != 0 || sigaction(SIGTERM, &action, nullptr) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read,
                                         QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    return true;
}

std::optional<JoinMode> joinModeNamed(const QString &name)
{
    if (name == QLatin1String("table"))
        return JoinMode::Table;
    if (name == QLatin1String("group"))
        return JoinMode::Group;
    if (name == QLatin1String("participant"))
        return JoinMode::Participant;
    return std::nullopt;
}

// The phase of that number (1 = first), or NoId.
Id phaseNumbered(const Conference &conference, int number)
{
    const QList<Phase> phases = commands::orderedPhases(conference);
    return number >= 1 && number <= phases.size() ? phases.at(number - 1).id : NoId;
}

// The vote made last, opened again when it was closed (one undo step, as on the laptop); NoId
// when there is none or it cannot be opened.
Id openLatestVote(ConferenceDocument *document)
{
    const auto &sessions = document->conference().all<VoteSession>();
    if (sessions.isEmpty())
        return NoId;
    VoteSession latest = *sessions.find(sessions.nextId() - 1);
    if (!latest.open) {
        latest.open = true;
        if (!commands::edit(document, latest, Serve::tr("Reopen dot vote")))
            return NoId;
    }
    return latest.id;
}

// One command from stdin; returns the answer line.
QString follow(const QString &line, ParticipationServer &server, ConferenceDocument *document)
{
    const Conference &conference = document->conference();
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString verb = words.value(0);
    const QString argument = words.value(1);
    if (verb == QLatin1String("phase") && words.size() == 2) {
        if (argument == QLatin1String("none")) {
            server.setOpenPhase(NoId);
            return QStringLiteral("ok");
        }
        const Id phase = phaseNumbered(conference, argument.toInt());
        if (phase == NoId)
            return QStringLiteral("error: no phase ") + argument;
        server.setOpenPhase(phase);
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("vote") && words.size() == 2
        && (argument == QLatin1String("open") || argument == QLatin1String("none"))) {
        const Id vote = argument == QLatin1String("open") ? openLatestVote(document) : NoId;
        if (argument == QLatin1String("open") && vote == NoId)
            return QStringLiteral("error: no vote");
        server.setDeviceVote(vote);
        return QStringLiteral("ok");
    }
    if ((verb == QLatin1String("pause") || verb == QLatin1String("resume")) && words.size() == 1) {
        server.setIntakePaused(verb == QLatin1String("pause"));
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("join") && words.size() == 2) {
        const std::optional<JoinMode> mode = joinModeNamed(argument);
        if (!mode)
            return QStringLiteral("error: join table, group or participant");
        server.setJoinMode(*mode);
        return QStringLiteral("ok");
    }
    return QStringLiteral("error: unknown command");
}

} // namespace

int serve(const ServeRequest &request)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(request.conferencePath,
                                             ConferenceStore::Access::ReadWrite, &outcome);
    if (!document)
        return fail(outcome.message);
    if (document->isReadOnly())
        return fail(outcome.message.isEmpty() ? document->readOnlyReason() : outcome.message);
    const Conference &conference = document->conference();

    ParticipationServer server(document.get());
    const std::optional<JoinMode> mode = joinModeNamed(request.join);
    if (!mode)
        return fail(Serve::tr("--join is table, group or participant."));
    server.setJoinMode(*mode);
    if (request.openPhase > 0) {
        const Id phase = phaseNumbered(conference, request.openPhase);
        if (phase == NoId)
            return fail(Serve::tr("%1 has no phase %2.").arg(request.conferencePath)
                            .arg(request.openPhase));
        server.setOpenPhase(phase);
    }
    if (request.openVote) {
        const Id vote = openLatestVote(document.get());
        if (vote == NoId)
            return fail(Serve::tr("%1 has no vote.").arg(request.conferencePath));
        server.setDeviceVote(vote);
    }
    QHostAddress address(request.bind);
    if (request.bind.isEmpty())
        address = joinAddresses().constFirst();
    else if (address.isNull())
        return fail(Serve::tr("--bind needs an address of this computer, such as 127.0.0.1."));

    if (!quitOnSignals())
        return fail(Serve::tr("Weitblick cannot watch for the end signal."));
    QString error;
    const quint16 port = request.port > 0 ? quint16(request.port)
                                          : ParticipationServer::DefaultPort;
    if (!server.start(address, port, request.code, &error))
        return fail(error);
    printLine(stdout, server.joinUrl().toString());

    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&commands, &QSocketNotifier::activated, &commands, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            commands.setEnabled(false); // stdin closed: keep serving until the signal
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.first(end));
            pending.remove(0, end + 1);
            printLine(stdout, follow(line, server, document.get()));
        }
        if (pending.size() > 4096)
            pending.clear(); // no command is that long
    });

    QCoreApplication::exec();
    server.stop();
    return 0;
}

} // namespace weitblick

#include "interruption.h"

#include <csignal>

namespace weitblick::cli {

namespace {

volatile std::sig_atomic_t received = 0;

void onSignal(int signal)
{
    received = signal;
}

} // namespace

void Interruption::install()
{
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // the second signal ends the program
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

bool Interruption::requested()
{
    return received != 0;
}

int Interruption::exitCode()
{
    return 128 + received;
}

} // namespace weitblick::cli

#pragma once

#include "core/document/conferencedocument.h"

#include <QString>

#include <cstdio>
#include <memory>

namespace weitblick::cli {

// Exit code for every failure of a command-line mode.
constexpr int Failure = 2;

void printLine(FILE *stream, const QString &line);
// Prints "weitblick: message" on stderr and returns Failure.
int fail(const QString &message);
// Opens a conference read-only for an export; null after printing why not.
std::unique_ptr<ConferenceDocument> openReadOnly(const QString &path);

} // namespace weitblick::cli

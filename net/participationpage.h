#pragma once

#include "httpmessage.h"

#include <optional>

namespace weitblick {

// The participant page: files compiled into the program as Qt resources under
// :/participation/ (net/page/). Only those files are served, by their exact names; "/" is
// index.html. Nothing is ever read from disk.
namespace ParticipationPage {

std::optional<HttpReply> file(const QByteArray &path);

} // namespace ParticipationPage

} // namespace weitblick

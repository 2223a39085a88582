#pragma once

#include "conference.h"

namespace weitblick {

// A new, empty conference as a town would start it: the six stakeholder groups a town
// conference invites and the five phases of the Future Search method, with their usual
// guiding questions. Texts are German, the language of the users.
Conference newConference();

} // namespace weitblick

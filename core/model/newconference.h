#pragma once

#include "conference.h"

namespace weitblick {

// A new Zukunftskonferenz as a town would start it, in German: the built-in Future Search
// template (core/templates/builtintemplates.h), which the sample and many tests build on.
Conference newConference();

} // namespace weitblick

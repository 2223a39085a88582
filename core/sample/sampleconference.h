#pragma once

#include "core/model/conference.h"

namespace weitblick {

// The sample conference bundled with the application: a fictional Zukunftskonferenz on the
// town centre of Lindenau, in German, with every phase worked through and the measures being
// followed up. It shows new users what a real conference looks like and feeds screenshots,
// demos and tests. The same data every time.
Conference makeSampleConference();

} // namespace weitblick

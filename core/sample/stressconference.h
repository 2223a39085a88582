#pragma once

#include "core/model/conference.h"

namespace weitblick {

// A synthetic conference far larger than any real one, for benchmarks and tests of speed:
// 1,000 participants at 40 tables, 20,000 cards, 2,000 clusters, five vote sessions with
// 100,000 dots in all, 500 measures with one criterion each and 20 sub-projects.
// The same seed gives the same conference on every platform.
Conference makeStressConference(quint32 seed = 1);

} // namespace weitblick

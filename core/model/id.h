#pragma once

#include <QtGlobal>

namespace weitblick {

// Row id of an entity in the conference file. Ids start at 1; NoId means "none".
using Id = qint64;
constexpr Id NoId = 0;

} // namespace weitblick

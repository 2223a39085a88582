#pragma once

#include "entitytypes.h"

#include <QString>

namespace weitblick {

// Characters as SQLite's length() counts them, and as the text limits are meant: Unicode code
// points, so that an emoji is one character and not two UTF-16 units.
qsizetype characterCount(const QString &text);

// The name of an entity kind in messages, such as "card" or "stakeholder group".
QString kindName(EntityKind kind);

// What is wrong with the values of one entity, measured against limits.h: its id, numbers,
// enums, dates, positions and texts. Empty when every value is one Weitblick writes. Loading
// a file and applying a change set both ask this; references and the rules between entities
// are checked in references.h.
QString valueProblem(const AnyEntity &entity);

} // namespace weitblick

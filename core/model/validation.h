#pragma once

#include "entitytypes.h"

#include <QString>

namespace weitblick {

namespace limits {
// What a file can store of a card's text, beside the limits of limits.h: the schema's CHECK
// (length(text) <= 2000) counts Unicode code points, and files of versions 1 to 3 carry it. A
// character such as 👍🏽 or 🇩🇪 takes two of them, so a card of those holds 1,000.
constexpr int MaxStoredCardText = 2000;
} // namespace limits

// Characters as a person sees them, and as the text limits of limits.h and Card::MaxTextLength
// are meant: grapheme clusters (QTextBoundaryFinder), so that 🙂, 👍🏽, 🇩🇪 and an e with a
// combining accent are one character each, not two to four UTF-16 units.
qsizetype visibleLength(const QString &text);
// Unicode code points, as SQLite's length() counts them (the schema's CHECK on a card's text).
qsizetype codePointCount(const QString &text);

// Whether a text keeps to its limits: at most maxCharacters characters (visibleLength), and,
// where the file stores it under a CHECK of its own, at most maxCodePoints code points.
enum class TextFit { Fits, TooLong, TooLongToStore };
TextFit textFit(const QString &text, int maxCharacters, int maxCodePoints = -1);
// A card's text: Card::MaxTextLength characters and limits::MaxStoredCardText code points.
TextFit cardTextFit(const QString &text);
// Why a card's text does not fit, in a sentence for the moderator; empty when it fits.
QString cardTextProblem(const QString &text);

// The name of an entity kind in messages, such as "card" or "stakeholder group".
QString kindName(EntityKind kind);

// What is wrong with the values of one entity, measured against limits.h: its id, numbers,
// enums, dates, positions and texts. Empty when every value is one Weitblick writes. Loading
// a file and applying a change set both ask this; references and the rules between entities
// are checked in references.h.
QString valueProblem(const AnyEntity &entity);

} // namespace weitblick

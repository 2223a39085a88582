#pragma once

#include <QString>

namespace weitblick::formulaguard {

// OWASP's rule against formula injection through CSV: a text that a spreadsheet would run as a
// formula (=, +, -, @, a tab or a line break first) is written with an apostrophe before
// it. Reading takes exactly that apostrophe off again, so that every text survives the round
// trip; texts that begin with apostrophes before such a character get one more apostrophe.
// Plain numbers ("-3", "-2,5") stay numbers.
QString guarded(const QString &cell);
QString unguarded(const QString &cell);

} // namespace weitblick::formulaguard

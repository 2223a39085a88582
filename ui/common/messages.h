#pragma once

#include <QString>

class QWidget;

namespace weitblick::messages {

// Message boxes that show their text as plain text. QMessageBox's static functions guess
// whether a text is rich text, and a card, a phase title or a file name is never markup.

void warn(QWidget *parent, const QString &title, const QString &text);
// The same, with what a program said behind a "Show Details..." button (none when empty).
void warn(QWidget *parent, const QString &title, const QString &text, const QString &details);
void inform(QWidget *parent, const QString &title, const QString &text);
// True when the moderator answered Yes.
bool ask(QWidget *parent, const QString &title, const QString &text);
// Asks before deleting something, with a "Delete" button (or the one given) and "Cancel" as the
// default; true when the moderator chose to go on.
bool confirmDelete(QWidget *parent, const QString &title, const QString &text,
                   const QString &button = QString());

// A tool tip that shows user text as plain text: Qt guesses rich text in tool tips too.
QString plainToolTip(const QString &text);

} // namespace weitblick::messages

#pragma once

#include <QString>

namespace weitblick::test {

// The typing test starts its own test program with this flag and a file. The child opens the
// file in a main window, types typingChildTitle() into the first measure's title without
// leaving the field, and prints "saved" once the edit is in the file, then waits to be killed.
constexpr const char *TypingChildFlag = "--typing-child";

int runTypingChild(int argc, char *argv[]);

inline QString typingChildTitle()
{
    return QStringLiteral("Pop-up-Shops am Markt"); // QTest types ASCII only
}

} // namespace weitblick::test

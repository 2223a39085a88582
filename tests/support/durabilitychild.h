#pragma once

#include <QString>

namespace weitblick::test {

// The durability test starts its own test program with this flag and a file. The child then
// makes edits for ever and prints "committed N" after each edit's commit, until it is killed.
constexpr const char *DurabilityChildFlag = "--durability-child";

int runDurabilityChild(const QString &path);

// The card text the child writes in its edit number n.
QString durabilityCardText(int n);

} // namespace weitblick::test

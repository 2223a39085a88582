#pragma once

#include <QString>
#include <QStringList>

namespace weitblick {

// The topics a wall by topic (WallLayout::ByTopic) is split into, from what the moderator
// typed: one per line, trimmed, without empty lines or repeats, at most limits::MaxWallTopics
// of at most limits::MaxWallTopicLength characters each (cut between whole characters).
// leftOut, if given, receives the topics past the limit, so that the moderator can be told.
QStringList wallTopicsFromText(const QString &text, QStringList *leftOut = nullptr);

// Whether each topic is one wallTopicsFromText() can give: not empty, trimmed, one line, no
// repeat. The count and the length are checked with every other limit (validation.h).
bool areWellFormedWallTopics(const QStringList &topics);

} // namespace weitblick

#pragma once

#include "id.h"

namespace weitblick::limits {

// The range of every value that Weitblick writes into a conference file, in one place. Loading
// a file and applying a change set check values against the same ranges (validation.h), so a
// legal edit can never make a file that Weitblick refuses to open, and every number that the
// wall, the timer, the ranking and the report compute with stays far from the integer limits.
// README, "The conference file", lists them for people.

// Ids count up from 1 (EntityMap::nextId()); the range keeps every id an int as well.
constexpr Id MaxId = 2147483647;

// Texts, in characters (Unicode code points, as SQLite's length() counts them). Cards have
// Card::MaxTextLength (2,000). Short texts are names, titles, headings, owners, units and the
// guiding question; long texts are notes, descriptions, the communication agreement and the
// answers of a review.
constexpr int MaxShortText = 500;
constexpr int MaxLongText = 10000;

// A card's year on the Past timeline: four digits, as people write years.
constexpr int MinYear = 1;
constexpr int MaxYear = 9999;

// A phase's time box, and the minutes added to it while it runs: at most a day each.
constexpr int MaxMinutes = 24 * 60;
// The phase timer's start (ms since the epoch) and the time it has run: up to the end of the
// year 9999, the last instant QDateTime writes as an ISO date.
constexpr qint64 MaxTimeMs = 253402300799999;

// Dot voting: dots per voter and the cap per item, as the vote dialog offers them, and the
// count of one dot entry (a paper tally counts up to 9,999 per item; clicks add one at a time).
constexpr int MaxDotsPerVoter = 99;
constexpr int MaxCapPerItem = 99;
constexpr int MaxDotCount = 99999;

// A wall by topic: at most this many topics (columns), each a one-line caption of at most this
// many characters.
constexpr int MaxWallTopics = 12;
constexpr int MaxWallTopicLength = 60;

// Sort orders of phases and stakeholder groups, and table numbers.
constexpr int MaxOrder = 1000000;
constexpr int MaxTableNumber = 9999;

// Positions on a wall, in scene units (a card is 200 wide): ten million either way.
constexpr double MaxCoordinate = 1e7;
// Baseline, target and measured values of an indicator.
constexpr double MaxMeasuredValue = 1e15;

} // namespace weitblick::limits

#pragma once

#include <QString>

#include <optional>

namespace weitblick {

// Numbers as moderators type and read them in tables: in their locale, and a decimal comma is
// understood even where the locale uses a point (German figures in an English session).
class NumberText
{
public:
    static QString format(double value);
    // Nothing for an empty text; *ok is false when the text is not a number.
    static std::optional<double> parse(const QString &text, bool *ok);
};

} // namespace weitblick

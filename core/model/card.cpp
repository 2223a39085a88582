#include "card.h"

namespace weitblick {

QString clampCardText(const QString &text)
{
    if (text.size() <= Card::MaxTextLength)
        return text;
    qsizetype length = Card::MaxTextLength;
    if (text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

} // namespace weitblick

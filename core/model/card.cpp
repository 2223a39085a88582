#include "card.h"

#include "validation.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace weitblick {

// Cuts between whole characters (an emoji with its skin tone, a letter with its accent), to what
// a card holds and a file stores (validation.h).
QString clampCardText(const QString &text)
{
    // At most two UTF-16 units per code point: a text this short keeps to both limits.
    if (text.size() <= std::min(Card::MaxTextLength, limits::MaxStoredCardText))
        return text;
    // Whole characters only, as long as both the characters and their code points fit.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype characters = 0;
    qsizetype codePoints = 0;
    qsizetype end = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next > 0;
         next = graphemes.toNextBoundary()) {
        for (qsizetype i = end; i < next; ++i) {
            const bool secondHalf = text.at(i).isLowSurrogate() && i > 0
                                    && text.at(i - 1).isHighSurrogate();
            codePoints += secondHalf ? 0 : 1;
        }
        if (++characters > Card::MaxTextLength || codePoints > limits::MaxStoredCardText)
            break;
        end = next;
    }
    return text.left(end);
}

} // namespace weitblick

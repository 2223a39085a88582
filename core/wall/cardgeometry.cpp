#include "cardgeometry.h"

#include <QFontMetricsF>
#include <QHash>
#include <QTextLayout>

#include <array>
#include <cmath>

namespace weitblick {

namespace {

// An oval's text block sits in the middle, where the ellipse is wide enough: a block of
// OvalTextShare of the width fits when the ellipse is 1/OvalHeightShare times the block height.
constexpr double OvalTextShare = 0.78;
const double OvalHeightShare = std::sqrt(1 - OvalTextShare * OvalTextShare);

QString wallText(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    result.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return result;
}

QString trimmedRight(QString line)
{
    while (!line.isEmpty() && (line.back().isSpace() || line.back() == QChar::LineSeparator))
        line.chop(1);
    return line;
}

} // namespace

QFont CardGeometry::font(CardForm form, int pixelSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize > 0 ? pixelSize : FontPixelSize);
    font.setBold(form == CardForm::Heading);
    return font;
}

namespace {

struct Lines
{
    QStringList texts;
    QList<double> widths;
    bool brokenInWord = false;
    bool elided = false;
};

// The width of a word in the font, remembered: walls repeat their words a lot, and measuring
// is what makes laying out thousands of cards slow. One cache per thread, dropped when large.
double wordWidth(const QFontMetricsF &metrics, const QFont &font, const QString &word)
{
    thread_local QHash<std::pair<int, QString>, double> cache;
    const std::pair<int, QString> key(font.pixelSize() * 2 + (font.bold() ? 1 : 0), word);
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    if (cache.size() > 200000)
        cache.clear();
    const double width = metrics.horizontalAdvance(word);
    cache.insert(key, width);
    return width;
}

// Cuts the lines down to maxLines; the last line that fits takes the rest of the text, elided.
void elide(Lines *lines, const QStringList &rest, const QFontMetricsF &metrics, double width,
           int maxLines)
{
    lines->elided = true;
    const QString elided = metrics.elidedText(rest.join(QLatin1Char(' ')).simplified(),
                                              Qt::ElideRight, width);
    lines->texts.resize(maxLines);
    lines->widths.resize(maxLines);
    lines->texts.last() = elided;
    lines->widths.last() = metrics.horizontalAdvance(elided);
}

// Breaks the text into lines of the width at its spaces, at most maxLines. Sets brokenInWord
// and stops when a single word is wider than a line.
Lines breakAtSpaces(const QString &prepared, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    const double space = wordWidth(metrics, font, QStringLiteral(" "));
    Lines result;
    QList<qsizetype> lineStarts; // where each line starts in the text, for eliding
    const QStringList paragraphs = prepared.split(QChar::LineSeparator);
    qsizetype paragraphStart = 0;
    for (const QString &paragraph : paragraphs) {
        QString line;
        double lineWidth = 0;
        qsizetype lineStart = paragraphStart;
        qsizetype position = 0;
        const auto finishLine = [&] {
            result.texts << line;
            result.widths << lineWidth;
            lineStarts << lineStart;
            line.clear();
            lineWidth = 0;
        };
        while (position < paragraph.size()) {
            while (position < paragraph.size() && paragraph.at(position).isSpace())
                ++position;
            if (position == paragraph.size())
                break;
            qsizetype end = position;
            while (end < paragraph.size() && !paragraph.at(end).isSpace())
                ++end;
            const QString word = paragraph.mid(position, end - position);
            const double advance = wordWidth(metrics, font, word);
            if (advance > width) {
                result.brokenInWord = true;
                return result;
            }
            if (!line.isEmpty() && lineWidth + space + advance > width)
                finishLine();
            if (line.isEmpty()) {
                lineStart = paragraphStart + position;
                line = word;
                lineWidth = advance;
            } else {
                line += QLatin1Char(' ') + word;
                lineWidth += space + advance;
            }
            position = end;
        }
        finishLine();
        paragraphStart += paragraph.size() + 1;
    }
    if (result.texts.size() > maxLines) {
        QString rest = prepared.mid(lineStarts.at(maxLines - 1));
        rest.replace(QChar::LineSeparator, QLatin1Char(' '));
        elide(&result, {rest}, metrics, width, maxLines);
    }
    return result;
}

// Breaks the text into lines of the width anywhere it must, for words wider than a line even
// in the smallest font.
Lines breakAnywhere(const QString &prepared, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    QTextLayout textLayout(prepared, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textLayout.setTextOption(option);

    Lines result;
    textLayout.beginLayout();
    for (;;) {
        QTextLine line = textLayout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (result.texts.size() == maxLines) {
            QString rest = prepared.mid(textLayout.lineAt(maxLines - 1).textStart());
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            elide(&result, {rest}, metrics, width, maxLines);
            break;
        }
        result.texts << trimmedRight(prepared.mid(line.textStart(), line.textLength()));
        result.widths << std::min(line.naturalTextWidth(), width);
    }
    textLayout.endLayout();
    return result;
}

double widestWord(const QString &prepared, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double widest = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= prepared.size(); ++i) {
        const bool inWord = i < prepared.size() && !prepared.at(i).isSpace()
                            && prepared.at(i) != QChar::LineSeparator;
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            widest = std::max(widest, metrics.horizontalAdvance(prepared.mid(start, i - start)));
            start = -1;
        }
    }
    return widest;
}

} // namespace

CardLayout CardGeometry::layout(const QString &text, CardForm form)
{
    const bool oval = form == CardForm::Oval;
    const bool heading = form == CardForm::Heading;
    const double textWidth = oval ? CardWidth * OvalTextShare : CardWidth - 2 * Padding;
    const double padding = heading ? HeadingPadding : Padding;
    const double maxTextHeight = oval ? (MaxHeight - Padding) * OvalHeightShare
                                      : MaxHeight - 2 * padding;
    const QString prepared = wallText(text);

    QFont wallFont = font(form);
    const auto maxLinesIn = [&](const QFont &f) {
        return std::max(1, int(maxTextHeight / QFontMetricsF(f).lineSpacing()));
    };
    Lines lines = breakAtSpaces(prepared, wallFont, textWidth, maxLinesIn(wallFont));
    if (lines.brokenInWord) {
        // A long compound word ("Mehrgenerationenhaus") reads better in a smaller font than
        // broken apart; only in the smallest font is it broken.
        const double widest = widestWord(prepared, wallFont);
        const int size = std::max(MinFontPixelSize,
                                  int(std::floor(FontPixelSize * textWidth / widest)));
        wallFont = font(form, size);
        lines = breakAtSpaces(prepared, wallFont, textWidth, maxLinesIn(wallFont));
        if (lines.brokenInWord)
            lines = breakAnywhere(prepared, wallFont, textWidth, maxLinesIn(wallFont));
    }
    if (lines.texts.isEmpty()) {
        lines.texts << QString();
        lines.widths << 0;
    }

    CardLayout result;
    result.lines = lines.texts;
    result.lineWidths = lines.widths;
    result.elided = lines.elided;
    result.fontPixelSize = wallFont.pixelSize();
    result.lineHeight = QFontMetricsF(wallFont).lineSpacing();

    const double textHeight = result.lines.size() * result.lineHeight;
    double height = 0;
    if (oval)
        height = std::max(MinCardHeight, textHeight / OvalHeightShare + Padding);
    else
        height = std::max(heading ? MinHeadingHeight : MinCardHeight, textHeight + 2 * padding);
    height = std::ceil(std::min(height, MaxHeight));
    result.size = QSizeF(CardWidth, height);
    result.textRect = QRectF((CardWidth - textWidth) / 2, (height - textHeight) / 2, textWidth,
                             textHeight);
    return result;
}

QSizeF CardGeometry::size(const QString &text, CardForm form)
{
    // One cache per thread and form, dropped when large, like the word widths.
    thread_local std::array<QHash<QString, QSizeF>, CardFormCount> cache;
    QHash<QString, QSizeF> &sizes = cache.at(std::size_t(form));
    const auto it = sizes.constFind(text);
    if (it != sizes.cend())
        return *it;
    if (sizes.size() > 100000)
        sizes.clear();
    const QSizeF result = layout(text, form).size;
    sizes.insert(text, result);
    return result;
}

} // namespace weitblick

#include <catch2/catch.hpp>

#include "core/wall/cardgeometry.h"

using namespace weitblick;

TEST_CASE("Cards have a fixed width and grow with their text up to a cap", "[wall]")
{
    const CardLayout shortCard = CardGeometry::layout(QStringLiteral("Mauerfall"), CardForm::Card);
    CHECK(shortCard.size.width() == CardGeometry::CardWidth);
    CHECK(shortCard.size.height() == CardGeometry::MinCardHeight);
    CHECK(shortCard.lines == QStringList{QStringLiteral("Mauerfall")});
    CHECK_FALSE(shortCard.elided);

    const QString sentence = QStringLiteral("Nach 18 Uhr ist die Innenstadt wie ausgestorben, "
                                            "und sonntags erst recht");
    const CardLayout longer = CardGeometry::layout(sentence, CardForm::Card);
    CHECK(longer.size.width() == CardGeometry::CardWidth);
    CHECK(longer.size.height() > shortCard.size.height());
    CHECK(longer.lines.size() > 2);
    CHECK(longer.lines.join(QLatin1Char(' ')) == sentence);
    for (double width : longer.lineWidths)
        CHECK(width <= longer.textRect.width() + 0.5);
    CHECK(longer.textRect.height() == Approx(longer.lines.size() * longer.lineHeight));
    CHECK(QRectF(QPointF(), longer.size).contains(longer.textRect));

    const CardLayout huge = CardGeometry::layout(QStringLiteral("Wort ").repeated(80),
                                                 CardForm::Card);
    CHECK(huge.size.height() == CardGeometry::MaxHeight);
    CHECK(huge.elided);
    CHECK(huge.lines.constLast().endsWith(QChar(0x2026)));
}

TEST_CASE("Card text is plain text and keeps its line breaks", "[wall]")
{
    const CardLayout markup = CardGeometry::layout(QStringLiteral("<b>x</b>"), CardForm::Card);
    CHECK(markup.lines == QStringList{QStringLiteral("<b>x</b>")});

    const CardLayout twoLines = CardGeometry::layout(QStringLiteral("eins\nzwei"), CardForm::Card);
    CHECK(twoLines.lines == QStringList({QStringLiteral("eins"), QStringLiteral("zwei")}));

    const CardLayout empty = CardGeometry::layout(QString(), CardForm::Card);
    CHECK(empty.lines.size() == 1);
    CHECK(empty.size.height() == CardGeometry::MinCardHeight);
}

TEST_CASE("A word too long for a line shrinks the font before it is broken", "[wall]")
{
    const CardLayout layout = CardGeometry::layout(
        QStringLiteral("Mehrgenerationenhaus am Stadtpark"), CardForm::Card);
    CHECK(layout.fontPixelSize < CardGeometry::FontPixelSize);
    CHECK(layout.fontPixelSize >= CardGeometry::MinFontPixelSize);
    CHECK(layout.lines.constFirst() == QStringLiteral("Mehrgenerationenhaus"));

    const CardLayout normal = CardGeometry::layout(QStringLiteral("Kurze Wege"), CardForm::Card);
    CHECK(normal.fontPixelSize == CardGeometry::FontPixelSize);
}

TEST_CASE("The three Metaplan forms differ in shape", "[wall]")
{
    const QString text = QStringLiteral("Wir müssen mutiger werden und mehr wagen");
    const CardLayout card = CardGeometry::layout(text, CardForm::Card);
    const CardLayout oval = CardGeometry::layout(text, CardForm::Oval);
    const CardLayout heading = CardGeometry::layout(QStringLiteral("Mitte"), CardForm::Heading);
    // An oval's text keeps away from the curved edge.
    CHECK(oval.textRect.width() < card.textRect.width());
    CHECK(oval.size.height() >= card.size.height());
    CHECK(heading.size.height() < card.size.height());
    CHECK(CardGeometry::font(CardForm::Heading).bold());
    CHECK_FALSE(CardGeometry::font(CardForm::Card).bold());
    // Two lines of heading fit into the heading block of a cluster.
    const CardLayout twoLineHeading = CardGeometry::layout(
        QStringLiteral("Lebendige Mitte: Markt und Plätze"), CardForm::Heading);
    CHECK(twoLineHeading.lines.size() == 2);
    CHECK(twoLineHeading.size.height()
          <= CardGeometry::ClusterHeadingHeight - CardGeometry::RowGap);
}

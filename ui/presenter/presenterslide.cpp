#include "presenterslide.h"

#include "ui/participation/qrcode.h"
#include "ui/voting/commongroundpainter.h"
#include "ui/voting/rankingpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <QTextOption>

namespace weitblick {

namespace {

QFont slideFont(double pixelSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

// The font made smaller, when it must be, so that the text fits the width on one line: an
// address or an access code broken over two lines is misread.
QFont fittedToWidth(QFont font, const QString &text, double width)
{
    const double textWidth = QFontMetricsF(font).horizontalAdvance(text);
    if (textWidth > width)
        font.setPixelSize(qMax(1, int(font.pixelSize() * width / textWidth)));
    return font;
}

// Draws plain text word-wrapped into the rectangle; returns the height it took.
double drawWrapped(QPainter *painter, const QRectF &rect, const QString &text,
                   Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QRectF bounds = painter->boundingRect(rect, text, option);
    painter->drawText(rect, text, option);
    return bounds.height();
}

// The vote painters fit every item into their rectangle, which makes long lists too small to read
// from the back of a hall. On the projector they paint magnified, in rows as tall as the painters
// make them, and a list longer than the slide ends with how many more items there are: the best
// items show.
template<class Painter>
void paintMagnified(QPainter *painter, const QRectF &rect, double unit, const Painter &results)
{
    constexpr double MaxRowHeight = 44; // the painters' tallest row; their text is half of it
    // Text half a row high becomes ~30 px at 1080 lines.
    const double scale = 1.35 * unit;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    results.paint(painter, QRectF(0, 0, rect.width() / scale, rect.height() / scale),
                  MaxRowHeight);
    painter->restore();
}

} // namespace

PresenterSlide::PresenterSlide(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

PresenterSlide::~PresenterSlide() = default;

void PresenterSlide::setVote(const Conference &conference, Id sessionId, double share)
{
    m_sessionId = sessionId;
    if (sessionId == NoId) {
        m_ranking.reset();
        m_commonGround.reset();
    } else {
        m_ranking = std::make_unique<RankingPainter>(conference, sessionId);
        m_commonGround = std::make_unique<CommonGroundPainter>(conference, sessionId, share);
    }
    update();
}

void PresenterSlide::setJoin(const QUrl &url, const QString &code)
{
    if (url == m_joinUrl && code == m_joinCode)
        return;
    m_joinUrl = url;
    m_joinCode = code;
    update();
}

void PresenterSlide::setKind(Kind kind)
{
    m_kind = kind;
    update();
}

void PresenterSlide::setTitle(const QString &conferenceTitle, const QString &phaseTitle,
                              const QString &guidingQuestion)
{
    // Called four times a second with the timer: repaint only what changed.
    if (conferenceTitle == m_conferenceTitle && phaseTitle == m_phaseTitle
        && guidingQuestion == m_question)
        return;
    m_conferenceTitle = conferenceTitle;
    m_phaseTitle = phaseTitle;
    m_question = guidingQuestion;
    update();
}

void PresenterSlide::setTime(const QString &time, bool up)
{
    if (time == m_time && up == m_up)
        return;
    m_time = time;
    m_up = up;
    update();
}

void PresenterSlide::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintSlide(&painter, rect());
}

void PresenterSlide::paintSlide(QPainter *painter, const QRect &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // 1 unit is one pixel at 1080 lines.
    const double unit = rect.height() / 1080.0;
    const QRectF area = QRectF(rect).adjusted(120 * unit, 90 * unit, -120 * unit, -90 * unit);
    const bool alarm = m_kind == Kind::Timer && m_up;
    painter->fillRect(rect, alarm ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xfa, 0xfa, 0xf7));
    const QColor ink = alarm ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21);
    const QColor quiet = alarm ? QColor(0xff, 0xe0, 0xe0) : QColor(0x5f, 0x6b, 0x73);

    if (m_kind == Kind::Title) {
        double y = area.top();
        painter->setPen(quiet);
        painter->setFont(slideFont(44 * unit, false));
        y += drawWrapped(painter, QRectF(area.left(), y, area.width(), area.height()),
                         m_conferenceTitle, Qt::AlignHCenter | Qt::AlignTop);
        y += 40 * unit;
        painter->setPen(ink);
        painter->setFont(slideFont(64 * unit, true));
        y += drawWrapped(painter, QRectF(area.left(), y, area.width(), area.bottom() - y),
                         m_phaseTitle, Qt::AlignHCenter | Qt::AlignTop);
        y += 70 * unit;
        painter->setFont(slideFont(76 * unit, false));
        drawWrapped(painter, QRectF(area.left(), y, area.width(), area.bottom() - y), m_question,
                    Qt::AlignCenter);
    } else if (m_kind == Kind::Ranking || m_kind == Kind::CommonGround) {
        const QRectF results = QRectF(rect).adjusted(60 * unit, 50 * unit, -60 * unit, -50 * unit);
        if (m_kind == Kind::Ranking && m_ranking) {
            paintMagnified(painter, results, unit, *m_ranking);
        } else if (m_kind == Kind::CommonGround && m_commonGround) {
            paintMagnified(painter, results, unit, *m_commonGround);
        } else {
            painter->setPen(quiet);
            painter->setFont(slideFont(64 * unit, false));
            drawWrapped(painter, area, tr("No vote on this phase yet."), Qt::AlignCenter);
        }
    } else if (m_kind == Kind::Join) {
        paintJoin(painter, area, unit);
    } else {
        painter->setPen(quiet);
        painter->setFont(slideFont(56 * unit, true));
        const double titleHeight =
            drawWrapped(painter, area, m_phaseTitle, Qt::AlignHCenter | Qt::AlignTop);
        painter->setPen(ink);
        // As large as fits: "−117:30" needs more room than "12:00".
        QFont big = slideFont(380 * unit, true);
        const double width = QFontMetricsF(big).horizontalAdvance(m_time);
        if (width > area.width())
            big.setPixelSize(qMax(1, int(big.pixelSize() * area.width() / width)));
        painter->setFont(big);
        QTextOption option(Qt::AlignCenter);
        painter->drawText(area.adjusted(0, titleHeight, 0, 0), m_time, option);
    }
    painter->restore();
}

void PresenterSlide::paintJoin(QPainter *painter, const QRectF &area, double unit) const
{
    const QColor ink(0x21, 0x21, 0x21);
    const QColor quiet(0x5f, 0x6b, 0x73);
    if (m_joinUrl.isEmpty()) {
        painter->setPen(quiet);
        painter->setFont(slideFont(64 * unit, false));
        drawWrapped(painter, area, tr("Participation over the network has not been started."),
                    Qt::AlignCenter);
        return;
    }
    // Module size: the code takes the slide's full height inside the margins, 900 px at 1080
    // lines, in whole pixels per module. A join address of 30 to 60 characters makes a code of
    // 29 to 33 modules (versions 3 and 4 at level M), 37 to 41 with the quiet zone, so a module
    // is 21 to 24 px: on a screen 3 m wide about 3.5 cm, and the code about 1.4 m across. Phone
    // cameras read a code from about ten times its width, so from 14 m, the back of a hall for
    // 100 people; a smaller code would lose the last rows.
    const QrCode code = QrCode::encode(m_joinUrl.toString(QUrl::FullyEncoded));
    const double side = area.height();
    code.paint(painter, QRectF(area.left(), area.top(), side, side));

    const double gap = 70 * unit;
    const QRectF text(area.left() + side + gap, area.top(), area.width() - side - gap,
                      area.height());
    double y = text.top() + 40 * unit;
    painter->setPen(ink);
    painter->setFont(slideFont(96 * unit, true));
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), text.bottom() - y),
                     tr("Join in"), Qt::AlignLeft | Qt::AlignTop);
    y += 40 * unit;
    painter->setPen(quiet);
    painter->setFont(slideFont(44 * unit, false));
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), text.bottom() - y),
                     tr("Scan the code with your phone's camera, or open this address:"),
                     Qt::AlignLeft | Qt::AlignTop);
    y += 30 * unit;
    painter->setPen(ink);
    const QString address = m_joinUrl.toString(QUrl::RemoveQuery);
    painter->setFont(fittedToWidth(slideFont(52 * unit, true), address, text.width()));
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), text.bottom() - y), address,
                     Qt::AlignLeft | Qt::AlignTop);
    y += 70 * unit;
    painter->setPen(quiet);
    painter->setFont(slideFont(44 * unit, false));
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), text.bottom() - y),
                     tr("Access code"), Qt::AlignLeft | Qt::AlignTop);
    y += 10 * unit;
    painter->setPen(ink);
    QFont big = slideFont(150 * unit, true);
    big.setLetterSpacing(QFont::PercentageSpacing, 115);
    painter->setFont(fittedToWidth(big, m_joinCode, text.width()));
    drawWrapped(painter, QRectF(text.left(), y, text.width(), text.bottom() - y), m_joinCode,
                Qt::AlignLeft | Qt::AlignTop);
}

} // namespace weitblick

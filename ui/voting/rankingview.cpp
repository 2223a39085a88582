#include "rankingview.h"

#include "core/document/conferencedocument.h"

#include <QPainter>

namespace weitblick {

RankingView::RankingView(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    rebuild();
    connect(document, &ConferenceDocument::changesApplied, this, &RankingView::rebuild);
}

RankingView::~RankingView() = default;

void RankingView::setSession(Id sessionId)
{
    m_sessionId = sessionId;
    rebuild();
}

void RankingView::rebuild()
{
    m_painter = std::make_unique<RankingPainter>(m_document->conference(), m_sessionId);
    update();
}

void RankingView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    m_painter->paint(&painter, QRectF(rect()).adjusted(12, 8, -12, -8));
}

} // namespace weitblick

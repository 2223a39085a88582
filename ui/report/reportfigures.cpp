#include "reportfigures.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace weitblick {

namespace {
constexpr int FigureIndex = QTextFormat::UserProperty + 1;
}

ReportFigures::ReportFigures(QObject *parent) : QObject(parent)
{
}

void ReportFigures::install(QTextDocument *document)
{
    document->documentLayout()->registerHandler(ObjectType, this);
}

void ReportFigures::insert(QTextCursor &cursor, const QSizeF &size, Paint paint)
{
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(FigureIndex, int(m_figures.size()));
    m_figures.append({size, std::move(paint)});
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportFigures::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return m_figures.value(format.intProperty(FigureIndex)).size;
}

void ReportFigures::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &format)
{
    const int index = format.intProperty(FigureIndex);
    if (index < 0 || index >= m_figures.size() || !m_figures.at(index).paint)
        return;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    m_figures.at(index).paint(painter, rect);
    painter->restore();
}

} // namespace weitblick

#pragma once

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>

class QTextCursor;

namespace weitblick {

// Draws the pictures of a report (walls, charts) as vector graphics wherever the text document
// is painted: a PDF page, a preview, an image. Each figure is an object character in the text
// whose size the layout reserves and whose painting is a function of its own.
class ReportFigures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Paint = std::function<void(QPainter *painter, const QRectF &rect)>;

    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    explicit ReportFigures(QObject *parent = nullptr);

    // Registers the handler with the document's layout.
    void install(QTextDocument *document);
    // Inserts a figure of the given size (in document units) at the cursor.
    void insert(QTextCursor &cursor, const QSizeF &size, Paint paint);
    int count() const { return int(m_figures.size()); }

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    struct Figure
    {
        QSizeF size;
        Paint paint;
    };
    QList<Figure> m_figures;
};

} // namespace weitblick

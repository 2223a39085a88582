#pragma once

#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;
class QWidget;

namespace weitblick::test {

// Finds text that does not fit the space it gets: on widgets, in painted sheets and in text
// documents. Each finding is one line that names the place, the text and what is wrong.
namespace textfit {

// Walks the visible widgets under `root` and compares the width each text needs
// (QFontMetrics::horizontalAdvance) with the rectangle it is drawn in: labels, buttons,
// combo box choices, placeholder hints, header sections, and the items of list and tree views
// (an item may be cut only when its tooltip holds its whole text). Also text editors without
// a vertical scroll bar, which must show all their lines.
QStringList clippedWidgetText(QWidget *root);

// A paint device that records every run of text painted on it, where it landed and what clip
// it was painted under, for painters that paint on any device (posters, the report, slides).
class TextRecorder : public QPaintDevice
{
public:
    struct Run
    {
        QString text;
        QFont font;
        QRectF rect; // in device pixels: the advance width by the ascent and descent
        QRectF clip; // in device pixels; empty when nothing was clipped
    };

    explicit TextRecorder(QSizeF size, int dpi = 96);
    ~TextRecorder() override;

    QPaintEngine *paintEngine() const override;
    const QList<Run> &runs() const;
    QSizeF size() const { return m_size; }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_size;
    int m_dpi;
    std::unique_ptr<QPaintEngine> m_engine;
};

// What the recorded runs show cut or run together: text that was elided ("…" at its end),
// text beyond its clip or the sheet, and runs that touch or overlap on one line.
QStringList clippedPaintedText(const TextRecorder &recorder, const QString &sheet);

// Lines of a laid-out text document that break inside a word (a table column too narrow
// for "Fortschritt" prints "Fortschr" over "itt").
QStringList brokenWords(QTextDocument *document, const QString &name);

} // namespace textfit
} // namespace weitblick::test

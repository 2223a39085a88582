#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace weitblick {

// Paints a folded name card (table tent) on an A4 sheet lying down: folded once across the
// middle, it stands on the table and shows the name and a second line large on both sides, so
// the upper half is painted upside down. Works in tenths of a millimetre.
class TableTentPainter
{
    Q_DECLARE_TR_FUNCTIONS(TableTentPainter)

public:
    // The A4 landscape sheet in tenths of a millimetre.
    static QRectF sheet() { return QRectF(0, 0, 2970, 2100); }

    TableTentPainter(const QString &name, const QString &detail, const QColor &stripe);

    void paint(QPainter *painter) const;
    // The pixel size (tenths of a mm) the name is set in: as large as fits across the half.
    int namePixelSize() const;

private:
    void paintHalf(QPainter *painter, const QRectF &half) const;

    QString m_name;
    QString m_detail;
    QColor m_stripe;
};

} // namespace weitblick

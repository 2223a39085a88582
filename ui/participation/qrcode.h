#pragma once

#include <QByteArray>

class QImage;
class QPainter;
class QRectF;

namespace weitblick {

// A QR code of a text, made by libqrencode (error correction level M, which survives a blurred
// or keystoned projection): its square of modules, dark or light, without the quiet zone.
class QrCode
{
public:
    // The quiet zone that readers need around the code, in modules (ISO/IEC 18004).
    static constexpr int QuietZone = 4;

    // The code of the text, as UTF-8 bytes; a null code when libqrencode cannot encode it.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    // The largest whole number of pixels per module at which the code with its quiet zone fits
    // into `side` pixels (at least 1): whole pixels keep the edges sharp for the camera.
    int moduleSizeFor(double side) const;
    // Paints the code with its quiet zone on white, centred in the rectangle, with whole pixels
    // per module; returns the module size it used.
    int paint(QPainter *painter, const QRectF &rect) const;
    // The code with its quiet zone, one module `moduleSize` pixels wide.
    QImage toImage(int moduleSize) const;

private:
    int m_size = 0;
    QByteArray m_dark; // one byte per module, row by row: 1 dark, 0 light
};

} // namespace weitblick

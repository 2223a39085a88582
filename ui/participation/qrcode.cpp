#include "qrcode.h"

#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <qrencode.h>

#include <cmath>
#include <memory>

namespace weitblick {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest version that holds the text. Case-sensitive 8-bit mode: a join
    // URL's code and path must reach the phone exactly as written.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr || utf8.contains('\0'))
        return code;
    code.m_size = qr->width;
    code.m_dark.resize(qsizetype(qr->width) * qr->width);
    // Bit 0 of each byte is the module's colour; the other bits describe its role.
    for (qsizetype i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = char(qr->data[i] & 1);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(qsizetype(y) * m_size + x) != 0;
}

int QrCode::moduleSizeFor(double side) const
{
    const int modules = m_size + 2 * QuietZone;
    return std::max(1, int(std::floor(side / modules)));
}

int QrCode::paint(QPainter *painter, const QRectF &rect) const
{
    if (isNull())
        return 0;
    const int module = moduleSizeFor(std::min(rect.width(), rect.height()));
    const int side = module * (m_size + 2 * QuietZone);
    const QPointF corner(std::round(rect.center().x() - side / 2.0),
                         std::round(rect.center().y() - side / 2.0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRectF(corner, QSizeF(side, side)), Qt::white);
    const QPointF origin = corner + QPointF(QuietZone * module, QuietZone * module);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter->fillRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                         module, module),
                                  Qt::black);
        }
    }
    painter->restore();
    return module;
}

QImage QrCode::toImage(int moduleSize) const
{
    const int side = std::max(1, moduleSize) * (m_size + 2 * QuietZone);
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(0, 0, side, side));
    return image;
}

} // namespace weitblick

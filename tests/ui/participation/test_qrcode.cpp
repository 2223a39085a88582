#include <catch2/catch.hpp>

#include "ui/participation/qrcode.h"
#include "ui/presenter/presenterslide.h"

#include <QImage>
#include <QPainter>

#include <qrencode.h>

#include <memory>

using namespace weitblick;

namespace {

const QString JoinUrl = QStringLiteral("http://192.168.178.20:8088/?code=K7QM2X");

// libqrencode's own matrix of the text, straight from the library: the reference the
// pictures are read back against.
QList<QList<bool>> referenceMatrix(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    REQUIRE(qr);
    QList<QList<bool>> rows;
    for (int y = 0; y < qr->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < qr->width; ++x)
            row << bool(qr->data[y * qr->width + x] & 1);
        rows << row;
    }
    return rows;
}

// Reads a code back from a picture, as a camera would after finding it: the square of dark
// pixels' extent gives the code's corners, the finder pattern's first run the module size, and
// each module is read at its centre.
struct ReadBack
{
    QList<QList<bool>> modules;
    int moduleSize = 0;
    QRect bounds;
};

bool isDark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

ReadBack readBack(const QImage &image, const QRect &area, int modulesPerSide)
{
    ReadBack result;
    int left = area.right(), top = area.bottom(), right = area.left(), bottom = area.top();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (isDark(image, x, y)) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    result.bounds = QRect(QPoint(left, top), QPoint(right, bottom));
    if (result.bounds.width() != result.bounds.height())
        return result;
    result.moduleSize = result.bounds.width() / modulesPerSide;
    for (int y = 0; y < modulesPerSide; ++y) {
        QList<bool> row;
        for (int x = 0; x < modulesPerSide; ++x) {
            row << isDark(image, left + x * result.moduleSize + result.moduleSize / 2,
                          top + y * result.moduleSize + result.moduleSize / 2);
        }
        result.modules << row;
    }
    return result;
}

} // namespace

TEST_CASE("A QR code is libqrencode's matrix of the text, with a white quiet zone",
          "[participation][qr]")
{
    const QrCode code = QrCode::encode(JoinUrl);
    const QList<QList<bool>> reference = referenceMatrix(JoinUrl);
    REQUIRE(code.size() == reference.size());
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x)
            REQUIRE(code.isDark(x, y) == reference[y][x]);
    }

    const int module = 5;
    const QImage image = code.toImage(module);
    REQUIRE(image.width() == (code.size() + 2 * QrCode::QuietZone) * module);
    const ReadBack read = readBack(image, image.rect(), code.size());
    CHECK(read.bounds.topLeft() == QPoint(QrCode::QuietZone * module, QrCode::QuietZone * module));
    CHECK(read.moduleSize == module);
    CHECK(read.modules == reference);
    // Another text gives another code: the comparison can fail.
    CHECK(read.modules != referenceMatrix(JoinUrl + QLatin1Char('X')));
}

TEST_CASE("The Join in slide shows the join address's QR code, large enough for a hall",
          "[participation][qr][presenter]")
{
    PresenterSlide slide;
    slide.setKind(PresenterSlide::Kind::Join);
    slide.setJoin(QUrl(JoinUrl), QStringLiteral("K7QM2X"));
    QImage image(1920, 1080, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        slide.paintSlide(&painter, image.rect());
    }
    const QList<QList<bool>> reference = referenceMatrix(JoinUrl);
    // The code sits in the left part of the slide, left of the text.
    const ReadBack read = readBack(image, QRect(0, 0, 1080, 1080), int(reference.size()));
    INFO("code at " << read.bounds.x() << "," << read.bounds.y() << " size "
                    << read.bounds.width() << "x" << read.bounds.height());
    CHECK(read.modules == reference);
    // Whole pixels per module, at least 21 at 1080 lines (see PresenterSlide::paintJoin).
    CHECK(read.moduleSize >= 21);
    CHECK(read.bounds.width() == read.moduleSize * reference.size());
}

TEST_CASE("The Join in slide says so when the server is not running", "[participation][presenter]")
{
    PresenterSlide slide;
    slide.setKind(PresenterSlide::Kind::Join);
    QImage image(1920, 1080, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        slide.paintSlide(&painter, image.rect());
    }
    // No code: no large dark square anywhere on the left.
    const ReadBack read = readBack(image, QRect(0, 0, 1080, 1080), 29);
    CHECK(read.modules.isEmpty());
}

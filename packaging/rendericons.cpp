// Renders the SVG icon into the PNG sizes of the hicolor icon theme at build time, so that
// the PNGs always match the SVG.
// Usage: weitblick_rendericons ICON.svg OUTDIR NAME SIZE...  (writes OUTDIR/SIZE/NAME.png)

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        QTextStream(stderr) << "usage: weitblick_rendericons ICON.svg OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << args.at(1) << ": not a valid SVG\n";
        return 2;
    }
    for (const QString &sizeText : args.mid(4)) {
        const int size = sizeText.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString folder = args.at(2) + QLatin1Char('/') + sizeText;
        const QString path = folder + QLatin1Char('/') + args.at(3) + QStringLiteral(".png");
        if (!QDir().mkpath(folder) || !image.save(path)) {
            QTextStream(stderr) << path << ": cannot be written\n";
            return 2;
        }
    }
    return 0;
}

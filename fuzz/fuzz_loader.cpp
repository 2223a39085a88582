// The file loader on any bytes: a conference file is opened read-only and checked as
// `weitblick --check` does; where it opens, its report is built and painted and one wall is
// rendered into a small image. Then it is opened for editing.
//
// Besides crashes, hangs and undefined behaviour this asserts what the file must never suffer:
// a read-only open, check and report leave the file's bytes as they were and create nothing
// beside it, and opening for editing reaches the same verdict as opening read-only.
#include "fuzzsupport.h"

#include "core/document/conferencedocument.h"
#include "core/model/references.h"
#include "ui/report/conferencereport.h"
#include "ui/wall/wallscene.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace weitblick;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void renderReport(ConferenceDocument *document)
{
    ConferenceReport report(document, {});
    if (!report.build())
        return;
    // Every page into one small image: the painting, not the pixels, is under test.
    QImage image(120, 170, QImage::Format_RGB32);
    const QSizeF page = ConferenceReport::pageSize();
    for (int i = 0; i < report.pageCount(); ++i) {
        QPainter painter(&image);
        painter.scale(image.width() / page.width(), image.height() / page.height());
        report.paintPage(&painter, i);
    }
}

void renderFirstWall(ConferenceDocument *document)
{
    const auto &phases = document->conference().all<Phase>();
    if (phases.begin() == phases.end())
        return;
    WallScene scene(document);
    scene.setPhase(phases.begin()->id);
    QImage image(160, 100, QImage::Format_RGB32);
    QPainter painter(&image);
    scene.render(&painter, image.rect(), scene.contentRect(), Qt::KeepAspectRatio);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QTemporaryDir dir;
    fuzz::require(dir.isValid(), "no temporary folder");
    const QString path = dir.filePath(QStringLiteral("fuzz.weitblick"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
                      "cannot write the input");
    }

    OpenOutcome readOnly;
    if (auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly,
                                                 &readOnly)) {
        (void)document->integrityCheck();
        (void)findProblems(document->conference());
        renderReport(document.get());
        renderFirstWall(document.get());
    } else {
        fuzz::require(!readOnly.message.isEmpty(), "refused without a reason");
    }
    fuzz::require(contentsOf(path) == bytes, "a read-only open changed the file");
    fuzz::require(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                             | QDir::NoDotAndDotDot)
                      == QStringList{QStringLiteral("fuzz.weitblick")},
                  "a read-only open left files beside the conference");

    OpenOutcome forEditing;
    (void)ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &forEditing);
    if (forEditing.isOpen() != readOnly.isOpen())
        fuzz::fail(QStringLiteral("read-only: %1; for editing: %2")
                       .arg(readOnly.isOpen() ? QStringLiteral("open") : readOnly.message,
                            forEditing.isOpen() ? QStringLiteral("open") : forEditing.message));
    return 0;
}

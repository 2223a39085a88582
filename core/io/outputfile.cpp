#include "outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace weitblick {

bool OutputFile::write(const QString &path, const std::function<bool(QIODevice &)> &write,
                       QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(shownPath, reason);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder."));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return fail(tr("the folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(folder.filePath())));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // flush() reports a failed write of the last buffered bytes, which commit() would lose:
    // a small file on a full disk must not pass as written.
    if (!write(file) || !file.flush()) {
        const bool deviceFailed = file.error() != QFileDevice::NoError;
        const QString reason = deviceFailed ? file.errorString() : tr("the export stopped.");
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); },
        error);
}

} // namespace weitblick

#include "outputfile.h"

#include "core/storage/errortext.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <memory>
#include <vector>

namespace weitblick {

namespace {

// "FILE could not be written: REASON" into *error; false.
bool failed(const QString &path, const QString &reason, QString *error)
{
    if (error)
        *error = OutputFile::tr("%1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
    return false;
}

// Why a write failed, in the moderator's language. The system's error number right after the
// failing call names a full disk; QFileDevice's own text is English, and after a failed
// buffered write it may be "Unknown error".
QString reasonOf(const QFileDevice &file, int errnum)
{
    if (storage::ErrorText::isNoSpace(errnum))
        return storage::ErrorText::systemCause(errnum) + QLatin1Char('.');
    return file.errorString();
}

// Writes all of bytes: a device may take fewer at a time (a disk that fills up), and only the
// next write then fails with the system's reason.
bool writeFully(QIODevice &device, const QByteArray &bytes)
{
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = device.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// A QSaveFile for path, open for writing; null (and *error set) when path cannot be one.
std::unique_ptr<QSaveFile> openSaveFile(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir()) {
        failed(path, OutputFile::tr("it is a folder."), error);
        return nullptr;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        failed(path, OutputFile::tr("the folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(folder.filePath())), error);
        return nullptr;
    }
    auto file = std::make_unique<QSaveFile>(path);
    errno = 0;
    if (!file->open(QIODevice::WriteOnly)) {
        failed(path, reasonOf(*file, errno), error);
        return nullptr;
    }
    return file;
}

} // namespace

bool OutputFile::write(const QString &path, const std::function<bool(QIODevice &)> &write,
                       QString *error)
{
    const std::unique_ptr<QSaveFile> file = openSaveFile(path, error);
    if (!file)
        return false;
    // flush() reports a failed write of the last buffered bytes, which commit() would lose:
    // a small file on a full disk must not pass as written.
    errno = 0;
    if (!write(*file) || !file->flush()) {
        const int errnum = errno;
        const bool deviceFailed = file->error() != QFileDevice::NoError
                                  || storage::ErrorText::isNoSpace(errnum);
        const QString reason = deviceFailed ? reasonOf(*file, errnum) : tr("the export stopped.");
        file->cancelWriting();
        return failed(path, reason, error);
    }
    errno = 0;
    if (!file->commit())
        return failed(path, reasonOf(*file, errno), error);
    return true;
}

bool OutputFile::writeAll(const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    // Every file is written in full before the first one takes its name; a QSaveFile that
    // goes uncommitted takes its temporary file with it.
    std::vector<std::unique_ptr<QSaveFile>> written;
    for (const auto &[path, bytes] : files) {
        std::unique_ptr<QSaveFile> file = openSaveFile(path, error);
        if (!file)
            return false;
        errno = 0;
        if (!writeFully(*file, bytes) || !file->flush())
            return failed(path, reasonOf(*file, errno), error);
        written.push_back(std::move(file));
    }
    // Only renames are left, which a full disk does not stop.
    for (const std::unique_ptr<QSaveFile> &file : written) {
        errno = 0;
        if (!file->commit())
            return failed(file->fileName(), reasonOf(*file, errno), error);
    }
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(path, [&bytes](QIODevice &device) { return writeFully(device, bytes); }, error);
}

} // namespace weitblick

#include "outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
    if (!file->open(QIODevice::WriteOnly)) {
        failed(path, file->errorString(), error);
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
    if (!write(*file) || !file->flush()) {
        const bool deviceFailed = file->error() != QFileDevice::NoError;
        const QString reason = deviceFailed ? file->errorString() : tr("the export stopped.");
        file->cancelWriting();
        return failed(path, reason, error);
    }
    if (!file->commit())
        return failed(path, file->errorString(), error);
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
        if (file->write(bytes) != bytes.size() || !file->flush())
            return failed(path, file->errorString(), error);
        written.push_back(std::move(file));
    }
    // Only renames are left, which a full disk does not stop.
    for (const std::unique_ptr<QSaveFile> &file : written) {
        if (!file->commit())
            return failed(file->fileName(), file->errorString(), error);
    }
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); },
        error);
}

} // namespace weitblick

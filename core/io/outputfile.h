#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QIODevice;

namespace weitblick {

// Writes an export (PDF, ODT, CSV, iCalendar, PNG) through QSaveFile: the file appears only when
// it was written completely, so a full disk or a vanished folder never leaves half a file, and
// an existing file of that name stays as it was until then.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // Calls write with the open device; write returns false (and may set *error) to give up.
    // On failure *error says in words what went wrong and with which file.
    static bool write(const QString &path, const std::function<bool(QIODevice &)> &write,
                      QString *error);
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Several files (path and contents) that belong together: all of them, or none (an
    // existing file stays as it was).
    static bool writeAll(const QList<std::pair<QString, QByteArray>> &files, QString *error);
};

} // namespace weitblick

#include "participationpage.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace weitblick::ParticipationPage {

namespace {

QByteArray contentType(const QString &name)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("ico"), "image/x-icon"},
    };
    return types.value(name.section(QLatin1Char('.'), -1).toLower(), "application/octet-stream");
}

// The page's files by name, read once.
const QHash<QByteArray, HttpReply> &files()
{
    static const QHash<QByteArray, HttpReply> all = [] {
        QHash<QByteArray, HttpReply> loaded;
        const QDir folder(QStringLiteral(":/participation"));
        const QStringList names = folder.entryList(QDir::Files);
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                loaded.insert('/' + name.toUtf8(), {200, contentType(name), file.readAll(), {}});
        }
        return loaded;
    }();
    return all;
}

} // namespace

std::optional<HttpReply> file(const QByteArray &path)
{
    const QByteArray name = path == "/" ? QByteArray("/index.html") : path;
    const auto it = files().constFind(name);
    if (it == files().cend())
        return std::nullopt;
    return *it;
}

} // namespace weitblick::ParticipationPage

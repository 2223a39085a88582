#include "fuzzsupport.h"

#include <QApplication>

#include <cstdio>
#include <cstdlib>

namespace weitblick::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt keeps references to argc and argv for the lifetime of the application.
    static int argc = 1;
    static char name[] = "weitblick-fuzz";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv); // lives as long as the process, like a program's own
}

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void fail(const QString &what)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", qPrintable(what));
    std::abort();
}

} // namespace weitblick::fuzz

#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Small helpers shared by the libFuzzer targets of this folder.
namespace weitblick::fuzz {

// The application object that fonts, painting and the wall scene need; created once,
// offscreen, on the first call.
void ensureApplication();

// libFuzzer's input as a byte array (copied: Qt may keep it beyond the call).
QByteArray bytesOf(const uint8_t *data, size_t size);

// Stops the run with a message when a property that must hold does not: libFuzzer then keeps
// the input as a crash.
[[noreturn]] void fail(const QString &what);
inline void require(bool condition, const char *what)
{
    if (!condition)
        fail(QString::fromUtf8(what));
}

} // namespace weitblick::fuzz

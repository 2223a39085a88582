#pragma once

#include "core/model/conference.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace weitblick::test {

// A temporary folder for test files. On tmpfs when there is one, because thousands of
// durable commits on a real disk would make the tests slow without testing more.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// Settings of their own while it lives (an application name of their own), emptied before
// and after: tests that run beside it keep theirs.
class OwnSettings
{
public:
    explicit OwnSettings(const QString &name);
    ~OwnSettings();
    OwnSettings(const OwnSettings &) = delete;
    OwnSettings &operator=(const OwnSettings &) = delete;

private:
    QString m_application;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

// A small conference touching every entity kind and every field, with awkward texts.
Conference awkwardConference();

} // namespace weitblick::test

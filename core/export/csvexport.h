#pragma once

#include "core/model/conference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace weitblick {

// The CSV exports of a conference for spreadsheets: one table per function, each ready to be
// written as a file (see CsvWriter for the format), and all of them into a folder at once.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // One row per card, phase by phase, with its cluster, group, table and timeline place.
    static QByteArray cards(const Conference &conference, const QLocale &locale);
    // One row per cluster with its number of cards.
    static QByteArray clusters(const Conference &conference, const QLocale &locale);
    // One row per voted item of every vote: rank, plus and minus dots, score, and the plus dots
    // of every stakeholder group in a column of its own.
    static QByteArray votes(const Conference &conference, const QLocale &locale);
    static QByteArray participants(const Conference &conference, const QLocale &locale);
    // One row per measure with sub-project, owner, team, dates, status and progress.
    static QByteArray measures(const Conference &conference, const QLocale &locale);
    // One row per controlling criterion, with the id and title of its measure.
    static QByteArray criteria(const Conference &conference, const QLocale &locale);

    // The file names written by writeFolder, in this order.
    static QStringList fileNames();
    // Writes every table into the existing folder: all files complete, or none (a full disk
    // half-way leaves the folder as it was). *written gets the paths written; on failure
    // *error says why and with which file.
    static bool writeFolder(const Conference &conference, const QLocale &locale,
                            const QString &folder, QStringList *written, QString *error);
};

} // namespace weitblick

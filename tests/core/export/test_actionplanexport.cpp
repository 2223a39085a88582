#include <catch2/catch.hpp>

#include "core/export/actionplanexport.h"
#include "core/export/csvexport.h"
#include "core/measures/icalendar.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"

#include <QFile>

using namespace weitblick;

TEST_CASE("The action plan is written as CSV or calendar by its suffix", "[csvexport]")
{
    test::TempDir dir;
    const Conference sample = makeSampleConference();
    const QLocale german(QLocale::German, QLocale::Germany);
    const QDateTime stamp(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    QString error;

    const QString csv = dir.path(QStringLiteral("Maßnahmen.CSV"));
    REQUIRE(ActionPlanExport::write(csv, sample, german, stamp, &error));
    CHECK(test::readAll(csv) == CsvExport::measures(sample, german));

    const QString ics = dir.path(QStringLiteral("Termine.ics"));
    REQUIRE(ActionPlanExport::write(ics, sample, german, stamp, &error));
    CHECK(test::readAll(ics) == ICalendar::fromConference(sample, stamp));

    const QString pdf = dir.path(QStringLiteral("Plan.pdf"));
    CHECK_FALSE(ActionPlanExport::isSupported(pdf));
    CHECK_FALSE(ActionPlanExport::write(pdf, sample, german, stamp, &error));
    CHECK(error.contains(QStringLiteral(".ics")));
    CHECK_FALSE(QFile::exists(pdf));
}

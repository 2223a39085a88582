#include <catch2/catch.hpp>

#include "core/measures/icalendar.h"
#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"

#include <QFile>

using namespace weitblick;

namespace {

const QDateTime stamp(QDate(2026, 11, 26), QTime(14, 30, 5), Qt::UTC);

QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    REQUIRE(lines.last().isEmpty()); // ends with a line end
    lines.removeLast();
    return lines;
}

// RFC 5545 3.1: a CRLF followed by a single space or tab is removed.
QByteArray unfolded(const QByteArray &ics)
{
    QByteArray text = ics;
    text.replace("\r\n ", "");
    text.replace("\r\n\t", "");
    return text;
}

QList<QByteArray> contentLines(const QByteArray &ics)
{
    QList<QByteArray> lines = unfolded(ics).split('\n');
    lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

// The components with their property names, as a parser would see them.
struct Component
{
    QByteArray name;
    QMultiHash<QByteArray, QByteArray> properties; // name (without parameters) -> value
};

QList<Component> parse(const QByteArray &ics, Component *calendar)
{
    QList<Component> events;
    Component *current = nullptr;
    for (const QByteArray &line : contentLines(ics)) {
        const int colon = line.indexOf(':');
        REQUIRE(colon > 0);
        QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1);
        name = name.left(name.indexOf(';') < 0 ? name.size() : name.indexOf(';'));
        if (name == "BEGIN" && value == "VCALENDAR") {
            current = calendar;
        } else if (name == "BEGIN") {
            events.append({value, {}});
            current = &events.last();
        } else if (name == "END" && value != "VCALENDAR") {
            current = calendar;
        } else if (name != "END") {
            REQUIRE(current);
            current->properties.insert(name, value);
        }
    }
    return events;
}

} // namespace

TEST_CASE("TEXT values are escaped as RFC 5545 asks", "[measures][ical]")
{
    CHECK(ICalendar::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf")) == "a\\\\b\\;c\\,d\\ne\\nf");
    CHECK(ICalendar::escapeText(QString::fromUtf8("Grüße: Straße")) == "Grüße: Straße");
    CHECK(ICalendar::escapeText(QStringLiteral("tab\there")) == "tab\there");
    CHECK(ICalendar::escapeText(QStringLiteral("bell\a")) == "bell ");
}

TEST_CASE("Lines fold at 75 octets without splitting UTF-8", "[measures][ical]")
{
    // 200 umlauts: two octets each, so a cut at an odd octet would split one.
    for (const QByteArray &prefix : {QByteArray("SUMMARY:"), QByteArray("SUMMARY:x")}) {
        const QByteArray line = prefix + QString(200, QChar(u'ü')).toUtf8();
        const QByteArray folded = ICalendar::foldLine(line);
        const QList<QByteArray> physical = physicalLines(folded);
        CHECK(physical.size() > 5);
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray l = physical[i];
            REQUIRE(l.endsWith('\r'));
            l.chop(1);
            CHECK(l.size() <= 75);
            if (i > 0)
                CHECK(l.startsWith(' '));
            // Every physical line is valid UTF-8 on its own.
            CHECK(QString::fromUtf8(l).toUtf8() == l);
            CHECK_FALSE(QString::fromUtf8(l).contains(QChar::ReplacementCharacter));
        }
        CHECK(unfolded(folded) == line + "\r\n");
    }
    CHECK(ICalendar::foldLine(QByteArray(75, 'a')) == QByteArray(75, 'a') + "\r\n");
    CHECK(ICalendar::foldLine(QByteArray(76, 'a'))
          == QByteArray(75, 'a') + "\r\n a\r\n");
    // A four-octet emoji straddling the limit moves to the next line whole.
    const QByteArray emoji = QByteArray(73, 'a') + QString::fromUtf8("🙂").toUtf8();
    CHECK(ICalendar::foldLine(emoji)
          == QByteArray(73, 'a') + "\r\n " + QString::fromUtf8("🙂").toUtf8() + "\r\n");
}

TEST_CASE("Folding ends on octets that are no UTF-8 and keeps every one", "[measures][ical]")
{
    // Found by fuzz_icalendar: with no sequence start among 75 continuation octets, the fold
    // backed up to where it stood and looped for ever.
    for (const QByteArray &line : {QByteArray(200, '\x90'), "\x1f\x17" + QByteArray(90, '\x90')}) {
        const QByteArray folded = ICalendar::foldLine(line);
        CHECK(unfolded(folded) == line + "\r\n");
        for (QByteArray l : physicalLines(folded)) {
            l.chop(1);
            CHECK(l.size() <= 75);
        }
    }
}

TEST_CASE("The sample's calendar has RFC 5545's required properties", "[measures][ical]")
{
    const Conference c = makeSampleConference();
    const QByteArray ics = ICalendar::fromConference(c, stamp);

    // CRLF everywhere, and no line longer than 75 octets.
    CHECK(ics.count('\n') == ics.count("\r\n"));
    CHECK(ics.count('\r') == ics.count("\r\n"));
    for (QByteArray line : physicalLines(ics)) {
        line.chop(1);
        CHECK(line.size() <= 75);
    }
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));

    Component calendar;
    const QList<Component> events = parse(ics, &calendar);
    CHECK(calendar.properties.value("VERSION") == "2.0");
    CHECK_FALSE(calendar.properties.value("PRODID").isEmpty());
    CHECK(calendar.properties.value("CALSCALE") == "GREGORIAN");
    CHECK(calendar.properties.count("VERSION") == 1);
    CHECK(calendar.properties.count("PRODID") == 1);

    // Ten deadlines (the dropped measure is left out) and two review meetings.
    REQUIRE(events.size() == 12);
    QSet<QByteArray> uids;
    for (const Component &e : events) {
        CHECK(e.name == "VEVENT");
        // Required exactly once (RFC 5545 3.6.1): UID, DTSTAMP; DTSTART as no METHOD-less
        // calendar may omit it.
        CHECK(e.properties.count("UID") == 1);
        CHECK(e.properties.count("DTSTAMP") == 1);
        CHECK(e.properties.count("DTSTART") == 1);
        CHECK(e.properties.value("DTSTAMP") == "20261126T143005Z");
        CHECK(e.properties.value("DTSTART").size() == 8);
        CHECK(e.properties.count("SUMMARY") == 1);
        uids.insert(e.properties.value("UID"));
    }
    CHECK(uids.size() == 12);
    const QString text = QString::fromUtf8(unfolded(ics));
    CHECK(text.contains(QString::fromUtf8("SUMMARY:Deadline: Leerstandsbörse und Zwischennutzung")));
    CHECK(text.contains(QString::fromUtf8("DTSTART;VALUE=DATE:20270331")));
    CHECK(text.contains(QString::fromUtf8("SUMMARY:Steering committee: 1. Steuerkreis nach der Konferenz")));
    CHECK(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20260708")));
    CHECK(text.contains(QString::fromUtf8("Owner: Dr. Eva Ritter\\nSub-project: TP 1 – Lebendige Mitte")));
    CHECK_FALSE(text.contains(QStringLiteral("Deadline: Parkdeck")));
}

TEST_CASE("UIDs stay the same from one export to the next", "[measures][ical]")
{
    Conference c = makeSampleConference();
    const QByteArray first = ICalendar::fromConference(c, stamp);
    Measure m = *c.find<Measure>(1);
    m.title = QStringLiteral("Anders");
    c.all<Measure>().put(m);
    const QByteArray second = ICalendar::fromConference(c, stamp.addDays(3));
    Component a, b;
    const QList<Component> ea = parse(first, &a);
    const QList<Component> eb = parse(second, &b);
    REQUIRE(ea.size() == eb.size());
    for (int i = 0; i < ea.size(); ++i)
        CHECK(ea[i].properties.value("UID") == eb[i].properties.value("UID"));
    // Another conference gets other UIDs.
    Conference other = c;
    ConferenceInfo info = other.info();
    info.title = QStringLiteral("Zukunft Nachbarort");
    other.all<ConferenceInfo>().put(info);
    CHECK(ICalendar::conferenceKey(other) != ICalendar::conferenceKey(c));
}

TEST_CASE("Awkward texts are escaped and folded in the calendar", "[measures][ical]")
{
    Conference c = newConference();
    Measure m;
    m.id = 1;
    m.title = QString::fromUtf8("Straße, Plätze; Wege \\ \"Grün\" <b>x</b> %1 🙂 ") + QString(80, QChar(u'ö'));
    m.description = QStringLiteral("Zeile 1\nZeile 2");
    m.deadline = QDate(2027, 1, 31);
    c.all<Measure>().put(m);
    const QByteArray ics = ICalendar::fromConference(c, stamp);
    const QString text = QString::fromUtf8(unfolded(ics));
    CHECK(text.contains(QString::fromUtf8("Straße\\, Plätze\\; Wege \\\\ \"Grün\" <b>x</b> %1 🙂 ")));
    CHECK(text.contains(QStringLiteral("Zeile 1\\nZeile 2")));
    for (QByteArray line : physicalLines(ics)) {
        line.chop(1);
        CHECK(line.size() <= 75);
        CHECK_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
    }
}

TEST_CASE("The calendar is written whole or not at all", "[measures][ical]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("termine.ics"));
    QString error;
    const Conference c = makeSampleConference();
    REQUIRE(ICalendar::write(path, c, stamp, &error));
    CHECK(test::readAll(path) == ICalendar::fromConference(c, stamp));

    const QString missing = dir.path(QStringLiteral("no/such/folder/termine.ics"));
    CHECK_FALSE(ICalendar::write(missing, c, stamp, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("A conference without deadlines or meetings gives no empty calendar", "[measures][ical]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("leer.ics"));
    QString error;
    CHECK_FALSE(ICalendar::write(path, newConference(), stamp, &error));
    CHECK(error.contains(QStringLiteral("deadline")));
    CHECK_FALSE(QFile::exists(path));
}

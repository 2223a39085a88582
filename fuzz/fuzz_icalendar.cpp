// The iCalendar writer as a round trip: a calendar written for any texts has lines of at most
// 75 octets that are each valid UTF-8, and unfolded and unescaped gives the texts back.
#include "fuzzsupport.h"

#include "core/measures/icalendar.h"

#include <QStringDecoder>

using namespace weitblick;

namespace {

// The texts of the calendar: title, owner and description of a measure, title and notes of a
// review meeting, and the conference's title; 0x1F separates them in the input.
struct Texts
{
    QString measureTitle, owner, description, meetingTitle, notes, conferenceTitle;
};

Texts textsOf(const QByteArray &bytes)
{
    const QStringList parts = QString::fromUtf8(bytes).split(QChar(0x1F));
    return {parts.value(0), parts.value(1), parts.value(2), parts.value(3), parts.value(4),
            parts.value(5)};
}

// RFC 5545 unfolding: a line break followed by one space or tab continues the line.
QList<QByteArray> contentLines(const QByteArray &calendar)
{
    fuzz::require(calendar.endsWith("\r\n"), "the calendar does not end with CRLF");
    QList<QByteArray> lines;
    for (const QByteArray &line : calendar.chopped(1).split('\n')) { // every line keeps its CR
        fuzz::require(line.endsWith('\r'), "a line ends without CRLF");
        const QByteArray physical = line.chopped(1);
        fuzz::require(physical.size() <= 75, "a line longer than 75 octets");
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        (void)utf8.decode(physical);
        fuzz::require(!utf8.hasError(), "a folded line splits a UTF-8 sequence");
        if (!physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t')) {
            fuzz::require(!lines.isEmpty(), "a continuation without a line");
            lines.last() += physical.mid(1);
        } else {
            lines.append(physical);
        }
    }
    return lines;
}

QString unescape(const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'\\') {
            fuzz::require(text.at(i) != u';' && text.at(i) != u',', "an unescaped ; or ,");
            out += text.at(i);
            continue;
        }
        fuzz::require(++i < text.size(), "a backslash at the end of a value");
        const QChar c = text.at(i);
        fuzz::require(c == u'\\' || c == u';' || c == u',' || c == u'n' || c == u'N',
                      "an unknown escape");
        out += (c == u'n' || c == u'N') ? QChar(u'\n') : c;
    }
    return out;
}

// TEXT holds no control characters: line breaks become "\n", the others spaces, tabs stay.
QString asText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0x7F)
            c = u' ';
    }
    return text;
}

QStringList valuesOf(const QList<QByteArray> &lines, const QByteArray &name)
{
    QStringList values;
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ':'))
            values.append(unescape(line.mid(name.size() + 1)));
    }
    return values;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);

    // Folding alone, on any bytes: it must end, and unfolding gives the line back.
    const QByteArray folded = ICalendar::foldLine(bytes);
    QByteArray unfolded = folded.chopped(2);
    unfolded.replace("\r\n ", "");
    fuzz::require(unfolded == bytes || bytes.contains("\r\n "), "folding lost octets");

    const Texts texts = textsOf(bytes);
    Conference conference;
    ConferenceInfo info = conference.info();
    info.title = texts.conferenceTitle;
    info.startDate = QDate(2026, 3, 13);
    conference.put(info);
    Measure measure;
    measure.id = 7;
    measure.title = texts.measureTitle;
    measure.owner = texts.owner;
    measure.description = texts.description;
    measure.deadline = QDate(2026, 9, 30);
    conference.put(measure);
    ReviewMeeting meeting;
    meeting.id = 3;
    meeting.title = texts.meetingTitle;
    meeting.notes = texts.notes;
    meeting.date = QDate(2026, 6, 1);
    conference.put(meeting);

    const QList<QByteArray> lines =
        contentLines(ICalendar::fromConference(conference, QDateTime(QDate(2026, 3, 14),
                                                                     QTime(12, 0), Qt::UTC)));
    fuzz::require(lines.count("BEGIN:VEVENT") == 2 && lines.count("END:VEVENT") == 2,
                  "not two events");
    const QStringList summaries = valuesOf(lines, "SUMMARY");
    fuzz::require(summaries.size() == 2, "not two summaries");
    fuzz::require(summaries.at(0) == asText(QStringLiteral("Deadline: ") + measure.title),
                  "the measure's title changed");
    const QString meetingTitle = meeting.title.isEmpty() ? QStringLiteral("Review meeting")
                                                         : meeting.title;
    fuzz::require(summaries.at(1) == asText(QStringLiteral("Steering committee: ") + meetingTitle),
                  "the meeting's title changed");
    const QStringList descriptions = valuesOf(lines, "DESCRIPTION");
    fuzz::require(!descriptions.isEmpty()
                      && descriptions.first().endsWith(asText(measure.description))
                      && (measure.owner.isEmpty()
                          || descriptions.first().contains(asText(measure.owner))),
                  "the measure's description or owner changed");
    if (!meeting.notes.isEmpty())
        fuzz::require(descriptions.size() == 2 && descriptions.at(1) == asText(meeting.notes),
                      "the meeting's notes changed");
    if (!info.title.isEmpty())
        fuzz::require(valuesOf(lines, "X-WR-CALNAME") == QStringList{asText(info.title)},
                      "the conference's title changed");
    return 0;
}

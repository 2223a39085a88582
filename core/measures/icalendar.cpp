#include "icalendar.h"

#include <QDir>

#include "measuretexts.h"

#include "core/io/outputfile.h"

#include <QCryptographicHash>
#include <QIODevice>

namespace weitblick {

namespace {

constexpr int MaxOctets = 75;

QByteArray dateValue(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray property(const char *name, const QByteArray &value)
{
    return ICalendar::foldLine(QByteArray(name) + ':' + value);
}

// One all-day event.
QByteArray event(const QByteArray &uid, const QByteArray &stamp, QDate date,
                 const QString &summary, const QString &description, const QByteArray &category)
{
    QByteArray out;
    out += property("BEGIN", "VEVENT");
    out += property("UID", uid);
    out += property("DTSTAMP", stamp);
    out += property("DTSTART;VALUE=DATE", dateValue(date));
    out += property("DTEND;VALUE=DATE", dateValue(date.addDays(1)));
    out += property("SUMMARY", ICalendar::escapeText(summary));
    if (!description.isEmpty())
        out += property("DESCRIPTION", ICalendar::escapeText(description));
    out += property("CATEGORIES", category);
    // A deadline is a reminder, not a busy day.
    out += property("TRANSP", "TRANSPARENT");
    out += property("END", "VEVENT");
    return out;
}

} // namespace

QByteArray ICalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            escaped += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            escaped += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
            escaped += QLatin1Char(' '); // control characters other than tab are not TEXT
        else
            escaped += c;
    }
    return escaped.toUtf8();
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    int room = MaxOctets; // the first line has 75 octets, continuations a space and 74
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == pos) // no sequence starts here (no UTF-8): cut where the room ends
            cut = pos + room;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = MaxOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray ICalendar::conferenceKey(const Conference &conference)
{
    const ConferenceInfo &info = conference.info();
    const QByteArray seed = info.title.toUtf8() + '\n'
                            + info.startDate.toString(Qt::ISODate).toLatin1();
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(16);
}

QByteArray ICalendar::fromConference(const Conference &conference, const QDateTime &stamp)
{
    const QByteArray key = conferenceKey(conference);
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                   .toLatin1();
    const QString conferenceTitle = conference.info().title;

    QByteArray out;
    out += property("BEGIN", "VCALENDAR");
    out += property("VERSION", "2.0");
    out += property("PRODID", "-//Weitblick//Weitblick//EN");
    out += property("CALSCALE", "GREGORIAN");
    out += property("METHOD", "PUBLISH");
    if (!conferenceTitle.isEmpty())
        out += property("X-WR-CALNAME", escapeText(conferenceTitle));

    for (const Measure &measure : conference.all<Measure>()) {
        if (!measure.deadline.isValid() || measure.status == MeasureStatus::Dropped)
            continue;
        QStringList lines;
        if (!measure.owner.isEmpty())
            lines << tr("Owner: %1").arg(measure.owner);
        if (const SubProject *sub = conference.find<SubProject>(measure.subProjectId))
            lines << tr("Sub-project: %1").arg(sub->name);
        lines << tr("Status: %1, %2 %").arg(MeasureTexts::statusText(measure.status))
                     .arg(measure.progress);
        if (!measure.description.isEmpty())
            lines << QString() << measure.description;
        out += event("measure-" + QByteArray::number(measure.id) + '-' + key + "@weitblick",
                     dtstamp, measure.deadline, tr("Deadline: %1").arg(measure.title),
                     lines.join(QLatin1Char('\n')), "Weitblick,Deadline");
    }
    for (const ReviewMeeting &meeting : conference.all<ReviewMeeting>()) {
        if (!meeting.date.isValid())
            continue;
        const QString title = meeting.title.isEmpty() ? tr("Review meeting") : meeting.title;
        QString summary = tr("Steering committee: %1").arg(title);
        out += event("review-" + QByteArray::number(meeting.id) + '-' + key + "@weitblick",
                     dtstamp, meeting.date, summary, meeting.notes, "Weitblick,Review");
    }
    out += property("END", "VCALENDAR");
    return out;
}

bool ICalendar::write(const QString &path, const Conference &conference, const QDateTime &stamp,
                      QString *error)
{
    const QByteArray calendar = fromConference(conference, stamp);
    // RFC 5545 wants at least one component; an empty calendar is no calendar.
    if (!calendar.contains("BEGIN:VEVENT")) {
        if (error)
            *error = tr("%1 was not written: no measure has a deadline and there is no review "
                        "meeting yet.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return OutputFile::write(path, calendar, error);
}

} // namespace weitblick

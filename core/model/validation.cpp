#include "validation.h"

#include "limits.h"
#include "walltopics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

// Gives the messages below a translation context of their own (shared with references.cpp).
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// Half of a UTF-16 pair is no character: SQLite cannot store it as UTF-8.
bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

// Checks the values of one entity and keeps the first problem, named after the entity
// ("card 12: year outside 1 to 9999"). Field names are translated where they are shown.
class ValueCheck
{
public:
    ValueCheck(EntityKind kind, Id id) : m_kind(kind), m_id(id)
    {
        range(id, 1, limits::MaxId, QT_TRANSLATE_NOOP("Problems", "id"));
    }

    QString problem() const { return m_problem; }

    void range(qint64 value, qint64 min, qint64 max, const char *field)
    {
        if (value < min || value > max)
            fail(Problems::tr("%1 outside %2 to %3").arg(Problems::tr(field), number(min),
                                                         number(max)));
    }

    template<class E>
    void known(E value, int count, const char *field)
    {
        if (int(value) < 0 || int(value) >= count)
            fail(Problems::tr("%1 has a value that Weitblick does not know")
                     .arg(Problems::tr(field)));
    }

    void text(const QString &text, int maxCharacters, const char *field,
              int maxCodePoints = -1)
    {
        switch (textFit(text, maxCharacters, maxCodePoints)) {
        case TextFit::TooLong:
            fail(Problems::tr("%1 longer than %2 characters").arg(Problems::tr(field),
                                                                  number(maxCharacters)));
            return;
        case TextFit::TooLongToStore:
            fail(Problems::tr("%1 takes more than the %2 places a file stores (emoji, flags and "
                              "accents take several)")
                     .arg(Problems::tr(field), number(maxCodePoints)));
            return;
        case TextFit::Fits:
            break;
        }
        if (hasLoneSurrogate(text))
            fail(Problems::tr("%1 holds a character that cannot be stored")
                     .arg(Problems::tr(field)));
    }

    void position(QPointF pos)
    {
        const auto onWall = [](double v) {
            return std::isfinite(v) && std::abs(v) <= limits::MaxCoordinate;
        };
        if (!onWall(pos.x()) || !onWall(pos.y()))
            fail(Problems::tr("position outside ±%1").arg(number(qint64(limits::MaxCoordinate))));
    }

    void measured(std::optional<double> value, const char *field)
    {
        if (value && !(std::isfinite(*value) && std::abs(*value) <= limits::MaxMeasuredValue))
            fail(Problems::tr("%1 outside ±%2").arg(Problems::tr(field),
                                                    QLocale().toString(limits::MaxMeasuredValue)));
    }

    // A rule that the ranges above do not express; what says what is wrong.
    void holds(bool holds, const char *what)
    {
        if (!holds)
            fail(Problems::tr(what));
    }

    void present(bool present, const char *field)
    {
        if (!present)
            fail(Problems::tr("%1 missing").arg(Problems::tr(field)));
    }

    // Lower-case hex digits of exactly this length, as QCryptographicHash's toHex() writes them.
    void hexDigest(const QString &text, int length, const char *field)
    {
        const bool hex = std::all_of(text.begin(), text.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        });
        if (text.size() != length || !hex)
            fail(Problems::tr("%1 is not %2 hex digits").arg(Problems::tr(field)).arg(length));
    }

    void date(const QDate &date, const char *field)
    {
        if (date.isValid())
            range(date.year(), 1, 9999, field);
    }

private:
    void fail(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = Problems::tr("%1 %2: %3").arg(kindName(m_kind)).arg(m_id).arg(what);
    }

    EntityKind m_kind;
    Id m_id;
    QString m_problem;
};

// One function per entity kind: every field that has a range is listed here.
void checkValues(ValueCheck &c, const ConferenceInfo &e)
{
    c.range(e.id, ConferenceInfo::SingletonId, ConferenceInfo::SingletonId,
            QT_TRANSLATE_NOOP("Problems", "id"));
    c.text(e.title, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "title"));
    c.text(e.area, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "area"));
    c.known(e.areaKind, AreaKindCount, QT_TRANSLATE_NOOP("Problems", "kind of area"));
    c.text(e.place, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "place"));
    c.date(e.startDate, QT_TRANSLATE_NOOP("Problems", "start date"));
    c.date(e.endDate, QT_TRANSLATE_NOOP("Problems", "end date"));
    c.text(e.moderators, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "moderators"));
    c.text(e.notes, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "notes"));
}

void checkValues(ValueCheck &c, const StakeholderGroup &e)
{
    c.text(e.name, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "name"));
    c.range(e.order, 0, limits::MaxOrder, QT_TRANSLATE_NOOP("Problems", "order"));
}

void checkValues(ValueCheck &c, const Table &e)
{
    c.range(e.number, 1, limits::MaxTableNumber, QT_TRANSLATE_NOOP("Problems", "number"));
    c.text(e.name, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "name"));
}

void checkValues(ValueCheck &c, const Phase &e)
{
    c.known(e.kind, PhaseKindCount, QT_TRANSLATE_NOOP("Problems", "kind"));
    c.text(e.title, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "title"));
    c.text(e.guidingQuestion, limits::MaxShortText,
           QT_TRANSLATE_NOOP("Problems", "guiding question"));
    c.range(e.timeBoxMinutes, 0, limits::MaxMinutes, QT_TRANSLATE_NOOP("Problems", "time box"));
    c.range(e.order, 0, limits::MaxOrder, QT_TRANSLATE_NOOP("Problems", "order"));
    c.known(e.state, PhaseStateCount, QT_TRANSLATE_NOOP("Problems", "state"));
    c.known(e.wallLayout, WallLayoutCount, QT_TRANSLATE_NOOP("Problems", "wall layout"));
    c.range(e.wallTopics.size(), 0, limits::MaxWallTopics,
            QT_TRANSLATE_NOOP("Problems", "number of wall topics"));
    for (const QString &topic : e.wallTopics)
        c.text(topic, limits::MaxWallTopicLength, QT_TRANSLATE_NOOP("Problems", "wall topic"));
    c.holds(areWellFormedWallTopics(e.wallTopics),
            QT_TRANSLATE_NOOP("Problems", "wall topics empty, repeated, padded or over several "
                                          "lines"));
    c.range(e.timerElapsedMs, 0, limits::MaxTimeMs, QT_TRANSLATE_NOOP("Problems", "timer time"));
    c.range(e.timerStartedAtMs, 0, limits::MaxTimeMs,
            QT_TRANSLATE_NOOP("Problems", "timer start"));
    c.range(e.timerExtraMinutes, 0, limits::MaxMinutes,
            QT_TRANSLATE_NOOP("Problems", "extra minutes"));
}

void checkValues(ValueCheck &c, const SubProject &e)
{
    c.text(e.name, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "name"));
    c.text(e.leader, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "leader"));
    c.text(e.team, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "team"));
}

void checkValues(ValueCheck &c, const Participant &e)
{
    c.text(e.name, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "name"));
    c.text(e.organisation, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "organisation"));
}

void checkValues(ValueCheck &c, const Device &e)
{
    c.hexDigest(e.tokenHash, Device::TokenHashLength, QT_TRANSLATE_NOOP("Problems", "token"));
}

void checkValues(ValueCheck &c, const Cluster &e)
{
    c.text(e.heading, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "heading"));
    c.position(e.pos);
}

void checkValues(ValueCheck &c, const Card &e)
{
    c.text(e.text, Card::MaxTextLength, QT_TRANSLATE_NOOP("Problems", "text"),
           limits::MaxStoredCardText);
    c.known(e.form, CardFormCount, QT_TRANSLATE_NOOP("Problems", "form"));
    c.position(e.pos);
    if (e.year)
        c.range(*e.year, limits::MinYear, limits::MaxYear, QT_TRANSLATE_NOOP("Problems", "year"));
    c.known(e.lane, TimelineLaneCount, QT_TRANSLATE_NOOP("Problems", "timeline lane"));
}

void checkValues(ValueCheck &c, const VoteSession &e)
{
    c.text(e.title, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "title"));
    c.range(e.dotsPerVoter, 0, limits::MaxDotsPerVoter,
            QT_TRANSLATE_NOOP("Problems", "dots per voter"));
    c.range(e.capPerItem, 0, limits::MaxCapPerItem, QT_TRANSLATE_NOOP("Problems", "cap per item"));
    c.known(e.voterUnit, VoterUnitCount, QT_TRANSLATE_NOOP("Problems", "voter unit"));
}

void checkValues(ValueCheck &c, const Dot &e)
{
    c.range(e.count, 1, limits::MaxDotCount, QT_TRANSLATE_NOOP("Problems", "count"));
    c.known(e.kind, DotKindCount, QT_TRANSLATE_NOOP("Problems", "kind"));
}

void checkValues(ValueCheck &c, const Measure &e)
{
    // A measure may take its title from a card.
    c.text(e.title, Card::MaxTextLength, QT_TRANSLATE_NOOP("Problems", "title"));
    c.text(e.description, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "description"));
    c.text(e.owner, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "owner"));
    c.text(e.team, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "team"));
    c.date(e.startDate, QT_TRANSLATE_NOOP("Problems", "start date"));
    c.date(e.deadline, QT_TRANSLATE_NOOP("Problems", "deadline"));
    c.known(e.status, MeasureStatusCount, QT_TRANSLATE_NOOP("Problems", "status"));
    c.range(e.progress, 0, 100, QT_TRANSLATE_NOOP("Problems", "progress"));
    c.text(e.communication, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "communication"));
}

void checkValues(ValueCheck &c, const Criterion &e)
{
    c.text(e.indicator, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "indicator"));
    c.text(e.unit, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "unit"));
    c.measured(e.baseline, QT_TRANSLATE_NOOP("Problems", "baseline"));
    c.measured(e.target, QT_TRANSLATE_NOOP("Problems", "target"));
    c.measured(e.current, QT_TRANSLATE_NOOP("Problems", "current value"));
    c.date(e.due, QT_TRANSLATE_NOOP("Problems", "due date"));
}

void checkValues(ValueCheck &c, const ReviewMeeting &e)
{
    c.present(e.date.isValid(), QT_TRANSLATE_NOOP("Problems", "date"));
    c.date(e.date, QT_TRANSLATE_NOOP("Problems", "date"));
    c.text(e.title, limits::MaxShortText, QT_TRANSLATE_NOOP("Problems", "title"));
    c.text(e.notes, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "notes"));
}

void checkValues(ValueCheck &c, const MeasureReview &e)
{
    c.text(e.said, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "what we said"));
    c.text(e.did, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "what we did"));
    c.text(e.next, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "what's next"));
    c.text(e.helpNeeded, limits::MaxLongText, QT_TRANSLATE_NOOP("Problems", "help needed"));
    c.known(e.status, MeasureStatusCount, QT_TRANSLATE_NOOP("Problems", "status"));
    c.range(e.progress, 0, 100, QT_TRANSLATE_NOOP("Problems", "progress"));
}

void checkValues(ValueCheck &c, const IndicatorValue &e)
{
    c.present(e.date.isValid(), QT_TRANSLATE_NOOP("Problems", "date"));
    c.date(e.date, QT_TRANSLATE_NOOP("Problems", "date"));
    c.measured(e.value, QT_TRANSLATE_NOOP("Problems", "value"));
}

} // namespace

qsizetype visibleLength(const QString &text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (graphemes.toNextBoundary() > 0)
        ++count;
    return count;
}

qsizetype codePointCount(const QString &text)
{
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return text.size() - pairs;
}

TextFit textFit(const QString &text, int maxCharacters, int maxCodePoints)
{
    // A character is at least one code point and a code point at most two UTF-16 units, so
    // most texts are judged without finding their graphemes.
    if (text.size() <= std::min(maxCharacters, maxCodePoints < 0 ? maxCharacters : maxCodePoints))
        return TextFit::Fits;
    const qsizetype codePoints = codePointCount(text);
    if (codePoints > maxCharacters && visibleLength(text) > maxCharacters)
        return TextFit::TooLong;
    if (maxCodePoints >= 0 && codePoints > maxCodePoints)
        return TextFit::TooLongToStore;
    return TextFit::Fits;
}

TextFit cardTextFit(const QString &text)
{
    return textFit(text, Card::MaxTextLength, limits::MaxStoredCardText);
}

QString cardTextProblem(const QString &text)
{
    switch (cardTextFit(text)) {
    case TextFit::TooLong:
        return Problems::tr("The card text has %1 characters; a card holds at most %2.")
            .arg(number(visibleLength(text)), number(Card::MaxTextLength));
    case TextFit::TooLongToStore:
        return Problems::tr("The card text has %1 characters, but its emoji, flags or accents "
                            "take %2 of the %3 places a card can store. Shorten it.")
            .arg(number(visibleLength(text)), number(codePointCount(text)),
                 number(limits::MaxStoredCardText));
    case TextFit::Fits:
        break;
    }
    return QString();
}

QString kindName(EntityKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Problems", "conference"),   QT_TRANSLATE_NOOP("Problems", "stakeholder group"),
        QT_TRANSLATE_NOOP("Problems", "table"),        QT_TRANSLATE_NOOP("Problems", "phase"),
        QT_TRANSLATE_NOOP("Problems", "sub-project"),  QT_TRANSLATE_NOOP("Problems", "participant"),
        QT_TRANSLATE_NOOP("Problems", "device"),
        QT_TRANSLATE_NOOP("Problems", "cluster"),      QT_TRANSLATE_NOOP("Problems", "card"),
        QT_TRANSLATE_NOOP("Problems", "vote session"), QT_TRANSLATE_NOOP("Problems", "dot"),
        QT_TRANSLATE_NOOP("Problems", "measure"),      QT_TRANSLATE_NOOP("Problems", "criterion"),
        QT_TRANSLATE_NOOP("Problems", "review meeting"),
        QT_TRANSLATE_NOOP("Problems", "measure review"),
        QT_TRANSLATE_NOOP("Problems", "indicator value")};
    static_assert(std::size(names) == EntityKindCount);
    return Problems::tr(names[int(kind)]);
}

QString valueProblem(const AnyEntity &entity)
{
    return std::visit(
        [](const auto &e) {
            ValueCheck check(kindOf<std::decay_t<decltype(e)>>, e.id);
            checkValues(check, e);
            return check.problem();
        },
        entity);
}

} // namespace weitblick

#pragma once

// How each entity type maps onto its table: one descriptor per type lists its columns, and the
// generic code below binds, reads and generates the statements for all of them. Column names
// are constants here; no SQL is ever built from user data.

#include "core/model/entitytypes.h"
#include "statement.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <limits>

#include <tuple>

namespace weitblick::storage {

// --- How one C++ member type is stored ----------------------------------------------------

// The first column of a row that holds something Weitblick never writes in that form: a text
// that is not UTF-8, a truth value other than 0 or 1, a reference stored as 0, a colour or a
// date in another notation. Ranges (years, counts, enums) are the model's to check, in
// validation.h, for files and edits alike; here numbers only have to fit their member.
struct ReadCheck
{
    const char *badColumn = nullptr;
    void fail(const char *column)
    {
        if (!badColumn)
            badColumn = column;
    }
};

// A number that does not fit an int is cut to the nearest limit, which every range of the
// model excludes: 2^32 + 1 dots can never be loaded as 1.
inline int fitToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(),
                                  std::numeric_limits<int>::max()));
}

// A plain value stored in one column.
template<class M>
struct Codec
{
    static constexpr int width = 1;
    static QStringList columns(const char *name) { return {QString::fromLatin1(name)}; }

    static void bind(Statement &s, int index, const M &value)
    {
        if constexpr (std::is_enum_v<M>)
            s.bind(index, int(value));
        else if constexpr (std::is_same_v<M, QColor>)
            s.bindOptional(index, value.isValid() ? value.name(QColor::HexArgb) : QString());
        else if constexpr (std::is_same_v<M, QDate>)
            s.bindOptional(index, value.isValid() ? value.toString(Qt::ISODate) : QString());
        else if constexpr (std::is_same_v<M, QUuid>)
            s.bindOptional(index,
                           value.isNull() ? QString() : value.toString(QUuid::WithoutBraces));
        else if constexpr (std::is_same_v<M, std::optional<int>>)
            value ? s.bind(index, *value) : s.bindNull(index);
        else
            s.bind(index, value);
    }

    static M read(const Statement &s, int index, const char *name, ReadCheck &check)
    {
        if constexpr (std::is_enum_v<M>) {
            return M(fitToInt(s.int64(index)));
        } else if constexpr (std::is_same_v<M, QColor>) {
            if (s.isNull(index))
                return {};
            // As QColor::name(HexArgb) writes it; older files have #rrggbb.
            static const QRegularExpression hex(
                QStringLiteral("^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
            const QString text = s.text(index);
            if (!hex.match(text).hasMatch())
                check.fail(name);
            return QColor::fromString(text);
        } else if constexpr (std::is_same_v<M, QDate>) {
            if (s.isNull(index))
                return {};
            const QString text = s.text(index);
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid() || date.toString(Qt::ISODate) != text)
                check.fail(name);
            return date;
        } else if constexpr (std::is_same_v<M, QUuid>) {
            if (s.isNull(index))
                return {};
            const QString text = s.text(index);
            const QUuid uuid = QUuid::fromString(text);
            // Exactly the form Weitblick writes, so that the UNIQUE index sees one spelling.
            if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != text)
                check.fail(name);
            return uuid;
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            return s.isNull(index) ? std::nullopt : std::optional<int>(fitToInt(s.int64(index)));
        } else if constexpr (std::is_same_v<M, std::optional<double>>) {
            return s.optionalReal(index);
        } else if constexpr (std::is_same_v<M, bool>) {
            const qint64 value = s.int64(index);
            if (value != 0 && value != 1)
                check.fail(name);
            return value != 0;
        } else if constexpr (std::is_same_v<M, int>) {
            return fitToInt(s.int64(index));
        } else if constexpr (std::is_same_v<M, qint64>) {
            return s.int64(index);
        } else if constexpr (std::is_same_v<M, double>) {
            return s.real(index);
        } else {
            static_assert(std::is_same_v<M, QString>);
            bool valid = true;
            const QString text = s.strictText(index, &valid);
            if (!valid)
                check.fail(name);
            return text;
        }
    }
};

// A list of one-line texts, stored as one text with a line feed between them. The model keeps
// line feeds out of each text (walltopics.h), so the list reads back as it was written.
template<>
struct Codec<QStringList>
{
    static constexpr int width = 1;
    static QStringList columns(const char *name) { return {QString::fromLatin1(name)}; }
    static void bind(Statement &s, int index, const QStringList &lines)
    {
        s.bind(index, lines.join(QLatin1Char('\n')));
    }
    static QStringList read(const Statement &s, int index, const char *name, ReadCheck &check)
    {
        bool valid = true;
        const QString text = s.strictText(index, &valid);
        if (!valid)
            check.fail(name);
        return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
    }
};

// A position on the wall, stored as NAME_x and NAME_y.
template<>
struct Codec<QPointF>
{
    static constexpr int width = 2;
    static QStringList columns(const char *name)
    {
        return {QString::fromLatin1(name) + QLatin1String("_x"),
                QString::fromLatin1(name) + QLatin1String("_y")};
    }
    static void bind(Statement &s, int index, const QPointF &p)
    {
        s.bind(index, p.x());
        s.bind(index + 1, p.y());
    }
    static QPointF read(const Statement &s, int index, const char *, ReadCheck &)
    {
        return {s.real(index), s.real(index + 1)};
    }
};

// --- Fields -------------------------------------------------------------------------------

template<class T, class M>
struct Field
{
    const char *name;
    M T::*member;
};

// A reference to another entity: NoId is stored as NULL.
template<class T>
struct Ref
{
    const char *name;
    Id T::*member;
};

template<class T, class M>
QStringList columnsOf(const Field<T, M> &f) { return Codec<M>::columns(f.name); }
template<class T>
QStringList columnsOf(const Ref<T> &r) { return {QString::fromLatin1(r.name)}; }

template<class T, class M>
int bindField(Statement &s, int index, const Field<T, M> &f, const T &e)
{
    Codec<M>::bind(s, index, e.*f.member);
    return Codec<M>::width;
}
template<class T>
int bindField(Statement &s, int index, const Ref<T> &r, const T &e)
{
    if (e.*r.member == NoId)
        s.bindNull(index);
    else
        s.bind(index, e.*r.member);
    return 1;
}

template<class T, class M>
int readField(const Statement &s, int index, const Field<T, M> &f, T &e, ReadCheck &check)
{
    e.*f.member = Codec<M>::read(s, index, f.name, check);
    return Codec<M>::width;
}
// NoId is stored as NULL; an id out of range is found by the reference check.
template<class T>
int readField(const Statement &s, int index, const Ref<T> &r, T &e, ReadCheck &check)
{
    e.*r.member = s.isNull(index) ? NoId : s.int64(index);
    if (!s.isNull(index) && e.*r.member == NoId)
        check.fail(r.name);
    return 1;
}

// --- One descriptor per entity type -------------------------------------------------------

template<class T>
struct TableOf;

#define WB_TABLE(Type, sqlName, ...)                                                           \
    template<>                                                                                 \
    struct TableOf<Type>                                                                         \
    {                                                                                          \
        using T = Type;                                                                        \
        static constexpr const char *name = sqlName;                                           \
        static auto fields() { return std::make_tuple(__VA_ARGS__); }                          \
    };

WB_TABLE(ConferenceInfo, "conference",
         Field<T, QString>{"title", &T::title}, Field<T, QString>{"area", &T::area},
         Field<T, AreaKind>{"area_kind", &T::areaKind}, Field<T, QString>{"place", &T::place},
         Field<T, QDate>{"start_date", &T::startDate}, Field<T, QDate>{"end_date", &T::endDate},
         Field<T, QString>{"moderators", &T::moderators}, Field<T, QString>{"notes", &T::notes},
         Field<T, bool>{"is_template", &T::isTemplate})
WB_TABLE(StakeholderGroup, "stakeholder_group",
         Field<T, QString>{"name", &T::name}, Field<T, QColor>{"color", &T::color},
         Field<T, int>{"sort_order", &T::order})
WB_TABLE(weitblick::Table, "hall_table",
         Field<T, int>{"number", &T::number}, Field<T, QString>{"name", &T::name})
WB_TABLE(Phase, "phase",
         Field<T, PhaseKind>{"kind", &T::kind}, Field<T, QString>{"title", &T::title},
         Field<T, QString>{"guiding_question", &T::guidingQuestion},
         Field<T, int>{"time_box_minutes", &T::timeBoxMinutes},
         Field<T, int>{"sort_order", &T::order}, Field<T, PhaseState>{"state", &T::state},
         Field<T, qint64>{"timer_elapsed_ms", &T::timerElapsedMs},
         Field<T, qint64>{"timer_started_at_ms", &T::timerStartedAtMs},
         Field<T, int>{"timer_extra_minutes", &T::timerExtraMinutes},
         Field<T, WallLayout>{"wall_layout", &T::wallLayout},
         Field<T, QStringList>{"wall_topics", &T::wallTopics})
WB_TABLE(SubProject, "sub_project",
         Field<T, QString>{"name", &T::name}, Field<T, QString>{"leader", &T::leader},
         Field<T, QString>{"team", &T::team})
WB_TABLE(Participant, "participant",
         Field<T, QString>{"name", &T::name}, Field<T, QString>{"organisation", &T::organisation},
         Ref<T>{"group_id", &T::groupId}, Ref<T>{"table_id", &T::tableId},
         Field<T, bool>{"steering_committee", &T::steeringCommittee})
WB_TABLE(Device, "device",
         Field<T, QString>{"token_hash", &T::tokenHash}, Ref<T>{"table_id", &T::tableId},
         Ref<T>{"group_id", &T::groupId}, Ref<T>{"participant_id", &T::participantId},
         Field<T, bool>{"blocked", &T::blocked})
WB_TABLE(Cluster, "cluster",
         Ref<T>{"phase_id", &T::phaseId}, Field<T, QString>{"heading", &T::heading},
         Field<T, QPointF>{"pos", &T::pos}, Field<T, QColor>{"color", &T::color})
WB_TABLE(Card, "card",
         Ref<T>{"phase_id", &T::phaseId}, Ref<T>{"cluster_id", &T::clusterId},
         Ref<T>{"group_id", &T::groupId}, Ref<T>{"table_id", &T::tableId},
         Field<T, QString>{"text", &T::text}, Field<T, CardForm>{"form", &T::form},
         Field<T, QColor>{"color", &T::color}, Field<T, QPointF>{"pos", &T::pos},
         Field<T, std::optional<int>>{"year", &T::year},
         Field<T, TimelineLane>{"lane", &T::lane}, Ref<T>{"device_id", &T::deviceId},
         Field<T, QUuid>{"client_id", &T::clientId}, Field<T, bool>{"hidden", &T::hidden})
WB_TABLE(VoteSession, "vote_session",
         Ref<T>{"phase_id", &T::phaseId}, Field<T, QString>{"title", &T::title},
         Field<T, int>{"dots_per_voter", &T::dotsPerVoter},
         Field<T, int>{"cap_per_item", &T::capPerItem},
         Field<T, VoterUnit>{"voter_unit", &T::voterUnit},
         Field<T, bool>{"cards_votable", &T::cardsVotable},
         Field<T, bool>{"clusters_votable", &T::clustersVotable},
         Field<T, bool>{"minus_dots", &T::minusDots}, Field<T, bool>{"is_open", &T::open})
WB_TABLE(Dot, "dot",
         Ref<T>{"session_id", &T::sessionId}, Ref<T>{"card_id", &T::cardId},
         Ref<T>{"cluster_id", &T::clusterId}, Ref<T>{"voter_id", &T::voterId},
         Field<T, int>{"count", &T::count}, Field<T, DotKind>{"kind", &T::kind},
         Ref<T>{"device_id", &T::deviceId})
WB_TABLE(Measure, "measure",
         Field<T, QString>{"title", &T::title}, Field<T, QString>{"description", &T::description},
         Ref<T>{"source_cluster_id", &T::sourceClusterId},
         Ref<T>{"source_card_id", &T::sourceCardId}, Ref<T>{"sub_project_id", &T::subProjectId},
         Field<T, QString>{"owner", &T::owner}, Field<T, QString>{"team", &T::team},
         Field<T, QDate>{"start_date", &T::startDate}, Field<T, QDate>{"deadline", &T::deadline},
         Field<T, MeasureStatus>{"status", &T::status}, Field<T, int>{"progress", &T::progress},
         Field<T, QString>{"communication", &T::communication})
WB_TABLE(Criterion, "criterion",
         Ref<T>{"measure_id", &T::measureId}, Field<T, QString>{"indicator", &T::indicator},
         Field<T, QString>{"unit", &T::unit},
         Field<T, std::optional<double>>{"baseline", &T::baseline},
         Field<T, std::optional<double>>{"target", &T::target},
         Field<T, std::optional<double>>{"current_value", &T::current},
         Field<T, QDate>{"due", &T::due})
WB_TABLE(ReviewMeeting, "review_meeting",
         Field<T, QDate>{"date", &T::date}, Field<T, QString>{"title", &T::title},
         Field<T, QString>{"notes", &T::notes})
WB_TABLE(MeasureReview, "measure_review",
         Ref<T>{"meeting_id", &T::meetingId}, Ref<T>{"measure_id", &T::measureId},
         Field<T, QString>{"said", &T::said}, Field<T, QString>{"did", &T::did},
         Field<T, QString>{"next", &T::next}, Field<T, QString>{"help_needed", &T::helpNeeded},
         Field<T, MeasureStatus>{"status", &T::status}, Field<T, int>{"progress", &T::progress})
WB_TABLE(IndicatorValue, "indicator_value",
         Ref<T>{"criterion_id", &T::criterionId}, Ref<T>{"meeting_id", &T::meetingId},
         Field<T, QDate>{"date", &T::date}, Field<T, double>{"value", &T::value})

#undef WB_TABLE

// --- Generic statements -------------------------------------------------------------------

template<class T>
QStringList columnNames()
{
    QStringList names;
    std::apply([&](const auto &...f) { ((names += columnsOf(f)), ...); }, TableOf<T>::fields());
    return names;
}

// SELECT id, columns... FROM table
template<class T>
QByteArray selectSql()
{
    return QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
        .arg(columnNames<T>().join(QLatin1String(", ")), QLatin1String(TableOf<T>::name))
        .toUtf8();
}

// INSERT INTO table (columns..., id) VALUES (?...)
template<class T>
QByteArray insertSql()
{
    const QStringList names = columnNames<T>();
    QStringList marks(names.size() + 1, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3)")
        .arg(QLatin1String(TableOf<T>::name), names.join(QLatin1String(", ")),
             marks.join(QLatin1String(", ")))
        .toUtf8();
}

// UPDATE table SET column = ?, ... WHERE id = ?
template<class T>
QByteArray updateSql()
{
    QStringList sets = columnNames<T>();
    for (QString &s : sets)
        s += QLatin1String(" = ?");
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
        .arg(QLatin1String(TableOf<T>::name), sets.join(QLatin1String(", ")))
        .toUtf8();
}

template<class T>
QByteArray deleteSql()
{
    return QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(TableOf<T>::name)).toUtf8();
}

// Binds every column from 1, then the id last (for both INSERT and UPDATE).
template<class T>
void bindEntity(Statement &s, const T &entity)
{
    int index = 1;
    std::apply([&](const auto &...f) { ((index += bindField(s, index, f, entity)), ...); },
               TableOf<T>::fields());
    s.bind(index, entity.id);
}

// Reads a row of selectSql<T>(); check names the first column Weitblick would not have
// written so. The id's range is the model's to check.
template<class T>
T readEntity(const Statement &s, ReadCheck &check)
{
    T entity;
    entity.id = s.int64(0);
    int index = 1;
    std::apply([&](const auto &...f) { ((index += readField(s, index, f, entity, check)), ...); },
               TableOf<T>::fields());
    return entity;
}

} // namespace weitblick::storage

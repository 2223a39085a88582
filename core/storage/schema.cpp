#include "schema.h"

#include "statement.h"
#include "transaction.h"

#include <QHash>
#include <QMutex>

#include <sqlite3.h>

namespace weitblick::storage {

// Version 1: the conference model as of the first release. Tables are STRICT so that a value of
// the wrong type can never be stored, and every table has an INTEGER PRIMARY KEY id.
// References are checked by the model (see core/model/references.h), not by foreign keys,
// because dots and voters refer to entities of several kinds.
static const QList<const char *> schemaVersion1 = {
    "PRAGMA application_id = 1463962699",
    "CREATE TABLE conference (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " area TEXT NOT NULL, area_kind INTEGER NOT NULL, place TEXT NOT NULL, start_date TEXT,"
    " end_date TEXT, moderators TEXT NOT NULL, notes TEXT NOT NULL) STRICT",
    "CREATE TABLE stakeholder_group (id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT,"
    " sort_order INTEGER NOT NULL) STRICT",
    "CREATE TABLE hall_table (id INTEGER PRIMARY KEY, number INTEGER NOT NULL,"
    " name TEXT NOT NULL) STRICT",
    "CREATE TABLE phase (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, title TEXT NOT NULL,"
    " guiding_question TEXT NOT NULL, time_box_minutes INTEGER NOT NULL,"
    " sort_order INTEGER NOT NULL, state INTEGER NOT NULL, timer_elapsed_ms INTEGER NOT NULL,"
    " timer_started_at_ms INTEGER NOT NULL, timer_extra_minutes INTEGER NOT NULL) STRICT",
    "CREATE TABLE sub_project (id INTEGER PRIMARY KEY, name TEXT NOT NULL, leader TEXT NOT NULL,"
    " team TEXT NOT NULL) STRICT",
    "CREATE TABLE participant (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " organisation TEXT NOT NULL, group_id INTEGER, table_id INTEGER,"
    " steering_committee INTEGER NOT NULL) STRICT",
    "CREATE TABLE cluster (id INTEGER PRIMARY KEY, phase_id INTEGER NOT NULL,"
    " heading TEXT NOT NULL, pos_x REAL NOT NULL, pos_y REAL NOT NULL, color TEXT) STRICT",
    "CREATE TABLE card (id INTEGER PRIMARY KEY, phase_id INTEGER NOT NULL, cluster_id INTEGER,"
    " group_id INTEGER, table_id INTEGER, text TEXT NOT NULL CHECK (length(text) <= 2000),"
    " form INTEGER NOT NULL, color TEXT, pos_x REAL NOT NULL, pos_y REAL NOT NULL, year INTEGER,"
    " lane INTEGER NOT NULL) STRICT",
    "CREATE TABLE vote_session (id INTEGER PRIMARY KEY, phase_id INTEGER NOT NULL,"
    " title TEXT NOT NULL, dots_per_voter INTEGER NOT NULL, cap_per_item INTEGER NOT NULL,"
    " voter_unit INTEGER NOT NULL, cards_votable INTEGER NOT NULL,"
    " clusters_votable INTEGER NOT NULL, minus_dots INTEGER NOT NULL,"
    " is_open INTEGER NOT NULL) STRICT",
    "CREATE TABLE dot (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, card_id INTEGER,"
    " cluster_id INTEGER, voter_id INTEGER, count INTEGER NOT NULL CHECK (count >= 1),"
    " kind INTEGER NOT NULL) STRICT",
    "CREATE TABLE measure (id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
    " description TEXT NOT NULL, source_cluster_id INTEGER, source_card_id INTEGER,"
    " sub_project_id INTEGER, owner TEXT NOT NULL, team TEXT NOT NULL, start_date TEXT,"
    " deadline TEXT, status INTEGER NOT NULL,"
    " progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),"
    " communication TEXT NOT NULL) STRICT",
    "CREATE TABLE criterion (id INTEGER PRIMARY KEY, measure_id INTEGER NOT NULL,"
    " indicator TEXT NOT NULL, unit TEXT NOT NULL, baseline REAL, target REAL,"
    " current_value REAL, due TEXT) STRICT",
    "INSERT INTO conference VALUES (1, '', '', 0, '', NULL, NULL, '', '')",
};
static_assert(ApplicationId == 1463962699);

// Version 2: a phase wall can be divided into labelled areas (strengths and weaknesses, ...).
static const QList<const char *> schemaVersion2 = {
    "ALTER TABLE phase ADD COLUMN wall_layout INTEGER NOT NULL DEFAULT 0",
};

// Version 3: follow-up reviews. The steering committee's dated review meetings, what each
// meeting recorded per measure (the four follow-up questions, status and progress), and the
// history of every indicator's values. Only new tables, so older rows stay as they are.
static const QList<const char *> schemaVersion3 = {
    "CREATE TABLE review_meeting (id INTEGER PRIMARY KEY, date TEXT, title TEXT NOT NULL,"
    " notes TEXT NOT NULL) STRICT",
    "CREATE TABLE measure_review (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL,"
    " measure_id INTEGER NOT NULL, said TEXT NOT NULL, did TEXT NOT NULL, next TEXT NOT NULL,"
    " help_needed TEXT NOT NULL, status INTEGER NOT NULL,"
    " progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100)) STRICT",
    "CREATE TABLE indicator_value (id INTEGER PRIMARY KEY, criterion_id INTEGER NOT NULL,"
    " meeting_id INTEGER, date TEXT, value REAL NOT NULL) STRICT",
};

// Version 4: participation over the network (docs/participation.md). The devices that joined,
// and on cards the device and the id it gave the card: a UNIQUE index stores a card sent twice
// only once (NULLs, the cards typed on the laptop, are all distinct). Cards can be hidden, and
// a room vote's dots name the device that stuck them. New columns come with their defaults, so
// every older row stays as it was.
static const QList<const char *> schemaVersion4 = {
    "CREATE TABLE device (id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,"
    " table_id INTEGER, group_id INTEGER, participant_id INTEGER,"
    " blocked INTEGER NOT NULL) STRICT",
    "ALTER TABLE card ADD COLUMN device_id INTEGER",
    "ALTER TABLE card ADD COLUMN client_id TEXT",
    "ALTER TABLE card ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
    "CREATE UNIQUE INDEX card_client_id ON card (client_id)",
    "ALTER TABLE dot ADD COLUMN device_id INTEGER",
};

// Version 5: templates and walls by topic. A template is a conference file with the flag set
// (see core/templates); a phase wall can be split into the topics it lists, one per line.
static const QList<const char *> schemaVersion5 = {
    "ALTER TABLE conference ADD COLUMN is_template INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE phase ADD COLUMN wall_topics TEXT NOT NULL DEFAULT ''",
};

static const QList<Migration> *testMigrations = nullptr;

static QMutex expectedSchemaMutex;
static QHash<int, QStringList> expectedSchemaCache;

static void forgetExpectedSchemas()
{
    QMutexLocker lock(&expectedSchemaMutex);
    expectedSchemaCache.clear();
}

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1, schemaVersion1},
        {2, schemaVersion2},
        {3, schemaVersion3},
        {4, schemaVersion4},
        {5, schemaVersion5},
    };
    return testMigrations ? *testMigrations : steps;
}

ScopedMigrationsForTesting::ScopedMigrationsForTesting(QList<Migration> steps)
{
    testMigrations = new QList<Migration>(std::move(steps));
    forgetExpectedSchemas();
}

ScopedMigrationsForTesting::~ScopedMigrationsForTesting()
{
    delete testMigrations;
    testMigrations = nullptr;
    forgetExpectedSchemas();
}

int currentSchemaVersion()
{
    return migrations().constLast().toVersion;
}

bool migrate(sqlite3 *db, int fromVersion, int toVersion, QString *error)
{
    for (const Migration &step : migrations()) {
        if (step.toVersion <= fromVersion || step.toVersion > toVersion)
            continue;
        Transaction transaction(db);
        bool ok = transaction.isActive();
        for (const char *sql : step.statements) {
            if (!ok)
                break;
            Statement statement(db, sql);
            ok = statement.exec();
        }
        if (ok) {
            const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(step.toVersion);
            Statement setVersion(db, sql.constData());
            ok = setVersion.exec();
        }
        if (!ok || !transaction.commit()) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}

// Tables that SQLite itself adds: statistics after ANALYZE (as sqlite3 or DB Browser for
// SQLite run it) and the counters of AUTOINCREMENT. They hold no Weitblick data and change no
// behaviour that matters here, so a file that has them is still Weitblick's.
static bool isSqlitesOwnTable(const QString &type, const QString &name, const QString &sql)
{
    static const QHash<QString, QString> own = {
        {QStringLiteral("sqlite_stat1"), QStringLiteral("CREATE TABLE sqlite_stat1(tbl,idx,stat)")},
        {QStringLiteral("sqlite_stat4"),
         QStringLiteral("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)")},
        {QStringLiteral("sqlite_sequence"), QStringLiteral("CREATE TABLE sqlite_sequence(name,seq)")},
    };
    return type == QLatin1String("table") && own.value(name) == sql && !sql.isEmpty();
}

QStringList actualSchema(sqlite3 *db)
{
    QStringList rows;
    Statement query(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (query.next()) {
        if (isSqlitesOwnTable(query.text(0), query.text(1), query.text(3)))
            continue;
        rows << QStringList{query.text(0), query.text(1), query.text(2), query.text(3)}
                    .join(QChar(0x1f));
    }
    if (query.failed())
        rows << QStringLiteral("<unreadable>");
    rows.sort();
    return rows;
}

bool hasTriggersOrViews(sqlite3 *db)
{
    Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')");
    return !query.next() || query.int64(0) != 0;
}

QStringList expectedSchema(int version)
{
    QMutexLocker lock(&expectedSchemaMutex);
    QHash<int, QStringList> &cache = expectedSchemaCache;
    if (!cache.contains(version)) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        migrate(db, 0, version, nullptr);
        cache.insert(version, actualSchema(db));
        sqlite3_close(db);
    }
    return cache.value(version);
}

} // namespace weitblick::storage

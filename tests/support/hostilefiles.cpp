#include "hostilefiles.h"

#include "core/storage/conferencestore.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace weitblick::test {

namespace {

struct Recipe
{
    const char *name;
    Verdict expected;
    const char *sql; // run on a copy of the sound file; null for a byte patch
};

// Each recipe breaks one thing. CHECK constraints are switched off while the file is changed,
// because another program can do the same.
const Recipe recipes[] = {
    // Issue 12, item 1: an id of 2^63 − 1, as a row and as a reference.
    {"card id 2^63-1", Verdict::Refused,
     "UPDATE card SET id = 9223372036854775807 WHERE id = 2"},
    {"dot id 2^63-1", Verdict::Refused, "UPDATE dot SET id = 9223372036854775807 WHERE id = 2"},
    {"negative participant id", Verdict::Refused, "UPDATE participant SET id = -5 WHERE id = 2"},
    {"reference to id 2^63-1", Verdict::Inconsistent,
     "UPDATE card SET cluster_id = 9223372036854775807 WHERE id = 2"},
    // Item 2: numbers near the integer limits.
    {"time box 2^31-1", Verdict::Refused, "UPDATE phase SET time_box_minutes = 2147483647"},
    {"extra minutes -2^31", Verdict::Refused,
     "UPDATE phase SET timer_extra_minutes = -2147483648"},
    {"timer elapsed 2^63-1", Verdict::Refused,
     "UPDATE phase SET timer_elapsed_ms = 9223372036854775807"},
    {"timer start -2^63", Verdict::Refused,
     "UPDATE phase SET timer_started_at_ms = -9223372036854775808"},
    {"card year 2^31-1", Verdict::Refused, "UPDATE card SET year = 2147483647 WHERE id = 1"},
    {"card year -2^31", Verdict::Refused, "UPDATE card SET year = -2147483648 WHERE id = 1"},
    {"card year 10^12", Verdict::Refused, "UPDATE card SET year = 1000000000000 WHERE id = 1"},
    {"dot count 2^31-1", Verdict::Refused, "UPDATE dot SET count = 2147483647"},
    {"dot count 2^32+1", Verdict::Refused, "UPDATE dot SET count = 4294967297"},
    {"progress 2^32+1", Verdict::Refused, "UPDATE measure SET progress = 4294967297"},
    {"dots per voter 2^31-1", Verdict::Refused,
     "UPDATE vote_session SET dots_per_voter = 2147483647"},
    {"group order 2^31-1", Verdict::Refused,
     "UPDATE stakeholder_group SET sort_order = 2147483647"},
    {"table number 0", Verdict::Refused, "UPDATE hall_table SET number = 0"},
    {"position 1e300", Verdict::Refused, "UPDATE card SET pos_x = 1e300 WHERE id = 2"},
    {"position infinite", Verdict::Refused, "UPDATE cluster SET pos_y = 9e999"},
    {"indicator value infinite", Verdict::Refused, "UPDATE criterion SET target = -9e999"},
    // Item 3: texts far beyond what the writer allows.
    {"notes of a million characters", Verdict::Refused,
     "UPDATE conference SET notes = printf('%.*c', 1000000, 'x')"},
    {"a title of two megabytes", Verdict::Refused,
     "UPDATE conference SET title = printf('%.*c', 2000000, 'x')"},
    {"card text of 2,001 characters", Verdict::Refused,
     "UPDATE card SET text = printf('%.*c', 2001, 'x') WHERE id = 2"},
    {"text that is not UTF-8", Verdict::Refused,
     "UPDATE card SET text = CAST(X'4B61C3287465' AS TEXT) WHERE id = 2"},
    // Values in a form Weitblick never writes.
    {"truth value 2", Verdict::Refused, "UPDATE participant SET steering_committee = 2"},
    {"colour name", Verdict::Refused, "UPDATE cluster SET color = 'red'"},
    {"colour that is none", Verdict::Refused, "UPDATE cluster SET color = 'not a colour'"},
    {"date that is none", Verdict::Refused, "UPDATE measure SET deadline = '2026-13-45'"},
    {"date in another notation", Verdict::Refused, "UPDATE measure SET deadline = '2026-3-1'"},
    {"reference stored as 0", Verdict::Refused, "UPDATE card SET cluster_id = 0 WHERE id = 2"},
    {"unknown enum value", Verdict::Refused, "UPDATE card SET form = 17"},
    {"no conference row", Verdict::Refused, "DELETE FROM conference"},
    // Items 4, 6 and 8: schemas.
    {"a trigger", Verdict::Refused,
     "CREATE TRIGGER evil AFTER INSERT ON card BEGIN DELETE FROM measure; END"},
    {"a view", Verdict::Refused, "CREATE VIEW card_view AS SELECT * FROM card"},
    {"an extra table", Verdict::Refused, "CREATE TABLE extra (x TEXT)"},
    {"an extra table that SQLite checks at length", Verdict::Refused,
     "CREATE TABLE extra (x INTEGER CHECK (length(printf('%.*c', 1000000, 'x')) > x));"
     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
     " INSERT INTO extra SELECT i FROM n"},
    {"a changed table", Verdict::Refused, "ALTER TABLE card ADD COLUMN secret TEXT DEFAULT 'x'"},
    {"an index", Verdict::Refused, "CREATE INDEX card_text ON card (text)"},
    {"no schema version", Verdict::Refused, "PRAGMA user_version = 0"},
    {"a newer file without a table", Verdict::Refused,
     "PRAGMA user_version = 99; DROP TABLE indicator_value"},
    {"WAL mode with an extra table", Verdict::Refused,
     "PRAGMA journal_mode = WAL; CREATE TABLE extra (x TEXT)"},
    {"half of the file", Verdict::Refused, nullptr},
    {"ANALYZE", Verdict::Sound, "ANALYZE"},
    {"AUTOINCREMENT once", Verdict::Sound,
     "CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT); INSERT INTO counted"
     " VALUES (NULL); DROP TABLE counted"},
    {"WAL mode", Verdict::Sound, "PRAGMA journal_mode = WAL"},
    {"a newer file", Verdict::Sound,
     "PRAGMA user_version = 99; CREATE TABLE future (id INTEGER PRIMARY KEY)"},
    // Item 9: broken references, which a repaired copy leaves out.
    {"card in a missing cluster", Verdict::Inconsistent,
     "UPDATE card SET cluster_id = 999 WHERE id = 2"},
    {"card of a missing phase", Verdict::Inconsistent, "UPDATE card SET phase_id = 999 WHERE id = 2"},
    {"dot of a missing voter", Verdict::Inconsistent, "UPDATE dot SET voter_id = 999 WHERE id = 1"},
    {"voter unit changed after dots", Verdict::Inconsistent,
     "UPDATE vote_session SET voter_unit = 1 WHERE id = 1"},
    {"measure from a missing card", Verdict::Inconsistent,
     "UPDATE measure SET source_card_id = 999"},
    // Schema version 4: devices, and what they sent.
    {"device id 2^63-1", Verdict::Refused, "UPDATE device SET id = 9223372036854775807"},
    {"device token in capitals", Verdict::Refused, "UPDATE device SET token_hash = upper(token_hash)"},
    {"device token of a megabyte", Verdict::Refused,
     "UPDATE device SET token_hash = printf('%.*c', 1000000, 'a')"},
    {"device blocked 2", Verdict::Refused, "UPDATE device SET blocked = 2"},
    {"card hidden 2", Verdict::Refused, "UPDATE card SET hidden = 2 WHERE id = 2"},
    {"client id in capitals", Verdict::Refused,
     "UPDATE card SET client_id = upper(client_id) WHERE id = 2"},
    {"client id that is none", Verdict::Refused, "UPDATE card SET client_id = 'x' WHERE id = 2"},
    {"card of a missing device", Verdict::Inconsistent, "UPDATE card SET device_id = 999 WHERE id = 2"},
    {"dot of a missing device", Verdict::Inconsistent, "UPDATE dot SET device_id = 999 WHERE id = 3"},
    {"device at a missing table", Verdict::Inconsistent, "UPDATE device SET table_id = 999"},
    {"a device's dot in a vote with voters", Verdict::Inconsistent,
     "UPDATE dot SET device_id = 1 WHERE id = 1"},
    // Schema version 5: templates and walls by topic.
    {"template flag 2", Verdict::Refused, "UPDATE conference SET is_template = 2"},
    {"wall layout 6", Verdict::Refused, "UPDATE phase SET wall_layout = 6 WHERE id = 2"},
    {"wall topics of a megabyte", Verdict::Refused,
     "UPDATE phase SET wall_layout = 5, wall_topics = printf('%.*c', 1000000, 'x') WHERE id = 2"},
    {"13 wall topics", Verdict::Refused,
     "UPDATE phase SET wall_layout = 5, wall_topics = 'a' || char(10) || 'b' || char(10) ||"
     " 'c' || char(10) || 'd' || char(10) || 'e' || char(10) || 'f' || char(10) || 'g' ||"
     " char(10) || 'h' || char(10) || 'i' || char(10) || 'j' || char(10) || 'k' || char(10) ||"
     " 'l' || char(10) || 'm' WHERE id = 2"},
    {"an empty wall topic", Verdict::Refused,
     "UPDATE phase SET wall_topics = 'Verkehr' || char(10) || char(10) || 'Wohnen' WHERE id = 2"},
    {"a wall topic twice", Verdict::Refused,
     "UPDATE phase SET wall_topics = 'Verkehr' || char(10) || 'Verkehr' WHERE id = 2"},
    {"a template", Verdict::Sound, "UPDATE conference SET is_template = 1"},
};

} // namespace

bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr)
            == SQLITE_OK;
    char *message = nullptr;
    if (ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("execSql: %s: %s", sql, message);
        ok = false;
    }
    sqlite3_free(message);
    return sqlite3_close(db) == SQLITE_OK && ok;
}

QList<HostileFile> writeHostileFiles(const TempDir &dir)
{
    const QString soundPath = dir.path(QStringLiteral("sound.weitblick"));
    QString error;
    if (!QFile::exists(soundPath) && !ConferenceStore::create(soundPath, awkwardConference(), &error))
        qFatal("writeHostileFiles: %s", qPrintable(error));
    const QByteArray sound = readAll(soundPath);

    QList<HostileFile> files;
    int number = 0;
    for (const Recipe &recipe : recipes) {
        // Each file in a folder of its own, so that what appears beside it can be seen.
        const QString folder = dir.path(QStringLiteral("case-%1").arg(++number));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/conference.weitblick");
        writeAll(path, recipe.sql ? sound : sound.left(sound.size() / 2));
        if (recipe.sql && !execSql(path, recipe.sql))
            qFatal("writeHostileFiles: %s failed", recipe.name);
        files.append({QString::fromUtf8(recipe.name), path, recipe.expected});
    }
    // The expensive check must stay unknown to the tests' own SQLite too: it is a function
    // that does not exist, which SQLite only looks for when it evaluates the constraint.
    const QString probe = dir.path(QStringLiteral("case-probe"));
    QDir().mkpath(probe);
    const QString probePath = probe + QStringLiteral("/conference.weitblick");
    writeAll(probePath, sound);
    if (!execSql(probePath, "CREATE TABLE extra (x); INSERT INTO extra VALUES (1);"
                            "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql ="
                            " 'CREATE TABLE extra (x CHECK (weitblick_probe(x)))'"
                            " WHERE name = 'extra'"))
        qFatal("writeHostileFiles: the probe failed");
    files.append({QStringLiteral("a foreign CHECK that SQLite must not evaluate"), probePath,
                  Verdict::Refused});

    const QString longName = dir.path(QStringLiteral("case-long-name"));
    QDir().mkpath(longName);
    const QString longNamePath = longName + QStringLiteral("/conference.weitblick");
    writeAll(longNamePath, sound);
    const QByteArray createLong = "CREATE TABLE \"" + QByteArray(900 * 1024, 'n') + "\" (x)";
    if (!execSql(longNamePath, createLong.constData()))
        qFatal("writeHostileFiles: the long table name failed");
    files.append({QStringLiteral("a table name of 900 kB"), longNamePath, Verdict::Refused});
    return files;
}

QMap<QString, QByteArray> folderContents(const QString &folder)
{
    QMap<QString, QByteArray> contents;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        contents.insert(name, readAll(dir.filePath(name)));
    return contents;
}

} // namespace weitblick::test

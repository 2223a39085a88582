#include "connection.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace weitblick::storage {

namespace {
// Texts and names longer than this are not Weitblick's: refuse them instead of loading them.
constexpr int MaxValueBytes = 1 << 20;
constexpr int BusyTimeoutMs = 3000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("weitblick-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

std::unique_ptr<Connection> Connection::open(const QString &path, Mode mode, QString *error)
{
    std::unique_ptr<Connection> connection(new Connection);
    connection->m_name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("The SQLite driver of Qt (QSQLITE) is not installed.");
        return nullptr;
    }
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = db.lastError().driverText() + QLatin1Char(' ') + db.lastError().databaseText();
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection->m_handle) {
        if (error)
            *error = QStringLiteral("The SQLite driver did not give a database handle.");
        return nullptr;
    }
    return connection;
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Connection::applySafetySettings(Mode mode, QString *error)
{
    const auto failed = [&](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    // Files arrive by email and USB stick: do not let one change how SQLite itself behaves.
    int on = 0;
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    int triggersOff = 1;
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &triggersOff);
    int viewsOff = 1;
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &viewsOff);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    if (on != 1 || triggersOff != 0 || viewsOff != 0)
        return failed(QStringLiteral("SQLite refused the defensive settings."));
    const char *pragmas = mode == Mode::ReadWrite
        ? "PRAGMA trusted_schema = OFF; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
        : "PRAGMA trusted_schema = OFF;";
    if (sqlite3_exec(m_handle, pragmas, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    if (mode == Mode::ReadOnly)
        return true;
    // A pragma that cannot take effect (journal_mode while another program holds the file in
    // WAL mode) fails silently: read back what Weitblick promises, every edit durable alone.
    const Durability now = durability();
    if (now.synchronous != 2 || now.journalMode != QLatin1String("delete"))
        return failed(QStringLiteral("synchronous = %1, journal_mode = %2")
                          .arg(now.synchronous).arg(now.journalMode));
    return true;
}

Connection::Durability Connection::durability() const
{
    Durability result;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA synchronous", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        result.synchronous = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        result.journalMode = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return result;
}

} // namespace weitblick::storage

#include "importlookup.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/model/names.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace weitblick {

ImportLookup::ImportLookup(const Conference &conference)
    : m_conference(conference)
    , m_nextTableId(conference.all<Table>().nextId())
{
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
        m_groupsByName.insert(foldedName(group.name), group.id);
    for (const Table &table : conference.all<Table>()) {
        if (!m_tablesByNumber.contains(table.number))
            m_tablesByNumber.insert(table.number, table.id);
        if (!table.name.trimmed().isEmpty())
            m_tablesByName.insert(foldedName(table.name), table.id);
    }
}

QString ImportLookup::normalizedHeader(const QString &cell)
{
    QString result;
    for (const QChar c : cell.toCaseFolded()) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

bool ImportLookup::containsAny(const QString &text,
                               std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QString ImportLookup::cell(const QStringList &row, qsizetype column)
{
    return column >= 0 && column < row.size() ? row.at(column) : QString();
}

QString ImportLookup::shown(const QString &cell)
{
    constexpr int MaxShown = 60;
    const QString line = cell.simplified();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, line);
    qsizetype end = 0;
    for (int characters = 0; characters < MaxShown && end < line.size(); ++characters)
        end = graphemes.toNextBoundary();
    return end < line.size() ? line.left(end) + QChar(0x2026) : line;
}

bool ImportLookup::isRagged(const QStringList &row, qsizetype columnCount)
{
    if (row.size() < columnCount)
        return true;
    for (qsizetype i = columnCount; i < row.size(); ++i) {
        if (!row.at(i).trimmed().isEmpty())
            return true;
    }
    return false;
}

QString ImportLookup::raggedMessage(qsizetype cells, qsizetype columnCount)
{
    return tr("The row has %n cell(s), but the header has %1.", nullptr, int(cells))
        .arg(tr("%n column(s)", nullptr, int(columnCount)));
}

QString ImportLookup::readOnlyMessage(const ConferenceDocument *document)
{
    const QString reason = document->readOnlyReason();
    return reason.isEmpty() ? tr("The conference is open read-only; nothing was imported.")
                            : reason;
}

std::optional<Id> ImportLookup::group(const QString &text, QString *error) const
{
    const QString name = foldedName(text);
    if (name.isEmpty())
        return NoId;
    const auto it = m_groupsByName.constFind(name);
    if (it != m_groupsByName.cend())
        return *it;
    // Spreadsheets typed at the tables shorten the long names: "Handel" for "Handel und
    // Gewerbe", "Bürger" for "Bürgerinnen und Bürger". A beginning of three or more letters
    // that fits exactly one group names that group.
    Id match = NoId;
    for (auto group = m_groupsByName.cbegin(); name.size() >= 3 && group != m_groupsByName.cend();
         ++group) {
        if (group.key().startsWith(name)) {
            if (match != NoId && match != group.value()) {
                match = NoId;
                break;
            }
            match = group.value();
        }
    }
    if (match != NoId)
        return match;
    if (error)
        *error = tr("There is no stakeholder group \"%1\".").arg(shown(text));
    return std::nullopt;
}

std::optional<Id> ImportLookup::table(const QString &text, QString *error)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return NoId;
    const auto byName = m_tablesByName.constFind(trimmed.toCaseFolded());
    if (byName != m_tablesByName.cend())
        return *byName;

    // "3", "Tisch 3", "Table 3", "Tisch Nr. 3", "T3", "#3"; spreadsheets may also write "3.0".
    static const QRegularExpression number(
        QStringLiteral("^(?:(?:tisch|table|t)\\s*(?:nr\\.?|no\\.?)?\\s*)?#?\\s*(\\d{1,9})"
                       "(?:[.,]0+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = number.match(trimmed);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("\"%1\" is not a table number.").arg(shown(trimmed));
        return std::nullopt;
    }
    const int value = match.captured(1).toInt();
    if (value < 1 || value > MaxTableNumber) {
        if (error)
            *error = tr("Table number %1 is not between 1 and %2.").arg(match.captured(1))
                         .arg(MaxTableNumber);
        return std::nullopt;
    }
    const auto existing = m_tablesByNumber.constFind(value);
    if (existing != m_tablesByNumber.cend())
        return *existing;

    Table table;
    table.id = m_nextTableId++;
    table.number = value;
    table.name = tr("Table %1").arg(value);
    m_newTables.append(table);
    m_tablesByNumber.insert(value, table.id);
    return table.id;
}

ChangeSet ImportLookup::newTables() const
{
    ChangeSet changes;
    for (const Table &table : m_newTables)
        changes.add(table);
    return changes;
}

int ImportLookup::applyPlanned(ConferenceDocument *document, const ChangeSet &changes,
                               QList<ImportProblem> found, EntityKind counted,
                               const std::function<QString(int)> &undoText,
                               QList<ImportProblem> *problems)
{
    if (found.isEmpty() && document->isReadOnly())
        found.append({0, readOnlyMessage(document)});
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return -1;
    }
    if (changes.isEmpty()) { // everyone in the file is there already
        if (problems)
            problems->clear();
        return 0;
    }
    int added = 0;
    for (const EntityChange &change : changes.changes())
        added += change.kind() == counted ? 1 : 0;
    // A change set that the file's rules refuse leaves the document writable and says why;
    // a failed write (a full disk) makes it read-only and says why there.
    QString refusal;
    const QMetaObject::Connection refused = QObject::connect(
        document, &ConferenceDocument::editRefused,
        [&refusal](const QString &reason) { refusal = reason; });
    const bool pushed = commands::push(document, undoText(added), changes);
    QObject::disconnect(refused);
    if (!pushed) {
        if (problems)
            *problems = {{0, refusal.isEmpty() ? readOnlyMessage(document) : refusal}};
        return -1;
    }
    if (problems)
        problems->clear();
    return added;
}

} // namespace weitblick

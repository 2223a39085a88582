// Set-up screens benchmark (issue 12: the timing that used to sit in the unit tests): the
// participants table and the table plan with 1,000 participants at 125 tables. Beside each
// figure a baseline of the same run: a bare QTableView over a QStandardItemModel of the same
// rows, a bare grid of 125 list widgets of the same names, and one raw durable SQLite write
// on the same disk (every edit is durable before it shows).
// Usage: bench_setup [RUNS] (default 7). The file goes to a temporary folder in the current
// directory, on a real disk.

#include "benchutil.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "ui/setup/participantsmodel.h"
#include "ui/setup/participantsview.h"
#include "ui/setup/tableplanview.h"

#include <QApplication>
#include <QDir>
#include <QGridLayout>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

constexpr int Participants = 1000;
constexpr int Tables = 125;

// The sample conference grown to 1,000 participants at 125 tables, as at a large conference.
Conference largeConference()
{
    Conference conference = makeSampleConference();
    const QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                         conference.all<StakeholderGroup>().end());
    for (int number = conference.all<Table>().size() + 1; number <= Tables; ++number) {
        Table table;
        table.id = conference.all<Table>().nextId();
        table.number = number;
        conference.all<Table>().put(table);
    }
    const QList<Table> tables(conference.all<Table>().begin(), conference.all<Table>().end());
    for (int i = conference.all<Participant>().size(); i < Participants; ++i) {
        Participant p;
        p.id = conference.all<Participant>().nextId();
        p.name = QStringLiteral("Teilnehmerin %1").arg(i);
        p.organisation = QStringLiteral("Verein %1").arg(i % 37);
        p.groupId = groups.at(i % groups.size()).id;
        p.tableId = tables.at(i % tables.size()).id;
        conference.all<Participant>().put(p);
    }
    return conference;
}

// The participants as rows of a plain item model: name, organisation, group, table, steering.
void fillBareModel(QStandardItemModel *model, const Conference &conference)
{
    model->setColumnCount(5);
    for (const Participant &p : conference.all<Participant>()) {
        const Table *table = conference.find<Table>(p.tableId);
        const StakeholderGroup *group = conference.find<StakeholderGroup>(p.groupId);
        model->appendRow({new QStandardItem(p.name), new QStandardItem(p.organisation),
                          new QStandardItem(group ? group->name : QString()),
                          new QStandardItem(table ? QString::number(table->number) : QString()),
                          new QStandardItem(p.steeringCommittee ? QStringLiteral("x")
                                                                : QString())});
    }
}

// 125 list widgets in a grid, each with the names of its table: what the plan shows, bare.
void fillBarePlan(QWidget *plan, const Conference &conference)
{
    auto *grid = new QGridLayout(plan);
    QHash<Id, QListWidget *> lists;
    for (const Table &table : conference.all<Table>()) {
        auto *list = new QListWidget;
        grid->addWidget(list, int(lists.size()) / 5, int(lists.size()) % 5);
        lists.insert(table.id, list);
    }
    for (const Participant &p : conference.all<Participant>()) {
        if (QListWidget *list = lists.value(p.tableId))
            list->addItem(p.name);
    }
}

// One durable row in a raw SQLite file on the same disk, as the store writes it.
double rawDurableWriteMs(const QString &dir, int runs)
{
    const QByteArray path = QDir(dir).filePath(QStringLiteral("raw.sqlite")).toUtf8();
    sqlite3 *db = nullptr;
    sqlite3_open(path.constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
                     "CREATE TABLE participant(id INTEGER PRIMARY KEY, name TEXT)", nullptr,
                 nullptr, nullptr);
    const double ms = medianMs(runs, [&] {
        sqlite3_exec(db, "BEGIN; INSERT INTO participant(name) VALUES('Name'); COMMIT;",
                     nullptr, nullptr, nullptr);
    });
    sqlite3_close(db);
    return ms;
}

void benchParticipants(ConferenceDocument *document, int runs, double rawWriteMs)
{
    const auto [bareOpenMs, openMs] = interleavedMediansMs(
        runs,
        [&] {
            QStandardItemModel model;
            fillBareModel(&model, document->conference());
            QTableView view;
            view.setModel(&model);
            view.resize(1200, 800);
            view.show();
            QCoreApplication::processEvents();
        },
        [&] {
            ParticipantsView view(document);
            view.resize(1200, 800);
            view.show();
            QCoreApplication::processEvents();
        });
    printRow(QStringLiteral("participants: open with %1").arg(Participants), openMs, bareOpenMs,
             QStringLiteral("-"));

    ParticipantsView view(document);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    int edits = 0;
    const double editMs = medianMs(runs, [&] {
        Participant p = *document->conference().find<Participant>(500);
        p.name = QStringLiteral("Umbenannt %1").arg(++edits);
        commands::editParticipant(document, p);
        QCoreApplication::processEvents();
    });
    printRow(QStringLiteral("participants: one edit, durable and shown"), editMs, rawWriteMs,
             QStringLiteral("100"));

    QStandardItemModel bareModel;
    fillBareModel(&bareModel, document->conference());
    QSortFilterProxyModel bareFilter;
    bareFilter.setSourceModel(&bareModel);
    bareFilter.setFilterKeyColumn(-1);
    bareFilter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const auto [bareFilterMs, filterMs] = interleavedMediansMs(
        runs,
        [&] {
            bareFilter.setFilterFixedString(QStringLiteral("verein 3"));
            bareFilter.setFilterFixedString(QString());
        },
        [&] {
            view.setSearchText(QStringLiteral("verein 3"));
            view.setSearchText(QString());
        });
    printRow(QStringLiteral("participants: filter and clear"), filterMs, bareFilterMs,
             QStringLiteral("200"));

    QList<Id> half;
    for (Id id = 1; id <= Participants / 2; ++id)
        half.append(id);
    const double removeMs = medianMs(1, [&] {
        commands::removeParticipants(document, half);
        QCoreApplication::processEvents();
    });
    printRow(QStringLiteral("participants: remove %1 as one step").arg(half.size()), removeMs,
             rawWriteMs, QStringLiteral("-"));
    document->undoStack()->undo();
    QCoreApplication::processEvents();
}

void benchTablePlan(ConferenceDocument *document, int runs, double rawWriteMs)
{
    const auto [bareOpenMs, openMs] = interleavedMediansMs(
        runs,
        [&] {
            QWidget plan;
            fillBarePlan(&plan, document->conference());
            plan.resize(1600, 1000);
            plan.show();
            QCoreApplication::processEvents();
        },
        [&] {
            TablePlanView view(document);
            view.resize(1600, 1000);
            view.show();
            QCoreApplication::processEvents();
        });
    printRow(QStringLiteral("table plan: open with %1 at %2 tables").arg(Participants).arg(Tables),
             openMs, bareOpenMs, QStringLiteral("-"));

    TablePlanView view(document);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    const QList<Id> tables = view.tableIds();
    int moves = 0;
    const double moveMs = medianMs(runs, [&] {
        const Id who = Id(1 + moves % Participants);
        view.moveParticipants({who}, tables.at(++moves % tables.size()));
        QCoreApplication::processEvents();
    });
    printRow(QStringLiteral("table plan: move one, durable and shown"), moveMs, rawWriteMs,
             QStringLiteral("100"));
    const double mixMs = medianMs(runs, [&] {
        view.seatByGroup();
        QCoreApplication::processEvents();
        view.seatMixed();
        QCoreApplication::processEvents();
    });
    printRow(QStringLiteral("table plan: seat by group, then mixed"), mixMs, 2 * rawWriteMs,
             QStringLiteral("2000"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 7;

    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-setup-XXXXXX")));
    QString error;
    std::unique_ptr<ConferenceDocument> document = ConferenceDocument::create(
        QDir(dir.path()).filePath(QStringLiteral("large.weitblick")), largeConference(), &error);
    if (!document) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const double rawWriteMs = rawDurableWriteMs(dir.path(), runs);
    printHeader();
    benchParticipants(document.get(), runs, rawWriteMs);
    benchTablePlan(document.get(), runs, rawWriteMs);
    return 0;
}

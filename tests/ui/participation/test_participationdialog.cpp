#include <catch2/catch.hpp>

#include "apifixture.h"
#include "httpclient.h"
#include "testfiles.h"

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "net/participationserver.h"
#include "net/roomsummarymodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/participation/participationdialog.h"
#include "ui/participation/roompanel.h"
#include "ui/presenter/presenterslide.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/wallscene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>

using namespace weitblick;
using test::HttpClient;
using test::freePort;

namespace {

bool isListening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

// The moderator's window on the sample, with the participation dialog open and set to serve on
// loopback, the way the moderator sets it.
struct ModeratorWindow
{
    test::TempDir dir;
    MainWindow window;
    ParticipationDialog *dialog = nullptr;

    ModeratorWindow()
    {
        const QString path = dir.path(QStringLiteral("Lindenau.weitblick"));
        QString error;
        // The sample with its Future vote open, counted per table, and no dots given yet.
        REQUIRE(ConferenceStore::create(path, test::votingConference(VoterUnit::Table), &error));
        REQUIRE(window.openFile(path));
        window.resize(1600, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // Through the menu, as the moderator opens it.
        QAction *menuAction = nullptr;
        for (QAction *action : window.menuBar()->actions()) {
            for (QAction *item : action->menu()->actions()) {
                if (item == window.workspace()->participationAction())
                    menuAction = item;
            }
        }
        REQUIRE(menuAction);
        menuAction->trigger();
        dialog = window.workspace()->participationDialog();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        // Loopback is always offered, and always last.
        QComboBox *addresses = dialog->addressChoice();
        REQUIRE(addresses->count() >= 1);
        CHECK(addresses->itemData(addresses->count() - 1).toString() == QLatin1String("127.0.0.1"));
        addresses->setCurrentIndex(addresses->count() - 1);
    }

    ParticipationServer *server() const { return window.workspace()->participationServer(); }
    ConferenceDocument *document() const { return window.document(); }

    void start(quint16 port)
    {
        dialog->portChoice()->setValue(port);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        INFO(dialog->stateLabel()->text().toStdString());
        REQUIRE(server()->isRunning());
    }

    // Opens the phase for cards in the dialog, as the moderator picks it.
    void openPhase(Id phaseId)
    {
        QComboBox *phases = dialog->phaseChoice();
        const int index = phases->findData(phaseId);
        REQUIRE(index > 0);
        phases->setCurrentIndex(index);
        emit phases->activated(index);
        REQUIRE(server()->settings().openPhaseId == phaseId);
    }

    QUrl base() const { return server()->joinUrl().resolved(QUrl(QStringLiteral("/"))); }

    void join(HttpClient &phone, int table)
    {
        const auto answer = phone.postJson(
            QStringLiteral("/api/join"),
            {{QStringLiteral("code"), server()->code()}, {QStringLiteral("table"), table}});
        REQUIRE(answer.status == 200);
    }

    static test::HttpAnswer postCard(HttpClient &phone, const QString &text)
    {
        return phone.postJson(
            QStringLiteral("/api/cards"),
            {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("text"), text}});
    }

    Id sendCard(HttpClient &phone, const QString &text)
    {
        const auto answer = postCard(phone, text);
        REQUIRE(answer.status == 201);
        for (const Card &card : document()->conference().all<Card>()) {
            if (card.text == text)
                return card.id;
        }
        FAIL("the card is not in the conference");
        return NoId;
    }

    QTreeWidgetItem *listed(QTreeWidget *list, Id id) const
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
                return list->topLevelItem(i);
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("The dialog starts and stops a real server on loopback, on the next free port",
          "[participation][dialog]")
{
    ModeratorWindow moderator;
    // The port the moderator asks for is taken: the next free one is used.
    QTcpServer squatter;
    REQUIRE(squatter.listen(QHostAddress::LocalHost, freePort()));
    moderator.start(squatter.serverPort());
    const quint16 port = moderator.server()->port();
    CHECK(port > squatter.serverPort());
    CHECK(isListening(port));

    ParticipationDialog *dialog = moderator.dialog;
    const QString url = dialog->addressLabel()->text();
    CHECK(url == QStringLiteral("http://127.0.0.1:%1/?code=%2")
                     .arg(port).arg(moderator.server()->code()));
    CHECK(ParticipationServer::isValidCode(moderator.server()->code()));
    CHECK_FALSE(dialog->qrLabel()->pixmap().isNull());
    CHECK(dialog->startButton()->text().contains(QStringLiteral("Stop")));
    // The projector's Join in slide shows the same address.
    CHECK(moderator.window.workspace()->presenter()->slide()->joinUrl().toString() == url);

    HttpClient phone(moderator.base());
    CHECK(phone.get(QStringLiteral("/")).status == 200);

    const QString firstCode = moderator.server()->code();
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    CHECK_FALSE(moderator.server()->isRunning());
    CHECK_FALSE(isListening(port));
    CHECK(dialog->addressLabel()->text().isEmpty());
    CHECK(dialog->qrLabel()->pixmap().isNull());
    CHECK_FALSE(dialog->qrLabel()->text().isEmpty()); // says what will show there
    CHECK(moderator.window.workspace()->presenter()->slide()->joinUrl().isEmpty());

    // A new code at each start.
    moderator.start(port);
    CHECK(moderator.server()->code() != firstCode);
}

TEST_CASE("A card sent over HTTP appears on the wall and in the panel; the moderator hides it "
          "and blocks its device",
          "[participation][dialog]")
{
    ModeratorWindow moderator;
    moderator.start(freePort());
    const Id future = 3; // the sample's Future phase
    moderator.openPhase(future);
    moderator.window.showPhaseAt(2);
    WallScene *wall = moderator.window.workspace()->phasePage()->scene();
    REQUIRE(wall->phaseId() == future);

    HttpClient phone(moderator.base());
    moderator.join(phone, 3);
    const QString text = QStringLiteral("<b>Mehr Grün</b> am Fluss");
    const Id cardId = moderator.sendCard(phone, text);

    // One undo step of its own, named after the table.
    QUndoStack *undo = moderator.document()->undoStack();
    CHECK(undo->text(undo->index() - 1) == QStringLiteral("Card from table 3"));

    // On the wall: the document tells the wall when it stores the card.
    REQUIRE(QTest::qWaitFor([&] { return wall->cardItem(cardId) != nullptr; }, 5000));
    RoomPanel *panel = moderator.dialog->roomPanel();
    REQUIRE(QTest::qWaitFor([&] { return moderator.listed(panel->cardList(), cardId); }, 2000));
    QTreeWidgetItem *item = moderator.listed(panel->cardList(), cardId);
    CHECK(item->text(0) == text); // as plain text
    CHECK(item->text(1).contains(QStringLiteral("3")));
    // The room: the table's row counts the card and the device.
    const auto &rows = moderator.server()->summary()->rows();
    const auto table3 = std::find_if(rows.begin(), rows.end(), [](const auto &row) {
        return row.name.contains(QLatin1String("3"));
    });
    REQUIRE(table3 != rows.end());
    REQUIRE(QTest::qWaitFor([&] {
        const auto &now = moderator.server()->summary()->rows();
        return std::any_of(now.begin(), now.end(),
                           [](const auto &row) { return row.cards == 1 && row.devices == 1; });
    }, 3000));

    // Hide: off the wall, kept in the file, and the phone sees it hidden.
    item->setSelected(true);
    panel->toggleSelectedCardHidden();
    CHECK(moderator.document()->conference().find<Card>(cardId)->hidden);
    CHECK_FALSE(wall->cardItem(cardId));
    const QJsonArray mine = phone.get(QStringLiteral("/api/state"))
                                .json().value(QStringLiteral("cards")).toArray();
    REQUIRE(mine.size() == 1);
    CHECK(mine.at(0).toObject().value(QStringLiteral("state")).toString()
          == QLatin1String("hidden"));
    // One undo step puts it back.
    moderator.document()->undoStack()->undo();
    CHECK(wall->cardItem(cardId));

    // Block: the phone is shut out.
    panel->refresh();
    REQUIRE(panel->deviceList()->topLevelItemCount() >= 1);
    const Id deviceId = moderator.document()->conference().find<Card>(cardId)->deviceId;
    QTreeWidgetItem *device = moderator.listed(panel->deviceList(), deviceId);
    REQUIRE(device);
    device->setSelected(true);
    panel->toggleSelectedDeviceBlocked();
    CHECK(moderator.document()->conference().find<Device>(deviceId)->blocked);
    CHECK(phone.get(QStringLiteral("/api/state")).status == 403);
    const auto refused = phone.postJson(
        QStringLiteral("/api/cards"),
        {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
         {QStringLiteral("text"), QStringLiteral("noch eine")}});
    CHECK(refused.status == 403);

    // Delete the card: gone from the file and the list.
    panel->refresh();
    moderator.listed(panel->cardList(), cardId)->setSelected(true);
    panel->deleteSelectedCard();
    CHECK_FALSE(moderator.document()->conference().find<Card>(cardId));
    CHECK_FALSE(moderator.listed(panel->cardList(), cardId));
}

TEST_CASE("The server stops when the conference closes and when the application quits",
          "[participation][dialog]")
{
    SECTION("close")
    {
        ModeratorWindow moderator;
        moderator.start(freePort());
        const quint16 port = moderator.server()->port();
        REQUIRE(isListening(port));
        moderator.window.setDocument(nullptr); // File › Close
        CHECK_FALSE(isListening(port));
    }
    SECTION("quit")
    {
        ModeratorWindow moderator;
        moderator.start(freePort());
        const quint16 port = moderator.server()->port();
        REQUIRE(isListening(port));
        moderator.window.close(); // File › Quit closes the main window
        CHECK_FALSE(isListening(port));
    }
}

namespace {

// Picks the entry with the data in the box, as the moderator clicks it.
void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

} // namespace

TEST_CASE("The moderator opens a phase for cards, pauses intake, opens the vote to devices and "
          "chooses how people join",
          "[participation][dialog]")
{
    ModeratorWindow moderator;
    moderator.start(freePort());
    ParticipationDialog *dialog = moderator.dialog;
    HttpClient phone(moderator.base());
    moderator.join(phone, 3);

    // Nothing is open until the moderator opens it.
    CHECK(dialog->phaseChoice()->currentData().toLongLong() == NoId);
    CHECK(ModeratorWindow::postCard(phone, QStringLiteral("zu früh")).error()
          == QLatin1String("no-open-phase"));
    const Id future = 3;
    choose(dialog->phaseChoice(), future);
    CHECK(moderator.server()->settings().openPhaseId == future);
    moderator.sendCard(phone, QStringLiteral("Ein Café am Markt"));

    // A pause refuses cards for a moment; the phase stays shown.
    dialog->pauseChoice()->click();
    CHECK(moderator.server()->settings().intakePaused);
    const QJsonObject paused = phone.get(QStringLiteral("/api/state")).json();
    CHECK(paused.value(QStringLiteral("phase")).toObject().value(QStringLiteral("acceptsCards"))
          == false);
    CHECK(ModeratorWindow::postCard(phone, QStringLiteral("in der Pause")).error()
          == QLatin1String("paused"));
    dialog->pauseChoice()->click();
    moderator.sendCard(phone, QStringLiteral("nach der Pause"));

    // The vote takes dots from devices only once the moderator opens it to them.
    const Id cardId = moderator.sendCard(phone, QStringLiteral("Ein Punkt für mich"));
    const QJsonObject dot{{QStringLiteral("ref"), QStringLiteral("card:%1").arg(cardId)},
                          {QStringLiteral("delta"), 1}};
    CHECK(phone.postJson(QStringLiteral("/api/dots"), dot).error() == QLatin1String("vote-closed"));
    const Id vote = moderator.document()->conference().all<VoteSession>().begin()->id;
    choose(dialog->voteChoice(), vote);
    CHECK(moderator.server()->settings().voteSessionId == vote);
    REQUIRE(phone.postJson(QStringLiteral("/api/dots"), dot).status == 200);
    // The room panel shows the table's dot against its budget.
    RoomSummaryModel *summary = moderator.server()->summary();
    REQUIRE(dialog->roomPanel()->summaryView()->model() == summary);
    REQUIRE(QTest::qWaitFor([&] {
        for (int row = 0; row < summary->rowCount(); ++row) {
            if (summary->data(summary->index(row, RoomSummaryModel::Place)).toString()
                    == QLatin1String("Tisch 3")
                && summary->data(summary->index(row, RoomSummaryModel::Dots)).toInt() == 1
                && summary->data(summary->index(row, RoomSummaryModel::Budget)).toInt() == 5
                && summary->data(summary->index(row, RoomSummaryModel::Cards)).toInt() == 3)
                return true;
        }
        return false;
    }, 3000));

    // People join by stakeholder group now: the page offers the groups.
    choose(dialog->joinChoice(), int(JoinMode::Group));
    CHECK(moderator.server()->settings().joinMode == JoinMode::Group);
    CHECK(phone.get(QStringLiteral("/api/state")).json().value(QStringLiteral("joinMode"))
          == QLatin1String("group"));

    // Closing the phase in the dialog closes it to the phones.
    choose(dialog->phaseChoice(), NoId);
    CHECK(phone.get(QStringLiteral("/api/state")).json().value(QStringLiteral("phase")).isNull());
}

TEST_CASE("The room shows every table of the hall at once when the dialog opens",
          "[participation][dialog]")
{
    ModeratorWindow moderator;
    REQUIRE(QTest::qWaitForWindowExposed(moderator.dialog));
    QTableView *summary = moderator.dialog->roomPanel()->summaryView();
    const int rows = summary->model()->rowCount();
    REQUIRE(rows == int(moderator.document()->conference().all<Table>().size()));
    REQUIRE(rows >= 8);
    for (int row = 0; row < rows; ++row) {
        INFO("row " << row);
        CHECK(summary->viewport()->rect().contains(
            summary->visualRect(summary->model()->index(row, RoomSummaryModel::Place))));
    }
}

#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "dialogtesting.h"
#include "hostilefiles.h"
#include "testfiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/repairoffer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

using namespace weitblick;
using test::whenModal;

namespace {

QString shot(const char *name)
{
    const QString folder = qEnvironmentVariableIsSet("WEITBLICK_SHOTS")
                               ? qEnvironmentVariable("WEITBLICK_SHOTS")
                               : QDir::tempPath();
    return folder + QLatin1Char('/') + QLatin1String(name);
}

// A conference whose vote changed its voter unit after dots were cast (dot 2's voter is no
// table) and whose card 2 hangs in a cluster that is gone.
QString writeBrokenConference(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("Lindenau.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    REQUIRE(test::execSql(path, "UPDATE vote_session SET voter_unit = 1 WHERE id = 1;"
                                "UPDATE card SET cluster_id = 999 WHERE id = 2"));
    return path;
}

} // namespace

TEST_CASE("Opening a file with broken references offers a repaired copy and opens it",
          "[ui][repair]")
{
    test::TempDir dir;
    const QString path = writeBrokenConference(dir);
    const QByteArray bytes = test::readAll(path);
    MainWindow window;
    QString offered;
    QString details;
    whenModal([&](QWidget *modal) {
        auto *offer = qobject_cast<RepairOffer *>(modal);
        REQUIRE(offer);
        offered = offer->text();
        details = offer->detailedText();
        for (QAbstractButton *button : offer->buttons()) {
            if (offer->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        // Then the file dialog, which offers "Lindenau (repaired).weitblick" beside it.
        whenModal([&](QWidget *next) {
            auto *files = qobject_cast<QFileDialog *>(next);
            REQUIRE(files);
            static_cast<QDialog *>(files)->accept(); // protected in QFileDialog
        });
    });
    REQUIRE(window.openFile(path));
    CHECK(offered.contains(QStringLiteral("broken references")));
    CHECK(details.contains(QStringLiteral("dot 2")));
    CHECK(details.contains(QStringLiteral("cluster 999")));
    const QString repaired = dir.path(QStringLiteral("Lindenau (repaired).weitblick"));
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == repaired);
    CHECK_FALSE(window.document()->isReadOnly());
    // Only the broken dot is left out.
    CHECK(window.document()->conference().all<Dot>().size()
          == test::awkwardConference().all<Dot>().size() - 1);
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("A repaired copy onto a taken name is asked for again without an offer to replace it",
          "[ui][repair]")
{
    test::TempDir dir;
    const QString path = writeBrokenConference(dir);
    // A repaired copy made before, where the next one is offered.
    const QString taken = dir.path(QStringLiteral("Lindenau (repaired).weitblick"));
    test::writeAll(taken, "an earlier copy");
    const QString chosen = dir.path(QStringLiteral("Lindenau (repaired 2).weitblick"));
    MainWindow window;
    QStringList messages;
    int fileDialogs = 0;
    test::answeringDialogs(
        [&](QWidget *modal) {
            if (auto *offer = qobject_cast<RepairOffer *>(modal)) {
                for (QAbstractButton *button : offer->buttons()) {
                    if (offer->buttonRole(button) == QMessageBox::AcceptRole)
                        button->click();
                }
            } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                // The offered name first, then another one.
                if (++fileDialogs > 1)
                    test::typeFileName(files, chosen);
                static_cast<QDialog *>(files)->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text();
                box->buttons().constFirst()->click();
            }
        },
        [&] { window.openFile(path); });
    REQUIRE(messages.size() == 1);
    CHECK(messages.constFirst().contains(QStringLiteral("exists already")));
    CHECK(fileDialogs == 2);
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == chosen);
    CHECK(test::readAll(taken) == "an earlier copy");
}

TEST_CASE("Keeping a file with broken references read-only changes nothing", "[ui][repair]")
{
    test::TempDir dir;
    const QString path = writeBrokenConference(dir);
    const QByteArray bytes = test::readAll(path);
    MainWindow window;
    whenModal([](QWidget *modal) {
        auto *offer = qobject_cast<RepairOffer *>(modal);
        REQUIRE(offer);
        offer->reject();
    });
    REQUIRE(window.openFile(path));
    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());
    CHECK(window.document()->filePath() == path);
    CHECK(test::readAll(path) == bytes);
    CHECK(QDir(dir.path({})).entryList(QDir::Files)
          == QStringList{QStringLiteral("Lindenau.weitblick")});
}

TEST_CASE("A refused file is told in one line with the details behind a button", "[ui][repair]")
{
    test::TempDir dir;
    const QList<test::HostileFile> files = test::writeHostileFiles(dir);
    const auto probe = std::find_if(files.begin(), files.end(), [](const test::HostileFile &f) {
        return f.name == QLatin1String("half of the file");
    });
    REQUIRE(probe != files.end());
    MainWindow window;
    QString text;
    QString details;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        text = box->text();
        details = box->detailedText();
        box->accept();
    });
    CHECK_FALSE(window.openFile(probe->path));
    CHECK_FALSE(text.isEmpty());
    CHECK_FALSE(text.contains(QLatin1Char('\n')));
    CHECK_FALSE(details.isEmpty());
}

TEST_CASE("Screenshots of the open flow's messages", "[.screenshots]")
{
    test::TempDir dir;
    const QString path = writeBrokenConference(dir);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    whenModal([](QWidget *modal) {
        auto *offer = qobject_cast<QMessageBox *>(modal);
        for (QAbstractButton *button : offer->buttons()) {
            if (offer->buttonRole(button) == QMessageBox::ActionRole)
                button->click(); // "Show Details..."
        }
        QTimer::singleShot(100, [offer] {
            offer->grab().save(shot("repair-offer.png"));
            offer->reject();
        });
    });
    window.openFile(path);

    test::TempDir other;
    const QList<test::HostileFile> files = test::writeHostileFiles(other);
    for (const test::HostileFile &file : files) {
        if (file.name != QLatin1String("half of the file")
            && file.name != QLatin1String("card year 10^12"))
            continue;
        const QByteArray name = (file.name == QLatin1String("half of the file")
                                     ? "refused-damaged.png"
                                     : "refused-value.png");
        whenModal([name](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::ActionRole)
                    button->click();
            }
            QTimer::singleShot(100, [box, name] {
                box->grab().save(shot(name.constData()));
                box->accept();
            });
        });
        window.openFile(file.path);
    }
}

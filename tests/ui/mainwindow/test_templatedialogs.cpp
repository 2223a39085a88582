#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "core/templates/conferencetemplate.h"
#include "testfiles.h"
#include "tests/ui/setup/setupfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/newconferencedialog.h"
#include "ui/mainwindow/phasedialog.h"
#include "ui/mainwindow/savetemplatedialog.h"
#include "ui/mainwindow/workspace.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/questionedit.h"
#include "ui/wall/quickentrybar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QMessageBox>
#include <QTreeWidget>

using namespace weitblick;

namespace {

QStringList choiceNames(QTreeWidget *tree)
{
    QStringList names;
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        for (int child = 0; child < tree->topLevelItem(top)->childCount(); ++child) {
            QTreeWidgetItem *item = tree->topLevelItem(top)->child(child);
            if (item->data(0, Qt::UserRole).isValid())
                names << item->text(0);
        }
    }
    return names;
}

QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> found =
        tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.constFirst();
}

} // namespace

TEST_CASE("New conference offers the methods and the saved templates with a preview",
          "[mainwindow][templates]")
{
    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("templates"));
    REQUIRE(QDir().mkpath(folder));
    QString error;
    REQUIRE(ConferenceTemplate::write(folder + QStringLiteral("/z.weitblick"),
                                      makeSampleConference(), QStringLiteral("Innenstadt"),
                                      QStringLiteral("Für <b>Zentren</b>"), &error));

    NewConferenceDialog dialog(folder, QStringLiteral("de"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("templates"));
    auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("preview"));
    REQUIRE(tree);
    REQUIRE(preview);
    CHECK(choiceNames(tree)
          == QStringList({BuiltInTemplates::name(Method::FutureSearch),
                          BuiltInTemplates::name(Method::FutureWorkshop),
                          BuiltInTemplates::name(Method::StrategyWorkshop),
                          BuiltInTemplates::name(Method::Empty), QStringLiteral("Innenstadt")}));
    // The Zukunftskonferenz comes first, as New conference always started.
    CHECK(dialog.choice().method == Method::FutureSearch);
    CHECK(preview->toPlainText().contains(QStringLiteral("Vergangenheit")));

    tree->setCurrentItem(itemNamed(tree, BuiltInTemplates::name(Method::FutureWorkshop)));
    CHECK(dialog.choice().method == Method::FutureWorkshop);
    const QString workshop = preview->toPlainText();
    CHECK(workshop.contains(QStringLiteral("Kritikphase")));
    CHECK(workshop.contains(QStringLiteral("Wohnen und Nachbarschaft")));
    CHECK(workshop.contains(QString::fromUtf8("kein „Das geht nicht“")));
    CHECK(dialog.conference().info().title == QStringLiteral("Zukunftswerkstatt"));

    // The texts change language; the method stays.
    auto *language = dialog.findChild<QComboBox *>();
    REQUIRE(language);
    language->setCurrentIndex(language->findData(int(TextLanguage::English)));
    CHECK(preview->toPlainText().contains(QStringLiteral("Critique phase")));
    CHECK(dialog.conference().info().title == QStringLiteral("Future Workshop"));

    // A saved template shows its description as plain text and keeps its own language: no
    // language is offered for it.
    CHECK_FALSE(language->isHidden());
    tree->setCurrentItem(itemNamed(tree, QStringLiteral("Innenstadt")));
    CHECK(preview->toPlainText().contains(QStringLiteral("Für <b>Zentren</b>")));
    CHECK(language->isHidden());
    const Conference fromSaved = dialog.conference();
    CHECK_FALSE(fromSaved.info().isTemplate);
    CHECK(fromSaved.info().notes.isEmpty());
    CHECK(fromSaved.all<Phase>().size() == makeSampleConference().all<Phase>().size());
    CHECK(fromSaved.all<Participant>().isEmpty());
}

TEST_CASE("New conference takes a template file and says why a bad one does not open",
          "[mainwindow][templates]")
{
    test::TempDir dir;
    NewConferenceDialog dialog(dir.path(QStringLiteral("none")), QStringLiteral("en"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("templates"));
    // No saved templates: a short hint, whose tooltip says how to make one.
    const QList<QTreeWidgetItem *> hints =
        tree->findItems(QStringLiteral("None saved yet"), Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(hints.size() == 1);
    CHECK(hints.constFirst()->toolTip(0).contains(QStringLiteral("Save as Template")));

    const QString path = dir.path(QStringLiteral("Lindenau 2025.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, makeSampleConference(), &error));
    REQUIRE(dialog.addTemplateFile(path));
    CHECK(dialog.choice().path == path);
    CHECK(dialog.choice().name == QStringLiteral("Lindenau 2025"));
    CHECK(tree->findItems(QStringLiteral("None saved yet"), Qt::MatchExactly | Qt::MatchRecursive)
              .isEmpty());
    CHECK(dialog.conference().all<Card>().isEmpty());
    CHECK(dialog.conference().all<Phase>().size() == 5);

    // The same file picked again, by another way of writing its path, is the same choice.
    tree->setCurrentItem(itemNamed(tree, BuiltInTemplates::name(Method::Empty)));
    REQUIRE(dialog.addTemplateFile(dir.path(QStringLiteral("./Lindenau 2025.weitblick"))));
    CHECK(dialog.choice().path == path);
    CHECK(choiceNames(tree).count(QStringLiteral("Lindenau 2025")) == 1);
}

TEST_CASE("Save as Template writes the structure into the templates folder",
          "[mainwindow][templates]")
{
    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("data/templates"));
    const Conference conference = makeSampleConference();
    SaveTemplateDialog dialog(conference, folder, dir.path(QStringLiteral("Lindenau.weitblick")));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"));
    REQUIRE(name);
    REQUIRE(description);
    CHECK(name->text() == conference.info().title);

    name->setText(QStringLiteral("Innenstadt: Zukunft/2030"));
    description->setPlainText(QStringLiteral("Für Stadtzentren"));
    CHECK(dialog.path()
          == QDir(folder).filePath(QStringLiteral("Innenstadt- Zukunft-2030.weitblick")));
    REQUIRE(dialog.save());
    QString error;
    const std::optional<Conference> saved = ConferenceTemplate::read(dialog.path(), &error);
    REQUIRE(saved);
    CHECK(saved->info().isTemplate);
    CHECK(saved->info().title == QStringLiteral("Innenstadt: Zukunft/2030"));
    CHECK(saved->info().notes == QStringLiteral("Für Stadtzentren"));
    CHECK(saved->all<Card>().isEmpty());

    SECTION("but never over the conference that is open")
    {
        dialog.setPath(dir.path(QStringLiteral("Lindenau.weitblick")));
        QString warning;
        test::whenModal([&warning](QWidget *box) {
            warning = static_cast<QMessageBox *>(box)->text();
            box->close();
        });
        CHECK_FALSE(dialog.save());
        CHECK(warning.contains(QStringLiteral("open in this window")));
    }
}

TEST_CASE("An empty conference's page says how to add a phase and takes no question or card",
          "[mainwindow][templates]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("Leer.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(
        path,
        ConferenceTemplate::newConferenceFrom(
            BuiltInTemplates::conference(Method::Empty, TextLanguage::English)),
        &error));
    MainWindow window;
    REQUIRE(window.openFile(path));
    REQUIRE(window.document()->conference().all<Phase>().isEmpty());
    PhasePage *page = window.workspace()->phasePage();
    auto *question = page->findChild<QuestionEdit *>();
    REQUIRE(question);
    CHECK(question->isReadOnly());
    CHECK(question->placeholderText().contains(QStringLiteral("+")));
    auto *entry = page->findChild<QuickEntryBar *>();
    REQUIRE(entry);
    CHECK_FALSE(entry->findChild<QLineEdit *>()->isEnabled());

    // Read-only, the + is off, and the field does not point to it.
    {
        OpenOutcome outcome;
        MainWindow reading;
        reading.setDocument(
            ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome));
        REQUIRE(reading.document());
        REQUIRE(reading.document()->isReadOnly());
        auto *readOnlyQuestion = reading.workspace()->phasePage()->findChild<QuestionEdit *>();
        CHECK(readOnlyQuestion->isReadOnly());
        CHECK_FALSE(readOnlyQuestion->placeholderText().contains(QStringLiteral("+")));
    }

    // With its first phase, the page takes both.
    Phase first;
    first.title = QStringLiteral("Past");
    REQUIRE(commands::addPhase(window.document(), first) != NoId);
    REQUIRE(window.showPhaseAt(0));
    CHECK_FALSE(question->isReadOnly());
    CHECK(entry->findChild<QLineEdit *>()->isEnabled());
}

#include <catch2/catch.hpp>

#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "core/templates/conferencetemplate.h"
#include "core/templates/templatelibrary.h"
#include "testfiles.h"

#include <QDir>
#include <QLocale>

using namespace weitblick;

namespace {

QStringList namesOf(const QList<TemplateChoice> &choices)
{
    QStringList names;
    for (const TemplateChoice &choice : choices)
        names << choice.name;
    return names;
}

} // namespace

TEST_CASE("The library lists the built-in templates in their order", "[templates]")
{
    const QList<TemplateChoice> builtIns = TemplateLibrary::builtIns(TextLanguage::German);
    REQUIRE(builtIns.size() == MethodCount);
    for (int i = 0; i < MethodCount; ++i) {
        CHECK(builtIns.at(i).method == Method(i));
        CHECK(builtIns.at(i).path.isEmpty());
        CHECK_FALSE(builtIns.at(i).description.isEmpty());
        CHECK(builtIns.at(i).structure
              == BuiltInTemplates::conference(Method(i), TextLanguage::German));
    }
}

TEST_CASE("The templates folder lists the templates in it by name, and nothing else",
          "[templates]")
{
    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("templates"));
    REQUIRE(QDir().mkpath(folder));
    QString error;
    REQUIRE(ConferenceTemplate::write(folder + QStringLiteral("/b.weitblick"),
                                      makeSampleConference(), QStringLiteral("Zentrum"),
                                      QStringLiteral("Innenstädte"), &error));
    REQUIRE(ConferenceTemplate::write(folder + QStringLiteral("/a.weitblick"),
                                      makeSampleConference(), QString::fromUtf8("Ärztehaus"),
                                      QString(), &error));
    // A conference, a damaged file and a file of another kind are not templates.
    REQUIRE(ConferenceStore::create(folder + QStringLiteral("/Lindenau.weitblick"),
                                    makeSampleConference(), &error));
    test::writeAll(folder + QStringLiteral("/kaputt.weitblick"), "SQLite format 3");
    test::writeAll(folder + QStringLiteral("/notiz.txt"), "Zentrum");

    // Sorted as the German interface sorts: Ä with A.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QList<TemplateChoice> saved = TemplateLibrary::saved(folder);
    QLocale::setDefault(QLocale::c());
    CHECK(namesOf(saved)
          == QStringList({QString::fromUtf8("Ärztehaus"), QStringLiteral("Zentrum")}));
    CHECK(saved.at(1).description == QString::fromUtf8("Innenstädte"));
    CHECK(saved.at(1).path == QDir(folder).absoluteFilePath(QStringLiteral("b.weitblick")));
    CHECK_FALSE(saved.at(1).method);
    CHECK(saved.at(1).structure.info().isTemplate);
    CHECK(saved.at(1).structure.all<Card>().isEmpty());

    CHECK(TemplateLibrary::saved(dir.path(QStringLiteral("gibt-es-nicht"))).isEmpty());
}

TEST_CASE("A script finds a template by key, by name or by file", "[templates]")
{
    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("templates"));
    REQUIRE(QDir().mkpath(folder));
    QString error;
    const QString file = folder + QStringLiteral("/innenstadt.weitblick");
    REQUIRE(ConferenceTemplate::write(file, makeSampleConference(), QStringLiteral("Zentrum"),
                                      QString(), &error));

    auto found = TemplateLibrary::find(QStringLiteral("future-workshop"), TextLanguage::English,
                                       folder, &error);
    REQUIRE(found);
    CHECK(found->method == Method::FutureWorkshop);
    CHECK(found->structure.info().title == QStringLiteral("Future Workshop"));

    found = TemplateLibrary::find(QStringLiteral("zentrum"), TextLanguage::German, folder, &error);
    REQUIRE(found);
    CHECK(found->path == file);
    found = TemplateLibrary::find(QStringLiteral("innenstadt"), TextLanguage::German, folder,
                                  &error);
    REQUIRE(found);
    CHECK(found->path == file);
    found = TemplateLibrary::find(file, TextLanguage::German, QString(), &error);
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Zentrum"));

    // A conference file that is no template lends its structure, named after the file.
    const QString conference = dir.path(QStringLiteral("Lindenau 2025.weitblick"));
    REQUIRE(ConferenceStore::create(conference, makeSampleConference(), &error));
    found = TemplateLibrary::find(conference, TextLanguage::German, folder, &error);
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Lindenau 2025"));
    CHECK(found->structure.all<Participant>().isEmpty());
    CHECK(found->structure.all<Dot>().isEmpty());
    // Its dot votes are structure and stay; the description says what is left out.
    CHECK_FALSE(found->structure.all<VoteSession>().isEmpty());
    CHECK(found->description.contains(QStringLiteral("dots")));
    CHECK_FALSE(found->description.contains(QStringLiteral("votes")));

    error.clear();
    CHECK_FALSE(TemplateLibrary::find(QStringLiteral("Werkstatt"), TextLanguage::German, folder,
                                      &error));
    CHECK(error.contains(QStringLiteral("Werkstatt")));
    CHECK(error.contains(QStringLiteral("zukunftswerkstatt")));
}

TEST_CASE("A script is told when a saved template has a built-in method's name", "[templates]")
{
    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("templates"));
    REQUIRE(QDir().mkpath(folder));
    QString error;
    const QString file = folder + QStringLiteral("/Zukunftswerkstatt.weitblick");
    REQUIRE(ConferenceTemplate::write(file, makeSampleConference(),
                                      QStringLiteral("Zukunftswerkstatt"), QString(), &error));

    // Neither one of the two by chance: the message names both ways.
    CHECK_FALSE(TemplateLibrary::find(QStringLiteral("zukunftswerkstatt"), TextLanguage::German,
                                      folder, &error));
    CHECK(error.contains(QStringLiteral("future-workshop")));
    CHECK(error.contains(QDir::toNativeSeparators(file)));
    // The other key finds the built-in method, the file the moderator's template.
    auto found = TemplateLibrary::find(QStringLiteral("future-workshop"), TextLanguage::German,
                                       folder, &error);
    REQUIRE(found);
    CHECK(found->method == Method::FutureWorkshop);
    found = TemplateLibrary::find(file, TextLanguage::German, folder, &error);
    REQUIRE(found);
    CHECK(found->path == file);
    CHECK_FALSE(found->method);
}

TEST_CASE("A template's file name keeps its name without what file systems refuse",
          "[templates]")
{
    const QString fallback = QStringLiteral("Vorlage");
    CHECK(TemplateLibrary::fileNameFor(QStringLiteral("Innenstadt 2026"), fallback)
          == QStringLiteral("Innenstadt 2026.weitblick"));
    CHECK(TemplateLibrary::fileNameFor(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"), fallback)
          == QStringLiteral("a-b-c-d-e-f-g-h-i-j.weitblick"));
    CHECK(TemplateLibrary::fileNameFor(QStringLiteral("../../etc/passwd"), fallback)
          == QStringLiteral("etc-passwd.weitblick"));
    CHECK(TemplateLibrary::fileNameFor(QStringLiteral("  Zeile\neins\tzwei  "), fallback)
          == QStringLiteral("Zeile eins zwei.weitblick"));
    CHECK(TemplateLibrary::fileNameFor(QStringLiteral("Ende..."), fallback)
          == QStringLiteral("Ende.weitblick"));
    CHECK(TemplateLibrary::fileNameFor(QStringLiteral(" / "), fallback)
          == QStringLiteral("Vorlage.weitblick"));
    const QString longName = QString(79, QLatin1Char('x')) + QString::fromUtf8("🙂🙂");
    const QString cut = TemplateLibrary::fileNameFor(longName, fallback);
    CHECK(cut == QString(79, QLatin1Char('x')) + QStringLiteral(".weitblick"));
}

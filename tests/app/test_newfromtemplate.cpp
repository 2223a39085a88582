#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "core/templates/builtintemplates.h"
#include "core/templates/conferencetemplate.h"
#include "runweitblick.h"
#include "testfiles.h"

#include <QDir>

using namespace weitblick;
using weitblick::test::runWeitblick;
using weitblick::test::TempDir;

namespace {

Conference readBack(const QString &path)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    INFO(outcome.message.toStdString());
    REQUIRE(document);
    return document->conference();
}

// Points Weitblick's data folder (and so its templates folder) somewhere else while it lives.
class DataHome
{
public:
    explicit DataHome(const QString &path) : m_old(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", path.toUtf8());
    }
    ~DataHome()
    {
        if (m_old.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_old);
    }

private:
    QByteArray m_old;
};

} // namespace

TEST_CASE("Every built-in template makes a conference that passes the check, in both languages",
          "[app][templates]")
{
    TempDir dir;
    for (int m = 0; m < MethodCount; ++m) {
        for (const QString &code : {QStringLiteral("de"), QStringLiteral("en")}) {
            const auto method = Method(m);
            const QString key = BuiltInTemplates::key(method);
            CAPTURE(key, code);
            const QString path = dir.path(key + QLatin1Char('-') + code + QStringLiteral(".weitblick"));
            const auto made = runWeitblick({QStringLiteral("--new"), path,
                                            QStringLiteral("--template"), key,
                                            QStringLiteral("--lang"), code});
            INFO(made.err.toStdString());
            REQUIRE(made.exitCode == 0);

            const auto check = runWeitblick({QStringLiteral("--check"), path});
            INFO(check.err.toStdString());
            CHECK(check.exitCode == 0);
            // The empty conference is called after its file.
            const Conference expected = ConferenceTemplate::titledAfterFile(
                BuiltInTemplates::conference(method, BuiltInTemplates::languageOf(code)), path);
            CHECK(check.out.contains(
                QStringLiteral("%1 phases").arg(expected.all<Phase>().size())));
            CHECK(check.out.contains(QStringLiteral("0 participants")));
            CHECK(readBack(path) == expected);
        }
    }
}

TEST_CASE("A new conference from the command line is a Zukunftskonferenz unless told otherwise",
          "[app][templates]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("neu.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--new"), path, QStringLiteral("--lang"),
                          QStringLiteral("de")})
                .exitCode
            == 0);
    CHECK(readBack(path)
          == BuiltInTemplates::conference(Method::FutureSearch, TextLanguage::German));

    SECTION("and never overwrites a file")
    {
        const QByteArray before = test::readAll(path);
        const auto again = runWeitblick({QStringLiteral("--new"), path, QStringLiteral("--template"),
                                         QStringLiteral("leer")});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QStringLiteral("already exists")));
        CHECK(test::readAll(path) == before);
    }
    SECTION("and names the templates there are when it does not know one")
    {
        const auto unknown = runWeitblick({QStringLiteral("--new"), dir.path(QStringLiteral("x.weitblick")),
                                           QStringLiteral("--template"), QStringLiteral("Werkstatt")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(QStringLiteral("zukunftswerkstatt")));
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.weitblick"))));
    }
    SECTION("an empty conference is called after its file, as in the window")
    {
        const QString empty = dir.path(QStringLiteral("Lindenau 2027.weitblick"));
        REQUIRE(runWeitblick({QStringLiteral("--new"), empty, QStringLiteral("--template"),
                              QStringLiteral("leer")})
                    .exitCode
                == 0);
        CHECK(readBack(empty).info().title == QStringLiteral("Lindenau 2027"));
    }
    SECTION("--template belongs to --new")
    {
        const auto stray = runWeitblick({QStringLiteral("--check"), path,
                                         QStringLiteral("--template"), QStringLiteral("leer")});
        CHECK(stray.exitCode == 2);
        CHECK(stray.err.contains(QStringLiteral("--template")));
    }
}

TEST_CASE("A new conference from the command line starts from a template file or a saved "
          "template's name",
          "[app][templates]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("data/Weitblick/Weitblick/templates"));
    REQUIRE(QDir().mkpath(folder));
    const QString templatePath = folder + QStringLiteral("/innenstadt.weitblick");
    QString error;
    REQUIRE(ConferenceTemplate::write(templatePath, makeSampleConference(),
                                      QStringLiteral("Innenstadt"), QStringLiteral("Für Zentren"),
                                      &error));
    const auto checkTemplate = runWeitblick({QStringLiteral("--check"), templatePath});
    CHECK(checkTemplate.exitCode == 0);
    CHECK(checkTemplate.out.contains(QStringLiteral("a template")));
    CHECK(checkTemplate.out.contains(QStringLiteral("0 participants")));

    const Conference expected = ConferenceTemplate::newConferenceFrom(
        ConferenceTemplate::structureOf(makeSampleConference()));
    SECTION("by its path")
    {
        const QString path = dir.path(QStringLiteral("Nordstadt.weitblick"));
        REQUIRE(runWeitblick({QStringLiteral("--new"), path, QStringLiteral("--template"),
                              templatePath})
                    .exitCode
                == 0);
        const Conference made = readBack(path);
        CHECK_FALSE(made.info().isTemplate);
        CHECK(commands::orderedPhases(made) == commands::orderedPhases(expected));
        CHECK(made.all<StakeholderGroup>() == expected.all<StakeholderGroup>());
        const auto check = runWeitblick({QStringLiteral("--check"), path});
        CHECK(check.exitCode == 0);
        CHECK_FALSE(check.out.contains(QStringLiteral("template")));
    }
    SECTION("by its name in the templates folder")
    {
        DataHome home(dir.path(QStringLiteral("data")));
        const QString path = dir.path(QStringLiteral("Südstadt.weitblick"));
        const auto made = runWeitblick({QStringLiteral("--new"), path,
                                        QStringLiteral("--template"), QStringLiteral("innenstadt")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        CHECK(commands::orderedPhases(readBack(path)) == commands::orderedPhases(expected));
    }
}

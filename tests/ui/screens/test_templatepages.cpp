#include <catch2/catch.hpp>

#include "interfacelanguage.h"
#include "textfit.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/storage/conferencestore.h"
#include "core/templates/builtintemplates.h"
#include "core/templates/conferencetemplate.h"
#include "core/wall/wallareas.h"
#include "testfiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/wall/wallbackground.h"

#include <QApplication>
#include <QTest>

using namespace weitblick;

namespace {

// The captions painted on a divided wall that do not fit their place even in the smallest
// font.
QStringList cutCaptions(const WallAreas &areas)
{
    QStringList found;
    for (const WallAreas::Caption &caption : areas.captions()) {
        if (!WallBackground::captionFont(caption))
            found << QStringLiteral("wall caption: ") + caption.text;
    }
    return found;
}

} // namespace

// On the 1920×1080 screen of the text checker (tests/ui/screens/CMakeLists.txt).
TEST_CASE("Every template's phase pages show their texts uncut, in German and English",
          "[.textfit][templates]")
{
    for (const QString &code : {QStringLiteral("de"), QStringLiteral("en")}) {
        const test::InterfaceLanguage language(code);
        for (int m = 0; m < MethodCount; ++m) {
            const auto method = Method(m);
            CAPTURE(code, BuiltInTemplates::key(method));
            test::TempDir dir;
            const QString path = dir.path(QStringLiteral("new.weitblick"));
            QString error;
            REQUIRE(ConferenceStore::create(
                path,
                ConferenceTemplate::newConferenceFrom(BuiltInTemplates::conference(
                    method, BuiltInTemplates::languageOf(code))),
                &error));
            MainWindow window; // at the size it opens with
            REQUIRE(window.openFile(path));
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            const Conference &conference = window.document()->conference();
            const QList<Phase> phases = commands::orderedPhases(conference);
            for (int index = 0; index < phases.size(); ++index) {
                REQUIRE(window.showPhaseAt(index));
                for (int i = 0; i < 3; ++i)
                    QApplication::processEvents();
                CAPTURE(phases.at(index).title);
                CHECK(test::textfit::clippedWidgetText(&window) == QStringList());
                CHECK(cutCaptions(WallAreas::forPhase(phases.at(index), conference))
                      == QStringList());
            }
        }
    }
}

#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/storage/conferencestore.h"
#include "core/templates/builtintemplates.h"
#include "core/templates/conferencetemplate.h"
#include "core/wall/wallareas.h"
#include "testfiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/wallbackground.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTranslator>

using namespace weitblick;

namespace {

// The interface in German or English for the length of a test, from the translations the
// program embeds (built next to it).
class InterfaceLanguage
{
public:
    explicit InterfaceLanguage(const QString &code)
    {
        REQUIRE(m_translator.load(QStringLiteral(WEITBLICK_QM_DIR "/weitblick_%1.qm").arg(code)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~InterfaceLanguage() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// Texts on a phase page that do not fit their space: the guiding question (one line, no
// scrolling on the projector), the choices of the page's combo boxes, and the captions
// painted on the wall. Each finding names the text. A first version of the general
// checker of issue 11 (textfit::clippedWidgetText): once that is in main, use it here.
QStringList cutTexts(PhasePage *page, const WallAreas &areas)
{
    QStringList found;
    QLineEdit *question = page->questionEdit();
    const QMargins margins = question->textMargins() + question->contentsMargins();
    const int room = question->width() - margins.left() - margins.right() - 8;
    if (question->fontMetrics().horizontalAdvance(question->text()) > room)
        found << QStringLiteral("question: ") + question->text();
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        if (!combo->isVisible())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect text = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                          QStyle::SC_ComboBoxEditField, combo);
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->fontMetrics().horizontalAdvance(combo->itemText(i)) > text.width())
                found << QStringLiteral("choice: ") + combo->itemText(i);
        }
    }
    for (const WallAreas::Caption &caption : areas.captions()) {
        const QRectF rect = WallBackground::captionTextRect(caption);
        const QRectF needed = QFontMetricsF(WallBackground::captionFont(caption))
                                  .boundingRect(rect, WallBackground::CaptionFlags, caption.text);
        if (needed.width() > rect.width() + 0.5 || needed.height() > rect.height() + 0.5)
            found << QStringLiteral("caption: ") + caption.text;
    }
    return found;
}

} // namespace

TEST_CASE("Every template's phase pages show their texts uncut, in German and English",
          "[mainwindow][templates]")
{
    for (const QString &code : {QStringLiteral("de"), QStringLiteral("en")}) {
        const InterfaceLanguage language(code);
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
            MainWindow window;
            REQUIRE(window.openFile(path));
            window.resize(1920, 1080);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            const Conference &conference = window.document()->conference();
            const QList<Phase> phases = commands::orderedPhases(conference);
            for (int index = 0; index < phases.size(); ++index) {
                REQUIRE(window.showPhaseAt(index));
                QApplication::processEvents();
                CAPTURE(phases.at(index).title);
                CHECK(cutTexts(window.workspace()->phasePage(),
                               WallAreas::forPhase(phases.at(index), conference))
                      == QStringList());
            }
        }
    }
}

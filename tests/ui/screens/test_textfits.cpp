#include <catch2/catch.hpp>

#include "interfacelanguage.h"
#include "textfit.h"

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "opendocument.h"
#include "testfiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/paper/posterprinter.h"
#include "ui/paper/postersources.h"
#include "ui/presenter/presenterslide.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/report/conferencereport.h"
#include "ui/suggest/suggestionsdialog.h"
#include "ui/voting/commongroundpainter.h"
#include "ui/voting/commongroundview.h"
#include "ui/voting/rankingview.h"
#include "ui/voting/voteresultsdialog.h"
#include "ui/voting/votesessiondialog.h"
#include "ui/voting/votingpanel.h"
#include "ui/wall/phasepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QTest>
#include <QTextDocument>
#include <QTabWidget>

#include <algorithm>

using namespace weitblick;
using namespace weitblick::test::textfit;
using weitblick::test::InterfaceLanguage;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

Id futurePhase(const Conference &conference)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == PhaseKind::Future)
            return phase.id;
    }
    return NoId;
}

Id firstVote(const Conference &conference)
{
    return conference.all<VoteSession>().begin()->id;
}

QStringList mainWindowFindings()
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("Lindenau.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, makeSampleConference(), &error));
    MainWindow window; // at the size it opens with
    REQUIRE(window.openFile(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList findings;
    const auto look = [&](const QString &screen) {
        settle();
        for (const QString &found : clippedWidgetText(&window))
            findings << screen + QStringLiteral(": ") + found;
    };
    const int phases = int(window.document()->conference().all<Phase>().size());
    for (int phase = 0; phase < phases; ++phase) {
        REQUIRE(window.showPhaseAt(phase));
        look(QStringLiteral("phase %1").arg(phase + 1));
    }
    REQUIRE(window.showPhaseAt(2));
    window.workspace()->phasePage()->votingAction()->setChecked(true);
    look(QStringLiteral("voting panel"));
    window.workspace()->phasePage()->votingAction()->setChecked(false);
    using Page = PhaseNavigator::Page;
    const QList<std::pair<Page, QString>> pages{
        {Page::Participants, QStringLiteral("participants")},
        {Page::TablePlan, QStringLiteral("table plan")},
        {Page::Measures, QStringLiteral("measures")},
        {Page::Organisation, QStringLiteral("organisation")},
        {Page::Reviews, QStringLiteral("reviews")}};
    for (const auto &[page, name] : pages) {
        window.workspace()->showPage(page);
        look(name);
    }
    return findings;
}

QStringList dialogFindings(QWidget *dialog, const QString &name)
{
    dialog->show();
    settle();
    QStringList findings;
    for (const QString &found : clippedWidgetText(dialog))
        findings << name + QStringLiteral(": ") + found;
    return findings;
}

// A widget painted onto the recorder, at its size on screen.
QStringList paintedFindings(QWidget *widget, const QString &name)
{
    TextRecorder recorder(widget->size());
    widget->render(&recorder);
    return clippedPaintedText(recorder, name);
}

QStringList votingFindings()
{
    test::OpenDocument document(makeSampleConference());
    const Id vote = firstVote(document.conference());
    QStringList findings;

    VoteResultsDialog results(document.get(), vote);
    findings << dialogFindings(&results, QStringLiteral("vote results"));
    findings << paintedFindings(results.rankingView(), QStringLiteral("ranking"));
    results.findChild<QTabWidget *>()->setCurrentWidget(results.commonGroundView());
    settle();
    findings << paintedFindings(results.commonGroundView()->canvas(),
                                QStringLiteral("common ground"));

    VoteSessionDialog newVote(document.get(), futurePhase(document.conference()), NoId);
    findings << dialogFindings(&newVote, QStringLiteral("new vote"));
    SuggestionsDialog suggestions(document.get(), futurePhase(document.conference()));
    findings << dialogFindings(&suggestions, QStringLiteral("cluster suggestions"));
    return findings;
}

QStringList projectorFindings()
{
    test::OpenDocument document(makeSampleConference());
    PresenterWindow window(document.get());
    window.setPhase(futurePhase(document.conference()));
    window.present(); // with one screen: a window at its usual size
    QStringList findings;
    for (const auto content : {PresenterWindow::Content::Title, PresenterWindow::Content::Ranking,
                               PresenterWindow::Content::CommonGround,
                               PresenterWindow::Content::Timer}) {
        window.setContent(content);
        settle();
        TextRecorder recorder(window.slide()->size());
        QPainter painter(&recorder);
        window.slide()->paintSlide(&painter, window.slide()->rect());
        painter.end();
        findings << clippedPaintedText(recorder,
                                       QStringLiteral("projector %1").arg(int(content)));
    }
    return findings;
}

QStringList posterFindings()
{
    test::OpenDocument document(makeSampleConference());
    PosterSources sources(document.get());
    QList<Poster> posters;
    for (const auto kind : {PosterSources::Kind::Walls, PosterSources::Kind::Clusters,
                            PosterSources::Kind::Timeline, PosterSources::Kind::Ranking,
                            PosterSources::Kind::Actions, PosterSources::Kind::Tables})
        posters << sources.posters(kind);
    QStringList findings;
    PosterOptions tiled;
    tiled.tile = QPageSize::A4;
    for (const PosterOptions &options : {PosterOptions(), tiled}) {
        const PosterPrinter printer(options);
        for (const PosterPrinter::Page &page : printer.pages(posters)) {
            // The sheets of a tiled poster cut the poster on purpose; their overview must not.
            if (page.kind == PosterPrinter::Page::Kind::Sheet)
                continue;
            // As the PDF export paints them: in points scaled to the writer's 1200 dpi.
            constexpr int Dpi = 1200;
            TextRecorder recorder(PosterPrinter::sizePt(page.layout) * Dpi / 72.0, Dpi);
            QPainter painter(&recorder);
            painter.scale(Dpi / 72.0, Dpi / 72.0);
            printer.paintPage(&painter, posters, page);
            painter.end();
            findings << clippedPaintedText(
                recorder, QStringLiteral("poster \"%1\"%2")
                              .arg(posters.at(page.poster).title,
                                   page.kind == PosterPrinter::Page::Kind::Overview
                                       ? QStringLiteral(" overview")
                                       : QString()));
        }
    }
    return findings;
}

QStringList reportFindings()
{
    test::OpenDocument document(makeSampleConference());
    ConferenceReport report(document.get(), ReportOptions());
    REQUIRE(report.build());
    QStringList findings = brokenWords(report.textDocument(), QStringLiteral("report"));
    for (int page = 0; page < report.pageCount(); ++page) {
        // As the PDF export paints them: in document units scaled to 600 dpi.
        constexpr int Dpi = 600;
        TextRecorder recorder(ConferenceReport::pageSize() * Dpi / 96.0, Dpi);
        QPainter painter(&recorder);
        painter.scale(Dpi / 96.0, Dpi / 96.0);
        report.paintPage(&painter, page);
        painter.end();
        findings << clippedPaintedText(recorder, QStringLiteral("report page %1").arg(page + 1));
    }
    return findings;
}

void requireNone(const QStringList &findings)
{
    INFO(findings.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.isEmpty());
}

} // namespace

// Runs on a 1920×1080 screen (see CMakeLists.txt), the moderator's, not the offscreen default.
TEST_CASE("Every text on the screens and sheets fits its space, in German and in English",
          "[.textfit]")
{
    REQUIRE(QGuiApplication::primaryScreen()->size() == QSize(1920, 1080));
    const QString code = GENERATE(QStringLiteral("de"), QStringLiteral("en"));
    INFO("language " << code.toStdString());
    InterfaceLanguage language(code);

    SECTION("main window")
    {
        requireNone(mainWindowFindings());
    }
    SECTION("voting and suggestion dialogs")
    {
        requireNone(votingFindings());
    }
    SECTION("projector")
    {
        requireNone(projectorFindings());
    }
    SECTION("posters")
    {
        requireNone(posterFindings());
    }
    SECTION("report")
    {
        requireNone(reportFindings());
    }
}

TEST_CASE("The text checker finds cut and run-together text and broken words", "[textfit]")
{
    QWidget window;
    window.resize(400, 300);
    auto *label = new QLabel(QStringLiteral("Fortschritt der Maßnahmen"), &window);
    label->setGeometry(0, 0, 60, 20);
    auto *box = new QComboBox(&window);
    box->addItems({QStringLiteral("Alle"), QStringLiteral("Alle Verantwortlichen")});
    box->setGeometry(0, 30, 90, 24);
    auto *fits = new QLabel(QStringLiteral("Ja"), &window);
    fits->setGeometry(0, 60, 200, 24);
    window.show();
    settle();
    const QStringList widgets = clippedWidgetText(&window);
    INFO(widgets.join(QLatin1Char('\n')).toStdString());
    CHECK(widgets.size() == 2);
    CHECK(widgets.join(QLatin1Char('\n')).contains(QStringLiteral("Fortschritt der Maßnahmen")));
    CHECK(widgets.join(QLatin1Char('\n')).contains(QStringLiteral("Alle Verantwortlichen")));

    TextRecorder recorder(QSizeF(300, 100));
    QPainter painter(&recorder);
    QFont font;
    font.setPixelSize(18);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, 60, 30), Qt::AlignLeft, QStringLiteral("1979"));
    painter.drawText(QRectF(47, 0, 60, 30), Qt::AlignLeft, QStringLiteral("1980"));
    painter.drawText(QRectF(0, 40, 50, 30), Qt::AlignLeft, QStringLiteral("abgeschnitten"));
    painter.drawText(QRectF(0, 70, 300, 30), Qt::AlignLeft,
                     QFontMetrics(font).elidedText(QStringLiteral("sehr lang ") .repeated(9),
                                                   Qt::ElideRight, 300));
    painter.drawText(QRectF(200, 40, 100, 30), Qt::AlignLeft, QStringLiteral("passt"));
    painter.end();
    const QStringList painted = clippedPaintedText(recorder, QStringLiteral("sheet"));
    INFO(painted.join(QLatin1Char('\n')).toStdString());
    CHECK(painted.size() == 3);

    QTextDocument document;
    document.setPlainText(QStringLiteral("Fortschritt und Planung"));
    document.setTextWidth(60);
    CHECK(brokenWords(&document, QStringLiteral("narrow")).size() >= 1);
    document.setTextWidth(400);
    CHECK(brokenWords(&document, QStringLiteral("wide")).isEmpty());
}

TEST_CASE("A vote list longer than the projector's slide ends with how many more items",
          "[textfit]")
{
    // Rows stay large enough to read from the back of the hall, so a long list cannot show
    // every item; the items it leaves out are counted on its last line, never cut off unsaid.
    Conference conference = makeSampleConference();
    const Id phaseId = futurePhase(conference);
    for (int i = 1; i <= 40; ++i) {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = phaseId;
        card.text = QStringLiteral("Zusätzliche Karte %1").arg(i);
        card.pos = QPointF(3000 + i % 5 * 260, i / 5 * 200);
        conference.all<Card>().put(card);
    }
    test::OpenDocument document(conference);
    PresenterWindow window(document.get());
    window.setPhase(phaseId);
    window.present();
    window.setContent(PresenterWindow::Content::Ranking);
    settle();
    const Ranking ranking(document.conference(), firstVote(document.conference()));
    REQUIRE(ranking.items().size() > 40);

    // The number on the line of how many more, and how many of the items' labels were drawn
    // (a long one wraps: its first line starts it).
    const auto moreIn = [](const TextRecorder &recorder, int *labelsShown,
                           const QList<RankedItem> &items) {
        int more = 0;
        for (const TextRecorder::Run &run : recorder.runs()) {
            if (run.text.startsWith(QStringLiteral("… and ")))
                more = run.text.section(QLatin1Char(' '), 2, 2).toInt();
        }
        *labelsShown = int(std::count_if(items.cbegin(), items.cend(), [&](const RankedItem &item) {
            const QString label = item.label.simplified();
            return std::any_of(recorder.runs().cbegin(), recorder.runs().cend(),
                               [&](const TextRecorder::Run &run) {
                                   return run.text == label
                                          || label.startsWith(run.text + QLatin1Char(' '));
                               });
        }));
        return more;
    };
    // As a projector of 1080 lines shows it.
    TextRecorder slide(QSizeF(1920, 1080));
    {
        QPainter painter(&slide);
        window.slide()->paintSlide(&painter, QRect(0, 0, 1920, 1080));
    }
    const QStringList cut = clippedPaintedText(slide, QStringLiteral("projector ranking"));
    INFO(cut.join(QLatin1Char('\n')).toStdString());
    CHECK(cut.isEmpty());
    int shown = 0;
    const int more = moreIn(slide, &shown, ranking.items());
    INFO("shown " << shown << ", more " << more);
    CHECK(more > 0);
    CHECK(shown + more == ranking.items().size());

    // The common ground list, in a rectangle too small for it, likewise.
    const CommonGroundPainter common(document.conference(), firstVote(document.conference()),
                                     0.5);
    REQUIRE(common.listed().size() > 4);
    TextRecorder sheet(QSizeF(1200, 44 * 6));
    {
        QPainter painter(&sheet);
        common.paint(&painter, QRectF(0, 0, 1200, 44 * 6), 44);
    }
    int commonShown = 0;
    const int commonMore = moreIn(sheet, &commonShown, common.listed());
    CHECK(commonMore > 0);
    CHECK(commonShown + commonMore == common.listed().size());
    CHECK(common.rowsShown(QRectF(0, 0, 1200, 44 * 6), 44) == commonShown);
}

// Documentation benchmark (issue 5): the report of the stress conference (1,000 participants,
// 20,000 cards, 100,000 dots, 500 measures) and of the sample, as PDF and as ODT; and (issue
// 12) of the sample with 5,000 phases and with 50,000 participants, whose layout must grow
// linearly. The baseline in the same run is building the text document alone, without laying
// it out into pages or writing a file. Usage: bench_report [RUNS] (default 3). Files go to a
// temporary folder.

#include "benchutil.h"

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "core/sample/stressconference.h"
#include "ui/report/conferencereport.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

void measure(const QString &name, ConferenceDocument *document, const QString &folder, int runs)
{
    const QString pdf = QDir(folder).filePath(name + QStringLiteral(".pdf"));
    const QString odt = QDir(folder).filePath(name + QStringLiteral(".odt"));
    QString error;
    const auto buildOnly = [&] {
        ConferenceReport report(document, {});
        report.build();
    };
    const auto [buildMs, pdfMs] = interleavedMediansMs(runs, buildOnly, [&] {
        if (!ConferenceReport::exportTo(document, pdf, true, {}, &error))
            qFatal("%s", qPrintable(error));
    });
    const double layoutMs = medianMs(runs, [&] {
        ConferenceReport report(document, {});
        report.build();
        report.pageCount();
    });
    const double odtMs = medianMs(runs, [&] {
        if (!ConferenceReport::exportTo(document, odt, true, {}, &error))
            qFatal("%s", qPrintable(error));
    });
    ConferenceReport report(document, {});
    report.build();
    printRow(name + QStringLiteral(": build + lay out"), layoutMs, buildMs, QString());
    printRow(name + QStringLiteral(": PDF report"), pdfMs, buildMs, QStringLiteral("30000"));
    printRow(name + QStringLiteral(": ODT report"), odtMs, buildMs, QString());
    QTextStream(stdout) << QStringLiteral("  %1: %2 pages, PDF %3 KiB, ODT %4 KiB\n")
                               .arg(name)
                               .arg(report.pageCount())
                               .arg(QFileInfo(pdf).size() / 1024)
                               .arg(QFileInfo(odt).size() / 1024);
}

// The sample with `count` more phases, or more participants.
Conference withPhases(int count)
{
    Conference conference = makeSampleConference();
    const Id first = conference.all<Phase>().nextId();
    for (int i = 0; i < count; ++i) {
        Phase phase;
        phase.id = first + i;
        phase.title = QStringLiteral("Arbeitsgruppe %1").arg(i + 1);
        phase.guidingQuestion = QStringLiteral("Was nehmen wir uns vor?");
        phase.order = int(first) + i;
        conference.all<Phase>().put(phase);
    }
    return conference;
}

Conference withParticipants(int count)
{
    Conference conference = makeSampleConference();
    const Id first = conference.all<Participant>().nextId();
    for (int i = 0; i < count; ++i) {
        conference.all<Participant>().put(
            {first + i, QStringLiteral("Teilnehmerin %1").arg(i + 1),
             QStringLiteral("Verein %1").arg(i % 300), NoId, NoId, i % 50 == 0});
    }
    return conference;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-report-XXXXXX")));
    QString error;
    auto sample = ConferenceDocument::create(dir.filePath(QStringLiteral("sample.weitblick")),
                                             makeSampleConference(), &error);
    auto stress = ConferenceDocument::create(dir.filePath(QStringLiteral("stress.weitblick")),
                                             makeStressConference(), &error);
    auto phases = ConferenceDocument::create(dir.filePath(QStringLiteral("phases.weitblick")),
                                             withPhases(5000), &error);
    auto people = ConferenceDocument::create(dir.filePath(QStringLiteral("people.weitblick")),
                                             withParticipants(50000), &error);
    if (!sample || !stress || !phases || !people)
        qFatal("%s", qPrintable(error));
    printHeader();
    measure(QStringLiteral("sample"), sample.get(), dir.path(), runs);
    measure(QStringLiteral("stress"), stress.get(), dir.path(), runs);
    measure(QStringLiteral("5,000 phases"), phases.get(), dir.path(), runs);
    measure(QStringLiteral("50,000 participants"), people.get(), dir.path(), runs);
    return 0;
}

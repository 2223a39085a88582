#include "durabilitychild.h"

#include "core/commands/commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace weitblick::test {

QString durabilityCardText(int n)
{
    return QStringLiteral("Karte Nr. %1 – Größe").arg(n);
}

int runDurabilityChild(const QString &path)
{
    static int argc = 1;
    static char name[] = "durability-child";
    static char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document || document->isReadOnly()) {
        std::fprintf(stdout, "failed %s\n", qPrintable(outcome.message));
        return 1;
    }
    const Id phaseId = document->conference().all<Phase>().begin()->id;
    // Continue numbering after what earlier (killed) children left behind.
    int n = document->conference().all<Card>().size();
    for (;;) {
        Card card;
        card.phaseId = phaseId;
        card.text = durabilityCardText(n);
        if (commands::addCard(document.get(), card) == NoId)
            return 1;
        std::fprintf(stdout, "committed %d\n", n);
        std::fflush(stdout);
        ++n;
    }
}

} // namespace weitblick::test

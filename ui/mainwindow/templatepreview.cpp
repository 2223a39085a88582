#include "templatepreview.h"

#include "phasedialog.h"

#include "core/commands/commands.h"
#include "core/templates/templatelibrary.h"

#include <QStringList>

namespace weitblick {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString wallText(const Phase &phase)
{
    if (phase.kind == PhaseKind::Past)
        return TemplatePreview::tr("timeline");
    QString text = PhaseDialog::layoutName(phase.wallLayout);
    if (phase.wallLayout == WallLayout::ByTopic && !phase.wallTopics.isEmpty())
        text = TemplatePreview::tr("%1: %2").arg(text, phase.wallTopics.join(QLatin1String(", ")));
    return text;
}

} // namespace

QString TemplatePreview::duration(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString TemplatePreview::html(const TemplateChoice &choice)
{
    const Conference &conference = choice.structure;
    const QList<Phase> phases = commands::orderedPhases(conference);
    int minutes = 0;
    for (const Phase &phase : phases)
        minutes += phase.timeBoxMinutes;

    QStringList facts;
    facts << tr("%n phase(s)", nullptr, int(phases.size()))
          << tr("%n stakeholder group(s)", nullptr, conference.all<StakeholderGroup>().size());
    if (!conference.all<Table>().isEmpty())
        facts << tr("%n table(s)", nullptr, conference.all<Table>().size());
    if (!conference.all<VoteSession>().isEmpty())
        facts << tr("%n prepared dot vote(s)", nullptr, conference.all<VoteSession>().size());
    if (minutes > 0)
        facts << tr("%1 in time boxes").arg(duration(minutes));

    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(choice.name));
    if (!choice.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(choice.description));
    html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(facts.join(QStringLiteral(" · "))));

    if (!phases.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Phases").toHtmlEscaped());
        for (const Phase &phase : phases) {
            html += QStringLiteral("<li><b>%1</b> – %2 – %3")
                        .arg(escaped(phase.title), escaped(duration(phase.timeBoxMinutes)),
                             escaped(tr("wall: %1").arg(wallText(phase))));
            if (!phase.guidingQuestion.isEmpty())
                html += QStringLiteral("<br>%1").arg(escaped(phase.guidingQuestion));
            for (const VoteSession &session : conference.all<VoteSession>()) {
                if (session.phaseId == phase.id)
                    html += QStringLiteral("<br><i>%1</i>")
                                .arg(escaped(tr("Dot vote “%1”: %n dot(s) each", nullptr,
                                                session.dotsPerVoter)
                                                 .arg(session.title)));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    QStringList groups;
    for (const StakeholderGroup &group : commands::orderedGroups(conference))
        groups << group.name;
    if (!groups.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Stakeholder groups").toHtmlEscaped(),
                         escaped(groups.join(QStringLiteral(", "))));
    }
    return html;
}

} // namespace weitblick

#pragma once

// The labelled walls in tests/core/suggest/data (see the README there): read from their text
// files and turned into conferences whose cards carry their true topic.

#include "suggestquality.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace weitblick::test {

// One labelled wall as its file gives it.
struct LabelledSet
{
    QString name;       // the file name without suffix
    QString area;       // the conference's area ("Lindenau")
    QStringList topics; // the true topics, by number
    QList<int> topicOf; // per card, its topic's number
    QStringList texts;  // per card, its text
};

// A labelled wall from any file in the format of data/README.md; its name is the file's base
// name. An empty set when the file cannot be read.
inline LabelledSet readLabelledFile(const QString &path)
{
    LabelledSet set;
    set.name = QFileInfo(path).completeBaseName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return set;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("@area ")))
            set.area = line.mid(6).trimmed();
        else if (line.startsWith(QLatin1String("= ")))
            set.topics.append(line.mid(2).trimmed());
        else if (!set.topics.isEmpty()) {
            set.topicOf.append(int(set.topics.size()) - 1);
            set.texts.append(line);
        }
    }
    return set;
}

#ifdef WEITBLICK_SUGGEST_DATA
// A committed set of tests/core/suggest/data by name ("innenstadt").
inline LabelledSet readLabelledSet(const QString &name)
{
    return readLabelledFile(QStringLiteral(WEITBLICK_SUGGEST_DATA "/") + name
                            + QStringLiteral(".txt"));
}
#endif

// The set's cards loose on the second phase of a new conference about the set's area.
inline LabelledConference labelledConference(const LabelledSet &set)
{
    LabelledConference result;
    result.conference = newConference();
    ConferenceInfo info = result.conference.info();
    info.area = set.area;
    result.conference.put(info);
    result.phaseId = freeSecondPhase(result.conference);
    for (qsizetype i = 0; i < set.texts.size(); ++i) {
        Card card;
        card.id = result.conference.all<Card>().nextId();
        card.phaseId = result.phaseId;
        card.text = set.texts.at(i);
        card.pos = QPointF(double(i % 10) * 260, double(i / 10) * 130);
        result.conference.all<Card>().put(card);
        result.groupOf.insert(card.id, set.topicOf.at(i));
    }
    return result;
}

} // namespace weitblick::test

#include "walltopics.h"

#include "limits.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

namespace weitblick {

namespace {

bool isOneLine(const QString &topic)
{
    return !topic.contains(QLatin1Char('\n')) && !topic.contains(QLatin1Char('\r'))
           && !topic.contains(QChar::LineSeparator) && !topic.contains(QChar::ParagraphSeparator);
}

// The first characters of a line, cut between whole characters (an emoji with its skin tone).
QString leftCharacters(const QString &text, int characters)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    for (int count = 0; count < characters; ++count) {
        const qsizetype next = graphemes.toNextBoundary();
        if (next <= 0)
            break;
        end = next;
    }
    return text.left(end);
}

} // namespace

QStringList wallTopicsFromText(const QString &text, QStringList *leftOut)
{
    QStringList topics;
    if (leftOut)
        leftOut->clear();
    QSet<QString> seen; // a pasted list of thousands of lines stays quick to check
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]"));
    for (const QString &line : text.split(lineBreak)) {
        const QString topic = leftCharacters(line.trimmed(), limits::MaxWallTopicLength).trimmed();
        if (topic.isEmpty() || seen.contains(topic))
            continue;
        seen.insert(topic);
        if (topics.size() < limits::MaxWallTopics)
            topics.append(topic);
        else if (leftOut)
            leftOut->append(topic);
        else
            break;
    }
    return topics;
}

bool areWellFormedWallTopics(const QStringList &topics)
{
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QString &topic = topics.at(i);
        if (topic.isEmpty() || topic != topic.trimmed() || !isOneLine(topic)
            || topics.indexOf(topic) != i)
            return false;
    }
    return true;
}

} // namespace weitblick

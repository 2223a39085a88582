#include "lexicon.h"

#include "planningconcepts.h"
#include "snowballstemmer.h"
#include "wordforms.h"

#include <QFile>

namespace weitblick {

namespace {

// Removes remarks such as "(ugs.)" or "(einzelner)" from a thesaurus term.
QByteArray withoutRemarks(QByteArrayView view)
{
    QByteArray term = view.toByteArray();
    for (qsizetype open = term.indexOf('('); open >= 0; open = term.indexOf('(')) {
        const qsizetype close = term.indexOf(')', open);
        term.remove(open, close < 0 ? term.size() - open : close - open + 1);
    }
    return term.trimmed();
}

// A thesaurus term as a folded word, or an empty string for phrases and abbreviations
// ("Deputat...", "in einem Muskel"), which are no words to split or match.
QString foldedTerm(QByteArrayView view)
{
    QByteArray term = view.contains('(') ? withoutRemarks(view) : view.trimmed().toByteArray();
    if (term.size() < 3 || term.contains(' ') || term.contains('.'))
        return {};
    bool ascii = true;
    for (const char c : std::as_const(term))
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    // Most terms are plain ASCII; they need no Unicode decoding before folding.
    return WordForms::fold(ascii ? QString::fromLatin1(term) : QString::fromUtf8(term),
                           Language::German);
}

void appendOnce(QList<int> &list, int value)
{
    if (list.isEmpty() || list.constLast() != value)
        list.append(value);
}

} // namespace

QString Lexicon::installedThesaurusPath()
{
    return QStringLiteral(WEITBLICK_THESAURUS_FILE);
}

std::shared_ptr<const Lexicon> Lexicon::shared()
{
    static const std::shared_ptr<const Lexicon> lexicon =
        std::make_shared<const Lexicon>(load(installedThesaurusPath()));
    return lexicon;
}

Lexicon Lexicon::load(const QString &thesaurusPath)
{
    Lexicon lexicon;
    QFile file(thesaurusPath);
    if (file.open(QIODevice::ReadOnly)) {
        const SnowballStemmer stemmer(Language::German);
        // About 100,000 words in 34,000 sets; sized once instead of growing step by step.
        lexicon.m_stemOfWord.reserve(120000);
        lexicon.m_synonymSets.reserve(100000);
        lexicon.m_setStems.reserve(40000);
        int set = 0;
        const QByteArray all = file.readAll();
        const QByteArrayView text(all);
        for (qsizetype start = 0; start < text.size();) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            const QByteArrayView line = text.sliced(start, end - start);
            start = end + 1;
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QStringList setStems;
            for (qsizetype from = 0; from <= line.size();) {
                qsizetype to = line.indexOf(';', from);
                if (to < 0)
                    to = line.size();
                const QString folded = foldedTerm(line.sliced(from, to - from));
                from = to + 1;
                if (folded.isEmpty())
                    continue;
                // Many words recur in several sets: stem each once.
                auto it = lexicon.m_stemOfWord.constFind(folded);
                if (it == lexicon.m_stemOfWord.cend())
                    it = lexicon.m_stemOfWord.insert(folded, stemmer.stem(folded));
                if (!setStems.contains(*it))
                    setStems.append(*it);
            }
            if (setStems.isEmpty())
                continue;
            for (const QString &stem : std::as_const(setStems))
                lexicon.m_synonymSets[stem].append(set);
            lexicon.m_setStems.append(setStems);
            ++set;
        }
        lexicon.m_synonymSetCount = set;
    }
    lexicon.addConcepts();
    return lexicon;
}

void Lexicon::addConcepts()
{
    const SnowballStemmer german(Language::German);
    const SnowballStemmer english(Language::English);
    const QList<QStringList> &concepts = PlanningConcepts::all();
    for (int c = 0; c < concepts.size(); ++c) {
        for (const QString &word : concepts.at(c)) {
            const QString folded = WordForms::fold(word, Language::German);
            const QString germanStem = german.stem(folded);
            const QString englishStem = english.stem(WordForms::fold(word, Language::English));
            m_conceptWords.insert(folded);
            appendOnce(m_concepts[germanStem], c);
            appendOnce(m_concepts[englishStem], c);
        }
    }
    m_conceptCount = int(concepts.size());
}

} // namespace weitblick

#include "lexicon.h"

#include "planningconcepts.h"
#include "snowballstemmer.h"
#include "wordforms.h"

#include <QFile>
#include <QThreadPool>

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

// The lines of a file, without the line breaks; each view points into `all`.
template<class Visit>
void forEachLine(const QByteArray &all, Visit visit)
{
    const QByteArrayView text(all);
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        visit(text.sliced(start, end - start));
        start = end + 1;
    }
}

} // namespace

QString Lexicon::installedThesaurusPath()
{
    return QStringLiteral(WEITBLICK_THESAURUS_FILE);
}

QString Lexicon::installedWordListPath()
{
    return QStringLiteral(WEITBLICK_WORD_LIST_FILE);
}

std::shared_ptr<const Lexicon> Lexicon::shared()
{
    // A second caller waits while the first one reads (a function-local static).
    static const std::shared_ptr<const Lexicon> lexicon =
        std::make_shared<const Lexicon>(load(installedThesaurusPath(), installedWordListPath()));
    return lexicon;
}

void Lexicon::loadInBackground()
{
    // QCoreApplication waits for the global pool when it ends, so the reading is never cut off.
    QThreadPool::globalInstance()->start([] { shared(); });
}

Lexicon Lexicon::load(const QString &thesaurusPath, const QString &wordListPath)
{
    Lexicon lexicon;
    lexicon.addThesaurus(thesaurusPath);
    if (!wordListPath.isEmpty())
        lexicon.addWordList(wordListPath);
    lexicon.addConcepts();
    return lexicon;
}

void Lexicon::addThesaurus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const SnowballStemmer stemmer(Language::German);
    // About 100,000 words in 34,000 sets; sized once instead of growing step by step.
    m_stemOfWord.reserve(120000);
    m_synonymSets.reserve(100000);
    m_setStems.reserve(40000);
    int set = 0;
    forEachLine(file.readAll(), [&](QByteArrayView line) {
        if (line.isEmpty() || line.startsWith('#'))
            return;
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
            auto it = m_stemOfWord.constFind(folded);
            if (it == m_stemOfWord.cend())
                it = m_stemOfWord.insert(folded, stemmer.stem(folded));
            if (!setStems.contains(*it))
                setStems.append(*it);
        }
        if (setStems.isEmpty())
            return;
        for (const QString &stem : std::as_const(setStems))
            m_synonymSets[stem].append(set);
        m_setStems.append(setStems);
        ++set;
    });
    m_synonymSetCount = set;
}

void Lexicon::addWordList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // About 360,000 words, most of them inflected forms the thesaurus does not list
    // (Wegen, Plätze), which is what the parts of compounds need.
    m_listedWords.reserve(360000);
    forEachLine(file.readAll(), [&](QByteArrayView line) {
        if (line.size() < 3)
            return;
        const QString folded = foldedTerm(line);
        if (!folded.isEmpty() && !m_stemOfWord.contains(folded))
            m_listedWords.insert(folded);
    });
    m_listedWords.squeeze();
}

void Lexicon::addConcepts()
{
    const SnowballStemmer german(Language::German);
    const SnowballStemmer english(Language::English);
    const QList<PlanningConcepts::Concept> &concepts = PlanningConcepts::all();
    QHash<QString, int> families;
    for (int c = 0; c < concepts.size(); ++c) {
        auto family = families.constFind(concepts.at(c).family);
        if (family == families.cend())
            family = families.insert(concepts.at(c).family, int(families.size()));
        m_familyOf.append(*family);
        for (const QString &word : concepts.at(c).words) {
            const QString folded = WordForms::fold(word, Language::German);
            const QString germanStem = german.stem(folded);
            const QString englishStem = english.stem(WordForms::fold(word, Language::English));
            appendOnce(m_conceptsOfWord[folded], c);
            appendOnce(m_concepts[germanStem], c);
            appendOnce(m_concepts[englishStem], c);
        }
    }
    m_conceptCount = int(concepts.size());
}

} // namespace weitblick

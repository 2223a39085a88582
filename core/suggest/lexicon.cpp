#include "lexicon.h"

#include "planningconcepts.h"
#include "snowballstemmer.h"
#include "wordforms.h"

#include <QFile>
#include <QThreadPool>

#include <cstdlib>

namespace weitblick {

namespace {

// Shorter words are one letter off too many others (Bus, Bau, Baum); the word they are taken
// for may be a letter shorter (Artzt: Arzt).
constexpr qsizetype MinMisspelledLength = 5;
// A synonym set joins a concept (growConceptsBySynonyms) when it holds this many of the
// concept's words, and they make this share of the set; of its words, only those with stems
// this long, since short stems have too many senses (leb, sitz).
constexpr int MinConceptWordsInSet = 2;
constexpr double MinConceptShareOfSet = 0.4;
constexpr qsizetype MinGrownStemLength = 7;

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

// Whether two words differ by at most one letter dropped, added or changed, or two neighbours
// swapped.
bool withinOneEdit(const QString &a, const QString &b)
{
    const qsizetype m = a.size();
    const qsizetype n = b.size();
    if (std::abs(m - n) > 1)
        return false;
    qsizetype i = 0;
    while (i < m && i < n && a.at(i) == b.at(i))
        ++i;
    if (i == m || i == n)
        return true; // equal, or one letter more at the end
    if (m == n) {
        if (QStringView(a).sliced(i + 1) == QStringView(b).sliced(i + 1))
            return true; // changed
        return i + 1 < m && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
               && QStringView(a).sliced(i + 2) == QStringView(b).sliced(i + 2); // swapped
    }
    return m < n ? QStringView(a).sliced(i) == QStringView(b).sliced(i + 1)
                 : QStringView(a).sliced(i + 1) == QStringView(b).sliced(i);
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
    lexicon.growConceptsBySynonyms();
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

QList<int> Lexicon::conceptsOfMisspelling(const QString &folded) const
{
    QList<int> result;
    if (folded.size() < MinMisspelledLength || isWord(folded))
        return result;
    for (auto it = m_conceptsOfWord.cbegin(); it != m_conceptsOfWord.cend(); ++it) {
        if (it.key().size() >= MinMisspelledLength - 1 && withinOneEdit(folded, it.key())) {
            for (int c : it.value()) {
                if (!result.contains(c))
                    result.append(c);
            }
        }
    }
    return result;
}

void Lexicon::growConceptsBySynonyms()
{
    // A synonym set that holds two words of one concept is about that concept, so its other
    // words join it (Gehsteig and Trottoir beside Gehweg and Bürgersteig); one shared word is
    // not enough, since most words have several senses (Laden: shop, and loading).
    QHash<QString, QList<int>> grown;
    for (const QStringList &set : std::as_const(m_setStems)) {
        QHash<int, int> conceptWords;
        for (const QString &stem : set) {
            for (int c : m_concepts.value(stem))
                ++conceptWords[c];
        }
        for (auto it = conceptWords.cbegin(); it != conceptWords.cend(); ++it) {
            if (it.value() < MinConceptWordsInSet
                || it.value() < MinConceptShareOfSet * double(set.size())) {
                continue;
            }
            for (const QString &stem : set) {
                if (stem.size() >= MinGrownStemLength && !m_concepts.contains(stem)
                    && !grown[stem].contains(it.key()))
                    grown[stem].append(it.key());
            }
        }
    }
    for (auto it = grown.cbegin(); it != grown.cend(); ++it)
        m_concepts.insert(it.key(), it.value());
    m_grownStemCount = int(grown.size());
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

#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace weitblick {

// What Weitblick knows about words beyond a conference's own cards: the German words and
// synonym sets of OpenThesaurus (Debian's openthesaurus-de-text), the German word list of
// Debian's wngerman (every inflected form, for the parts of compounds) and the town-planning
// concepts. Words are kept folded and stemmed (WordForms::fold, SnowballStemmer), so that a
// card's stems can be looked up directly. Immutable once built, so it is shared by threads.
class Lexicon
{
public:
    // The thesaurus file of openthesaurus-de-text, found when Weitblick was configured.
    static QString installedThesaurusPath();
    // The word list of wngerman, found when Weitblick was configured.
    static QString installedWordListPath();
    // The installed thesaurus, word list and the concepts, read once per process on first use.
    static std::shared_ptr<const Lexicon> shared();
    // Starts reading shared() on a thread of the global pool, so that the first suggestion
    // does not wait for the word lists (about half a second). Returns at once.
    static void loadInBackground();

    // An empty lexicon: no words, no synonyms, no concepts.
    Lexicon() = default;
    // Reads the thesaurus (one synonym set per line, terms separated by ';', remarks in
    // parentheses) and the word list (one word per line), and adds the planning concepts. A
    // missing or unreadable file leaves the others; hasThesaurus() and hasWordList() say so.
    static Lexicon load(const QString &thesaurusPath, const QString &wordListPath = QString());

    bool hasThesaurus() const { return m_synonymSetCount > 0; }
    bool hasWordList() const { return !m_listedWords.isEmpty(); }
    int synonymSetCount() const { return m_synonymSetCount; }
    int conceptCount() const { return m_conceptCount; }
    // How many stems joined a concept through the thesaurus (growConceptsBySynonyms).
    int grownStemCount() const { return m_grownStemCount; }

    // Whether the folded word is a known German word (parkplatz, leerstand, laden, wegen).
    bool isWord(const QString &folded) const
    {
        return m_stemOfWord.contains(folded) || m_conceptsOfWord.contains(folded)
               || m_listedWords.contains(folded);
    }
    // Whether the folded word is one of the planning concepts' words.
    bool isConceptWord(const QString &folded) const { return m_conceptsOfWord.contains(folded); }
    // Whether the stem is that of a known German word.
    bool isStem(const QString &stem) const
    {
        return m_synonymSets.contains(stem) || m_concepts.contains(stem);
    }
    // The synonym sets a stem belongs to (indexes, 0 … synonymSetCount() - 1).
    QList<int> synonymSets(const QString &stem) const { return m_synonymSets.value(stem); }
    // The stems of the words of a synonym set.
    QStringList synonymSetStems(int set) const { return m_setStems.value(set); }
    // The planning concepts a stem belongs to (indexes into PlanningConcepts::all()).
    QList<int> concepts(const QString &stem) const { return m_concepts.value(stem); }
    // The planning concepts of a word: those that list it as written, since two words may
    // share a stem (parken, Park: park), else those of its stem.
    QList<int> concepts(const QString &folded, const QString &stem) const
    {
        const auto it = m_conceptsOfWord.constFind(folded);
        return it != m_conceptsOfWord.cend() ? *it : m_concepts.value(stem);
    }

    // The planning concepts of a word that is no German word but one letter off a concept's
    // word (Artzt, Mobing, Glasfaßer): dropped, added, changed or two swapped. Empty for short
    // words, where one letter makes another word.
    QList<int> conceptsOfMisspelling(const QString &folded) const;
    // The family of related concepts a concept belongs to (0 … number of families - 1).
    int familyOf(int conceptIndex) const { return m_familyOf.value(conceptIndex, -1); }

private:
    void addThesaurus(const QString &path);
    void addWordList(const QString &path);
    void addConcepts();
    void growConceptsBySynonyms();

    QHash<QString, QString> m_stemOfWord; // every thesaurus word, folded
    QSet<QString> m_listedWords;          // every word of the word list, folded
    QHash<QString, QList<int>> m_conceptsOfWord; // folded word as the concepts list it
    QHash<QString, QList<int>> m_synonymSets;
    QList<QStringList> m_setStems;
    QHash<QString, QList<int>> m_concepts;
    QList<int> m_familyOf; // per concept
    int m_synonymSetCount = 0;
    int m_conceptCount = 0;
    int m_grownStemCount = 0;
};

} // namespace weitblick

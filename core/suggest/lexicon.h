#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace weitblick {

// What Weitblick knows about words beyond a conference's own cards: the German words and
// synonym sets of OpenThesaurus (Debian's openthesaurus-de-text) and the town-planning
// concepts. Words are kept folded and stemmed (WordForms::fold, SnowballStemmer), so that a
// card's stems can be looked up directly. Immutable once built, so it is shared by threads.
class Lexicon
{
public:
    // The thesaurus file of openthesaurus-de-text, found when Weitblick was configured.
    static QString installedThesaurusPath();
    // The installed thesaurus and the concepts, read once per process on first use.
    static std::shared_ptr<const Lexicon> shared();

    // An empty lexicon: no words, no synonyms, no concepts.
    Lexicon() = default;
    // Reads the thesaurus (one synonym set per line, terms separated by ';', remarks in
    // parentheses) and adds the planning concepts. A missing or unreadable file leaves only
    // the concepts; hasThesaurus() then says so.
    static Lexicon load(const QString &thesaurusPath);

    bool hasThesaurus() const { return m_synonymSetCount > 0; }
    int synonymSetCount() const { return m_synonymSetCount; }
    int conceptCount() const { return m_conceptCount; }

    // Whether the folded word is a known German word (parkplatz, leerstand, laden).
    bool isWord(const QString &folded) const
    {
        return m_stemOfWord.contains(folded) || m_conceptWords.contains(folded);
    }
    // Whether the folded word is one of the planning concepts' words.
    bool isConceptWord(const QString &folded) const { return m_conceptWords.contains(folded); }
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

private:
    void addConcepts();

    QHash<QString, QString> m_stemOfWord; // every thesaurus word, folded
    QSet<QString> m_conceptWords;
    QHash<QString, QList<int>> m_synonymSets;
    QList<QStringList> m_setStems;
    QHash<QString, QList<int>> m_concepts;
    int m_synonymSetCount = 0;
    int m_conceptCount = 0;
};

} // namespace weitblick

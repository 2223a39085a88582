#pragma once

#include "lexicon.h"
#include "snowballstemmer.h"
#include "wordforms.h"

#include "core/model/conference.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace weitblick {

// The TF-IDF vectors of all cards of a conference, for comparing cards by topic. A card's
// terms are the stems of its words (stop words dropped), the parts of its German compounds
// (Ladenleerstand: laden, leerstand), weakly the words of their OpenThesaurus synonym sets,
// and its planning concepts. Words that say where rather than what about are left out: the
// conference's area (Lindenau) and the place words (Stadt, Dorf; WordForms::isPlaceWord).
// Inverse document frequencies count all cards of the conference, so words that the whole
// conference uses weigh little. A snapshot: it
// keeps no reference to the conference. Not for use by two threads at once (the stemmers have
// state).
class TextFeatures
{
public:
    struct Options
    {
        bool splitCompounds = true; // German compounds add their parts
        bool useSynonyms = true;    // words in one OpenThesaurus set meet
        bool useConcepts = true;    // words of one planning concept meet
    };

    // One coordinate of a sparse vector.
    struct Entry
    {
        int term = 0;
        float weight = 0;
    };
    // Sorted by term and of unit length; empty for a card without content words.
    using Vector = std::vector<Entry>;

    // With the default options and the installed thesaurus.
    explicit TextFeatures(const Conference &conference);
    TextFeatures(const Conference &conference, const Options &options,
                 std::shared_ptr<const Lexicon> lexicon = Lexicon::shared());

    const Options &options() const { return m_options; }

    // --- The steps, one word or text at a time --------------------------------------------

    // The stem of one word: folded and stemmed in the given language (Bäume → baum).
    QString stem(const QString &word, Language language = Language::German) const;
    // The parts of a German compound, in lower case as written, outermost split first and then
    // the parts of those parts (Parkplatzsuche → parkplatz, suche, park, platz); empty for a
    // word that is no compound of words known to the conference or the lexicon.
    QStringList compoundParts(const QString &word) const;
    // The word stems a text contributes, whole words first, each once (compound parts
    // included, stop words dropped).
    QStringList stems(const QString &text) const;

    // --- The vectors -----------------------------------------------------------------------

    int cardCount() const { return int(m_vectors.size()); }
    // The vector of a card of the conference; empty for an unknown card.
    const Vector &vector(Id cardId) const;
    // Cosine similarity of two cards, 0 … 1.
    double similarity(Id a, Id b) const;
    static double similarity(const Vector &a, const Vector &b);
    // The inverse document frequency of a word stem (0 when no card has it).
    double idf(const QString &stem) const;

    // A readable name of a term: the stem ("parkplatz") or "concept:N".
    QString termName(int term) const;
    // Whether a term is a word stem (and not a concept).
    bool isWordTerm(int term) const
    {
        return term >= 0 && term < int(m_termIsWord.size()) && m_termIsWord[size_t(term)];
    }
    // The concept terms of a word term (Bäume: the concept of green space), if concepts are on.
    QList<int> conceptTermsOf(int term) const;
    // How the given cards write a word term, the most frequent form first ("Parkplätze").
    // Parts of compounds are written capitalised ("Suche"). Empty for other terms.
    QString displayForm(int term, const QList<Id> &cardIds) const;

private:
    // A term of one word and the weight it carries there.
    struct Feature
    {
        QString key;     // 'w' + stem, 'c' + concept
        float weight = 0;
        QString surface; // how the word or compound part is written; empty for synonyms
        bool whole = false; // the word itself rather than a part of it
    };
    // A feature of a card once the term has its number.
    struct CardTerm
    {
        int term;
        QString surface;
        bool whole;
    };

    // Where a part of a compound lies in the folded word.
    struct Span
    {
        qsizetype begin;
        qsizetype end;
    };

    QList<Feature> analyse(const Word &word, Language language) const;
    QList<Span> compoundSpans(const QString &folded) const;
    QList<Span> splitOnce(const QString &folded) const;
    bool isKnownWord(const QString &folded) const;
    bool isKnownModifier(const QString &folded) const;
    bool isKnownHead(const QString &folded) const;
    bool isWhere(const QString &folded, const QString &stem) const;
    const SnowballStemmer &stemmer(Language language) const;
    int termId(const QString &key, bool isWord);

    Options m_options;
    std::shared_ptr<const Lexicon> m_lexicon;
    SnowballStemmer m_german{Language::German};
    SnowballStemmer m_english{Language::English};

    QSet<QString> m_areaStems;       // the words of the conference's area (Lindenau)
    QSet<QString> m_conferenceWords; // folded words of all cards, for compound parts
    QSet<QString> m_conferenceStems;
    QHash<QString, int> m_termIds;
    QStringList m_termKeys;
    std::vector<bool> m_termIsWord;
    std::vector<float> m_idf;
    QHash<Id, Vector> m_vectors;
    QHash<Id, QList<CardTerm>> m_cardTerms; // word terms per card, for display forms
};

} // namespace weitblick

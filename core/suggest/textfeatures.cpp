#include "textfeatures.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace weitblick {

namespace {

// A compound part counts half as much as a whole word: "Parkplatzsuche" is mostly about a
// search for a parking space, a little about parks and places.
constexpr float PartWeight = 0.5f;
// The synonyms of a word share this weight among the word's synonym sets, so an ambiguous
// word (Laden: shop, load, company …) links weakly in every sense.
constexpr float SynonymWeight = 0.3f;
// A planning concept names what a card is about, which is what suggestions group by; it
// counts four times a word, since being shared by a whole topic lowers its inverse document
// frequency (2 and 4 compared on the tuning cards, tests/core/suggest/data).
constexpr float ConceptWeight = 4.0f;
// A word's family (Heizung beside heizen, Förderung beside fördern) counts as much as a part
// of a compound: the same subject, said as a noun or as a verb.
constexpr float FamilyWeight = 0.5f;
// A concept's family (mobility for parking and buses) links related topics weakly.
constexpr float FamilyShare = 0.5f;
// Parts shorter than this are too often accidental (Rat-haus yes, but ein-kaufen).
constexpr qsizetype MinPartLength = 3;
// Parts shorter than this need a word the conference or the planning concepts use.
constexpr qsizetype ShortPartLength = 4;
// Lighter terms are dropped from the unit-length vectors.
constexpr float MinVectorWeight = 0.02f;
// Compounds are split at most this deep (Mietpreisbremse: mietpreis + bremse, miet + preis).
constexpr int MaxSplitDepth = 3;

const QString LinkingEndings[] = {QStringLiteral("s"), QStringLiteral("es"), QStringLiteral("n"),
                                  QStringLiteral("en"), QStringLiteral("e"), QStringLiteral("er"),
                                  QStringLiteral("ns")};
// Modifiers often drop a final e or en of their word (Miet-preis, Wohn-raum, Schul-hof).
const QString DroppedEndings[] = {QStringLiteral("e"), QStringLiteral("en"), QStringLiteral("n")};

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

} // namespace

TextFeatures::TextFeatures(const Conference &conference)
    : TextFeatures(conference, Options())
{
}

TextFeatures::TextFeatures(const Conference &conference, const Options &options,
                           std::shared_ptr<const Lexicon> lexicon)
    : m_options(options)
    , m_lexicon(lexicon ? std::move(lexicon) : std::make_shared<const Lexicon>())
{
    struct CardWords
    {
        Id id;
        Language language;
        QList<Word> words;
    };
    for (const Word &word : WordForms::words(conference.info().area, Language::German))
        m_areaStems.insert(m_german.stem(word.folded));
    std::vector<CardWords> cards;
    cards.reserve(conference.all<Card>().size());
    // The conference's own words are parts for compounds too (Ladenleerstand next to Laden).
    QHash<QString, QString> stemCache; // language tag + folded word → stem
    for (const Card &card : conference.all<Card>()) {
        const Language language = WordForms::detectLanguage(card.text);
        CardWords entry{card.id, language, WordForms::words(card.text, language)};
        for (const Word &word : entry.words) {
            if (word.folded.size() < MinPartLength || WordForms::isStopWord(word.folded))
                continue;
            m_conferenceWords.insert(word.folded);
            const QString key = (language == Language::German ? QLatin1Char('g') : QLatin1Char('e'))
                                + word.folded;
            auto it = stemCache.find(key);
            if (it == stemCache.end())
                it = stemCache.insert(key, stemmer(language).stem(word.folded));
            m_conferenceStems.insert(*it);
        }
        cards.push_back(std::move(entry));
    }

    // Raw term frequencies per card, sorted by term; cards repeat words, so each word is
    // analysed once.
    struct Numbered
    {
        Vector terms;
        QList<CardTerm> shown; // the word terms with their written forms; whole words blank
    };
    QHash<QString, Numbered> analysed; // language tag + lower-case word
    std::vector<Vector> frequencies(cards.size());
    std::vector<int> documentFrequency;
    for (size_t c = 0; c < cards.size(); ++c) {
        Vector &tf = frequencies[c];
        QList<CardTerm> &cardTerms = m_cardTerms[cards[c].id];
        for (const Word &word : cards[c].words) {
            const QString key = (cards[c].language == Language::German ? QLatin1Char('g')
                                                                        : QLatin1Char('e'))
                                + word.surface.toLower();
            auto it = analysed.find(key);
            if (it == analysed.end()) {
                Numbered numbered;
                for (const Feature &feature : analyse(word, cards[c].language)) {
                    const bool isWord = feature.key.startsWith(QLatin1Char('w'));
                    const int term = termId(feature.key, isWord);
                    numbered.terms.push_back({term, feature.weight});
                    if (isWord && !feature.surface.isEmpty())
                        numbered.shown.append({term, feature.whole ? QString() : feature.surface,
                                               feature.whole});
                }
                it = analysed.insert(key, numbered);
            }
            tf.insert(tf.end(), it->terms.cbegin(), it->terms.cend());
            for (const CardTerm &shown : std::as_const(it->shown)) {
                cardTerms.append(
                    {shown.term, shown.whole ? word.surface : shown.surface, shown.whole});
            }
        }
        std::sort(tf.begin(), tf.end(),
                  [](const Entry &a, const Entry &b) { return a.term < b.term; });
        size_t kept = 0;
        for (size_t i = 0; i < tf.size(); ++i) {
            if (kept > 0 && tf[kept - 1].term == tf[i].term)
                tf[kept - 1].weight += tf[i].weight;
            else
                tf[kept++] = tf[i];
        }
        tf.resize(kept);
        documentFrequency.resize(m_termIds.size());
        for (const Entry &entry : tf)
            ++documentFrequency[size_t(entry.term)];
    }

    // Smoothed inverse document frequency over all cards of the conference.
    const double n = double(cards.size());
    m_idf.resize(documentFrequency.size());
    for (size_t t = 0; t < documentFrequency.size(); ++t)
        m_idf[t] = float(std::log((n + 1) / (documentFrequency[t] + 0.5)));

    for (size_t c = 0; c < cards.size(); ++c) {
        Vector &vector = frequencies[c];
        double norm = 0;
        for (Entry &entry : vector) {
            entry.weight *= m_idf[size_t(entry.term)];
            norm += double(entry.weight) * entry.weight;
        }
        norm = std::sqrt(norm);
        // Terms too light to change a similarity noticeably (mostly distant synonyms) only
        // cost time when comparing.
        size_t kept = 0;
        double keptNorm = 0;
        for (const Entry &entry : vector) {
            if (entry.weight / norm >= MinVectorWeight) {
                vector[kept++] = entry;
                keptNorm += double(entry.weight) * entry.weight;
            }
        }
        vector.resize(kept);
        keptNorm = std::sqrt(keptNorm);
        for (Entry &entry : vector)
            entry.weight = float(entry.weight / keptNorm);
        m_vectors.insert(cards[c].id, std::move(vector));
    }
}

const SnowballStemmer &TextFeatures::stemmer(Language language) const
{
    return language == Language::German ? m_german : m_english;
}

int TextFeatures::termId(const QString &key, bool isWord)
{
    auto it = m_termIds.find(key);
    if (it == m_termIds.end()) {
        it = m_termIds.insert(key, int(m_termIds.size()));
        m_termKeys.append(key);
        m_termIsWord.push_back(isWord);
    }
    return *it;
}

QString TextFeatures::stem(const QString &word, Language language) const
{
    return stemmer(language).stem(WordForms::fold(word, language));
}

bool TextFeatures::isKnownWord(const QString &folded) const
{
    if (folded.size() < MinPartLength || WordForms::isStopWord(folded))
        return false;
    // The thesaurus knows many short rare words (ren, kel, geb) that end ordinary words, so
    // a three-letter part must be a word of the conference or of the planning concepts
    // (Rad-weg, Ruf-bus).
    if (folded.size() < ShortPartLength)
        return m_conferenceWords.contains(folded) || m_lexicon->isConceptWord(folded);
    return m_lexicon->isWord(folded) || m_conferenceWords.contains(folded);
}

bool TextFeatures::isKnownModifier(const QString &folded) const
{
    if (isKnownWord(folded))
        return true;
    if (folded.size() < ShortPartLength)
        return false;
    for (const QString &ending : LinkingEndings) {
        if (folded.size() - ending.size() >= ShortPartLength && folded.endsWith(ending)
            && isKnownWord(folded.chopped(ending.size()))) {
            return true;
        }
    }
    for (const QString &ending : DroppedEndings) {
        if (isKnownWord(folded + ending))
            return true;
    }
    return false;
}

bool TextFeatures::isKnownHead(const QString &folded) const
{
    if (isKnownWord(folded))
        return true;
    // An inflected head (Park-plätze) is known by its stem; short ones only as words.
    if (folded.size() <= ShortPartLength || WordForms::isStopWord(folded))
        return false;
    // The stem must itself be a word (plätze: platz, schulen: schul-e), or endings such as
    // -liche would pass for words.
    const QString stemmed = m_german.stem(folded);
    return (m_lexicon->isStem(stemmed) || m_conferenceStems.contains(stemmed))
           && (isKnownWord(stemmed) || isKnownWord(stemmed + QLatin1Char('e')));
}

QList<TextFeatures::Span> TextFeatures::splitOnce(const QString &folded) const
{
    const qsizetype n = folded.size();
    if (n < 2 * MinPartLength)
        return {};
    // fewest[j]: the fewest known modifiers that make up folded[0, j), or -1.
    std::vector<int> fewest(size_t(n + 1), -1);
    std::vector<qsizetype> previous(size_t(n + 1), 0);
    fewest[0] = 0;
    for (qsizetype j = MinPartLength; j <= n - MinPartLength; ++j) {
        for (qsizetype i = 0; i + MinPartLength <= j; ++i) {
            if (fewest[size_t(i)] < 0
                || (fewest[size_t(j)] >= 0 && fewest[size_t(i)] + 1 >= fewest[size_t(j)])) {
                continue;
            }
            if (isKnownModifier(folded.mid(i, j - i))) {
                fewest[size_t(j)] = fewest[size_t(i)] + 1;
                previous[size_t(j)] = i;
            }
        }
    }
    // The head is the longest known word ending the compound that leaves fewest modifiers.
    qsizetype bestStart = -1;
    for (qsizetype k = MinPartLength; k <= n - MinPartLength; ++k) {
        if (fewest[size_t(k)] < 0
            || (bestStart >= 0 && fewest[size_t(k)] >= fewest[size_t(bestStart)])) {
            continue;
        }
        if (isKnownHead(folded.mid(k)))
            bestStart = k;
    }
    if (bestStart < 0)
        return {};
    QList<Span> parts{{bestStart, n}};
    for (qsizetype end = bestStart; end > 0; end = previous[size_t(end)])
        parts.prepend({previous[size_t(end)], end});
    return parts;
}

QList<TextFeatures::Span> TextFeatures::compoundSpans(const QString &folded) const
{
    QList<Span> result;
    QList<Span> level{{0, folded.size()}};
    for (int depth = 0; depth < MaxSplitDepth && !level.isEmpty(); ++depth) {
        QList<Span> next;
        for (const Span &span : level) {
            for (const Span &part : splitOnce(folded.mid(span.begin, span.end - span.begin)))
                next.append({span.begin + part.begin, span.begin + part.end});
        }
        result.append(next);
        level = next;
    }
    return result;
}

QStringList TextFeatures::compoundParts(const QString &word) const
{
    QList<qsizetype> origins;
    const QString folded = WordForms::fold(word, Language::German, &origins);
    QStringList parts;
    for (const Span &span : compoundSpans(folded)) {
        const qsizetype from = origins.at(span.begin);
        parts.append(word.mid(from, origins.at(span.end) - from).toLower());
    }
    return parts;
}

bool TextFeatures::isWhere(const QString &folded, const QString &stem) const
{
    return WordForms::isPlaceWord(folded) || m_areaStems.contains(stem);
}

QList<TextFeatures::Feature> TextFeatures::analyse(const Word &word, Language language) const
{
    if (word.folded.size() < 2 || WordForms::isStopWord(word.folded))
        return {};
    const SnowballStemmer &stems = stemmer(language);
    // The word and its parts, for synonyms and concepts below; the whole word first.
    struct Stemmed
    {
        QString folded;
        QString stem;
        float weight;
        Span span;
    };
    QList<Stemmed> stemmed{
        {word.folded, stems.stem(word.folded), 1.0f, {0, word.folded.size()}}};
    if (isWhere(word.folded, stemmed.constFirst().stem))
        return {};
    QList<Feature> features;
    features.append({QLatin1Char('w') + stemmed.constFirst().stem, 1.0f, word.surface, true});

    if (m_options.splitCompounds && language == Language::German) {
        QList<qsizetype> origins;
        const QString folded = WordForms::fold(word.surface, language, &origins);
        for (const Span &span : compoundSpans(folded)) {
            const QString part = folded.mid(span.begin, span.end - span.begin);
            const QString partStem = stems.stem(part);
            if (WordForms::isStopWord(part) || isWhere(part, partStem))
                continue;
            const qsizetype from = origins.at(span.begin);
            const QString surface = capitalised(
                word.surface.mid(from, origins.at(span.end) - from).toLower());
            stemmed.append({part, partStem, PartWeight, span});
            features.append({QLatin1Char('w') + partStem, PartWeight, surface, false});
        }
    }

    if (language == Language::German) {
        // The word's family stem, so that the noun meets the verb (Heizung, heizen).
        for (const Stemmed &s : std::as_const(stemmed)) {
            const QString family = WordForms::familyStem(s.stem);
            if (family != s.stem)
                features.append({QLatin1Char('w') + family, FamilyWeight * s.weight, {}, false});
        }
    }

    if (m_options.useSynonyms && language == Language::German) {
        // The words of the word's synonym sets join the card, weakly, so that a card saying
        // Kneipe and one saying Wirtshaus share a term.
        for (const Stemmed &s : std::as_const(stemmed)) {
            const QList<int> sets = m_lexicon->synonymSets(s.stem);
            for (int set : sets) {
                for (const QString &synonym : m_lexicon->synonymSetStems(set)) {
                    if (synonym != s.stem) {
                        features.append({QLatin1Char('w') + synonym,
                                         SynonymWeight * s.weight / float(sets.size()), {},
                                         false});
                    }
                }
            }
        }
    }

    if (m_options.useConcepts) {
        // The whole word decides when it names a topic (Biergarten), else its largest parts
        // that do: Parkplatz in Parkplatzsuche, and not the Park within it.
        QList<int> concepts;
        QList<Span> named;
        for (const Stemmed &s : std::as_const(stemmed)) {
            const bool within = std::any_of(named.cbegin(), named.cend(), [&s](const Span &n) {
                return n.begin <= s.span.begin && s.span.end <= n.end;
            });
            if (within)
                continue;
            const QList<int> found = m_lexicon->concepts(s.folded, s.stem);
            if (!found.isEmpty()) {
                concepts.append(found);
                named.append(s.span);
            }
        }
        // A word that is none and no compound of known words may be a misspelt concept word.
        if (concepts.isEmpty() && stemmed.size() == 1 && language == Language::German) {
            concepts = m_lexicon->conceptsOfMisspelling(word.folded);
            if (!concepts.isEmpty())
                named.append(stemmed.constFirst().span);
        }
        const bool wholeWord = named.size() == 1 && named.first().begin == 0
                               && named.first().end == word.folded.size();
        const float weight = wholeWord ? ConceptWeight : ConceptWeight * PartWeight;
        QList<int> families;
        for (int topic : std::as_const(concepts)) {
            features.append({QLatin1Char('c') + QString::number(topic), weight, {}, false});
            const int family = m_lexicon->familyOf(topic);
            if (family >= 0 && !families.contains(family))
                families.append(family);
        }
        for (int family : std::as_const(families))
            features.append(
                {QLatin1Char('f') + QString::number(family), FamilyShare * weight, {}, false});
    }
    return features;
}

QStringList TextFeatures::stems(const QString &text) const
{
    QStringList result;
    const Language language = WordForms::detectLanguage(text);
    for (const Word &word : WordForms::words(text, language)) {
        for (const Feature &feature : analyse(word, language)) {
            if (feature.key.startsWith(QLatin1Char('w')) && !feature.surface.isEmpty()
                && !result.contains(feature.key.mid(1)))
                result.append(feature.key.mid(1));
        }
    }
    return result;
}

const TextFeatures::Vector &TextFeatures::vector(Id cardId) const
{
    static const Vector empty;
    const auto it = m_vectors.constFind(cardId);
    return it == m_vectors.cend() ? empty : *it;
}

double TextFeatures::similarity(Id a, Id b) const
{
    return similarity(vector(a), vector(b));
}

double TextFeatures::similarity(const Vector &a, const Vector &b)
{
    double dot = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->term < j->term) {
            ++i;
        } else if (j->term < i->term) {
            ++j;
        } else {
            dot += double(i->weight) * j->weight;
            ++i;
            ++j;
        }
    }
    return std::clamp(dot, 0.0, 1.0);
}

double TextFeatures::idf(const QString &stem) const
{
    const auto it = m_termIds.constFind(QLatin1Char('w') + stem);
    return it == m_termIds.cend() ? 0.0 : double(m_idf[size_t(*it)]);
}

QString TextFeatures::termName(int term) const
{
    if (term < 0 || term >= m_termKeys.size())
        return {};
    const QString &key = m_termKeys.at(term);
    if (key.startsWith(QLatin1Char('c')))
        return QStringLiteral("concept:") + key.mid(1);
    if (key.startsWith(QLatin1Char('f')))
        return QStringLiteral("family:") + key.mid(1);
    return key.mid(1);
}

QList<int> TextFeatures::conceptTermsOf(int term) const
{
    QList<int> result;
    if (!m_options.useConcepts || !isWordTerm(term))
        return result;
    for (int topic : m_lexicon->concepts(m_termKeys.at(term).mid(1))) {
        const auto it = m_termIds.constFind(QLatin1Char('c') + QString::number(topic));
        if (it != m_termIds.cend())
            result.append(*it);
    }
    return result;
}

QString TextFeatures::displayForm(int term, const QList<Id> &cardIds) const
{
    // Whole words before compound parts, then the most frequent, then the first seen;
    // a form in capitals only ("PARKEN") is the last choice.
    struct Form
    {
        int count = 0;
        int firstSeen = 0;
        bool whole = false;
        bool shouting = false;
    };
    QHash<QString, Form> forms;
    int seen = 0;
    for (Id id : cardIds) {
        for (const CardTerm &cardTerm : m_cardTerms.value(id)) {
            if (cardTerm.term != term)
                continue;
            Form &form = forms[cardTerm.surface];
            if (form.count++ == 0) {
                form.firstSeen = seen++;
                form.whole = cardTerm.whole;
                form.shouting = cardTerm.surface.size() > 1
                                && cardTerm.surface == cardTerm.surface.toUpper();
            }
        }
    }
    QString best;
    const Form *bestForm = nullptr;
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        const Form &f = it.value();
        const auto rank = [](const Form &x) {
            return std::make_tuple(x.whole, !x.shouting, x.count, -x.firstSeen);
        };
        if (!bestForm || rank(f) > rank(*bestForm)) {
            bestForm = &f;
            best = it.key();
        }
    }
    return best;
}

} // namespace weitblick

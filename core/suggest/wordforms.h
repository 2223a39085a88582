#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace weitblick {

// The languages whose cards the suggestions understand.
enum class Language { German, English };

// One word of a card as written and in the folded form that comparisons use.
struct Word
{
    QString surface; // as written on the card, e.g. "Parkplätze"
    QString folded;  // lower case without diacritics, e.g. "parkplatze"
};

// Turns card text into comparable words: splitting, folding of case and umlauts, stop words
// and a guess of the language. Stateless and safe to call from any thread.
class WordForms
{
public:
    // The words of a text: runs of letters and digits; hyphens, slashes and punctuation
    // separate words. Pure numbers are dropped: "18 Uhr" and "20 Uhr" are not one topic.
    static QList<Word> words(const QString &text, Language language);

    // Lower case, ß as ss, letters without diacritics (ä → a, é → e). In German also the
    // typewriter spellings ae/oe/ue (Baeume), so that they meet the umlaut spelling (Bäume).
    static QString fold(const QString &word, Language language);
    // The same, also giving for each character of the result the index of the character of
    // `word` it comes from, plus word.size() at the end, so that a part of the folded word
    // can be shown as written.
    static QString fold(const QString &word, Language language, QList<qsizetype> *origins);

    // Function words of German and English and the words cards use to say "how much" or
    // "how good" rather than what about (mehr, fehlt, teuer, better …). Takes a folded word.
    static bool isStopWord(const QString &folded);
    // Words that say where rather than what about (Stadt, Innenstadt, Dorf, Ortsteil): every
    // card of a conference may use them. Real words, so compounds still split at them
    // (Stadt-bus). Takes a folded word.
    static bool isPlaceWord(const QString &folded);

    // The stem of a German word's family: a Snowball stem without its derivational ending, so
    // that the noun meets its verb (heizung, heiz: heiz; sanier, sani: san; forder, ford: ford).
    static QString familyStem(const QString &stem);

    // English when a text has more English than German function words, else German (the
    // language of the conferences Weitblick is made for).
    static Language detectLanguage(const QString &text);
};

} // namespace weitblick

#include "wordforms.h"

#include <QSet>

#include <initializer_list>

namespace weitblick {

namespace {

// The Snowball stop lists of German and English, folded the way card words are.
const char *const GermanFunctionWords =
    "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer "
    "anderes anders auch auf aus bei beim bin bis bist da dabei dadurch dafür dagegen damit "
    "dann daran darauf daraus darf darin darum darüber das dass daß dem den denen denn der "
    "deren derer des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du "
    "durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges "
    "einmal er es etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe "
    "haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer "
    "ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes "
    "jetzt kann kein keine keinem keinen keiner keines können könnte man manche manchem "
    "manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste "
    "nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines "
    "seit selbst sich sie sind so solche solchem solchen solcher solches soll sollen sollte "
    "sollten sondern sonst über um und uns unser unsere unserem unseren unserer unseres unter "
    "vom von vor während war waren warst was weil welche welchem welchen welcher welches wenn "
    "werde werden wie wieder will wir wird wirst wo wollen wollte würde würden wäre zu zum "
    "zur zwar zwischen";

const char *const EnglishFunctionWords =
    "a about above after again against all am an and any are as at be because been before "
    "being below between both but by can could did do does doing don down during each few "
    "for from further had has have having he her here hers herself him himself his how i if "
    "in into is it its itself just me my myself no nor not now of off on once only or other "
    "ought our ours ourselves out over own same she should so some such than that the their "
    "theirs them themselves then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your "
    "yours yourself yourselves";

// Words that say how much, how good or what to do, not what a card is about. Sharing them
// ("zu teuer", "ausbauen") does not make two cards one topic.
const char *const CardFillers =
    "mehr weniger wenig wenige viel viele vielen zuviel zuwenig genug fehlt fehlen fehlende "
    "fehlender fehlenden mangel gibt geben gebt brauchen braucht brauche benötigt nötig "
    "bitte endlich besser bessere besseren besserer beste gut gute guten guter schlecht "
    "schlechte schlechter schön schöne schöner schönere neu neue neuen neuer neues teuer "
    "teure teuren billig billiger günstig günstige günstiger günstigere kostenlos gratis "
    "müssen muss musst könnten wäre wären immer oft selten ganz total wirklich unbedingt "
    "dringend leider ja nein gar einfach echt wichtig mal schon gerne lieber nervt nerven "
    "stärken stärker fördern verbessern ausbauen erhalten schaffen einführen unterstützen "
    "ermöglichen gestalten umsetzen machen macht sorgen möglich attraktiv attraktiver "
    "fürs statt anstatt überhaupt womit wer wen wem raus rein rum runter rauf drauf dran "
    "ganze ganzen geht gehen klappt steht stehen eigentlich bisschen irgendwie "
    "more less fewer lack lacking missing need needs needed better best good bad cheap "
    "cheaper expensive free new please lot lots many much improve";

// Where a card's topic is, not what it is: the town, its centre, the village.
const char *const PlaceWords =
    "stadt städte städten innenstadt stadtzentrum zentrum stadtteil stadtteile stadtmitte "
    "stadtgebiet dorf dörfer dörfern ort orte orten ortsteil ortsteile ortsteilen ortschaft "
    "ortschaften ortsmitte gemeinde gemeinden landkreis kreis region kommune viertel "
    "quartier quartiere quartiers kiez stadtviertel wohnviertel "
    "town city centre center village villages district";

QSet<QString> foldedSet(const char *words, Language language)
{
    QSet<QString> result;
    const QStringList list = QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : list)
        result.insert(WordForms::fold(word, language));
    return result;
}

struct StopWords
{
    QSet<QString> german = foldedSet(GermanFunctionWords, Language::German);
    QSet<QString> english = foldedSet(EnglishFunctionWords, Language::English);
    QSet<QString> all = german + english + foldedSet(CardFillers, Language::German)
                        + foldedSet(CardFillers, Language::English);
    QSet<QString> places = foldedSet(PlaceWords, Language::German);
};

const StopWords &stopWords()
{
    static const StopWords words;
    return words;
}

bool isVowel(QChar c)
{
    return c == QLatin1Char('a') || c == QLatin1Char('e') || c == QLatin1Char('i')
           || c == QLatin1Char('o') || c == QLatin1Char('u') || c == QLatin1Char('y');
}

// Baeume → baume, but not Feuer or neue: after a vowel (or q) "ue" is no umlaut.
void foldTypewriterUmlauts(QString *word, QList<qsizetype> *origins)
{
    QString result;
    QList<qsizetype> resultOrigins;
    result.reserve(word->size());
    for (qsizetype i = 0; i < word->size(); ++i) {
        const QChar c = word->at(i);
        result += c;
        if (origins)
            resultOrigins.append(origins->at(i));
        const bool umlautPair = (c == QLatin1Char('a') || c == QLatin1Char('o')
                                 || c == QLatin1Char('u'))
                                && i + 1 < word->size() && word->at(i + 1) == QLatin1Char('e');
        const bool afterVowel = i > 0 && (isVowel(word->at(i - 1))
                                          || word->at(i - 1) == QLatin1Char('q'));
        if (umlautPair && !afterVowel)
            ++i; // skip the e
    }
    *word = result;
    if (origins) {
        resultOrigins.append(origins->constLast());
        *origins = resultOrigins;
    }
}

} // namespace

QList<Word> WordForms::words(const QString &text, Language language)
{
    QList<Word> result;
    qsizetype start = -1;
    bool hasLetter = false;
    const auto finish = [&](qsizetype end) {
        if (start >= 0 && hasLetter) {
            const QString surface = text.mid(start, end - start);
            result.append({surface, fold(surface, language)});
        }
        start = -1;
        hasLetter = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            if (start < 0)
                start = i;
            hasLetter = hasLetter || c.isLetter();
        } else {
            finish(i);
        }
    }
    finish(text.size());
    return result;
}

QString WordForms::fold(const QString &word, Language language)
{
    return fold(word, language, nullptr);
}

QString WordForms::fold(const QString &word, Language language, QList<qsizetype> *origins)
{
    QString result;
    result.reserve(word.size() + 1);
    if (origins)
        origins->clear();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        const auto append = [&](QChar folded) {
            result += folded;
            if (origins)
                origins->append(i);
        };
        if (c.unicode() < 0x80) { // most characters: no decomposition to do
            append(c.toLower());
            continue;
        }
        if (c == QChar(0x00DF) || c == QChar(0x1E9E)) { // ß, ẞ
            append(QLatin1Char('s'));
            append(QLatin1Char('s'));
            continue;
        }
        const QString decomposed = QString(c).toLower().normalized(QString::NormalizationForm_D);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                append(d);
        }
    }
    if (origins)
        origins->append(word.size());
    if (language == Language::German)
        foldTypewriterUmlauts(&result, origins);
    return result;
}

bool WordForms::isStopWord(const QString &folded)
{
    return stopWords().all.contains(folded);
}

bool WordForms::isPlaceWord(const QString &folded)
{
    return stopWords().places.contains(folded);
}

QString WordForms::familyStem(const QString &stem)
{
    QString family = stem;
    const auto strip = [&family](std::initializer_list<const char *> endings, qsizetype kept) {
        for (const char *ending : endings) {
            const QLatin1StringView e(ending);
            if (family.endsWith(e) && family.size() - e.size() >= kept) {
                family.chop(e.size());
                return;
            }
        }
    };
    strip({"ung"}, 4);
    strip({"ier", "i"}, 3);
    strip({"eln", "ern", "el", "er", "ln", "rn"}, 4);
    return family;
}

Language WordForms::detectLanguage(const QString &text)
{
    const StopWords &stop = stopWords();
    int german = 0;
    int english = 0;
    for (const Word &word : words(text, Language::English)) {
        const bool inGerman = stop.german.contains(word.folded);
        const bool inEnglish = stop.english.contains(word.folded);
        german += inGerman && !inEnglish;
        english += inEnglish && !inGerman;
        // Umlauts and ß are German whatever the function words say.
        for (const QChar c : word.surface) {
            if (c == QChar(0x00E4) || c == QChar(0x00F6) || c == QChar(0x00FC) || c == QChar(0x00DF)
                || c == QChar(0x00C4) || c == QChar(0x00D6) || c == QChar(0x00DC)) {
                ++german;
                break;
            }
        }
    }
    return english > german ? Language::English : Language::German;
}

} // namespace weitblick

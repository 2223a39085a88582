#include "snowballstemmer.h"

#include <libstemmer.h>

namespace weitblick {

void SnowballStemmer::Deleter::operator()(sb_stemmer *stemmer) const
{
    sb_stemmer_delete(stemmer);
}

SnowballStemmer::SnowballStemmer(Language language)
    : m_language(language)
    , m_stemmer(sb_stemmer_new(language == Language::German ? "german" : "english", "UTF_8"))
{
}

SnowballStemmer::~SnowballStemmer() = default;
SnowballStemmer::SnowballStemmer(SnowballStemmer &&) noexcept = default;
SnowballStemmer &SnowballStemmer::operator=(SnowballStemmer &&) noexcept = default;

QString SnowballStemmer::stem(const QString &folded) const
{
    // Both algorithms are in every libstemmer build; without one there was no memory, and the
    // unstemmed word still compares.
    if (!m_stemmer)
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return folded;
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(stemmed),
                                       sb_stemmer_length(m_stemmer.get()));
    const qsizetype n = result.size();
    if (n >= 4 && result.at(n - 1) == result.at(n - 2) && result.at(n - 1).isLetter()
        && !QStringLiteral("aeiouy").contains(result.at(n - 1))) {
        result.chop(1);
    }
    return result;
}

} // namespace weitblick

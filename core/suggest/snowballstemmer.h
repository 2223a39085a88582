#pragma once

#include "wordforms.h"

#include <QString>

#include <memory>

struct sb_stemmer;

namespace weitblick {

// The Snowball stemmer of one language (libstemmer), reducing folded words to a common stem
// (parkplatze → parkplatz, mieten → miet). Not for use by two threads at once.
class SnowballStemmer
{
public:
    explicit SnowballStemmer(Language language);
    ~SnowballStemmer();
    SnowballStemmer(SnowballStemmer &&) noexcept;
    SnowballStemmer &operator=(SnowballStemmer &&) noexcept;

    Language language() const { return m_language; }

    // The stem of a folded word. A doubled final consonant is made single (busse → buss → bus),
    // which the German algorithm leaves, so that plural and singular meet.
    QString stem(const QString &folded) const;

private:
    struct Deleter
    {
        void operator()(sb_stemmer *stemmer) const;
    };
    Language m_language;
    std::unique_ptr<sb_stemmer, Deleter> m_stemmer;
};

} // namespace weitblick

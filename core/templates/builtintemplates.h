#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace weitblick {

// The methods a new conference can start from.
enum class Method { FutureSearch, FutureWorkshop, StrategyWorkshop, Empty };
constexpr int MethodCount = 4;

// The language of a template's texts: the phases, guiding questions, topics and groups the new
// conference starts with. It may differ from the interface's language.
enum class TextLanguage { German, English };

// The templates that come with Weitblick, one per method: Weisbord and Janoff's Future Search
// (the five phases Weitblick always had), Robert Jungk's Zukunftswerkstatt, a strategy workshop
// with SWOT and TOWS walls, and an empty conference. Each brings the guiding questions, time
// boxes, wall layouts, stakeholder groups and dot votes that fit it, in German and English.
class BuiltInTemplates
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInTemplates)

public:
    // The name scripts use (--template): zukunftskonferenz, zukunftswerkstatt,
    // strategie-workshop, leer.
    static QString key(Method method);
    // The method of a German or English key (future-search, future-workshop, strategy-workshop,
    // empty), in any case.
    static std::optional<Method> fromKey(const QString &key);
    // Both keys of the method, German first.
    static QStringList keys(Method method);

    // The method's name and a short description, in the interface's language.
    static QString name(Method method);
    static QString description(Method method);

    static Conference conference(Method method, TextLanguage language);

    // German for "de", else English.
    static TextLanguage languageOf(const QString &code);
};

} // namespace weitblick

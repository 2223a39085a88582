#pragma once

#include <QCoreApplication>
#include <QString>

namespace weitblick {

struct TemplateChoice;

// What "New conference" shows of a template before the moderator picks it: its description,
// what it holds, and each phase with its time box, wall and guiding question, as HTML in which
// every text of the template is escaped.
class TemplatePreview
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreview)

public:
    static QString html(const TemplateChoice &choice);
    // "90 min", "2 h", "7 h 30 min".
    static QString duration(int minutes);
};

} // namespace weitblick

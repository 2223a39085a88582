#pragma once

#include "core/templates/templatelibrary.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace weitblick {

// "New conference": the moderator picks a method (Zukunftskonferenz, Zukunftswerkstatt,
// strategy workshop, empty), one of the templates saved in the templates folder, or a template
// file, sees its description and phases, and chooses the language of its texts.
class NewConferenceDialog : public QDialog
{
    Q_OBJECT

public:
    // languageCode: the language the built-in templates' texts start in ("de" or "en").
    NewConferenceDialog(const QString &templatesFolder, const QString &languageCode,
                        QWidget *parent = nullptr);

    // The template picked; the first method until the moderator picks another.
    const TemplateChoice &choice() const;
    // What the new conference starts with.
    Conference conference() const;

    // Adds a template file (or any conference file) to the list and picks it; false, after
    // telling the moderator why, when it does not open.
    bool addTemplateFile(const QString &path);

private:
    void fillList();
    QTreeWidgetItem *addHeading(const QString &text);
    QTreeWidgetItem *addChoice(QTreeWidgetItem *heading, int index);
    QTreeWidgetItem *itemOf(int index) const;
    void chooseTemplateFile();
    void changeLanguage();
    void showChoice();

    QList<TemplateChoice> m_choices; // the built-in ones first, in the order of Method
    int m_current = 0;
    QTreeWidget *m_list;
    QTreeWidgetItem *m_saved = nullptr; // the heading of the saved templates
    QTreeWidgetItem *m_noneSaved = nullptr;
    QTextBrowser *m_preview;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QPushButton *m_fromFile;
};

} // namespace weitblick

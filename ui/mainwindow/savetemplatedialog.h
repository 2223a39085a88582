#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace weitblick {

class Conference;

// "Save as Template…": asks for the template's name and description and where it goes (the
// templates folder, so that "New conference" offers it, or a file of the moderator's choice),
// says what it keeps and what it leaves out, and writes it.
class SaveTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    // openFile: the conference open in the window, which a template must not replace.
    SaveTemplateDialog(const Conference &conference, const QString &templatesFolder,
                       const QString &openFile, QWidget *parent = nullptr);

    QString name() const;
    QString description() const;
    // The file the template is written to.
    QString path() const;
    void setPath(const QString &path);

    // Writes the template; true when done. Asks before replacing a file, and says what went
    // wrong when the file cannot be written.
    bool save();

    void accept() override;

private:
    void chooseOtherPlace();
    void showPath();

    const Conference &m_conference;
    QString m_folder;
    QString m_openFile;
    QString m_chosenPath; // empty: the templates folder, named after the template
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_where;
};

} // namespace weitblick

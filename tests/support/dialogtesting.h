#pragma once

// Helpers for widget tests that drive dialogs (weitblick_ui_tests only: this needs Widgets).

#include <catch2/catch.hpp>

#include <QApplication>
#include <QAbstractItemView>
#include <QDialog>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace weitblick::test {

// Runs handle on the modal dialog that the next call opens (message box, colour, file or input
// dialog), once it is up; gives up after about five seconds (a sanitizer build is slow).
inline void whenModal(std::function<void(QWidget *)> handle, int triesLeft = 500)
{
    QTimer::singleShot(10, [handle, triesLeft] {
        if (QWidget *modal = QApplication::activeModalWidget())
            handle(modal);
        else if (triesLeft > 0)
            whenModal(handle, triesLeft - 1);
    });
}

// Runs the action while `answer` plays the moderator on each modal dialog that opens, also on
// one that an answer opens (each step arms the next one first); after eight it gives up.
// `answer` runs inside Qt's event loop: it may CHECK, but not REQUIRE or FAIL (they throw).
inline void answeringDialogs(const std::function<void(QWidget *)> &answer,
                             const std::function<void()> &action)
{
    int steps = 0;
    QObject watching; // ends the steps still armed when the action has returned
    std::function<void()> step = [&] {
        QTimer::singleShot(10, &watching, step);
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && ++steps > 8)
            modal->close();
        else if (modal)
            answer(modal);
    };
    QTimer::singleShot(0, &watching, step);
    action();
}

// Types a path into a file dialog's name field with nothing picked in its list: selectFile()
// leaves a focused name field alone, and a picked file goes before a typed name.
inline void typeFileName(QFileDialog *files, const QString &path)
{
    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    auto *list = files->findChild<QAbstractItemView *>(QStringLiteral("listView"));
    CHECK(name);
    CHECK(list);
    if (name && list) {
        list->selectionModel()->clear();
        name->setText(path);
    }
}

// The dialog on screen with the focus in one of its fields, as the moderator types into it; a
// line edit's text is selected, so that typing replaces it.
inline void focus(QDialog &dialog, QWidget *field)
{
    if (!dialog.isVisible()) {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
    QApplication::setActiveWindow(&dialog);
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

} // namespace weitblick::test

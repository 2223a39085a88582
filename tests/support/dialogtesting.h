#pragma once

// Helpers for widget tests that drive dialogs (weitblick_ui_tests only: this needs Widgets).

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
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

#pragma once

#include <QMessageBox>
#include <QString>

namespace qms::gui {

// The one way the GUI asks or tells the user something in a modal box. Tests pre-answer the next
// box (setNextAnswer) and read what would have been shown (lastShown), so no dialog ever blocks.
class MessageBox final {
public:
    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString details;
    };

    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                const QString& details = {});
    static QMessageBox::StandardButton
    warning(QWidget* parent, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Testing: the next box returns `answer` at once instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Testing: every box returns at once (with its default, or Ok) instead of showing.
    static void setHeadless(bool headless);
    static const Shown& lastShown();
    static int shownCount();
    static void resetTesting();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, const QString& details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace qms::gui

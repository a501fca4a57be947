#include "MessageBox.h"

#include <QLoggingCategory>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcMessages, "qmsdesk.gui.messages")

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
bool headless = false;
MessageBox::Shown last;
int count = 0;

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, const QString& details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton) {
    last = Shown{icon, title, text, details};
    ++count;
    // Errors shown to the user end up in the log too, so a support request can quote them.
    if (icon == QMessageBox::Critical || icon == QMessageBox::Warning)
        qCWarning(lcMessages).noquote() << title << "-" << text;
    if (nextAnswer != QMessageBox::NoButton) {
        const auto answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (headless)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                                 const QString& details) {
    return show(parent, QMessageBox::Critical, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton) {
    return show(parent, QMessageBox::Warning, title, text, {}, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title,
                                                    const QString& text) {
    return show(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    return show(parent, QMessageBox::Question, title, text, {}, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) {
    nextAnswer = answer;
}
void MessageBox::setHeadless(bool on) {
    headless = on;
}
const MessageBox::Shown& MessageBox::lastShown() {
    return last;
}
int MessageBox::shownCount() {
    return count;
}

void MessageBox::resetTesting() {
    nextAnswer = QMessageBox::NoButton;
    last = {};
    count = 0;
}

} // namespace qms::gui

#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qms::gui {

class MainWindow;

// The Tools menu's password and signature entries: "Set my password…" for the acting user, and
// for quality managers "Clear a user's password…" and "Require electronic signatures".
class PasswordMenu final : public QObject {
    Q_OBJECT
public:
    PasswordMenu(QMenu* menu, MainWindow* window);

private:
    void update();
    void setMyPassword();
    void clearPassword();
    void setRequired(bool on);

    MainWindow* m_window;
    QAction* m_setMine;
    QAction* m_clear;
    QAction* m_require;
};

} // namespace qms::gui

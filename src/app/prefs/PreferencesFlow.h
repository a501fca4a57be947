#pragma once

class QAction;

namespace qms::gui {

class MainWindow;

// Edit -> Preferences… (Ctrl+,): opens the PreferencesDialog for the window's open database (or
// none), modal.
class PreferencesFlow final {
public:
    static QAction* createAction(MainWindow& window);
};

} // namespace qms::gui

#pragma once

class QAction;

namespace qms::gui {

class MainWindow;
class ReminderDialog;

// Shows the reminders of the open database: by itself after opening (unless switched off, and
// only when something is due) and on demand from Tools -> Reminders. One dialog per window; it
// closes when the database does.
class ReminderFlow final {
public:
    // After a database was opened: the reminders dialog, if enabled and anything is due.
    static void showIfDue(MainWindow& window);
    // Tools -> Reminders (enabled while a database is open); shows the dialog even when empty.
    static QAction* createAction(MainWindow& window);
    // The dialog currently shown for `window`, if any (for tests).
    static ReminderDialog* dialogOf(const MainWindow& window);

private:
    static void show(MainWindow& window, bool evenIfEmpty);
};

} // namespace qms::gui

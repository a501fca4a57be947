#pragma once

class QWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// The automatic backup taken when a database is opened, when switched on in Preferences. Never
// blocks opening: the outcome, good or bad, goes to the status bar of `parent`'s window and to
// the log. Review (read-only) sessions are skipped: they cannot change anything worth a backup.
class AutoBackupFlow final {
public:
    static void runIfEnabled(Workspace& ws, QWidget* parent);
};

} // namespace qms::gui

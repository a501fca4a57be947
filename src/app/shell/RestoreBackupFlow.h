#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace qms::gui {

class MainWindow;

// File → Restore from backup…: the backup is verified first (integrity, audit chain, every
// record); only then is the open database closed, replaced (the old file kept beside it) and
// opened again. A backup that does not verify is refused with the reasons and nothing changes.
class RestoreBackupFlow final : public QObject {
    Q_OBJECT
public:
    explicit RestoreBackupFlow(MainWindow* window);

    QAction* action() const { return m_action; }
    // Restores the open database from `backup` after the user confirmed; false when refused,
    // cancelled or failed (a message was shown).
    bool restoreFrom(const QString& backup);

private:
    void chooseAndRestore();

    MainWindow* m_window;
    QAction* m_action;
};

} // namespace qms::gui

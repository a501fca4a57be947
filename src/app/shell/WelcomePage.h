#pragma once

#include <QWidget>

class QListWidget;
class QLabel;

namespace qms::gui {

// Shown while no database is open: create, open, the demo, and the recently used files.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& paths);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void openDemoRequested();
    void openRecentRequested(const QString& path);

private:
    QListWidget* m_recent;
    QLabel* m_recentEmpty;
};

} // namespace qms::gui

#pragma once

#include <QWidget>

class QLabel;

namespace qms {
class Workspace;
}

namespace qms::gui {

// Status bar part saying which file is open, who is working in which role, and a read-only badge
// (lock + "Read-only") when nothing can be written.
class WorkspaceStatus final : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceStatus(QWidget* parent = nullptr);
    void setWorkspace(const Workspace* ws);

    QString fileText() const;
    QString userText() const;
    bool isReadOnlyBadgeShown() const;

private:
    QLabel* m_fileIcon;
    QLabel* m_file;
    QLabel* m_userIcon;
    QLabel* m_user;
    QWidget* m_badge;
};

} // namespace qms::gui

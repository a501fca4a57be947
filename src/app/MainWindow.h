#pragma once

#include "Navigation.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace qms {
class Workspace;
}

namespace qms::gui {

class DashboardPage;
class ClausePage;
class AuditTrailPage;
class EditorLauncher;
class RegisterView;
class SearchPopup;
class WelcomePage;
class WorkspaceStatus;

// The application window: welcome page while no database is open; otherwise a navigation sidebar
// over the pages (dashboard, clauses, the four registers, audit trail), menus, toolbar and a
// status bar naming the file, the user and the role.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // A page of the navigation. The registers are one page per record kind, in the order of
    // kindDecls(): registerPage(kind) is FirstRegister + the kind's RecordKind value; the names
    // Documents ... CorrectiveActions are those of today's kinds, for callers meaning one of them.
    enum class Page {
        Dashboard,
        Clauses,
        AuditTrail,
        FirstRegister,
        Documents = FirstRegister,
        Processes,
        Nonconformities,
        CorrectiveActions,
    };
    Q_ENUM(Page)

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (asking for the user when `user` is empty and the file has several); false
    // when cancelled or failed (a message was shown and the current database stays open).
    bool openDatabase(const QString& path, const QString& user = {}, OpenMode mode = OpenMode::ReadWrite);
    void setWorkspace(std::unique_ptr<Workspace> ws);
    // Opens the demo database, generating it on first use.
    void openDemo();
    // Closes the open database (asking editors about unsaved changes); false when cancelled.
    bool closeDatabase();
    Workspace* workspace() const { return m_ws.get(); }

    // Hook for features that live elsewhere (e.g. the audit pack export): the action goes into the
    // File menu, is enabled only while a database is open, and when `writes` also only when the
    // user may write, and (when given) while `available` says so. Listen to workspaceChanged()
    // to reach the workspace.
    void addFileAction(QAction* action, bool writes = false, std::function<bool()> available = {});

    // The pages in navigation order: dashboard, clauses, the registers, audit trail.
    static QList<Page> navigationPages();
    static Page registerPage(RecordKind kind);
    // The register a page shows, if it is one.
    static std::optional<RecordKind> registerKind(Page page);

    void showPage(Page page);
    Page currentPage() const;
    RegisterView* registerView(RecordKind kind) const;
    void openRegister(const RegisterPreset& preset);
    void openRecord(const QString& id);
    EditorLauncher* editors() const { return m_editors; }
    SearchPopup* searchPopup() const { return m_search; }
    WorkspaceStatus* workspaceStatus() const { return m_status; }
    QAction* newRecordAction() const { return m_newRecord; }
    // Why writing is not possible now; empty when it is.
    QString writeBlockedReason() const;

Q_SIGNALS:
    void workspaceChanged(qms::Workspace* ws); // null when closed

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // MainWindowActions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void updateActions();
    void updateRecentMenu();
    void newDatabase();
    void openInteractive(OpenMode mode);
    void backupCopy();
    void exportRegister();
    void verifyDatabase();
    void openRecordById();
    void showSearch();
    void about();
    void openLogFolder();

    // MainWindow.cpp
    void buildWorkspaceUi();
    void tearDownWorkspaceUi();
    void saveWindowState();
    RecordKind currentRegisterKind(bool* isRegister) const;
    void updateWindowTitle();

    std::unique_ptr<Workspace> m_ws;
    QStackedWidget* m_outer = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    ClausePage* m_clauses = nullptr;
    AuditTrailPage* m_auditTrail = nullptr;
    // By int(RecordKind). The pages hold their register once it was first shown or asked for
    // (registerView() builds it): mutable for that.
    QHash<int, QWidget*> m_registerPages;
    mutable QHash<int, RegisterView*> m_registers;
    EditorLauncher* m_editors = nullptr;
    SearchPopup* m_search = nullptr;
    WorkspaceStatus* m_status = nullptr;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_fileHookSeparator = nullptr;
    QAction* m_newDatabase = nullptr;
    QAction* m_open = nullptr;
    QAction* m_openReview = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_export = nullptr;
    QAction* m_close = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_newRecord = nullptr;
    QAction* m_openRecord = nullptr;
    QAction* m_find = nullptr;
    QAction* m_filter = nullptr;
    QAction* m_verify = nullptr;
    QList<QAction*> m_pageActions;
    struct HookAction {
        QPointer<QAction> action;
        bool writes = false;
        std::function<bool()> available;
    };
    QList<HookAction> m_hookActions;
};

} // namespace qms::gui

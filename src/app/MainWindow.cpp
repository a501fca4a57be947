#include "MainWindow.h"

#include "audit/AuditTrailPage.h"
#include "audit/TamperWatch.h"
#include "clauses/ClausePage.h"
#include "dashboard/DashboardPage.h"
#include "domain/Permissions.h"
#include "domain/kinds/KindDeclaration.h"
#include "editors/EditorLauncher.h"
#include "interchange/ImportDialog.h"
#include "map/ProcessMapPage.h"
#include "pack/PackExportFlow.h"
#include "print/PrintFlow.h"
#include "registers/RegisterView.h"
#include "reminders/ReminderFlow.h"
#include "search/SearchPopup.h"
#include "shell/AppSettings.h"
#include "shell/DatabaseOpener.h"
#include "shell/Icons.h"
#include "shell/RestoreBackupFlow.h"
#include "shell/SignatureNotice.h"
#include "shell/WelcomePage.h"
#include "shell/WorkspaceStatus.h"
#include "storage/RecordChanges.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <optional>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcWindow, "qmsdesk.gui.window")

const QString splitterKey = QStringLiteral("main");

// The pages that are not registers; the registers come from the kinds' declarations.
struct PageInfo {
    MainWindow::Page page;
    const char* icon;
    const char* label;
};

const PageInfo fixedPages[] = {
    {MainWindow::Page::Dashboard, "dashboard", QT_TRANSLATE_NOOP("qms::gui::MainWindow", "Dashboard")},
    {MainWindow::Page::Clauses, "clauses", QT_TRANSLATE_NOOP("qms::gui::MainWindow", "Clauses")},
    {MainWindow::Page::AuditTrail, "audit-trail", QT_TRANSLATE_NOOP("qms::gui::MainWindow", "Audit trail")},
};

const PageInfo& fixedPage(MainWindow::Page page) {
    for (const PageInfo& info : fixedPages)
        if (info.page == page)
            return info;
    return fixedPages[0];
}

// Calls `then` (from the event loop) once `target` has painted for the first time.
class AfterFirstPaint final : public QObject {
public:
    AfterFirstPaint(QWidget* target, std::function<void()> then)
        : QObject(target)
        , m_then(std::move(then)) {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                auto then = std::move(m_then);
                deleteLater();
                then();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    m_outer = new QStackedWidget;
    m_welcome = new WelcomePage;
    m_outer->addWidget(m_welcome);
    setCentralWidget(m_outer);
    m_status = new WorkspaceStatus;
    statusBar()->addPermanentWidget(m_status);

    createActions();
    createMenus();
    createToolBar();

    // Read-only: auditors and review sessions may export packs too.
    auto* exportPack = new QAction(tr("Export &audit pack…"), this);
    exportPack->setObjectName(QStringLiteral("exportAuditPackAction"));
    exportPack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportPack, &QAction::triggered, this, [this] {
        if (m_ws)
            PackExportFlow::run(this, *m_ws);
    });
    addFileAction(exportPack);
    PrintFlow::installActions(this);

    auto* importCsv = new QAction(icon(QStringLiteral("import")), tr("&Import CSV…"), this);
    importCsv->setObjectName(QStringLiteral("importCsvAction"));
    importCsv->setStatusTip(tr("Import records from a spreadsheet saved as CSV, with a preview first"));
    connect(importCsv, &QAction::triggered, this, [this] {
        bool isRegister = false;
        const RecordKind kind = currentRegisterKind(&isRegister);
        // What the import wrote reaches the pages through ws.changes(), as a save does.
        if (m_ws)
            ImportDialog(*m_ws, kind, this).exec();
    });
    addFileAction(importCsv, true);
    addFileAction((new RestoreBackupFlow(this))->action(), true);
    new TamperWatch(this);
    new SignatureNotice(this);

    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { openInteractive(OpenMode::ReadWrite); });
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::openRecentRequested, this,
            [this](const QString& path) { openDatabase(path); });

    AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        // First start: most of the screen, at least 1280x800 where it fits.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(avail.width(), std::max(1280, avail.width() * 3 / 4)),
               std::min(avail.height(), std::max(800, avail.height() * 3 / 4)));
    }
    restoreState(settings.windowState());
    m_welcome->setRecentFiles(settings.recentFiles());
    updateWindowTitle();
    updateActions();
}

MainWindow::~MainWindow() {
    tearDownWorkspaceUi();
}

bool MainWindow::openDatabase(const QString& path, const QString& user, OpenMode mode) {
    DatabaseOpener opener(this);
    DatabaseOpener::Request request;
    request.path = path;
    request.user = user;
    request.mode = mode;
    auto ws = opener.open(request);
    m_welcome->setRecentFiles(AppSettings().recentFiles());
    updateRecentMenu();
    if (!ws)
        return false;
    if (!closeDatabase())
        return false;
    setWorkspace(std::move(ws));
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> ws) {
    tearDownWorkspaceUi();
    m_ws = std::move(ws);
    if (m_ws)
        buildWorkspaceUi();
    m_status->setWorkspace(m_ws.get());
    m_welcome->setRecentFiles(AppSettings().recentFiles());
    updateRecentMenu();
    updateWindowTitle();
    updateActions();
    Q_EMIT workspaceChanged(m_ws.get());
    if (m_ws) {
        // Once the window has painted the opened file: the reminders read every due record. A
        // workspace closed before that takes the watcher (a child of its sidebar) with it.
        new AfterFirstPaint(m_nav->viewport(), [this] { ReminderFlow::showIfDue(*this); });
    }
}

bool MainWindow::closeDatabase() {
    if (!m_ws)
        return true;
    if (m_editors && !m_editors->closeAll())
        return false;
    setWorkspace(nullptr);
    return true;
}

void MainWindow::buildWorkspaceUi() {
    Workspace& ws = *m_ws;
    m_editors = new EditorLauncher(ws, this);
    // Pages, registers and editors follow ws.changes() themselves; the title shows the organisation.
    connect(&ws.changes(), &RecordChanges::changed, this, [this](const ChangeSet& changes) {
        if (changes.touchesOther(u"meta:organisation"))
            updateWindowTitle();
    });
    m_search = new SearchPopup(ws, this);
    connect(m_search, &SearchPopup::openRecord, this, &MainWindow::openRecord);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setMinimumWidth(160);
    m_pages = new QStackedWidget;

    m_dashboard = new DashboardPage(ws);
    m_clauses = new ClausePage(ws);
    m_auditTrail = new AuditTrailPage(ws);
    connect(m_dashboard, &DashboardPage::openRegister, this, &MainWindow::openRegister);
    connect(m_dashboard, &DashboardPage::openClauses, this, [this] { showPage(Page::Clauses); });
    connect(m_clauses, &ClausePage::openRecord, this, &MainWindow::openRecord);
    connect(m_auditTrail, &AuditTrailPage::openRecord, this, &MainWindow::openRecord);
    for (const Page p : navigationPages()) {
        const auto kind = registerKind(p);
        const QString iconName = QString::fromLatin1(kind ? kindDecl(*kind).icon : fixedPage(p).icon);
        const QString label = kind ? kindDecl(*kind).pluralLabelText() : tr(fixedPage(p).label);
        auto* item = new QListWidgetItem(icon(iconName), label, m_nav);
        item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 16));
        QWidget* page = nullptr;
        if (kind) {
            // A holder now, the register on its first visit (registerView()): opening a big
            // file reads only the register that is shown.
            auto* holder = new QWidget;
            holder->setObjectName(QStringLiteral("registerPage_") + recordKindKey(*kind));
            (new QVBoxLayout(holder))->setContentsMargins(0, 0, 0, 0);
            m_registerPages.insert(int(*kind), holder);
            page = holder;
        } else if (p == Page::Dashboard) {
            page = m_dashboard;
        } else if (p == Page::Clauses) {
            page = m_clauses;
        } else {
            page = m_auditTrail;
        }
        m_pages->addWidget(page);
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (const auto kind = registerKind(navigationPages().value(row)))
            registerView(*kind); // built before it shows
        m_pages->setCurrentIndex(row);
        updateActions();
    });
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(AppSettings().splitterState(splitterKey)))
        m_splitter->setSizes({180, 1100});
    m_outer->addWidget(m_splitter);
    m_outer->setCurrentWidget(m_splitter);
    showPage(Page::Dashboard);
    setTabOrder(m_nav, m_pages);
}

void MainWindow::tearDownWorkspaceUi() {
    if (m_splitter) {
        AppSettings().setSplitterState(splitterKey, m_splitter->saveState());
        for (RegisterView* view : std::as_const(m_registers))
            view->saveLayout();
    }
    m_outer->setCurrentWidget(m_welcome);
    // Pages and editors hold references to the workspace: delete them before it goes.
    delete m_splitter;
    m_splitter = nullptr;
    m_nav = nullptr;
    m_pages = nullptr;
    m_dashboard = nullptr;
    m_clauses = nullptr;
    m_auditTrail = nullptr;
    m_registers.clear();
    m_registerPages.clear();
    delete m_search;
    m_search = nullptr;
    delete m_editors;
    m_editors = nullptr;
}

void MainWindow::addFileAction(QAction* action, bool writes, std::function<bool()> available) {
    m_fileMenu->insertAction(m_fileHookSeparator, action);
    m_hookActions.append({action, writes, std::move(available)});
    updateActions();
}

QList<MainWindow::Page> MainWindow::navigationPages() {
    QList<Page> out{Page::Dashboard, Page::Clauses};
    for (const KindDecl* d : kindDecls())
        out << registerPage(d->kind);
    out << Page::AuditTrail;
    return out;
}

MainWindow::Page MainWindow::registerPage(RecordKind kind) {
    return Page(int(Page::FirstRegister) + int(kind));
}

std::optional<RecordKind> MainWindow::registerKind(Page page) {
    for (const KindDecl* d : kindDecls())
        if (registerPage(d->kind) == page)
            return d->kind;
    return std::nullopt;
}

void MainWindow::showPage(Page page) {
    if (!m_nav)
        return;
    m_nav->setCurrentRow(int(navigationPages().indexOf(page)));
}

MainWindow::Page MainWindow::currentPage() const {
    return m_nav && m_nav->currentRow() >= 0 ? navigationPages().value(m_nav->currentRow(), Page::Dashboard)
                                             : Page::Dashboard;
}

RegisterView* MainWindow::registerView(RecordKind kind) const {
    if (RegisterView* view = m_registers.value(int(kind)))
        return view;
    QWidget* holder = m_registerPages.value(int(kind));
    if (!holder || !m_ws)
        return nullptr;
    // Logically const: the register exists from the start for every caller, it is only built late.
    auto* self = const_cast<MainWindow*>(this);
    auto* view = new RegisterView(*m_ws, kind);
    connect(view, &RegisterView::openRecordRequested, self, &MainWindow::openRecord);
    ProcessMapPage::attachIfMapped(view, *m_ws);
    holder->layout()->addWidget(view);
    holder->setFocusProxy(view);
    m_registers.insert(int(kind), view);
    qCDebug(lcWindow) << "Built the register" << recordKindKey(kind);
    return view;
}

RecordKind MainWindow::currentRegisterKind(bool* isRegister) const {
    for (auto it = m_registerPages.constBegin(); it != m_registerPages.constEnd(); ++it) {
        if (m_pages && m_pages->currentWidget() == it.value()) {
            *isRegister = true;
            return RecordKind(it.key());
        }
    }
    *isRegister = false;
    // The import starts there outside a register: the kind listed first in search results.
    const KindDecl* first = kindDecls().front();
    for (const KindDecl* d : kindDecls())
        if (d->searchOrder < first->searchOrder)
            first = d;
    return first->kind;
}

void MainWindow::openRegister(const RegisterPreset& preset) {
    RegisterView* view = registerView(preset.kind);
    if (!view)
        return;
    showPage(registerPage(preset.kind));
    view->applyPreset(preset);
    view->setFocus();
}

void MainWindow::openRecord(const QString& id) {
    if (m_editors && !id.isEmpty())
        m_editors->openRecord(id);
}

QString MainWindow::writeBlockedReason() const {
    if (!m_ws)
        return tr("No database is open.");
    if (m_ws->user().role == Role::Auditor)
        return tr("Auditors can view everything but change nothing.");
    if (m_ws->isReadOnly())
        return tr("The database is open read-only for review.");
    if (auto s = Permissions::canWrite(m_ws->user()); !s)
        return s.error().message;
    return {};
}

void MainWindow::updateWindowTitle() {
    if (!m_ws) {
        setWindowTitle(tr("QMS Desk"));
        return;
    }
    QString org = m_ws->organisation();
    const QString file = QFileInfo(m_ws->path()).fileName();
    setWindowTitle(org.isEmpty() ? tr("%1 — QMS Desk").arg(file) : tr("%1 (%2) — QMS Desk").arg(org, file));
}

void MainWindow::saveWindowState() {
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    if (m_splitter)
        settings.setSplitterState(splitterKey, m_splitter->saveState());
    for (RegisterView* view : std::as_const(m_registers))
        view->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_editors && !m_editors->closeAll()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

} // namespace qms::gui

// MainWindow's actions, menus and toolbar, and the commands behind them.
#include "MainWindow.h"
#include "domain/kinds/KindDeclaration.h"
#include "editors/EditorLauncher.h"
#include "editors/RecordLookup.h"
#include "prefs/PreferencesFlow.h"
#include "registers/FilterBar.h"
#include "registers/RegisterView.h"
#include "reminders/ReminderFlow.h"
#include "search/SearchPopup.h"
#include "shell/AppSettings.h"
#include "shell/DatabaseOpener.h"
#include "shell/Icons.h"
#include "shell/Logging.h"
#include "shell/MessageBox.h"
#include "shell/PasswordMenu.h"
#include "shell/WelcomePage.h"
#include "storage/Workspace.h"
#include "storage/interchange/RecordExporter.h"
#include "storage/interchange/RegisterWorkbook.h"

#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace qms::gui {

void MainWindow::createActions() {
    auto make = [this](const QString& iconName, const QString& text, const QKeySequence& shortcut = {}) {
        auto* a = new QAction(iconName.isEmpty() ? QIcon() : icon(iconName), text, this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_newDatabase = make(QStringLiteral("new"), tr("&New database…"), QKeySequence(tr("Ctrl+Shift+N")));
    m_newDatabase->setStatusTip(tr("Create an empty QMS file for an organisation"));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    m_open = make(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open);
    m_open->setStatusTip(tr("Open a QMS Desk database"));
    connect(m_open, &QAction::triggered, this, [this] { openInteractive(OpenMode::ReadWrite); });
    m_openReview = make(QStringLiteral("lock"), tr("Open for &review…"), QKeySequence(tr("Ctrl+Shift+O")));
    m_openReview->setStatusTip(tr("Open a database read-only: nothing can be changed"));
    connect(m_openReview, &QAction::triggered, this, [this] { openInteractive(OpenMode::ReadOnly); });
    m_backup = make(QStringLiteral("backup"), tr("&Backup copy…"));
    m_backup->setStatusTip(tr("Write a consistent copy of the open database"));
    connect(m_backup, &QAction::triggered, this, &MainWindow::backupCopy);
    m_export = make(QStringLiteral("export"), tr("&Export register…"));
    m_export->setStatusTip(tr("Write the current register as CSV, Excel workbook or JSON"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportRegister);
    m_close = make(QStringLiteral("close"), tr("&Close database"), QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, [this] { closeDatabase(); });
    m_quit = make({}, tr("&Quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_newRecord = make(QStringLiteral("add"), tr("&New record"), QKeySequence::New);
    connect(m_newRecord, &QAction::triggered, this, [this] {
        bool isRegister = false;
        const RecordKind kind = currentRegisterKind(&isRegister);
        if (m_editors && isRegister)
            m_editors->createRecord(kind);
    });
    m_openRecord = make(QStringLiteral("edit"), tr("&Open record by ID…"), QKeySequence(tr("Ctrl+G")));
    connect(m_openRecord, &QAction::triggered, this, &MainWindow::openRecordById);
    m_find = make(QStringLiteral("search"), tr("&Search all records…"), QKeySequence(tr("Ctrl+K")));
    m_find->setToolTip(tr("Search all records (Ctrl+K)"));
    connect(m_find, &QAction::triggered, this, &MainWindow::showSearch);
    m_filter = make(QStringLiteral("filter"), tr("&Filter this register"), QKeySequence::Find);
    connect(m_filter, &QAction::triggered, this, [this] {
        bool isRegister = false;
        const RecordKind kind = currentRegisterKind(&isRegister);
        if (isRegister) {
            registerView(kind)->showTable(); // the filter applies to the table, not to the process map
            registerView(kind)->filterBar()->searchEdit()->setFocus();
            registerView(kind)->filterBar()->searchEdit()->selectAll();
        }
    });
    m_verify = make(QStringLiteral("verify"), tr("&Verify integrity"));
    m_verify->setStatusTip(tr("Check the file, the audit trail's hash chain and every record against it"));
    connect(m_verify, &QAction::triggered, this, &MainWindow::verifyDatabase);

    auto* pageGroup = new QActionGroup(this);
    int n = 1;
    for (const Page page : navigationPages()) {
        QString iconName, text;
        if (const auto kind = registerKind(page)) {
            const KindDecl& decl = kindDecl(*kind);
            iconName = QString::fromLatin1(decl.icon);
            text = KindDecl::worded("qms::gui::MainWindow", decl.wording.viewMenu, decl.pluralLabelText());
        } else {
            static const struct {
                Page page;
                const char* icon;
                const char* name;
            } fixed[] = {{Page::Dashboard, "dashboard", QT_TR_NOOP("&Dashboard")},
                         {Page::Clauses, "clauses", QT_TR_NOOP("&Clauses")},
                         {Page::AuditTrail, "audit-trail", QT_TR_NOOP("A&udit trail")}};
            for (const auto& f : fixed)
                if (f.page == page) {
                    iconName = QString::fromLatin1(f.icon);
                    text = tr(f.name);
                }
        }
        QAction* a = make(iconName, text, QKeySequence(tr("Ctrl+%1").arg(n++)));
        a->setCheckable(true);
        a->setData(int(page));
        pageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions << a;
    }
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_openReview);
    m_recentMenu = m_fileMenu->addMenu(icon(QStringLiteral("history")), tr("Open &recent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backup);
    m_fileMenu->addAction(m_export);
    m_fileHookSeparator = m_fileMenu->addSeparator(); // addFileAction() inserts above this
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);
    updateRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_newRecord);
    edit->addAction(m_openRecord);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_filter);
    edit->addSeparator();
    edit->addAction(PreferencesFlow::createAction(*this));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* a : std::as_const(m_pageActions))
        view->addAction(a);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_verify);
    tools->addAction(ReminderFlow::createAction(*this));
    new PasswordMenu(tools, this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icon(QStringLiteral("log")), tr("Open &log folder"), this, &MainWindow::openLogFolder);
    QAction* aboutAction =
        help->addAction(icon(QStringLiteral("info")), tr("&About QMS Desk"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newRecord);
    m_toolBar->addAction(m_open);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_find);
    m_toolBar->addAction(m_verify);
}

namespace {

// "Documents, Processes, ...": the registers, in navigation order.
QString registerNames() {
    QStringList names;
    for (const KindDecl* d : kindDecls())
        names << d->pluralLabelText();
    return names.join(QStringLiteral(", "));
}

} // namespace

void MainWindow::updateActions() {
    const bool open = m_ws != nullptr;
    const QString blocked = writeBlockedReason();
    bool isRegister = false;
    const RecordKind kind = currentRegisterKind(&isRegister);
    for (QAction* a : {m_backup, m_close, m_openRecord, m_find, m_verify})
        a->setEnabled(open);
    m_export->setEnabled(open && isRegister);
    m_export->setText(isRegister ? tr("&Export %1…").arg(inSentence(recordKindPluralLabel(kind)))
                                 : tr("&Export register…"));
    m_filter->setEnabled(open && isRegister);
    m_newRecord->setEnabled(open && isRegister && blocked.isEmpty());
    m_newRecord->setText(isRegister ? tr("&New %1").arg(inSentence(recordKindLabel(kind)))
                                    : tr("&New record"));
    if (!open)
        m_newRecord->setToolTip(tr("Open a database first"));
    else if (!isRegister)
        m_newRecord->setToolTip(tr("Choose a register (%1) first").arg(registerNames()));
    else if (!blocked.isEmpty())
        m_newRecord->setToolTip(tr("Cannot create records: %1").arg(blocked));
    else
        m_newRecord->setToolTip(tr("New %1 (%2)")
                                    .arg(inSentence(recordKindLabel(kind)),
                                         m_newRecord->shortcut().toString(QKeySequence::NativeText)));
    for (QAction* a : std::as_const(m_pageActions)) {
        a->setEnabled(open);
        a->setChecked(open && Page(a->data().toInt()) == currentPage());
    }
    for (const auto& [action, writes, available] : std::as_const(m_hookActions)) {
        if (!action)
            continue;
        action->setEnabled(open && (!writes || blocked.isEmpty()) && (!available || available()));
        if (writes && open && !blocked.isEmpty())
            action->setToolTip(blocked);
    }
    m_toolBar->setVisible(open);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = AppSettings().recentFiles();
    for (const QString& path : files) {
        QAction* a =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDatabase(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            AppSettings().clearRecentFiles();
            updateRecentMenu();
            m_welcome->setRecentFiles({});
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newDatabase() {
    DatabaseOpener opener(this);
    auto ws = opener.createInteractive();
    if (!ws || !closeDatabase())
        return;
    setWorkspace(std::move(ws));
}

void MainWindow::openInteractive(OpenMode mode) {
    const QString dir =
        AppSettings().lastDirectory().isEmpty() ? QDir::homePath() : AppSettings().lastDirectory();
    const QString path = QFileDialog::getOpenFileName(
        this, mode == OpenMode::ReadOnly ? tr("Open for review (read-only)") : tr("Open QMS database"), dir,
        tr("QMS Desk databases (*.qms);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, {}, mode);
}

void MainWindow::openDemo() {
    DatabaseOpener opener(this);
    auto ws = opener.openDemo();
    if (!ws || !closeDatabase())
        return;
    setWorkspace(std::move(ws));
}

void MainWindow::backupCopy() {
    if (!m_ws)
        return;
    const QFileInfo fi(m_ws->path());
    const QString suggested = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() +
                              QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) +
                              QStringLiteral(".qms");
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Backup copy"), suggested, tr("QMS Desk databases (*.qms)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == fi.absoluteFilePath()) {
        MessageBox::warning(this, tr("Backup copy"), tr("Choose another file than the open database."));
        return;
    }
    // VACUUM INTO refuses an existing target; the save dialog has already asked about replacing it.
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        MessageBox::critical(this, tr("Backup copy"), tr("%1 could not be replaced.").arg(target));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_ws->database().backupTo(target);
    QGuiApplication::restoreOverrideCursor();
    if (!s)
        MessageBox::critical(this, tr("Backup copy"),
                             tr("The copy could not be written.\n\n%1").arg(s.error().describe()));
    else
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::exportRegister() {
    bool isRegister = false;
    const RecordKind kind = currentRegisterKind(&isRegister);
    if (!m_ws || !isRegister)
        return;
    const QString base =
        AppSettings().lastDirectory().isEmpty() ? QDir::homePath() : AppSettings().lastDirectory();
    QString selectedFilter;
    const QString csvFilter = tr("CSV, opens in spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QString xlsxFilter = tr("Excel workbook: typed columns, filters (*.xlsx)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(recordKindPluralLabel(kind)),
        base + QLatin1Char('/') + recordKindKey(kind) + QStringLiteral(".csv"),
        csvFilter + QStringLiteral(";;") + xlsxFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ||
                      (selectedFilter == xlsxFilter && QFileInfo(path).suffix().isEmpty());
    if (xlsx) {
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
        RegisterWorkbook::Options options;
        options.kinds = {kind};
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = RegisterWorkbook(*m_ws).write(path, options);
        QGuiApplication::restoreOverrideCursor();
        if (!s) {
            MessageBox::critical(this, tr("Export"), s.error().describe());
            return;
        }
        AppSettings().setLastDirectory(QFileInfo(path).absolutePath());
        statusBar()->showMessage(
            tr("%1 exported to %2").arg(recordKindPluralLabel(kind), QDir::toNativeSeparators(path)), 8000);
        return;
    }
    const bool json =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
        (selectedFilter == jsonFilter && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
    if (QFileInfo(path).suffix().isEmpty())
        path += json ? QStringLiteral(".json") : QStringLiteral(".csv");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        MessageBox::critical(this, tr("Export"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    RecordExporter exporter(*m_ws);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status s = json ? exporter.writeJson(kind, &file) : exporter.writeCsv(kind, &file);
    QGuiApplication::restoreOverrideCursor();
    if (s && !file.commit())
        s = makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(path, file.errorString()));
    if (!s) {
        MessageBox::critical(this, tr("Export"), s.error().describe());
        return;
    }
    AppSettings().setLastDirectory(QFileInfo(path).absolutePath());
    statusBar()->showMessage(
        tr("%1 exported to %2").arg(recordKindPluralLabel(kind), QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::verifyDatabase() {
    if (!m_ws)
        return;
    QProgressDialog progress(tr("Verifying the database and its audit trail…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto report = m_ws->verify([&progress](qint64) {
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!report) {
        if (report.error().code != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Verify integrity"), report.error().describe());
        return;
    }
    if (report->ok())
        MessageBox::information(this, tr("Verify integrity"), report->summary());
    else
        MessageBox::critical(this, tr("Verify integrity"), report->summary());
}

void MainWindow::openRecordById() {
    if (!m_ws)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Open record"), tr("Record ID (e.g. NC-0042):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    // An unknown id is named instead of opening an empty editor.
    const auto id = resolveRecordId(*m_ws, text);
    if (!id) {
        MessageBox::warning(this, tr("Open record"), id.error().message);
        return;
    }
    openRecord(*id);
}

void MainWindow::showSearch() {
    if (m_search)
        m_search->popup(this);
}

void MainWindow::about() {
    MessageBox::information(
        this, tr("About QMS Desk"),
        tr("QMS Desk %1\n\nA desktop quality management system for ISO 9001: documents, "
           "processes, nonconformities and corrective actions with a tamper-evident audit "
           "trail.\n\nQt %2")
            .arg(QStringLiteral(QMSDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::openLogFolder() {
    const QString folder = logFolder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        MessageBox::information(this, tr("Log folder"),
                                tr("The log files are in %1").arg(QDir::toNativeSeparators(folder)));
}

} // namespace qms::gui

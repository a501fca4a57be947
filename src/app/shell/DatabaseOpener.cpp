#include "DatabaseOpener.h"

#include "AppSettings.h"
#include "MessageBox.h"
#include "NewDatabaseDialog.h"
#include "UserPickerDialog.h"
#include "prefs/AutoBackupFlow.h"
#include "storage/DemoData.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <optional>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcOpen, "qmsdesk.gui.open")

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::DatabaseOpener)
};

// Long operations (demo generation, migrations) show a busy cursor.
struct BusyCursor {
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
};

} // namespace

QString DatabaseOpener::demoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.qms");
}

QString DatabaseOpener::openErrorText(const QString& path, const Error& error) {
    // Storage names the file and says what is wrong with it (and that it was left untouched);
    // only add the file name where its message does not carry it.
    const QString name = QFileInfo(path).fileName();
    const QString text = error.describe();
    if (text.contains(name))
        return text;
    return Tr::tr("%1 could not be opened.").arg(name) + QStringLiteral("\n\n") + text;
}

void DatabaseOpener::showOpenError(const QString& path, const Error& error) {
    qCWarning(lcOpen).noquote() << "Cannot open" << path << ":" << error.describe();
    MessageBox::critical(m_parent, Tr::tr("Cannot open database"), openErrorText(path, error),
                         QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

std::unique_ptr<Workspace> DatabaseOpener::open(const Request& request) {
    AppSettings settings;
    QString user = request.user;
    OpenMode mode = request.mode;
    if (!QFileInfo::exists(request.path)) {
        showOpenError(request.path, makeError(ErrorCode::Io, Tr::tr("No file at %1.").arg(request.path)));
        settings.removeRecentFile(request.path);
        return nullptr;
    }
    // A read-only look first: lists the users without writing (or migrating) anything.
    QList<User> users;
    {
        auto list = Workspace::peekUsers(request.path);
        if (!list) {
            showOpenError(request.path, list.error());
            return nullptr;
        }
        for (const User& u : *list)
            if (u.active)
                users << u;
    }
    const QString last = settings.lastUser(request.path);
    bool ask = user.isEmpty() && users.size() > 1 && request.askUser;
    if (user.isEmpty() && !ask) {
        for (const User& u : users)
            if (u.name.compare(last, Qt::CaseInsensitive) == 0)
                user = u.name;
        if (user.isEmpty() && !users.isEmpty())
            user = users.first().name;
    }
    for (const User& u : users)
        if (u.hasPassword && u.name.compare(user, Qt::CaseInsensitive) == 0)
            ask = true; // the password is typed in the picker
    std::unique_ptr<Workspace> ws;
    std::optional<UserPickerDialog> picker;
    if (ask)
        picker.emplace(request.path, users, user.isEmpty() ? last : user, mode == OpenMode::ReadOnly,
                       m_parent);
    for (;;) {
        Workspace::OpenOptions options;
        options.userName = user;
        options.mode = mode;
        if (picker) {
            if (picker->exec() != QDialog::Accepted)
                return nullptr;
            options.userName = picker->userName();
            options.mode = picker->readOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite;
            if (!picker->password().isEmpty())
                options.password = picker->password();
        }
        BusyCursor busy; // a password check takes about a second, on purpose
        auto opened = Workspace::open(request.path, options);
        if (!opened && picker && opened.error().code == ErrorCode::Unauthenticated) {
            picker->setProblem(opened.error().message);
            continue;
        }
        if (!opened) {
            showOpenError(request.path, opened.error());
            return nullptr;
        }
        ws = std::move(opened).value();
        break;
    }
    settings.setLastUser(request.path, ws->user().name);
    settings.addRecentFile(request.path);
    settings.setLastDirectory(QFileInfo(request.path).absolutePath());
    qCInfo(lcOpen).noquote() << "Opened" << request.path << "as" << ws->user().name
                             << (ws->isReadOnly() ? "(read-only)" : "");
    AutoBackupFlow::runIfEnabled(*ws, m_parent);
    return ws;
}

std::unique_ptr<Workspace> DatabaseOpener::createInteractive() {
    NewDatabaseDialog dialog(m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const QString path = dialog.filePath();
    auto created = Workspace::create(path, dialog.options());
    if (!created) {
        MessageBox::critical(m_parent, Tr::tr("Cannot create database"),
                             Tr::tr("%1 could not be created.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), created.error().describe()));
        return nullptr;
    }
    AppSettings settings;
    settings.addRecentFile(path);
    settings.setLastUser(path, dialog.options().adminName);
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    return std::move(created).value();
}

std::unique_ptr<Workspace> DatabaseOpener::openDemo() {
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        BusyCursor busy;
        // A simulated clock gives the demo ~15 months of believable history.
        auto created = DemoData::createWorkspace(path, Workspace::CreateOptions{});
        Status status = created ? Status() : Status(created.error());
        if (!status) {
            created = Error{};
            QFile::remove(path); // a half-filled demo would be confusing next time
            MessageBox::critical(
                m_parent, Tr::tr("Cannot create the demo database"),
                Tr::tr("The demo database could not be created.\n\n%1").arg(status.error().describe()));
            return nullptr;
        }
    }
    Request request;
    request.path = path;
    request.askUser = false;
    // The demo opens as its quality manager unless someone else was chosen for it before.
    const QString last = AppSettings().lastUser(path);
    request.user = last; // empty: the first quality manager
    return open(request);
}

} // namespace qms::gui

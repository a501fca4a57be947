#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QString>
#include <memory>

class QWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

// The dialog side of opening and creating QMS files: choose who is working, show a clear message
// for a file that cannot be opened (the storage layer guarantees the file is left untouched),
// remember recent files and the last user per file.
class DatabaseOpener final {
public:
    explicit DatabaseOpener(QWidget* parent)
        : m_parent(parent) {}

    struct Request {
        QString path;
        QString user; // empty: ask (or the only user / the last one when not interactive)
        OpenMode mode = OpenMode::ReadWrite;
        bool askUser = true; // show the user picker when the file has several users
    };
    // Null when cancelled or failed (the failure has been shown).
    std::unique_ptr<Workspace> open(const Request& request);
    // Creates through the "New database" dialog; null when cancelled or failed.
    std::unique_ptr<Workspace> createInteractive();
    // Opens AppDataLocation/demo.qms, generating it first when missing.
    std::unique_ptr<Workspace> openDemo();

    static QString demoPath();
    // The text shown for a file that cannot be opened.
    static QString openErrorText(const QString& path, const Error& error);

private:
    void showOpenError(const QString& path, const Error& error);

    QWidget* m_parent;
};

} // namespace qms::gui

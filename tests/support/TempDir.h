#pragma once

// A temporary folder for one test, removed with everything in it when the object goes away.
//
//   qms::test::TempDir dir;
//   const QString db = dir.filePath("qms.sqlite");
//   dir.writeFile("in/records.csv", "title\n...");

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <stdexcept>

namespace qms::test {

class TempDir {
public:
    TempDir()
        : m_dir(QDir::tempPath() + QStringLiteral("/qmsdesk-test-XXXXXX")) {
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary folder: " +
                                     m_dir.errorString().toStdString());
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    QString path() const { return m_dir.path(); }
    // Absolute path of `relative` inside the folder; creates missing parent folders, not the file.
    QString filePath(const QString& relative) const {
        const QString p = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(p).absolutePath());
        return p;
    }
    // Creates a sub-folder (and parents) and returns its absolute path.
    QString mkdir(const QString& relative) const {
        const QString p = m_dir.filePath(relative);
        QDir().mkpath(p);
        return p;
    }
    // Writes `bytes` to `relative` (replacing it) and returns the absolute path, or an empty
    // string when the file could not be written.
    QString writeFile(const QString& relative, const QByteArray& bytes) const {
        const QString p = filePath(relative);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return p;
    }
    QByteArray readFile(const QString& relative) const {
        QFile f(m_dir.filePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool exists(const QString& relative) const { return QFileInfo::exists(m_dir.filePath(relative)); }
    // Keep the folder after the test, e.g. to inspect a failing database.
    void keep() { m_dir.setAutoRemove(false); }

private:
    QTemporaryDir m_dir;
};

} // namespace qms::test

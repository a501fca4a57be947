#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace qms::gui {

// Every persisted GUI setting behind a typed accessor; the QSettings keys live in one table in
// AppSettings.cpp, never as string literals scattered through the widgets.
class AppSettings final {
public:
    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& v);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& v);
    QByteArray splitterState(const QString& splitter) const;
    void setSplitterState(const QString& splitter, const QByteArray& v);
    QByteArray registerHeaderState(RecordKind kind) const;
    void setRegisterHeaderState(RecordKind kind, const QByteArray& v);

    static constexpr int MaxRecentFiles = 8;
    QStringList recentFiles() const; // most recent first, existing files only
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    QString lastUser(const QString& databasePath) const;
    void setLastUser(const QString& databasePath, const QString& user);
    QString lastDirectory() const;
    void setLastDirectory(const QString& dir);

private:
    enum class Key {
        WindowGeometry,
        WindowState,
        Splitter,
        RegisterHeader,
        RecentFiles,
        LastUser,
        LastDirectory
    };
    static QString keyName(Key key, const QString& sub = {});

    mutable QSettings m_settings;
};

} // namespace qms::gui

#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
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

    // Process map boxes placed by hand in one database: process id -> top-left corner.
    QHash<QString, QPointF> processMapPositions(const QString& databasePath) const;
    void setProcessMapPositions(const QString& databasePath, const QHash<QString, QPointF>& positions);

private:
    enum class Key {
        WindowGeometry,
        WindowState,
        Splitter,
        RegisterHeader,
        RecentFiles,
        LastUser,
        LastDirectory,
        ProcessMapPositions
    };
    static QString keyName(Key key, const QString& sub = {});

    mutable QSettings m_settings;
};

} // namespace qms::gui

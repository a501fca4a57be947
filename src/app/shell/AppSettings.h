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
    // Preferences (Edit -> Preferences). The language is read once at start-up: "" follows the
    // system, otherwise "en" or "de".
    QString language() const;
    void setLanguage(const QString& code);
    static constexpr int DefaultReviewIntervalMonths = 12;
    int defaultReviewIntervalMonths() const; // for new documents, 1..120
    void setDefaultReviewIntervalMonths(int months);
    static constexpr int DefaultReminderHorizonDays = 30;
    int reminderHorizonDays() const; // "due soon" means within this many days, 0..365
    void setReminderHorizonDays(int days);
    bool showRemindersAtOpen() const;
    void setShowRemindersAtOpen(bool show);
    bool autoBackupOnOpen() const;
    void setAutoBackupOnOpen(bool on);
    static constexpr int DefaultAutoBackupKeep = 10;
    int autoBackupKeep() const; // 1..100
    void setAutoBackupKeep(int count);
    QString autoBackupFolder() const; // empty: a "backups" folder next to each database
    void setAutoBackupFolder(const QString& folder);

private:
    enum class Key {
        WindowGeometry,
        WindowState,
        Splitter,
        RegisterHeader,
        RecentFiles,
        LastUser,
        LastDirectory,
        ProcessMapPositions,
        Language,
        DefaultReviewInterval,
        ReminderHorizon,
        RemindersAtOpen,
        AutoBackupOnOpen,
        AutoBackupKeep,
        AutoBackupFolder
    };
    static QString keyName(Key key, const QString& sub = {});

    mutable QSettings m_settings;
};

} // namespace qms::gui

#include "AutoBackup.h"

#include "AuditTrail.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AutoBackup)
};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QRegularExpression backupPattern(const QString& databasePath) {
    return QRegularExpression(
        QStringLiteral("^%1-\\d{8}-\\d{6}\\.qms$")
            .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
}

} // namespace

QString AutoBackup::defaultFolder(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString AutoBackup::fileName(const QString& databasePath, const QDateTime& localTime) {
    return QStringLiteral("%1-%2.qms")
        .arg(QFileInfo(databasePath).completeBaseName(),
             localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QStringList AutoBackup::backupsIn(const QString& folder, const QString& databasePath) {
    const QRegularExpression pattern = backupPattern(databasePath);
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files))
        if (pattern.match(name).hasMatch())
            out << dir.filePath(name);
    // The timestamp sorts as text; newest first.
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

Status AutoBackup::check(Database& source, const QString& copyPath) {
    auto copy = Database::open(copyPath, OpenMode::ReadOnly);
    if (!copy)
        return makeError(ErrorCode::Io, Tr::tr("The backup %1 was written but cannot be opened: %2")
                                            .arg(native(copyPath), copy.error().describe()));
    auto problems = (*copy)->integrityCheck();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return makeError(
            ErrorCode::Io,
            Tr::tr("The backup %1 fails SQLite's integrity check: %2").arg(native(copyPath), problems->first()));
    // The copy's audit trail must end at an entry the original holds with the same hash (the
    // original may have grown since, if another process wrote meanwhile).
    auto head = AuditTrail((**copy)).head();
    if (!head)
        return head.error();
    if (head->seq == 0)
        return {};
    QSqlQuery q(source.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(head->seq);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Comparing the backup with %1").arg(native(source.path())));
    if (!q.next() || q.value(0).toString() != head->hash)
        return makeError(ErrorCode::Io,
                         Tr::tr("The backup %1 does not match the database: its audit trail entry %2 differs")
                             .arg(native(copyPath))
                             .arg(head->seq));
    return {};
}

Result<AutoBackup::Outcome> AutoBackup::run(Database& db, const Options& options, const QDateTime& nowUtc) {
    const QString folder = options.folder.isEmpty() ? defaultFolder(db.path()) : options.folder;
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        return makeError(ErrorCode::Io, Tr::tr("Cannot create the backup folder %1.").arg(native(folder)));
    Outcome outcome;
    outcome.written = QDir(folder).filePath(fileName(db.path(), nowUtc.toLocalTime()));
    // Opened twice within a second: that second's copy is already there.
    const QFileInfo existing(outcome.written);
    if (existing.exists() && !existing.isFile())
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write the backup %1: something else has that name.").arg(native(outcome.written)));
    if (!existing.exists()) {
        if (auto s = db.backupTo(outcome.written); !s)
            return s.error();
        if (auto s = check(db, outcome.written); !s) {
            QFile::remove(outcome.written);
            return s.error();
        }
    }
    const QStringList backups = backupsIn(folder, db.path());
    for (qsizetype i = std::max(1, options.keep); i < backups.size(); ++i) {
        const QString& old = backups.at(i);
        if (!QFile::remove(old))
            return makeError(ErrorCode::Io,
                             Tr::tr("The backup %1 was written, but the old backup %2 could not be deleted.")
                                 .arg(native(outcome.written), native(old)));
        QFile::remove(old + QStringLiteral("-wal"));
        QFile::remove(old + QStringLiteral("-shm"));
        outcome.pruned << old;
    }
    return outcome;
}

} // namespace qms

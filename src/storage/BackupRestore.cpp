#include "BackupRestore.h"

#include "Database.h"
#include "Workspace.h"
#include "domain/Permissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::BackupRestore)
};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

void removeWithSidecars(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// What the verification found, one line each, for the refusal message.
QString reasons(const VerifyReport& report) {
    QStringList lines;
    for (const QString& p : report.integrityProblems)
        lines << p;
    for (const AuditProblem& p : report.problems)
        lines << p.message;
    const int shown = 20;
    QString text = QStringList(lines.mid(0, shown)).join(QLatin1Char('\n'));
    if (lines.size() > shown)
        text += QLatin1Char('\n') + Tr::tr("... and %1 more").arg(lines.size() - shown);
    return text;
}

// Checkpoints the target's WAL into the file and leaves WAL mode, which SQLite only allows with no
// other connection open: so no one else is working in the file while it is replaced.
Status takeOver(const QString& target, const QString& userName) {
    auto ws = Workspace::open(target, userName, OpenMode::ReadWrite);
    if (!ws)
        return ws.error();
    if (auto s = Permissions::canManageUsers((*ws)->user()); !s)
        return makeError(ErrorCode::Forbidden,
                         Tr::tr("Only a quality manager can restore a backup over %1.").arg(native(target)));
    QSqlQuery q((*ws)->database().connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlError(q.lastError(), Tr::tr("Preparing %1 for the restore").arg(native(target)));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Locked,
                         Tr::tr("%1 is open in another window or program; close it there and restore again.")
                             .arg(native(target)));
    return {};
}

} // namespace

QString BackupRestore::keptName(const QString& target, const QDateTime& nowUtc) {
    const QFileInfo info(target);
    QString base = info.fileName();
    if (base.endsWith(QLatin1String(".qms"), Qt::CaseInsensitive))
        base.chop(4);
    return info.absoluteDir().filePath(
        QStringLiteral("%1.before-restore-%2.qms")
            .arg(base, nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

Result<RestoreOutcome> BackupRestore::restore(const QString& backup, const QString& target,
                                              const QString& userName, const QDateTime& nowUtc) {
    const QFileInfo backupInfo(backup), targetInfo(target);
    if (!backupInfo.isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("No such backup file: %1").arg(native(backup)));
    if (!targetInfo.isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("No such database: %1").arg(native(target)));
    if (backupInfo.canonicalFilePath() == targetInfo.canonicalFilePath())
        return makeError(ErrorCode::Invalid, Tr::tr("A database cannot be restored from itself."));
    RestoreOutcome outcome;
    outcome.keptAs = keptName(target, nowUtc);
    if (QFileInfo::exists(outcome.keptAs))
        return makeError(ErrorCode::Duplicate,
                         Tr::tr("%1 exists already; try again in a second.").arg(native(outcome.keptAs)));

    // The check of the role comes first: a refused user learns nothing about the backup.
    {
        auto ws = Workspace::open(target, userName, OpenMode::ReadWrite);
        if (!ws)
            return ws.error();
        if (auto s = Permissions::canManageUsers((*ws)->user()); !s)
            return makeError(ErrorCode::Forbidden,
                             Tr::tr("Only a quality manager can restore a backup over %1.").arg(native(target)));
    }

    // The copy that will become the database is the one verified, so the backup itself is never
    // modified (an older schema is migrated in the copy) and no bytes change between check and use.
    const QString staging = targetInfo.absoluteFilePath() + QStringLiteral(".restoring");
    removeWithSidecars(staging);
    if (!QFile::copy(backupInfo.absoluteFilePath(), staging)) {
        removeWithSidecars(staging);
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot copy %1 next to %2 (is the disk full?)").arg(native(backup), native(target)));
    }
    {
        auto copy = Workspace::open(staging, {}, OpenMode::ReadWrite);
        if (!copy) {
            removeWithSidecars(staging);
            Error e = copy.error();
            e.message = Tr::tr("The backup %1 cannot be used: %2").arg(native(backup), e.message);
            return e;
        }
        auto report = (*copy)->verify({}, Workspace::VerifyDepth::Deep);
        if (!report) {
            copy->reset();
            removeWithSidecars(staging);
            return report.error();
        }
        if (!report->ok()) {
            copy->reset();
            removeWithSidecars(staging);
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The backup %1 does not verify, so nothing was restored:\n%2")
                                 .arg(native(backup), reasons(*report)));
        }
        outcome.report = *report;
    }
    if (QFileInfo::exists(staging + QStringLiteral("-wal"))) {
        removeWithSidecars(staging);
        return makeError(ErrorCode::Io,
                         Tr::tr("The checked copy of %1 could not be closed cleanly.").arg(native(backup)));
    }

    if (auto s = takeOver(target, userName); !s) {
        removeWithSidecars(staging);
        return s.error();
    }
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(targetInfo.absoluteFilePath() + QLatin1String(suffix));
    if (!QFile::rename(targetInfo.absoluteFilePath(), outcome.keptAs)) {
        removeWithSidecars(staging);
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot rename %1 to %2; nothing was restored.").arg(native(target), native(outcome.keptAs)));
    }
    // rename() replaces atomically: the path holds either the old or the restored file.
    if (!QFile::rename(staging, targetInfo.absoluteFilePath())) {
        QFile::rename(outcome.keptAs, targetInfo.absoluteFilePath());
        removeWithSidecars(staging);
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot move the restored copy into place; %1 is unchanged.").arg(native(target)));
    }

    // The restore itself goes into the restored file's audit trail.
    auto ws = Workspace::open(targetInfo.absoluteFilePath(), userName, OpenMode::ReadWrite);
    if (!ws) {
        outcome.note =
            Tr::tr("The restore could not be recorded in the audit trail: %1").arg(ws.error().describe());
        return outcome;
    }
    const Status s = (*ws)->database().write([&]() -> Status {
        return (*ws)->appendAudit({{0,
                                    {},
                                    {},
                                    QStringLiteral("meta:restore"),
                                    QStringLiteral("restore"),
                                    QStringLiteral("from"),
                                    {},
                                    backupInfo.absoluteFilePath(),
                                    Tr::tr("restored from backup; the replaced file is kept as %1")
                                        .arg(QFileInfo(outcome.keptAs).fileName()),
                                    {},
                                    {}}});
    });
    if (!s)
        outcome.note =
            Tr::tr("The restore could not be recorded in the audit trail: %1").arg(s.error().describe());
    return outcome;
}

} // namespace qms

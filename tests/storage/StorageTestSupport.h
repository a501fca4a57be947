#pragma once

// Shared helpers of the storage tests: a workspace on a real file in a temp folder with a fixed
// clock, sample records that pass validation, a raw SQLite connection for tampering behind the
// application's back, and file snapshots to prove a file was left untouched.

#include "domain/PasswordHash.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

namespace qms::test {

inline std::string describe(const Error& e) {
    return e.describe().toStdString();
}
template <typename T> std::string describe(const Result<T>& r) {
    return r.ok() ? std::string("ok") : describe(r.error());
}

// REQUIRE that a Result/Status is ok, printing the error otherwise.
#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& requireOk_ = (expr);                                                                     \
        INFO(#expr << ": " << ::qms::test::describe(requireOk_));                                            \
        REQUIRE(requireOk_.ok());                                                                            \
    } while (false)

// REQUIRE that it failed with `code`, printing what happened otherwise.
#define REQUIRE_ERROR(expr, expectedCode)                                                                    \
    do {                                                                                                     \
        const auto& requireErr_ = (expr);                                                                    \
        INFO(#expr << ": " << ::qms::test::describe(requireErr_));                                           \
        REQUIRE_FALSE(requireErr_.ok());                                                                     \
        REQUIRE(requireErr_.error().code == (expectedCode));                                                 \
    } while (false)

inline QDateTime testNow() {
    return QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
}

inline bool hasField(const Error& e, const QString& field) {
    for (const FieldError& f : e.fields)
        if (f.field == field)
            return true;
    return false;
}

// A QMS file in a temp folder, created by quality manager "qm" with a fixed clock.
// PBKDF2 at its production count takes about a second; the tests need many hashes.
struct FastHashes {
    FastHashes() { PasswordHash::setNewHashIterationsForTesting(2000); }
    ~FastHashes() { PasswordHash::setNewHashIterationsForTesting(PasswordHash::DefaultIterations); }
};

struct Fixture {
    TempDir dir;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(testNow());
    QString path = dir.filePath(QStringLiteral("test.qms"));
    std::unique_ptr<Workspace> ws;

    Fixture() {
        auto created = Workspace::create(
            path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn Manager")}, clock);
        REQUIRE_OK(created);
        ws = std::move(created).value();
    }

    Workspace& w() { return *ws; }

    void addUser(const QString& name, Role role, const QString& display = {}) {
        REQUIRE_OK(ws->users().add(User{name, display.isEmpty() ? name : display, role, true, false}));
    }

    std::unique_ptr<Workspace> openAs(const QString& user, OpenMode mode = OpenMode::ReadWrite) {
        auto opened = Workspace::open(path, user, mode, clock);
        REQUIRE_OK(opened);
        return std::move(opened).value();
    }

    // Closes the workspace so that SQLite checkpoints and removes the WAL.
    void close() { ws.reset(); }
};

inline Nonconformity sampleNc(const Workspace& ws, const QString& title = QStringLiteral("Scratched housing"),
                              const QString& responsible = QStringLiteral("qm")) {
    Nonconformity nc;
    nc.title = title;
    nc.description = QStringLiteral("Scratches on the front panel of lot 42");
    nc.detectedOn = ws.clock().today().addDays(-3);
    nc.reportedBy = QStringLiteral("qm");
    nc.responsible = responsible;
    nc.severity = Severity::Minor;
    return nc;
}

inline CorrectiveAction sampleCa(const Workspace& ws, const QStringList& ncs = {},
                                 const QString& title = QStringLiteral("Replace worn fixture"),
                                 const QString& owner = QStringLiteral("qm")) {
    CorrectiveAction ca;
    ca.title = title;
    ca.description = QStringLiteral("The fixture scratches housings");
    ca.owner = owner;
    ca.dueDate = ws.clock().today().addDays(14);
    ca.nonconformities = ncs;
    return ca;
}

inline Document sampleDoc(const QString& title = QStringLiteral("Control of documented information"),
                          const QString& owner = QStringLiteral("qm")) {
    Document d;
    d.title = title;
    d.owner = owner;
    d.revision = QStringLiteral("A");
    d.description = QStringLiteral("How documents are approved and released");
    return d;
}

inline Process sampleProcess(const QString& name = QStringLiteral("Production"),
                             const QString& owner = QStringLiteral("qm")) {
    Process p;
    p.name = name;
    p.owner = owner;
    p.purpose = QStringLiteral("Make the product");
    return p;
}

inline QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Bytes and modification time of a file, to prove it was not touched.
struct FileSnapshot {
    QByteArray sha;
    qint64 size = -1;
    QDateTime modified;
    QStringList folder; // names in the file's folder (no -wal, -shm or -journal left behind)

    static FileSnapshot of(const QString& path) {
        FileSnapshot s;
        const QByteArray bytes = fileBytes(path);
        s.sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        s.size = QFileInfo(path).size();
        s.modified = QFileInfo(path).lastModified();
        s.folder = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files, QDir::Name);
        return s;
    }
    bool operator==(const FileSnapshot&) const = default;
};

// A plain SQLite connection, as another program (or someone tampering) would use.
class RawDb {
public:
    explicit RawDb(const QString& path, bool readOnly = false)
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawDb() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs `sql`; returns the error text, empty when it worked.
    QString exec(const QString& sql) {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
        return {};
    }
    QVariant scalar(const QString& sql) {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

#define REQUIRE_SQL(raw, sql)                                                                                \
    do {                                                                                                     \
        const QString sqlError_ = (raw).exec(sql);                                                           \
        INFO("SQL: " << QString(sql).toStdString() << " -> " << sqlError_.toStdString());                    \
        REQUIRE(sqlError_.isEmpty());                                                                        \
    } while (false)

inline ChainHead auditHead(Workspace& ws) {
    auto h = ws.audit().head();
    REQUIRE_OK(h);
    return *h;
}

inline qint64 auditCount(Workspace& ws) {
    auto c = ws.audit().count({});
    REQUIRE_OK(c);
    return *c;
}

// The problems of a verify report, one per line, for INFO().
inline std::string problemText(const VerifyReport& r) {
    QStringList lines = r.integrityProblems;
    for (const AuditProblem& p : r.problems)
        lines << QStringLiteral("#%1 [%2] %3").arg(p.seq).arg(p.recordId, p.message);
    return lines.join(QLatin1Char('\n')).toStdString();
}

inline VerifyReport verified(Workspace& ws) {
    auto r = ws.verify();
    REQUIRE_OK(r);
    return *r;
}

} // namespace qms::test

namespace Catch {
template <> struct StringMaker<qms::test::FileSnapshot> {
    static std::string convert(const qms::test::FileSnapshot& s) {
        return QStringLiteral("{sha %1, %2 bytes, modified %3, folder [%4]}")
            .arg(QString::fromLatin1(s.sha.left(12)))
            .arg(s.size)
            .arg(s.modified.toString(Qt::ISODateWithMs), s.folder.join(QStringLiteral(", ")))
            .toStdString();
    }
};
} // namespace Catch

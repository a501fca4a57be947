#include "UserRepository.h"

#include "AuditTrail.h"
#include "Database.h"
#include "Workspace.h"
#include "domain/FieldCodec.h"
#include "domain/PasswordHash.h"
#include "domain/Permissions.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::UserRepository)
};

User readUser(const QSqlQuery& q) {
    User u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = enumFromString<Role>(q.value(2).toString()).value_or(Role::Auditor);
    u.active = q.value(3).toBool();
    u.hasPassword = !q.value(4).toString().isEmpty();
    return u;
}

} // namespace

QHash<QString, QString> UserRepository::auditFields(const User& u) {
    return {{QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), enumKey(u.role)},
            {QStringLiteral("active"), codec::yesNo(u.active)}};
}

Result<QList<User>> UserRepository::list() const {
    QSqlQuery q(m_ws.database().connection());
    if (!q.exec(QStringLiteral(
            "SELECT name, display_name, role, active, password_hash FROM users ORDER BY created_at, name")))
        return sqlError(q.lastError(), Tr::tr("Reading users"));
    QList<User> out;
    while (q.next())
        out << readUser(q);
    return out;
}

Result<User> UserRepository::get(const QString& name) const {
    QSqlQuery q(m_ws.database().connection());
    q.prepare(
        QStringLiteral("SELECT name, display_name, role, active, password_hash FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading user %1").arg(name));
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("No user named \"%1\" in this database").arg(name));
    return readUser(q);
}

Result<User> UserRepository::add(const User& user) {
    if (auto s = Permissions::canManageUsers(m_ws.user()); !s)
        return s.error();
    if (auto problems = validateUserName(user.name); !problems.isEmpty())
        return Error::invalid(problems);
    const Status s = m_ws.database().write([&]() -> Status {
        if (get(user.name))
            return makeError(ErrorCode::Duplicate,
                             Tr::tr("A user named \"%1\" exists already").arg(user.name));
        QSqlQuery q(m_ws.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO users(name, display_name, role, active, created_at) VALUES(?,?,?,?,?)"));
        q.addBindValue(user.name);
        q.addBindValue(notNull(user.displayName));
        q.addBindValue(enumKey(user.role));
        q.addBindValue(user.active ? 1 : 0);
        q.addBindValue(codec::dateTime(m_ws.clock().nowUtc()));
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Adding user %1").arg(user.name));
        QJsonObject snapshot;
        const auto fields = auditFields(user);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            snapshot.insert(it.key(), it.value());
        AuditEntry e;
        e.recordId = QStringLiteral("user:") + user.name;
        e.action = QStringLiteral("user");
        e.field = QStringLiteral("*");
        e.newValue = QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
        return m_ws.appendAudit({e});
    });
    if (!s)
        return s.error();
    return get(user.name);
}

Result<User> UserRepository::update(const User& user) {
    if (auto s = Permissions::canManageUsers(m_ws.user()); !s)
        return s.error();
    auto before = get(user.name);
    if (!before)
        return before.error();
    if (before->role == Role::QualityManager && (user.role != Role::QualityManager || !user.active)) {
        auto all = list();
        if (!all)
            return all.error();
        const auto managers = std::count_if(all->begin(), all->end(), [](const User& u) {
            return u.active && u.role == Role::QualityManager;
        });
        if (managers <= 1)
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("%1 is the last active quality manager; name another one first.").arg(user.name));
    }
    const Status s = m_ws.database().write([&]() -> Status {
        QSqlQuery q(m_ws.database().connection());
        q.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, active = ? WHERE name = ?"));
        q.addBindValue(notNull(user.displayName));
        q.addBindValue(enumKey(user.role));
        q.addBindValue(user.active ? 1 : 0);
        q.addBindValue(user.name);
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Updating user %1").arg(user.name));
        QList<AuditEntry> entries;
        const auto oldFields = auditFields(*before);
        const auto newFields = auditFields(user);
        for (auto it = newFields.begin(); it != newFields.end(); ++it) {
            if (oldFields.value(it.key()) == it.value())
                continue;
            AuditEntry e;
            e.recordId = QStringLiteral("user:") + before->name;
            e.action = QStringLiteral("user");
            e.field = it.key();
            e.oldValue = oldFields.value(it.key());
            e.newValue = it.value();
            entries << e;
        }
        return m_ws.appendAudit(entries);
    });
    if (!s)
        return s.error();
    // A manager who demotes or deactivates themselves loses the rights in this session too.
    if (before->name.compare(m_ws.user().name, Qt::CaseInsensitive) == 0)
        if (auto r = m_ws.reloadUser(); !r)
            return r.error();
    return get(user.name);
}

Result<QString> UserRepository::passwordHash(const QString& name) const {
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading user %1").arg(name));
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("No user named \"%1\" in this database").arg(name));
    return q.value(0).toString();
}

bool UserRepository::checkPassword(const QString& name, const QString& password) const {
    auto stored = passwordHash(name);
    return stored && !stored->isEmpty() && PasswordHash::verify(password, *stored);
}

namespace {

Status writePassword(Workspace& ws, const QString& name, const QString& oldHash, const QString& newHash,
                     const QString& reason) {
    return ws.database().write([&]() -> Status {
        QSqlQuery q(ws.database().connection());
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
        q.addBindValue(notNull(newHash));
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Saving the password of %1").arg(name));
        AuditEntry e;
        e.recordId = QStringLiteral("user:") + name;
        e.action = QStringLiteral("user");
        e.field = QStringLiteral("password");
        e.oldValue = PasswordHash::fingerprint(oldHash);
        e.newValue = PasswordHash::fingerprint(newHash);
        e.reason = reason;
        return ws.appendAudit({e});
    });
}

} // namespace

Status UserRepository::setPassword(const QString& name, const QString& newPassword,
                                   const QString& currentPassword) {
    const User& actor = m_ws.user();
    if (auto s = Permissions::canWrite(actor); !s)
        return s;
    auto target = get(name);
    if (!target)
        return target.error();
    const bool own = target->name.compare(actor.name, Qt::CaseInsensitive) == 0;
    if (!own)
        if (auto s = Permissions::canManageUsers(actor); !s)
            return makeError(ErrorCode::Forbidden,
                             Tr::tr("Only a quality manager can set another user's password."));
    auto oldHash = passwordHash(target->name);
    if (!oldHash)
        return oldHash.error();
    if (own && !oldHash->isEmpty() && !PasswordHash::verify(currentPassword, *oldHash))
        return makeError(ErrorCode::Unauthenticated,
                         Tr::tr("The current password is wrong; the password was not changed."));
    if (const QString weak = PasswordHash::weakness(newPassword); !weak.isEmpty())
        return Error::invalid({{QStringLiteral("password"), weak}}, Tr::tr("The new password was not accepted:"));
    // Hashed before the write lock is taken: it takes about a second on purpose.
    const QString newHash = PasswordHash::create(newPassword);
    const QString reason = !own                 ? Tr::tr("password set by a quality manager")
                           : oldHash->isEmpty() ? Tr::tr("password set")
                                                : Tr::tr("password changed");
    return writePassword(m_ws, target->name, *oldHash, newHash, reason);
}

Status UserRepository::clearPassword(const QString& name) {
    if (auto s = Permissions::canManageUsers(m_ws.user()); !s)
        return makeError(ErrorCode::Forbidden, Tr::tr("Only a quality manager can clear a password."));
    auto target = get(name);
    if (!target)
        return target.error();
    auto oldHash = passwordHash(target->name);
    if (!oldHash)
        return oldHash.error();
    if (oldHash->isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("%1 has no password to clear.").arg(target->name));
    return writePassword(m_ws, target->name, *oldHash, QString(), Tr::tr("password cleared"));
}

Status UserRepository::forEachStoredState(
    const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const {
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, display_name, role, active, password_hash FROM users")))
        return sqlError(q.lastError(), Tr::tr("Reading users"));
    while (q.next()) {
        const User u = readUser(q);
        auto fields = auditFields(u);
        // A password hash set or swapped behind the application's back shows as a changed field.
        fields.insert(QStringLiteral("password"), PasswordHash::fingerprint(q.value(4).toString()));
        fn(QStringLiteral("user:") + u.name, fields);
    }
    return {};
}

} // namespace qms

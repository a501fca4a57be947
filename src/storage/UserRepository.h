#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <functional>

namespace qms {

class Workspace;

// The people who work in a QMS file and their roles. Users are deactivated, never deleted, so
// that every audit entry keeps naming a known person.
class UserRepository final {
public:
    explicit UserRepository(Workspace& ws)
        : m_ws(ws) {}

    Result<QList<User>> list() const;
    Result<User> get(const QString& name) const;
    Result<User> add(const User& user);
    Result<User> update(const User& user); // display name, role, active

    // Passwords are optional. A user sets or changes their own (re-entering the current one when
    // there is one); a quality manager sets anyone's (e.g. an auditor's, whose connection is
    // read-only) and clears it. The audit trail records that it changed, never the hash.
    Status setPassword(const QString& name, const QString& newPassword, const QString& currentPassword = {});
    Status clearPassword(const QString& name);
    // True when `password` is the user's password; false when wrong or when they have none.
    bool checkPassword(const QString& name, const QString& password) const;
    // The stored hash text (empty: no password), for the authentication code only.
    Result<QString> passwordHash(const QString& name) const;

    Status
    forEachStoredState(const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const;
    static QHash<QString, QString> auditFields(const User& u);

private:
    Workspace& m_ws;
};

} // namespace qms

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
    explicit UserRepository(Workspace& ws) : m_ws(ws) {}

    Result<QList<User>> list() const;
    Result<User> get(const QString& name) const;
    Result<User> add(const User& user);
    Result<User> update(const User& user); // display name, role, active

    Status forEachStoredState(const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const;
    static QHash<QString, QString> auditFields(const User& u);

private:
    Workspace& m_ws;
};

} // namespace qms

#include "Permissions.h"

#include <QCoreApplication>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Permissions)
};

Status forbidden(const QString& message) {
    return makeError(ErrorCode::Forbidden, message);
}

} // namespace

Status Permissions::ownedBy(const User& user, const QString& recordId, const QStringList& owners) {
    if (auto s = Permissions::canWrite(user); !s)
        return s;
    if (user.role == Role::QualityManager)
        return {};
    for (const QString& o : owners)
        if (!o.isEmpty() && o.compare(user.name, Qt::CaseInsensitive) == 0)
            return {};
    return forbidden(
        Tr::tr("%1 (process owner) may only change records they own or are responsible for; %2 is not "
               "theirs.")
            .arg(user.name, recordId.isEmpty() ? Tr::tr("this record") : recordId));
}

Status Permissions::canWrite(const User& user) {
    if (!user.active)
        return forbidden(Tr::tr("User %1 is deactivated and cannot change records.").arg(user.name));
    if (user.role == Role::Auditor)
        return forbidden(
            Tr::tr("%1 is an auditor: auditors can read everything and change nothing.").arg(user.name));
    return {};
}

Status Permissions::canEdit(const User& user, const Document& d) {
    return ownedBy(user, d.meta.id, {d.owner});
}
Status Permissions::canEdit(const User& user, const Process& p) {
    return ownedBy(user, p.meta.id, {p.owner});
}
Status Permissions::canEdit(const User& user, const Nonconformity& n) {
    return ownedBy(user, n.meta.id, {n.responsible, n.reportedBy});
}
Status Permissions::canEdit(const User& user, const CorrectiveAction& c) {
    return ownedBy(user, c.meta.id, {c.owner});
}

Status Permissions::canEdit(const User& user, const Audit& a) {
    return ownedBy(user, a.meta.id, a.auditors());
}

Status Permissions::canRelease(const User& user, const Document& d) {
    if (auto s = canWrite(user); !s)
        return s;
    if (user.role != Role::QualityManager)
        return forbidden(Tr::tr("Only a quality manager can approve and release %1.").arg(d.meta.id));
    return {};
}

Status Permissions::canCloseNc(const User& user) {
    if (auto s = canWrite(user); !s)
        return s;
    if (user.role != Role::QualityManager)
        return forbidden(Tr::tr("Only a quality manager can close a nonconformity."));
    return {};
}

static Status managerOnly(const User& user, const QString& what) {
    if (auto s = Permissions::canWrite(user); !s)
        return s;
    if (user.role != Role::QualityManager)
        return forbidden(Tr::tr("Only a quality manager can %1.").arg(what));
    return {};
}

Status Permissions::canApproveChange(const User& user) {
    return managerOnly(user, Tr::tr("approve a change"));
}

Status Permissions::canApproveIndependenceException(const User& user) {
    return managerOnly(user, Tr::tr("approve an exception to auditor independence"));
}

Status Permissions::canManageUsers(const User& user) {
    return managerOnly(user, Tr::tr("manage users"));
}
Status Permissions::canEditOrganisation(const User& user) {
    return managerOnly(user, Tr::tr("change the organisation details"));
}
Status Permissions::canEditApplicability(const User& user) {
    return managerOnly(user, Tr::tr("change which clauses apply"));
}
Status Permissions::canImport(const User& user) {
    return managerOnly(user, Tr::tr("import records"));
}

} // namespace qms

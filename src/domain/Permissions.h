#pragma once

#include "Records.h"
#include "Result.h"
#include "kinds/KindRules.h"

namespace qms {

// Who may do what. Quality managers do everything; process owners edit the records they own or
// are responsible for; auditors read. Storage calls these on every write, so a GUI that forgets
// to disable a button still cannot write.
class Permissions {
public:
    static Status canWrite(const User& user); // any write at all
    static Status canEdit(const User& user, const Document& d);
    static Status canEdit(const User& user, const Process& p);
    static Status canEdit(const User& user, const Nonconformity& n);
    static Status canEdit(const User& user, const CorrectiveAction& c);
    static Status canEdit(const User& user, const Audit& a); // any auditor of the audit
    // Kinds without a rule of their own: the person in the kind's owner field (KindDecl::ownerField).
    template <typename R> static Status canEdit(const User& user, const R& r) {
        return ownedBy(user, r.meta.id, {fieldText(r, declOf<R>().ownerField)});
    }
    static Status canApproveChange(const User& user);
    // An auditor auditing their own work (9.2.2 c) only with a quality manager's signed exception.
    static Status canApproveIndependenceException(const User& user);
    static Status canRelease(const User& user, const Document& d); // approval is the quality manager's
    static Status canCloseNc(const User& user);
    static Status canManageUsers(const User& user);
    static Status canEditOrganisation(const User& user);
    static Status canEditApplicability(const User& user);
    static Status canImport(const User& user);

    // A quality manager, or one of `owners` (process owners may change what is theirs).
    static Status ownedBy(const User& user, const QString& recordId, const QStringList& owners);

    static bool isQualityManager(const User& user) {
        return user.active && user.role == Role::QualityManager;
    }
};

} // namespace qms

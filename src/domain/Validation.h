#pragma once

#include "ClauseCatalogue.h"
#include "Records.h"
#include "Result.h"

namespace qms {

// Field checks that need nothing but the record and the clause catalogue. Checks that need other
// records (does PRC-0003 exist?) are made by storage. Every problem is reported, not just the first.
QList<FieldError> validate(const Document& d, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const Process& p, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const Nonconformity& n, const ClauseCatalogue& catalogue, const QDate& today);
QList<FieldError> validate(const CorrectiveAction& c, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const ChangeRequest& c, const ClauseCatalogue& catalogue);
QList<FieldError> validateUserName(const QString& name);

// The same checks with one signature for every record type, for code written once for all kinds
// (imports, the repository's hooks). `today` matters only to the kinds whose checks need it.
inline QList<FieldError> validateRecord(const Document& d, const ClauseCatalogue& catalogue, const QDate&) {
    return validate(d, catalogue);
}
inline QList<FieldError> validateRecord(const Process& p, const ClauseCatalogue& catalogue, const QDate&) {
    return validate(p, catalogue);
}
inline QList<FieldError> validateRecord(const Nonconformity& n, const ClauseCatalogue& catalogue,
                                        const QDate& today) {
    return validate(n, catalogue, today);
}
inline QList<FieldError> validateRecord(const CorrectiveAction& c, const ClauseCatalogue& catalogue,
                                        const QDate&) {
    return validate(c, catalogue);
}
inline QList<FieldError> validateRecord(const ChangeRequest& c, const ClauseCatalogue& catalogue,
                                        const QDate&) {
    return validate(c, catalogue);
}

} // namespace qms

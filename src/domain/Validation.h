#pragma once

#include "ClauseCatalogue.h"
#include "FieldCodec.h"
#include "Records.h"
#include "Result.h"
#include "kinds/RecordTypes.h"

namespace qms {

// Field checks that need nothing but the record and the clause catalogue. Checks that need other
// records (does PRC-0003 exist?) are made by storage. Every problem is reported, not just the first.
QList<FieldError> validate(const Document& d, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const Process& p, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const Nonconformity& n, const ClauseCatalogue& catalogue, const QDate& today);
QList<FieldError> validate(const CorrectiveAction& c, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const ChangeRequest& c, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const Audit& a, const ClauseCatalogue& catalogue);
QList<FieldError> validate(const ManagementReview& r, const ClauseCatalogue& catalogue);
QList<FieldError> validateUserName(const QString& name);

// The checks of one kind with one signature for every record type.
inline QList<FieldError> kindChecks(const Document& d, const ClauseCatalogue& catalogue, const QDate&) {
    return validate(d, catalogue);
}
inline QList<FieldError> kindChecks(const Process& p, const ClauseCatalogue& catalogue, const QDate&) {
    return validate(p, catalogue);
}
inline QList<FieldError> kindChecks(const Nonconformity& n, const ClauseCatalogue& catalogue,
                                    const QDate& today) {
    return validate(n, catalogue, today);
}
inline QList<FieldError> kindChecks(const CorrectiveAction& c, const ClauseCatalogue& catalogue,
                                    const QDate&) {
    return validate(c, catalogue);
}
inline QList<FieldError> kindChecks(const ChangeRequest& c, const ClauseCatalogue& catalogue, const QDate&) {
    return validate(c, catalogue);
}
inline QList<FieldError> kindChecks(const Audit& a, const ClauseCatalogue& catalogue, const QDate&) {
    return validate(a, catalogue);
}
inline QList<FieldError> kindChecks(const ManagementReview& r, const ClauseCatalogue& catalogue,
                                    const QDate&) {
    return validate(r, catalogue);
}

// The declared past dates (KindDecl::pastDates) that lie after `today`.
QString futureDateMessage(const char* fieldLabel, const QDate& date);
template <typename R> QList<FieldError> pastDateProblems(const R& record, const QDate& today) {
    QList<FieldError> out;
    for (const char* key : declOf<R>().pastDates)
        for (const FieldDef<R>& f : recordFields<R>())
            if (qstrcmp(f.key, key) == 0)
                if (const auto d = codec::parseDate(f.get(record)); d && d->isValid() && *d > today)
                    out.append({QString::fromLatin1(key), futureDateMessage(f.label, *d)});
    return out;
}

// Every field check of a record, for code written once for all kinds (imports, the repository's
// hooks). `today` matters only to the checks that need it.
template <typename R>
QList<FieldError> validateRecord(const R& record, const ClauseCatalogue& catalogue, const QDate& today) {
    QList<FieldError> out = kindChecks(record, catalogue, today);
    out += pastDateProblems(record, today);
    return out;
}

} // namespace qms

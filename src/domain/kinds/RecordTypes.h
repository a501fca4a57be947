#pragma once

#include "domain/Records.h"
#include "domain/kinds/KindDeclaration.h"

#include <QDate>
#include <type_traits>
#include <utility>

// The one list of the record types. Generic code is written once as a template over a record type
// and reaches every kind through this list: a new kind is added here and nowhere else.
#define QMS_FOR_EACH_RECORD_TYPE(X)                                                                          \
    X(Document) X(Process) X(Nonconformity) X(CorrectiveAction) X(ChangeRequest) X(Audit) X(ManagementReview)

namespace qms {

template <typename... Rs> struct TypeList {};

using RecordTypes =
    TypeList<Document, Process, Nonconformity, CorrectiveAction, ChangeRequest, Audit, ManagementReview>;

// The kind of a record type (a compile-time fact, declared beside the kind's declaration).
template <typename R> struct KindOf;
template <> struct KindOf<Document> { static constexpr RecordKind value = RecordKind::Document; };
template <> struct KindOf<Process> { static constexpr RecordKind value = RecordKind::Process; };
template <> struct KindOf<Nonconformity> { static constexpr RecordKind value = RecordKind::Nonconformity; };
template <> struct KindOf<CorrectiveAction> {
    static constexpr RecordKind value = RecordKind::CorrectiveAction;
};
template <> struct KindOf<ChangeRequest> { static constexpr RecordKind value = RecordKind::ChangeRequest; };
template <> struct KindOf<Audit> { static constexpr RecordKind value = RecordKind::Audit; };
template <> struct KindOf<ManagementReview> {
    static constexpr RecordKind value = RecordKind::ManagementReview;
};
template <typename R> inline constexpr RecordKind kindOf = KindOf<R>::value;

template <typename R> const KindDecl& declOf() {
    return kindDecl(kindOf<R>);
}

// What a person starting a new record of type R is given: one place, so that the editors, the CLI
// and the import agree. Defined in the kind's file.
struct NewRecordContext {
    QDate today;
    QString user; // the acting user's name
};
template <typename R> R newRecord(const NewRecordContext& context);

// Calls `f(std::type_identity<R>{})` for every record type, in list order.
template <typename F> void forEachRecordType(F&& f) {
    [&]<typename... Rs>(TypeList<Rs...>) {
        (f(std::type_identity<Rs>{}), ...);
    }(RecordTypes{});
}

namespace detail {
template <typename F, typename R, typename... Rest> decltype(auto) visit(RecordKind kind, F& f) {
    if constexpr (sizeof...(Rest) == 0) {
        return f(std::type_identity<R>{}); // the last type: every kind is in the list
    } else {
        if (kind == kindOf<R>)
            return f(std::type_identity<R>{});
        return visit<F, Rest...>(kind, f);
    }
}
template <typename F, typename... Rs> decltype(auto) visitList(RecordKind kind, F& f, TypeList<Rs...>) {
    return visit<F, Rs...>(kind, f);
}
} // namespace detail

// Calls `f(std::type_identity<R>{})` with the record type of `kind`, so that one template handles
// every kind. Every call must return the same type.
template <typename F> decltype(auto) visitRecordKind(RecordKind kind, F&& f) {
    return detail::visitList(kind, f, RecordTypes{});
}

} // namespace qms

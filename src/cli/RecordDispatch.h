#pragma once

#include "domain/Records.h"
#include "storage/RecordRepository.h"
#include "storage/Workspace.h"

#include <type_traits>

namespace qms::cli {

// Calls `f(std::type_identity<R>{})` with the record type of `kind`, so one template handles
// every register.
template <typename F> auto withRecordType(RecordKind kind, F&& f) {
    switch (kind) {
    case RecordKind::Document:
        return f(std::type_identity<Document>{});
    case RecordKind::Process:
        return f(std::type_identity<Process>{});
    case RecordKind::Nonconformity:
        return f(std::type_identity<Nonconformity>{});
    case RecordKind::CorrectiveAction:
        break;
    }
    return f(std::type_identity<CorrectiveAction>{});
}

} // namespace qms::cli

#pragma once

#include "AuditTrail.h"

namespace qms {

class Database;

// Streams the stored fields of every record of type R in id order, straight from SQLite's C API
// as UTF-8 views, without building record objects or strings: the verification's view of a big register. R
// must keep all its fields in its table and in record_links (not Document, whose revisions live elsewhere).
template <typename R> Status streamStoredState(Database& db, const AuditTrail::RawStateSink& sink);

} // namespace qms

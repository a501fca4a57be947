#pragma once

#include "AuditTrail.h"

namespace qms {

class Database;

// Streams the stored fields of every record of type R in id order, straight from SQLite's C API
// without building record objects: the verification's view of a big register. R must keep all
// its fields in its table and in record_links (not Document, whose revisions live elsewhere).
template <typename R> Status streamStoredState(Database& db, const AuditTrail::StateSink& sink);

} // namespace qms

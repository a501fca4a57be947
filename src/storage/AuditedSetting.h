#pragma once

#include "domain/Result.h"

#include <QString>

namespace qms {

class Workspace;

// Stores `value` under `key` in the meta table, with an audit entry on record "meta:<key>", field
// `field`, in one transaction; nothing when the value is already stored. Workspace::verify holds
// each such setting against its trail. The caller checks the acting user's permission first.
Status writeAuditedSetting(Workspace& ws, const QString& key, const QString& field, const QString& value);

} // namespace qms

#pragma once

#include "domain/FieldCodec.h"

#include <QByteArray>

namespace qms {

// The audit trail's snapshot of a new record: a flat JSON object of its fields as texts, keys in
// order, compact. The bytes equal what QJsonDocument::toJson(Compact) writes for the same object
// (tested), so trails written before and after stay alike; written directly, because an import
// makes one per record and QJsonObject's insert alone cost a tenth of it.
QByteArray auditSnapshotJson(const FieldValues& values);

} // namespace qms

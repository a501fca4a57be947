#pragma once

#include "domain/kinds/RecordTypes.h"

#include <QStringList>

namespace qms {

QString tableFor(RecordKind kind);
// rowid of a record in the full-text index: unique across kinds. It is stored in every file, so a
// kind's RecordKind value never changes (new kinds are appended to the enum).
qint64 searchRowId(RecordKind kind, qint64 seq);

} // namespace qms

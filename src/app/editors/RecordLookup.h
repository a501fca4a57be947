#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace qms {
class Workspace;
}

namespace qms::gui {

// Id, title and status of a record, for link lists and pickers.
struct RecordRef {
    QString id;
    QString title;
    QString status;
    QString display() const; // "CA-0003 · Retrain inspectors (In progress)"
};

Result<QList<RecordRef>> listRecordRefs(Workspace& ws, RecordKind kind);
// A stored record's reference; a missing one comes back with the id and "(not found)".
RecordRef findRecordRef(Workspace& ws, const QString& id);
// The canonical id of a stored record that `text` names ("nc-42" -> "NC-0042"), or why not: not
// an id (the message lists the declared prefixes), or no such record in this file.
Result<QString> resolveRecordId(Workspace& ws, const QString& text);

} // namespace qms::gui

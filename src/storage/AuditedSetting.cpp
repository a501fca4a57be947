#include "AuditedSetting.h"

#include "AuditTrail.h"
#include "Database.h"
#include "Workspace.h"

namespace qms {

Status writeAuditedSetting(Workspace& ws, const QString& key, const QString& field, const QString& value) {
    const QString old = ws.database().metaValue(key);
    if (old == value)
        return {};
    return ws.database().write([&]() -> Status {
        if (auto s = ws.database().setMetaValue(key, value); !s)
            return s;
        AuditEntry e;
        e.recordId = QStringLiteral("meta:") + key;
        e.action = QStringLiteral("update");
        e.field = field;
        e.oldValue = old;
        e.newValue = value;
        return ws.appendAudit({e});
    });
}

} // namespace qms

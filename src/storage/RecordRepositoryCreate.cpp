// Creating a record in two halves: prepareCreate() needs no database and may run on another
// thread; createPrepared() makes the database checks and writes in the open transaction. Every
// new record whose id is given goes this way (see RecordRepository::store); a bulk import runs
// the halves of consecutive records in parallel (RecordImporter).

#include "AuditSnapshot.h"
#include "AuditTrail.h"
#include "Database.h"
#include "RecordFieldAccess.h"
#include "RecordHooks.h"
#include "RecordRepository.h"
#include "RecordTraits.h"
#include "Workspace.h"
#include "domain/Permissions.h"
#include "domain/Signature.h"

#include <type_traits>

namespace qms {
using namespace detail;

template <typename R> bool RecordRepository<R>::canPrepareCreate(const R& record) {
    const auto parsed = parseRecordId(record.meta.id);
    if (!parsed || parsed->first != kind())
        return false; // numbered, or refused, by the general path
    // A link the other record shows too changes that record (its version and history), and the
    // workflow checks of such links read it: that is the general path's work.
    for (const LinkDecl& link : declOf<R>().links)
        if ((link.hasOther || !link.own) && !listValue(record, link.field).isEmpty())
            return false;
    // A new record that is an approval as it stands (an audit with an independence exception) is
    // signed, which the general path does.
    if (approvalMeaning(R{}, record))
        return false;
    return true;
}

template <typename R>
typename RecordRepository<R>::PreparedCreate
RecordRepository<R>::prepareCreate(R record, const SaveOptions& options, const QDateTime& now,
                                   const QDate& validatedOn) const {
    PreparedCreate out;
    const User& user = m_ctx.user;
    normaliseLinks(record);
    record.meta.id = formatRecordId(kind(), parseRecordId(record.meta.id)->second);
    record.meta.version = 1;
    record.meta.createdAt = now;
    record.meta.createdBy = user.name;
    record.meta.updatedAt = now;
    record.meta.updatedBy = user.name;
    if (!options.systemCascade)
        out.status = Permissions::canEdit(user, record);
    // For a new record without links to the other side the hooks read nothing from the database.
    if (out.status)
        out.status = RecordHooks<R>::beforeSave(m_ctx.owner, nullptr, record, options,
                                                validatedOn.isValid() && validatedOn == m_ctx.clock.today()
                                                    ? FieldCheck::AlreadyValidated
                                                    : FieldCheck::Validate);
    if (out.status) {
        out.snapshot = auditSnapshotJson(fieldValues(record));
        out.values = scalarValues(record);
        out.searchTitle = searchTitleOf(record);
        out.searchBody = searchableText(record).toUtf8();
    }
    out.record = std::move(record);
    return out;
}

template <typename R>
Result<R> RecordRepository<R>::createPrepared(PreparedCreate prepared, const SaveOptions& options) {
    if (!prepared.status)
        return prepared.status.error();
    const R& record = prepared.record;
    if (auto s = checkReferences(record); !s)
        return s.error();
    // The id's key refuses a duplicate: looked up only then, for the message.
    if (auto s = insertRow(record, prepared.values); !s) {
        if (exists(record.meta.id))
            return makeError(ErrorCode::Duplicate, RepoTr::tr("%1 exists already").arg(record.meta.id));
        return s.error();
    }
    if (auto s = writeLinks(R(), record); !s)
        return s.error();
    if (auto s = RecordHooks<R>::writeExtra(m_ctx.owner, nullptr, record); !s)
        return s.error();
    AuditEntry e;
    e.recordId = record.meta.id;
    e.action = options.isImport ? QStringLiteral("import") : QStringLiteral("create");
    e.field = QStringLiteral("*");
    e.newValue = QString::fromUtf8(prepared.snapshot);
    e.reason = options.reason;
    if (auto s = m_ctx.audit.append({e}); !s)
        return s.error();
    if (auto s = writeSearch(record, prepared.searchTitle, prepared.searchBody, /*isNew=*/true); !s)
        return s.error();
    if (auto s = RecordHooks<R>::afterSave(m_ctx.owner, nullptr, record); !s)
        return s.error();
    return std::move(prepared.record);
}

#define QMS_INSTANTIATE_CREATE(R)                                                                            \
    template bool RecordRepository<R>::canPrepareCreate(const R&);                                           \
    template RecordRepository<R>::PreparedCreate RecordRepository<R>::prepareCreate(                         \
        R, const SaveOptions&, const QDateTime&, const QDate&) const;                                        \
    template Result<R> RecordRepository<R>::createPrepared(PreparedCreate, const SaveOptions&);

QMS_FOR_EACH_RECORD_TYPE(QMS_INSTANTIATE_CREATE)

#undef QMS_INSTANTIATE_CREATE

} // namespace qms

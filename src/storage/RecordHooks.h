#pragma once

#include "RecordRepository.h"

#include <QHash>

namespace qms {

// Whether beforeSave validates the record's fields (validateRecord, domain/Validation.h), or the
// caller has just done so with the same catalogue and date: a bulk import checks every row before
// it stores any, and each row is checked once (RecordRepository::prepareCreate).
enum class FieldCheck { Validate, AlreadyValidated };

// What differs per record type around the generic save: validation, workflow rules and their
// derived fields, extra tables (document revisions) and consequences for other records.
template <typename R> struct RecordHooks {
    // Whether the kind keeps rows in tables of its own beside its record table (loadExtra).
    static constexpr bool storesExtra = false;
    // Validates `after` and applies the workflow; `before` is null for a new record.
    static Status beforeSave(Workspace& ws, const R* before, R& after, const SaveOptions& options,
                             FieldCheck check = FieldCheck::Validate);
    static Status writeExtra(Workspace&, const R*, const R&) { return {}; }
    static Status loadExtra(Workspace&, QList<R>&, const QHash<QString, int>&) { return {}; }
    static Status afterSave(Workspace&, const R*, const R&) { return {}; }
};

// Documents keep their revisions in document_revisions.
template <> struct RecordHooks<Document> {
    static constexpr bool storesExtra = true;
    static Status beforeSave(Workspace& ws, const Document* before, Document& after,
                             const SaveOptions& options, FieldCheck check = FieldCheck::Validate);
    static Status writeExtra(Workspace& ws, const Document* before, const Document& after);
    static Status loadExtra(Workspace& ws, QList<Document>& docs, const QHash<QString, int>& index);
    static Status afterSave(Workspace&, const Document*, const Document&) { return {}; }
};
template <>
Status RecordHooks<Process>::beforeSave(Workspace&, const Process*, Process&, const SaveOptions&, FieldCheck);
template <>
Status RecordHooks<Nonconformity>::beforeSave(Workspace&, const Nonconformity*, Nonconformity&,
                                              const SaveOptions&, FieldCheck);
template <>
Status RecordHooks<CorrectiveAction>::beforeSave(Workspace&, const CorrectiveAction*, CorrectiveAction&,
                                                 const SaveOptions&, FieldCheck);
template <>
Status RecordHooks<ChangeRequest>::beforeSave(Workspace&, const ChangeRequest*, ChangeRequest&,
                                              const SaveOptions&, FieldCheck);
template <>
Status RecordHooks<Audit>::beforeSave(Workspace&, const Audit*, Audit&, const SaveOptions&, FieldCheck);
template <>
Status RecordHooks<ManagementReview>::beforeSave(Workspace&, const ManagementReview*, ManagementReview&,
                                                 const SaveOptions&, FieldCheck);
template <>
Status RecordHooks<CorrectiveAction>::afterSave(Workspace& ws, const CorrectiveAction* before,
                                                const CorrectiveAction& after);

} // namespace qms

#pragma once

// The record a link's "create" button makes (LinkDecl::createLabel): the other kind's defaults,
// the link back to the record it was made from, and what a pair of kinds adds (fillLinkedRecord).

#include "domain/kinds/KindRules.h"

#include <optional>

namespace qms {

// What a record of kind To made from `from` starts with beyond its defaults and the link back.
// Specialised for a pair where it pays, declared here and defined beside the `From` kind.
template <typename To, typename From> void fillLinkedRecord(To&, const From&) {}
template <>
void fillLinkedRecord<CorrectiveAction, ChangeRequest>(CorrectiveAction& action, const ChangeRequest& change);

// A new record of kind To linked back to `from` through `link` (a link of From's declaration).
template <typename To, typename From>
To newLinkedRecord(const From& from, const LinkDecl& link, const NewRecordContext& context) {
    To out = newRecord<To>(context);
    if (const FieldDef<To>* back = findField<To>(QString::fromLatin1(link.otherField)); back && back->set)
        back->set(out, from.meta.id);
    fillLinkedRecord(out, from);
    return out;
}

// What a record of kind To made from row `row` of a Table field of `from` starts with
// (RowCreateDecl): specialised for a pair, declared here and defined beside the `From` kind.
template <typename To, typename From> void fillRecordFromRow(To&, const From&, int) {}
template <> void fillRecordFromRow<Nonconformity, Audit>(Nonconformity& nc, const Audit& audit, int row);
template <>
void fillRecordFromRow<CorrectiveAction, ManagementReview>(CorrectiveAction& action,
                                                           const ManagementReview& review, int row);

// A new record of kind To made from row `row` of `from`'s table field `field`, linked back through
// the list field its RowCreateDecl names; nullopt when the field declares no such button.
template <typename To, typename From>
std::optional<To> newRecordFromRow(const From& from, const FieldDef<From>& field, int row,
                                   const NewRecordContext& context) {
    if (!field.table || !field.table->create.label)
        return std::nullopt;
    const LinkDecl* link = declOf<From>().link(QString::fromLatin1(field.table->create.link));
    if (!link || link->other != kindOf<To>)
        return std::nullopt;
    To out = newRecord<To>(context);
    if (const FieldDef<To>* back = findField<To>(QString::fromLatin1(link->otherField)); back && back->set)
        back->set(out, from.meta.id);
    fillRecordFromRow(out, from, row);
    return out;
}

} // namespace qms

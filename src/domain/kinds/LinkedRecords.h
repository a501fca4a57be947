#pragma once

// The record a link's "create" button makes (LinkDecl::createLabel): the other kind's defaults,
// the link back to the record it was made from, and what a pair of kinds adds (fillLinkedRecord).

#include "domain/kinds/KindRules.h"

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

} // namespace qms

#include "RecordHooks.h"

#include "Database.h"
#include "RecordHookSupport.h"
#include "Workspace.h"
#include "domain/Permissions.h"
#include "domain/Validation.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {
namespace {

using hooks::checkFields;
using hooks::fieldProblems;
using hooks::refuseEditOfClosed;
using hooks::shownId;

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordHooks)
};

// startRevision() on a released document: exactly one new draft revision appended, the released
// ones untouched.
bool startsNewRevision(const Document& before, const Document& after) {
    return before.status == DocumentStatus::Released && after.status == DocumentStatus::Draft &&
           after.revisions.size() == before.revisions.size() + 1 &&
           after.revisions.mid(0, before.revisions.size()) == before.revisions &&
           after.revision == after.revisions.last().label && after.revision != before.revision;
}

// A revision once released is part of the record of what was in force: it never changes.
Status refuseChangedReleasedRevisions(const Document& before, const Document& after) {
    for (int i = 0; i < before.revisions.size(); ++i) {
        const DocumentRevision& old = before.revisions[i];
        if (!old.releasedAt.isValid())
            continue;
        if (i >= after.revisions.size() || after.revisions[i] != old)
            return makeError(ErrorCode::WorkflowRefused,
                             Tr::tr("%1 revision %2 was released and is kept as it was; start "
                                    "a new revision to change the document.")
                                 .arg(after.meta.id, old.label));
    }
    return {};
}

Result<QList<CorrectiveAction>> linkedActions(Workspace& ws, const QStringList& ids) {
    if (ids.isEmpty())
        return QList<CorrectiveAction>();
    RecordFilter f;
    f.ids = ids;
    return ws.actions().list(f);
}

} // namespace

Status RecordHooks<Document>::beforeSave(Workspace& ws, const Document* before, Document& after,
                                         const SaveOptions& options, FieldCheck check) {
    if (auto s = fieldProblems(checkFields(ws, after, check), shownId(before, after.meta.id, options)); !s)
        return s;
    if (!before) {
        // A new document starts as a draft of its first revision, unless imported with history.
        if (after.revisions.isEmpty()) {
            DocumentRevision rev;
            rev.label = after.revision;
            // Stored text: English whatever the GUI language (no Tr::tr()).
            rev.changeSummary = options.isImport ? QStringLiteral("Imported") : QStringLiteral("First issue");
            rev.author = after.owner;
            rev.date = ws.clock().today();
            after.revisions.append(rev);
        }
        if (!options.isImport && after.status != DocumentStatus::Draft)
            return makeError(ErrorCode::WorkflowRefused,
                             Tr::tr("A new document starts as a draft; submit it for review "
                                    "and release it afterwards."));
        if (after.status == DocumentStatus::Released && after.effectiveRevision.isEmpty())
            after.effectiveRevision = after.revision;
        return {};
    }
    if (auto s = refuseEditOfClosed(before, after, before->status == DocumentStatus::Obsolete,
                                    Tr::tr("Create a new document instead."));
        !s)
        return s;
    if (auto s = refuseChangedReleasedRevisions(*before, after); !s)
        return s;
    if (startsNewRevision(*before, after)) {
        // The released revision stays in force (and its approval with it) while the next is drafted.
        after.effectiveRevision = before->effectiveRevision;
        after.approvedBy = before->approvedBy;
        after.releasedAt = before->releasedAt;
        return {};
    }
    if (before->status != after.status) {
        if (after.status == DocumentStatus::Obsolete && after.obsoleteReason.trimmed().isEmpty())
            after.obsoleteReason = options.reason;
        if (DocumentWorkflow::needsReason(before->status, after.status) &&
            options.reason.trimmed().isEmpty() && after.status != DocumentStatus::Obsolete)
            return Error{ErrorCode::WorkflowRefused,
                         Tr::tr("Give a reason for sending %1 back to draft.").arg(after.meta.id),
                         {{QStringLiteral("status_reason"), Tr::tr("Give a reason for this change")}}};
        if (after.status == DocumentStatus::Released)
            if (auto s = Permissions::canRelease(ws.user(), after); !s)
                return s;
        if (auto s = DocumentWorkflow::check(after, before->status); !s)
            return s;
        // Whole seconds: the stored canonical text has no milliseconds, and the record handed back
        // must equal the stored one so that it can be saved again.
        QDateTime now = ws.clock().nowUtc();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        DocumentWorkflow::applyDerived(after, before->status, now, ws.user().name);
    } else if (after.status == DocumentStatus::Released && before->revisions != after.revisions) {
        return makeError(
            ErrorCode::WorkflowRefused,
            Tr::tr("%1 is released: start a new revision to change its content.").arg(after.meta.id));
    }
    return {};
}

template <>
Status RecordHooks<Process>::beforeSave(Workspace& ws, const Process* before, Process& after,
                                        const SaveOptions& options, FieldCheck check) {
    return fieldProblems(checkFields(ws, after, check), shownId(before, after.meta.id, options));
}

template <>
Status RecordHooks<Nonconformity>::beforeSave(Workspace& ws, const Nonconformity* before,
                                              Nonconformity& after, const SaveOptions& options,
                                              FieldCheck check) {
    if (auto s = fieldProblems(checkFields(ws, after, check), shownId(before, after.meta.id, options)); !s)
        return s;
    auto linked = linkedActions(ws, after.actions);
    if (!linked)
        return linked.error();
    if (!before) {
        if (options.isImport) {
            // Imported history: the record must hold what its state needs.
            if (after.status == NcStatus::Closed && !after.closedOn.isValid())
                after.closedOn = after.meta.updatedAt.toLocalTime().date();
            auto problems = NcWorkflow::requirements(after, after.status, *linked);
            // Links to actions are made after both registers are imported.
            problems.erase(
                std::remove_if(problems.begin(), problems.end(),
                               [](const FieldError& e) { return e.field == QLatin1String("actions"); }),
                problems.end());
            return fieldProblems(problems, after.meta.id);
        }
        if (after.status != NcStatus::Open)
            return makeError(ErrorCode::WorkflowRefused, Tr::tr("A new nonconformity starts as open."));
        return {};
    }
    if (auto s =
            refuseEditOfClosed(before, after, isTerminal(before->status), Tr::tr("Reopen it to change it."));
        !s)
        return s;
    if (before->status != after.status) {
        if (!options.reason.isEmpty())
            after.statusReason = options.reason;
        else if (NcWorkflow::needsReason(before->status, after.status) &&
                 after.statusReason == before->statusReason)
            after.statusReason.clear(); // the old reason does not explain this change
        if (after.status == NcStatus::Closed && !options.systemCascade)
            if (auto s = Permissions::canCloseNc(ws.user()); !s)
                return s;
        if (auto s = NcWorkflow::check(after, before->status, *linked); !s)
            return s;
        NcWorkflow::applyDerived(after, before->status, ws.clock().today());
    } else if (!isTerminal(after.status)) {
        // Unlinking or reopening actions must not leave the NC in a state it no longer satisfies.
        auto problems = NcWorkflow::requirements(after, after.status, *linked);
        if (!problems.isEmpty())
            return Error{
                ErrorCode::WorkflowRefused,
                Tr::tr("%1 is %2, which needs:").arg(after.meta.id, inSentence(enumLabel(after.status))),
                problems};
    }
    return {};
}

// Linking or unlinking an action from the action's side changes the nonconformity too: a closed
// or cancelled one is kept as it was, and one past planning keeps at least one active action.
static Status checkNonconformitySide(Workspace& ws, const CorrectiveAction* before,
                                     const CorrectiveAction& after) {
    const QStringList old = before ? before->nonconformities : QStringList();
    QList<FieldError> problems;
    for (const QString& id : old + after.nonconformities) {
        const bool added = !old.contains(id);
        const bool removed = !after.nonconformities.contains(id);
        if (!added && !removed)
            continue;
        auto nc = ws.nonconformities().get(id);
        if (!nc)
            continue; // a missing id is reported by the reference check
        if (isTerminal(nc->status)) {
            problems.append(
                {QStringLiteral("nonconformities"),
                 Tr::tr("%1 is %2 and kept as it was; reopen it before linking or unlinking actions")
                     .arg(id, inSentence(enumLabel(nc->status)))});
            continue;
        }
        if (!removed || int(nc->status) < int(NcStatus::ActionPlanned))
            continue;
        QStringList remaining = nc->actions;
        remaining.removeAll(after.meta.id);
        auto others = linkedActions(ws, remaining);
        if (!others)
            return others.error();
        const bool anyActive = std::any_of(others->begin(), others->end(), [](const CorrectiveAction& c) {
            return c.status != CaStatus::Cancelled;
        });
        if (!anyActive)
            problems.append(
                {QStringLiteral("nonconformities"),
                 Tr::tr("%1 is %2 and needs at least one corrective action; link another one first or step "
                        "it back")
                     .arg(id, inSentence(enumLabel(nc->status)))});
    }
    if (problems.isEmpty())
        return {};
    return Error{ErrorCode::WorkflowRefused,
                 after.meta.id.isEmpty() ? Tr::tr("The action cannot change these links:")
                                         : Tr::tr("%1 cannot change these links:").arg(after.meta.id),
                 problems};
}

template <>
Status RecordHooks<CorrectiveAction>::beforeSave(Workspace& ws, const CorrectiveAction* before,
                                                 CorrectiveAction& after, const SaveOptions& options,
                                                 FieldCheck check) {
    if (!options.isImport && !options.systemCascade)
        if (auto s = checkNonconformitySide(ws, before, after); !s)
            return s;
    if (!before) {
        if (!options.isImport && after.status != CaStatus::Planned)
            return makeError(ErrorCode::WorkflowRefused,
                             Tr::tr("A new corrective action starts as planned."));
        if (options.isImport)
            if (auto s = fieldProblems(CaWorkflow::requirements(after, after.status), after.meta.id); !s)
                return s;
        return fieldProblems(checkFields(ws, after, check), shownId(before, after.meta.id, options));
    }
    if (auto s = refuseEditOfClosed(before, after, isTerminal(before->status),
                                    Tr::tr("Reopen or rework it to change it."));
        !s)
        return s;
    if (before->status != after.status) {
        if (!options.reason.isEmpty())
            after.statusReason = options.reason;
        else if (CaWorkflow::needsReason(before->status, after.status) &&
                 after.statusReason == before->statusReason)
            after.statusReason.clear();
        CaWorkflow::applyDerived(after, before->status, ws.clock().today(), ws.user().printedName());
        if (auto s = CaWorkflow::check(after, before->status); !s)
            return s;
    }
    return fieldProblems(checkFields(ws, after, check), after.meta.id);
}

template <>
Status RecordHooks<CorrectiveAction>::afterSave(Workspace& ws, const CorrectiveAction* before,
                                                const CorrectiveAction& after) {
    // An ineffective action sends its nonconformities back to the action stage.
    if (!before || before->status == after.status || after.status != CaStatus::VerifiedIneffective)
        return {};
    for (const QString& ncId : after.nonconformities) {
        auto nc = ws.nonconformities().get(ncId);
        if (!nc)
            return nc.error();
        if (nc->status != NcStatus::Verification && nc->status != NcStatus::Closed)
            continue;
        Nonconformity edited = *nc;
        edited.status = NcStatus::ActionPlanned;
        SaveOptions o;
        o.reason = QStringLiteral("%1 was verified ineffective").arg(after.meta.id);
        o.systemCascade = true;
        auto saved = ws.nonconformities().saveInTransaction(edited, o);
        if (!saved)
            return saved.error();
    }
    return {};
}

Status RecordHooks<Document>::writeExtra(Workspace& ws, const Document* before, const Document& after) {
    if (before && before->revisions == after.revisions)
        return {};
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("DELETE FROM document_revisions WHERE document_id = ?"));
    q.addBindValue(after.meta.id);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Saving revisions of %1").arg(after.meta.id));
    q.prepare(QStringLiteral(
        "INSERT INTO document_revisions(document_id, pos, label, change_summary, author, date, "
        "attachment_id, approved_by, released_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < after.revisions.size(); ++i) {
        const DocumentRevision& r = after.revisions[i];
        q.addBindValue(after.meta.id);
        q.addBindValue(i);
        q.addBindValue(notNull(r.label));
        q.addBindValue(notNull(r.changeSummary));
        q.addBindValue(notNull(r.author));
        q.addBindValue(notNull(codec::date(r.date)));
        q.addBindValue(r.attachment.isNull() ? QVariant(QMetaType::fromType<qint64>())
                                             : QVariant(r.attachment.id));
        q.addBindValue(notNull(r.approvedBy));
        q.addBindValue(notNull(codec::dateTime(r.releasedAt)));
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Saving revisions of %1").arg(after.meta.id));
    }
    return {};
}

Status RecordHooks<Document>::loadExtra(Workspace& ws, QList<Document>& docs,
                                        const QHash<QString, int>& index) {
    const bool few = docs.size() <= 200;
    QSqlQuery q(ws.database().connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT r.document_id, r.label, r.change_summary, r.author, r.date, r.approved_by, r.released_at, "
        "a.id, a.file_name, a.media_type, a.size, a.sha256 FROM document_revisions r "
        "LEFT JOIN attachments a ON a.id = r.attachment_id %1 ORDER BY r.document_id, r.pos");
    if (few) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), docs.size());
        q.prepare(sql.arg(QStringLiteral("WHERE r.document_id IN (%1)").arg(marks.join(QLatin1Char(',')))));
        for (const Document& d : docs)
            q.addBindValue(d.meta.id);
    } else {
        q.prepare(sql.arg(QString()));
    }
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading document revisions"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        DocumentRevision r;
        r.label = q.value(1).toString();
        r.changeSummary = q.value(2).toString();
        r.author = q.value(3).toString();
        r.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.approvedBy = q.value(5).toString();
        r.releasedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        if (!q.value(7).isNull()) {
            r.attachment.id = q.value(7).toLongLong();
            r.attachment.fileName = q.value(8).toString();
            r.attachment.mediaType = q.value(9).toString();
            r.attachment.size = q.value(10).toLongLong();
            r.attachment.sha256 = q.value(11).toString();
        }
        docs[*it].revisions.append(r);
    }
    return {};
}

} // namespace qms

#include "Workflow.h"

#include <QCoreApplication>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Workflow)
};

int rank(NcStatus s) {
    switch (s) {
    case NcStatus::Open:
        return 0;
    case NcStatus::Contained:
        return 1;
    case NcStatus::RootCauseIdentified:
        return 2;
    case NcStatus::ActionPlanned:
        return 3;
    case NcStatus::Verification:
        return 4;
    case NcStatus::Closed:
        return 5;
    case NcStatus::Cancelled:
        return -1;
    }
    return -1;
}

Status refuse(QList<FieldError> problems, const QString& from, const QString& to) {
    return Error{ErrorCode::WorkflowRefused, Tr::tr("Cannot move from %1 to %2 yet:").arg(from, to),
                 std::move(problems)};
}

Status notAStep(const QString& from, const QString& to) {
    return Error{ErrorCode::WorkflowRefused, Tr::tr("%1 cannot go to %2 directly.").arg(from, to), {}};
}

} // namespace

// ---- Nonconformity -------------------------------------------------------------------------

QList<WorkflowStep<NcStatus>> NcWorkflow::steps(NcStatus from) {
    using S = NcStatus;
    QList<WorkflowStep<S>> out;
    switch (from) {
    case S::Open:
        out = {{S::Contained, Tr::tr("Mark contained"), false}};
        break;
    case S::Contained:
        out = {{S::RootCauseIdentified, Tr::tr("Root cause identified"), false},
               {S::Open, Tr::tr("Back to open"), true}};
        break;
    case S::RootCauseIdentified:
        out = {{S::ActionPlanned, Tr::tr("Actions planned"), false},
               {S::Contained, Tr::tr("Back to contained"), true}};
        break;
    case S::ActionPlanned:
        out = {{S::Verification, Tr::tr("Start verification"), false},
               {S::RootCauseIdentified, Tr::tr("Back to root cause"), true}};
        break;
    case S::Verification:
        out = {{S::Closed, Tr::tr("Close nonconformity"), false}, {S::ActionPlanned, Tr::tr("Back to actions"), true}};
        break;
    case S::Closed:
        return {{S::ActionPlanned, Tr::tr("Reopen"), true}};
    case S::Cancelled:
        return {{S::Open, Tr::tr("Reopen"), true}};
    }
    out.append({S::Cancelled, Tr::tr("Cancel"), true});
    return out;
}

bool NcWorkflow::isStep(NcStatus from, NcStatus to) {
    for (const auto& s : steps(from))
        if (s.target == to)
            return true;
    return false;
}

bool NcWorkflow::needsReason(NcStatus from, NcStatus to) {
    for (const auto& s : steps(from))
        if (s.target == to)
            return s.needsReason;
    return false;
}

QList<FieldError> NcWorkflow::requirements(const Nonconformity& nc, NcStatus state,
                                           const QList<CorrectiveAction>& linked) {
    QList<FieldError> out;
    if (state == NcStatus::Cancelled) {
        if (nc.statusReason.trimmed().isEmpty())
            out.append({QStringLiteral("status_reason"), Tr::tr("Say why the nonconformity is cancelled")});
        return out;
    }
    const int r = rank(state);
    if (r >= rank(NcStatus::Contained) && nc.containment.trimmed().isEmpty())
        out.append(
            {QStringLiteral("containment"), Tr::tr("Describe the immediate containment action first")});
    if (r >= rank(NcStatus::RootCauseIdentified) && nc.rootCause.trimmed().isEmpty())
        out.append({QStringLiteral("root_cause"), Tr::tr("Add a root cause first")});
    int active = 0;
    QStringList notDone;
    for (const auto& ca : linked) {
        if (ca.status == CaStatus::Cancelled)
            continue;
        ++active;
        if (ca.status != CaStatus::Done && ca.status != CaStatus::VerifiedEffective)
            notDone << QStringLiteral("%1 (%2)").arg(ca.meta.id, enumLabel(ca.status));
    }
    if (r >= rank(NcStatus::ActionPlanned) && active == 0)
        out.append({QStringLiteral("actions"), Tr::tr("Link at least one corrective action first")});
    if (r >= rank(NcStatus::Verification) && !notDone.isEmpty())
        out.append({QStringLiteral("actions"),
                    Tr::tr("All linked corrective actions must be done first; still open: %1")
                        .arg(notDone.join(QStringLiteral(", ")))});
    if (r >= rank(NcStatus::Closed) && nc.effectiveness.trimmed().isEmpty())
        out.append({QStringLiteral("effectiveness"), Tr::tr("Record the effectiveness review result first")});
    return out;
}

Status NcWorkflow::check(const Nonconformity& nc, NcStatus from, const QList<CorrectiveAction>& linked) {
    const NcStatus to = nc.status;
    if (from == to)
        return {};
    if (!isStep(from, to))
        return notAStep(enumLabel(from), enumLabel(to));
    QList<FieldError> problems;
    if (needsReason(from, to) && nc.statusReason.trimmed().isEmpty())
        problems.append({QStringLiteral("status_reason"), Tr::tr("Give a reason for this change")});
    // Stepping back or reopening only needs the reason; going forward needs the stage's data.
    if (to == NcStatus::Cancelled || rank(to) > rank(from) || from == NcStatus::Cancelled) {
        for (const auto& p : requirements(nc, to, linked))
            if (!problems.contains(p))
                problems.append(p);
    }
    if (!problems.isEmpty())
        return refuse(problems, enumLabel(from), enumLabel(to));
    return {};
}

void NcWorkflow::applyDerived(Nonconformity& nc, NcStatus from, const QDate& today) {
    if (nc.status == NcStatus::Closed && from != NcStatus::Closed)
        nc.closedOn = today;
    else if (nc.status != NcStatus::Closed)
        nc.closedOn = {};
}

// ---- Corrective action ---------------------------------------------------------------------

QList<WorkflowStep<CaStatus>> CaWorkflow::steps(CaStatus from) {
    using S = CaStatus;
    switch (from) {
    case S::Planned:
        return {{S::InProgress, Tr::tr("Start"), false}, {S::Cancelled, Tr::tr("Cancel"), true}};
    case S::InProgress:
        return {{S::Done, Tr::tr("Mark done"), false},
                {S::Planned, Tr::tr("Back to planned"), true},
                {S::Cancelled, Tr::tr("Cancel"), true}};
    case S::Done:
        return {{S::VerifiedEffective, Tr::tr("Verified effective"), false},
                {S::VerifiedIneffective, Tr::tr("Verified ineffective"), false},
                {S::InProgress, Tr::tr("Back to in progress"), true},
                {S::Cancelled, Tr::tr("Cancel"), true}};
    case S::VerifiedEffective:
        return {};
    case S::VerifiedIneffective:
        return {{S::InProgress, Tr::tr("Rework"), true}};
    case S::Cancelled:
        return {{S::Planned, Tr::tr("Reopen"), true}};
    }
    return {};
}

bool CaWorkflow::isStep(CaStatus from, CaStatus to) {
    for (const auto& s : steps(from))
        if (s.target == to)
            return true;
    return false;
}

bool CaWorkflow::needsReason(CaStatus from, CaStatus to) {
    for (const auto& s : steps(from))
        if (s.target == to)
            return s.needsReason;
    return false;
}

QList<FieldError> CaWorkflow::requirements(const CorrectiveAction& ca, CaStatus state) {
    QList<FieldError> out;
    switch (state) {
    case CaStatus::Cancelled:
        if (ca.statusReason.trimmed().isEmpty())
            out.append({QStringLiteral("status_reason"), Tr::tr("Say why the action is cancelled")});
        break;
    case CaStatus::VerifiedEffective:
    case CaStatus::VerifiedIneffective:
        if (ca.effectivenessResult.trimmed().isEmpty())
            out.append({QStringLiteral("effectiveness_result"),
                        Tr::tr("Record the effectiveness check result first")});
        [[fallthrough]];
    case CaStatus::Done:
        if (!ca.completedOn.isValid() && state != CaStatus::Done)
            out.append({QStringLiteral("completed_on"), Tr::tr("Give the completion date")});
        break;
    default:
        break;
    }
    return out;
}

Status CaWorkflow::check(const CorrectiveAction& ca, CaStatus from) {
    if (from == ca.status)
        return {};
    if (!isStep(from, ca.status))
        return notAStep(enumLabel(from), enumLabel(ca.status));
    QList<FieldError> problems;
    if (needsReason(from, ca.status) && ca.statusReason.trimmed().isEmpty())
        problems.append({QStringLiteral("status_reason"), Tr::tr("Give a reason for this change")});
    for (const auto& p : requirements(ca, ca.status))
        if (!problems.contains(p))
            problems.append(p);
    if (!problems.isEmpty())
        return refuse(problems, enumLabel(from), enumLabel(ca.status));
    return {};
}

void CaWorkflow::applyDerived(CorrectiveAction& ca, CaStatus from, const QDate& today,
                              const QString& actingUser) {
    if (ca.status == CaStatus::Done && from != CaStatus::Done && !ca.completedOn.isValid())
        ca.completedOn = today;
    if ((ca.status == CaStatus::VerifiedEffective || ca.status == CaStatus::VerifiedIneffective) &&
        ca.effectivenessBy.trimmed().isEmpty())
        ca.effectivenessBy = actingUser;
    if (ca.status == CaStatus::Planned || ca.status == CaStatus::InProgress)
        ca.completedOn = {};
}

// ---- Document ------------------------------------------------------------------------------

QList<WorkflowStep<DocumentStatus>> DocumentWorkflow::steps(DocumentStatus from) {
    using S = DocumentStatus;
    switch (from) {
    case S::Draft:
        return {{S::InReview, Tr::tr("Submit for review"), false}, {S::Obsolete, Tr::tr("Withdraw"), true}};
    case S::InReview:
        return {{S::Released, Tr::tr("Release"), false}, {S::Draft, Tr::tr("Back to draft"), true}};
    case S::Released:
        return {{S::Obsolete, Tr::tr("Make obsolete"), true}};
    case S::Obsolete:
        return {};
    }
    return {};
}

bool DocumentWorkflow::isStep(DocumentStatus from, DocumentStatus to) {
    for (const auto& s : steps(from))
        if (s.target == to)
            return true;
    return false;
}

bool DocumentWorkflow::needsReason(DocumentStatus from, DocumentStatus to) {
    for (const auto& s : steps(from))
        if (s.target == to)
            return s.needsReason;
    return false;
}

QList<FieldError> DocumentWorkflow::requirements(const Document& doc, DocumentStatus state) {
    QList<FieldError> out;
    if (state == DocumentStatus::InReview || state == DocumentStatus::Released) {
        if (doc.revision.trimmed().isEmpty())
            out.append({QStringLiteral("revision"), Tr::tr("Give the revision label first")});
        const DocumentRevision* rev = doc.currentRevision();
        if (!rev || rev->changeSummary.trimmed().isEmpty())
            out.append({QStringLiteral("revisions"),
                        Tr::tr("Describe what changed in revision %1 first").arg(doc.revision)});
    }
    if (state == DocumentStatus::Obsolete && doc.obsoleteReason.trimmed().isEmpty())
        out.append({QStringLiteral("obsolete_reason"), Tr::tr("Say why the document is obsolete")});
    return out;
}

Status DocumentWorkflow::check(const Document& doc, DocumentStatus from) {
    if (from == doc.status)
        return {};
    if (!isStep(from, doc.status))
        return notAStep(enumLabel(from), enumLabel(doc.status));
    const auto problems = requirements(doc, doc.status);
    if (!problems.isEmpty())
        return refuse(problems, enumLabel(from), enumLabel(doc.status));
    return {};
}

void DocumentWorkflow::applyDerived(Document& doc, DocumentStatus from, const QDateTime& nowUtc,
                                    const QString& approver) {
    if (doc.status == DocumentStatus::Released && from != DocumentStatus::Released) {
        doc.effectiveRevision = doc.revision;
        doc.approvedBy = approver;
        doc.releasedAt = nowUtc;
        doc.nextReview = nowUtc.toLocalTime().date().addMonths(std::max(1, doc.reviewIntervalMonths));
        if (DocumentRevision* rev = doc.currentRevision()) {
            rev->approvedBy = approver;
            rev->releasedAt = nowUtc;
        }
    }
}

Status DocumentWorkflow::startRevision(Document& doc, const QString& label, const QString& summary,
                                       const QString& author, const QDate& today) {
    QList<FieldError> problems;
    const QString l = label.trimmed().isEmpty() ? nextRevisionLabel(doc.revision) : label.trimmed();
    if (doc.status != DocumentStatus::Released)
        return Error{
            ErrorCode::WorkflowRefused,
            Tr::tr(
                "A new revision starts from a released document; %1 is %2. Edit the current draft instead.")
                .arg(doc.meta.id, enumLabel(doc.status)),
            {}};
    for (const auto& r : doc.revisions)
        if (r.label.compare(l, Qt::CaseInsensitive) == 0)
            problems.append({QStringLiteral("revision"), Tr::tr("Revision %1 exists already").arg(l)});
    if (summary.trimmed().isEmpty())
        problems.append({QStringLiteral("revisions"), Tr::tr("Describe what the new revision changes")});
    if (!problems.isEmpty())
        return Error::invalid(problems);
    DocumentRevision rev;
    rev.label = l;
    rev.changeSummary = summary.trimmed();
    rev.author = author;
    rev.date = today;
    doc.revisions.append(rev);
    doc.revision = l;
    doc.status = DocumentStatus::Draft;
    return {};
}

QString DocumentWorkflow::nextRevisionLabel(const QString& label) {
    const QString l = label.trimmed();
    if (l.isEmpty())
        return QStringLiteral("A");
    const int dot = l.lastIndexOf(QLatin1Char('.'));
    const QString head = dot < 0 ? QString() : l.left(dot + 1);
    const QString tail = dot < 0 ? l : l.mid(dot + 1);
    bool isNumber = false;
    const int n = tail.toInt(&isNumber);
    if (isNumber)
        return head + QString::number(n + 1);
    if (tail.size() == 1 && tail[0].isLetter() && tail[0].toUpper() != QLatin1Char('Z'))
        return head + QChar(tail[0].unicode() + 1);
    return l + QStringLiteral("-1");
}

} // namespace qms

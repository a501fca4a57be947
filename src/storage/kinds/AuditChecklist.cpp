// An audit's checklist filled from the data: from its scope (the questions of each applicable
// clause, each process's documents and KPIs), or from the last audit of the same scope.

#include "domain/AuditQuestions.h"
#include "domain/kinds/KindRules.h"
#include "storage/ClauseRepository.h"
#include "storage/TableActions.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AuditChecklist)
};

QStringList row(const QString& clause, const QString& process, const QString& question) {
    return {clause, process, question, QString(), QStringLiteral("unanswered"), QString()};
}

Result<QList<QStringList>> fromScope(Workspace& ws, const Audit& audit) {
    const ClauseCatalogue& catalogue = ws.catalogue();
    auto applicability = ws.clauses().applicability();
    if (!applicability)
        return applicability.error();
    QSet<QString> notApplicable;
    for (const ClauseApplicability& a : *applicability)
        if (!a.applicable)
            notApplicable.insert(a.clause);
    QList<QStringList> out;
    QStringList clauses = audit.clauses;
    std::sort(clauses.begin(), clauses.end(),
              [&](const QString& a, const QString& b) { return ClauseCatalogue::lessThan(a, b); });
    QSet<QString> done;
    for (const QString& scope : clauses)
        for (const Clause& c : catalogue.clauses()) {
            if (!catalogue.isSelfOrDescendant(c.number, scope) || !catalogue.isLeaf(c.number) ||
                notApplicable.contains(c.number) || done.contains(c.number))
                continue;
            done.insert(c.number);
            QStringList questions = auditQuestions(c.number);
            if (questions.isEmpty())
                questions << Tr::tr("How is %1 %2 met? Show the records.").arg(c.number, c.title);
            for (const QString& q : questions)
                out << row(c.number, QString(), q);
        }
    if (audit.processes.isEmpty())
        return out;
    RecordFilter byId;
    byId.ids = audit.processes;
    auto processes = ws.processes().list(byId);
    if (!processes)
        return processes.error();
    auto documents = ws.documents().list();
    if (!documents)
        return documents.error();
    for (const QString& id : audit.processes) {
        const auto p = std::find_if(processes->begin(), processes->end(),
                                    [&](const Process& x) { return x.meta.id == id; });
        if (p == processes->end())
            continue;
        out << row(QStringLiteral("4.4.1"), p->meta.id,
                   Tr::tr("Is %1 run as described: its inputs, outputs, resources, responsibilities and the "
                          "criteria it is controlled by? Show how its owner knows it works.")
                       .arg(p->name));
        for (const Kpi& k : p->kpis)
            out << row(QStringLiteral("9.1.1"), p->meta.id,
                       Tr::tr("What do the latest results of \"%1\" show against the target %2? Who reviews "
                              "them, and what was done when the target was missed?")
                           .arg(k.name, QStringLiteral("%1 %2").arg(k.target, k.unit).trimmed()));
        for (const Document& d : *documents)
            if (d.processes.contains(p->meta.id) && d.status == DocumentStatus::Released)
                out << row(QStringLiteral("7.5.3"), p->meta.id,
                           Tr::tr("Is %1 %2 (revision %3) the version in use where the work is done, and is "
                                  "it followed? Sample the records it asks for.")
                               .arg(d.meta.id, d.title, d.effectiveRevision));
        if (!p->risks.trimmed().isEmpty())
            out << row(QStringLiteral("6.1.2"), p->meta.id,
                       Tr::tr("Are the actions on the risks and opportunities of %1 in place and effective?")
                           .arg(p->name));
    }
    return out;
}

// The questions of the last audit with the same clauses and processes in scope, unanswered.
Result<QList<QStringList>> fromPrevious(Workspace& ws, const Audit& audit) {
    auto all = ws.records<Audit>().list();
    if (!all)
        return all.error();
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    const Audit* previous = nullptr;
    const auto when = [](const Audit& a) {
        return a.heldOn.isValid() ? a.heldOn : a.plannedDate;
    };
    for (const Audit& a : *all)
        if (a.meta.id != audit.meta.id && a.status != AuditStatus::Cancelled && !a.checklist.isEmpty() &&
            sorted(a.clauses) == sorted(audit.clauses) && sorted(a.processes) == sorted(audit.processes) &&
            (!previous || when(a) > when(*previous)))
            previous = &a;
    if (!previous)
        return Error{
            ErrorCode::NotFound,
            Tr::tr("No earlier audit has the same scope (clauses: %1; processes: %2).")
                .arg(audit.clauses.isEmpty() ? Tr::tr("none") : audit.clauses.join(QStringLiteral(", ")),
                     audit.processes.isEmpty() ? Tr::tr("none") : audit.processes.join(QStringLiteral(", "))),
            {}};
    QList<QStringList> out;
    for (const ChecklistItem& i : previous->checklist)
        out << row(i.clause, i.process, i.question);
    return out;
}

} // namespace

template <>
Result<QList<QStringList>> tableFillRows<Audit>(Workspace& ws, const Audit& audit, const QString& field,
                                                const QString& fill) {
    if (field == QLatin1String("checklist") && fill == QLatin1String("scope")) {
        if (audit.clauses.isEmpty() && audit.processes.isEmpty())
            return Error{ErrorCode::Invalid, Tr::tr("Name the clauses or processes in scope first."), {}};
        return fromScope(ws, audit);
    }
    if (field == QLatin1String("checklist") && fill == QLatin1String("previous"))
        return fromPrevious(ws, audit);
    return Error{ErrorCode::NotFound, Tr::tr("Audits cannot fill \"%1\" with \"%2\"").arg(field, fill), {}};
}

} // namespace qms

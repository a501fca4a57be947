#include "ClauseRepository.h"

#include "AuditTrail.h"
#include "Database.h"
#include "ProgrammePolicy.h"
#include "RuleSql.h"
#include "Workspace.h"
#include "domain/ClauseCoverage.h"
#include "domain/FieldCodec.h"
#include "domain/Permissions.h"
#include "domain/kinds/KindDeclaration.h"

#include <QCoreApplication>
#include <QPair>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <climits>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ClauseRepository)
};

// One row per clause link of every record: record id, clause, ClauseRole, finding grade (-1:
// ungraded). The role comes from the kind's EvidenceDecl (sql::clauseRole); withdrawn records are
// listed with their own role and counted nowhere.
// `underClause`: only the links to one clause and its subclauses (two placeholders per kind: the
// clause and "clause.%"), found through the link target index; otherwise every clause link, each
// kind's table driving the lookup of its own links by the primary key (CROSS JOIN fixes that order:
// on 100,000 NCs it reads the links in 0.4 s, where scanning them once per kind took 2 s).
QString clauseLinkRows(const QString& today, bool underClause = false) {
    QStringList parts;
    for (const KindDecl* d : kindDecls()) {
        const QString from =
            underClause
                ? QStringLiteral("record_links l JOIN %1 t ON t.id = l.record_id WHERE l.field = 'clauses' "
                                 "AND (l.target = ? OR l.target LIKE ?)")
                : QStringLiteral("%1 t CROSS JOIN record_links l ON l.record_id = t.id AND l.field = "
                                 "'clauses'");
        parts << QStringLiteral(
                     "SELECT l.record_id AS record_id, l.target AS target, %1 AS role, %2 AS grade "
                     "FROM %3")
                     .arg(sql::clauseRole(*d, QStringLiteral("t"), today),
                          sql::findingGrade(*d, QStringLiteral("t")),
                          from.arg(QString::fromLatin1(d->table)));
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

QString todayLiteral(const Workspace& ws) {
    return sql::quotedList({ws.clock().today().toString(Qt::ISODate)});
}

} // namespace

Result<QList<ClauseApplicability>> ClauseRepository::applicability() const {
    const ClauseCatalogue& cat = m_ws.catalogue();
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral("SELECT clause, applicable, justification FROM clause_applicability WHERE "
                             "standard = ? AND edition = ?"));
    q.addBindValue(cat.standard());
    q.addBindValue(cat.edition());
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading clause applicability"));
    QHash<QString, ClauseApplicability> stored;
    while (q.next())
        stored.insert(q.value(0).toString(),
                      {q.value(0).toString(), q.value(1).toBool(), q.value(2).toString()});
    QList<ClauseApplicability> out;
    QHash<QString, ClauseApplicability> resolved;
    for (const Clause& c : cat.clauses()) {
        ClauseApplicability a = stored.value(c.number, {c.number, true, {}});
        a.clause = c.number;
        if (!c.parent.isEmpty()) {
            const ClauseApplicability& parent = resolved[c.parent];
            if (!parent.applicable) {
                a.applicable = false;
                if (a.justification.isEmpty())
                    a.justification = Tr::tr("%1 does not apply: %2").arg(c.parent, parent.justification);
            }
        }
        resolved.insert(c.number, a);
        out << a;
    }
    return out;
}

Status ClauseRepository::setApplicability(const QString& clause, bool applicable,
                                          const QString& justification) {
    if (auto s = Permissions::canEditApplicability(m_ws.user()); !s)
        return s;
    const ClauseCatalogue& cat = m_ws.catalogue();
    if (!cat.contains(clause))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 is not a clause of %2").arg(clause, cat.displayName()));
    if (!applicable && justification.trimmed().isEmpty())
        return Error::invalid(
            {{QStringLiteral("justification"),
              Tr::tr("Say why clause %1 does not apply (ISO 9001 4.3 asks for a justification)")
                  .arg(clause)}});
    return m_ws.database().write([&]() -> Status {
        QSqlQuery q(m_ws.database().connection());
        q.prepare(QStringLiteral(
            "SELECT applicable, justification FROM clause_applicability WHERE standard = ? AND "
            "edition = ? AND clause = ?"));
        q.addBindValue(cat.standard());
        q.addBindValue(cat.edition());
        q.addBindValue(clause);
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Reading clause applicability"));
        bool oldApplicable = true;
        QString oldJustification;
        if (q.next()) {
            oldApplicable = q.value(0).toBool();
            oldJustification = q.value(1).toString();
        }
        q.finish();
        const QString newJustification = applicable ? QString() : justification.trimmed();
        if (oldApplicable == applicable && oldJustification == newJustification)
            return {};
        q.prepare(QStringLiteral(
            "INSERT INTO clause_applicability(standard, edition, clause, applicable, justification) "
            "VALUES(?,?,?,?,?) ON CONFLICT(standard, edition, clause) DO UPDATE SET "
            "applicable = excluded.applicable, justification = excluded.justification"));
        q.addBindValue(cat.standard());
        q.addBindValue(cat.edition());
        q.addBindValue(clause);
        q.addBindValue(applicable ? 1 : 0);
        q.addBindValue(notNull(newJustification));
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Saving clause applicability"));
        QList<AuditEntry> entries;
        const QString rid = QStringLiteral("clause:") + clause;
        if (oldApplicable != applicable)
            entries.append({0,
                            {},
                            {},
                            rid,
                            QStringLiteral("applicability"),
                            QStringLiteral("applicable"),
                            codec::yesNo(oldApplicable),
                            codec::yesNo(applicable),
                            newJustification,
                            {},
                            {}});
        if (oldJustification != newJustification)
            entries.append({0,
                            {},
                            {},
                            rid,
                            QStringLiteral("applicability"),
                            QStringLiteral("justification"),
                            oldJustification,
                            newJustification,
                            {},
                            {},
                            {}});
        return m_ws.appendAudit(entries);
    });
}

Result<QList<ClauseCoverage>> ClauseRepository::coverage() const {
    const ClauseCatalogue& cat = m_ws.catalogue();
    auto appl = applicability();
    if (!appl)
        return appl.error();
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_id, target, role, grade FROM (%1) WHERE role != %2")
                    .arg(clauseLinkRows(todayLiteral(m_ws)))
                    .arg(int(ClauseRole::Withdrawn))))
        return sqlError(q.lastError(), Tr::tr("Counting clause evidence"));
    // Per clause, the records linked to it or a subclause, each counted once for the parent: records
    // are keyed by kind and number, ancestors looked up once per distinct clause (with 100,000 NCs
    // this loop sees a few hundred thousand links).
    struct Linked {
        QList<QSet<qint64>> byKind;
        QSet<QPair<int, qint64>> evidence, stale, findings;
        int worstGrade = INT_MAX;
        int worstKind = 0;
    };
    const int kinds = int(kindDecls().size());
    QHash<QString, Linked> linked;
    QHash<QString, QStringList> ancestors;
    QHash<QString, int> kindOfPrefix;
    for (const KindDecl* d : kindDecls())
        kindOfPrefix.insert(QString::fromLatin1(d->prefix), int(d->kind));
    while (q.next()) {
        const QString rid = q.value(0).toString();
        const int dash = rid.indexOf(QLatin1Char('-'));
        const auto kind = kindOfPrefix.constFind(rid.left(dash));
        if (dash < 0 || kind == kindOfPrefix.constEnd())
            continue;
        const qint64 number = QStringView(rid).mid(dash + 1).toLongLong();
        const QPair<int, qint64> key{*kind, number};
        const auto role = ClauseRole(q.value(2).toInt());
        const int grade = q.value(3).toInt();
        const QString target = q.value(1).toString();
        auto chain = ancestors.find(target);
        if (chain == ancestors.end())
            chain = ancestors.insert(target, cat.selfAndAncestors(target));
        for (const QString& c : *chain) {
            auto it = linked.find(c);
            if (it == linked.end()) {
                it = linked.insert(c, {});
                it->byKind.resize(kinds);
            }
            it->byKind[*kind].insert(number);
            if (role == ClauseRole::Evidence)
                it->evidence.insert(key);
            else if (role == ClauseRole::StaleEvidence)
                it->stale.insert(key);
            else if (role == ClauseRole::OpenFinding) {
                it->findings.insert(key);
                if (grade >= 0 && grade < it->worstGrade) {
                    it->worstGrade = grade;
                    it->worstKind = *kind;
                }
            }
        }
    }
    // Per clause in scope, the latest audit held and the earliest planned (the kind declaring
    // evidence.lastDate, and its card's next date); then for their parents too.
    QHash<QString, QDate> lastDirect, lastUp, nextDirect, nextUp;
    const auto keep = [](QHash<QString, QDate>& dates, const QString& clause, const QDate& d, bool latest) {
        QDate& slot = dates[clause];
        if (!slot.isValid() || (latest ? d > slot : d < slot))
            slot = d;
    };
    const auto collect = [&](const KindDecl& d, const char* field, const QStringList& states, bool latest,
                             QHash<QString, QDate>& direct, QHash<QString, QDate>& up) -> Status {
        // The kind's table drives its links by primary key (CROSS JOIN keeps that order): a few
        // dozen audits instead of every clause link in the file (1 ms instead of 23 ms on 100,000
        // NCs, docs/benchmarks.md).
        QSqlQuery q(m_ws.database().connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                        "SELECT l.target, %5(t.%1) FROM %2 t CROSS JOIN record_links l ON l.record_id = t.id "
                        "AND l.field = 'clauses' WHERE t.%3 IN (%4) AND t.%1 <> '' GROUP BY l.target")
                        .arg(QString::fromLatin1(field), QString::fromLatin1(d.table),
                             QString::fromLatin1(d.statusField), sql::quotedList(states),
                             latest ? QStringLiteral("max") : QStringLiteral("min"))))
            return sqlError(q.lastError(), Tr::tr("Counting clause evidence"));
        while (q.next()) {
            const QDate date = codec::parseDate(q.value(1).toString()).value_or(QDate());
            if (!date.isValid())
                continue;
            const QString target = q.value(0).toString();
            keep(direct, target, date, latest);
            for (const QString& a : cat.selfAndAncestors(target))
                keep(up, a, date, latest);
        }
        return {};
    };
    bool keepsAudits = false;
    for (const KindDecl* d : kindDecls()) {
        if (!d->evidence.lastDate)
            continue;
        keepsAudits = true;
        if (auto s = collect(*d, d->evidence.lastDate, d->evidenceStates(), true, lastDirect, lastUp); !s)
            return s.error();
        if (d->card.nextField)
            if (auto s = collect(*d, d->card.nextField, sql::pendingStates(*d), false, nextDirect, nextUp);
                !s)
                return s.error();
    }
    const int cycle = ProgrammePolicy(m_ws).auditCycleMonths();
    const QDate today = m_ws.clock().today();
    QList<ClauseCoverage> out;
    for (int i = 0; i < cat.clauses().size(); ++i) {
        const Clause& c = cat.clauses()[i];
        ClauseCoverage cov;
        cov.lastDate = lastUp.value(c.number);
        cov.nextDate = nextUp.value(c.number);
        for (const QString& a : cat.selfAndAncestors(c.number)) { // audited as part of a parent in scope
            cov.lastDate = std::max(cov.lastDate, lastDirect.value(a));
            const QDate next = nextDirect.value(a);
            if (next.isValid() && (!cov.nextDate.isValid() || next < cov.nextDate))
                cov.nextDate = next;
        }
        cov.clause = c.number;
        cov.title = c.title;
        cov.depth = c.depth;
        cov.applicable = (*appl)[i].applicable;
        cov.justification = (*appl)[i].justification;
        if (keepsAudits && cov.applicable)
            cov.programme = programmeStatus(cov.lastDate, cov.nextDate, today, cycle);
        cov.counts = QList<int>(kinds, 0);
        const auto it = linked.constFind(c.number);
        if (it != linked.constEnd()) {
            for (int k = 0; k < kinds; ++k)
                cov.counts[k] = int(it->byKind[k].size());
            cov.evidence = int(it->evidence.size());
            cov.staleEvidence = int(it->stale.size());
            cov.openFindings = int(it->findings.size());
            if (it->worstGrade != INT_MAX) {
                const KindDecl& d = *kindDecls()[it->worstKind];
                cov.worstFindingKind = d.kind;
                cov.worstFinding =
                    QString::fromLatin1(d.evidence.gradeOrder).split(QLatin1Char(',')).value(it->worstGrade);
            }
        }
        out << cov;
    }
    return out;
}

Result<CoverageSummary> ClauseRepository::summary() const {
    auto appl = applicability();
    if (!appl)
        return appl.error();
    // A leaf clause has no subclauses: the records linked to it directly decide its status, so
    // one DISTINCT over the links answers without the per-clause counts (fast on 100,000 NCs).
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT DISTINCT target, role FROM (%1)").arg(clauseLinkRows(todayLiteral(m_ws)))))
        return sqlError(q.lastError(), Tr::tr("Reading clause evidence"));
    QHash<QString, ClauseCoverage> leaves;
    while (q.next()) {
        ClauseCoverage& c = leaves[q.value(0).toString()];
        switch (ClauseRole(q.value(1).toInt())) {
        case ClauseRole::Evidence:
            c.evidence = 1;
            break;
        case ClauseRole::StaleEvidence:
            c.staleEvidence = 1;
            break;
        case ClauseRole::OpenFinding:
            c.openFindings = 1;
            break;
        case ClauseRole::Linked:
        case ClauseRole::Withdrawn:
            break;
        }
    }
    const ClauseCatalogue& cat = m_ws.catalogue();
    QList<ClauseCoverage> rows;
    for (const ClauseApplicability& a : *appl) {
        if (!cat.isLeaf(a.clause))
            continue;
        ClauseCoverage c = leaves.value(a.clause);
        c.clause = a.clause;
        c.applicable = a.applicable;
        rows << c;
    }
    return summarise(rows, cat);
}

Result<QList<ClauseLink>> ClauseRepository::linkedRecords(const QString& clause) const {
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral("SELECT record_id, min(role) FROM (%1) GROUP BY record_id ORDER BY record_id")
                  .arg(clauseLinkRows(todayLiteral(m_ws), true)));
    for (qsizetype i = 0; i < qsizetype(kindDecls().size()); ++i) {
        q.addBindValue(clause);
        q.addBindValue(clause + QStringLiteral(".%"));
    }
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading records of clause %1").arg(clause));
    QList<ClauseLink> out;
    while (q.next())
        out.append({q.value(0).toString(), ClauseRole(q.value(1).toInt())});
    return out;
}

Status ClauseRepository::forEachStoredState(
    const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const {
    QSqlQuery q(m_ws.database().connection());
    if (!q.exec(QStringLiteral("SELECT clause, applicable, justification FROM clause_applicability")))
        return sqlError(q.lastError(), Tr::tr("Reading clause applicability"));
    while (q.next())
        fn(QStringLiteral("clause:") + q.value(0).toString(),
           {{QStringLiteral("applicable"), codec::yesNo(q.value(1).toBool())},
            {QStringLiteral("justification"), q.value(2).toString()}});
    return {};
}

} // namespace qms

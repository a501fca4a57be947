#include "ClauseRepository.h"

#include "AuditTrail.h"
#include "Database.h"
#include "RuleSql.h"
#include "Workspace.h"
#include "domain/FieldCodec.h"
#include "domain/Permissions.h"
#include "domain/kinds/KindDeclaration.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ClauseRepository)
};

// Records that count as evidence: linked through a kind's clause list and not in a withdrawn
// state (StateDecl::withdrawn: obsolete documents, retired processes, cancelled NCs and CAs).
QString liveRecords() {
    QStringList parts;
    for (const KindDecl* d : kindDecls()) {
        const QStringList withdrawn = d->withdrawnStates();
        if (!withdrawn.isEmpty())
            parts << QStringLiteral("record_id NOT IN (SELECT id FROM %1 WHERE %2 IN (%3))")
                         .arg(QString::fromLatin1(d->table), QString::fromLatin1(d->statusField),
                              sql::quotedList(withdrawn));
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
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
    if (!q.exec(QStringLiteral("SELECT record_id, target FROM record_links WHERE field = 'clauses' AND %1")
                    .arg(liveRecords())))
        return sqlError(q.lastError(), Tr::tr("Counting clause evidence"));
    // clause -> kind -> records (a record linked to two subclauses counts once for the parent)
    // Records are keyed by number, ancestors are looked up once per distinct clause: with
    // 100,000 NCs this loop sees a few hundred thousand links.
    const int kinds = int(kindDecls().size());
    QHash<QString, QList<QSet<qint64>>> evidence;
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
        const QString target = q.value(1).toString();
        auto chain = ancestors.find(target);
        if (chain == ancestors.end())
            chain = ancestors.insert(target, cat.selfAndAncestors(target));
        for (const QString& c : *chain) {
            auto sets = evidence.find(c);
            if (sets == evidence.end())
                sets = evidence.insert(c, QList<QSet<qint64>>(kinds));
            (*sets)[*kind].insert(number);
        }
    }
    QList<ClauseCoverage> out;
    for (int i = 0; i < cat.clauses().size(); ++i) {
        const Clause& c = cat.clauses()[i];
        ClauseCoverage cov;
        cov.clause = c.number;
        cov.title = c.title;
        cov.depth = c.depth;
        cov.applicable = (*appl)[i].applicable;
        cov.justification = (*appl)[i].justification;
        cov.counts = QList<int>(kinds, 0);
        const auto it = evidence.constFind(c.number);
        if (it != evidence.constEnd())
            for (int k = 0; k < kinds; ++k)
                cov.counts[k] = int((*it)[k].size());
        out << cov;
    }
    return out;
}

Result<CoverageSummary> ClauseRepository::summary() const {
    auto appl = applicability();
    if (!appl)
        return appl.error();
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT target FROM record_links WHERE field = 'clauses' AND %1")
                    .arg(liveRecords())))
        return sqlError(q.lastError(), Tr::tr("Reading clause evidence"));
    QSet<QString> linked;
    while (q.next())
        linked.insert(q.value(0).toString());
    const ClauseCatalogue& cat = m_ws.catalogue();
    CoverageSummary out;
    for (const ClauseApplicability& a : *appl) {
        if (!cat.isLeaf(a.clause))
            continue;
        if (!a.applicable) {
            ++out.notApplicableLeaves;
        } else {
            ++out.applicableLeaves;
            if (linked.contains(a.clause))
                ++out.coveredLeaves;
        }
    }
    return out;
}

Result<QStringList> ClauseRepository::linkedRecords(const QString& clause) const {
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT record_id FROM record_links WHERE field = 'clauses' AND (target = ? OR "
        "target LIKE ?) ORDER BY record_id"));
    q.addBindValue(clause);
    q.addBindValue(clause + QStringLiteral(".%"));
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading records of clause %1").arg(clause));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
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

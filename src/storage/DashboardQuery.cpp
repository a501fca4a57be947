#include "DashboardQuery.h"

#include "ClauseRepository.h"
#include "Database.h"
#include "RuleSql.h"
#include "Workspace.h"
#include "domain/Enums.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/KindDeclaration.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::DashboardQuery)
};

// Runs `sql` with positional `binds` and hands every row to `row`.
Status forEachRow(Database& db, const QString& sql, const QVariantList& binds, const QString& what,
                  const std::function<void(const QSqlQuery&)>& row) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), what);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q.lastError(), what);
    while (q.next())
        row(q);
    return {};
}

QString monthStart(const QDate& today, int monthsBack) {
    return codec::date(QDate(today.year(), today.month(), 1).addMonths(-monthsBack));
}

} // namespace

QStringList DashboardQuery::lastMonths(const QDate& today, int count) {
    QStringList out;
    const QDate first(today.year(), today.month(), 1);
    for (int i = count - 1; i >= 0; --i)
        out << first.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
    return out;
}

Result<DashboardFigures> DashboardQuery::compute(int reviewWithinDays) const {
    return compute(reviewWithinDays, {});
}

Result<DashboardFigures> DashboardQuery::compute(int reviewWithinDays,
                                                 const std::function<bool()>& cancelled) const {
    DashboardFigures f;
    f.today = m_ws.clock().today();
    f.reviewWithinDays = reviewWithinDays;
    for (auto step : {&DashboardQuery::openNcs, &DashboardQuery::dueRules, &DashboardQuery::ncFlow,
                      &DashboardQuery::sources, &DashboardQuery::onTime, &DashboardQuery::coverage,
                      &DashboardQuery::kindCards}) {
        if (cancelled && cancelled())
            return makeError(ErrorCode::Cancelled, Tr::tr("The dashboard computation was cancelled."));
        if (auto s = (this->*step)(f); !s)
            return s.error();
    }
    return f;
}

StateCounts DashboardFigures::statesOf(RecordKind kind) const {
    for (const StateCounts& c : stateCounts)
        if (c.kind == kind)
            return c;
    return {kind, {}, 0};
}

DueCount DashboardFigures::dueCount(RecordKind kind, const char* rule) const {
    for (const DueCount& c : dueCounts)
        if (c.kind == kind && qstrcmp(c.rule, rule) == 0)
            return c;
    return {kind, rule, 0, 0};
}

Status DashboardQuery::openNcs(DashboardFigures& f) const {
    // An IN over the open states uses the (status, severity) index: a few range lookups, no scan.
    const KindDecl& nc = kindDecl(RecordKind::Nonconformity);
    return forEachRow(m_ws.database(),
                      QStringLiteral("SELECT severity, count(*) FROM %1 WHERE %2 IN (%3) GROUP BY severity")
                          .arg(QString::fromLatin1(nc.table), QString::fromLatin1(nc.statusField),
                               sql::quotedList(nc.openStates())),
                      {}, Tr::tr("Counting open nonconformities"), [&](const QSqlQuery& q) {
                          const auto sev = enumFromString<Severity>(q.value(0).toString());
                          const int n = q.value(1).toInt();
                          if (sev == Severity::Major)
                              f.openMajor += n;
                          else if (sev == Severity::Minor)
                              f.openMinor += n;
                          else if (sev == Severity::Observation)
                              f.openObservation += n;
                      });
}

Status DashboardQuery::dueRules(DashboardFigures& f) const {
    const QString today = codec::date(f.today);
    const QString until = codec::date(f.today.addDays(f.reviewWithinDays));
    const QString alias = QStringLiteral("t");
    for (const KindDecl* decl : kindDecls()) {
        for (const DueRule& rule : decl->dueRules) {
            DueCount count{decl->kind, rule.key, 0, 0};
            // Only the records in the rule's states (the status index), then both conditions.
            const QString sql =
                QStringLiteral("SELECT coalesce(sum(%1), 0), coalesce(sum(%2), 0) FROM %3 t WHERE %4")
                    .arg(sql::dueWithin(*decl, rule, alias, QStringLiteral("?")),
                         sql::overdue(*decl, rule, alias, QStringLiteral("?")),
                         QString::fromLatin1(decl->table), sql::ruleStates(*decl, rule, alias));
            if (auto s = forEachRow(m_ws.database(), sql, {until, today},
                                    Tr::tr("Counting due and overdue records (%1, %2)")
                                        .arg(QString::fromLatin1(decl->key), QString::fromLatin1(rule.key)),
                                    [&](const QSqlQuery& q) {
                                        count.dueWithin = q.value(0).toInt();
                                        count.overdue = q.value(1).toInt();
                                    });
                !s)
                return s;
            f.dueCounts.append(count);
        }
    }
    return {};
}

Status DashboardQuery::ncFlow(DashboardFigures& f) const {
    const QStringList months = lastMonths(f.today);
    QHash<QString, int> index;
    for (const QString& m : months) {
        index.insert(m, int(f.ncFlow.size()));
        f.ncFlow.append({m, 0, 0});
    }
    const QString from = monthStart(f.today, 11);
    const QString to = monthStart(f.today, -1); // first day of next month
    if (auto s = forEachRow(m_ws.database(),
                            QStringLiteral("SELECT substr(detected_on, 1, 7), count(*) FROM nonconformities "
                                           "WHERE detected_on >= ? AND detected_on < ? GROUP BY 1"),
                            {from, to}, Tr::tr("Counting nonconformities per month"),
                            [&](const QSqlQuery& q) {
                                const auto it = index.constFind(q.value(0).toString());
                                if (it != index.constEnd())
                                    f.ncFlow[*it].opened = q.value(1).toInt();
                            });
        !s)
        return s;
    // closed_on is set exactly while an NC is closed, so the status index narrows the scan.
    return forEachRow(
        m_ws.database(),
        QStringLiteral("SELECT substr(closed_on, 1, 7), count(*) FROM nonconformities "
                       "WHERE status = 'closed' AND closed_on >= ? AND closed_on < ? GROUP BY 1"),
        {from, to}, Tr::tr("Counting closed nonconformities per month"), [&](const QSqlQuery& q) {
            const auto it = index.constFind(q.value(0).toString());
            if (it != index.constEnd())
                f.ncFlow[*it].closed = q.value(1).toInt();
        });
}

Status DashboardQuery::sources(DashboardFigures& f) const {
    if (auto s = forEachRow(m_ws.database(),
                            QStringLiteral("SELECT source, count(*) FROM nonconformities GROUP BY source"),
                            {}, Tr::tr("Counting nonconformities per source"),
                            [&](const QSqlQuery& q) {
                                f.ncsBySource.append({q.value(0).toString(), q.value(1).toInt(), 0.0});
                                f.ncTotal += q.value(1).toInt();
                            });
        !s)
        return s;
    // Ties in enum order, so the chart does not reshuffle between refreshes.
    auto order = [](const QString& key) {
        const auto v = enumFromString<NcSource>(key);
        return v ? int(*v) : 1000;
    };
    std::sort(f.ncsBySource.begin(), f.ncsBySource.end(), [&](const SourceCount& a, const SourceCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (order(a.source) != order(b.source))
            return order(a.source) < order(b.source);
        return a.source < b.source;
    });
    int running = 0;
    for (SourceCount& s : f.ncsBySource) {
        running += s.count;
        s.cumulativePercent = f.ncTotal == 0 ? 0.0 : 100.0 * running / f.ncTotal;
    }
    return {};
}

Status DashboardQuery::onTime(DashboardFigures& f) const {
    const QStringList months = lastMonths(f.today);
    QHash<QString, int> index;
    for (const QString& m : months) {
        index.insert(m, int(f.onTimeByMonth.size()));
        f.onTimeByMonth.append({m, 0, 0});
    }
    return forEachRow(
        m_ws.database(),
        QStringLiteral(
            "SELECT substr(completed_on, 1, 7), count(*), "
            "coalesce(sum(due_date = '' OR completed_on <= due_date), 0) FROM corrective_actions "
            "WHERE status IN ('done','verified_effective','verified_ineffective') AND completed_on <> '' "
            "GROUP BY 1"),
        {}, Tr::tr("Computing the corrective action on-time rate"), [&](const QSqlQuery& q) {
            const int completed = q.value(1).toInt();
            const int onTime = q.value(2).toInt();
            f.actionsCompleted += completed;
            f.actionsOnTime += onTime;
            const auto it = index.constFind(q.value(0).toString());
            if (it != index.constEnd()) {
                f.onTimeByMonth[*it].completed = completed;
                f.onTimeByMonth[*it].onTime = onTime;
            }
        });
}

Status DashboardQuery::coverage(DashboardFigures& f) const {
    auto summary = m_ws.clauses().summary();
    if (!summary)
        return summary.error();
    f.coverage = *summary;
    return {};
}

Status DashboardQuery::kindCards(DashboardFigures& f) const {
    for (const KindDecl* d : kindDecls()) {
        if (!d->card.title)
            continue;
        QSqlQuery q(m_ws.database().connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1, count(*) FROM %2 GROUP BY %1")
                        .arg(QString::fromLatin1(d->statusField), QString::fromLatin1(d->table))))
            return sqlError(q.lastError(), Tr::tr("Counting %1").arg(d->pluralLabelText()));
        StateCounts c{d->kind, {}, 0};
        const QStringList open = d->openStates();
        while (q.next()) {
            const QString state = q.value(0).toString();
            const int n = q.value(1).toInt();
            c.byState.insert(state, n);
            if (open.contains(state))
                c.open += n;
        }
        const auto states = [](const char* keys) {
            return sql::quotedList(QString::fromLatin1(keys ? keys : "").split(QLatin1Char(','), Qt::SkipEmptyParts));
        };
        const QString table = QString::fromLatin1(d->table), status = QString::fromLatin1(d->statusField);
        const QString today = codec::date(f.today);
        if (d->card.nextField)
            if (auto s = forEachRow(m_ws.database(),
                                    QStringLiteral("SELECT min(%1) FROM %2 WHERE %3 IN (%4) AND %1 >= ?")
                                        .arg(QString::fromLatin1(d->card.nextField), table, status,
                                             states(d->card.nextStates)),
                                    {today}, Tr::tr("Counting %1").arg(d->pluralLabelText()),
                                    [&](const QSqlQuery& r) { c.next = codec::parseDate(r.value(0).toString()).value_or(QDate()); });
                !s)
                return s;
        if (d->card.lastField)
            if (auto s = forEachRow(m_ws.database(),
                                    QStringLiteral("SELECT max(%1) FROM %2 WHERE %3 IN (%4) AND %1 <> ''")
                                        .arg(QString::fromLatin1(d->card.lastField), table, status,
                                             states(d->card.lastStates)),
                                    {}, Tr::tr("Counting %1").arg(d->pluralLabelText()),
                                    [&](const QSqlQuery& r) { c.last = codec::parseDate(r.value(0).toString()).value_or(QDate()); });
                !s)
                return s;
        if (const LinkDecl* link = d->card.openLinks ? d->link(QString::fromLatin1(d->card.openLinks)) : nullptr) {
            const KindDecl& other = kindDecl(link->other);
            // An own link's rows name the other records as targets; a reverse one names them as owners.
            const QString join = link->own ? QStringLiteral("o.id = l.target") : QStringLiteral("o.id = l.record_id");
            if (auto s = forEachRow(m_ws.database(),
                                    QStringLiteral("SELECT count(DISTINCT o.id) FROM record_links l JOIN %1 o ON %2 "
                                                   "WHERE l.field = '%3' AND o.%4 IN (%5)")
                                        .arg(QString::fromLatin1(other.table), join,
                                             QString::fromLatin1(link->storedField),
                                             QString::fromLatin1(other.statusField), sql::quotedList(other.openStates())),
                                    {}, Tr::tr("Counting %1").arg(d->pluralLabelText()),
                                    [&](const QSqlQuery& r) { c.openLinked = r.value(0).toInt(); });
                !s)
                return s;
        }
        f.stateCounts.append(c);
    }
    return {};
}

} // namespace qms

#include "RuleSql.h"

#include "domain/ClauseCoverage.h"

namespace qms::sql {

QString quotedList(const QStringList& keys) {
    QStringList out;
    for (const QString& k : keys)
        out << QLatin1Char('\'') + QString(k).replace(QLatin1Char('\''), QStringLiteral("''")) +
                   QLatin1Char('\'');
    return out.join(QLatin1Char(','));
}

QString ruleStates(const KindDecl& kind, const DueRule& rule, const QString& alias) {
    return QStringLiteral("%1.%2 IN (%3)")
        .arg(alias, QString::fromLatin1(kind.statusField), quotedList(kind.ruleStates(rule)));
}

QString dueWithin(const KindDecl& kind, const DueRule& rule, const QString& alias, const QString& until) {
    const QString date = alias + QLatin1Char('.') + QString::fromLatin1(rule.dateField);
    return QStringLiteral("(%1 AND %2 != '' AND %2 <= %3)").arg(ruleStates(kind, rule, alias), date, until);
}

QString overdue(const KindDecl& kind, const DueRule& rule, const QString& alias, const QString& today) {
    const QString date = alias + QLatin1Char('.') + QString::fromLatin1(rule.dateField);
    QString needs;
    if (rule.overdueNeeds)
        needs = QStringLiteral(" AND %1.%2 != ''").arg(alias, QString::fromLatin1(rule.overdueNeeds));
    return QStringLiteral("(%1%4 AND %2 != '' AND %2 < %3)")
        .arg(ruleStates(kind, rule, alias), date, today, needs);
}

QString kindOverdue(const KindDecl& kind, const QString& alias, const QString& today) {
    if (!kind.overdueRule)
        return QStringLiteral("0");
    if (!kind.overdueVia) {
        const DueRule* rule = kind.dueRule(QString::fromLatin1(kind.overdueRule));
        return rule ? overdue(kind, *rule, alias, today) : QStringLiteral("0");
    }
    const LinkDecl* link = kind.link(QString::fromLatin1(kind.overdueVia));
    if (!link)
        return QStringLiteral("0");
    const KindDecl& other = kindDecl(link->other);
    const DueRule* rule = other.dueRule(QString::fromLatin1(kind.overdueRule));
    if (!rule)
        return QStringLiteral("0");
    // CROSS JOIN fixes the order (the record's own links first, then each linked record by id):
    // without statistics SQLite chose the other table's status index as the outer loop, thousands
    // of lookups per row, and the first page of a 100,000-NC register took over a minute to show.
    const QString mine = link->own ? QStringLiteral("l.record_id") : QStringLiteral("l.target");
    const QString theirs = link->own ? QStringLiteral("l.target") : QStringLiteral("l.record_id");
    return QStringLiteral("EXISTS(SELECT 1 FROM record_links l CROSS JOIN %1 c ON c.id = %2 WHERE %3 = %4.id "
                          "AND l.field = '%5' AND %6)")
        .arg(QString::fromLatin1(other.table), theirs, mine, alias, QString::fromLatin1(link->storedField),
             overdue(other, *rule, QStringLiteral("c"), today));
}

QString clauseRole(const KindDecl& kind, const QString& alias, const QString& today) {
    const QString status = alias + QLatin1Char('.') + QString::fromLatin1(kind.statusField);
    QStringList cases;
    if (const QStringList withdrawn = kind.withdrawnStates(); !withdrawn.isEmpty())
        cases << QStringLiteral("WHEN %1 IN (%2) THEN %3")
                     .arg(status, quotedList(withdrawn))
                     .arg(int(ClauseRole::Withdrawn));
    const EvidenceDecl& e = kind.evidence;
    if (e.role != EvidenceRole::None) {
        QString when = QStringLiteral("%1 IN (%2)").arg(status, quotedList(kind.evidenceStates()));
        if (e.role == EvidenceRole::Finding) {
            cases << QStringLiteral("WHEN %1 THEN %2").arg(when).arg(int(ClauseRole::OpenFinding));
        } else {
            if (e.needs)
                when += QStringLiteral(" AND %1.%2 != ''").arg(alias, QString::fromLatin1(e.needs));
            const DueRule* stale = e.staleRule ? kind.dueRule(QString::fromLatin1(e.staleRule)) : nullptr;
            if (stale)
                cases << QStringLiteral("WHEN %1 AND %2 THEN %3")
                             .arg(when, overdue(kind, *stale, alias, today))
                             .arg(int(ClauseRole::StaleEvidence));
            cases << QStringLiteral("WHEN %1 THEN %2").arg(when).arg(int(ClauseRole::Evidence));
        }
    }
    if (cases.isEmpty())
        return QString::number(int(ClauseRole::Linked));
    return QStringLiteral("(CASE %1 ELSE %2 END)")
        .arg(cases.join(QLatin1Char(' ')))
        .arg(int(ClauseRole::Linked));
}

QString findingGrade(const KindDecl& kind, const QString& alias) {
    const EvidenceDecl& e = kind.evidence;
    if (e.role != EvidenceRole::Finding || !e.gradeField || !e.gradeOrder)
        return QStringLiteral("-1");
    QStringList whens;
    const QStringList keys = QString::fromLatin1(e.gradeOrder).split(QLatin1Char(','));
    for (int i = 0; i < keys.size(); ++i)
        whens << QStringLiteral("WHEN %1 THEN %2").arg(quotedList({keys[i]})).arg(i);
    return QStringLiteral("(CASE %1.%2 %3 ELSE -1 END)")
        .arg(alias, QString::fromLatin1(e.gradeField), whens.join(QLatin1Char(' ')));
}

QString computedColumn(const KindDecl& kind, const ColumnDecl& c, const QString& alias,
                       const QString& today) {
    const auto col = [&](const char* field) {
        return alias + QLatin1Char('.') + QString::fromLatin1(field);
    };
    switch (c.compute) {
    case ColumnCompute::Field:
        return col(c.key);
    case ColumnCompute::DaysOpen:
        return QStringLiteral("CASE WHEN %1 = '' THEN 0 ELSE max(0, CAST(julianday(CASE WHEN %2 = '%3' AND "
                              "%4 != '' THEN %4 ELSE %5 END) - julianday(%1) AS INTEGER)) END")
            .arg(col(c.a), col(kind.statusField), QString::fromLatin1(c.c), col(c.b), today);
    case ColumnCompute::Overdue:
        return kindOverdue(kind, alias, today);
    case ColumnCompute::LineCount:
        return QStringLiteral("CASE WHEN trim(%1) = '' THEN 0 ELSE length(trim(%1)) - "
                              "length(replace(trim(%1), char(10), '')) + 1 END")
            .arg(col(c.a));
    case ColumnCompute::LinkList: {
        // Stored under the link's own name; a reverse link is read from the other side's rows.
        const LinkDecl* link = kind.link(QString::fromLatin1(c.a));
        const QString stored = QString::fromLatin1(link && link->storedField ? link->storedField : c.a);
        if (link && !link->own)
            return QStringLiteral(
                       "(SELECT group_concat(record_id, ', ') FROM (SELECT record_id FROM record_links "
                       "WHERE target = %1.id AND field = '%2' ORDER BY record_id))")
                .arg(alias, stored);
        return QStringLiteral(
                   "(SELECT group_concat(target, ', ') FROM (SELECT target FROM record_links WHERE "
                   "record_id = %1.id AND field = '%2' ORDER BY pos))")
            .arg(alias, stored);
    }
    case ColumnCompute::LinkedLast:
    case ColumnCompute::LinkedNext: {
        const bool last = c.compute == ColumnCompute::LinkedLast;
        for (const KindDecl* other : kindDecls())
            for (const LinkDecl& link : other->links) {
                const char* stored = link.storedField ? link.storedField : link.field;
                if (!link.own || link.other != kind.kind || qstrcmp(stored, c.a) != 0)
                    continue;
                const char* date = last ? other->evidence.lastDate : other->card.nextField;
                if (!date)
                    return QStringLiteral("''");
                const QStringList states = last ? other->evidenceStates() : pendingStates(*other);
                return QStringLiteral(
                           "coalesce((SELECT %1(o.%2) FROM record_links l JOIN %3 o ON o.id = l.record_id "
                           "WHERE l.field = '%4' AND l.target = %5.id AND o.%6 IN (%7) AND o.%2 <> ''), '')")
                    .arg(last ? QStringLiteral("max") : QStringLiteral("min"), QString::fromLatin1(date),
                         QString::fromLatin1(other->table), QString::fromLatin1(stored), alias,
                         QString::fromLatin1(other->statusField), quotedList(states));
            }
        return QStringLiteral("''");
    }
    }
    return col(c.key);
}

QStringList pendingStates(const KindDecl& kind) {
    QStringList out;
    const QStringList evidence = kind.evidenceStates();
    for (const QString& s : kind.openStates())
        if (!evidence.contains(s))
            out << s;
    return out;
}

QString orderCase(const QString& expr, const QStringList& keys) {
    QString out = QStringLiteral("CASE ") + expr;
    for (int i = 0; i < keys.size(); ++i)
        out += QStringLiteral(" WHEN '%1' THEN %2").arg(keys[i]).arg(i);
    out += QStringLiteral(" ELSE %1 END").arg(keys.size());
    return out;
}

} // namespace qms::sql

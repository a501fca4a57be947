#include "ReminderQuery.h"

#include "Database.h"
#include "ProgrammePolicy.h"
#include "RuleSql.h"
#include "Workspace.h"
#include "domain/FieldCodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ReminderQuery)
};

// The management review the organisation's interval asks for (ProgrammePolicy, ISO 9001 9.3.1): due
// an interval after the last one held (or after the QMS was started, when none was). A review already planned
// reminds through its own rule, so then this one stays quiet.
constexpr DueRule reviewIntervalRule{
    "interval",
    "held_on",
    "held,closed",
    nullptr,
    QT_TRANSLATE_NOOP("qms::Kind", "Management review due by %1 (review interval)"),
    false,
    QT_TRANSLATE_NOOP("qms::Kind", "due %1")};

Status fillReviewInterval(Workspace& ws, ReminderGroup& group, const QDate& today, const QDate& until) {
    const KindDecl& d = kindDecl(group.kind);
    const QString table = QString::fromLatin1(d.table), status = QString::fromLatin1(d.statusField);
    const DueRule* planned = d.dueRule(QStringLiteral("planned"));
    const QString what =
        Tr::tr("Listing reminders (%1, %2)").arg(QString::fromLatin1(d.key), QStringLiteral("interval"));
    QSqlQuery q(ws.database().connection());
    q.setForwardOnly(true);
    if (planned) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN (%3)")
                        .arg(table, status, sql::quotedList(d.ruleStates(*planned)))))
            return sqlError(q.lastError(), what);
        if (q.next() && q.value(0).toInt() > 0)
            return {};
    }
    // The last one held, as the kind's dashboard card declares it ("months since the last one").
    if (!d.card.lastField || !d.card.lastStates)
        return {};
    const QString held = QString::fromLatin1(d.card.lastField);
    if (!q.exec(QStringLiteral(
                    "SELECT id, %1, %2, %3 FROM %4 WHERE %5 IN (%6) AND %3 <> '' ORDER BY %3 DESC, id DESC "
                    "LIMIT 1")
                    .arg(QString::fromLatin1(d.titleField), QString::fromLatin1(d.ownerField), held, table,
                         status,
                         sql::quotedList(QString::fromLatin1(d.card.lastStates).split(QLatin1Char(','))))))
        return sqlError(q.lastError(), what);
    const int months = ProgrammePolicy(ws).reviewIntervalMonths();
    ReminderItem item;
    if (q.next()) {
        const QDate last = codec::parseDate(q.value(3).toString()).value_or(QDate());
        item.id = q.value(0).toString();
        item.owner = q.value(2).toString();
        item.due = last.addMonths(months);
        item.title = Tr::tr("Last review held %1 (%2); plan the next: one every %3 months")
                         .arg(codec::date(last), q.value(1).toString())
                         .arg(months);
    } else {
        // The first is due an interval after the QMS was started (its first audit entry).
        if (!q.exec(QStringLiteral("SELECT at FROM audit_log ORDER BY seq LIMIT 1")))
            return sqlError(q.lastError(), what);
        const QDateTime started =
            q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs) : QDateTime();
        item.due = (started.isValid() ? started.toLocalTime().date() : today).addMonths(months);
        item.title =
            Tr::tr("No management review held yet: plan the first (one every %1 months)").arg(months);
    }
    if (!item.due.isValid() || item.due > until)
        return {};
    item.overdue = item.due < today;
    group.items.append(item);
    group.total = 1;
    return {};
}

} // namespace

int Reminders::total() const {
    int n = 0;
    for (const ReminderGroup& g : groups)
        n += g.total;
    return n;
}

const ReminderGroup* Reminders::group(RecordKind kind, const char* rule) const {
    for (const ReminderGroup& g : groups)
        if (g.kind == kind && qstrcmp(g.rule->key, rule) == 0)
            return &g;
    return nullptr;
}

Status ReminderQuery::fill(ReminderGroup& group, const QDate& today, const QDate& until) const {
    const KindDecl& decl = kindDecl(group.kind);
    const DueRule& rule = *group.rule;
    const QString alias = QStringLiteral("t");
    const QString date = QStringLiteral("t.") + QString::fromLatin1(rule.dateField);
    const QString condition = rule.remindOnlyWhenOverdue
                                  ? sql::overdue(decl, rule, alias, QStringLiteral("?"))
                                  : sql::dueWithin(decl, rule, alias, QStringLiteral("?"));
    const QString sql = QStringLiteral("SELECT t.id, t.%1, t.%2, %3, count(*) OVER () FROM %4 t WHERE %5 "
                                       "ORDER BY %3, t.id LIMIT %6")
                            .arg(QString::fromLatin1(decl.titleField), QString::fromLatin1(decl.ownerField),
                                 date, QString::fromLatin1(decl.table), condition)
                            .arg(MaxItems);
    const QString what = Tr::tr("Listing reminders (%1, %2)")
                             .arg(QString::fromLatin1(decl.key), QString::fromLatin1(rule.key));
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), what);
    q.addBindValue(codec::date(rule.remindOnlyWhenOverdue ? today : until));
    if (!q.exec())
        return sqlError(q.lastError(), what);
    while (q.next()) {
        ReminderItem item;
        item.id = q.value(0).toString();
        item.title = q.value(1).toString();
        item.owner = q.value(2).toString();
        item.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        item.overdue = item.due.isValid() && item.due < today;
        group.total = q.value(4).toInt();
        group.items.append(item);
    }
    return {};
}

Result<Reminders> ReminderQuery::compute(int horizonDays) const {
    Reminders r;
    r.today = m_ws.clock().today();
    r.horizonDays = std::max(0, horizonDays);
    for (const KindDecl* decl : kindDecls())
        for (const DueRule& rule : decl->dueRules)
            if (rule.reminder)
                r.groups.append({decl->kind, &rule, {}, 0});
    std::stable_sort(r.groups.begin(), r.groups.end(), [](const ReminderGroup& a, const ReminderGroup& b) {
        return a.rule->remindOnlyWhenOverdue && !b.rule->remindOnlyWhenOverdue;
    });
    for (ReminderGroup& g : r.groups)
        if (auto s = fill(g, r.today, r.today.addDays(r.horizonDays)); !s)
            return s.error();
    ReminderGroup interval{RecordKind::ManagementReview, &reviewIntervalRule, {}, 0};
    if (auto s = fillReviewInterval(m_ws, interval, r.today, r.today.addDays(r.horizonDays)); !s)
        return s.error();
    r.groups.append(interval);
    return r;
}

} // namespace qms

#include "ReminderQuery.h"

#include "Database.h"
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
    return r;
}

} // namespace qms

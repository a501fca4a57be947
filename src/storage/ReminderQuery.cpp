#include "ReminderQuery.h"

#include "Database.h"
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

Status ReminderQuery::fill(ReminderGroup& group, const QString& sql, const QVariantList& binds,
                           const QDate& today, const QString& what) const {
    // `sql` selects id, title, owner, date, count(*) OVER () ordered soonest first.
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql + QStringLiteral(" LIMIT %1").arg(MaxItems)))
        return sqlError(q.lastError(), what);
    for (const QVariant& b : binds)
        q.addBindValue(b);
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
    const QString today = codec::date(r.today);
    const QString until = codec::date(r.today.addDays(r.horizonDays));
    if (auto s =
            fill(r.overdueActions,
                 QStringLiteral("SELECT id, title, owner, due_date, count(*) OVER () FROM corrective_actions "
                                "WHERE status IN ('planned','in_progress') AND due_date <> '' AND "
                                "due_date < ? ORDER BY due_date, id"),
                 {today}, r.today, Tr::tr("Listing overdue corrective actions"));
        !s)
        return s.error();
    // The same rules as Document::isReviewDueWithin.
    if (auto s = fill(r.documentsForReview,
                      QStringLiteral("SELECT id, title, owner, next_review, count(*) OVER () FROM documents "
                                     "WHERE status IN ('draft','in_review','released') AND next_review <> '' "
                                     "AND next_review <= ? ORDER BY next_review, id"),
                      {until}, r.today, Tr::tr("Listing documents due for review"));
        !s)
        return s.error();
    if (auto s =
            fill(r.effectivenessChecks,
                 QStringLiteral("SELECT id, title, owner, effectiveness_due, count(*) OVER () FROM "
                                "corrective_actions WHERE status = 'done' AND effectiveness_due <> '' AND "
                                "effectiveness_due <= ? ORDER BY effectiveness_due, id"),
                 {until}, r.today, Tr::tr("Listing effectiveness checks due"));
        !s)
        return s.error();
    return r;
}

} // namespace qms

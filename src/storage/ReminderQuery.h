#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace qms {

class Workspace;

// One record that needs attention, for the reminders shown when a database is opened.
struct ReminderItem {
    QString id;
    QString title;
    QString owner;
    QDate due;            // due date, next review or effectiveness check date
    bool overdue = false; // due before today
};

// Items of one kind, soonest due first; `items` holds at most ReminderQuery::MaxItems of `total`.
struct ReminderGroup {
    QList<ReminderItem> items;
    int total = 0;
};

struct Reminders {
    QDate today;
    int horizonDays = 30;
    ReminderGroup overdueActions;      // planned / in progress, due before today
    ReminderGroup documentsForReview;  // draft / in review / released, next review by today + horizon
    ReminderGroup effectivenessChecks; // done, effectiveness check due by today + horizon
    int total() const { return overdueActions.total + documentsForReview.total + effectivenessChecks.total; }
    bool isEmpty() const { return total() == 0; }
};

// What is overdue or due soon, against the workspace clock's today. The rules match the
// dashboard's figures (DashboardQuery), which count the same records.
class ReminderQuery final {
public:
    static constexpr int MaxItems = 100;

    explicit ReminderQuery(Workspace& ws)
        : m_ws(ws) {}

    Result<Reminders> compute(int horizonDays = 30) const;

private:
    Status fill(ReminderGroup& group, const QString& sql, const QVariantList& binds, const QDate& today,
                const QString& what) const;

    Workspace& m_ws;
};

} // namespace qms

#pragma once

#include "domain/Result.h"
#include "domain/kinds/KindDeclaration.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qms {

class Workspace;

// One record that needs attention, for the reminders shown when a database is opened.
struct ReminderItem {
    QString id;
    QString title;
    QString owner;
    QDate due;            // the date of the group's rule (due date, next review, effectiveness check)
    bool overdue = false; // due before today
};

// The records one due rule of one kind reminds of, soonest due first; `items` holds at most
// ReminderQuery::MaxItems of `total`.
struct ReminderGroup {
    RecordKind kind = RecordKind::Document;
    const DueRule* rule = nullptr; // has a reminder heading
    QList<ReminderItem> items;
    int total = 0;
};

struct Reminders {
    QDate today;
    int horizonDays = 30;
    // One group per due rule with a reminder: the rules that remind only of overdue records first,
    // then the others, each in the order of the kinds and their rules. Empty groups included.
    QList<ReminderGroup> groups;
    int total() const;
    bool isEmpty() const { return total() == 0; }
    // The group of `kind`'s rule `rule`, or nullptr.
    const ReminderGroup* group(RecordKind kind, const char* rule) const;
};

// What is overdue or due soon, against the workspace clock's today, from the kinds' due rules
// (DueRule::reminder): the same declarations the dashboard's figures (DashboardQuery) count by.
class ReminderQuery final {
public:
    static constexpr int MaxItems = 100;

    explicit ReminderQuery(Workspace& ws)
        : m_ws(ws) {}

    Result<Reminders> compute(int horizonDays = 30) const;

private:
    Status fill(ReminderGroup& group, const QDate& today, const QDate& until) const;

    Workspace& m_ws;
};

} // namespace qms

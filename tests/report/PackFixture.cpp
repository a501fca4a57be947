#include "PackFixture.h"

#include <stdexcept>

namespace qms::test {
namespace {

template <typename T> T must(Result<T> r, const char* what) {
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().describe().toStdString());
    return std::move(r).value();
}

QDateTime at(int month, int day, int hour = 10) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

PackFixture::PackFixture(const QString& p)
    : path(p)
    , clock(std::make_shared<FixedClock>(at(1, 5))) {
    ws = must(Workspace::create(path,
                                {QStringLiteral("Acme Precision Ltd"), QStringLiteral("qm"),
                                 QStringLiteral("Quinn Manager")},
                                clock),
              "create");
    Workspace& w = *ws;

    // --- January 5: documents and processes
    const auto document = [&](const QString& title, QStringList clauses, bool release) {
        Document d;
        d.title = title;
        d.owner = QStringLiteral("qm");
        d.revision = QStringLiteral("A");
        d.revisions = {DocumentRevision{QStringLiteral("A"),
                                        QStringLiteral("Initial issue"),
                                        QStringLiteral("qm"),
                                        clock->today(),
                                        {},
                                        {},
                                        {}}};
        d.clauses = std::move(clauses);
        d = must(w.documents().create(d), "document");
        if (release) {
            d.status = DocumentStatus::InReview;
            d = must(w.documents().save(d), "review");
            d.status = DocumentStatus::Released;
            d = must(w.documents().save(d), "release");
        }
        return d;
    };
    document(QStringLiteral("Quality manual"), {QStringLiteral("4.3"), QStringLiteral("5.2")}, true);
    document(QStringLiteral("Calibration procedure"), {QStringLiteral("7.1.5")}, false);
    Document old = document(QStringLiteral("Old inspection form"), {QStringLiteral("8.6")}, true);

    Process production;
    production.name = QStringLiteral("Production");
    production.owner = QStringLiteral("qm");
    production.inputs = QStringLiteral("Released orders, material");
    production.outputs = QStringLiteral("Finished housings");
    production.kpis = {Kpi{QStringLiteral("First pass yield"), QStringLiteral(">= 98"), QStringLiteral("%")}};
    production.clauses = {QStringLiteral("8.5.1")};
    must(w.processes().create(production), "process");
    Process purchasing;
    purchasing.name = QStringLiteral("Purchasing");
    purchasing.owner = QStringLiteral("qm");
    purchasing.clauses = {QStringLiteral("8.4")};
    must(w.processes().create(purchasing), "process");

    const auto nc = [&](const QString& title, const QString& clause) {
        Nonconformity n;
        n.title = title;
        n.description = QStringLiteral("Found during inspection: ") + title;
        n.detectedOn = clock->today();
        n.reportedBy = QStringLiteral("qm");
        n.responsible = QStringLiteral("qm");
        n.clauses = {clause};
        return must(w.nonconformities().create(n), "nc");
    };
    const auto action = [&](const QString& title, const QString& ncId, const QDate& due) {
        CorrectiveAction a;
        a.title = title;
        a.owner = QStringLiteral("qm");
        a.dueDate = due;
        a.nonconformities = {ncId};
        return must(w.actions().create(a), "ca");
    };
    const auto reread = [&](const QString& id) {
        return must(w.nonconformities().get(id), "get nc");
    };

    // --- January 10: NC-0001 stays open; NC-0002 will be closed; January 12: NC-0003 cancelled
    clock->set(at(1, 10));
    nc(QStringLiteral("Scratched housing"), QStringLiteral("8.7.1"));
    Nonconformity closing = nc(QStringLiteral("Wrong torque on line 2"), QStringLiteral("8.7.1"));
    closing.containment = QStringLiteral("Lot 4711 quarantined");
    closing.status = NcStatus::Contained;
    closing = must(w.nonconformities().save(closing), "contain");
    closing.rcaMethod = RcaMethod::FiveWhys;
    closing.rootCause = QStringLiteral("Torque wrench out of calibration");
    closing.status = NcStatus::RootCauseIdentified;
    closing = must(w.nonconformities().save(closing), "root cause");
    CorrectiveAction fix =
        action(QStringLiteral("Calibrate torque wrenches monthly"), closing.meta.id, QDate(2026, 1, 20));
    closing = reread(closing.meta.id);
    closing.status = NcStatus::ActionPlanned;
    closing = must(w.nonconformities().save(closing), "planned");
    clock->set(at(1, 18));
    fix.status = CaStatus::InProgress;
    fix = must(w.actions().save(fix), "start");
    fix.status = CaStatus::Done;
    fix = must(w.actions().save(fix), "done");
    fix.effectivenessResult = QStringLiteral("No torque deviations in 4 weeks");
    fix.status = CaStatus::VerifiedEffective;
    fix = must(w.actions().save(fix), "verified");
    closing = reread(closing.meta.id);
    closing.status = NcStatus::Verification;
    closing = must(w.nonconformities().save(closing), "verification");
    closing.effectiveness = QStringLiteral("Effective: no recurrence");
    closing.status = NcStatus::Closed;
    must(w.nonconformities().save(closing), "close");

    clock->set(at(1, 12));
    Nonconformity cancelled = nc(QStringLiteral("Duplicate report of audit finding"), QStringLiteral("9.2"));
    cancelled.statusReason = QStringLiteral("Duplicate of an earlier report");
    cancelled.status = NcStatus::Cancelled;
    must(w.nonconformities().save(cancelled), "cancel");

    // --- February 15: NC-0004, contained
    clock->set(at(2, 15));
    Nonconformity feb = nc(QStringLiteral("Gauge past calibration date"), QStringLiteral("7.1.5"));
    feb.containment = QStringLiteral("Gauge withdrawn, last 20 measurements repeated");
    feb.status = NcStatus::Contained;
    must(w.nonconformities().save(feb), "contain feb");

    // --- March 1: NC-0005 with an action in progress (overdue by March 20); old form withdrawn
    clock->set(at(3, 1));
    Nonconformity mar = nc(QStringLiteral("Customer complaint: missing label"), QStringLiteral("8.5.2"));
    CorrectiveAction label =
        action(QStringLiteral("Add label check to final inspection"), mar.meta.id, QDate(2026, 3, 10));
    label.status = CaStatus::InProgress;
    must(w.actions().save(label), "start label");
    old = must(w.documents().get(old.meta.id), "get doc");
    old.obsoleteReason = QStringLiteral("Replaced by the electronic checklist");
    old.status = DocumentStatus::Obsolete;
    must(w.documents().save(old), "obsolete");

    clock->set(at(3, 20, 9));
}

void PackFixture::addBulkNcs(int count) {
    Workspace& w = *ws;
    for (int i = 0; i < count; ++i) {
        Nonconformity n;
        n.title = QStringLiteral("Bulk finding %1 on assembly line").arg(i + 1);
        n.description =
            QStringLiteral("Deviation %1 found in routine process monitoring; parts measured out of "
                           "tolerance on the second shift and set aside for review.")
                .arg(i + 1);
        n.detectedOn = clock->today();
        n.reportedBy = QStringLiteral("qm");
        n.responsible = QStringLiteral("qm");
        n.source = NcSource::ProcessMonitoring;
        n.clauses = {QStringLiteral("8.5.1")};
        n = must(w.nonconformities().create(n), "bulk nc");
        CorrectiveAction a;
        a.title = QStringLiteral("Adjust fixture %1").arg(i + 1);
        a.owner = QStringLiteral("qm");
        a.dueDate = clock->today().addDays(30);
        a.nonconformities = {n.meta.id};
        must(w.actions().create(a), "bulk ca");
    }
}

} // namespace qms::test

#pragma once

// A small QMS file with hand-picked dashboard figures, shared by the DashboardQuery test and the
// dashboard page test. Rows go in with plain SQL (tests may use SQL) so that dates, states and
// completion days can be set exactly, without walking every workflow step on a moving clock.
//
// Today is 2026-11-25. Expected figures are listed in DashboardFixture::expected* below.

#include "domain/Clock.h"
#include "storage/ClauseRepository.h"
#include "storage/Workspace.h"
#include "support/TempDir.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <stdexcept>

namespace qms::test {

class DashboardFixture {
public:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC); }

    DashboardFixture() {
        clock = std::make_shared<FixedClock>(now());
        auto created = Workspace::create(
            dir.filePath(QStringLiteral("dash.qms")),
            {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn Manager")}, clock);
        if (!created)
            throw std::runtime_error(created.error().describe().toStdString());
        ws = std::move(*created);

        // id, status, severity, source, detected_on, closed_on
        nc(1, "open", "major", "internal_audit", "2026-11-03", "");
        nc(2, "contained", "major", "customer_complaint", "2026-10-15", "");
        nc(3, "action_planned", "minor", "customer_complaint", "2026-09-01", "");
        nc(4, "verification", "observation", "supplier", "2026-08-20", "");
        nc(5, "closed", "minor", "customer_complaint", "2026-06-10", "2026-10-05");
        nc(6, "closed", "major", "internal_audit", "2025-12-01", "2026-01-15");
        nc(7, "cancelled", "minor", "other", "2026-11-01", "");
        nc(8, "closed", "minor", "supplier", "2025-10-20", "2025-11-30"); // before the 12-month window
        nc(9, "root_cause_identified", "observation", "customer_complaint", "2026-11-25", "");

        // id, status, due_date, completed_on, effectiveness_due
        ca(1, "planned", "2026-11-20", "", "");                        // overdue
        ca(2, "in_progress", "2026-11-25", "", "");                    // due today: not overdue
        ca(3, "in_progress", "2026-11-24", "", "");                    // overdue
        ca(4, "done", "2026-10-01", "2026-09-28", "2026-11-01");       // on time, check overdue
        ca(5, "done", "2026-10-01", "2026-10-05", "2026-12-01");       // late
        ca(6, "verified_effective", "2026-06-30", "2026-06-30", "");   // on time (same day)
        ca(7, "verified_ineffective", "2025-05-01", "2025-05-10", ""); // late, outside the window
        ca(8, "cancelled", "2026-01-01", "", "");
        ca(9, "planned", "", "", "");

        // id, status, effective_revision, next_review
        doc(1, "released", "A", "2026-11-10"); // overdue
        doc(2, "released", "B", "2026-12-20"); // due within 30 days
        doc(3, "released", "A", "2026-12-26"); // after the 30 days
        doc(4, "obsolete", "A", "2026-10-01"); // obsolete: never due
        doc(5, "draft", "", "2026-11-01");     // due, but never released so not "overdue"
        doc(6, "in_review", "A", "");

        link("DOC-0001", "clauses", "7.5.3.1"); // overdue for review: stale evidence
        link("DOC-0002", "clauses", "7.5.3.2"); // evidence
        link("DOC-0003", "clauses", "8.7.1");   // evidence, with NC-0001 an open finding beside it
        link("NC-0001", "clauses", "8.7.1");
        link("CA-0004", "clauses", "10.2.1"); // an open action: a finding, not evidence
        link("DOC-0004", "clauses", "4.1");  // obsolete: no evidence
        link("NC-0007", "clauses", "9.2.1"); // cancelled: no evidence
        link("NC-0002", "actions", "CA-0004");

        if (auto s = ws->clauses().setApplicability(QStringLiteral("8.3"), false,
                                                    QStringLiteral("We build to customer drawings only"));
            !s)
            throw std::runtime_error(s.error().describe().toStdString());
    }

    // The figures the data above must give.
    static constexpr int expectedOpenMajor = 2;
    static constexpr int expectedOpenMinor = 1;
    static constexpr int expectedOpenObservation = 2;
    static constexpr int expectedOverdueActions = 2;
    static constexpr int expectedEffectivenessOverdue = 1;
    static constexpr int expectedReviewDue = 3;
    static constexpr int expectedReviewOverdue = 1;
    static constexpr int expectedApplicableLeaves = 59; // 65 leaves, 6 under 8.3
    static constexpr int expectedCoveredLeaves = 2;      // 7.5.3.2 and 8.7.1
    static constexpr int expectedWithFindingsLeaves = 1; // 8.7.1
    static constexpr int expectedStaleLeaves = 1;        // 7.5.3.1
    static constexpr int expectedNotApplicableLeaves = 6;

    TempDir dir;
    std::shared_ptr<FixedClock> clock;
    std::unique_ptr<Workspace> ws;

private:
    void insert(const QString& table, QHash<QString, QVariant> values) {
        QSqlDatabase& db = ws->database().connection();
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            throw std::runtime_error(info.lastError().text().toStdString());
        QStringList columns;
        QList<QVariant> binds;
        while (info.next()) {
            const QString col = info.value(1).toString();
            columns << col;
            if (values.contains(col))
                binds << values.value(col);
            else if (col == QLatin1String("seq"))
                binds << ++m_seq;
            else if (col == QLatin1String("version"))
                binds << 1;
            else if (col.endsWith(QLatin1String("_at")))
                binds << QStringLiteral("2026-01-01T00:00:00.000Z");
            else if (col.endsWith(QLatin1String("_by")))
                binds << QStringLiteral("qm");
            else
                binds << QStringLiteral("");
        }
        info.finish();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                      .arg(table, columns.join(QLatin1Char(',')),
                           QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            throw std::runtime_error(
                ("fixture insert into " + table + ": " + q.lastError().text()).toStdString());
    }

    static QString id(const char* prefix, int n) {
        return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(n, 4, 10, QLatin1Char('0'));
    }

    void nc(int n, const char* status, const char* severity, const char* source, const char* detected,
            const char* closed) {
        insert(QStringLiteral("nonconformities"),
               {{QStringLiteral("id"), id("NC", n)},
                {QStringLiteral("title"), QStringLiteral("Nonconformity %1").arg(n)},
                {QStringLiteral("status"), QLatin1String(status)},
                {QStringLiteral("severity"), QLatin1String(severity)},
                {QStringLiteral("source"), QLatin1String(source)},
                {QStringLiteral("detected_on"), QLatin1String(detected)},
                {QStringLiteral("closed_on"), QLatin1String(closed)},
                {QStringLiteral("rca_method"), QStringLiteral("none")},
                {QStringLiteral("disposition"), QStringLiteral("not_applicable")}});
    }

    void ca(int n, const char* status, const char* due, const char* completed, const char* effectivenessDue) {
        insert(QStringLiteral("corrective_actions"),
               {{QStringLiteral("id"), id("CA", n)},
                {QStringLiteral("title"), QStringLiteral("Action %1").arg(n)},
                {QStringLiteral("type"), QStringLiteral("corrective")},
                {QStringLiteral("owner"), QStringLiteral("qm")},
                {QStringLiteral("status"), QLatin1String(status)},
                {QStringLiteral("due_date"), QLatin1String(due)},
                {QStringLiteral("completed_on"), QLatin1String(completed)},
                {QStringLiteral("effectiveness_due"), QLatin1String(effectivenessDue)}});
    }

    void doc(int n, const char* status, const char* effective, const char* nextReview) {
        insert(QStringLiteral("documents"), {{QStringLiteral("id"), id("DOC", n)},
                                             {QStringLiteral("title"), QStringLiteral("Document %1").arg(n)},
                                             {QStringLiteral("type"), QStringLiteral("procedure")},
                                             {QStringLiteral("status"), QLatin1String(status)},
                                             {QStringLiteral("revision"), QLatin1String(effective)},
                                             {QStringLiteral("effective_revision"), QLatin1String(effective)},
                                             {QStringLiteral("review_interval_months"), QStringLiteral("12")},
                                             {QStringLiteral("next_review"), QLatin1String(nextReview)}});
    }

    void link(const char* record, const char* field, const char* target) {
        insert(QStringLiteral("record_links"), {{QStringLiteral("record_id"), QLatin1String(record)},
                                                {QStringLiteral("field"), QLatin1String(field)},
                                                {QStringLiteral("target"), QLatin1String(target)},
                                                {QStringLiteral("pos"), 0}});
    }

    int m_seq = 0;
};

} // namespace qms::test

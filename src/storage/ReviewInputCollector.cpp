#include "ReviewInputCollector.h"

#include "Database.h"
#include "RuleSql.h"
#include "Workspace.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/KindRules.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ReviewInputs)
};

// At most this many records are named in a section; the rest are counted.
constexpr int NamedRecords = 8;

bool inPeriod(const QDate& d, const ManagementReview& r) {
    return d.isValid() && d >= r.periodFrom && d <= r.periodTo;
}

QString bullet(const QString& text) {
    return QStringLiteral("- ") + text;
}

// "- id title" lines, the first NamedRecords of them, then "and 5 more".
QStringList named(const QList<QPair<QString, QString>>& records) {
    QStringList out;
    for (qsizetype i = 0; i < records.size() && i < NamedRecords; ++i)
        out << bullet(QStringLiteral("%1 %2").arg(records[i].first, records[i].second));
    if (records.size() > NamedRecords)
        out << bullet(Tr::tr("and %1 more").arg(records.size() - NamedRecords));
    return out;
}

Status runQuery(Database& db, const QString& sql, const QVariantList& binds,
                const std::function<void(const QSqlQuery&)>& row) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), Tr::tr("Collecting the review inputs"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Collecting the review inputs"));
    while (q.next())
        row(q);
    return {};
}

QString percent(int part, int whole) {
    return whole == 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(qRound(100.0 * part / whole));
}

} // namespace

Result<QList<ReviewInput>> ReviewInputCollector::collect(const ManagementReview& review) const {
    QList<ReviewInput> out;
    const auto add = [&](ReviewTopic topic, const Result<QString>& text) -> Status {
        if (!text)
            return text.error();
        out.append({topic, *text, {}});
        return {};
    };
    if (auto s = add(ReviewTopic::PreviousActions, previousActions(review)); !s)
        return s.error();
    if (auto s = add(ReviewTopic::Issues, changes(review)); !s)
        return s.error();
    if (auto s = add(ReviewTopic::CustomerFeedback,
                     ncsFrom(review, "customer_complaint",
                             Tr::tr("No customer complaint was recorded as a nonconformity in the period.")));
        !s)
        return s.error();
    if (auto s = add(ReviewTopic::Objectives, objectives()); !s)
        return s.error();
    if (auto s = add(ReviewTopic::ProcessPerformance, processPerformance(review)); !s)
        return s.error();
    if (auto s = add(ReviewTopic::Nonconformities, nonconformities(review)); !s)
        return s.error();
    if (auto s = add(ReviewTopic::Monitoring,
                     ncsFrom(review, "process_monitoring",
                             Tr::tr("Process monitoring raised no nonconformity in the period.")));
        !s)
        return s.error();
    if (auto s = add(ReviewTopic::AuditResults, audits(review)); !s)
        return s.error();
    if (auto s = add(ReviewTopic::Providers,
                     ncsFrom(review, "supplier",
                             Tr::tr("No nonconformity was attributed to a supplier in the period.")));
        !s)
        return s.error();
    if (auto s = add(ReviewTopic::Resources, resources()); !s)
        return s.error();
    if (auto s = add(ReviewTopic::Risks, risks(review)); !s)
        return s.error();
    if (auto s = add(ReviewTopic::Improvement, improvement(review)); !s)
        return s.error();
    return out;
}

// The decisions of the last review held before this one, each with its action's state.
Result<QString> ReviewInputCollector::previousActions(const ManagementReview& review) const {
    auto reviews = m_ws.records<ManagementReview>().list();
    if (!reviews)
        return reviews.error();
    const ManagementReview* last = nullptr;
    for (const ManagementReview& r : *reviews)
        if (r.meta.id != review.meta.id &&
            (r.status == ReviewStatus::Held || r.status == ReviewStatus::Closed) && r.heldOn.isValid() &&
            (!last || r.heldOn > last->heldOn))
            last = &r;
    if (!last)
        return Tr::tr("No earlier management review is recorded in this file.");
    QStringList lines{Tr::tr("Decisions of %1 (held %2):").arg(last->meta.id, codec::date(last->heldOn))};
    if (last->outputs.isEmpty())
        lines << bullet(Tr::tr("It recorded no decisions."));
    int open = 0;
    for (qsizetype n = 0; n < last->outputs.size(); ++n) {
        const ReviewOutput& o = last->outputs[n];
        QString state = Tr::tr("no action raised");
        if (!o.action.isEmpty()) {
            auto action = m_ws.actions().get(o.action);
            if (action) {
                state = QStringLiteral("%1 %2").arg(o.action, inSentence(enumLabel(action->status)));
                if (isOpen(action->status)) {
                    ++open;
                    if (action->isOverdue(m_ws.clock().today()))
                        state += Tr::tr(", overdue since %1").arg(codec::date(action->dueDate));
                }
            } else {
                state = Tr::tr("%1 not found").arg(o.action);
            }
        }
        lines << bullet(QStringLiteral("%1. %2 (%3): %4")
                            .arg(n + 1)
                            .arg(o.decision.section(QLatin1Char('\n'), 0, 0), enumLabel(o.type), state));
    }
    lines << Tr::tr("Actions still open: %1.").arg(open);
    return lines.join(QLatin1Char('\n'));
}

// Internal and external issues have no register yet: the changes planned and made in the period
// are what the file holds on them (6.3).
Result<QString> ReviewInputCollector::changes(const ManagementReview& review) const {
    auto all = m_ws.records<ChangeRequest>().list();
    if (!all)
        return all.error();
    QList<QPair<QString, QString>> closed, open;
    for (const ChangeRequest& c : *all) {
        if (c.status == ChangeStatus::Closed && inPeriod(c.closedOn, review))
            closed.append({c.meta.id, c.title});
        else if (isOpenRecord(c))
            open.append({c.meta.id, c.title});
    }
    QStringList lines{Tr::tr("Internal and external issues are not kept as records in this file yet; the "
                             "changes to the QMS show what moved.")};
    lines << Tr::tr("Changes closed in the period: %1").arg(closed.size()) << named(closed);
    lines << Tr::tr("Changes still open: %1").arg(open.size()) << named(open);
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::ncsFrom(const ManagementReview& review, const char* source,
                                              const QString& none) const {
    const KindDecl& nc = declOf<Nonconformity>();
    QList<QPair<QString, QString>> records;
    int major = 0, openCount = 0;
    const Status s = runQuery(
        m_ws.database(),
        QStringLiteral("SELECT id, title, severity, status IN (%1) FROM nonconformities WHERE source = ? AND "
                       "detected_on BETWEEN ? AND ? ORDER BY detected_on, seq")
            .arg(sql::quotedList(nc.openStates())),
        {QString::fromLatin1(source), codec::date(review.periodFrom), codec::date(review.periodTo)},
        [&](const QSqlQuery& q) {
            records.append({q.value(0).toString(), q.value(1).toString()});
            major += q.value(2).toString() == QLatin1String("major");
            openCount += q.value(3).toInt();
        });
    if (!s)
        return s.error();
    if (records.isEmpty())
        return none;
    QStringList lines{Tr::tr("Nonconformities in the period: %1 (%2 major, %3 still open):")
                          .arg(records.size())
                          .arg(major)
                          .arg(openCount)};
    lines << named(records);
    return lines.join(QLatin1Char('\n'));
}

// Objectives have no register yet: the KPI targets set on the processes stand for them.
Result<QString> ReviewInputCollector::objectives() const {
    auto processes = m_ws.processes().list();
    if (!processes)
        return processes.error();
    QStringList lines{Tr::tr("Quality objectives are not kept as records in this file yet. KPI targets set "
                             "on the processes:")};
    int count = 0;
    for (const Process& p : *processes)
        if (p.active)
            for (const Kpi& k : p.kpis) {
                ++count;
                lines << bullet(QStringLiteral("%1 %2: %3 %4 %5")
                                    .arg(p.meta.id, p.name, k.name, k.target, k.unit)
                                    .trimmed());
            }
    if (count == 0)
        lines << bullet(Tr::tr("No process has a KPI target."));
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::processPerformance(const ManagementReview& review) const {
    auto processes = m_ws.processes().list();
    if (!processes)
        return processes.error();
    QHash<QString, QPair<int, int>> counts; // process -> (all, major)
    const Status s =
        runQuery(m_ws.database(),
                 QStringLiteral("SELECT process, count(*), sum(severity = 'major') FROM "
                                "nonconformities WHERE process <> '' AND detected_on BETWEEN ? "
                                "AND ? GROUP BY process"),
                 {codec::date(review.periodFrom), codec::date(review.periodTo)}, [&](const QSqlQuery& q) {
                     counts.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()});
                 });
    if (!s)
        return s.error();
    QStringList lines{Tr::tr("Nonconformities in the period by process:")};
    for (const Process& p : *processes) {
        if (!p.active)
            continue;
        const auto c = counts.value(p.meta.id);
        lines << bullet(Tr::tr("%1 %2: %3 (%4 major)").arg(p.meta.id, p.name).arg(c.first).arg(c.second));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::nonconformities(const ManagementReview& review) const {
    const KindDecl& nc = declOf<Nonconformity>();
    const QString from = codec::date(review.periodFrom), to = codec::date(review.periodTo);
    int raised = 0, major = 0, minor = 0, observations = 0, closed = 0, openNow = 0, oldest = 0;
    Status s = runQuery(
        m_ws.database(),
        QStringLiteral("SELECT count(*), sum(severity = 'major'), sum(severity = 'minor'), "
                       "sum(severity = 'observation'), sum(status = 'closed' AND closed_on BETWEEN ? AND ?) "
                       "FROM nonconformities WHERE detected_on BETWEEN ? AND ?"),
        {from, to, from, to}, [&](const QSqlQuery& q) {
            raised = q.value(0).toInt();
            major = q.value(1).toInt();
            minor = q.value(2).toInt();
            observations = q.value(3).toInt();
            closed = q.value(4).toInt();
        });
    if (!s)
        return s.error();
    s = runQuery(
        m_ws.database(),
        QStringLiteral("SELECT count(*), coalesce(max(julianday(?) - julianday(detected_on)), 0) FROM "
                       "nonconformities WHERE status IN (%1) AND detected_on <> ''")
            .arg(sql::quotedList(nc.openStates())),
        {codec::date(m_ws.clock().today())}, [&](const QSqlQuery& q) {
            openNow = q.value(0).toInt();
            oldest = q.value(1).toInt();
        });
    if (!s)
        return s.error();
    QStringList sources;
    s = runQuery(
        m_ws.database(),
        QStringLiteral("SELECT source, count(*) AS n FROM nonconformities WHERE detected_on BETWEEN ? "
                       "AND ? GROUP BY source ORDER BY n DESC, source LIMIT 3"),
        {from, to}, [&](const QSqlQuery& q) {
            sources << QStringLiteral("%1 (%2)")
                           .arg(enumLabelForKey(q.value(0).toString()))
                           .arg(q.value(1).toInt());
        });
    if (!s)
        return s.error();
    int completed = 0, onTime = 0;
    s = runQuery(m_ws.database(),
                 QStringLiteral("SELECT count(*), sum(due_date = '' OR completed_on <= due_date) FROM "
                                "corrective_actions WHERE completed_on BETWEEN ? AND ?"),
                 {from, to}, [&](const QSqlQuery& q) {
                     completed = q.value(0).toInt();
                     onTime = q.value(1).toInt();
                 });
    if (!s)
        return s.error();
    QStringList lines;
    lines << Tr::tr(
                 "Raised in the period: %1 (%2 major, %3 minor, %4 observations); closed in the period: %5.")
                 .arg(raised)
                 .arg(major)
                 .arg(minor)
                 .arg(observations)
                 .arg(closed);
    lines << Tr::tr("Open today: %1; the oldest open for %2 days.").arg(openNow).arg(oldest);
    if (!sources.isEmpty())
        lines << Tr::tr("Top sources: %1.").arg(sources.join(QStringLiteral(", ")));
    lines << Tr::tr("Corrective actions completed in the period: %1, on time: %2.")
                 .arg(completed)
                 .arg(percent(onTime, completed));
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::audits(const ManagementReview& review) const {
    auto all = m_ws.records<Audit>().list();
    if (!all)
        return all.error();
    QMap<AuditResult, int> results;
    QList<QPair<QString, QString>> held, late;
    int raised = 0;
    for (const Audit& a : *all) {
        if (inPeriod(a.heldOn, review) && a.status != AuditStatus::Cancelled) {
            held.append({a.meta.id, QStringLiteral("%1 (%2)").arg(a.title, inSentence(enumLabel(a.status)))});
            for (const ChecklistItem& i : a.checklist)
                ++results[i.result];
            raised += int(a.findings.size());
        } else if (isOverdueBy(a, dueRuleOf<Audit>("planned"), m_ws.clock().today())) {
            late.append({a.meta.id, Tr::tr("%1, planned %2").arg(a.title, codec::date(a.plannedDate))});
        }
    }
    QStringList lines{Tr::tr("Audits held in the period: %1").arg(held.size())};
    lines << named(held);
    if (!held.isEmpty()) {
        QStringList counts;
        for (AuditResult r : enumValues<AuditResult>())
            if (results.value(r) > 0)
                counts << QStringLiteral("%1 %2").arg(results.value(r)).arg(inSentence(enumLabel(r)));
        lines << Tr::tr("Checklist results: %1.").arg(counts.join(QStringLiteral(", ")));
        lines << Tr::tr("Nonconformities raised from them: %1.").arg(raised);
    }
    if (!late.isEmpty())
        lines << Tr::tr("Audits past their planned date and not started: %1").arg(late.size()) << named(late);
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::resources() const {
    auto processes = m_ws.processes().list();
    if (!processes)
        return processes.error();
    QStringList lines{Tr::tr("Resources the active processes name:")};
    for (const Process& p : *processes)
        if (p.active)
            lines << bullet(QStringLiteral("%1 %2: %3")
                                .arg(p.meta.id, p.name,
                                     p.resources.trimmed().isEmpty()
                                         ? Tr::tr("none named")
                                         : QString(p.resources.simplified()).left(160)));
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::risks(const ManagementReview& review) const {
    auto actions = m_ws.actions().list();
    if (!actions)
        return actions.error();
    int preventive = 0, effective = 0, ineffective = 0;
    for (const CorrectiveAction& a : *actions)
        if (a.type == CaType::Preventive && inPeriod(a.completedOn, review)) {
            ++preventive;
            effective += a.status == CaStatus::VerifiedEffective;
            ineffective += a.status == CaStatus::VerifiedIneffective;
        }
    auto processes = m_ws.processes().list();
    if (!processes)
        return processes.error();
    QStringList lines{Tr::tr("Preventive actions completed in the period: %1 (%2 verified effective, %3 not "
                             "effective).")
                          .arg(preventive)
                          .arg(effective)
                          .arg(ineffective)};
    lines << Tr::tr("Risks and opportunities the active processes name:");
    for (const Process& p : *processes)
        if (p.active && !p.risks.trimmed().isEmpty())
            lines << bullet(
                QStringLiteral("%1 %2: %3").arg(p.meta.id, p.name, p.risks.simplified().left(160)));
    return lines.join(QLatin1Char('\n'));
}

Result<QString> ReviewInputCollector::improvement(const ManagementReview& review) const {
    auto actions = m_ws.actions().list();
    if (!actions)
        return actions.error();
    QList<QPair<QString, QString>> open, done;
    for (const CorrectiveAction& a : *actions) {
        if (a.type != CaType::Improvement)
            continue;
        if (isOpen(a.status))
            open.append({a.meta.id, a.title});
        else if (inPeriod(a.completedOn, review))
            done.append({a.meta.id, a.title});
    }
    auto audits = m_ws.records<Audit>().list();
    if (!audits)
        return audits.error();
    QList<QPair<QString, QString>> ofis;
    for (const Audit& a : *audits)
        if (inPeriod(a.heldOn, review))
            for (qsizetype n = 0; n < a.checklist.size(); ++n)
                if (a.checklist[n].result == AuditResult::Opportunity)
                    ofis.append({QStringLiteral("%1/%2").arg(a.meta.id).arg(n + 1),
                                 a.checklist[n].evidence.simplified().left(120)});
    QStringList lines{Tr::tr("Improvement actions completed in the period: %1").arg(done.size())};
    lines << named(done);
    lines << Tr::tr("Improvement actions open: %1").arg(open.size()) << named(open);
    lines << Tr::tr("Opportunities for improvement found in audits: %1").arg(ofis.size()) << named(ofis);
    return lines.join(QLatin1Char('\n'));
}

} // namespace qms

// The results of each internal audit held in scope (its checklist answers and the nonconformities
// it raised), and the last management review's inputs and decisions.

#include "PackData.h"
#include "PackDataCollector.h"
#include "PackFormat.h"
#include "PackStyle.h"
#include "PageLayout.h"
#include "Sections.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace qms::report {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::Sections)
};

using Cell = DocBuilder::Cell;

bool held(const Audit& a) {
    return a.status == AuditStatus::Reported || a.status == AuditStatus::Closed;
}

Cell resultCell(AuditResult r) {
    Cell c(enumLabel(r));
    if (r == AuditResult::MajorNc || r == AuditResult::MinorNc) {
        c.bold = true;
        c.color = style::alert();
    }
    return c;
}

class AuditResultsSection final : public PackSection {
public:
    AuditResultsSection(const PackContext& ctx, QList<Audit> audits)
        : PackSection(ctx)
        , m_audits(std::move(audits)) {}
    QString key() const override { return QStringLiteral("audit-results"); }
    QString contentsTitle() const override { return Tr::tr("Internal audit results"); }

    Result<SectionChunk> build(int, const PageRefs&) const override {
        DocBuilder b(m_ctx.layout, m_ctx.device, false);
        SectionChunk out;
        b.heading(contentsTitle());
        b.paragraph(
            Tr::tr("Each audit reported in scope (ISO 9001 9.2.2 d-f): who audited what, against which "
                   "criteria, every checklist answer with the evidence seen, and the nonconformities "
                   "raised from it."),
            style::SmallPt + 0.5, false, style::muted(), 6);
        for (const Audit& a : m_audits) {
            QList<QPair<QString, Cell>> rows;
            rows.append({Tr::tr("Scope"),
                         Cell(QStringLiteral("%1\n%2").arg(
                             fmt::orDash(a.scope), (a.clauses + a.processes).join(QStringLiteral(", "))))});
            rows.append({Tr::tr("Criteria"), Cell(fmt::orDash(a.criteria))});
            rows.append({Tr::tr("Auditors"),
                         Cell(Tr::tr("%1 (lead); team: %2").arg(a.leadAuditor, fmt::orDash(a.team)))});
            rows.append({Tr::tr("Held"), Cell(fmt::date(a.heldOn))});
            if (!a.independenceNote.trimmed().isEmpty())
                rows.append({Tr::tr("Independence exception"), Cell(a.independenceNote)});
            Cell report(Tr::tr("Signed by %1 on %2").arg(fmt::orDash(a.reportedBy), fmt::date(a.reportedOn)));
            report.secondLine = a.conclusions;
            rows.append({Tr::tr("Report"), report});
            rows.append(
                {Tr::tr("Nonconformities raised"),
                 Cell(a.findings.isEmpty() ? Tr::tr("None") : a.findings.join(QStringLiteral(", ")))});
            b.spacer(4);
            const int pos =
                b.keyValueTable(QStringLiteral("%1 \u00b7 %2").arg(a.meta.id, a.title), rows, 20, false);
            out.anchors.append({QStringLiteral("audit:") + a.meta.id, pos});
            QList<DocBuilder::Row> items;
            for (qsizetype n = 0; n < a.checklist.size(); ++n) {
                const ChecklistItem& i = a.checklist[n];
                items.append({Cell(QString::number(n + 1)), Cell(fmt::orDash(i.clause)), Cell(i.question),
                              Cell(fmt::orDash(i.evidence)), resultCell(i.result),
                              Cell(fmt::orDash(i.finding))});
            }
            if (!items.isEmpty())
                b.table({4, 8, 38, 30, 11, 9},
                        {Tr::tr("#"), Tr::tr("Clause"), Tr::tr("Question"), Tr::tr("Evidence seen"),
                         Tr::tr("Result"), Tr::tr("NC")},
                        items, style::SmallPt);
        }
        out.doc = b.take();
        DocBuilder::keepTablesTogether(*out.doc, m_ctx.layout.bodyRect().size());
        return out;
    }

private:
    QList<Audit> m_audits;
};

class ReviewRecordSection final : public PackSection {
public:
    ReviewRecordSection(const PackContext& ctx, ManagementReview review)
        : PackSection(ctx)
        , m_review(std::move(review)) {}
    QString key() const override { return QStringLiteral("review-record"); }
    QString contentsTitle() const override {
        return Tr::tr("Last management review: %1").arg(m_review.meta.id);
    }

    Result<SectionChunk> build(int, const PageRefs&) const override {
        const ManagementReview& r = m_review;
        DocBuilder b(m_ctx.layout, m_ctx.device, false);
        SectionChunk out;
        b.heading(contentsTitle());
        QList<QPair<QString, Cell>> head;
        head.append({Tr::tr("Held"), Cell(Tr::tr("%1, chaired by %2").arg(fmt::date(r.heldOn), r.chair))});
        head.append({Tr::tr("Period reviewed"),
                     Cell(Tr::tr("%1 to %2").arg(fmt::date(r.periodFrom), fmt::date(r.periodTo)))});
        head.append({Tr::tr("Attendees"), Cell(fmt::orDash(r.attendees))});
        head.append({Tr::tr("Minutes"), Cell(fmt::orDash(r.minutes))});
        const int pos = b.keyValueTable(r.title, head, 20, false);
        out.anchors.append({QStringLiteral("review:") + r.meta.id, pos});
        b.spacer(6);
        b.paragraph(Tr::tr("Inputs (ISO 9001 9.3.2), as collected and frozen"), 0, true);
        QList<DocBuilder::Row> inputs;
        for (const ReviewInput& i : r.inputs)
            inputs.append({Cell(enumLabel(i.topic)), Cell(i.data), Cell(fmt::orDash(i.commentary))});
        b.table({22, 48, 30}, {Tr::tr("Input"), Tr::tr("Data as collected"), Tr::tr("Commentary")}, inputs,
                style::SmallPt);
        b.spacer(6);
        b.paragraph(Tr::tr("Decisions (ISO 9001 9.3.3)"), 0, true);
        QList<DocBuilder::Row> outputs;
        for (const ReviewOutput& o : r.outputs)
            outputs.append({Cell(enumLabel(o.type)), Cell(o.decision), Cell(fmt::orDash(o.owner)),
                            Cell(fmt::date(o.due)), Cell(fmt::orDash(o.action))});
        b.table({16, 44, 14, 13, 13},
                {Tr::tr("Type"), Tr::tr("Decision"), Tr::tr("Owner"), Tr::tr("Due"), Tr::tr("Action")},
                outputs, style::SmallPt);
        out.doc = b.take();
        DocBuilder::keepTablesTogether(*out.doc, m_ctx.layout.bodyRect().size());
        return out;
    }

private:
    ManagementReview m_review;
};

} // namespace

template <> std::unique_ptr<PackSection> detailSection<Audit>(const PackContext& ctx) {
    auto audits = ctx.collector.records().load<Audit>(ctx.data.ids(RecordKind::Audit));
    if (!audits)
        return nullptr;
    QList<Audit> reported;
    for (const Audit& a : *audits)
        if (held(a))
            reported << a;
    if (reported.isEmpty())
        return nullptr;
    return std::make_unique<AuditResultsSection>(ctx, reported);
}

template <> std::unique_ptr<PackSection> detailSection<ManagementReview>(const PackContext& ctx) {
    auto reviews = ctx.collector.records().load<ManagementReview>(ctx.data.ids(RecordKind::ManagementReview));
    if (!reviews)
        return nullptr;
    const ManagementReview* last = nullptr;
    for (const ManagementReview& r : *reviews)
        if ((r.status == ReviewStatus::Held || r.status == ReviewStatus::Closed) &&
            (!last || r.heldOn > last->heldOn))
            last = &r;
    if (!last)
        return nullptr;
    return std::make_unique<ReviewRecordSection>(ctx, *last);
}

} // namespace qms::report

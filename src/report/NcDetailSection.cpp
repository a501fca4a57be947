// One detail block per nonconformity: what happened, what was done, who changed its status when.

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

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::Sections)
};

using Cell = DocBuilder::Cell;

QString actionLine(const CorrectiveAction& ca, const QDate& today) {
    QString line = QStringLiteral("%1 %2 \u2014 %3, due %4")
                       .arg(ca.meta.id, ca.title, enumLabel(ca.status), fmt::date(ca.dueDate));
    if (ca.completedOn.isValid())
        line += Tr::tr(", completed %1").arg(fmt::date(ca.completedOn));
    if (ca.isOverdue(today))
        line += Tr::tr(" (OVERDUE)");
    line += Tr::tr("; effectiveness: %1").arg(fmt::orDash(ca.effectivenessResult));
    return line;
}

QString historyLine(const StatusChange& c) {
    const QString to = fmt::label<NcStatus>(c.to);
    QString line =
        c.from.isEmpty()
            ? Tr::tr("%1 \u00b7 %2 \u00b7 created as %3").arg(fmt::utc(c.at), c.user, fmt::orDash(to))
            : Tr::tr("%1 \u00b7 %2 \u00b7 %3 \u2192 %4")
                  .arg(fmt::utc(c.at), c.user, fmt::label<NcStatus>(c.from), to);
    if (!c.reason.trimmed().isEmpty())
        line += Tr::tr(" \u2014 reason: %1").arg(c.reason.trimmed());
    return line;
}

} // namespace

QString NcDetailSection::contentsTitle() const {
    const PackData& d = m_ctx.data;
    if (d.detailsLimited())
        return Tr::tr("Nonconformity details (%1 of %2)")
            .arg(d.detailNcs.size())
            .arg(d.ids(RecordKind::Nonconformity).size());
    return Tr::tr("Nonconformity details");
}

int NcDetailSection::chunkCount() const {
    return std::max(1, int((m_ctx.data.detailNcs.size() + NcsPerChunk - 1) / NcsPerChunk));
}

Result<SectionChunk> NcDetailSection::build(int chunk, const PageRefs&) const {
    const PackData& d = m_ctx.data;
    // Unpaginated first: keepTablesTogether() measures the blocks, then paginates once.
    DocBuilder b(m_ctx.layout, m_ctx.device, false);
    b.setTableRules(0); // label/value blocks read well without grid lines, and draw faster
    SectionChunk out;
    if (chunk == 0) {
        b.heading(contentsTitle());
        if (d.detailsLimited())
            b.paragraph(
                Tr::tr("This pack covers %1 nonconformities, more than its detail budget of %2, so detail "
                       "sections are printed for %3 of them: every open nonconformity first (the most "
                       "recent when they alone exceed the budget), then the most recent closed ones. The "
                       "log lists all of them. A pack with a narrower scope, or a larger budget, gives "
                       "the details of the others.")
                    .arg(d.ids(RecordKind::Nonconformity).size())
                    .arg(d.scope.detailBudget)
                    .arg(d.detailNcs.size()),
                style::SmallPt + 0.5, false, style::muted(), 6);
    }
    const int first = chunk * NcsPerChunk;
    auto ncs = m_ctx.collector.records().load<Nonconformity>(d.detailNcs.mid(first, NcsPerChunk));
    if (!ncs)
        return ncs.error();
    // The CAs linked to these NCs, whatever their status or scope, for the "Corrective actions" row.
    QStringList linkedIds;
    for (const Nonconformity& nc : std::as_const(*ncs))
        linkedIds << nc.actions;
    linkedIds.removeDuplicates();
    auto linkedList = m_ctx.collector.records().load<CorrectiveAction>(linkedIds);
    if (!linkedList)
        return linkedList.error();
    QHash<QString, const CorrectiveAction*> linked;
    for (const CorrectiveAction& ca : std::as_const(*linkedList))
        linked.insert(ca.meta.id, &ca);
    for (int i = 0; i < int(ncs->size()); ++i) {
        const Nonconformity& nc = ncs->at(i);
        auto history = m_ctx.collector.statusHistory(nc.meta.id);
        if (!history)
            return history.error();
        QList<QPair<QString, Cell>> rows;
        Cell status(enumLabel(nc.status));
        status.bold = true;
        if (!nc.statusReason.trimmed().isEmpty())
            status.secondLine = Tr::tr("Reason: %1").arg(nc.statusReason.trimmed());
        rows.append({Tr::tr("Status"), status});
        Cell severity(enumLabel(nc.severity));
        if (nc.severity == Severity::Major) {
            severity.bold = true;
            severity.color = style::alert();
        }
        rows.append({Tr::tr("Severity"), severity});
        rows.append({Tr::tr("Source"), Cell(enumLabel(nc.source))});
        rows.append({Tr::tr("Detected"),
                     Cell(Tr::tr("%1, reported by %2").arg(fmt::date(nc.detectedOn), nc.reportedBy))});
        rows.append({Tr::tr("Responsible"), Cell(fmt::orDash(nc.responsible))});
        if (!nc.process.isEmpty() || !nc.reference.isEmpty())
            rows.append(
                {Tr::tr("Process / reference"),
                 Cell(QStringLiteral("%1 / %2").arg(fmt::orDash(nc.process), fmt::orDash(nc.reference)))});
        rows.append({Tr::tr("Clauses"), Cell(fmt::orDash(nc.clauses.join(QStringLiteral(", "))))});
        rows.append({Tr::tr("Description"), Cell(fmt::orDash(nc.description))});
        rows.append({Tr::tr("Containment"), Cell(fmt::orDash(nc.containment))});
        const QString method = nc.rcaMethod == RcaMethod::None ? QString() : enumLabel(nc.rcaMethod);
        Cell rootCause(fmt::orDash(nc.rootCause));
        if (!method.isEmpty())
            rootCause.secondLine = Tr::tr("Method: %1").arg(method);
        rows.append({Tr::tr("Root cause"), rootCause});
        rows.append({Tr::tr("Disposition"), Cell(enumLabel(nc.disposition))});
        QStringList actions;
        for (const QString& id : nc.actions) {
            const CorrectiveAction* ca = linked.value(id);
            actions << (ca ? actionLine(*ca, d.today) : id);
        }
        rows.append({Tr::tr("Corrective actions"),
                     Cell(actions.isEmpty() ? Tr::tr("None linked") : actions.join(QLatin1Char('\n')))});
        Cell effectiveness(fmt::orDash(nc.effectiveness));
        if (nc.closedOn.isValid())
            effectiveness.secondLine = Tr::tr("Closed on %1").arg(fmt::date(nc.closedOn));
        rows.append({Tr::tr("Effectiveness review"), effectiveness});
        QStringList lines;
        for (const StatusChange& c : *history)
            lines << historyLine(c);
        Cell historyCell(lines.isEmpty() ? Tr::tr("No status entries in the audit trail")
                                         : lines.join(QLatin1Char('\n')));
        rows.append({Tr::tr("Status history"), historyCell});
        if (i > 0 || chunk == 0)
            b.spacer(4);
        const int pos =
            b.keyValueTable(QStringLiteral("%1 \u00b7 %2").arg(nc.meta.id, nc.title), rows, 20, false);
        out.anchors.append({QStringLiteral("nc:") + nc.meta.id, pos});
    }
    out.doc = b.take();
    // A detail block that fits on a page is never cut in two.
    DocBuilder::keepTablesTogether(*out.doc, m_ctx.layout.bodyRect().size());
    return out;
}

template <> std::unique_ptr<PackSection> detailSection<Nonconformity>(const PackContext& ctx) {
    if (ctx.data.detailNcs.isEmpty())
        return nullptr;
    return std::make_unique<NcDetailSection>(ctx);
}

} // namespace qms::report

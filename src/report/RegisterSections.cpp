// The register tables: documents, processes, nonconformity log, corrective action log, audit trail.

#include "PackData.h"
#include "PackDataCollector.h"
#include "PackFormat.h"
#include "PackStyle.h"
#include "Sections.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

namespace qms::report {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::Sections)
};

using Cell = DocBuilder::Cell;

Cell idCell(const QString& id) {
    Cell c(id);
    c.bold = true;
    return c;
}

Cell flagCell(bool on, const QString& text) {
    Cell c(on ? text : QString());
    c.bold = true;
    c.color = style::alert();
    if (on)
        c.fill = style::gapFill();
    return c;
}

// "title: Scratched housing; status: open; ..." from a creation snapshot, empty fields left out.
QString snapshotText(const QString& json) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return json;
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString v = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (!v.trimmed().isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), v);
    }
    return parts.join(QStringLiteral("; "));
}

// Loads the chunk's records and turns each into a row.
template <typename R, typename F>
Result<QList<DocBuilder::Row>> recordRows(const PackContext& ctx, const QStringList& ids, int first,
                                          int count, F&& toRow) {
    auto records = ctx.collector.records().load<R>(ids.mid(first, count));
    if (!records)
        return records.error();
    QList<DocBuilder::Row> out;
    out.reserve(records->size());
    for (const R& r : std::as_const(*records))
        out.append(toRow(r));
    return out;
}

Cell withSecond(QString text, QString second) {
    Cell c(std::move(text));
    c.secondLine = std::move(second);
    return c;
}

} // namespace

// ---- TableSection ------------------------------------------------------------------------------

int TableSection::chunkCount() const {
    return std::max(1, (rowCount() + RowsPerChunk - 1) / RowsPerChunk);
}

Result<SectionChunk> TableSection::build(int chunk, const PageRefs& refs) const {
    DocBuilder b(m_ctx.layout, m_ctx.device);
    if (chunk == 0) {
        b.heading(contentsTitle());
        if (const QString text = intro(); !text.isEmpty())
            b.paragraph(text, style::SmallPt + 0.5, false, style::muted(), 6);
    }
    const int first = chunk * RowsPerChunk;
    const int count = std::min(RowsPerChunk, rowCount() - first);
    if (count > 0) {
        auto chunkRows = rows(first, count, refs);
        if (!chunkRows)
            return chunkRows.error();
        b.table(widths(), headers(), *chunkRows);
    } else if (rowCount() == 0) {
        b.paragraph(Tr::tr("No records of this kind are in the selected scope."), 0, false, style::muted());
    }
    if (chunk == chunkCount() - 1)
        addAfter(b);
    return SectionChunk{b.take(), {}};
}

// ---- Documents ---------------------------------------------------------------------------------

QString DocumentRegisterSection::contentsTitle() const {
    return Tr::tr("Document register");
}
int DocumentRegisterSection::rowCount() const {
    return int(m_ctx.data.ids(RecordKind::Document).size());
}
QString DocumentRegisterSection::intro() const {
    return Tr::tr(
        "Controlled documents (ISO 9001 7.5). \"Rev.\" is the revision in force; a newer revision in "
        "preparation is shown under it. Reviews past their date are flagged.");
}
QList<qreal> DocumentRegisterSection::widths() const {
    return {9.5, 22.5, 10, 6, 9, 9, 13.5, 11, 9.5};
}
QStringList DocumentRegisterSection::headers() const {
    return {Tr::tr("ID"),     Tr::tr("Title"), Tr::tr("Type"),           Tr::tr("Rev."),
            Tr::tr("Status"), Tr::tr("Owner"), Tr::tr("Released by/on"), Tr::tr("Next review"),
            Tr::tr("Overdue")};
}
Result<QList<DocBuilder::Row>> DocumentRegisterSection::rows(int first, int count,
                                                             const PageRefs& refs) const {
    return recordRows<Document>(m_ctx, m_ctx.data.ids(RecordKind::Document), first, count,
                                [&](const Document& r) { return row(r, refs); });
}
DocBuilder::Row DocumentRegisterSection::row(const Document& doc, const PageRefs&) const {
    QString rev = doc.effectiveRevision.isEmpty() ? QStringLiteral("\u2014") : doc.effectiveRevision;
    Cell revision(rev);
    if (doc.revision != doc.effectiveRevision && !doc.revision.isEmpty())
        revision.secondLine = Tr::tr("%1 draft").arg(doc.revision);
    Cell released = doc.approvedBy.isEmpty()
                        ? Cell(QStringLiteral("\u2014"))
                        : withSecond(doc.approvedBy, fmt::date(doc.releasedAt.toLocalTime().date()));
    const bool overdue = doc.isReviewOverdue(m_ctx.data.today);
    return {idCell(doc.meta.id),
            Cell(doc.title),
            Cell(enumLabel(doc.type)),
            revision,
            Cell(enumLabel(doc.status)),
            Cell(doc.owner),
            released,
            Cell(fmt::date(doc.nextReview)),
            flagCell(overdue, Tr::tr("OVERDUE"))};
}

// ---- Processes ---------------------------------------------------------------------------------

QString ProcessRegisterSection::contentsTitle() const {
    return Tr::tr("Process register");
}
int ProcessRegisterSection::rowCount() const {
    return int(m_ctx.data.ids(RecordKind::Process).size());
}
QString ProcessRegisterSection::intro() const {
    return Tr::tr("The processes of the QMS and their interaction (ISO 9001 4.4): owner, inputs, outputs, "
                  "performance indicators and the clauses they address.");
}
QList<qreal> ProcessRegisterSection::widths() const {
    return {9.5, 15, 10, 17, 17, 19, 12.5};
}
QStringList ProcessRegisterSection::headers() const {
    return {Tr::tr("ID"),      Tr::tr("Name"), Tr::tr("Owner"),  Tr::tr("Inputs"),
            Tr::tr("Outputs"), Tr::tr("KPIs"), Tr::tr("Clauses")};
}
Result<QList<DocBuilder::Row>> ProcessRegisterSection::rows(int first, int count,
                                                            const PageRefs& refs) const {
    return recordRows<Process>(m_ctx, m_ctx.data.ids(RecordKind::Process), first, count,
                               [&](const Process& r) { return row(r, refs); });
}
DocBuilder::Row ProcessRegisterSection::row(const Process& p, const PageRefs&) const {
    QStringList kpis;
    for (const Kpi& k : p.kpis)
        kpis << (k.target.isEmpty() ? k.name : Tr::tr("%1: %2 %3").arg(k.name, k.target, k.unit).trimmed());
    Cell name(p.name);
    if (!p.active)
        name.secondLine = Tr::tr("retired");
    return {idCell(p.meta.id),
            name,
            Cell(p.owner),
            Cell(fmt::orDash(p.inputs)),
            Cell(fmt::orDash(p.outputs)),
            Cell(fmt::orDash(kpis.join(QLatin1Char('\n')))),
            Cell(fmt::orDash(p.clauses.join(QStringLiteral(", "))))};
}

// ---- Nonconformity log -------------------------------------------------------------------------

QString NcLogSection::contentsTitle() const {
    return Tr::tr("Nonconformity log");
}
int NcLogSection::rowCount() const {
    return int(m_ctx.data.ids(RecordKind::Nonconformity).size());
}
QString NcLogSection::intro() const {
    const PackData& d = m_ctx.data;
    if (d.detailsLimited())
        return Tr::
            tr("Nonconformities in scope (ISO 9001 10.2). The last column gives the page of each detail "
               "section; %1 of these %2 nonconformities have one (detail budget %3: open ones first, then "
               "the most recent), the others show a dash.")
                .arg(d.detailNcs.size())
                .arg(d.ids(RecordKind::Nonconformity).size())
                .arg(d.scope.detailBudget);
    return Tr::tr(
        "Nonconformities in scope (ISO 9001 10.2). The last column gives the page of each detail section.");
}
QList<qreal> NcLogSection::widths() const {
    return {9.5, 20, 11, 11, 10.5, 11, 11.5, 9.5, 6}; // "Observation" fits its column
}
QStringList NcLogSection::headers() const {
    return {Tr::tr("ID"),     Tr::tr("Title"),       Tr::tr("Source"), Tr::tr("Severity"), Tr::tr("Detected"),
            Tr::tr("Status"), Tr::tr("Responsible"), Tr::tr("CAs"),    Tr::tr("Page")};
}
Result<QList<DocBuilder::Row>> NcLogSection::rows(int first, int count, const PageRefs& refs) const {
    return recordRows<Nonconformity>(m_ctx, m_ctx.data.ids(RecordKind::Nonconformity), first, count,
                                     [&](const Nonconformity& r) { return row(r, refs); });
}
DocBuilder::Row NcLogSection::row(const Nonconformity& nc, const PageRefs& refs) const {
    // Outside the detail budget an NC has no detail page: a dash, never a wrong number.
    const QString key = QStringLiteral("nc:") + nc.meta.id;
    const QString pageCell =
        refs.final && !refs.pages.contains(key) ? QStringLiteral("\u2014") : refs.page(key);
    Cell severity(enumLabel(nc.severity));
    if (nc.severity == Severity::Major) {
        severity.bold = true;
        severity.color = style::alert();
    }
    return {idCell(nc.meta.id),
            Cell(nc.title),
            Cell(enumLabel(nc.source)),
            severity,
            Cell(fmt::date(nc.detectedOn)),
            Cell(enumLabel(nc.status)),
            Cell(fmt::orDash(nc.responsible)),
            Cell(fmt::orDash(nc.actions.join(QStringLiteral(", ")))),
            Cell(pageCell)};
}

// ---- Corrective actions ------------------------------------------------------------------------

QString ActionLogSection::contentsTitle() const {
    return Tr::tr("Corrective action log");
}
int ActionLogSection::rowCount() const {
    return int(m_ctx.data.ids(RecordKind::CorrectiveAction).size());
}
QString ActionLogSection::intro() const {
    return Tr::tr(
        "Corrective actions in scope (ISO 9001 10.2.1 c-e). Open actions past their due date are flagged.");
}
QList<qreal> ActionLogSection::widths() const {
    return {9.5, 18, 9, 10.5, 10.5, 10, 14, 9, 9.5};
}
QStringList ActionLogSection::headers() const {
    return {Tr::tr("ID"),     Tr::tr("Title"),         Tr::tr("Owner"), Tr::tr("Due"),    Tr::tr("Completed"),
            Tr::tr("Status"), Tr::tr("Effectiveness"), Tr::tr("NCs"),   Tr::tr("Overdue")};
}
Result<QList<DocBuilder::Row>> ActionLogSection::rows(int first, int count, const PageRefs& refs) const {
    return recordRows<CorrectiveAction>(m_ctx, m_ctx.data.ids(RecordKind::CorrectiveAction), first, count,
                                        [&](const CorrectiveAction& r) { return row(r, refs); });
}
DocBuilder::Row ActionLogSection::row(const CorrectiveAction& ca, const PageRefs&) const {
    Cell effectiveness(fmt::orDash(ca.effectivenessResult));
    if (!ca.effectivenessBy.isEmpty())
        effectiveness.secondLine = ca.effectivenessBy;
    return {idCell(ca.meta.id),
            withSecond(ca.title, enumLabel(ca.type)),
            Cell(ca.owner),
            Cell(fmt::date(ca.dueDate)),
            Cell(fmt::date(ca.completedOn)),
            Cell(enumLabel(ca.status)),
            effectiveness,
            Cell(fmt::orDash(ca.nonconformities.join(QStringLiteral(", ")))),
            flagCell(ca.isOverdue(m_ctx.data.today), Tr::tr("OVERDUE"))};
}

// ---- The register section of each kind ---------------------------------------------------------

template <> std::unique_ptr<PackSection> registerSection<Document>(const PackContext& ctx) {
    return std::make_unique<DocumentRegisterSection>(ctx);
}
template <> std::unique_ptr<PackSection> registerSection<Process>(const PackContext& ctx) {
    return std::make_unique<ProcessRegisterSection>(ctx);
}
template <> std::unique_ptr<PackSection> registerSection<Nonconformity>(const PackContext& ctx) {
    return std::make_unique<NcLogSection>(ctx);
}
template <> std::unique_ptr<PackSection> registerSection<CorrectiveAction>(const PackContext& ctx) {
    return std::make_unique<ActionLogSection>(ctx);
}

// ---- Audit trail -------------------------------------------------------------------------------

QString AuditTrailSection::contentsTitle() const {
    return Tr::tr("Audit trail");
}
int AuditTrailSection::rowCount() const {
    const PackData& d = m_ctx.data;
    return int(d.auditSummarised ? d.auditSummary.size() : d.auditEntries.size());
}
QString AuditTrailSection::intro() const {
    const PackData& d = m_ctx.data;
    const QString which =
        d.scope.isWholeQms() ? Tr::tr("All audit entries") : Tr::tr("Audit entries of the records in scope");
    const QString period = d.scope.hasPeriod() ? Tr::tr(" made %1").arg(d.scope.periodText()) : QString();
    if (d.auditSummarised)
        return Tr::tr(
                   "%1%2: %3 entries, more than the page budget of %4, so they are summarised with one line "
                   "per "
                   "record. The full trail is in the QMS file.")
            .arg(which, period)
            .arg(d.auditEntryCount)
            .arg(d.scope.auditEntryBudget);
    return Tr::
        tr("%1%2: %3 entries, oldest first. Long values are shortened; a new record's full snapshot is in "
           "the "
           "QMS file.")
            .arg(which, period)
            .arg(d.auditEntryCount);
}
QList<qreal> AuditTrailSection::widths() const {
    if (m_ctx.data.auditSummarised)
        return {16, 10, 20, 20, 34};
    return {5, 10, 8.5, 16.5, 11, 11, 24.5, 13.5}; // "meta:organisation", "applicability" stay whole
}
QStringList AuditTrailSection::headers() const {
    if (m_ctx.data.auditSummarised)
        return {Tr::tr("Record"), Tr::tr("Entries"), Tr::tr("First change"), Tr::tr("Last change"),
                Tr::tr("Users")};
    return {Tr::tr("Seq"),    Tr::tr("When (UTC)"), Tr::tr("User"),   Tr::tr("Record"),
            Tr::tr("Action"), Tr::tr("Field"),      Tr::tr("Change"), Tr::tr("Reason")};
}
Result<QList<DocBuilder::Row>> AuditTrailSection::rows(int first, int count, const PageRefs&) const {
    QList<DocBuilder::Row> out;
    out.reserve(count);
    for (int i = first; i < first + count; ++i)
        out.append(row(i));
    return out;
}
DocBuilder::Row AuditTrailSection::row(int i) const {
    const PackData& d = m_ctx.data;
    if (d.auditSummarised) {
        const AuditRecordSummary& s = d.auditSummary[i];
        return {idCell(s.recordId), Cell(QString::number(s.entries)), Cell(fmt::utc(s.first)),
                Cell(fmt::utc(s.last)), Cell(s.users.join(QStringLiteral(", ")))};
    }
    const AuditEntry& e = d.auditEntries[i];
    QString change;
    if (e.field == QLatin1String("*"))
        change = Tr::tr("created: %1").arg(fmt::shorten(snapshotText(e.newValue), 220));
    else if (e.oldValue.isEmpty())
        change = fmt::shorten(e.newValue, 200);
    else
        change = Tr::tr("%1 \u2192 %2").arg(fmt::shorten(e.oldValue, 100), fmt::shorten(e.newValue, 100));
    return {Cell(QString::number(e.seq)),
            Cell(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            Cell(e.user),
            idCell(e.recordId),
            Cell(e.action),
            Cell(e.field),
            Cell(change),
            Cell(e.reason)};
}

} // namespace qms::report

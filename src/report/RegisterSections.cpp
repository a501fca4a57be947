// The table sections (split into chunks of rows) and the audit trail.

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

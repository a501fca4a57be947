#include "ImportTemplate.h"

#include "ColumnMapping.h"
#include "domain/FieldCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ImportTemplate)
};

struct TemplateColumn {
    const char* key;
    const char* example;
};

// Column order follows common ISO 9001 spreadsheet registers. Enum columns take the label or the
// key; the examples use labels, as people type them.
const QList<TemplateColumn>& columnsOf(RecordKind kind) {
    static const QList<TemplateColumn> documents{
        {"id", ""},
        {"title", "Control of nonconforming outputs"},
        {"type", "Procedure"},
        {"revision", "A"},
        {"status", "Draft"},
        {"owner", "Quality manager"},
        {"review_interval_months", "12"},
        {"next_review", "2027-01-31"},
        {"processes", ""},
        {"clauses", "8.7; 10.2"},
        {"description", "How nonconforming product is identified, segregated and dispositioned."},
    };
    static const QList<TemplateColumn> processes{
        {"id", ""},
        {"name", "Purchasing"},
        {"owner", "Purchasing manager"},
        {"purpose", "Buy materials and services that meet our requirements."},
        {"inputs", "Purchase requisitions; approved supplier list"},
        {"outputs", "Purchase orders; received goods"},
        {"resources", "ERP system; 2 buyers"},
        {"kpis", "On-time delivery | 95 | %"},
        {"risks", "Single-source suppliers"},
        {"feeds", ""},
        {"documents", ""},
        {"clauses", "8.4"},
        {"active", "yes"},
    };
    static const QList<TemplateColumn> ncs{
        {"id", ""},
        {"detected_on", "2025-03-04"},
        {"title", "Wrong torque on final assembly"},
        {"description", "Five units of order 4711 were tightened to 8 Nm instead of 12 Nm."},
        {"source", "Internal audit"},
        {"severity", "Minor"},
        {"reported_by", "A. Auditor"},
        {"responsible", "Production lead"},
        {"process", ""},
        {"reference", "Order 4711"},
        {"containment", "Units quarantined and re-torqued."},
        {"root_cause", ""},
        {"actions", ""},
        {"effectiveness", ""},
        {"status", "Open"},
        {"clauses", "8.5.1; 8.7"},
    };
    static const QList<TemplateColumn> actions{
        {"id", ""},
        {"nonconformities", ""},
        {"title", "Calibrate torque wrenches monthly"},
        {"description", "Add the torque wrenches to the monthly calibration plan."},
        {"type", "Corrective"},
        {"owner", "Maintenance lead"},
        {"due_date", "2025-04-30"},
        {"status", "Planned"},
        {"completed_on", ""},
        {"effectiveness_due", ""},
        {"effectiveness_by", ""},
        {"effectiveness_result", ""},
        {"clauses", "7.1.5"},
    };
    switch (kind) {
    case RecordKind::Document:
        return documents;
    case RecordKind::Process:
        return processes;
    case RecordKind::Nonconformity:
        return ncs;
    case RecordKind::CorrectiveAction:
        break;
    }
    return actions;
}

} // namespace

QStringList ImportTemplate::fieldKeys(RecordKind kind) {
    QStringList out;
    for (const TemplateColumn& c : columnsOf(kind))
        out << QString::fromLatin1(c.key);
    return out;
}

QStringList ImportTemplate::header(RecordKind kind) {
    QStringList out;
    for (const TemplateColumn& c : columnsOf(kind))
        out << englishLabelOf(kind, QString::fromLatin1(c.key));
    return out;
}

QStringList ImportTemplate::exampleRow(RecordKind kind) {
    QStringList out;
    for (const TemplateColumn& c : columnsOf(kind))
        out << QString::fromUtf8(c.example);
    return out;
}

QByteArray ImportTemplate::csv(RecordKind kind, bool withExample, const CsvWriterOptions& options) {
    QList<QStringList> rows;
    if (withExample)
        rows << exampleRow(kind);
    return CsvWriter::write(header(kind), rows, options);
}

QString ImportTemplate::suggestedFileName(RecordKind kind) {
    return QStringLiteral("%1-template.csv").arg(recordKindPluralLabel(kind).toLower().replace(u' ', u'-'));
}

Status ImportTemplate::save(RecordKind kind, const QString& path, bool withExample,
                            const CsvWriterOptions& options) {
    QSaveFile file(path);
    const QByteArray bytes = csv(kind, withExample, options);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace qms

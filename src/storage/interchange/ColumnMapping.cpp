#include "ColumnMapping.h"

#include "domain/ClauseCatalogue.h"
#include "domain/FieldCodec.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ColumnMapping)
};

// "NC No." -> "ncno", "Date raised" -> "dateraised": spreadsheets vary in case, spaces and dots.
QString normalised(const QString& text) {
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QList<FieldError> emptyRecordProblems(const Document& r) {
    return validate(r, ClauseCatalogue::iso9001());
}
QList<FieldError> emptyRecordProblems(const Process& r) {
    return validate(r, ClauseCatalogue::iso9001());
}
QList<FieldError> emptyRecordProblems(const Nonconformity& r) {
    return validate(r, ClauseCatalogue::iso9001(), QDate::currentDate());
}
QList<FieldError> emptyRecordProblems(const CorrectiveAction& r) {
    return validate(r, ClauseCatalogue::iso9001());
}

template <typename R> QList<ImportTarget> targetsOf() {
    QSet<QString> required;
    for (const FieldError& e : emptyRecordProblems(R{}))
        required.insert(e.field);
    QList<ImportTarget> out{{QStringLiteral("id"), Tr::tr("ID"), false}};
    for (const auto& f : recordFields<R>())
        if (f.set)
            out.append({QString::fromLatin1(f.key), translateFieldLabel(f.label),
                        required.contains(QString::fromLatin1(f.key))});
    return out;
}

// Column names seen in ISO 9001 registers kept in spreadsheets, per field (normalised on use).
// Exact keys and labels are matched before these.
struct Synonyms {
    const char* key;
    QList<const char*> names; // not an initializer_list: its array would not outlive the table
};

const QList<Synonyms>& synonymsOf(RecordKind kind) {
    static const QList<Synonyms> documents{
        {"id",
         {"No", "Number", "Ref", "Doc No", "Doc Ref", "Doc ID", "Document No", "Document Number",
          "Document ID", "Document Ref", "Document Reference"}},
        {"title", {"Document title", "Document name", "Name", "Document"}},
        {"type", {"Document type", "Category", "Doc type"}},
        {"owner", {"Document owner", "Responsible", "Author"}},
        {"description", {"Purpose", "Scope", "Notes", "Summary"}},
        {"revision", {"Rev", "Rev No", "Revision No", "Version", "Issue", "Issue No"}},
        {"status", {"State", "Document status"}},
        {"approved_by", {"Approver", "Approved"}},
        {"released_at", {"Release date", "Date released", "Approval date", "Effective date", "Issue date"}},
        {"review_interval_months",
         {"Review interval", "Review period", "Review frequency", "Review cycle", "Review interval months"}},
        {"next_review", {"Review date", "Next review date", "Review due", "Next review due"}},
        {"processes", {"Process", "Related process", "Related processes"}},
        {"clauses", {"Clause", "ISO clause", "ISO 9001 clause", "Standard clause", "Requirement"}},
    };
    static const QList<Synonyms> processes{
        {"id", {"No", "Number", "Ref", "Process No", "Process ID", "Process Ref", "Process Number"}},
        {"name", {"Process", "Process name", "Title", "Process title"}},
        {"owner", {"Process owner", "Responsible"}},
        {"purpose", {"Objective", "Objectives", "Description", "Scope", "Process objective"}},
        {"inputs", {"Input", "Process inputs"}},
        {"outputs", {"Output", "Process outputs"}},
        {"resources", {"Resource", "Resources needed"}},
        {"kpis", {"KPI", "Performance indicators", "Key performance indicators", "Measures", "Metrics"}},
        {"risks", {"Risk", "Risks", "Opportunities", "Risks opportunities"}},
        {"feeds", {"Feeds into", "Next process", "Output to", "Downstream processes"}},
        {"documents", {"Related documents", "Procedures", "Document"}},
        {"clauses", {"Clause", "ISO clause", "ISO 9001 clause", "Standard clause", "Requirement"}},
        {"active", {"In use", "Status"}},
    };
    static const QList<Synonyms> ncs{
        {"id",
         {"No", "Number", "Ref", "NC", "NC No", "NC Number", "NC Ref", "NC ID", "NCR", "NCR No", "NCR Number",
          "NCR Ref", "Nonconformity No", "Nonconformity Number", "Non-conformance No"}},
        {"title", {"Subject", "Summary", "Nonconformity", "Issue", "Short description", "Finding title"}},
        {"description",
         {"Details", "Description of nonconformity", "Nonconformity description", "Problem description",
          "Finding", "Details of nonconformity", "Non-conformance"}},
        {"source", {"Origin", "Raised from", "Source of NC", "Found during"}},
        {"severity", {"Grade", "Classification", "Category", "Rating", "Major minor", "NC category"}},
        {"detected_on",
         {"Date", "Date raised", "Raised on", "Date identified", "Date detected", "Detected", "Date found",
          "Date reported", "Date opened", "Opened", "Raised"}},
        {"reported_by", {"Raised by", "Identified by", "Originator", "Found by", "Auditor", "Reporter"}},
        {"responsible",
         {"Owner", "Responsible person", "Assigned to", "NC owner", "Action owner", "Responsibility"}},
        {"process", {"Process ID", "Process No", "Process ref"}},
        {"reference",
         {"Product", "Part number", "Part No", "Order", "Order No", "Lot", "Batch", "Product reference"}},
        {"containment",
         {"Correction", "Containment", "Immediate action", "Immediate correction", "Immediate containment"}},
        {"rca_method", {"RCA method", "Analysis method", "Root cause analysis method"}},
        {"root_cause", {"Cause", "Root cause analysis", "RCA", "Cause analysis", "Root causes"}},
        {"disposition", {"Disposition of product", "Product disposition"}},
        {"effectiveness",
         {"Effectiveness", "Verification of effectiveness", "Effectiveness check", "Verification",
          "Effectiveness verification"}},
        {"status", {"State", "Open closed", "NC status"}},
        {"status_reason", {"Reason"}},
        {"clauses", {"Clause", "ISO clause", "ISO 9001 clause", "Standard clause", "Requirement"}},
        {"actions",
         {"CA No", "CA", "CAPA No", "CAR No", "Corrective action No", "Action No", "Actions",
          "Linked actions", "CA ref"}},
    };
    static const QList<Synonyms> actions{
        {"id",
         {"No", "Number", "Ref", "CA", "CA No", "CA Number", "CA Ref", "CA ID", "CAPA No", "CAPA Number",
          "CAR No", "CAR Number", "Action No", "Action Number", "Action ID"}},
        {"title", {"Action", "Corrective action", "Action title", "Subject", "Summary"}},
        {"description", {"Details", "Action description", "Planned action", "Action taken", "Actions taken"}},
        {"type", {"Action type", "Category"}},
        {"owner", {"Responsible", "Assigned to", "Action owner", "Actionee", "Who", "Responsibility"}},
        {"due_date",
         {"Due", "Target date", "Deadline", "Target completion date", "Completion target", "By when", "When",
          "Date due", "Target"}},
        {"status", {"State", "Action status"}},
        {"status_reason", {"Reason"}},
        {"completed_on",
         {"Completed", "Completion date", "Date completed", "Closed date", "Date closed", "Done"}},
        {"effectiveness_due",
         {"Effectiveness due", "Verification due", "Verification date", "Effectiveness check date"}},
        {"effectiveness_by", {"Verified by", "Checked by", "Effectiveness verified by"}},
        {"effectiveness_result",
         {"Effectiveness", "Verification of effectiveness", "Verification result", "Effective",
          "Effectiveness check", "Result"}},
        {"nonconformities",
         {"NC", "NC No", "NC Number", "NC Ref", "NCR", "NCR No", "Nonconformity", "Related NC",
          "Related nonconformity"}},
        {"clauses", {"Clause", "ISO clause", "ISO 9001 clause", "Standard clause", "Requirement"}},
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

template <typename R> QString englishLabel(const QString& key) {
    for (const auto& f : recordFields<R>())
        if (key == QLatin1String(f.key))
            return QString::fromLatin1(f.label);
    return {};
}

// The target a header names, in order of confidence: key, English label, translated label, synonym.
QString matchTarget(RecordKind kind, const QList<ImportTarget>& targets, const QString& header) {
    const QString h = normalised(header);
    if (h.isEmpty())
        return {};
    for (const ImportTarget& t : targets)
        if (h == normalised(t.key))
            return t.key;
    for (const ImportTarget& t : targets)
        if (h == normalised(englishLabelOf(kind, t.key)) || h == normalised(t.label))
            return t.key;
    for (const Synonyms& s : synonymsOf(kind))
        for (const char* name : s.names)
            if (h == normalised(QString::fromLatin1(name)))
                return QString::fromLatin1(s.key);
    return {};
}

QString labelOf(const QList<ImportTarget>& targets, const QString& key) {
    for (const ImportTarget& t : targets)
        if (t.key == key)
            return t.label;
    return key;
}

} // namespace

QString englishLabelOf(RecordKind kind, const QString& key) {
    if (key == QLatin1String("id"))
        return QStringLiteral("ID");
    switch (kind) {
    case RecordKind::Document:
        return englishLabel<Document>(key);
    case RecordKind::Process:
        return englishLabel<Process>(key);
    case RecordKind::Nonconformity:
        return englishLabel<Nonconformity>(key);
    case RecordKind::CorrectiveAction:
        return englishLabel<CorrectiveAction>(key);
    }
    return {};
}

QList<ImportTarget> ColumnMapping::targets(RecordKind kind) {
    switch (kind) {
    case RecordKind::Document:
        return targetsOf<Document>();
    case RecordKind::Process:
        return targetsOf<Process>();
    case RecordKind::Nonconformity:
        return targetsOf<Nonconformity>();
    case RecordKind::CorrectiveAction:
        return targetsOf<CorrectiveAction>();
    }
    return {};
}

ColumnMapping ColumnMapping::suggest(RecordKind kind, const QStringList& header) {
    const QList<ImportTarget> all = targets(kind);
    ColumnMapping m;
    QSet<QString> used;
    for (const QString& name : header) {
        const QString key = matchTarget(kind, all, name);
        if (key.isEmpty() || used.contains(key)) {
            m.m_targets << QString();
            continue;
        }
        used.insert(key);
        m.m_targets << key;
    }
    return m;
}

Result<ColumnMapping> ColumnMapping::fromAssignments(RecordKind kind, const QStringList& header,
                                                     const QStringList& assignments) {
    ColumnMapping m = suggest(kind, header);
    const QList<ImportTarget> all = targets(kind);
    QList<FieldError> problems;
    for (const QString& assignment : assignments) {
        const int eq = assignment.lastIndexOf(QLatin1Char('='));
        if (eq < 0) {
            problems.append({QString(), Tr::tr("\"%1\" is not COLUMN=FIELD").arg(assignment)});
            continue;
        }
        const QString column = assignment.left(eq).trimmed();
        const QString field = assignment.mid(eq + 1).trimmed();
        int index = -1;
        for (int i = 0; i < header.size() && index < 0; ++i)
            if (normalised(header[i]) == normalised(column) && !normalised(column).isEmpty())
                index = i;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= header.size())
            index = number - 1;
        if (index < 0) {
            problems.append({QString(), Tr::tr("the file has no column \"%1\"; its columns are: %2")
                                            .arg(column, header.join(QStringLiteral(", ")))});
            continue;
        }
        if (field.isEmpty() || field == QLatin1String("-")) {
            m.m_targets[index].clear();
            continue;
        }
        QString key;
        for (const ImportTarget& t : all)
            if (normalised(field) == normalised(t.key) ||
                normalised(field) == normalised(englishLabelOf(kind, t.key)) ||
                normalised(field) == normalised(t.label))
                key = t.key;
        if (key.isEmpty()) {
            QStringList keys;
            for (const ImportTarget& t : all)
                keys << t.key;
            problems.append({QString(), Tr::tr("\"%1\" is not a field of %2; the fields are: %3")
                                            .arg(field, inSentence(recordKindPluralLabel(kind)),
                                                 keys.join(QStringLiteral(", ")))});
            continue;
        }
        // An explicit assignment wins over a suggestion of the same field elsewhere.
        for (int i = 0; i < m.m_targets.size(); ++i)
            if (i != index && m.m_targets[i] == key)
                m.m_targets[i].clear();
        m.m_targets[index] = key;
    }
    if (!problems.isEmpty())
        return Error{ErrorCode::Invalid, Tr::tr("The column mapping has problems:"), problems};
    return m;
}

Result<QStringList> ColumnMapping::readAssignments(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QStringList out;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}

void ColumnMapping::setTarget(int column, const QString& key) {
    if (column < 0)
        return;
    while (m_targets.size() <= column)
        m_targets << QString();
    m_targets[column] = key;
}

bool ColumnMapping::isPlain(RecordKind kind, const QStringList& header) const {
    if (m_targets.size() != header.size() || header.isEmpty() || m_targets.first() != QLatin1String("id"))
        return false;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        if (m_targets[i].isEmpty() ||
            (h != m_targets[i] && h != englishLabelOf(kind, m_targets[i]).toLower()))
            return false;
    }
    return true;
}

QList<MappingProblem> ColumnMapping::problems(RecordKind kind) const {
    const QList<ImportTarget> all = targets(kind);
    QList<MappingProblem> out;
    QHash<QString, int> columnOf;
    for (int i = 0; i < m_targets.size(); ++i) {
        const QString& key = m_targets[i];
        if (key.isEmpty())
            continue;
        if (columnOf.contains(key))
            out.append({key, i + 1,
                        Tr::tr("the field \"%1\" (%2) is fed by columns %3 and %4; choose one")
                            .arg(labelOf(all, key), key)
                            .arg(columnOf.value(key))
                            .arg(i + 1)});
        else
            columnOf.insert(key, i + 1);
    }
    for (const ImportTarget& t : all)
        if (t.required && !columnOf.contains(t.key))
            out.append(
                {t.key, 0,
                 Tr::tr("the required field \"%1\" (%2) is not mapped to any column").arg(t.label, t.key)});
    return out;
}

Result<MappedTable> ColumnMapping::apply(RecordKind kind, const CsvTable& table) const {
    if (m_targets.size() != table.header.size())
        return makeError(ErrorCode::Invalid, Tr::tr("The column mapping is for %1 columns, the file has %2.")
                                                 .arg(m_targets.size())
                                                 .arg(table.header.size()));
    const QList<MappingProblem> found = problems(kind);
    if (!found.isEmpty()) {
        QList<FieldError> fields;
        for (const MappingProblem& p : found)
            fields.append({p.field, p.message});
        return Error{
            ErrorCode::Invalid,
            Tr::tr("The columns of the file do not fit %1:").arg(inSentence(recordKindPluralLabel(kind))),
            fields};
    }
    MappedTable out;
    out.sourceWidth = int(table.header.size());
    out.table.encoding = table.encoding;
    out.table.delimiter = table.delimiter;
    out.table.headerLine = table.headerLine;
    // The importer wants the id first; the other columns keep the file's order.
    const int idColumn = int(m_targets.indexOf(QStringLiteral("id")));
    QList<int> picked{idColumn};
    for (int i = 0; i < m_targets.size(); ++i)
        if (!m_targets[i].isEmpty() && i != idColumn)
            picked << i;
    for (int c : picked) {
        out.table.header << (c < 0 ? QStringLiteral("id") : m_targets[c]);
        out.sourceColumns << c + 1; // 0 for the generated id
    }
    out.table.rows.reserve(table.rows.size());
    for (const CsvRow& row : table.rows) {
        CsvRow mapped;
        mapped.line = row.line;
        if (row.fields.size() != table.header.size()) {
            out.wrongWidth.insert(row.line, int(row.fields.size()));
        } else {
            mapped.fields.reserve(picked.size());
            for (int c : picked)
                mapped.fields << (c < 0 ? QString() : row.fields[c]);
        }
        out.table.rows.append(std::move(mapped));
    }
    return out;
}

} // namespace qms

// The internal audit (ISO 9001 9.2): its declaration, its fields and its defaults. The audit
// programme is the register of audits, by programme and planned date.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace qms {
namespace {

constexpr StateDecl states[] = {
    {"planned", QT_TRANSLATE_NOOP("qms::Enum", "Planned"), true, 0x757575},
    {"prepared", QT_TRANSLATE_NOOP("qms::Enum", "Prepared"), true, 0x1565C0},
    {"in_progress", QT_TRANSLATE_NOOP("qms::Enum", "In progress"), true, 0xF9A825},
    {"reported", QT_TRANSLATE_NOOP("qms::Enum", "Reported"), true, 0x6A1B9A},
    {"closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed"), false, 0x2E7D32},
    {"cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled"), false, 0x616161, true},
};

constexpr TransitionDecl transitions[] = {
    {"planned", "prepared", QT_TRANSLATE_NOOP("qms::Workflow", "Mark prepared")},
    {"planned", "cancelled", QT_TRANSLATE_NOOP("qms::Workflow", "Cancel audit"), true},
    {"prepared", "in_progress", QT_TRANSLATE_NOOP("qms::Workflow", "Start audit")},
    {"prepared", "planned", QT_TRANSLATE_NOOP("qms::Workflow", "Back to planned"), true},
    {"prepared", "cancelled", QT_TRANSLATE_NOOP("qms::Workflow", "Cancel audit"), true},
    {"in_progress", "reported", QT_TRANSLATE_NOOP("qms::Workflow", "Sign report")},
    {"in_progress", "prepared", QT_TRANSLATE_NOOP("qms::Workflow", "Back to prepared"), true},
    {"in_progress", "cancelled", QT_TRANSLATE_NOOP("qms::Workflow", "Cancel audit"), true},
    {"reported", "closed", QT_TRANSLATE_NOOP("qms::Workflow", "Close audit")},
    {"reported", "in_progress", QT_TRANSLATE_NOOP("qms::Workflow", "Reopen report"), true},
};

constexpr CardLineDecl cardLines[] = {
    {"prepared", QT_TRANSLATE_NOOP("qms::Kind", "1 prepared"), QT_TRANSLATE_NOOP("qms::Kind", "%1 prepared")},
    {"in_progress", QT_TRANSLATE_NOOP("qms::Kind", "1 in progress"),
     QT_TRANSLATE_NOOP("qms::Kind", "%1 in progress")},
    {"reported", QT_TRANSLATE_NOOP("qms::Kind", "1 reported, to close"),
     QT_TRANSLATE_NOOP("qms::Kind", "%1 reported, to close")},
};

constexpr LinkDecl links[] = {
    {"clauses", true, "clauses", false, RecordKind::Audit, ""},
    // Stored apart from a document's "processes": the audit scope, not a document's process.
    {"processes", true, "audit_processes", false, RecordKind::Process, ""},
    {"findings", true, "audit_findings", true, RecordKind::Nonconformity, "audits"},
};

// Held by the planned date once planned; overdue until it starts.
constexpr DueRule dueRules[] = {
    {"planned", "planned_date", "planned,prepared", nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "Audits to hold by %1"), false,
     QT_TRANSLATE_NOOP("qms::Kind", "planned %1")},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"title", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Title"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"programme", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Programme"), ColumnType::Text},
    {"type", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Type"), ColumnType::Enum},
    {"status", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Status"), ColumnType::Status},
    {"lead_auditor", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Lead auditor"), ColumnType::Text,
     ColumnCompute::Field, nullptr, nullptr, nullptr, true},
    {"planned_date", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Planned"), ColumnType::Date},
    {"held_on", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Held"), ColumnType::Date},
    {"checklist", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Questions"), ColumnType::Count,
     ColumnCompute::LineCount, "checklist"},
    {"findings", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Findings"), ColumnType::Text,
     ColumnCompute::LinkList, "findings"},
    {"overdue", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Overdue"), ColumnType::Flag, ColumnCompute::Overdue},
};

constexpr const char* cliColumns[] = {"title", "type", "status", "lead_auditor", "planned_date"};

constexpr const char* pastDates[] = {"held_on"};
constexpr const char* derived[] = {"reported_by", "reported_on", "closed_on"};

// Once the report is signed, the checklist and conclusions are the report; reopening it allows
// changes again. The NCs raised from it are still filled in (a read-only column).
constexpr FieldLockDecl locks[] = {
    {"checklist,conclusions", "reported",
     QT_TRANSLATE_NOOP("qms::Kind",
                       "The report of %1 is signed: reopen it to change the checklist or the conclusions.")},
};

constexpr TemplateColumn importTemplate[] = {
    {"id", ""},
    {"title", "Purchasing and supplier control"},
    {"type", "Process audit"},
    {"programme", "2027"},
    {"scope", "Supplier selection, evaluation and re-evaluation; purchase orders."},
    {"criteria", "ISO 9001:2015 8.4; purchasing procedure"},
    {"planned_date", "2027-03-16"},
    {"planned_end", "2027-03-16"},
    {"lead_auditor", "Internal auditor"},
    {"team", ""},
    {"auditees", "Purchasing lead"},
    {"status", "Planned"},
    {"clauses", "8.4"},
    {"processes", ""},
};

constexpr PackColumnDecl packColumns[] = {
    {QT_TRANSLATE_NOOP("qms::report::Sections", "ID"), 9.5, "id", PackCell::Id},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Audit"), 20, "title", PackCell::Text, "type"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Scope"), 12, "clauses", PackCell::Text, "processes"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Lead auditor"), 10, "lead_auditor"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Planned"), 10, "planned_date"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Held"), 10, "held_on"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Status"), 9.5, "status"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Findings"), 10, "findings"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Overdue"), 9, nullptr, PackCell::Overdue},
};

const KindDecl decl{
    RecordKind::Audit,
    "audits",
    "audit",
    "AUD",
    "audits",
    QT_TRANSLATE_NOOP("qms::Enum", "Internal audit"),
    QT_TRANSLATE_NOOP("qms::Enum", "Internal audits"),
    "audit",
    "aud,internal_audits,audit_programme,programme",
    "No|Number|Ref|Audit No|Audit Number|Audit ID|Audit Ref",
    "title",
    "lead_auditor",
    QT_TRANSLATE_NOOP("qms::Kind", "Lead auditor"),
    "status",
    "qms::Enum",
    states,
    links,
    dueRules,
    "planned",
    nullptr,
    columns,
    cliColumns,
    {},
    {},
    "planned_date",
    "closed_on",
    // A reported audit shows that the clauses in its scope were checked against evidence.
    {EvidenceRole::Evidence, "reported,closed", nullptr, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "reported internal audits"), "held_on",
     QT_TRANSLATE_NOOP("qms::Kind", "Last audited")},
    {},
    importTemplate,
    5,
    true,
    {.ownerFilter = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Lead auditor"),
     .anyOwner = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Any lead auditor"),
     .month = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "planned in %1"),
     .closedMonth = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "closed in %1"),
     .ownerLine = QT_TRANSLATE_NOOP("qms::gui::RegisterPrintout", "Lead auditor: %1"),
     .viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "&Internal audits")},
    "held_on",
    {
        "audit-programme",
        QT_TRANSLATE_NOOP("qms::report::Sections", "Audit programme"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "The internal audits planned and held (ISO 9001 9.2): scope, lead auditor, dates "
                          "and the nonconformities each raised. Audits past their planned date and not "
                          "started are flagged."),
        nullptr,
        packColumns,
    },
    QT_TRANSLATE_NOOP("qms::Kind", "Aud."),
    QT_TRANSLATE_NOOP("qms::Kind", "Internal audits whose scope includes the clause or a subclause"),
    transitions,
    {
        QT_TRANSLATE_NOOP("qms::Kind", "Internal audits"),
        QT_TRANSLATE_NOOP("qms::Kind",
                          "Audits of the programme not yet closed (ISO 9001 9.2); overdue: past the "
                          "planned date and not started. Click to list them."),
        0x00838F,
        cardLines,
        "planned_date",
        "planned,prepared",
        QT_TRANSLATE_NOOP("qms::Kind", "next on %1"),
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        "findings",
        QT_TRANSLATE_NOOP("qms::Kind", "1 open finding"),
        QT_TRANSLATE_NOOP("qms::Kind", "%1 open findings"),
    },
    pastDates,
    derived,
    locks,
};

constexpr TableColumnDecl checklistColumns[] = {
    {"clause", QT_TRANSLATE_NOOP("qms::Field", "Clause"), CellType::Clause},
    {"process", QT_TRANSLATE_NOOP("qms::Field", "Process"), CellType::RecordId, nullptr, nullptr,
     RecordKind::Process},
    {"question", QT_TRANSLATE_NOOP("qms::Field", "Question"), CellType::LongText, nullptr, nullptr,
     RecordKind::Document, false, 4},
    {"evidence", QT_TRANSLATE_NOOP("qms::Field", "Evidence seen"), CellType::LongText, nullptr, nullptr,
     RecordKind::Document, false, 4},
    {"result", QT_TRANSLATE_NOOP("qms::Field", "Result"), CellType::Enum, enumKeys<AuditResult>,
     enumKeyLabel<AuditResult>, RecordKind::Document, false, 2},
    {"finding", QT_TRANSLATE_NOOP("qms::Field", "Finding"), CellType::RecordId, nullptr, nullptr,
     RecordKind::Nonconformity, true},
};

constexpr TableFillDecl checklistFills[] = {
    {"scope", QT_TRANSLATE_NOOP("qms::Kind", "Generate from scope"),
     QT_TRANSLATE_NOOP("qms::Kind",
                       "Adds a question for each clause in scope and for each process's documents and "
                       "KPIs; questions already listed are kept")},
    {"previous", QT_TRANSLATE_NOOP("qms::Kind", "Copy previous audit"),
     QT_TRANSLATE_NOOP("qms::Kind",
                       "Adds the questions of the last audit with the same scope, without its answers")},
};

const TableDecl checklistTable{
    checklistColumns,
    false,
    {QT_TRANSLATE_NOOP("qms::Kind", "Raise nonconformity"), RecordKind::Nonconformity, "finding", "findings",
     "result", "major_nc,minor_nc,observation"},
    checklistFills,
};

QString checklistText(const QList<ChecklistItem>& items) {
    QList<QStringList> rows;
    for (const ChecklistItem& i : items)
        rows << QStringList{i.clause, i.process, i.question, i.evidence, enumKey(i.result), i.finding};
    return codec::table(rows);
}

QString setChecklist(QList<ChecklistItem>& target, const QString& text) {
    QList<QStringList> rows = codec::parseTable(text);
    if (const QString e = checklistTable.check(rows); !e.isEmpty())
        return e;
    QList<ChecklistItem> out;
    for (const QStringList& r : rows) {
        ChecklistItem i{r[0], r[1], r[2], r[3]};
        i.result = enumFromString<AuditResult>(r[4]).value_or(AuditResult::Unanswered);
        i.finding = r[5];
        out << i;
    }
    target = out;
    return {};
}

bool isNcResult(AuditResult r) {
    return r == AuditResult::MajorNc || r == AuditResult::MinorNc;
}

} // namespace

const KindDecl& auditKind() {
    return decl;
}

QStringList Audit::auditors() const {
    QStringList out;
    if (!leadAuditor.trimmed().isEmpty())
        out << leadAuditor.trimmed();
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    for (const QString& name : team.split(separators, Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty() && !out.contains(name.trimmed(), Qt::CaseInsensitive))
            out << name.trimmed();
    return out;
}

int Audit::unansweredItems() const {
    return int(std::count_if(checklist.begin(), checklist.end(),
                             [](const ChecklistItem& i) { return i.result == AuditResult::Unanswered; }));
}

QStringList Audit::findingsToRaise() const {
    QStringList out;
    for (qsizetype n = 0; n < checklist.size(); ++n) {
        const ChecklistItem& i = checklist[n];
        if (isNcResult(i.result) && i.finding.isEmpty())
            out << (i.clause.isEmpty() ? QCoreApplication::translate("qms::Workflow", "item %1").arg(n + 1)
                                       : QCoreApplication::translate("qms::Workflow", "item %1 (%2)")
                                             .arg(n + 1)
                                             .arg(i.clause));
    }
    return out;
}

template <> std::span<const FieldDef<Audit>> recordFields<Audit>() {
    using R = Audit;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title),
         "Audit|Audit title|Subject|Area|Audit area"},
        {"type", QT_TRANSLATE_NOOP("qms::Field", "Type of audit"), FieldType::Enum, QMS_ENUM(R, type),
         "Type|Audit type|Kind of audit", enumKeys<AuditType>, enumKeyLabel<AuditType>},
        {"programme", QT_TRANSLATE_NOOP("qms::Field", "Programme"), FieldType::Text, QMS_TEXT(R, programme),
         "Audit programme|Programme year|Year|Cycle|Program"},
        {"scope", QT_TRANSLATE_NOOP("qms::Field", "Scope"), FieldType::LongText, QMS_RAWTEXT(R, scope),
         "Audit scope|Scope of audit"},
        {"criteria", QT_TRANSLATE_NOOP("qms::Field", "Criteria"), FieldType::LongText,
         QMS_RAWTEXT(R, criteria), "Audit criteria|Standard|Requirements"},
        {"planned_date", QT_TRANSLATE_NOOP("qms::Field", "Planned date"), FieldType::Date,
         QMS_DATE(R, plannedDate), "Planned|Date|Audit date|Planned start|Start date|Scheduled"},
        {"planned_end", QT_TRANSLATE_NOOP("qms::Field", "Planned end"), FieldType::Date,
         QMS_DATE(R, plannedEnd), "End date|Planned finish|Until"},
        {"lead_auditor", QT_TRANSLATE_NOOP("qms::Field", "Lead auditor"), FieldType::Text,
         QMS_TEXT(R, leadAuditor), "Lead|Auditor|Lead Auditor Name|Audit lead"},
        {"team", QT_TRANSLATE_NOOP("qms::Field", "Audit team"), FieldType::Text, QMS_TEXT(R, team),
         "Team|Auditors|Co-auditors|Other auditors"},
        {"auditees", QT_TRANSLATE_NOOP("qms::Field", "Auditees"), FieldType::Text, QMS_TEXT(R, auditees),
         "Auditee|Interviewed|Contacts"},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status),
         "State|Audit status", enumKeys<AuditStatus>, enumKeyLabel<AuditStatus>},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason), "Cancellation reason|Reason"},
        {"independence_note", QT_TRANSLATE_NOOP("qms::Field", "Independence exception"), FieldType::LongText,
         QMS_RAWTEXT(R, independenceNote), "Independence|Impartiality|Independence justification"},
        {"held_on", QT_TRANSLATE_NOOP("qms::Field", "Held on"), FieldType::Date, QMS_DATE(R, heldOn),
         "Held|Actual date|Audit held|Conducted on"},
        {"conclusions", QT_TRANSLATE_NOOP("qms::Field", "Conclusions"), FieldType::LongText,
         QMS_RAWTEXT(R, conclusions), "Summary|Audit summary|Conclusion|Report summary"},
        {"reported_by", QT_TRANSLATE_NOOP("qms::Field", "Report signed by"), FieldType::Text,
         QMS_TEXT(R, reportedBy)},
        {"reported_on", QT_TRANSLATE_NOOP("qms::Field", "Reported on"), FieldType::Date,
         QMS_DATE(R, reportedOn), "Report date"},
        {"closed_on", QT_TRANSLATE_NOOP("qms::Field", "Closed on"), FieldType::Date, QMS_DATE(R, closedOn)},
        {"checklist", QT_TRANSLATE_NOOP("qms::Field", "Checklist"), FieldType::Table,
         [](const R& r) { return checklistText(r.checklist); },
         [](R& r, const QString& t) { return setChecklist(r.checklist, t); }, "Questions|Audit checklist",
         nullptr, nullptr, &checklistTable},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses in scope"), FieldType::ClauseList,
         QMS_CLAUSES(R), "Clauses|Clause|ISO clause|ISO 9001 clause|Clauses audited"},
        {"processes", QT_TRANSLATE_NOOP("qms::Field", "Processes in scope"), FieldType::IdList,
         QMS_IDS(R, processes, RecordKind::Process), "Processes|Process|Processes audited"},
        {"findings", QT_TRANSLATE_NOOP("qms::Field", "Nonconformities raised"), FieldType::IdList,
         QMS_IDS(R, findings, RecordKind::Nonconformity), "NC|NCs|Nonconformities|Findings"},
    };
    return defs;
}

// A new audit: planned, in this year's programme, led by the acting user, against ISO 9001.
template <> Audit newRecord<Audit>(const NewRecordContext& context) {
    Audit a;
    a.leadAuditor = context.user;
    a.programme = QString::number(context.today.year());
    a.criteria = QCoreApplication::translate("qms::Kind", "ISO 9001:2015 and the QMS documents in scope");
    return a;
}

} // namespace qms

// The process of the QMS (4.4): its declaration, its fields and its defaults.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

// Processes are retired, never deleted: their state is the "active" field.
constexpr StateDecl states[] = {
    {"yes", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Active"), true, 0x2E7D32},
    {"no", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Retired"), false, 0x616161, true, "inactive"},
};

constexpr LinkDecl links[] = {
    {"feeds", true, "feeds", false, RecordKind::Process, "", false,
     QT_TRANSLATE_NOOP("qms::gui::RecordPrintout", "Fed by")},
    {"clauses", true, "clauses", false, RecordKind::Process, ""},
    {"documents", false, "processes", true, RecordKind::Document, "processes"},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"name", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Name"), ColumnType::Text, ColumnCompute::Field, nullptr,
     nullptr, nullptr, true},
    {"owner", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Owner"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"active", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Active"), ColumnType::YesNo},
    {"kpis", QT_TRANSLATE_NOOP("qms::RegisterQuery", "KPIs"), ColumnType::Count, ColumnCompute::LineCount,
     "kpis"},
    {"clauses", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Clauses"), ColumnType::Text, ColumnCompute::LinkList,
     "clauses"},
    // The audit programme for the process (ISO 9001 9.2.2 a), from the audits that have it in scope.
    {"last_audited", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Last audited"), ColumnType::Date,
     ColumnCompute::LinkedLast, "audit_processes"},
    {"next_audit", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Next audit"), ColumnType::Date,
     ColumnCompute::LinkedNext, "audit_processes"},
};

constexpr const char* cliColumns[] = {"name", "owner", "active"};

constexpr TemplateColumn importTemplate[] = {
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

constexpr PackColumnDecl packColumns[] = {
    {QT_TRANSLATE_NOOP("qms::report::Sections", "ID"), 9.5, "id", PackCell::Id},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Name"), 15, "name", PackCell::Text, "active", nullptr,
     PackSecondLine::WhenWithdrawn},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Owner"), 10, "owner"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Inputs"), 17, "inputs"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Outputs"), 17, "outputs"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "KPIs"), 19, "kpis"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Clauses"), 12.5, "clauses"},
};

const KindDecl decl{
    RecordKind::Process,
    "processes",
    "process",
    "PRC",
    "processes",
    QT_TRANSLATE_NOOP("qms::Enum", "Process"),
    QT_TRANSLATE_NOOP("qms::Enum", "Processes"),
    "processes",
    "process,prc",
    "No|Number|Ref|Process No|Process ID|Process Ref|Process Number",
    "name",
    "owner",
    QT_TRANSLATE_NOOP("qms::Kind", "Owner"),
    "active",
    "qms::RegisterQuery",
    states,
    links,
    {},
    nullptr,
    nullptr,
    columns,
    cliColumns,
    {},
    {},
    "",
    "",
    {EvidenceRole::Evidence, "yes", nullptr, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "active processes")},
    {},
    importTemplate,
    3,
    false,
    {
        .openOnly = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "&Active only"),
        .viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "&Processes"),
    },
    nullptr,
    {
        "processes",
        QT_TRANSLATE_NOOP("qms::report::Sections", "Process register"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "The processes of the QMS and their interaction (ISO 9001 4.4): owner, inputs, "
                          "outputs, performance indicators and the clauses they address."),
        nullptr,
        packColumns,
    },
    QT_TRANSLATE_NOOP("qms::Kind", "Procs"),
    QT_TRANSLATE_NOOP("qms::Kind", "Processes linked to the clause or a subclause"),
};

} // namespace

const KindDecl& processKind() {
    return decl;
}

template <> std::span<const FieldDef<Process>> recordFields<Process>() {
    using R = Process;
    static const FieldDef<R> defs[] = {
        {"name", QT_TRANSLATE_NOOP("qms::Field", "Name"), FieldType::Text, QMS_TEXT(R, name),
         "Process|Process name|Title|Process title"},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner),
         "Process owner|Responsible"},
        {"purpose", QT_TRANSLATE_NOOP("qms::Field", "Purpose"), FieldType::LongText, QMS_RAWTEXT(R, purpose),
         "Objective|Objectives|Description|Scope|Process objective"},
        {"inputs", QT_TRANSLATE_NOOP("qms::Field", "Inputs"), FieldType::LongText, QMS_RAWTEXT(R, inputs),
         "Input|Process inputs"},
        {"outputs", QT_TRANSLATE_NOOP("qms::Field", "Outputs"), FieldType::LongText, QMS_RAWTEXT(R, outputs),
         "Output|Process outputs"},
        {"resources", QT_TRANSLATE_NOOP("qms::Field", "Resources"), FieldType::LongText,
         QMS_RAWTEXT(R, resources), "Resource|Resources needed"},
        {"kpis", QT_TRANSLATE_NOOP("qms::Field", "KPIs"), FieldType::Kpis,
         [](const R& r) { return codec::kpis(r.kpis); },
         [](R& r, const QString& t) {
             QString error;
             const auto k = codec::parseKpis(t, &error);
             if (!k)
                 return error;
             r.kpis = *k;
             return QString();
         },
         "KPI|Performance indicators|Key performance indicators|Measures|Metrics"},
        {"risks", QT_TRANSLATE_NOOP("qms::Field", "Risks and opportunities"), FieldType::LongText,
         QMS_RAWTEXT(R, risks), "Risk|Risks|Opportunities|Risks opportunities"},
        {"feeds", QT_TRANSLATE_NOOP("qms::Field", "Feeds"), FieldType::IdList,
         QMS_IDS(R, feeds, RecordKind::Process), "Feeds into|Next process|Output to|Downstream processes"},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R),
         "Clause|ISO clause|ISO 9001 clause|Standard clause|Requirement"},
        {"documents", QT_TRANSLATE_NOOP("qms::Field", "Documents"), FieldType::IdList,
         QMS_IDS(R, documents, RecordKind::Document), "Related documents|Procedures|Document"},
        {"active", QT_TRANSLATE_NOOP("qms::Field", "Active"), FieldType::Bool,
         [](const R& r) { return codec::yesNo(r.active); },
         [](R& r, const QString& t) { return fields::setBool(r.active, t, true); }, "In use|Status"},
    };
    return defs;
}

// A new process: owned by the acting user, active.
template <> Process newRecord<Process>(const NewRecordContext& context) {
    Process p;
    p.owner = context.user;
    return p;
}

} // namespace qms

// The nonconformity (10.2): its declaration, its fields and its defaults.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

constexpr StateDecl states[] = {
    {"open", QT_TRANSLATE_NOOP("qms::Enum", "Open"), true, 0xC62828},
    {"contained", QT_TRANSLATE_NOOP("qms::Enum", "Contained"), true, 0xEF6C00},
    {"root_cause_identified", QT_TRANSLATE_NOOP("qms::Enum", "Root cause identified"), true, 0xF9A825},
    {"action_planned", QT_TRANSLATE_NOOP("qms::Enum", "Action planned"), true, 0x1565C0},
    {"verification", QT_TRANSLATE_NOOP("qms::Enum", "Verification"), true, 0x6A1B9A},
    {"closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed"), false, 0x2E7D32},
    {"cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled"), false, 0x616161, true},
};

constexpr LinkDecl links[] = {
    {"clauses", true, "clauses", false, RecordKind::Nonconformity, ""},
    {"actions", true, "actions", true, RecordKind::CorrectiveAction, "nonconformities", true},
    {"audits", false, "audit_findings", true, RecordKind::Audit, "findings"},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"title", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Title"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"status", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Status"), ColumnType::Status},
    {"severity", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Severity"), ColumnType::Enum, ColumnCompute::Field,
     nullptr, nullptr, nullptr, false, "major,minor,observation"},
    {"source", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Source"), ColumnType::Enum},
    {"detected_on", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Detected on"), ColumnType::Date},
    {"responsible", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Responsible"), ColumnType::Text,
     ColumnCompute::Field, nullptr, nullptr, nullptr, true},
    // One click away in the column chooser; without it the row fits 1280 px.
    {"process", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Process"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, false, nullptr, true},
    {"days_open", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Days open"), ColumnType::Count,
     ColumnCompute::DaysOpen, "detected_on", "closed_on", "closed"},
    {"overdue", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Overdue"), ColumnType::Flag, ColumnCompute::Overdue},
};

constexpr RefDecl refs[] = {{"process", RecordKind::Process}};

constexpr const char* cliColumns[] = {"title", "severity", "status", "responsible", "detected_on"};
constexpr const char* filterEnums[] = {"severity", "source"};
constexpr ValueColour valueColours[] = {{"major", 0xB71C1C}, {"minor", 0xEF6C00}, {"observation", 0x455A64}};

constexpr TemplateColumn importTemplate[] = {
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

// The nonconformity log of the audit pack; the last column points to each NC's detail block.
constexpr PackColumnDecl packColumns[] = {
    {QT_TRANSLATE_NOOP("qms::report::Sections", "ID"), 9.5, "id", PackCell::Id},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Title"), 20, "title"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Source"), 11, "source"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Severity"), 11, "severity", PackCell::Text, nullptr, nullptr,
     PackSecondLine::Always, "major"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Detected"), 10.5, "detected_on"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Status"), 11, "status"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Responsible"), 11.5, "responsible"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "CAs"), 9.5, "actions"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Page"), 6, nullptr, PackCell::DetailPage},
};

const KindDecl decl{
    RecordKind::Nonconformity,
    "nonconformities",
    "nonconformity",
    "NC",
    "nonconformities",
    QT_TRANSLATE_NOOP("qms::Enum", "Nonconformity"),
    QT_TRANSLATE_NOOP("qms::Enum", "Nonconformities"),
    "nonconformity",
    "ncs,nc,ncrs",
    "No|Number|Ref|NC|NC No|NC Number|NC Ref|NC ID|NCR|NCR No|NCR Number|NCR Ref|Nonconformity No|"
    "Nonconformity Number|Non-conformance No",
    "title",
    "responsible",
    QT_TRANSLATE_NOOP("qms::Kind", "Responsible"),
    "status",
    "qms::Enum",
    states,
    links,
    {},
    "due",
    "actions",
    columns,
    cliColumns,
    filterEnums,
    valueColours,
    "detected_on",
    "closed_on",
    {EvidenceRole::Finding, "", nullptr, nullptr, "severity", "major,minor,observation"},
    refs,
    importTemplate,
    0,
    true,
    {
        .ownerFilter = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Responsible person"),
        .anyOwner = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Anyone responsible"),
        .overdueTip = QT_TRANSLATE_NOOP("qms::gui::FilterBar",
                                        "Nonconformities with an open corrective action past its due date"),
        .month = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "detected in %1"),
        .closedMonth = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "closed in %1"),
        .ownerLine = QT_TRANSLATE_NOOP("qms::gui::RegisterPrintout", "Responsible: %1"),
        .viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "&Nonconformities"),
    },
    "detected_on",
    {
        "nc-log",
        QT_TRANSLATE_NOOP("qms::report::Sections", "Nonconformity log"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "Nonconformities in scope (ISO 9001 10.2). The last column gives the page of each "
                          "detail section."),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "Nonconformities in scope (ISO 9001 10.2). The last column gives the page of each "
                          "detail section; %1 of these %2 nonconformities have one (detail budget %3: open "
                          "ones first, then the most recent), the others show a dash."),
        packColumns,
    },
    QT_TRANSLATE_NOOP("qms::Kind", "NCs"),
    QT_TRANSLATE_NOOP("qms::Kind", "Nonconformities linked to the clause or a subclause"),
};

} // namespace

const KindDecl& nonconformityKind() {
    return decl;
}

template <> std::span<const FieldDef<Nonconformity>> recordFields<Nonconformity>() {
    using R = Nonconformity;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title),
         "Subject|Summary|Nonconformity|Issue|Short description|Finding title"},
        {"description", QT_TRANSLATE_NOOP("qms::Field", "Description"), FieldType::LongText,
         QMS_RAWTEXT(R, description),
         "Details|Description of nonconformity|Nonconformity description|Problem description|Finding|Details "
         "of nonconformity|Non-conformance"},
        {"source", QT_TRANSLATE_NOOP("qms::Field", "Source"), FieldType::Enum, QMS_ENUM(R, source),
         "Origin|Raised from|Source of NC|Found during", enumKeys<NcSource>, enumKeyLabel<NcSource>},
        {"severity", QT_TRANSLATE_NOOP("qms::Field", "Severity"), FieldType::Enum, QMS_ENUM(R, severity),
         "Grade|Classification|Category|Rating|Major minor|NC category", enumKeys<Severity>,
         enumKeyLabel<Severity>},
        {"detected_on", QT_TRANSLATE_NOOP("qms::Field", "Detected on"), FieldType::Date,
         QMS_DATE(R, detectedOn),
         "Date|Date raised|Raised on|Date identified|Date detected|Detected|Date found|Date reported|Date "
         "opened|Opened|Raised"},
        {"reported_by", QT_TRANSLATE_NOOP("qms::Field", "Reported by"), FieldType::Text,
         QMS_TEXT(R, reportedBy), "Raised by|Identified by|Originator|Found by|Auditor|Reporter"},
        {"responsible", QT_TRANSLATE_NOOP("qms::Field", "Responsible"), FieldType::Text,
         QMS_TEXT(R, responsible),
         "Owner|Responsible person|Assigned to|NC owner|Action owner|Responsibility"},
        {"process", QT_TRANSLATE_NOOP("qms::Field", "Process"), FieldType::Text,
         [](const R& r) { return r.process; },
         [](R& r, const QString& t) { return fields::setOneId(r.process, t, RecordKind::Process); },
         "Process ID|Process No|Process ref"},
        {"reference", QT_TRANSLATE_NOOP("qms::Field", "Product or reference"), FieldType::Text,
         QMS_TEXT(R, reference), "Product|Part number|Part No|Order|Order No|Lot|Batch|Product reference"},
        {"containment", QT_TRANSLATE_NOOP("qms::Field", "Containment action"), FieldType::LongText,
         QMS_RAWTEXT(R, containment),
         "Correction|Containment|Immediate action|Immediate correction|Immediate containment"},
        {"rca_method", QT_TRANSLATE_NOOP("qms::Field", "Root cause method"), FieldType::Enum,
         QMS_ENUM_OR(R, rcaMethod, RcaMethod::None), "RCA method|Analysis method|Root cause analysis method",
         enumKeys<RcaMethod>, enumKeyLabel<RcaMethod>},
        {"root_cause", QT_TRANSLATE_NOOP("qms::Field", "Root cause"), FieldType::LongText,
         QMS_RAWTEXT(R, rootCause), "Cause|Root cause analysis|RCA|Cause analysis|Root causes"},
        {"disposition", QT_TRANSLATE_NOOP("qms::Field", "Disposition"), FieldType::Enum,
         QMS_ENUM_OR(R, disposition, Disposition::NotApplicable),
         "Disposition of product|Product disposition", enumKeys<Disposition>, enumKeyLabel<Disposition>},
        {"effectiveness", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness review"), FieldType::LongText,
         QMS_RAWTEXT(R, effectiveness),
         "Effectiveness|Verification of effectiveness|Effectiveness check|Verification|Effectiveness "
         "verification"},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status),
         "State|Open closed|NC status", enumKeys<NcStatus>, enumKeyLabel<NcStatus>},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason), "Reason"},
        {"closed_on", QT_TRANSLATE_NOOP("qms::Field", "Closed on"), FieldType::Date, QMS_DATE(R, closedOn)},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R),
         "Clause|ISO clause|ISO 9001 clause|Standard clause|Requirement"},
        {"actions", QT_TRANSLATE_NOOP("qms::Field", "Corrective actions"), FieldType::IdList,
         QMS_IDS(R, actions, RecordKind::CorrectiveAction),
         "CA No|CA|CAPA No|CAR No|Corrective action No|Action No|Actions|Linked actions|CA ref"},
        {"audits", QT_TRANSLATE_NOOP("qms::Field", "Found in audits"), FieldType::IdList,
         QMS_IDS(R, audits, RecordKind::Audit), "Audit|Audit No|Audit ref|AUD"},
    };
    return defs;
}

// The GUI's and the CLI's new NC: reported by the acting user, detected today.
template <> Nonconformity newRecord<Nonconformity>(const NewRecordContext& context) {
    Nonconformity n;
    n.reportedBy = context.user;
    n.detectedOn = context.today;
    return n;
}

} // namespace qms

// The corrective action (10.2.1 c-f): its declaration, its fields and its defaults.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

// An action cannot have been completed tomorrow.
constexpr const char* pastDates[] = {"completed_on"};

constexpr StateDecl states[] = {
    {"planned", QT_TRANSLATE_NOOP("qms::Enum", "Planned"), true, 0x1565C0},
    {"in_progress", QT_TRANSLATE_NOOP("qms::Enum", "In progress"), true, 0xF9A825},
    {"done", QT_TRANSLATE_NOOP("qms::Enum", "Done"), true, 0x00838F},
    {"verified_effective", QT_TRANSLATE_NOOP("qms::Enum", "Verified effective"), false, 0x2E7D32},
    {"verified_ineffective", QT_TRANSLATE_NOOP("qms::Enum", "Verified ineffective"), false, 0xC62828},
    {"cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled"), false, 0x616161, true},
};

constexpr LinkDecl links[] = {
    {"nonconformities", false, "actions", true, RecordKind::Nonconformity, "actions"},
    {"changes", false, "change_actions", true, RecordKind::ChangeRequest, "actions"},
    {"reviews", false, "review_actions", true, RecordKind::ManagementReview, "actions"},
    {"clauses", true, "clauses", false, RecordKind::CorrectiveAction, ""},
};

constexpr DueRule dueRules[] = {
    {"due", "due_date", "planned,in_progress", nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "Overdue corrective actions"), true,
     QT_TRANSLATE_NOOP("qms::Kind", "due %1")},
    {"effectiveness", "effectiveness_due", "done", nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "Effectiveness checks due by %1"), false,
     QT_TRANSLATE_NOOP("qms::Kind", "check %1")},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"title", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Title"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"status", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Status"), ColumnType::Status},
    {"type", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Type"), ColumnType::Enum},
    {"owner", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Owner"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"due_date", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Due date"), ColumnType::Date},
    {"completed_on", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Completed on"), ColumnType::Date},
    {"effectiveness_due", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Effectiveness due"), ColumnType::Date},
    {"overdue", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Overdue"), ColumnType::Flag, ColumnCompute::Overdue},
};

constexpr const char* cliColumns[] = {"title", "type", "status", "owner", "due_date"};

constexpr TemplateColumn importTemplate[] = {
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

constexpr PackColumnDecl packColumns[] = {
    {QT_TRANSLATE_NOOP("qms::report::Sections", "ID"), 9.5, "id", PackCell::Id},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Title"), 18, "title", PackCell::Text, "type"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Owner"), 9, "owner"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Due"), 10.5, "due_date"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Completed"), 10.5, "completed_on"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Status"), 10, "status"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Effectiveness"), 14, "effectiveness_result", PackCell::Text,
     "effectiveness_by"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "NCs"), 9, "nonconformities"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Overdue"), 9.5, nullptr, PackCell::Overdue},
};

const KindDecl decl{
    RecordKind::CorrectiveAction,
    "actions",
    "action",
    "CA",
    "corrective_actions",
    QT_TRANSLATE_NOOP("qms::Enum", "Corrective action"),
    QT_TRANSLATE_NOOP("qms::Enum", "Corrective actions"),
    "action",
    "cas,ca,corrective_actions",
    "No|Number|Ref|CA|CA No|CA Number|CA Ref|CA ID|CAPA No|CAPA Number|CAR No|CAR Number|Action No|Action "
    "Number|Action ID",
    "title",
    "owner",
    QT_TRANSLATE_NOOP("qms::Kind", "Owner"),
    "status",
    "qms::Enum",
    states,
    links,
    dueRules,
    "due",
    nullptr,
    columns,
    cliColumns,
    {},
    {},
    "due_date",
    "completed_on",
    {EvidenceRole::Finding},
    {},
    importTemplate,
    1,
    true,
    {.viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "Corrective &actions")},
    nullptr,
    {
        "ca-log",
        QT_TRANSLATE_NOOP("qms::report::Sections", "Corrective action log"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "Corrective actions in scope (ISO 9001 10.2.1 c-e). Open actions past their due "
                          "date are flagged."),
        nullptr,
        packColumns,
    },
    QT_TRANSLATE_NOOP("qms::Kind", "CAs"),
    QT_TRANSLATE_NOOP("qms::Kind", "Corrective actions linked to the clause or a subclause"),
    {},
    {},
    pastDates,
};

} // namespace

const KindDecl& correctiveActionKind() {
    return decl;
}

template <> std::span<const FieldDef<CorrectiveAction>> recordFields<CorrectiveAction>() {
    using R = CorrectiveAction;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title),
         "Action|Corrective action|Action title|Subject|Summary"},
        {"description", QT_TRANSLATE_NOOP("qms::Field", "Description"), FieldType::LongText,
         QMS_RAWTEXT(R, description), "Details|Action description|Planned action|Action taken|Actions taken"},
        {"type", QT_TRANSLATE_NOOP("qms::Field", "Type"), FieldType::Enum, QMS_ENUM(R, type),
         "Action type|Category", enumKeys<CaType>, enumKeyLabel<CaType>},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner),
         "Responsible|Assigned to|Action owner|Actionee|Who|Responsibility"},
        {"due_date", QT_TRANSLATE_NOOP("qms::Field", "Due date"), FieldType::Date, QMS_DATE(R, dueDate),
         "Due|Target date|Deadline|Target completion date|Completion target|By when|When|Date due|Target"},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status),
         "State|Action status", enumKeys<CaStatus>, enumKeyLabel<CaStatus>},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason), "Reason"},
        {"completed_on", QT_TRANSLATE_NOOP("qms::Field", "Completed on"), FieldType::Date,
         QMS_DATE(R, completedOn), "Completed|Completion date|Date completed|Closed date|Date closed|Done"},
        {"effectiveness_due", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness check due"), FieldType::Date,
         QMS_DATE(R, effectivenessDue),
         "Effectiveness due|Verification due|Verification date|Effectiveness check date"},
        {"effectiveness_by", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness checked by"), FieldType::Text,
         QMS_TEXT(R, effectivenessBy), "Verified by|Checked by|Effectiveness verified by"},
        {"effectiveness_result", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness result"), FieldType::LongText,
         QMS_RAWTEXT(R, effectivenessResult),
         "Effectiveness|Verification of effectiveness|Verification result|Effective|Effectiveness "
         "check|Result"},
        {"nonconformities", QT_TRANSLATE_NOOP("qms::Field", "Nonconformities"), FieldType::IdList,
         QMS_IDS(R, nonconformities, RecordKind::Nonconformity),
         "NC|NC No|NC Number|NC Ref|NCR|NCR No|Nonconformity|Related NC|Related nonconformity"},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R),
         "Clause|ISO clause|ISO 9001 clause|Standard clause|Requirement"},
        {"changes", QT_TRANSLATE_NOOP("qms::Field", "Change requests"), FieldType::IdList,
         QMS_IDS(R, changes, RecordKind::ChangeRequest),
         "Change|Change request|CHG|Change No|Related change"},
        {"reviews", QT_TRANSLATE_NOOP("qms::Field", "Management reviews"), FieldType::IdList,
         QMS_IDS(R, reviews, RecordKind::ManagementReview), "Management review|MR|Review"},
    };
    return defs;
}

// A new action: owned by the acting user, due in 30 days.
template <> CorrectiveAction newRecord<CorrectiveAction>(const NewRecordContext& context) {
    CorrectiveAction c;
    c.owner = context.user;
    c.dueDate = context.today.addDays(30);
    return c;
}

} // namespace qms

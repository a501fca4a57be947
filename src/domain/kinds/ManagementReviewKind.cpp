// The management review (ISO 9001 9.3): its declaration, its fields and its defaults.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

constexpr StateDecl states[] = {
    {"planned", QT_TRANSLATE_NOOP("qms::Enum", "Planned"), true, 0x757575},
    {"inputs_collected", QT_TRANSLATE_NOOP("qms::Enum", "Inputs collected"), true, 0x1565C0},
    {"held", QT_TRANSLATE_NOOP("qms::Enum", "Held"), true, 0x6A1B9A},
    {"closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed"), false, 0x2E7D32},
    {"cancelled", QT_TRANSLATE_NOOP("qms::Enum", "Cancelled"), false, 0x616161, true},
};

constexpr TransitionDecl transitions[] = {
    {"planned", "inputs_collected", QT_TRANSLATE_NOOP("qms::Workflow", "Collect inputs")},
    {"planned", "cancelled", QT_TRANSLATE_NOOP("qms::Workflow", "Cancel review"), true},
    {"inputs_collected", "held", QT_TRANSLATE_NOOP("qms::Workflow", "Record the meeting")},
    {"inputs_collected", "planned", QT_TRANSLATE_NOOP("qms::Workflow", "Discard inputs"), true},
    {"inputs_collected", "cancelled", QT_TRANSLATE_NOOP("qms::Workflow", "Cancel review"), true},
    {"held", "closed", QT_TRANSLATE_NOOP("qms::Workflow", "Sign and close")},
    {"held", "inputs_collected", QT_TRANSLATE_NOOP("qms::Workflow", "Back to inputs collected"), true},
};

constexpr CardLineDecl cardLines[] = {
    {"planned", QT_TRANSLATE_NOOP("qms::Kind", "1 planned"), QT_TRANSLATE_NOOP("qms::Kind", "%1 planned")},
    {"held", QT_TRANSLATE_NOOP("qms::Kind", "1 held, to sign"),
     QT_TRANSLATE_NOOP("qms::Kind", "%1 held, to sign")},
};

constexpr LinkDecl links[] = {
    {"clauses", true, "clauses", false, RecordKind::ManagementReview, ""},
    {"actions", true, "review_actions", true, RecordKind::CorrectiveAction, "reviews"},
};

constexpr DueRule dueRules[] = {
    {"planned", "planned_date", "planned,inputs_collected", nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "Management reviews to hold by %1"), false,
     QT_TRANSLATE_NOOP("qms::Kind", "planned %1")},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"title", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Title"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"status", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Status"), ColumnType::Status},
    {"chair", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Chair"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"planned_date", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Planned"), ColumnType::Date},
    {"held_on", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Held"), ColumnType::Date},
    {"period_from", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Period from"), ColumnType::Date},
    {"period_to", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Period to"), ColumnType::Date},
    {"outputs", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Decisions"), ColumnType::Count,
     ColumnCompute::LineCount, "outputs"},
    {"overdue", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Overdue"), ColumnType::Flag, ColumnCompute::Overdue},
};

constexpr const char* cliColumns[] = {"title", "status", "chair", "planned_date", "held_on"};

constexpr const char* pastDates[] = {"held_on"};
constexpr const char* derived[] = {"closed_on"};

constexpr TemplateColumn importTemplate[] = {
    {"id", ""},
    {"title", "Management review 2027"},
    {"planned_date", "2027-01-20"},
    {"period_from", "2026-01-01"},
    {"period_to", "2026-12-31"},
    {"chair", "Managing director"},
    {"attendees", "Quality manager, production lead, sales lead"},
    {"status", "Planned"},
    {"clauses", "9.3"},
};

constexpr PackColumnDecl packColumns[] = {
    {QT_TRANSLATE_NOOP("qms::report::Sections", "ID"), 9.5, "id", PackCell::Id},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Review"), 20, "title"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Chair"), 11, "chair"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Held"), 10, "held_on", PackCell::Text, "planned_date",
     QT_TRANSLATE_NOOP("qms::report::Sections", "planned %1")},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Period"), 12, "period_from", PackCell::Text, "period_to",
     QT_TRANSLATE_NOOP("qms::report::Sections", "to %1")},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Status"), 10, "status"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Actions"), 12, "actions"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Overdue"), 9, nullptr, PackCell::Overdue},
};

const KindDecl decl{
    RecordKind::ManagementReview,
    "reviews",
    "review",
    "MR",
    "management_reviews",
    QT_TRANSLATE_NOOP("qms::Enum", "Management review"),
    QT_TRANSLATE_NOOP("qms::Enum", "Management reviews"),
    "review",
    "mr,management_reviews,management_review",
    "No|Number|Ref|Review No|Review Number|MR No|MR Number",
    "title",
    "chair",
    QT_TRANSLATE_NOOP("qms::Kind", "Chair"),
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
    // A closed review is the evidence of 9.3.
    {EvidenceRole::Evidence, "closed", nullptr, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "closed management reviews")},
    {},
    importTemplate,
    6,
    true,
    {.ownerFilter = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Chair"),
     .anyOwner = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Any chair"),
     .month = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "planned in %1"),
     .closedMonth = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "closed in %1"),
     .ownerLine = QT_TRANSLATE_NOOP("qms::gui::RegisterPrintout", "Chair: %1"),
     .viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "&Management reviews")},
    "held_on",
    {
        "management-reviews",
        QT_TRANSLATE_NOOP("qms::report::Sections", "Management reviews"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "Reviews of the QMS by top management (ISO 9001 9.3): when each was held, the "
                          "period its inputs cover and the actions it decided."),
        nullptr,
        packColumns,
    },
    QT_TRANSLATE_NOOP("qms::Kind", "MRs"),
    QT_TRANSLATE_NOOP("qms::Kind", "Management reviews linked to the clause or a subclause"),
    transitions,
    {
        QT_TRANSLATE_NOOP("qms::Kind", "Management review"),
        QT_TRANSLATE_NOOP("qms::Kind",
                          "Reviews not yet closed (ISO 9001 9.3); overdue: past the planned date and not "
                          "held. Click to list them."),
        0x5D4037,
        cardLines,
        "planned_date",
        "planned,inputs_collected",
        QT_TRANSLATE_NOOP("qms::Kind", "next on %1"),
        "held_on",
        "held,closed",
        QT_TRANSLATE_NOOP("qms::Kind", "1 month since the last one"),
        QT_TRANSLATE_NOOP("qms::Kind", "%1 months since the last one"),
        QT_TRANSLATE_NOOP("qms::Kind", "none held yet"),
    },
    pastDates,
    derived,
};

constexpr TableColumnDecl inputColumns[] = {
    {"topic", QT_TRANSLATE_NOOP("qms::Field", "Input"), CellType::Enum, enumKeys<ReviewTopic>,
     enumKeyLabel<ReviewTopic>, RecordKind::Document, true, 2},
    {"data", QT_TRANSLATE_NOOP("qms::Field", "Data as collected"), CellType::LongText, nullptr, nullptr,
     RecordKind::Document, true, 5},
    {"commentary", QT_TRANSLATE_NOOP("qms::Field", "Commentary"), CellType::LongText, nullptr, nullptr,
     RecordKind::Document, false, 4},
};

const TableDecl inputTable{inputColumns, true};

constexpr TableColumnDecl outputColumns[] = {
    {"type", QT_TRANSLATE_NOOP("qms::Field", "Type"), CellType::Enum, enumKeys<ReviewOutputType>,
     enumKeyLabel<ReviewOutputType>, RecordKind::Document, false, 2},
    {"decision", QT_TRANSLATE_NOOP("qms::Field", "Decision"), CellType::LongText, nullptr, nullptr,
     RecordKind::Document, false, 5},
    {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), CellType::Text, nullptr, nullptr,
     RecordKind::Document, false, 2},
    {"due", QT_TRANSLATE_NOOP("qms::Field", "Due"), CellType::Date},
    {"action", QT_TRANSLATE_NOOP("qms::Field", "Action"), CellType::RecordId, nullptr, nullptr,
     RecordKind::CorrectiveAction, true},
};

const TableDecl outputTable{
    outputColumns,
    false,
    {QT_TRANSLATE_NOOP("qms::Kind", "New action for this decision"), RecordKind::CorrectiveAction, "action",
     "actions"},
};

QString inputsText(const QList<ReviewInput>& inputs) {
    QList<QStringList> rows;
    for (const ReviewInput& i : inputs)
        rows << QStringList{enumKey(i.topic), i.data, i.commentary};
    return codec::table(rows);
}

QString setInputs(QList<ReviewInput>& target, const QString& text) {
    QList<QStringList> rows = codec::parseTable(text);
    if (const QString e = inputTable.check(rows); !e.isEmpty())
        return e;
    QList<ReviewInput> out;
    for (const QStringList& r : rows)
        out << ReviewInput{enumFromString<ReviewTopic>(r[0]).value_or(ReviewTopic::PreviousActions), r[1],
                           r[2]};
    target = out;
    return {};
}

QString outputsText(const QList<ReviewOutput>& outputs) {
    QList<QStringList> rows;
    for (const ReviewOutput& o : outputs)
        rows << QStringList{enumKey(o.type), o.decision, o.owner, codec::date(o.due), o.action};
    return codec::table(rows);
}

QString setOutputs(QList<ReviewOutput>& target, const QString& text) {
    QList<QStringList> rows = codec::parseTable(text);
    if (const QString e = outputTable.check(rows); !e.isEmpty())
        return e;
    QList<ReviewOutput> out;
    for (const QStringList& r : rows)
        out << ReviewOutput{enumFromString<ReviewOutputType>(r[0]).value_or(ReviewOutputType::Improvement),
                            r[1], r[2], codec::parseDate(r[3]).value_or(QDate()), r[4]};
    target = out;
    return {};
}

} // namespace

const KindDecl& managementReviewKind() {
    return decl;
}

template <> std::span<const FieldDef<ManagementReview>> recordFields<ManagementReview>() {
    using R = ManagementReview;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title),
         "Review|Subject|Meeting"},
        {"planned_date", QT_TRANSLATE_NOOP("qms::Field", "Planned date"), FieldType::Date,
         QMS_DATE(R, plannedDate), "Planned|Date|Meeting date|Scheduled"},
        {"period_from", QT_TRANSLATE_NOOP("qms::Field", "Period from"), FieldType::Date,
         QMS_DATE(R, periodFrom), "From|Period start|Review period from"},
        {"period_to", QT_TRANSLATE_NOOP("qms::Field", "Period to"), FieldType::Date, QMS_DATE(R, periodTo),
         "To|Period end|Review period to"},
        {"chair", QT_TRANSLATE_NOOP("qms::Field", "Chair"), FieldType::Text, QMS_TEXT(R, chair),
         "Chaired by|Chairperson|Top management"},
        {"attendees", QT_TRANSLATE_NOOP("qms::Field", "Attendees"), FieldType::Text, QMS_TEXT(R, attendees),
         "Participants|Present"},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status),
         "State|Review status", enumKeys<ReviewStatus>, enumKeyLabel<ReviewStatus>},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason), "Reason|Cancellation reason"},
        {"held_on", QT_TRANSLATE_NOOP("qms::Field", "Held on"), FieldType::Date, QMS_DATE(R, heldOn),
         "Held|Meeting held|Actual date"},
        {"minutes", QT_TRANSLATE_NOOP("qms::Field", "Minutes"), FieldType::LongText, QMS_RAWTEXT(R, minutes),
         "Notes|Meeting minutes|Record"},
        {"closed_on", QT_TRANSLATE_NOOP("qms::Field", "Closed on"), FieldType::Date, QMS_DATE(R, closedOn)},
        {"inputs", QT_TRANSLATE_NOOP("qms::Field", "Inputs"), FieldType::Table,
         [](const R& r) { return inputsText(r.inputs); },
         [](R& r, const QString& t) { return setInputs(r.inputs, t); }, "Review inputs", nullptr, nullptr,
         &inputTable},
        {"outputs", QT_TRANSLATE_NOOP("qms::Field", "Decisions"), FieldType::Table,
         [](const R& r) { return outputsText(r.outputs); },
         [](R& r, const QString& t) { return setOutputs(r.outputs, t); },
         "Outputs|Review outputs|Decisions and actions", nullptr, nullptr, &outputTable},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R),
         "Clause|ISO clause"},
        {"actions", QT_TRANSLATE_NOOP("qms::Field", "Actions"), FieldType::IdList,
         QMS_IDS(R, actions, RecordKind::CorrectiveAction), "CA|CAs|Actions|Linked actions"},
    };
    return defs;
}

// A new review: chaired by the acting user, a month from today, covering the twelve months before.
template <> ManagementReview newRecord<ManagementReview>(const NewRecordContext& context) {
    ManagementReview r;
    r.title = QCoreApplication::translate("qms::Kind", "Management review %1").arg(context.today.year());
    r.chair = context.user;
    r.plannedDate = context.today.addMonths(1);
    r.periodTo = context.today;
    r.periodFrom = context.today.addYears(-1).addDays(1);
    r.clauses = {QStringLiteral("9.3")};
    return r;
}

} // namespace qms

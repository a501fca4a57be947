// The change request (6.3 planning of changes, 8.5.6 control of changes): its declaration, its
// fields and its defaults.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

constexpr StateDecl states[] = {
    {"requested", QT_TRANSLATE_NOOP("qms::Enum", "Requested"), true, 0x757575},
    {"assessed", QT_TRANSLATE_NOOP("qms::Enum", "Assessed"), true, 0xF9A825},
    {"approved", QT_TRANSLATE_NOOP("qms::Enum", "Approved"), true, 0x1565C0},
    {"implemented", QT_TRANSLATE_NOOP("qms::Enum", "Implemented"), true, 0x6A1B9A},
    {"reviewed", QT_TRANSLATE_NOOP("qms::Enum", "Reviewed"), true, 0x00838F},
    {"closed", QT_TRANSLATE_NOOP("qms::Enum", "Closed"), false, 0x2E7D32},
    {"rejected", QT_TRANSLATE_NOOP("qms::Enum", "Rejected"), false, 0x616161, true},
};

// The dashboard card: what waits for whom.
constexpr CardLineDecl cardLines[] = {
    {"assessed", QT_TRANSLATE_NOOP("qms::Kind", "1 waiting for approval"),
     QT_TRANSLATE_NOOP("qms::Kind", "%1 waiting for approval")},
    {"requested", QT_TRANSLATE_NOOP("qms::Kind", "1 to assess"),
     QT_TRANSLATE_NOOP("qms::Kind", "%1 to assess")},
    {"implemented", QT_TRANSLATE_NOOP("qms::Kind", "1 to review"),
     QT_TRANSLATE_NOOP("qms::Kind", "%1 to review")},
};

constexpr TransitionDecl transitions[] = {
    {"requested", "assessed", QT_TRANSLATE_NOOP("qms::Workflow", "Mark assessed")},
    {"requested", "rejected", QT_TRANSLATE_NOOP("qms::Workflow", "Reject"), true},
    {"assessed", "approved", QT_TRANSLATE_NOOP("qms::Workflow", "Approve")},
    {"assessed", "rejected", QT_TRANSLATE_NOOP("qms::Workflow", "Reject"), true},
    {"assessed", "requested", QT_TRANSLATE_NOOP("qms::Workflow", "Back to requested"), true},
    {"approved", "implemented", QT_TRANSLATE_NOOP("qms::Workflow", "Mark implemented")},
    {"approved", "assessed", QT_TRANSLATE_NOOP("qms::Workflow", "Withdraw approval"), true},
    {"implemented", "reviewed", QT_TRANSLATE_NOOP("qms::Workflow", "Record the review")},
    {"reviewed", "closed", QT_TRANSLATE_NOOP("qms::Workflow", "Close change")},
    {"reviewed", "implemented", QT_TRANSLATE_NOOP("qms::Workflow", "Back to implemented"), true},
};

constexpr LinkDecl links[] = {
    {"clauses", true, "clauses", false, RecordKind::ChangeRequest, ""},
    // Stored apart from an NC's "actions": a CA's `nonconformities` reads those rows only.
    {"actions", true, "change_actions", true, RecordKind::CorrectiveAction, "changes", false, nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "New improvement action for this change")},
};

// To be implemented by the planned date once requested; overdue until it is implemented.
constexpr DueRule dueRules[] = {
    {"planned", "planned_date", "requested,assessed,approved", nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "Changes to implement by %1"), false,
     QT_TRANSLATE_NOOP("qms::Kind", "planned %1")},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"title", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Title"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"type", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Type"), ColumnType::Enum},
    {"status", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Status"), ColumnType::Status},
    {"owner", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Owner"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"planned_date", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Planned"), ColumnType::Date},
    {"approved_by", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Approved by"), ColumnType::Text,
     ColumnCompute::Field, nullptr, nullptr, nullptr, true},
    {"affected", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Affected items"), ColumnType::Count,
     ColumnCompute::LineCount, "affected"},
    {"overdue", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Overdue"), ColumnType::Flag, ColumnCompute::Overdue},
};

constexpr const char* derived[] = {"approved_by", "approved_on", "implemented_on", "closed_on"};

constexpr const char* cliColumns[] = {"title", "type", "status", "owner", "planned_date"};

constexpr TemplateColumn importTemplate[] = {
    {"id", ""},
    {"title", "Second supplier for hard chrome plating"},
    {"type", "Supplier"},
    {"reason", "The only plating supplier announced a six-week shutdown."},
    {"intended_result", "Plated parts delivered on time during the shutdown."},
    {"consequences", "First articles of the new supplier to be approved; higher unit price."},
    {"integrity", "Purchasing procedure and approved supplier list updated before the first order."},
    {"resources", "Two days of supplier audit; budget approved."},
    {"responsibilities", "Purchasing owns the supplier; quality approves the first articles."},
    {"requested_by", "Purchasing"},
    {"owner", "Quality manager"},
    {"planned_date", "2027-02-28"},
    {"status", "Requested"},
    {"affected", "DOC-0026 | Action needed | add the second supplier"},
    {"clauses", "6.3; 8.4"},
};

const KindDecl decl{
    RecordKind::ChangeRequest,
    "changes",
    "change",
    "CHG",
    "change_requests",
    QT_TRANSLATE_NOOP("qms::Enum", "Change request"),
    QT_TRANSLATE_NOOP("qms::Enum", "Change requests"),
    "change",
    "change,chg,change_requests",
    "No|Number|Ref|Change No|Change Number|Change ID|Change Ref|CR|CR No|MOC No|ECR No",
    "title",
    "owner",
    QT_TRANSLATE_NOOP("qms::Kind", "Owner"),
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
    // A change is evidence of 6.3 and 8.5.6 once it has been reviewed and closed.
    {EvidenceRole::Evidence, "closed", nullptr, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "closed changes")},
    {},
    importTemplate,
    4,
    true,
    {.viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "C&hanges")},
    nullptr,
    {
        nullptr,
        QT_TRANSLATE_NOOP("qms::report::Sections", "Change register"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "Changes to the QMS and to the provision of products and services (ISO 9001 6.3, "
                          "8.5.6): who requested and who authorised each, and whether it is done. Planned "
                          "dates past due are flagged."),
    },
    QT_TRANSLATE_NOOP("qms::Kind", "Chg."),
    QT_TRANSLATE_NOOP("qms::Kind", "Change requests linked to the clause or a subclause"),
    transitions,
    {
        QT_TRANSLATE_NOOP("qms::Kind", "Open changes"),
        QT_TRANSLATE_NOOP("qms::Kind",
                          "Changes not yet closed or rejected (ISO 9001 6.3). Click to list them."),
        0x6A1B9A,
        cardLines,
    },
    {},
    derived,
};

// "DOC-0004 | Action needed | update section 5", one item a line.
QString affectedText(const QList<AffectedItem>& items) {
    QStringList lines;
    for (const AffectedItem& i : items) {
        QString line = QStringLiteral("%1 | %2").arg(i.id, enumKey(i.state));
        if (!i.note.isEmpty())
            line += QStringLiteral(" | ") + i.note;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString setAffected(QList<AffectedItem>& target, const QString& text) {
    QList<AffectedItem> out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty())
            continue;
        const int first = line.indexOf(QLatin1Char('|'));
        const int second = first < 0 ? -1 : line.indexOf(QLatin1Char('|'), first + 1);
        const QString id = (first < 0 ? line : line.left(first)).trimmed();
        const QString state =
            first < 0 ? QString() : line.mid(first + 1, second < 0 ? -1 : second - first - 1);
        const auto parsed = parseRecordId(id);
        if (!parsed)
            return QCoreApplication::translate("qms::Codec",
                                               "item %1: \"%2\" is not a record id such as DOC-0004")
                .arg(n + 1)
                .arg(id);
        AffectedItem item;
        item.id = formatRecordId(parsed->first, parsed->second);
        if (!state.trimmed().isEmpty()) {
            const auto s = enumFromString<AffectedState>(state.trimmed());
            if (!s)
                return QCoreApplication::translate("qms::Codec", "item %1: \"%2\" is not one of %3")
                    .arg(n + 1)
                    .arg(state.trimmed(), enumKeyList<AffectedState>());
            item.state = *s;
        }
        if (second >= 0)
            item.note = line.mid(second + 1).trimmed();
        out.append(item);
    }
    target = out;
    return {};
}

} // namespace

const KindDecl& changeRequestKind() {
    return decl;
}

int ChangeRequest::unresolvedItems() const {
    return int(std::count_if(affected.begin(), affected.end(),
                             [](const AffectedItem& i) { return i.state == AffectedState::ActionNeeded; }));
}

template <> std::span<const FieldDef<ChangeRequest>> recordFields<ChangeRequest>() {
    using R = ChangeRequest;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title),
         "Change|Change title|Subject|Summary|Description of change"},
        {"type", QT_TRANSLATE_NOOP("qms::Field", "Type of change"), FieldType::Enum, QMS_ENUM(R, type),
         "Type|Change type|Category|Kind of change", enumKeys<ChangeType>, enumKeyLabel<ChangeType>},
        {"reason", QT_TRANSLATE_NOOP("qms::Field", "Reason"), FieldType::LongText, QMS_RAWTEXT(R, reason),
         "Reason for change|Why|Justification|Need"},
        {"intended_result", QT_TRANSLATE_NOOP("qms::Field", "Intended result"), FieldType::LongText,
         QMS_RAWTEXT(R, intendedResult), "Expected result|Objective|Goal|Expected benefit"},
        {"consequences", QT_TRANSLATE_NOOP("qms::Field", "Purpose and potential consequences"),
         FieldType::LongText, QMS_RAWTEXT(R, consequences),
         "Consequences|Potential consequences|Impact|Impact assessment|Risks"},
        {"integrity", QT_TRANSLATE_NOOP("qms::Field", "Integrity of the QMS"), FieldType::LongText,
         QMS_RAWTEXT(R, integrity), "QMS integrity|Integrity"},
        {"resources", QT_TRANSLATE_NOOP("qms::Field", "Availability of resources"), FieldType::LongText,
         QMS_RAWTEXT(R, resources), "Resources|Resources needed|Resource availability"},
        {"responsibilities", QT_TRANSLATE_NOOP("qms::Field", "Responsibilities and authorities"),
         FieldType::LongText, QMS_RAWTEXT(R, responsibilities),
         "Responsibilities|Authorities|Allocation of responsibilities"},
        {"requested_by", QT_TRANSLATE_NOOP("qms::Field", "Requested by"), FieldType::Text,
         QMS_TEXT(R, requestedBy), "Requester|Requested|Raised by|Initiator|Originator"},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner),
         "Change owner|Responsible|Responsible person|Assigned to"},
        {"planned_date", QT_TRANSLATE_NOOP("qms::Field", "Planned date"), FieldType::Date,
         QMS_DATE(R, plannedDate), "Planned|Target date|Implementation date|Due date|Due"},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status),
         "State|Change status", enumKeys<ChangeStatus>, enumKeyLabel<ChangeStatus>},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason), "Rejection reason|Reason for rejection"},
        {"approved_by", QT_TRANSLATE_NOOP("qms::Field", "Approved by"), FieldType::Text,
         QMS_TEXT(R, approvedBy), "Authorised by|Authorized by|Approver"},
        {"approved_on", QT_TRANSLATE_NOOP("qms::Field", "Approved on"), FieldType::Date,
         QMS_DATE(R, approvedOn), "Approval date|Authorised on|Authorized on"},
        {"implemented_on", QT_TRANSLATE_NOOP("qms::Field", "Implemented on"), FieldType::Date,
         QMS_DATE(R, implementedOn), "Implementation completed|Completed on"},
        {"review_result", QT_TRANSLATE_NOOP("qms::Field", "Review of the change"), FieldType::LongText,
         QMS_RAWTEXT(R, reviewResult), "Review result|Results of the review|Post-implementation review"},
        {"closed_on", QT_TRANSLATE_NOOP("qms::Field", "Closed on"), FieldType::Date, QMS_DATE(R, closedOn)},
        {"affected", QT_TRANSLATE_NOOP("qms::Field", "Affected items"), FieldType::ItemStates,
         [](const R& r) { return affectedText(r.affected); },
         [](R& r, const QString& t) { return setAffected(r.affected, t); },
         "Affected|Affected documents|Impacted items|Items affected", enumKeys<AffectedState>,
         enumKeyLabel<AffectedState>},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R),
         "Clause|ISO clause|ISO 9001 clause|Standard clause|Requirement"},
        {"actions", QT_TRANSLATE_NOOP("qms::Field", "Actions"), FieldType::IdList,
         QMS_IDS(R, actions, RecordKind::CorrectiveAction),
         "CA|CA No|Actions|Improvement actions|Linked actions"},
    };
    return defs;
}

// A new change: requested and owned by the acting user, planning of changes (6.3).
template <> ChangeRequest newRecord<ChangeRequest>(const NewRecordContext& context) {
    ChangeRequest c;
    c.requestedBy = context.user;
    c.owner = context.user;
    c.clauses = {QStringLiteral("6.3")};
    return c;
}

} // namespace qms

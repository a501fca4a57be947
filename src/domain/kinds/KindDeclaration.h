#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>
#include <span>

namespace qms {

// How a register column's raw value is shown: the GUI formats and paints by this.
enum class ColumnType {
    Id,
    Text,
    Status, // the kind's status key (process: "yes"/"no" for active)
    Enum,   // an enum key, shown by its label; a chip where the kind declares value colours
    Date,
    Count,
    YesNo,
    Flag, // overdue: 1 or 0
};

// One value of a kind's status field, in workflow order.
struct StateDecl {
    const char* key;   // stored key ("root_cause_identified"; processes: "yes" / "no")
    const char* label; // for people, translated in context `KindDecl::stateContext`
    bool open;         // not closed, cancelled, verified, obsolete or retired
    unsigned colour;   // status chip, 0xRRGGBB
    // No longer in force (obsolete, retired, cancelled): not evidence for the record's clauses.
    bool withdrawn = false;
    // More names people give the state, comma-separated, matched like the label (processes:
    // "inactive" for retired).
    const char* aliases = nullptr;
};

// How a list field is stored in record_links. An "own" field keeps its rows under the record's id;
// a "reverse" field is the other side of another kind's own field (CA.nonconformities is read from
// NC.actions), so each link is stored once and both sides always agree.
struct LinkDecl {
    const char* field;       // key of the list field on this kind
    bool own;                // stored under this record's id
    const char* storedField; // field name in record_links
    bool hasOther;           // the other record shows the link too
    RecordKind other;        // kind of the linked records
    const char* otherField;  // key of the list field on the other kind
    // An import of this kind may name records of the other kind that do not exist yet: the link is
    // then made when the other record is imported naming this one, so either register may come
    // first. A reverse field ("own" false) always may; an own field only when this says so.
    bool otherMayFollow = false;
    // A link between records of one kind that only one side holds (a process "feeds" another):
    // the label of the other side on a printout ("Fed by", context "qms::gui::RecordPrintout").
    const char* reverseLabel = nullptr;
    // The editor offers a button that creates a record of the other kind linked to this one
    // (newLinkedRecord, kinds/LinkedRecords.h); context "qms::Kind". nullptr: none.
    const char* createLabel = nullptr;
};

// A date by which something must happen to a record: "due" while the record is in `states`, and
// overdue once the date has passed. Stated once; storage turns it into SQL (RuleSql), the domain
// into the C++ predicate (isDue / isOverdue in KindRules.h).
struct DueRule {
    const char* key;       // "due", "effectiveness", "review"
    const char* dateField; // the date field
    // The status keys in which the date applies, comma-separated; empty: every open state.
    const char* states;
    // A field that must also be non-empty for the date to be overdue (documents: a revision in force).
    const char* overdueNeeds;
    // The reminder group heading, context "qms::Kind"; nullptr: no reminder. "%1" is the last day of
    // the reminder horizon.
    const char* reminder;
    // Remind only of records already overdue, not of those due within the horizon (late corrective
    // actions); such groups are listed first.
    bool remindOnlyWhenOverdue = false;
    // How a reminder shows the date ("due %1"), context "qms::Kind".
    const char* reminderDate = nullptr;
};

// A register column that is not a plain field.
enum class ColumnCompute {
    Field,     // the field `key` as stored
    DaysOpen,  // days from field `a` to field `b` when the record is in state `c`, else to today
    Overdue,   // 1 when the kind's overdue rule holds
    LineCount, // the number of lines of field `a`
    LinkList,  // the ids linked through field `a`, comma-separated
    // Of the records of the kind whose link stored as `a` points here (an audit's processes): the
    // latest of their EvidenceDecl::lastDate (last audited), or the earliest of their card's next
    // date while still pending, open and not yet evidence (next audit planned or under way).
    LinkedLast,
    LinkedNext,
};

struct ColumnDecl {
    const char* key;
    const char* label; // context "qms::RegisterQuery"
    ColumnType type;
    ColumnCompute compute = ColumnCompute::Field;
    const char* a = nullptr;
    const char* b = nullptr;
    const char* c = nullptr;
    bool sortNoCase = false;     // sort text without regard to case
    const char* order = nullptr; // enum keys in the order to sort by, comma-separated
    bool hiddenAtFirst = false;  // left out of a register's first layout (one click away in the chooser)
};

// A field that names one record of another kind, stored in the record's own row (an NC's process).
struct RefDecl {
    const char* field;
    RecordKind other;
};

// A column of the kind's CSV import template, with the example value of its sample row.
struct TemplateColumn {
    const char* key;     // "id" or a field key
    const char* example; // UTF-8, as people type it (enum labels rather than keys)
};

// One chip colour of an enum value shown in a register (severities).
struct ValueColour {
    const char* key;
    unsigned colour;
};

// How the GUI words a kind's register where the common text does not fit ("Responsible person"
// instead of "Owner"); nullptr: the common text. Each is translated in the context named, the
// one the GUI used before the kinds were declared, so the catalogue keeps its translations.
struct RegisterWording {
    const char* ownerFilter = nullptr; // owner filter's tooltip ("Owner"), qms::gui::FilterBar
    const char* anyOwner = nullptr;    // owner filter's "all" entry ("Any owner"), qms::gui::FilterBar
    const char* openOnly = nullptr;    // "O&pen only", qms::gui::FilterBar
    const char* overdueOnly = nullptr; // "O&verdue only", qms::gui::FilterBar
    const char* overdueTip = nullptr;  // that box's tooltip (none), qms::gui::FilterBar
    const char* month = nullptr;       // the `dateField` month filter ("due in %1"), qms::gui::FilterBar
    const char* closedMonth = nullptr; // the `closedDateField` one ("completed in %1"), qms::gui::FilterBar
    const char* ownerLine = nullptr;   // a printed owner filter ("Owner: %1"), qms::gui::RegisterPrintout
    const char* viewMenu = nullptr;    // the View menu's entry ("D&ocuments"), qms::gui::MainWindow
};

// One step of a kind's workflow, as the editors offer it: the generic editor shows a button for
// each step from the record's state, and the kind's workflow reads its steps from here.
struct TransitionDecl {
    const char* from;  // state key
    const char* to;    // state key
    const char* label; // "Mark assessed", context "qms::Workflow"
    bool needsReason = false;
};

// What a cell of the audit pack's register shows (report/KindRegisterSection).
enum class PackCell {
    Text,    // the field for people: enum label, ISO date, "a, b" for lists, a KPI a line; a dash when empty
    Id,      // the record id, bold
    Overdue, // "OVERDUE", flagged, while the kind's overdue rule holds (no field)
    DetailPage, // the page of the record's detail block in the pack; a dash when it has none
};

// When a pack cell's second line is shown.
enum class PackSecondLine {
    Always,        // whenever the main text and the second field are not empty
    WhenDiffers,   // when the second field differs from the main one (a draft beside the revision in force)
    WhenWithdrawn, // the record's state in running text, when the state is withdrawn ("retired")
};

struct PackColumnDecl {
    const char* header; // context "qms::report::Sections"
    double width;       // share of the table's width, in the unit of the other columns
    const char* field = nullptr;
    PackCell cell = PackCell::Text;
    const char* second = nullptr;       // a field printed as a second line in small type
    const char* secondFormat = nullptr; // how that line reads ("%1 draft"), context "qms::report::Sections"
    PackSecondLine secondWhen = PackSecondLine::Always;
    const char* alertValue = nullptr; // the enum key printed bold in the alert colour ("major")
};

// The kind's register in the audit pack. Every member may stay empty: the section is then titled
// after the kind and prints the id and the register's plain columns.
struct PackRegisterDecl {
    const char* key = nullptr;   // the section's key ("nc-log"); nullptr: the kind's key
    const char* title = nullptr; // "Nonconformity log", context "qms::report::Sections"
    const char* intro = nullptr; // the paragraph under the title, context "qms::report::Sections"
    // The intro when the detail budget left some records without a detail block: %1 with one, %2
    // records, %3 the budget.
    const char* introLimited = nullptr;
    std::span<const PackColumnDecl> columns = {};
};

// What a record of the kind says about the clauses it is linked to (clause coverage).
enum class EvidenceRole {
    None,     // linked and counted, but neither evidence nor a finding
    Evidence, // shows that the clause is met (a released document, an active process)
    Finding,  // a failure against the clause (an open nonconformity or corrective action)
};

// How a record counts for its clauses. Stated once; storage turns it into SQL (sql::evidenceRole).
struct EvidenceDecl {
    EvidenceRole role = EvidenceRole::None;
    // The states in which the record plays its role, comma-separated; empty: every state that is
    // not withdrawn for evidence, every open state for a finding.
    const char* states = "";
    // Evidence: a field that must also be non-empty (documents: a revision in force).
    const char* needs = nullptr;
    // Evidence: the due rule that makes it stale once overdue (documents: "review").
    const char* staleRule = nullptr;
    // Finding: the enum field that grades it and its keys, worst first ("major,minor,observation").
    const char* gradeField = nullptr;
    const char* gradeOrder = nullptr;
    // Evidence: what counts, for people ("documents with a revision in force"), context "qms::Kind".
    const char* describes = nullptr;
    // Evidence: the date field coverage shows the latest of per clause ("held_on"), under
    // `lastLabel` ("Last audited", context "qms::Kind"); it counts for the clauses in scope, their
    // subclauses and their parents.
    const char* lastDate = nullptr;
    const char* lastLabel = nullptr;
};

// One line of a kind's dashboard card: how many records are in one state, a link to them.
struct CardLineDecl {
    const char* state;
    const char* one;  // "1 waiting for approval", context "qms::Kind"
    const char* many; // "%1 waiting for approval", context "qms::Kind"
};

// A dashboard card for the kind: its open records, a line per declared state and, when the kind
// has a direct overdue rule, the overdue ones. The card and each part open the filtered register.
struct DashboardCardDecl {
    const char* title = nullptr; // "Open changes", context "qms::Kind"; nullptr: no card
    const char* tip = nullptr;   // the card's tooltip, context "qms::Kind"
    unsigned colour = 0x607D8B;  // the card's accent
    std::span<const CardLineDecl> lines = {};
    // "next on %1": the nearest `nextField` date from today among records in `nextStates`
    // (comma-separated); nothing when none lies ahead. Context "qms::Kind".
    const char* nextField = nullptr;
    const char* nextStates = nullptr;
    const char* nextText = nullptr;
    // "%1 months since the last review": the latest `lastField` among records in `lastStates`;
    // `lastNone` when there is none. Context "qms::Kind".
    const char* lastField = nullptr;
    const char* lastStates = nullptr;
    const char* lastOne = nullptr;
    const char* lastMany = nullptr;
    const char* lastNone = nullptr;
    // "%1 open findings": the open records linked through the list field `openLinks`.
    const char* openLinks = nullptr;
    const char* openLinksOne = nullptr;
    const char* openLinksMany = nullptr;
};

// Fields a state freezes (an audit's checklist and conclusions once its report is signed): shown
// read-only in those states, and a save that changes one without leaving the state is refused
// with `reason` ("%1": the record id, context "qms::Kind"). A table's readOnly columns, which the
// program writes (the id of an NC raised from a row), stay writable.
struct FieldLockDecl {
    const char* fields; // comma-separated field keys
    const char* states; // comma-separated state keys
    const char* reason;
};

// Everything generic code needs to know about one kind of record. Each kind declares one in
// src/domain/kinds/<Kind>Kind.cpp; the typed part (struct, field codec, defaults) sits beside it.
struct KindDecl {
    RecordKind kind;
    const char* key;         // register and CLI name: "nonconformities", "actions"
    const char* singularKey; // stored in the search index: "nonconformity", "action"
    const char* prefix;      // id prefix: "NC"
    const char* table;       // SQL table
    const char* label;       // "Nonconformity", context "qms::Enum"
    const char* pluralLabel; // "Nonconformities", context "qms::Enum"
    const char* icon;        // icon name (resources/icons)
    const char* aliases;     // more names the CLI accepts, comma-separated ("ncs")
    const char* idSynonyms;  // spreadsheet names of the id column, '|'-separated
    const char* titleField;  // the field people know a record by
    const char* ownerField;  // the person in charge (owner, responsible)
    const char* ownerLabel;  // "Owner" / "Responsible", context "qms::Kind"
    const char* statusField; // the field holding the state
    const char* stateContext;
    std::span<const StateDecl> states;
    std::span<const LinkDecl> links;
    std::span<const DueRule> dueRules;
    // The rule behind the register's "overdue" column and filter; nullptr: none. With
    // `overdueVia`, the record is overdue when a record linked through that field is overdue by
    // the other kind's rule `overdueRule` (an NC with an overdue action).
    const char* overdueRule;
    const char* overdueVia;
    std::span<const ColumnDecl> columns;     // register columns in order (the first is the id)
    std::span<const char* const> cliColumns; // the columns of `qmsdesk-cli list`, after the id
    // Enum fields the register filters by (NC: severity, source): RegisterFilter::severities and
    // ::source apply only to kinds that declare those fields here.
    std::span<const char* const> filterEnums;
    std::span<const ValueColour> valueColours;
    const char* dateField;       // the date a record is filed under by month ("detected in", "due in")
    const char* closedDateField; // the date it was finished ("closed in", "completed in")
    EvidenceDecl evidence;       // what a linked record says about its clauses
    std::span<const RefDecl> refs = {};
    // The columns of the CSV import template, in the order spreadsheet registers usually have.
    std::span<const TemplateColumn> importTemplate = {};
    // ---- presentation in the GUI
    int searchOrder = 0;     // where the kind's group stands in the search results (lowest first)
    bool hasWorkflow = true; // false: no workflow steps (processes are retired through "Active")
    RegisterWording wording = {};
    // The day the recorded event happened (an NC's detection), when it is not the day the record
    // was made: an audit pack for a period takes in the records whose event falls in it.
    const char* eventDateField = nullptr;
    PackRegisterDecl pack = {};
    // The short header of the kind's evidence count in coverage tables ("NCs") and what it counts
    // ("Nonconformities linked to the clause or a subclause"), context "qms::Kind".
    const char* countHeader = nullptr;
    const char* countTip = nullptr;
    // The workflow's steps; empty: the state is edited as a field (or by a custom editor).
    std::span<const TransitionDecl> transitions = {};
    DashboardCardDecl card = {};
    // Date fields that record what happened (completed on, held on): refused after today.
    std::span<const char* const> pastDates = {};
    // Fields the workflow sets (who approved, when it was reported): shown read-only, and a save
    // that changes one without a status change is refused (imported records bring their own).
    std::span<const char* const> derived = {};
    bool isDerived(const char* field) const;
    std::span<const FieldLockDecl> locks = {};
    // The lock that freezes `field` in `state`, or null.
    const FieldLockDecl* lockOf(const char* field, const QString& state) const;

    QString labelText() const;                    // translated
    QString pluralLabelText() const;              // translated
    QString ownerLabelText() const;               // translated
    QString countHeaderText() const;              // translated; the plural label when not declared
    QString countTipText() const;                 // translated
    QString stateLabel(const QString& key) const; // translated; the key when unknown
    const StateDecl* state(const QString& key) const;
    QStringList openStates() const;
    QStringList closedStates() const;
    QStringList withdrawnStates() const;
    const LinkDecl* link(const QString& field) const;
    const DueRule* dueRule(const QString& key) const;
    QStringList ruleStates(const DueRule& rule) const; // the states a rule applies in
    QStringList evidenceStates() const;                // the states `evidence` applies in
    QList<const TransitionDecl*> stepsFrom(const QString& state) const;
    const TransitionDecl* transition(const QString& from, const QString& to) const; // null: no such step
    int stateIndex(const QString& key) const;                                       // -1 when unknown
    int columnIndex(const QString& key) const;                                      // -1 when unknown

    // The state `text` names by key, English label or alias, in any case and spacing; null if none.
    const StateDecl* stateNamed(const QString& text) const;
    // `wording.*` translated in `context`, or `fallback` (already translated) when not declared.
    static QString worded(const char* context, const char* text, const QString& fallback);
};

// The declarations of every kind, in the order the application lists them.
std::span<const KindDecl* const> kindDecls();
const KindDecl& kindDecl(RecordKind kind);
const KindDecl* kindDeclByPrefix(QLatin1String prefix);
// The register name, the singular key, the id prefix or an alias, any case.
const KindDecl* kindDeclByName(const QString& name);
QList<RecordKind> recordKinds();

} // namespace qms

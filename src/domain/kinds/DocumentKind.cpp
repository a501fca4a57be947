// The controlled document (7.5): its declaration, its fields and its defaults.

#include "domain/kinds/FieldSetters.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>

namespace qms {
namespace {

constexpr StateDecl states[] = {
    {"draft", QT_TRANSLATE_NOOP("qms::Enum", "Draft"), true, 0x757575},
    {"in_review", QT_TRANSLATE_NOOP("qms::Enum", "In review"), true, 0xF9A825},
    {"released", QT_TRANSLATE_NOOP("qms::Enum", "Released"), true, 0x2E7D32},
    {"obsolete", QT_TRANSLATE_NOOP("qms::Enum", "Obsolete"), false, 0x424242, true},
};

constexpr LinkDecl links[] = {
    {"clauses", true, "clauses", false, RecordKind::Document, ""},
    {"processes", true, "processes", true, RecordKind::Process, "documents"},
};

// Due for review from the next review date while not obsolete; overdue only once a revision is in
// force (a draft that was never released is not late for its review).
constexpr DueRule dueRules[] = {
    {"review", "next_review", "", "effective_revision",
     QT_TRANSLATE_NOOP("qms::Kind", "Documents due for review by %1"), false,
     QT_TRANSLATE_NOOP("qms::Kind", "review %1")},
};

constexpr ColumnDecl columns[] = {
    {"id", QT_TRANSLATE_NOOP("qms::RegisterQuery", "ID"), ColumnType::Id},
    {"title", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Title"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"type", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Type"), ColumnType::Enum},
    {"status", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Status"), ColumnType::Status},
    {"revision", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Revision"), ColumnType::Text},
    {"effective_revision", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Effective revision"), ColumnType::Text},
    {"owner", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Owner"), ColumnType::Text, ColumnCompute::Field,
     nullptr, nullptr, nullptr, true},
    {"next_review", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Next review"), ColumnType::Date},
    {"overdue", QT_TRANSLATE_NOOP("qms::RegisterQuery", "Review overdue"), ColumnType::Flag,
     ColumnCompute::Overdue},
};

constexpr const char* cliColumns[] = {"title", "type", "revision", "status", "owner", "next_review"};

constexpr TemplateColumn importTemplate[] = {
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

// The register in the audit pack: the revision in force with a newer one in preparation under it.
constexpr PackColumnDecl packColumns[] = {
    {QT_TRANSLATE_NOOP("qms::report::Sections", "ID"), 9.5, "id", PackCell::Id},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Title"), 22.5, "title"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Type"), 10, "type"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Rev."), 6, "effective_revision", PackCell::Text, "revision",
     QT_TRANSLATE_NOOP("qms::report::Sections", "%1 draft"), PackSecondLine::WhenDiffers},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Status"), 9, "status"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Owner"), 9, "owner"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Released by/on"), 13.5, "approved_by", PackCell::Text,
     "released_at"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Next review"), 11, "next_review"},
    {QT_TRANSLATE_NOOP("qms::report::Sections", "Overdue"), 9.5, nullptr, PackCell::Overdue},
};

const KindDecl decl{
    RecordKind::Document,
    "documents",
    "document",
    "DOC",
    "documents",
    QT_TRANSLATE_NOOP("qms::Enum", "Document"),
    QT_TRANSLATE_NOOP("qms::Enum", "Documents"),
    "documents",
    "docs,doc",
    "No|Number|Ref|Doc No|Doc Ref|Doc ID|Document No|Document Number|Document ID|Document Ref|Document "
    "Reference",
    "title",
    "owner",
    QT_TRANSLATE_NOOP("qms::Kind", "Owner"),
    "status",
    "qms::Enum",
    states,
    links,
    dueRules,
    "review",
    nullptr,
    columns,
    cliColumns,
    {},
    {},
    "next_review",
    "",
    // A revision in force is evidence; once overdue for review it is stale.
    {EvidenceRole::Evidence, "", "effective_revision", "review", nullptr, nullptr,
     QT_TRANSLATE_NOOP("qms::Kind", "documents with a revision in force")},
    {},
    importTemplate,
    2,
    true,
    {
        .overdueOnly = QT_TRANSLATE_NOOP("qms::gui::FilterBar", "Review o&verdue"),
        .viewMenu = QT_TRANSLATE_NOOP("qms::gui::MainWindow", "D&ocuments"),
    },
    nullptr,
    {
        "documents",
        QT_TRANSLATE_NOOP("qms::report::Sections", "Document register"),
        QT_TRANSLATE_NOOP("qms::report::Sections",
                          "Controlled documents (ISO 9001 7.5). \"Rev.\" is the revision in force; a newer "
                          "revision in preparation is shown under it. Reviews past their date are flagged."),
        nullptr,
        packColumns,
    },
    QT_TRANSLATE_NOOP("qms::Kind", "Docs"),
    QT_TRANSLATE_NOOP("qms::Kind", "Documents linked to the clause or a subclause"),
};

} // namespace

const KindDecl& documentKind() {
    return decl;
}

template <> std::span<const FieldDef<Document>> recordFields<Document>() {
    using R = Document;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title),
         "Document title|Document name|Name|Document"},
        {"type", QT_TRANSLATE_NOOP("qms::Field", "Type"), FieldType::Enum, QMS_ENUM(R, type),
         "Document type|Category|Doc type", enumKeys<DocumentType>, enumKeyLabel<DocumentType>},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner),
         "Document owner|Responsible|Author"},
        {"description", QT_TRANSLATE_NOOP("qms::Field", "Description"), FieldType::LongText,
         QMS_RAWTEXT(R, description), "Purpose|Scope|Notes|Summary"},
        {"revision", QT_TRANSLATE_NOOP("qms::Field", "Revision"), FieldType::Text, QMS_TEXT(R, revision),
         "Rev|Rev No|Revision No|Version|Issue|Issue No"},
        {"effective_revision", QT_TRANSLATE_NOOP("qms::Field", "Effective revision"), FieldType::Text,
         QMS_TEXT(R, effectiveRevision)},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status),
         "State|Document status", enumKeys<DocumentStatus>, enumKeyLabel<DocumentStatus>},
        {"approved_by", QT_TRANSLATE_NOOP("qms::Field", "Approved by"), FieldType::Text,
         QMS_TEXT(R, approvedBy), "Approver|Approved"},
        {"released_at", QT_TRANSLATE_NOOP("qms::Field", "Released at"), FieldType::DateTime,
         QMS_DATETIME(R, releasedAt), "Release date|Date released|Approval date|Effective date|Issue date"},
        {"review_interval_months", QT_TRANSLATE_NOOP("qms::Field", "Review interval (months)"),
         FieldType::Int, [](const R& r) { return QString::number(r.reviewIntervalMonths); },
         [](R& r, const QString& t) {
             return fields::setInt(
                 r.reviewIntervalMonths, t, 1, 120, 12,
                 QT_TRANSLATE_NOOP("qms::Codec", "\"%1\" is not a number of months between 1 and 120"));
         },
         "Review interval|Review period|Review frequency|Review cycle|Review interval months"},
        {"next_review", QT_TRANSLATE_NOOP("qms::Field", "Next review"), FieldType::Date,
         QMS_DATE(R, nextReview), "Review date|Next review date|Review due|Next review due"},
        {"obsolete_reason", QT_TRANSLATE_NOOP("qms::Field", "Obsolete reason"), FieldType::Text,
         QMS_TEXT(R, obsoleteReason)},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R),
         "Clause|ISO clause|ISO 9001 clause|Standard clause|Requirement"},
        {"processes", QT_TRANSLATE_NOOP("qms::Field", "Processes"), FieldType::IdList,
         QMS_IDS(R, processes, RecordKind::Process), "Process|Related process|Related processes"},
        {"revisions", QT_TRANSLATE_NOOP("qms::Field", "Revisions"), FieldType::Revisions,
         [](const R& r) { return codec::revisions(r.revisions); }, nullptr},
    };
    return defs;
}

// A new document: owned by the acting user.
template <> Document newRecord<Document>(const NewRecordContext& context) {
    Document d;
    d.owner = context.user;
    return d;
}

} // namespace qms

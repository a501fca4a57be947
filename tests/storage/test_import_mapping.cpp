// ColumnMapping, RecordImporter::check (the dry run behind the import preview) and ImportTemplate.

#include "StorageTestSupport.h"
#include "storage/interchange/ColumnMapping.h"
#include "storage/interchange/ImportTemplate.h"
#include "storage/interchange/RecordImporter.h"

using namespace qms;
using namespace qms::test;

namespace {

QString S(const char* s) {
    return QString::fromUtf8(s);
}

CsvTable parse(const QByteArray& csv) {
    auto t = CsvReader::parse(csv);
    REQUIRE_OK(t);
    return *t;
}

int countOf(Workspace& ws, RecordKind kind) {
    return visitRecordKind(kind, [&](auto t) {
        using R = typename decltype(t)::type;
        return int(ws.records<R>().list()->size());
    });
}

// A register as people keep it in a spreadsheet, with their own column names.
const QByteArray spreadsheetNcs =
    "NC No.,Date raised,Title,Description,Raised by,Owner,Root Cause,Severity,Comments\r\n"
    "NC-0007,2026-03-01,Burr on shaft,Burr found at goods-in,Ann,Bob,,Major,call supplier\r\n"
    ",04.03.2026,Label missing,Box without label,Ann,,,minor,\r\n";

} // namespace

TEST_CASE("ColumnMapping suggests fields from keys, labels and spreadsheet synonyms", "[mapping]") {
    const QStringList header{S("NC No."), S("Date raised"), S("Title"),    S("Description"), S("Raised by"),
                             S("Owner"),  S("Root Cause"),  S("SEVERITY"), S("Comments")};
    const ColumnMapping m = ColumnMapping::suggest(RecordKind::Nonconformity, header);
    CHECK(m.targetList() == QStringList{S("id"), S("detected_on"), S("title"), S("description"),
                                        S("reported_by"), S("responsible"), S("root_cause"), S("severity"),
                                        QString()});
    CHECK(m.problems(RecordKind::Nonconformity).isEmpty());
    CHECK_FALSE(m.isPlain(RecordKind::Nonconformity, header));

    // The same word means different fields in different registers.
    CHECK(ColumnMapping::suggest(RecordKind::CorrectiveAction, {S("Owner"), S("Target date")}).targetList() ==
          QStringList{S("owner"), S("due_date")});
    // A field is suggested for its first column only.
    CHECK(ColumnMapping::suggest(RecordKind::Nonconformity, {S("Title"), S("title")}).targetList() ==
          QStringList{S("title"), QString()});
    // The importer's own format needs no mapping step.
    const QStringList plain{S("id"), S("Title"), S("detected_on")};
    CHECK(ColumnMapping::suggest(RecordKind::Nonconformity, plain).isPlain(RecordKind::Nonconformity, plain));
}

TEST_CASE("A mapped import reads renamed columns, ignores the unmapped ones and names the file's columns",
          "[mapping]") {
    Fixture fx;
    const CsvTable table = parse(spreadsheetNcs);
    const ColumnMapping m = ColumnMapping::suggest(RecordKind::Nonconformity, table.header);
    auto report = RecordImporter(fx.w()).import(RecordKind::Nonconformity, table, S("ncs.csv"), m);
    REQUIRE_OK(report);
    CHECK(report->createdIds == QStringList{S("NC-0007"), S("NC-0008")});
    auto nc = fx.w().nonconformities().get(S("NC-0007"));
    REQUIRE_OK(nc);
    CHECK(nc->detectedOn == QDate(2026, 3, 1));
    CHECK(nc->reportedBy == S("Ann"));
    CHECK(nc->responsible == S("Bob"));
    CHECK(nc->severity == Severity::Major);
    CHECK_FALSE(nc->description.contains(S("supplier"))); // "Comments" was ignored
    CHECK(fx.w().nonconformities().get(S("NC-0008"))->detectedOn == QDate(2026, 3, 4));

    // A bad value is reported at the column of the file (2), not at its place after mapping.
    Fixture other;
    const CsvTable bad = parse("Comments,Date raised,Title,Description,Raised by\r\n"
                               "x,soon,T,D,Ann\r\n"
                               "y,2026-03-01,T,D\r\n");
    auto failed =
        RecordImporter(other.w()).import(RecordKind::Nonconformity, bad, S("bad.csv"),
                                         ColumnMapping::suggest(RecordKind::Nonconformity, bad.header));
    REQUIRE_ERROR(failed, ErrorCode::Invalid);
    const QString all = failed.error().describe();
    CHECK(all.contains(S("bad.csv line 2, column 2 (detected_on)")));
    CHECK(all.contains(S("line 3: 4 fields, but the header has 5 columns")));
    CHECK(countOf(other.w(), RecordKind::Nonconformity) == 0);
}

TEST_CASE("A mapping without a required field is refused naming the field", "[mapping]") {
    Fixture fx;
    const CsvTable table = parse("NC No.,Title,Description,Date raised\r\nNC-0001,T,D,2026-03-01\r\n");
    const ColumnMapping m = ColumnMapping::suggest(RecordKind::Nonconformity, table.header);
    const auto problems = m.problems(RecordKind::Nonconformity);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == S("reported_by"));
    CHECK(problems.first().message.contains(S("Reported by")));

    auto failed = RecordImporter(fx.w()).import(RecordKind::Nonconformity, table, S("ncs.csv"), m);
    REQUIRE_ERROR(failed, ErrorCode::Invalid);
    CHECK(hasField(failed.error(), S("reported_by")));
    CHECK(countOf(fx.w(), RecordKind::Nonconformity) == 0);

    // The preview shows the same problem at the header line and writes nothing.
    auto preview = RecordImporter(fx.w()).check(RecordKind::Nonconformity, table, S("ncs.csv"), m);
    REQUIRE_OK(preview);
    REQUIRE(preview->problems.size() == 1);
    CHECK(preview->problems.first().line == 1);
    CHECK(preview->problems.first().field == S("reported_by"));
}

TEST_CASE("Mapping assignments override suggestions, ignore columns and name unknown ones", "[mapping]") {
    const QStringList header{S("Ref"), S("Subject"), S("Notes"), S("Raised by")};
    auto m = ColumnMapping::fromAssignments(RecordKind::Nonconformity, header,
                                            {S("Notes=Description"), S("1=-"), S("raised by = reported_by")});
    REQUIRE_OK(m);
    CHECK(m->targetList() == QStringList{QString(), S("title"), S("description"), S("reported_by")});

    // Two columns for one field: the explicit one wins.
    auto moved = ColumnMapping::fromAssignments(RecordKind::Nonconformity, header, {S("Notes=title")});
    REQUIRE_OK(moved);
    CHECK(moved->target(1).isEmpty());
    CHECK(moved->target(2) == S("title"));

    auto unknownColumn =
        ColumnMapping::fromAssignments(RecordKind::Nonconformity, header, {S("Owner=responsible")});
    REQUIRE_ERROR(unknownColumn, ErrorCode::Invalid);
    CHECK(unknownColumn.error().describe().contains(S("no column \"Owner\"")));
    auto unknownField =
        ColumnMapping::fromAssignments(RecordKind::Nonconformity, header, {S("Notes=colour")});
    REQUIRE_ERROR(unknownField, ErrorCode::Invalid);
    CHECK(unknownField.error().describe().contains(S("\"colour\" is not a field")));

    ColumnMapping twice;
    twice.setTarget(0, S("title"));
    twice.setTarget(1, S("title"));
    bool named = false;
    for (const MappingProblem& p : twice.problems(RecordKind::Nonconformity))
        named = named || (p.field == S("title") && p.column == 2);
    CHECK(named);
}

TEST_CASE("check() finds every problem the import would, previews the rows and writes nothing", "[mapping]") {
    Fixture fx;
    // Line 3 is closed without what closing needs: only the repository's workflow check knows.
    const CsvTable table = parse("NC No.,Date raised,Title,Description,Raised by,Status,Severity\r\n"
                                 ",2026-03-01,Burr,Burr on shaft,Ann,Open,Major\r\n"
                                 ",2026-03-02,Dent,Dent in housing,Ann,Closed,high\r\n");
    const ColumnMapping m = ColumnMapping::suggest(RecordKind::Nonconformity, table.header);
    auto preview = RecordImporter(fx.w()).check(RecordKind::Nonconformity, table, S("ncs.csv"), m);
    REQUIRE_OK(preview);
    CHECK(preview->rowCount == 2);
    REQUIRE(preview->rows.size() == 2);
    CHECK(preview->fields.first() == S("id"));
    const int dateColumn = int(preview->fields.indexOf(S("detected_on")));
    const int severityColumn = int(preview->fields.indexOf(S("severity")));
    CHECK(preview->rows[0].values[0] == S("NC-0001"));
    CHECK(preview->rows[0].values[dateColumn] == S("2026-03-01"));
    CHECK(preview->rows[0].values[severityColumn] == S("major"));
    CHECK(preview->rows[1].values[severityColumn] == S("high")); // unreadable: shown as written
    REQUIRE_FALSE(preview->ok());
    bool severityNamed = false;
    for (const ImportProblem& p : preview->problems)
        severityNamed = severityNamed || (p.line == 3 && p.column == 7 && p.field == S("severity"));
    CHECK(severityNamed);
    CHECK(countOf(fx.w(), RecordKind::Nonconformity) == 0);

    // With the severity fixed, the rows pass the field checks; the closed one fails in the
    // repository (store + rollback), and still nothing is written.
    const CsvTable closed = parse("NC No.,Date raised,Title,Description,Raised by,Status,Severity\r\n"
                                  ",2026-03-01,Burr,Burr on shaft,Ann,Open,Major\r\n"
                                  ",2026-03-02,Dent,Dent in housing,Ann,Closed,Minor\r\n");
    auto second = RecordImporter(fx.w()).check(RecordKind::Nonconformity, closed, S("ncs.csv"), m);
    REQUIRE_OK(second);
    REQUIRE_FALSE(second->ok());
    for (const ImportProblem& p : second->problems)
        CHECK(p.line == 3);
    CHECK(countOf(fx.w(), RecordKind::Nonconformity) == 0);
    auto verified = fx.w().verify();
    REQUIRE_OK(verified);
    CHECK(verified->ok()); // the rolled-back dry run left the audit chain as it was

    // A clean file: no problems, and the import then gives exactly the previewed ids.
    const CsvTable clean = parse("NC No.,Date raised,Title,Description,Raised by\r\n"
                                 ",2026-03-01,Burr,Burr on shaft,Ann\r\n");
    auto ok = RecordImporter(fx.w()).check(RecordKind::Nonconformity, clean, S("ncs.csv"),
                                           ColumnMapping::suggest(RecordKind::Nonconformity, clean.header));
    REQUIRE_OK(ok);
    CHECK(ok->ok());
    CHECK(countOf(fx.w(), RecordKind::Nonconformity) == 0);
    auto imported =
        RecordImporter(fx.w()).import(RecordKind::Nonconformity, clean, S("ncs.csv"),
                                      ColumnMapping::suggest(RecordKind::Nonconformity, clean.header));
    REQUIRE_OK(imported);
    CHECK(imported->createdIds == QStringList{ok->rows.first().values.first()});
    // The audit chain holds after a full dry run (stored, then rolled back) and the real import.
    auto after = fx.w().verify();
    REQUIRE_OK(after);
    CHECK(after->ok());
}

TEST_CASE("check() is refused to auditors and read-only sessions", "[mapping]") {
    Fixture fx;
    fx.addUser(S("audrey"), Role::Auditor);
    const CsvTable table = parse("id,title\r\n,T\r\n");
    auto auditor = fx.openAs(S("audrey"));
    REQUIRE_FALSE(RecordImporter(*auditor).check(RecordKind::Nonconformity, table, S("x.csv")).ok());
    auto review = fx.openAs(S("qm"), OpenMode::ReadOnly);
    REQUIRE_ERROR(RecordImporter(*review).check(RecordKind::Nonconformity, table, S("x.csv")),
                  ErrorCode::ReadOnly);
}

TEST_CASE("Import templates read as they are and import cleanly once filled", "[template]") {
    Fixture fx;
    // Registers in dependency order, each template with its example row.
    for (RecordKind kind : {RecordKind::Process, RecordKind::Document, RecordKind::Nonconformity,
                            RecordKind::CorrectiveAction}) {
        INFO(recordKindKey(kind).toStdString());
        const QStringList header = ImportTemplate::header(kind);
        CHECK(header.first() == S("ID"));
        CHECK(ColumnMapping::suggest(kind, header).isPlain(kind, header));
        CHECK(ColumnMapping::suggest(kind, header).problems(kind).isEmpty());

        const CsvTable empty = parse(ImportTemplate::csv(kind));
        CHECK(empty.rows.isEmpty());
        auto none = RecordImporter(fx.w()).import(kind, empty, ImportTemplate::suggestedFileName(kind));
        REQUIRE_OK(none);
        CHECK(none->createdIds.isEmpty());

        const CsvTable filled = parse(ImportTemplate::csv(kind, true));
        REQUIRE(filled.rows.size() == 1);
        auto one = RecordImporter(fx.w()).import(kind, filled, ImportTemplate::suggestedFileName(kind));
        REQUIRE_OK(one);
        CHECK(one->createdIds.size() == 1);
    }
    CHECK(ImportTemplate::suggestedFileName(RecordKind::CorrectiveAction) ==
          S("corrective-actions-template.csv"));

    const QString path = fx.dir.filePath(S("nc-template.csv"));
    REQUIRE_OK(ImportTemplate::save(RecordKind::Nonconformity, path));
    CHECK(fileBytes(path) == ImportTemplate::csv(RecordKind::Nonconformity));
    REQUIRE_ERROR(ImportTemplate::save(RecordKind::Nonconformity, S("/nonexistent-qmsdesk-folder/x.csv")),
                  ErrorCode::Io);
}

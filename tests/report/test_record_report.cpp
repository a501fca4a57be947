#include "PdfTools.h"
#include "domain/FieldCodec.h"
#include "report/RecordPrintout.h"
#include "report/RecordReport.h"
#include "storage/DemoData.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace qms;
using qms::report::RecordReport;
using qms::test::TempDir;

namespace {

std::unique_ptr<Workspace> demo(const QString& path) {
    auto made = Workspace::create(
        path, {QStringLiteral("Demo Ltd"), QStringLiteral("qm"), QStringLiteral("Quinn Manning")});
    REQUIRE(made.ok());
    REQUIRE(DemoData::generate(**made).ok());
    return std::move(*made);
}

// pdftotext without -layout joins a table's cells in reading order; spaces and breaks are folded
// so that a phrase wrapped across lines still matches.
QString folded(const QString& text) {
    return text.simplified();
}

} // namespace

TEST_CASE(
    "Record report: an audit's report names scope, team, every checklist answer, findings and signature") {
    TempDir dir;
    auto ws = demo(dir.filePath(QStringLiteral("demo.qms")));
    auto audits = ws->records<Audit>().list();
    REQUIRE(audits.ok());
    const Audit* closed = nullptr;
    for (const Audit& a : *audits)
        if (a.status == AuditStatus::Closed && !a.findings.isEmpty())
            closed = &a;
    REQUIRE(closed != nullptr);

    const QString out = dir.filePath(QStringLiteral("audit.pdf"));
    auto written = RecordReport(*ws).write(closed->meta.id, out);
    REQUIRE(written.ok());
    CHECK(written->pages >= 1);
    CHECK(written->title == closed->meta.id + QLatin1Char(' ') + closed->title);
    const QString text = folded(qms::test::pdfText(out));
    CHECK(text.contains(closed->meta.id));
    CHECK(text.contains(folded(closed->title)));
    CHECK(text.contains(closed->leadAuditor));
    for (const QString& clause : closed->clauses)
        CHECK(text.contains(clause));
    // Every question with its evidence, and the count of each result given. Words of narrow table
    // cells interleave in pdftotext's reading order: the cells are checked in the printout itself.
    auto html = report::RecordPrintout(*ws, closed->meta.id).html();
    REQUIRE(html.ok());
    QHash<AuditResult, int> results;
    for (const ChecklistItem& item : closed->checklist) {
        CHECK(html->contains(item.question.toHtmlEscaped()));
        CHECK(html->contains(item.evidence.toHtmlEscaped()));
        ++results[item.result];
    }
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        CHECK(text.contains(QStringLiteral("%1 %2").arg(it.value()).arg(enumLabel(it.key()))));
    // Findings with their nonconformities' titles and states.
    for (const QString& nc : closed->findings) {
        auto n = ws->nonconformities().get(nc);
        REQUIRE(n.ok());
        CHECK(text.contains(nc));
        CHECK(text.contains(folded(n->title).left(25)));
    }
    // The lead auditor's signature on the report.
    auto signatures = ws->signatures().forRecord(closed->meta.id);
    REQUIRE(signatures.ok());
    CHECK(text.contains(QStringLiteral("Electronic signatures")));
    for (const Signature& s : *signatures)
        CHECK(text.contains(signatureMeaningLabel(s.meaning)));
    // No stored table text reaches the paper.
    CHECK_FALSE(text.contains(QStringLiteral(" | ")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK(text.contains(QStringLiteral("Demo Ltd")));
}

TEST_CASE("Record report: a management review's record has its frozen inputs, decisions and minutes") {
    TempDir dir;
    auto ws = demo(dir.filePath(QStringLiteral("demo.qms")));
    auto reviews = ws->records<ManagementReview>().list();
    REQUIRE(reviews.ok());
    const ManagementReview* closed = nullptr;
    for (const ManagementReview& r : *reviews)
        if (r.status == ReviewStatus::Closed)
            closed = &r;
    REQUIRE(closed != nullptr);
    REQUIRE_FALSE(closed->inputs.isEmpty());
    const QString out = dir.filePath(QStringLiteral("review.pdf"));
    auto written = RecordReport(*ws).write(closed->meta.id, out);
    REQUIRE(written.ok());
    const QString text = folded(qms::test::pdfText(out));
    CHECK(text.contains(closed->chair));
    auto html = report::RecordPrintout(*ws, closed->meta.id).html();
    REQUIRE(html.ok());
    for (const ReviewInput& i : closed->inputs) {
        CHECK(html->contains(enumLabel(i.topic).toHtmlEscaped()));
        CHECK(html->contains(i.commentary.toHtmlEscaped()));
    }
    for (const ReviewOutput& o : closed->outputs)
        CHECK(html->contains(o.decision.toHtmlEscaped()));
    CHECK(text.contains(folded(closed->minutes).left(25)));
    // The demo's people have no passwords, so its approvals are unsigned, and the report says so.
    CHECK(text.contains(QStringLiteral("No electronic signatures recorded.")));
}

TEST_CASE("Record report: a signed approval prints who signed, what for and when") {
    TempDir dir;
    auto ws = demo(dir.filePath(QStringLiteral("demo.qms")));
    REQUIRE(ws->users().setPassword(QStringLiteral("qm"), QStringLiteral("quality first 2026")).ok());
    auto docs = ws->documents().list({{QStringLiteral("in_review")}});
    REQUIRE(docs.ok());
    REQUIRE_FALSE(docs->isEmpty());
    Document d = docs->first();
    d.status = DocumentStatus::Released;
    SaveOptions o;
    o.signaturePassword = QStringLiteral("quality first 2026");
    auto released = ws->documents().save(d, o);
    INFO((released.ok() ? std::string() : released.error().describe().toStdString()));
    REQUIRE(released.ok());
    const QString out = dir.filePath(QStringLiteral("doc.pdf"));
    REQUIRE(RecordReport(*ws).write(d.meta.id, out).ok());
    const QString text = folded(qms::test::pdfText(out));
    CHECK(text.contains(QStringLiteral("Electronic signatures")));
    CHECK(text.contains(signatureMeaningLabel(SignatureMeaning::DocumentRelease)));
    CHECK(text.contains(QStringLiteral("Quinn Manning (qm)")));
    CHECK(text.contains(QStringLiteral("revision")));
}

TEST_CASE("Record report: an unknown record or an unwritable path is an error and leaves no file") {
    TempDir dir;
    auto ws = demo(dir.filePath(QStringLiteral("demo.qms")));
    const QString out = dir.filePath(QStringLiteral("none.pdf"));
    auto unknown = RecordReport(*ws).write(QStringLiteral("AUD-9999"), out);
    CHECK_FALSE(unknown.ok());
    CHECK_FALSE(QFile::exists(out));
    // TempDir::filePath would make the folders: the path is built by hand.
    auto badPath = RecordReport(*ws).write(QStringLiteral("AUD-0001"),
                                           dir.path() + QStringLiteral("/no/such/dir/a.pdf"));
    REQUIRE_FALSE(badPath.ok());
    CHECK(badPath.error().describe().contains(QStringLiteral("no/such/dir")));

    // An existing file is replaced only by a complete report.
    QFile keep(out);
    REQUIRE(keep.open(QIODevice::WriteOnly));
    keep.write("old");
    keep.close();
    CHECK_FALSE(RecordReport(*ws).write(QStringLiteral("MR-9999"), out).ok());
    QFile again(out);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == QByteArray("old"));
}

TEST_CASE("CLI report: writes a record's PDF read-only, and names what is wrong") {
    TempDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.qms"));
    demo(db).reset();
    auto run = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(QMSDESK_CLI_PATH), args);
        p.waitForFinished(120000);
        return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
    };
    const QString out = dir.filePath(QStringLiteral("aud.pdf"));
    auto [rc, stdOut, stdErr] = run({QStringLiteral("--db"), db, QStringLiteral("report"),
                                     QStringLiteral("aud-0001"), QStringLiteral("-o"), out});
    INFO(stdErr.toStdString());
    CHECK(rc == 0);
    CHECK(stdOut.contains(QStringLiteral("Wrote")));
    CHECK(stdOut.contains(QStringLiteral("AUD-0001")));
    CHECK(qms::test::pdfText(out).contains(QStringLiteral("AUD-0001")));
    std::tie(rc, stdOut, stdErr) =
        run({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("AUD-0001")});
    CHECK(rc == 2);
    CHECK(stdErr.contains(QStringLiteral("-o OUT.pdf")));
    std::tie(rc, stdOut, stdErr) = run({QStringLiteral("--db"), db, QStringLiteral("report"),
                                        QStringLiteral("NC-99999"), QStringLiteral("-o"), out});
    CHECK(rc != 0);
    CHECK(stdErr.contains(QStringLiteral("NC-99999")));
}

// Clause coverage counted from record links, and files kept inside the database.

#include "StorageTestSupport.h"
#include "domain/Workflow.h"
#include "storage/AttachmentStore.h"
#include "storage/ClauseRepository.h"

#include <QElapsedTimer>

using namespace qms;
using namespace qms::test;

namespace {

QHash<QString, ClauseCoverage> coverageOf(Workspace& ws) {
    auto rows = ws.clauses().coverage();
    REQUIRE_OK(rows);
    QHash<QString, ClauseCoverage> out;
    for (const ClauseCoverage& c : *rows)
        out.insert(c.clause, c);
    return out;
}

} // namespace

TEST_CASE("Coverage: records count for their clause and its ancestors, once each") {
    Fixture f;
    Workspace& ws = f.w();
    const ClauseCatalogue& cat = ws.catalogue();
    REQUIRE(cat.contains(QStringLiteral("8.7.1")));
    REQUIRE(cat.contains(QStringLiteral("8.7.2")));

    Nonconformity both = sampleNc(ws, QStringLiteral("Both subclauses"));
    both.clauses = {QStringLiteral("8.7.1"), QStringLiteral("8.7.2")};
    REQUIRE_OK(ws.nonconformities().create(both));
    Nonconformity one = sampleNc(ws, QStringLiteral("One subclause"));
    one.clauses = {QStringLiteral("8.7.1")};
    REQUIRE_OK(ws.nonconformities().create(one));
    Document doc = sampleDoc();
    doc.clauses = {QStringLiteral("7.5.3")};
    REQUIRE_OK(ws.documents().create(doc));
    Process p = sampleProcess();
    p.clauses = {QStringLiteral("8.5.1")};
    REQUIRE_OK(ws.processes().create(p));
    CorrectiveAction ca = sampleCa(ws);
    ca.clauses = {QStringLiteral("10.2")};
    REQUIRE_OK(ws.actions().create(ca));

    auto cov = coverageOf(ws);
    CHECK(cov[QStringLiteral("8.7.1")].count(RecordKind::Nonconformity) == 2);
    CHECK(cov[QStringLiteral("8.7.2")].count(RecordKind::Nonconformity) == 1);
    CHECK(cov[QStringLiteral("8.7")].count(RecordKind::Nonconformity) == 2);
    CHECK(cov[QStringLiteral("8")].count(RecordKind::Nonconformity) == 2);
    CHECK(cov[QStringLiteral("8")].count(RecordKind::Process) == 1);
    CHECK(cov[QStringLiteral("8")].total() == 3);
    CHECK(cov[QStringLiteral("7.5.3")].count(RecordKind::Document) == 1);
    CHECK(cov[QStringLiteral("7")].count(RecordKind::Document) == 1);
    CHECK(cov[QStringLiteral("10")].count(RecordKind::CorrectiveAction) == 1);
    // Open NCs are findings against 8.7, not evidence that it is met.
    CHECK(cov[QStringLiteral("8.7")].status() == CoverageStatus::Gap);
    CHECK(cov[QStringLiteral("8.7")].openFindings == 2);
    CHECK(cov[QStringLiteral("8.5.1")].status() == CoverageStatus::Covered); // an active process
    CHECK(cov[QStringLiteral("9.2")].status() == CoverageStatus::Gap);
    CHECK(cov[QStringLiteral("9.2")].total() == 0);
    CHECK(cov.size() == cat.clauses().size());

    auto linked = ws.clauses().linkedRecords(QStringLiteral("8.7"));
    REQUIRE_OK(linked);
    REQUIRE(linked->size() == 2);
    CHECK(linked->at(0).recordId == QStringLiteral("NC-0001"));
    CHECK(linked->at(1).recordId == QStringLiteral("NC-0002"));
    CHECK(linked->at(0).role == ClauseRole::OpenFinding);
    // "8.1" must not pick up "8.10" style neighbours, nor "8" pick up "80".
    auto none = ws.clauses().linkedRecords(QStringLiteral("8.7.1.9"));
    REQUIRE_OK(none);
    CHECK(none->isEmpty());

    RecordFilter byClause;
    byClause.clause = QStringLiteral("8.7");
    auto ncs = ws.nonconformities().list(byClause);
    REQUIRE_OK(ncs);
    CHECK(ncs->size() == 2);
}

TEST_CASE("Coverage: what counts as evidence, what is stale and what is a finding, by the declarations") {
    Fixture f;
    Workspace& ws = f.w();
    // A document is evidence once a revision is in force, and stale once overdue for review.
    Document doc = sampleDoc();
    doc.clauses = {QStringLiteral("7.5.3.1")};
    auto draft = ws.documents().create(doc);
    REQUIRE_OK(draft);
    CHECK(coverageOf(ws)[QStringLiteral("7.5.3.1")].status() == CoverageStatus::Gap);
    CHECK(coverageOf(ws)[QStringLiteral("7.5.3.1")].count(RecordKind::Document) == 1);
    Document review = *draft;
    review.status = DocumentStatus::InReview;
    auto inReview = ws.documents().save(review);
    REQUIRE_OK(inReview);
    Document release = *inReview;
    release.status = DocumentStatus::Released;
    auto released = ws.documents().save(release);
    REQUIRE_OK(released);
    auto cov = coverageOf(ws);
    CHECK(cov[QStringLiteral("7.5.3.1")].status() == CoverageStatus::Covered);
    CHECK(cov[QStringLiteral("7.5.3")].evidence == 1);
    CHECK(cov[QStringLiteral("7.5")].status() == CoverageStatus::Covered);

    // A major and a minor open NC on the same clause: covered with findings, the worst named.
    Nonconformity major = sampleNc(ws, QStringLiteral("Uncontrolled copy on the shop floor"));
    major.severity = Severity::Major;
    major.clauses = {QStringLiteral("7.5.3.1")};
    auto savedMajor = ws.nonconformities().create(major);
    REQUIRE_OK(savedMajor);
    Nonconformity minor = sampleNc(ws, QStringLiteral("Old revision in a binder"));
    minor.severity = Severity::Minor;
    minor.clauses = {QStringLiteral("7.5.3.2")};
    REQUIRE_OK(ws.nonconformities().create(minor));
    cov = coverageOf(ws);
    const ClauseCoverage& leaf = cov[QStringLiteral("7.5.3.1")];
    CHECK(leaf.status() == CoverageStatus::CoveredWithFindings);
    CHECK(leaf.openFindings == 1);
    CHECK(leaf.findingsText() == QStringLiteral("1 open finding, worst: Major"));
    CHECK(cov[QStringLiteral("7.5.3.2")].status() == CoverageStatus::Gap); // a finding alone
    CHECK(cov[QStringLiteral("7.5.3")].openFindings == 2);
    CHECK(cov[QStringLiteral("7.5.3")].worstFinding == QStringLiteral("major"));
    auto summary = ws.clauses().summary();
    REQUIRE_OK(summary);
    const CoverageSummary fromRows = summarise(*ws.clauses().coverage(), ws.catalogue());
    CHECK(summary->coveredLeaves == 1);
    CHECK(summary->withFindingsLeaves == 1);
    CHECK(summary->coveredLeaves == fromRows.coveredLeaves);
    CHECK(summary->withFindingsLeaves == fromRows.withFindingsLeaves);
    CHECK(summary->gapLeaves() == fromRows.gapLeaves());

    auto linked = ws.clauses().linkedRecords(QStringLiteral("7.5.3"));
    REQUIRE_OK(linked);
    QHash<QString, ClauseRole> roles;
    for (const ClauseLink& l : *linked)
        roles.insert(l.recordId, l.role);
    CHECK(roles.value(released->meta.id) == ClauseRole::Evidence);
    CHECK(roles.value(savedMajor->meta.id) == ClauseRole::OpenFinding);

    // Closing the major NC removes the finding; the record stays linked.
    Nonconformity closing = *savedMajor;
    closing.status = NcStatus::Cancelled;
    REQUIRE_OK(ws.nonconformities().save(closing, [] {
        SaveOptions o;
        o.reason = QStringLiteral("Raised twice");
        return o;
    }()));
    cov = coverageOf(ws);
    CHECK(cov[QStringLiteral("7.5.3.1")].status() == CoverageStatus::Covered);
    CHECK(cov[QStringLiteral("7.5.3")].worstFinding == QStringLiteral("minor"));

    // Thirteen months on, the released document is overdue for review: the evidence is stale.
    f.clock->set(f.clock->nowUtc().addMonths(13));
    cov = coverageOf(ws);
    CHECK(cov[QStringLiteral("7.5.3.1")].status() == CoverageStatus::Stale);
    CHECK(cov[QStringLiteral("7.5.3.1")].staleEvidence == 1);
    summary = ws.clauses().summary();
    REQUIRE_OK(summary);
    CHECK(summary->coveredLeaves == 0);
    CHECK(summary->staleLeaves == 1);
    linked = ws.clauses().linkedRecords(QStringLiteral("7.5.3.1"));
    REQUIRE_OK(linked);
    CHECK(linked->value(0).role == ClauseRole::StaleEvidence);
    CHECK(linked->value(1).role == ClauseRole::Withdrawn); // the cancelled NC: listed, not counted
}

TEST_CASE("Coverage: obsolete, retired and cancelled records are not evidence") {
    Fixture f;
    Workspace& ws = f.w();
    Nonconformity nc = sampleNc(ws);
    nc.clauses = {QStringLiteral("8.7.1")};
    auto savedNc = ws.nonconformities().create(nc);
    REQUIRE_OK(savedNc);
    Document doc = sampleDoc();
    doc.clauses = {QStringLiteral("7.5.3")};
    auto savedDoc = ws.documents().create(doc);
    REQUIRE_OK(savedDoc);
    Process p = sampleProcess();
    p.clauses = {QStringLiteral("8.5.1")};
    auto savedP = ws.processes().create(p);
    REQUIRE_OK(savedP);
    CorrectiveAction ca = sampleCa(ws);
    ca.clauses = {QStringLiteral("10.2")};
    auto savedCa = ws.actions().create(ca);
    REQUIRE_OK(savedCa);
    CHECK(coverageOf(ws)[QStringLiteral("8.7.1")].count(RecordKind::Nonconformity) == 1);

    SaveOptions why;
    why.reason = QStringLiteral("Not needed any more");
    Nonconformity cancelled = *savedNc;
    cancelled.status = NcStatus::Cancelled;
    REQUIRE_OK(ws.nonconformities().save(cancelled, why));
    Document withdrawn = *savedDoc;
    withdrawn.status = DocumentStatus::Obsolete;
    REQUIRE_OK(ws.documents().save(withdrawn, why));
    Process retired = *savedP;
    retired.active = false;
    REQUIRE_OK(ws.processes().save(retired));
    CorrectiveAction dropped = *savedCa;
    dropped.status = CaStatus::Cancelled;
    REQUIRE_OK(ws.actions().save(dropped, why));

    auto cov = coverageOf(ws);
    for (const char* clause : {"8.7.1", "8", "7.5.3", "7", "8.5.1", "10.2", "10"}) {
        INFO(clause);
        CHECK(cov[QString::fromLatin1(clause)].total() == 0);
    }
}

TEST_CASE("Coverage: not-applicable clauses and their children, gaps and the summary") {
    Fixture f;
    Workspace& ws = f.w();
    const ClauseCatalogue& cat = ws.catalogue();
    REQUIRE_ERROR(ws.clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("  ")),
                  ErrorCode::Invalid);
    REQUIRE_ERROR(ws.clauses().setApplicability(QStringLiteral("42.1"), false, QStringLiteral("x")),
                  ErrorCode::NotFound);
    REQUIRE_OK(ws.clauses().setApplicability(QStringLiteral("8.3"), false,
                                             QStringLiteral("We build to customer drawings")));

    Process p = sampleProcess(); // active: evidence for its clauses
    p.clauses = {QStringLiteral("8.7.1")};
    REQUIRE_OK(ws.processes().create(p));

    auto rows = ws.clauses().coverage();
    REQUIRE_OK(rows);
    QHash<QString, ClauseCoverage> cov;
    for (const ClauseCoverage& c : *rows)
        cov.insert(c.clause, c);
    CHECK(cov[QStringLiteral("8.3")].status() == CoverageStatus::NotApplicable);
    CHECK(cov[QStringLiteral("8.3")].justification == QStringLiteral("We build to customer drawings"));
    const QStringList children = cat.childrenOf(QStringLiteral("8.3"));
    REQUIRE_FALSE(children.isEmpty());
    for (const QString& child : children) {
        INFO(child.toStdString());
        CHECK(cov[child].status() == CoverageStatus::NotApplicable);
        CHECK(cov[child].justification.contains(QStringLiteral("8.3")));
    }
    CHECK(cov[QStringLiteral("8.2.1")].status() == CoverageStatus::Gap);
    CHECK(cov[QStringLiteral("8.7.1")].status() == CoverageStatus::Covered);

    int leaves = 0, notApplicable = 0, covered = 0;
    for (const Clause& c : cat.clauses()) {
        if (!cat.isLeaf(c.number))
            continue;
        ++leaves;
        if (cat.isSelfOrDescendant(c.number, QStringLiteral("8.3")))
            ++notApplicable;
        else if (c.number == QLatin1String("8.7.1"))
            ++covered;
    }
    const CoverageSummary summary = summarise(*rows, cat);
    CHECK(summary.notApplicableLeaves == notApplicable);
    CHECK(summary.applicableLeaves == leaves - notApplicable);
    CHECK(summary.coveredLeaves == covered);
    CHECK(summary.percent() == Approx(100.0 * covered / (leaves - notApplicable)));

    // Applicable again: the children follow and the justification is gone.
    REQUIRE_OK(ws.clauses().setApplicability(QStringLiteral("8.3"), true, {}));
    auto again = coverageOf(ws);
    CHECK(again[QStringLiteral("8.3")].status() == CoverageStatus::Gap);
    CHECK(again[QStringLiteral("8.3")].justification.isEmpty());
    CHECK(again[children.first()].status() == CoverageStatus::Gap);
    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

TEST_CASE("Attachments: empty, oversized, missing and non-file paths are refused") {
    Fixture f;
    Workspace& ws = f.w();
    const ChainHead head = auditHead(ws);

    const QString empty = f.dir.writeFile(QStringLiteral("empty.pdf"), QByteArray());
    auto e = ws.attachments().add(empty);
    REQUIRE_ERROR(e, ErrorCode::Invalid);
    CHECK(e.error().message.contains(QStringLiteral("empty")));

    // A sparse file just over the limit: refused from its size, before anything is read.
    const QString huge = f.dir.filePath(QStringLiteral("huge.iso"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(AttachmentStore::MaxBytes + 1));
    }
    QElapsedTimer timer;
    timer.start();
    auto big = ws.attachments().add(huge);
    REQUIRE_ERROR(big, ErrorCode::Invalid);
    CHECK(big.error().message.contains(QStringLiteral("huge.iso")));
    CHECK(big.error().message.contains(QStringLiteral("limit")));
    CHECK(timer.elapsed() < 2000);
    REQUIRE_ERROR(ws.attachments().addData(QStringLiteral("big.bin"), QByteArray()), ErrorCode::Invalid);

    const QString missing = f.dir.path() + QStringLiteral("/nowhere/scan.pdf");
    auto m = ws.attachments().add(missing);
    REQUIRE_ERROR(m, ErrorCode::NotFound);
    CHECK(m.error().message.contains(QDir::toNativeSeparators(missing)));

    const QString folder = f.dir.mkdir(QStringLiteral("a-folder"));
    auto d = ws.attachments().add(folder);
    REQUIRE_ERROR(d, ErrorCode::Io);
    CHECK(d.error().message.contains(QStringLiteral("a-folder")));

    const QString unreadable = f.dir.writeFile(QStringLiteral("secret.txt"), "secret");
    QFile::setPermissions(unreadable, QFileDevice::WriteOwner);
    if (!QFile(unreadable).open(QIODevice::ReadOnly)) {
        auto u = ws.attachments().add(unreadable);
        REQUIRE_ERROR(u, ErrorCode::Io);
        CHECK(u.error().message.contains(QStringLiteral("secret.txt")));
    } else {
        WARN("running as root: permission bits do not stop reading; unreadable-file case skipped");
    }
    CHECK(auditHead(ws).seq == head.seq);
}

TEST_CASE("Attachments: bytes round-trip with their SHA-256 and attach to draft revisions only") {
    Fixture f;
    Workspace& ws = f.w();
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 7));
    const QString path = f.dir.writeFile(QStringLiteral("drawing.bin"), bytes);
    auto info = ws.attachments().add(path);
    REQUIRE_OK(info);
    CHECK(info->fileName == QStringLiteral("drawing.bin"));
    CHECK(info->size == bytes.size());
    CHECK(info->sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    auto back = ws.attachments().data(info->id);
    REQUIRE_OK(back);
    CHECK(*back == bytes);
    auto stored = ws.attachments().info(info->id);
    REQUIRE_OK(stored);
    CHECK(*stored == *info);
    const QString out = f.dir.filePath(QStringLiteral("out/drawing-copy.bin"));
    REQUIRE_OK(ws.attachments().saveTo(info->id, out));
    CHECK(fileBytes(out) == bytes);
    REQUIRE_ERROR(ws.attachments().data(9999), ErrorCode::NotFound);

    auto doc = ws.documents().create(sampleDoc());
    REQUIRE_OK(doc);
    const QString pdf = f.dir.writeFile(QStringLiteral("procedure.pdf"), "%PDF-1.4 procedure text");
    auto attached = ws.attachments().attachToCurrentRevision(*doc, pdf);
    REQUIRE_OK(attached);
    REQUIRE(attached->revisions.size() == 1);
    CHECK(attached->revisions[0].attachment.fileName == QStringLiteral("procedure.pdf"));
    CHECK(ws.documents().get(doc->meta.id)->revisions[0].attachment == attached->revisions[0].attachment);

    Document review = *attached;
    review.status = DocumentStatus::InReview;
    auto inReview = ws.documents().save(review);
    REQUIRE_OK(inReview);
    const ChainHead head = auditHead(ws);
    auto refused = ws.attachments().attachToCurrentRevision(*inReview, pdf);
    REQUIRE_ERROR(refused, ErrorCode::WorkflowRefused);
    CHECK(refused.error().message.contains(doc->meta.id));
    CHECK(auditHead(ws).seq == head.seq);

    Document release = *inReview;
    release.status = DocumentStatus::Released;
    auto released = ws.documents().save(release);
    REQUIRE_OK(released);
    REQUIRE_ERROR(ws.attachments().attachToCurrentRevision(*released, pdf), ErrorCode::WorkflowRefused);

    // A new revision is a draft again and takes its own file; A keeps its own.
    Document next = *released;
    REQUIRE_OK(DocumentWorkflow::startRevision(next, {}, QStringLiteral("Reworded"), QStringLiteral("qm"),
                                               ws.clock().today()));
    auto revised = ws.documents().save(next);
    REQUIRE_OK(revised);
    const QString pdfB = f.dir.writeFile(QStringLiteral("procedure-b.pdf"), "%PDF-1.4 procedure text B");
    auto attachedB = ws.attachments().attachToCurrentRevision(*revised, pdfB);
    REQUIRE_OK(attachedB);
    REQUIRE(attachedB->revisions.size() == 2);
    CHECK(attachedB->revisions[0].attachment.fileName == QStringLiteral("procedure.pdf"));
    CHECK(attachedB->revisions[1].attachment.fileName == QStringLiteral("procedure-b.pdf"));
    CHECK(attachedB->effectiveRevision == QStringLiteral("A"));

    // A stale document is refused and the file it brought is not left behind.
    const qint64 before =
        RawDb(f.path, true).scalar(QStringLiteral("SELECT count(*) FROM attachments")).toLongLong();
    REQUIRE_ERROR(ws.attachments().attachToCurrentRevision(*revised, pdfB), ErrorCode::Conflict);
    CHECK(RawDb(f.path, true).scalar(QStringLiteral("SELECT count(*) FROM attachments")).toLongLong() ==
          before);

    const VerifyReport r = verified(ws);
    INFO(problemText(r));
    CHECK(r.ok());
}

#include "DomainTestSupport.h"
#include "domain/Workflow.h"

#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::test;

namespace {

Document draftDoc() {
    Document d;
    d.meta.id = QStringLiteral("DOC-0003");
    d.title = QStringLiteral("Control of documented information");
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("olga");
    d.revision = QStringLiteral("A");
    DocumentRevision a;
    a.label = QStringLiteral("A");
    a.changeSummary = QStringLiteral("First issue");
    a.author = QStringLiteral("olga");
    a.date = day(2026, 3, 1);
    d.revisions = {a};
    d.status = DocumentStatus::Draft;
    d.reviewIntervalMonths = 12;
    return d;
}

Status move(Document d, DocumentStatus from, DocumentStatus to) {
    d.status = to;
    return DocumentWorkflow::check(d, from);
}

// Draft -> In review -> Released, asserting every step is allowed.
void release(Document& d, const QDateTime& now, const QString& approver) {
    d.status = DocumentStatus::InReview;
    REQUIRE(DocumentWorkflow::check(d, DocumentStatus::Draft).ok());
    DocumentWorkflow::applyDerived(d, DocumentStatus::Draft, now, approver);
    d.status = DocumentStatus::Released;
    REQUIRE(DocumentWorkflow::check(d, DocumentStatus::InReview).ok());
    DocumentWorkflow::applyDerived(d, DocumentStatus::InReview, now, approver);
}

QList<DocumentStatus> targets(DocumentStatus from) {
    QList<DocumentStatus> out;
    for (const auto& s : DocumentWorkflow::steps(from))
        out << s.target;
    return out;
}

} // namespace

TEST_CASE("Document workflow offers the documented steps", "[workflow][document]") {
    using S = DocumentStatus;
    CHECK(targets(S::Draft) == QList<S>{S::InReview, S::Obsolete});
    CHECK(targets(S::InReview) == QList<S>{S::Released, S::Draft});
    CHECK(targets(S::Released) == QList<S>{S::Obsolete});
    CHECK(targets(S::Obsolete).isEmpty());

    CHECK_FALSE(DocumentWorkflow::needsReason(S::Draft, S::InReview));
    CHECK_FALSE(DocumentWorkflow::needsReason(S::InReview, S::Released));
    CHECK(DocumentWorkflow::needsReason(S::InReview, S::Draft));
    CHECK(DocumentWorkflow::needsReason(S::Released, S::Obsolete));
    CHECK(DocumentWorkflow::needsReason(S::Draft, S::Obsolete));
}

TEST_CASE("Document review needs a revision with a change summary", "[workflow][document]") {
    SECTION("complete draft") {
        CHECK(move(draftDoc(), DocumentStatus::Draft, DocumentStatus::InReview).ok());
    }
    SECTION("no revision entry for the label") {
        Document d = draftDoc();
        d.revisions.clear();
        const Status s = move(d, DocumentStatus::Draft, DocumentStatus::InReview);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::WorkflowRefused);
        CHECK(fieldNames(s.error().fields) == QStringList{QStringLiteral("revisions")});
        CHECK(s.error().fields.first().message.contains(QStringLiteral("revision A")));
    }
    SECTION("blank change summary") {
        Document d = draftDoc();
        d.revisions[0].changeSummary = QStringLiteral("  ");
        const Status s = move(d, DocumentStatus::Draft, DocumentStatus::InReview);
        REQUIRE_FALSE(s.ok());
        CHECK(hasField(s.error().fields, QStringLiteral("revisions")));
    }
    SECTION("no revision label") {
        Document d = draftDoc();
        d.revision.clear();
        const Status s = move(d, DocumentStatus::Draft, DocumentStatus::InReview);
        REQUIRE_FALSE(s.ok());
        CHECK(hasField(s.error().fields, QStringLiteral("revision")));
        CHECK(hasField(s.error().fields, QStringLiteral("revisions")));
    }
}

TEST_CASE("Document cannot skip review", "[workflow][document]") {
    const Status s = move(draftDoc(), DocumentStatus::Draft, DocumentStatus::Released);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::WorkflowRefused);
    CHECK(s.error().message == QStringLiteral("Draft cannot go to Released directly."));

    Document obsolete = draftDoc();
    obsolete.obsoleteReason = QStringLiteral("Replaced");
    for (DocumentStatus to : enumValues<DocumentStatus>())
        if (to != DocumentStatus::Obsolete)
            CHECK_FALSE(move(obsolete, DocumentStatus::Obsolete, to).ok());
    CHECK_FALSE(move(obsolete, DocumentStatus::Released, DocumentStatus::Draft).ok());
    CHECK_FALSE(move(obsolete, DocumentStatus::Released, DocumentStatus::InReview).ok());
}

TEST_CASE("Document release sets effective revision, approver and next review", "[workflow][document]") {
    Document d = draftDoc();
    const QDateTime now = utc(2026, 3, 10, 12, 30);
    const QDate localToday = now.toLocalTime().date();

    SECTION("12 month interval") {
        release(d, now, QStringLiteral("quentin"));
        CHECK(d.status == DocumentStatus::Released);
        CHECK(d.effectiveRevision == QStringLiteral("A"));
        CHECK(d.approvedBy == QStringLiteral("quentin"));
        CHECK(d.releasedAt == now);
        CHECK(d.nextReview == localToday.addMonths(12));
        CHECK(d.nextReview == day(2027, 3, 10));
        REQUIRE(d.currentRevision() != nullptr);
        CHECK(d.currentRevision()->approvedBy == QStringLiteral("quentin"));
        CHECK(d.currentRevision()->releasedAt == now);
    }
    SECTION("6 month interval") {
        d.reviewIntervalMonths = 6;
        release(d, now, QStringLiteral("quentin"));
        CHECK(d.nextReview == localToday.addMonths(6));
    }
    SECTION("review stays unreleased before approval") {
        d.status = DocumentStatus::InReview;
        DocumentWorkflow::applyDerived(d, DocumentStatus::Draft, now, QStringLiteral("quentin"));
        CHECK(d.effectiveRevision.isEmpty());
        CHECK(d.approvedBy.isEmpty());
        CHECK_FALSE(d.nextReview.isValid());
    }
}

TEST_CASE("Document startRevision keeps the released revision effective", "[workflow][document]") {
    Document d = draftDoc();
    release(d, utc(2026, 3, 10), QStringLiteral("quentin"));

    const Status s = DocumentWorkflow::startRevision(d, QString(), QStringLiteral("  Clarify scope  "),
                                                     QStringLiteral("olga"), day(2026, 6, 1));
    REQUIRE(s.ok());
    CHECK(d.status == DocumentStatus::Draft);
    CHECK(d.revision == QStringLiteral("B"));
    CHECK(d.effectiveRevision == QStringLiteral("A"));
    CHECK(d.approvedBy == QStringLiteral("quentin"));
    REQUIRE(d.revisions.size() == 2);
    CHECK(d.revisions[0].label == QStringLiteral("A"));
    CHECK(d.revisions[0].approvedBy == QStringLiteral("quentin"));
    const DocumentRevision& b = d.revisions[1];
    CHECK(b.label == QStringLiteral("B"));
    CHECK(b.changeSummary == QStringLiteral("Clarify scope"));
    CHECK(b.author == QStringLiteral("olga"));
    CHECK(b.date == day(2026, 6, 1));
    CHECK(b.approvedBy.isEmpty());
    CHECK_FALSE(b.releasedAt.isValid());
    CHECK(d.currentRevision() == &d.revisions[1]);

    // Releasing B makes it the effective one.
    release(d, utc(2026, 6, 15), QStringLiteral("quentin"));
    CHECK(d.effectiveRevision == QStringLiteral("B"));
    CHECK(d.nextReview == utc(2026, 6, 15).toLocalTime().date().addMonths(12));

    SECTION("an explicit label is used as given") {
        REQUIRE(DocumentWorkflow::startRevision(d, QStringLiteral(" D "), QStringLiteral("Skip C"),
                                                QStringLiteral("olga"), day(2026, 7, 1))
                    .ok());
        CHECK(d.revision == QStringLiteral("D"));
        CHECK(d.revisions.last().label == QStringLiteral("D"));
    }
}

TEST_CASE("Document startRevision is refused unless released", "[workflow][document]") {
    for (DocumentStatus status :
         {DocumentStatus::Draft, DocumentStatus::InReview, DocumentStatus::Obsolete}) {
        INFO(enumKey(status).toStdString());
        Document d = draftDoc();
        d.status = status;
        const Document before = d;
        const Status s = DocumentWorkflow::startRevision(d, QString(), QStringLiteral("Change"),
                                                         QStringLiteral("olga"), day(2026, 6, 1));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::WorkflowRefused);
        CHECK(s.error().message.contains(QStringLiteral("DOC-0003")));
        CHECK(s.error().message.contains(enumLabel(status)));
        CHECK(d.revision == before.revision);
        CHECK(d.revisions == before.revisions);
        CHECK(d.status == before.status);
    }
}

TEST_CASE("Document startRevision checks label and summary", "[workflow][document]") {
    Document d = draftDoc();
    release(d, utc(2026, 3, 10), QStringLiteral("quentin"));
    const Document before = d;

    SECTION("existing label, any case") {
        const Status s = DocumentWorkflow::startRevision(d, QStringLiteral("a"), QStringLiteral("Change"),
                                                         QStringLiteral("olga"), day(2026, 6, 1));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Invalid);
        CHECK(fieldNames(s.error().fields) == QStringList{QStringLiteral("revision")});
    }
    SECTION("missing summary") {
        const Status s = DocumentWorkflow::startRevision(d, QString(), QStringLiteral(" "),
                                                         QStringLiteral("olga"), day(2026, 6, 1));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Invalid);
        CHECK(fieldNames(s.error().fields) == QStringList{QStringLiteral("revisions")});
    }
    SECTION("both at once") {
        const Status s = DocumentWorkflow::startRevision(d, QStringLiteral("A"), QString(),
                                                         QStringLiteral("olga"), day(2026, 6, 1));
        REQUIRE_FALSE(s.ok());
        CHECK(fieldNames(s.error().fields) ==
              QStringList{QStringLiteral("revision"), QStringLiteral("revisions")});
    }
    CHECK(d.status == DocumentStatus::Released);
    CHECK(d.revisions == before.revisions);
    CHECK(d.revision == QStringLiteral("A"));
}

TEST_CASE("Document nextRevisionLabel", "[workflow][document]") {
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("A")) == QStringLiteral("B"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("b")) == QStringLiteral("c"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("1")) == QStringLiteral("2"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("9")) == QStringLiteral("10"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("1.3")) == QStringLiteral("1.4"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("2.9")) == QStringLiteral("2.10"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("B.1")) == QStringLiteral("B.2"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral(" C ")) == QStringLiteral("D"));
    CHECK(DocumentWorkflow::nextRevisionLabel(QString()) == QStringLiteral("A"));
    // No obvious successor: a suffix keeps it unique.
    CHECK(DocumentWorkflow::nextRevisionLabel(QStringLiteral("Z")) == QStringLiteral("Z-1"));
}

TEST_CASE("Document obsolete needs a reason", "[workflow][document]") {
    Document d = draftDoc();
    release(d, utc(2026, 3, 10), QStringLiteral("quentin"));

    const Status refused = move(d, DocumentStatus::Released, DocumentStatus::Obsolete);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldNames(refused.error().fields) == QStringList{QStringLiteral("obsolete_reason")});

    d.obsoleteReason = QStringLiteral("Replaced by DOC-0009");
    CHECK(move(d, DocumentStatus::Released, DocumentStatus::Obsolete).ok());

    Document draft = draftDoc();
    CHECK_FALSE(move(draft, DocumentStatus::Draft, DocumentStatus::Obsolete).ok());
    draft.obsoleteReason = QStringLiteral("Never needed");
    CHECK(move(draft, DocumentStatus::Draft, DocumentStatus::Obsolete).ok());
}

TEST_CASE("Document review due and overdue", "[workflow][document]") {
    Document d = draftDoc();
    release(d, utc(2026, 3, 10), QStringLiteral("quentin"));
    d.nextReview = day(2027, 3, 10);

    CHECK_FALSE(d.isReviewOverdue(day(2027, 3, 10)));
    CHECK(d.isReviewOverdue(day(2027, 3, 11)));
    CHECK(d.isReviewDueWithin(day(2027, 2, 10), 30));
    CHECK_FALSE(d.isReviewDueWithin(day(2027, 1, 1), 30));

    // A new draft revision does not stop the effective revision from being overdue.
    REQUIRE(DocumentWorkflow::startRevision(d, QString(), QStringLiteral("Update"), QStringLiteral("olga"),
                                            day(2027, 3, 1))
                .ok());
    CHECK(d.isReviewOverdue(day(2027, 3, 11)));

    d.status = DocumentStatus::Obsolete;
    CHECK_FALSE(d.isReviewOverdue(day(2027, 3, 11)));
    CHECK_FALSE(d.isReviewDueWithin(day(2027, 3, 11), 30));

    Document neverReleased = draftDoc();
    neverReleased.nextReview = day(2026, 1, 1);
    CHECK_FALSE(neverReleased.isReviewOverdue(day(2027, 1, 1)));
}

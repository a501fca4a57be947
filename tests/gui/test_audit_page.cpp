#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailPage.h"
#include "domain/Clock.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::gui;
using qms::test::TempDir;

namespace {

struct AuditFixture {
    TempDir dir;
    QString path = dir.filePath(QStringLiteral("audit.qms"));
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    std::unique_ptr<Workspace> ws;

    AuditFixture() {
        auto created = Workspace::create(
            path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn")}, clock);
        REQUIRE(created.ok());
        ws = std::move(*created);
        for (int i = 1; i <= 3; ++i) {
            clock->advanceSecs(3600);
            Nonconformity n;
            n.title = QStringLiteral("Finding %1").arg(i);
            n.description = QStringLiteral("Something found %1").arg(i);
            n.detectedOn = QDate(2026, 11, 20);
            n.reportedBy = QStringLiteral("qm");
            auto saved = ws->nonconformities().create(n);
            INFO((saved ? QString() : saved.error().describe()).toStdString());
            REQUIRE(saved.ok());
        }
        clock->advanceSecs(3600);
        auto nc = ws->nonconformities().get(QStringLiteral("NC-0002"));
        REQUIRE(nc.ok());
        Nonconformity n = *nc;
        n.containment = QStringLiteral("Lot quarantined");
        n.status = NcStatus::Contained;
        auto saved = ws->nonconformities().save(n);
        INFO((saved ? QString() : saved.error().describe()).toStdString());
        REQUIRE(saved.ok());
    }

    // Entries that belong to no record, written fast in one transaction (for paging only: they
    // would not verify against records).
    void addBulk(int count) {
        auto s = ws->database().write([&]() -> Status {
            QList<AuditEntry> entries;
            for (int i = 0; i < count; ++i)
                entries.append({0,
                                {},
                                {},
                                QStringLiteral("note:%1").arg(i),
                                QStringLiteral("update"),
                                QStringLiteral("text"),
                                QString(),
                                QStringLiteral("value %1").arg(i),
                                {},
                                {},
                                {}});
            return ws->appendAudit(entries);
        });
        REQUIRE(s.ok());
    }

    qint64 count(const AuditFilter& f = {}) const {
        auto c = ws->audit().count(f);
        REQUIRE(c.ok());
        return *c;
    }
};

void fetchAll(AuditTrailModel* model) {
    while (model->canFetchMore({}))
        model->fetchMore({});
}

} // namespace

TEST_CASE("AuditTrailModel: pages through the whole trail") {
    AuditFixture fx;
    fx.addBulk(1234);
    AuditTrailModel model(*fx.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload().ok());
    CHECK(model.totalCount() == fx.count());
    CHECK(model.rowCount() == AuditTrailModel::PageSize); // lazy: one page at first
    CHECK(model.canFetchMore({}));
    fetchAll(&model);
    CHECK(model.rowCount() == fx.count());
    CHECK_FALSE(model.canFetchMore({}));
    // Newest first, sequence numbers strictly falling.
    for (int r = 1; r < model.rowCount(); ++r)
        REQUIRE(model.entry(r)->seq == model.entry(r - 1)->seq - 1);
    CHECK(model.index(0, AuditTrailModel::SeqColumn).data().toLongLong() == fx.count());
}

TEST_CASE("AuditTrailPage: filters narrow the table") {
    AuditFixture fx;
    AuditTrailPage page(*fx.ws);
    page.show(); // pages load when shown
    AuditTrailModel* model = page.model();
    fetchAll(model);
    CHECK(model->rowCount() == fx.count());
    CHECK(page.findChild<QLabel*>(QStringLiteral("auditCountLabel"))
              ->text()
              .contains(QString::number(fx.count())));

    auto* record = page.findChild<QLineEdit*>(QStringLiteral("auditRecordFilter"));
    REQUIRE(record);
    record->setText(QStringLiteral("nc-0002")); // ids are matched upper-case
    REQUIRE(QTest::qWaitFor([&] { return model->filter().recordId == QStringLiteral("NC-0002"); }, 2000));
    fetchAll(model);
    AuditFilter byRecord;
    byRecord.recordId = QStringLiteral("NC-0002");
    CHECK(model->rowCount() == fx.count(byRecord));
    CHECK(model->rowCount() < fx.count());
    CHECK(model->rowCount() >= 2);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->entry(r)->recordId == QStringLiteral("NC-0002"));

    auto* text = page.findChild<QLineEdit*>(QStringLiteral("auditTextFilter"));
    text->setText(QStringLiteral("quarantined"));
    REQUIRE(QTest::qWaitFor([&] { return model->filter().text == QStringLiteral("quarantined"); }, 2000));
    CHECK(model->rowCount() == 1);
    CHECK(model->entry(0)->field == QStringLiteral("containment"));
    record->clear();
    text->clear();
    REQUIRE(QTest::qWaitFor(
        [&] { return model->filter().text.isEmpty() && model->filter().recordId.isEmpty(); }, 2000));
    fetchAll(model);
    CHECK(model->rowCount() == fx.count());

    auto* user = page.findChild<QComboBox*>(QStringLiteral("auditUserFilter"));
    REQUIRE(user);
    CHECK(user->count() >= 2); // "All users" and qm
    user->setCurrentIndex(user->findData(QStringLiteral("qm")));
    fetchAll(model);
    AuditFilter byUser;
    byUser.user = QStringLiteral("qm");
    CHECK(model->rowCount() == fx.count(byUser));

    // A date range after today leaves nothing; one covering today everything.
    auto* fromCheck = page.findChild<QCheckBox*>(QStringLiteral("auditFromCheck"));
    auto* from = page.findChild<QDateEdit*>(QStringLiteral("auditFromDate"));
    from->setDate(QDate(2026, 11, 26));
    fromCheck->setChecked(true);
    CHECK(model->rowCount() == 0);
    from->setDate(QDate(2026, 11, 25));
    fetchAll(model);
    CHECK(model->rowCount() == fx.count(byUser));
    auto* toCheck = page.findChild<QCheckBox*>(QStringLiteral("auditToCheck"));
    auto* to = page.findChild<QDateEdit*>(QStringLiteral("auditToDate"));
    to->setDate(QDate(2026, 11, 24));
    toCheck->setChecked(true);
    CHECK(model->rowCount() == 0);
}

TEST_CASE("AuditTrailPage: double-click opens the record") {
    AuditFixture fx;
    AuditTrailPage page(*fx.ws);
    page.show(); // pages load when shown
    QSignalSpy spy(&page, &AuditTrailPage::openRecord);
    QTableView* view = page.view();
    int ncRow = -1;
    for (int r = 0; r < page.model()->rowCount() && ncRow < 0; ++r)
        if (page.model()->entry(r)->recordId.startsWith(QStringLiteral("NC-")))
            ncRow = r;
    REQUIRE(ncRow >= 0);
    Q_EMIT view->doubleClicked(page.model()->index(ncRow, AuditTrailModel::FieldColumn));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == page.model()->entry(ncRow)->recordId);
}

TEST_CASE("AuditTrailPage: verify integrity, then notice tampering") {
    AuditFixture fx;
    AuditTrailPage page(*fx.ws);
    page.show(); // pages load when shown
    auto* panel = page.findChild<QFrame*>(QStringLiteral("verifyResult"));
    auto* panelText = page.findChild<QLabel*>(QStringLiteral("verifyResultText"));
    auto* problems = page.findChild<QListWidget*>(QStringLiteral("verifyProblems"));
    REQUIRE(panel);
    CHECK_FALSE(panel->isVisibleTo(&page));

    auto ok = page.verifyIntegrity();
    REQUIRE(ok.ok());
    INFO(ok->summary().toStdString());
    CHECK(ok->ok());
    CHECK(panel->isVisibleTo(&page));
    CHECK(panel->property("verified").toBool());
    CHECK(panelText->text().contains(QStringLiteral("Verified %1 entries").arg(fx.count())));
    CHECK(panelText->text().contains(ok->head.shortHash()));

    {
        // Behind the application's back, as someone with a SQLite tool would.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(fx.path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'Nothing was found' WHERE seq = 3")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    auto bad = page.verifyIntegrity();
    REQUIRE(bad.ok());
    CHECK_FALSE(bad->ok());
    CHECK_FALSE(panel->property("verified").toBool());
    CHECK(panelText->text().contains(QStringLiteral("Integrity problems found")));
    REQUIRE(problems->count() >= 1);
    bool named = false;
    for (int i = 0; i < problems->count(); ++i)
        named = named || problems->item(i)->text().startsWith(QStringLiteral("Entry 3 · "));
    CHECK(named);
}

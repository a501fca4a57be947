#include "clauses/ClauseApplicabilityDialog.h"
#include "clauses/ClauseDetailsPanel.h"
#include "clauses/ClausePage.h"
#include "clauses/ClauseTreeModel.h"
#include "domain/Clock.h"
#include "storage/ClauseRepository.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::gui;
using qms::test::TempDir;

namespace {

struct ClauseFixture {
    TempDir dir;
    QString path = dir.filePath(QStringLiteral("clauses.qms"));
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    std::unique_ptr<Workspace> ws;

    ClauseFixture() {
        auto created = Workspace::create(
            path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn")}, clock);
        REQUIRE(created.ok());
        ws = std::move(*created);
        Document d;
        d.title = QStringLiteral("Control of documented information");
        d.owner = QStringLiteral("qm");
        d.revision = QStringLiteral("A");
        d.clauses = {QStringLiteral("7.5.3.1"), QStringLiteral("7.5.3.2")};
        auto doc = ws->documents().create(d);
        INFO((doc ? QString() : doc.error().describe()).toStdString());
        REQUIRE(doc.ok());
        // Released, so that it is evidence for its clauses.
        for (DocumentStatus step : {DocumentStatus::InReview, DocumentStatus::Released}) {
            doc->status = step;
            doc = ws->documents().save(*doc);
            INFO((doc ? QString() : doc.error().describe()).toStdString());
            REQUIRE(doc.ok());
        }
        Nonconformity n;
        n.title = QStringLiteral("Unreleased drawing used on the line");
        n.description = QStringLiteral("Drawing rev C used while rev D was released");
        n.detectedOn = QDate(2026, 11, 20);
        n.reportedBy = QStringLiteral("qm");
        n.clauses = {QStringLiteral("8.7.1")};
        auto nc = ws->nonconformities().create(n);
        INFO((nc ? QString() : nc.error().describe()).toStdString());
        REQUIRE(nc.ok());
    }
};

QModelIndex findInView(ClausePage& page, const QString& clause) {
    QAbstractItemModel* m = page.view()->model();
    const QModelIndexList hits = m->match(m->index(0, 0), ClauseTreeModel::ClauseNumberRole, clause, 1,
                                          Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

} // namespace

TEST_CASE("ClauseTreeModel: a valid model whose statuses match coverage()") {
    ClauseFixture fx;
    ClauseTreeModel model(fx.ws->catalogue());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = fx.ws->clauses().coverage();
    REQUIRE(rows.ok());
    model.setCoverage(*rows);

    int top = 0;
    for (const Clause& c : fx.ws->catalogue().clauses())
        top += c.parent.isEmpty() ? 1 : 0;
    CHECK(model.rowCount() == top);
    for (const ClauseCoverage& cov : *rows) {
        INFO(cov.clause.toStdString());
        const QModelIndex status = model.indexOf(cov.clause, ClauseTreeModel::statusColumn());
        REQUIRE(status.isValid());
        CHECK(status.data(ClauseTreeModel::StatusRole).toInt() == int(cov.status()));
        CHECK(status.data().toString() == coverageStatusLabel(cov.status()));
        CHECK(model.indexOf(cov.clause, ClauseTreeModel::countColumn(RecordKind::Document)).data().toInt() ==
              cov.count(RecordKind::Document));
        CHECK(model.indexOf(cov.clause, ClauseTreeModel::countColumn(RecordKind::Nonconformity))
                  .data()
                  .toInt() == cov.count(RecordKind::Nonconformity));
    }
    CHECK(model.indexOf(QStringLiteral("7.5.3.1"), ClauseTreeModel::statusColumn()).data().toString() ==
          QStringLiteral("Covered"));
    CHECK(model.indexOf(QStringLiteral("7.5"), ClauseTreeModel::countColumn(RecordKind::Document))
              .data()
              .toInt() == 1);
    CHECK(model.indexOf(QStringLiteral("8.7"), ClauseTreeModel::countColumn(RecordKind::Nonconformity))
              .data()
              .toInt() == 1);
    CHECK(model.indexOf(QStringLiteral("6.3"), ClauseTreeModel::statusColumn()).data().toString() ==
          QStringLiteral("Gap"));
    // Untitled clauses (the standard gives no heading) are shown in italics.
    CHECK(model.indexOf(QStringLiteral("4.4.1")).data(Qt::FontRole).value<QFont>().italic());
    CHECK_FALSE(model.indexOf(QStringLiteral("4.4")).data(Qt::FontRole).value<QFont>().italic());

    // Refreshing with new figures keeps the model valid (the tester watches the reset).
    REQUIRE(
        fx.ws->clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("No design")).ok());
    rows = fx.ws->clauses().coverage();
    REQUIRE(rows.ok());
    model.setCoverage(*rows);
    CHECK(model.indexOf(QStringLiteral("8.3.2"), ClauseTreeModel::statusColumn()).data().toString() ==
          QStringLiteral("Not applicable"));
    CHECK(model.indexOf(QStringLiteral("8.3"), ClauseTreeModel::ApplicableColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("No design")));
}

TEST_CASE("ClausePage: coverage line, filters and linked records") {
    ClauseFixture fx;
    ClausePage page(*fx.ws);
    page.show(); // pages load when shown
    page.resize(1100, 700);
    auto* summary = page.findChild<QLabel*>(QStringLiteral("coverageLabel"));
    REQUIRE(summary);
    // 65 leaf clauses; the released document on 7.5.3.1 and 7.5.3.2 is evidence, the open NC on
    // 8.7.1 is a finding and covers nothing.
    CHECK(summary->text().contains(QStringLiteral("Coverage 3 %")));
    CHECK(summary->text().contains(QStringLiteral("2 of 65 applicable clauses covered, 63 gaps")));
    CHECK(summary->toolTip().contains(QStringLiteral("never count as evidence")));

    auto* gaps = page.findChild<QCheckBox*>(QStringLiteral("gapsOnlyCheck"));
    REQUIRE(gaps);
    gaps->setChecked(true);
    CHECK_FALSE(findInView(page, QStringLiteral("7.5.3.1")).isValid());
    CHECK(findInView(page, QStringLiteral("8.7.1")).isValid());
    CHECK(findInView(page, QStringLiteral("6.3")).isValid());
    CHECK(findInView(page, QStringLiteral("7.5.2")).isValid());
    gaps->setChecked(false);

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("clauseSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("8.7"));
    CHECK(findInView(page, QStringLiteral("8.7.2")).isValid());
    CHECK(findInView(page, QStringLiteral("8")).isValid()); // ancestors stay for context
    CHECK_FALSE(findInView(page, QStringLiteral("7.5.2")).isValid());
    search->clear();
    CHECK(findInView(page, QStringLiteral("7.5.2")).isValid());

    page.selectClause(QStringLiteral("7.5"));
    CHECK(page.currentClause() == QStringLiteral("7.5"));
    // Linked records are grouped by what they say about the clause.
    QTreeWidget* records = page.details()->linkedRecords();
    REQUIRE(records->topLevelItemCount() == 1);
    CHECK(records->topLevelItem(0)->text(0) == QStringLiteral("Evidence (1)"));
    REQUIRE(records->topLevelItem(0)->childCount() == 1);
    QTreeWidgetItem* doc = records->topLevelItem(0)->child(0);
    CHECK(doc->text(0) == QStringLiteral("DOC-0001"));
    CHECK(doc->text(2) == QStringLiteral("Control of documented information"));
    CHECK(doc->text(3) == QStringLiteral("Released"));

    page.selectClause(QStringLiteral("8"));
    REQUIRE(records->topLevelItemCount() == 1);
    CHECK(records->topLevelItem(0)->text(0) == QStringLiteral("Open findings (1)"));
    QTreeWidgetItem* nc = records->topLevelItem(0)->child(0);
    REQUIRE(nc);
    CHECK(nc->text(0) == QStringLiteral("NC-0001"));
    auto* applicability = page.findChild<QLabel*>(QStringLiteral("clauseApplicability"));
    CHECK(applicability->text().contains(QStringLiteral("Gap")));
    CHECK(applicability->text().contains(QStringLiteral("1 open finding")));
    QSignalSpy opened(&page, &ClausePage::openRecord);
    Q_EMIT records->itemActivated(records->topLevelItem(0), 0); // a group heading opens nothing
    CHECK(opened.isEmpty());
    Q_EMIT records->itemActivated(nc, 0);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("NC-0001"));
    CHECK(page.details()->editButton()->isEnabled());
}

TEST_CASE("ClausePage: editing applicability through the dialog") {
    ClauseFixture fx;
    ClausePage page(*fx.ws);
    page.show(); // pages load when shown
    page.selectClause(QStringLiteral("8.3"));
    ClauseApplicabilityDialog* dialog = page.editApplicability();
    REQUIRE(dialog);
    CHECK(dialog->applicableCheck()->isChecked());

    SECTION("a missing justification is refused at the field, nothing is written") {
        dialog->applicableCheck()->setChecked(false);
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->errorLabel()->isVisibleTo(dialog));
        CHECK(dialog->errorLabel()->text().contains(QStringLiteral("justification")));
        auto appl = fx.ws->clauses().applicability();
        REQUIRE(appl.ok());
        for (const ClauseApplicability& a : *appl)
            CHECK(a.applicable);
        dialog->reject();
    }

    SECTION("a justified exclusion is saved and the page refreshes") {
        dialog->applicableCheck()->setChecked(false);
        dialog->justificationEdit()->setPlainText(QStringLiteral("We make parts to customer designs only"));
        QPointer<ClauseApplicabilityDialog> guard(dialog);
        dialog->accept();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(guard.isNull()); // closed and deleted
        const QModelIndex status =
            page.model()->indexOf(QStringLiteral("8.3.4"), ClauseTreeModel::statusColumn());
        CHECK(status.data().toString() == QStringLiteral("Not applicable"));
        auto* summary = page.findChild<QLabel*>(QStringLiteral("coverageLabel"));
        CHECK(summary->text().contains(
            QStringLiteral("2 of 59 applicable clauses covered, 57 gaps, 6 not applicable")));
        CHECK(page.currentClause() == QStringLiteral("8.3"));
        auto* applicability = page.findChild<QLabel*>(QStringLiteral("clauseApplicability"));
        CHECK(applicability->text().contains(QStringLiteral("customer designs")));

        // A subclause follows its parent: its dialog explains instead of editing.
        page.selectClause(QStringLiteral("8.3.2"));
        ClauseApplicabilityDialog* sub = page.editApplicability();
        REQUIRE(sub);
        CHECK(sub->findChild<QLabel*>(QStringLiteral("inheritedNote")));
        CHECK_FALSE(sub->applicableCheck()->isEnabled());
        sub->reject();
    }
}

TEST_CASE("ClausePage: a process owner may not change applicability") {
    ClauseFixture fx;
    User po;
    po.name = QStringLiteral("pat");
    po.displayName = QStringLiteral("Pat Owner");
    po.role = Role::ProcessOwner;
    REQUIRE(fx.ws->users().add(po).ok());
    fx.ws.reset();
    auto opened = Workspace::open(fx.path, QStringLiteral("pat"), OpenMode::ReadWrite, fx.clock);
    REQUIRE(opened.ok());
    Workspace& ws = **opened;
    ClausePage page(ws);
    page.show(); // pages load when shown
    page.selectClause(QStringLiteral("8.3"));
    CHECK_FALSE(page.details()->editButton()->isEnabled());
    // Even when asked directly, the core refuses and the dialog says so.
    ClauseApplicabilityDialog* dialog = page.editApplicability();
    REQUIRE(dialog);
    dialog->applicableCheck()->setChecked(false);
    dialog->justificationEdit()->setPlainText(QStringLiteral("No design"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->text().startsWith(QStringLiteral("The applicability could not be saved")));
    dialog->reject();
}

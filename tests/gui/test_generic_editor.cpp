// The generic editor: the form a kind without an editor of its own gets, built from its
// declaration. Driven here on kinds that have their own editor, through the same widgets.
#include "editors/GenericEditor.h"
#include "editors/ItemStateTable.h"
#include "editors/TableFieldEditor.h"
#include "storage/TableActions.h"
#include "test_editors_support.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace qms;
using namespace qms::gui;
using namespace qms::test::editors;

namespace {

// A requested change "Second supplier for plating", stored, open in the generic editor.
std::pair<ChangeRequest, std::unique_ptr<RecordEditor>> changeInEditor(EditorFixture& f,
                                                                       const QDate& planned = {}) {
    ChangeRequest c = newRecord<ChangeRequest>({f.ws->clock().today(), f.ws->user().name});
    c.title = QStringLiteral("Second supplier for plating");
    c.reason = QStringLiteral("Supplier shutdown");
    c.plannedDate = planned;
    auto created = f.ws->records<ChangeRequest>().create(c);
    REQUIRE(created.ok());
    std::unique_ptr<RecordEditor> editor(
        makeGenericEditor(*f.ws, RecordKind::ChangeRequest, created->meta.id));
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    return {*created, std::move(editor)};
}

} // namespace

TEST_CASE("Generic editor: a process loads, is edited and saved through the repository",
          "[gui][editors][generic]") {
    EditorFixture f;
    Process p;
    p.name = QStringLiteral("Purchasing");
    p.owner = QStringLiteral("qm");
    p.purpose = QStringLiteral("Buy what the plant needs");
    p.kpis = {Kpi{QStringLiteral("On-time delivery"), QStringLiteral("95"), QStringLiteral("%")}};
    auto created = f.ws->processes().create(p);
    REQUIRE(created.ok());
    const QString id = created->meta.id;

    std::unique_ptr<RecordEditor> editor(makeGenericEditor(*f.ws, RecordKind::Process, id));
    REQUIRE(editor != nullptr);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK(editor->recordId() == id);
    CHECK_FALSE(editor->isReadOnly());
    CHECK_FALSE(editor->isDirty());
    // Every field of the declaration has its widget, in field order, named by its key.
    CHECK(field<QLineEdit>(editor.get(), "name")->text() == QStringLiteral("Purchasing"));
    CHECK(field<QPlainTextEdit>(editor.get(), "purpose")->toPlainText() ==
          QStringLiteral("Buy what the plant needs"));
    CHECK(field<QPlainTextEdit>(editor.get(), "kpis")
              ->toPlainText()
              .contains(QStringLiteral("On-time delivery")));
    CHECK(field<QCheckBox>(editor.get(), "active")->isChecked());
    CHECK(editor->findChild<ClausePicker*>(QStringLiteral("clauses")) != nullptr);
    CHECK(editor->findChild<LinkedRecordList*>(QStringLiteral("documents")) != nullptr);
    CHECK(editor->findChild<LinkedRecordList*>(QStringLiteral("feeds")) != nullptr);
    // No workflow for processes: no empty "Workflow:" row.
    CHECK(editor->stepButtons().isEmpty());

    typeInto(editor.get(), "name", QStringLiteral("Purchasing and suppliers"));
    CHECK(editor->isDirty());
    REQUIRE(editor->save());
    INFO(editor->errorSummary().toStdString());
    CHECK_FALSE(editor->isDirty());

    auto stored = f.ws->processes().get(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Purchasing and suppliers"));
    CHECK(stored->purpose == QStringLiteral("Buy what the plant needs")); // untouched fields kept
    CHECK(stored->kpis.size() == 1);
    CHECK(stored->meta.version == created->meta.version + 1);
    // The history tab shows the change.
    auto* history = editor->findChild<QTreeWidget*>(QStringLiteral("historyTree"));
    REQUIRE(history != nullptr);
    CHECK(history->topLevelItemCount() >= 2);
}

TEST_CASE("Generic editor: a corrective action is saved, and a stale edit is refused",
          "[gui][editors][generic]") {
    EditorFixture f;
    CorrectiveAction c = newRecord<CorrectiveAction>({QDate(2026, 11, 25), QStringLiteral("qm")});
    c.title = QStringLiteral("Retrain the inspectors");
    auto created = f.ws->actions().create(c);
    REQUIRE(created.ok());
    const QString id = created->meta.id;

    std::unique_ptr<RecordEditor> editor(makeGenericEditor(*f.ws, RecordKind::CorrectiveAction, id));
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK(field<QLineEdit>(editor.get(), "title")->text() == QStringLiteral("Retrain the inspectors"));
    auto* type = field<QComboBox>(editor.get(), "type");
    CHECK(type->currentData().toString() == enumKey(c.type));
    CHECK(type->count() == enumValues<CaType>().size());
    CHECK(field<QDateEdit>(editor.get(), "due_date")->date() == c.dueDate);
    CHECK(optionalDate(field<QDateEdit>(editor.get(), "completed_on")).isNull()); // "not set"
    // The status is the declaration's states, by their labels.
    auto* status = field<QComboBox>(editor.get(), "status");
    CHECK(status->count() == int(declOf<CorrectiveAction>().states.size()));
    CHECK(status->currentText() == declOf<CorrectiveAction>().stateLabel(QStringLiteral("planned")));

    typeInto(editor.get(), "title", QStringLiteral("Retrain all inspectors"));
    type->setCurrentIndex(type->findData(QStringLiteral("preventive")));
    REQUIRE(editor->save());
    auto stored = f.ws->actions().get(id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Retrain all inspectors"));
    CHECK(stored->type == CaType::Preventive);

    // Someone else changes it while this window holds an edit: the edit is kept, the window warns,
    // and its save is refused, so nothing is lost. (Without edits the window would just reload.)
    typeInto(editor.get(), "title", QStringLiteral("A stale title"));
    CorrectiveAction other = *stored;
    other.description = QStringLiteral("Changed elsewhere");
    REQUIRE(f.ws->actions().save(other).ok());
    f.prompts.confirmAnswer = false; // do not reload
    CHECK(field<QLineEdit>(editor.get(), "title")->text() == QStringLiteral("A stale title"));
    CHECK_FALSE(editor->save());
    CHECK_FALSE(editor->errorSummary().isEmpty());
    CHECK(f.ws->actions().get(id)->title == QStringLiteral("Retrain all inspectors"));
}

TEST_CASE("Generic editor: a new record starts from the kind's defaults", "[gui][editors][generic]") {
    EditorFixture f;
    std::unique_ptr<RecordEditor> editor(makeGenericEditor(*f.ws, RecordKind::CorrectiveAction, QString()));
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK(editor->isNew());
    // The person in charge is chosen among the users, shown by name, stored by user name.
    auto* owner = field<QComboBox>(editor.get(), "owner");
    CHECK(owner->isEditable());
    CHECK(owner->currentData().toString() == QStringLiteral("qm"));
    CHECK(owner->currentText() == f.ws->user().printedName());
    typeInto(editor.get(), "title", QStringLiteral("Fix the gauge"));
    REQUIRE(editor->save());
    INFO(editor->errorSummary().toStdString());
    CHECK(editor->recordId() == QStringLiteral("CA-0001"));
    auto stored = f.ws->actions().get(QStringLiteral("CA-0001"));
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Fix the gauge"));
    CHECK(stored->owner == QStringLiteral("qm"));
}

TEST_CASE("Generic editor: a change request offers its declared steps, refuses one that is not ready, "
          "then takes it",
          "[gui][editors][generic]") {
    EditorFixture f;
    auto [created, editor] = changeInEditor(f);
    // The state moves only through the steps declared from "requested".
    QStringList steps;
    for (QPushButton* b : editor->stepButtons())
        steps << b->objectName();
    CHECK(steps == QStringList{QStringLiteral("step_assessed"), QStringLiteral("step_rejected")});
    CHECK_FALSE(field<QComboBox>(editor.get(), "status")->isEnabled());

    // Not ready: refused, the missing considerations named at their fields, nothing stored.
    CHECK_FALSE(editor->runStep(QStringLiteral("assessed")));
    CHECK(editor->errorSummary().contains(QStringLiteral("6.3 a")));
    CHECK(f.ws->records<ChangeRequest>().get(created.meta.id)->status == ChangeStatus::Requested);

    for (const char* key : {"consequences", "integrity", "resources", "responsibilities"})
        field<QPlainTextEdit>(editor.get(), key)->setPlainText(QStringLiteral("Considered"));
    field<QDateEdit>(editor.get(), "planned_date")->setDate(f.ws->clock().today().addDays(14));
    REQUIRE(editor->runStep(QStringLiteral("assessed")));
    INFO(editor->errorSummary().toStdString());
    auto stored = f.ws->records<ChangeRequest>().get(created.meta.id);
    REQUIRE(stored.ok());
    CHECK(stored->status == ChangeStatus::Assessed);
    CHECK(stored->consequences == QStringLiteral("Considered"));
    steps.clear();
    for (QPushButton* b : editor->stepButtons())
        steps << b->objectName();
    CHECK(steps == QStringList{QStringLiteral("step_approved"), QStringLiteral("step_rejected"),
                               QStringLiteral("step_requested")});
}

TEST_CASE("Generic editor: a declared create button raises an improvement action linked to the change",
          "[gui][editors][generic]") {
    EditorFixture f;
    const QDate planned = f.ws->clock().today().addDays(21);
    auto [created, editor] = changeInEditor(f, planned);
    auto* create = editor->findChild<QPushButton*>(QStringLiteral("create_actions"));
    REQUIRE(create);
    CHECK(create->text() == QStringLiteral("New improvement action for this change"));
    CHECK(create->isEnabled());
    // A pending edit is saved first, then the action is made and opened.
    field<QLineEdit>(editor.get(), "title")->setText(QStringLiteral("Second supplier for hard chrome"));
    QSignalSpy opened(editor.get(), &RecordEditor::openRequested);
    create->click();
    REQUIRE(opened.count() == 1);
    const QString actionId = opened.at(0).at(0).toString();
    CHECK(actionId == QStringLiteral("CA-0001"));
    auto action = f.ws->actions().get(actionId);
    REQUIRE(action.ok());
    CHECK(action->type == CaType::Improvement);
    CHECK(action->changes == QStringList{created.meta.id});
    CHECK(action->dueDate == planned);
    CHECK(action->title.contains(QStringLiteral("hard chrome")));
    auto change = f.ws->records<ChangeRequest>().get(created.meta.id);
    REQUIRE(change.ok());
    CHECK(change->actions == QStringList{actionId});
    CHECK(change->title == QStringLiteral("Second supplier for hard chrome"));
    CHECK_FALSE(editor->isDirty());

    // A new, unsaved change cannot raise one yet.
    std::unique_ptr<RecordEditor> fresh(makeGenericEditor(*f.ws, RecordKind::ChangeRequest, QString()));
    fresh->setAttribute(Qt::WA_DeleteOnClose, false);
    auto* freshCreate = fresh->findChild<QPushButton*>(QStringLiteral("create_actions"));
    REQUIRE(freshCreate);
    CHECK_FALSE(freshCreate->isEnabled());
}

TEST_CASE("Generic editor: a change's affected items are a table, and a released document's next "
          "revision starts from it",
          "[gui][editors][generic]") {
    EditorFixture f;
    // A released document to revise.
    Document d;
    d.title = QStringLiteral("Purchasing procedure");
    d.owner = QStringLiteral("qm");
    d.revision = QStringLiteral("A");
    auto doc = f.ws->documents().create(d);
    REQUIRE(doc.ok());
    for (DocumentStatus step : {DocumentStatus::InReview, DocumentStatus::Released}) {
        doc->status = step;
        doc = f.ws->documents().save(*doc);
        REQUIRE(doc.ok());
    }
    auto [created, editor] = changeInEditor(f);
    auto* items = editor->findChild<ItemStateTable*>(QStringLiteral("affected"));
    REQUIRE(items);
    CHECK(items->table()->rowCount() == 0);

    // Add picks any record; the row shows its title and a state chosen by label.
    f.prompts.pick = doc->meta.id;
    editor->findChild<QPushButton*>(QStringLiteral("addItem"))->click();
    REQUIRE(items->table()->rowCount() == 1);
    CHECK(items->table()->item(0, 1)->text().contains(QStringLiteral("Purchasing procedure")));
    auto* state = qobject_cast<QComboBox*>(items->table()->cellWidget(0, 2));
    REQUIRE(state);
    CHECK(state->currentText() == QStringLiteral("Action needed"));
    items->table()->item(0, 3)->setText(QStringLiteral("add the second supplier"));
    CHECK(editor->isDirty());
    REQUIRE(editor->save());
    auto stored = f.ws->records<ChangeRequest>().get(created.meta.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->affected.size() == 1);
    CHECK(stored->affected[0].id == doc->meta.id);
    CHECK(stored->affected[0].state == AffectedState::ActionNeeded);
    CHECK(stored->affected[0].note == QStringLiteral("add the second supplier"));

    // "New revision…" on the document's row: revision B starts as a draft naming the change, the
    // item notes it, the change saves it, and the document opens.
    f.prompts.revision = EditorPrompts::RevisionAnswer{QString(), QStringLiteral("Second supplier added")};
    items->table()->setCurrentCell(0, 0);
    CHECK(items->revisionButton()->isEnabled());
    QSignalSpy opened(editor.get(), &RecordEditor::openRequested);
    REQUIRE(items->startRevision(0));
    CHECK(opened.count() == 1);
    auto revised = f.ws->documents().get(doc->meta.id);
    REQUIRE(revised.ok());
    CHECK(revised->revision == QStringLiteral("B"));
    CHECK(revised->status == DocumentStatus::Draft);
    CHECK(revised->effectiveRevision == QStringLiteral("A"));
    REQUIRE(revised->currentRevision());
    CHECK(revised->currentRevision()->changeSummary.contains(created.meta.id));
    CHECK(items->table()->item(0, 3)->text().contains(QStringLiteral("revision B started")));
    state->setCurrentIndex(state->findData(QStringLiteral("done")));
    REQUIRE(editor->save());
    stored = f.ws->records<ChangeRequest>().get(created.meta.id);
    REQUIRE(stored.ok());
    CHECK(stored->affected[0].state == AffectedState::Done);
    CHECK(stored->affected[0].note.contains(QStringLiteral("revision B started")));

    // Read-only (an auditor): no adding, removing or revising.
    auto auditor = Workspace::open(f.path, QStringLiteral("aud"), OpenMode::ReadOnly, f.clock);
    REQUIRE(auditor.ok());
    std::unique_ptr<RecordEditor> view(
        makeGenericEditor(**auditor, RecordKind::ChangeRequest, created.meta.id));
    view->setAttribute(Qt::WA_DeleteOnClose, false);
    auto* viewItems = view->findChild<ItemStateTable*>(QStringLiteral("affected"));
    REQUIRE(viewItems);
    CHECK(viewItems->table()->rowCount() == 1);
    CHECK_FALSE(view->findChild<QPushButton*>(QStringLiteral("addItem"))->isVisibleTo(view.get()));
    CHECK_FALSE(qobject_cast<QComboBox*>(viewItems->table()->cellWidget(0, 2))->isEnabled());
}

TEST_CASE("Generic editor: an audit's checklist is generated, answered in its table and raises an NC",
          "[gui][editors][generic]") {
    EditorFixture f;
    Audit a = newRecord<Audit>({f.ws->clock().today(), f.ws->user().name});
    a.title = QStringLiteral("Purchasing");
    a.plannedDate = f.ws->clock().today();
    a.clauses = {QStringLiteral("8.4")};
    auto created = f.ws->records<Audit>().create(a);
    REQUIRE(created.ok());
    std::unique_ptr<RecordEditor> editor(makeGenericEditor(*f.ws, RecordKind::Audit, created->meta.id));
    editor->setAttribute(Qt::WA_DeleteOnClose, false);

    // The checklist has a tab of its own, with the declared cells as columns.
    auto* checklist = editor->findChild<TableFieldEditor*>(QStringLiteral("checklist"));
    REQUIRE(checklist != nullptr);
    CHECK(editor->tabs()->indexOf(checklist) == 1);
    CHECK(checklist->table()->columnCount() == 6);
    CHECK(checklist->table()->horizontalHeaderItem(4)->text() == QStringLiteral("Result"));
    CHECK(checklist->createButton()->text() == QStringLiteral("Raise nonconformity"));

    // Generated from the scope: pending edits until saved.
    REQUIRE(checklist->fillButton(QStringLiteral("scope")) != nullptr);
    checklist->fillButton(QStringLiteral("scope"))->click();
    const int rows = checklist->table()->rowCount();
    CHECK(rows >= 3);
    CHECK(editor->isDirty());
    CHECK(checklist->table()->item(0, 0)->text() == QStringLiteral("8.4.1"));
    CHECK(checklist->table()->item(0, 4)->text() == QStringLiteral("Not answered"));
    REQUIRE(editor->save());
    CHECK(f.ws->records<Audit>().get(created->meta.id)->checklist.size() == rows);

    // An answer typed into the table: the result by its key, shown by its label.
    QTableWidgetItem* result = checklist->table()->item(0, 4);
    result->setData(Qt::UserRole, QStringLiteral("minor_nc"));
    result->setText(QStringLiteral("Minor NC"));
    checklist->table()->item(0, 3)->setText(QStringLiteral("Supplier not re-evaluated\nsince 2024"));
    CHECK(editor->isDirty());
    REQUIRE(editor->save());
    Audit stored = *f.ws->records<Audit>().get(created->meta.id);
    CHECK(stored.checklist[0].result == AuditResult::MinorNc);
    CHECK(stored.checklist[0].evidence == QStringLiteral("Supplier not re-evaluated\nsince 2024"));

    // Raise the NC from the row: made, linked, named in the row and opened.
    checklist->table()->setCurrentCell(1, 2);
    CHECK_FALSE(checklist->createButton()->isEnabled()); // a row not answered as an NC
    checklist->table()->setCurrentCell(0, 2);
    REQUIRE(checklist->createButton()->isEnabled());
    QString opened;
    QObject::connect(editor.get(), &RecordEditor::openRequested, [&](const QString& id) { opened = id; });
    checklist->createButton()->click();
    REQUIRE(opened.startsWith(QStringLiteral("NC-")));
    CHECK(checklist->table()->item(0, 5)->data(Qt::UserRole).toString() == opened);
    auto nc = f.ws->nonconformities().get(opened);
    REQUIRE(nc.ok());
    CHECK(nc->audits == QStringList{created->meta.id});
    CHECK(nc->source == NcSource::InternalAudit);
    CHECK_FALSE(checklist->createButton()->isEnabled()); // raised once
}

TEST_CASE("Generic editor: a signed report freezes the checklist and conclusions, NCs are still raised",
          "[gui][editors][generic]") {
    EditorFixture f;
    Workspace& ws = *f.ws;
    Audit a = newRecord<Audit>({ws.clock().today(), ws.user().name});
    a.title = QStringLiteral("Purchasing");
    a.plannedDate = ws.clock().today();
    a.clauses = {QStringLiteral("8.4")};
    auto created = ws.records<Audit>().create(a);
    REQUIRE(created.ok());
    a = *created;
    const auto* checklistField = findField<Audit>(QStringLiteral("checklist"));
    auto filled = TableActions::fill(ws, RecordKind::Audit, a.meta.id, checklistField->get(a),
                                     QStringLiteral("checklist"), QStringLiteral("scope"));
    REQUIRE(filled.ok());
    REQUIRE(checklistField->set(a, *filled).isEmpty());
    a.status = AuditStatus::Prepared;
    a = *ws.records<Audit>().save(a);
    a.status = AuditStatus::InProgress;
    a = *ws.records<Audit>().save(a);
    for (ChecklistItem& i : a.checklist) {
        i.result = AuditResult::Conforming;
        i.evidence = QStringLiteral("Three orders sampled.");
    }
    a.checklist[0].result = AuditResult::MinorNc;
    a.conclusions = QStringLiteral("Conforms but for one minor finding.");
    a.status = AuditStatus::Reported;
    auto reported = ws.records<Audit>().save(a);
    INFO((reported.ok() ? std::string() : reported.error().describe().toStdString()));
    REQUIRE(reported.ok());

    std::unique_ptr<RecordEditor> editor(makeGenericEditor(ws, RecordKind::Audit, a.meta.id));
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    auto* checklist = editor->findChild<TableFieldEditor*>(QStringLiteral("checklist"));
    REQUIRE(checklist != nullptr);
    CHECK(checklist->isLocked());
    auto* note = checklist->findChild<QLabel*>(QStringLiteral("lockNote"));
    REQUIRE(note != nullptr);
    CHECK(note->text().contains(QStringLiteral("is signed: reopen it")));
    CHECK_FALSE(checklist->table()->item(0, 3)->flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(checklist->fillButton(QStringLiteral("scope"))->isVisibleTo(checklist));
    auto* conclusions = editor->findChild<QPlainTextEdit*>(QStringLiteral("conclusions"));
    REQUIRE(conclusions != nullptr);
    CHECK(conclusions->isReadOnly());
    CHECK(editor->findChild<QLineEdit*>(QStringLiteral("title"))->isReadOnly() == false);

    // The minor NC is still raised from the frozen report.
    REQUIRE(checklist->createButton()->isVisibleTo(checklist));
    checklist->table()->setCurrentCell(0, 2);
    REQUIRE(checklist->createButton()->isEnabled());
    QString opened;
    QObject::connect(editor.get(), &RecordEditor::openRequested, [&](const QString& id) { opened = id; });
    checklist->createButton()->click();
    CHECK(opened.startsWith(QStringLiteral("NC-")));
    CHECK(ws.records<Audit>().get(a.meta.id)->checklist[0].finding == opened);

    // The core refuses the same edit made elsewhere, with the same reason.
    Audit edited = *ws.records<Audit>().get(a.meta.id);
    edited.conclusions = QStringLiteral("Rewritten after signing.");
    auto refused = ws.records<Audit>().save(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("is signed: reopen it")));
}

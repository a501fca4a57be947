// Nonconformity and corrective action editors driven through their real widgets on a real
// temporary database.
#include "test_editors_support.h"

using namespace qms;
using namespace qms::gui;
using namespace qms::test::editors;

TEST_CASE("NC editor: typing into the form and saving creates the record", "[gui][editors]") {
    EditorFixture f;
    EditorLauncher launcher(*f.ws, nullptr);
    QSignalSpy savedSpy(&launcher, &EditorLauncher::recordSaved);
    RecordEditor* editor = launcher.createEditor(RecordKind::Nonconformity);
    REQUIRE(editor != nullptr);
    CHECK(editor->isNew());
    CHECK(field<QDateEdit>(editor, "detectedOn")->date() == QDate(2026, 11, 25)); // today by default

    typeInto(editor, "title", QStringLiteral("Wrong torque on line 3"));
    typeInto(editor, "description", QStringLiteral("Torque wrench set to 12 Nm instead of 15 Nm"));
    auto* severity = field<QComboBox>(editor, "severity");
    severity->setCurrentIndex(severity->findData(QStringLiteral("major")));
    auto* source = field<QComboBox>(editor, "source");
    source->setCurrentIndex(source->findData(QStringLiteral("process_monitoring")));
    auto* responsible = field<QComboBox>(editor, "responsible");
    responsible->setCurrentIndex(responsible->findData(QStringLiteral("po")));
    typeInto(editor, "reference", QStringLiteral("Lot 4711"));
    auto* clauses = static_cast<NcEditor*>(editor)->clausePicker();
    clauses->setSelected({QStringLiteral("8.5.1")});
    Q_EMIT clauses->changed();
    CHECK(editor->isDirty());
    CHECK(editor->isWindowModified());

    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier); // Ctrl+S
    if (editor->isNew()) // offscreen windows may not be active: press the button instead
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    INFO(editor->errorSummary().toStdString());
    REQUIRE(editor->recordId() == QStringLiteral("NC-0001"));
    CHECK_FALSE(editor->isDirty());
    CHECK_FALSE(editor->isWindowModified());
    CHECK(savedSpy.count() >= 1);
    CHECK(launcher.editorFor(QStringLiteral("NC-0001")) == editor);

    auto stored = f.ws->nonconformities().get(QStringLiteral("NC-0001"));
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Wrong torque on line 3"));
    CHECK(stored->description == QStringLiteral("Torque wrench set to 12 Nm instead of 15 Nm"));
    CHECK(stored->severity == Severity::Major);
    CHECK(stored->source == NcSource::ProcessMonitoring);
    CHECK(stored->responsible == QStringLiteral("po"));
    CHECK(stored->reportedBy == QStringLiteral("qm"));
    CHECK(stored->reference == QStringLiteral("Lot 4711"));
    CHECK(stored->detectedOn == QDate(2026, 11, 25));
    CHECK(stored->clauses == QStringList{QStringLiteral("8.5.1")});
    // The history tab shows the creation.
    auto* history = editor->findChild<QTreeWidget*>(QStringLiteral("historyTree"));
    REQUIRE(history != nullptr);
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("created"));
    launcher.closeAll();
}

TEST_CASE("NC editor: a missing title is shown at the field", "[gui][editors]") {
    EditorFixture f;
    EditorLauncher launcher(*f.ws, nullptr);
    RecordEditor* editor = launcher.createEditor(RecordKind::Nonconformity);
    typeInto(editor, "description", QStringLiteral("Something"));
    CHECK_FALSE(editor->save());
    CHECK(editor->isNew());
    CHECK(editor->fieldErrors().isMarked(QStringLiteral("title")));
    auto* label = editor->findChild<QLabel*>(QStringLiteral("error_title"));
    REQUIRE(label != nullptr);
    CHECK(label->text().contains(QStringLiteral("title")));
    CHECK(editor->errorSummary().contains(QStringLiteral("Title")));
    // Fixing it clears the marks.
    typeInto(editor, "title", QStringLiteral("Fixed"));
    CHECK(editor->save());
    CHECK_FALSE(editor->fieldErrors().isMarked(QStringLiteral("title")));
    CHECK(editor->findChild<QLabel*>(QStringLiteral("error_title")) == nullptr);
    editor->close();
}

TEST_CASE("NC editor: workflow refusals and a corrective action from the NC up to closing",
          "[gui][editors]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    EditorLauncher launcher(*f.ws, nullptr);
    auto* editor = static_cast<NcEditor*>(launcher.openEditor(ncId));
    REQUIRE(editor != nullptr);

    // Only the allowed next steps of "open" are offered.
    QStringList keys;
    for (QPushButton* b : editor->stepButtons())
        keys << b->objectName();
    CHECK(keys == QStringList{QStringLiteral("step_contained"), QStringLiteral("step_cancelled")});
    CHECK(stepButton(editor, QStringLiteral("contained"))->text() == QStringLiteral("Mark contained"));

    // Refused without containment: explained at the containment field.
    CHECK_FALSE(editor->runStep(QStringLiteral("contained")));
    CHECK(editor->fieldErrors().isMarked(QStringLiteral("containment")));
    CHECK(editor->errorSummary().contains(QStringLiteral("containment")));
    CHECK(f.ws->nonconformities().get(ncId)->status == NcStatus::Open);

    typeInto(editor, "containment", QStringLiteral("Lot 4711 quarantined"));
    REQUIRE(editor->runStep(QStringLiteral("contained")));
    CHECK(f.ws->nonconformities().get(ncId)->status == NcStatus::Contained);
    CHECK(f.ws->nonconformities().get(ncId)->containment == QStringLiteral("Lot 4711 quarantined"));
    CHECK_FALSE(editor->fieldErrors().isMarked(QStringLiteral("containment")));

    // Root cause needed next.
    CHECK_FALSE(editor->runStep(QStringLiteral("root_cause_identified")));
    CHECK(editor->fieldErrors().isMarked(QStringLiteral("root_cause")));
    CHECK(editor->errorSummary().contains(QStringLiteral("Add a root cause first")));
    typeInto(editor, "rootCause", QStringLiteral("Deburring step skipped"));
    REQUIRE(editor->runStep(QStringLiteral("root_cause_identified")));

    // No action linked yet: refused and pointed at the actions list.
    CHECK_FALSE(editor->runStep(QStringLiteral("action_planned")));
    CHECK(editor->fieldErrors().isMarked(QStringLiteral("actions")));

    // "New corrective action for this NC" creates a linked CA and opens it.
    QTest::mouseClick(field<QPushButton>(editor, "newActionButton"), Qt::LeftButton);
    auto* caEditor = static_cast<CaEditor*>(launcher.editorFor(QStringLiteral("CA-0001")));
    REQUIRE(caEditor != nullptr);
    auto ca = f.ws->actions().get(QStringLiteral("CA-0001"));
    REQUIRE(ca.ok());
    CHECK(ca->nonconformities == QStringList{ncId});
    CHECK(ca->dueDate == QDate(2026, 11, 25).addDays(30));
    CHECK(editor->actionList()->ids() == QStringList{QStringLiteral("CA-0001")});
    CHECK(caEditor->ncList()->ids() == QStringList{ncId});

    REQUIRE(editor->runStep(QStringLiteral("action_planned")));
    // Verification needs the action done.
    CHECK_FALSE(editor->runStep(QStringLiteral("verification")));
    CHECK(editor->errorSummary().contains(QStringLiteral("CA-0001")));

    REQUIRE(caEditor->runStep(QStringLiteral("in_progress")));
    REQUIRE(caEditor->runStep(QStringLiteral("done")));
    CHECK(f.ws->actions().get(QStringLiteral("CA-0001"))->completedOn == QDate(2026, 11, 25));

    REQUIRE(editor->runStep(QStringLiteral("verification")));
    CHECK_FALSE(editor->runStep(QStringLiteral("closed")));
    CHECK(editor->fieldErrors().isMarked(QStringLiteral("effectiveness")));
    typeInto(editor, "effectiveness", QStringLiteral("No burrs in the next 5 lots"));
    REQUIRE(editor->runStep(QStringLiteral("closed")));
    auto closed = f.ws->nonconformities().get(ncId);
    CHECK(closed->status == NcStatus::Closed);
    CHECK(closed->closedOn == QDate(2026, 11, 25));

    // A closed NC is kept as it is: read-only form, but "Reopen" (with a reason) is offered.
    CHECK(editor->isReadOnly());
    CHECK(field<QLineEdit>(editor, "title")->isReadOnly());
    QPushButton* reopen = stepButton(editor, QStringLiteral("action_planned"));
    REQUIRE(reopen != nullptr);
    CHECK(reopen->text() == QStringLiteral("Reopen"));
    CHECK(reopen->isEnabled());
    f.prompts.reason = QStringLiteral("Customer found another burr");
    REQUIRE(editor->runStep(QStringLiteral("action_planned")));
    CHECK(f.prompts.asked.contains(QStringLiteral("reason:Reopen")));
    auto reopened = f.ws->nonconformities().get(ncId);
    CHECK(reopened->status == NcStatus::ActionPlanned);
    CHECK(reopened->statusReason == QStringLiteral("Customer found another burr"));
    CHECK_FALSE(editor->isReadOnly());

    // History lists the status changes with their reason.
    auto* history = editor->findChild<QTreeWidget*>(QStringLiteral("historyTree"));
    REQUIRE(history != nullptr);
    bool sawReason = false;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        sawReason |= history->topLevelItem(i)->text(4) == QStringLiteral("Customer found another burr");
    CHECK(sawReason);
    launcher.closeAll();
}

TEST_CASE("NC editor: a process owner edits their own NC and reads the others", "[gui][editors]") {
    EditorFixture f;
    Nonconformity n;
    n.title = QStringLiteral("Label missing");
    n.description = QStringLiteral("Box without label");
    n.detectedOn = QDate(2026, 11, 20);
    n.reportedBy = QStringLiteral("po");
    n.responsible = QStringLiteral("po");
    auto created = f.ws->nonconformities().create(n);
    REQUIRE(created.ok());
    auto asOwner = Workspace::open(f.path, QStringLiteral("po"), OpenMode::ReadWrite, f.clock);
    REQUIRE(asOwner.ok());
    EditorLauncher launcher(**asOwner, nullptr);
    RecordEditor* editor = launcher.openEditor(created->meta.id);
    CHECK_FALSE(editor->isReadOnly());
    QPushButton* cancel = stepButton(editor, QStringLiteral("cancelled"));
    REQUIRE(cancel != nullptr);
    CHECK(cancel->isEnabled());
    launcher.closeAll();

    // Someone else's NC is read-only for a process owner.
    const QString other = f.makeNc(QStringLiteral("Not theirs"));
    RecordEditor* foreign = launcher.openEditor(other);
    CHECK(foreign->isReadOnly());
    CHECK(foreign->readOnlyReason().startsWith(QStringLiteral("Read-only")));
    launcher.closeAll();
}

TEST_CASE("Editors: unsaved changes are asked about on close", "[gui][editors]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    EditorLauncher launcher(*f.ws, nullptr);
    RecordEditor* editor = launcher.openEditor(ncId);
    editor->show();
    CHECK_FALSE(editor->isDirty());

    // Typing and undoing it is not a change.
    auto* title = field<QLineEdit>(editor, "title");
    QTest::keyClicks(title, QStringLiteral("X"));
    CHECK(editor->isDirty());
    CHECK(editor->windowTitle().contains(QStringLiteral("[*]")));
    CHECK(editor->isWindowModified());
    QTest::keyClick(title, Qt::Key_Backspace);
    CHECK_FALSE(editor->isDirty());

    QTest::keyClicks(title, QStringLiteral(" (edited)"));
    f.prompts.unsaved = EditorPrompts::UnsavedAnswer::Cancel;
    CHECK_FALSE(editor->close());
    CHECK(editor->isVisible());
    CHECK(f.prompts.asked.contains(QStringLiteral("unsaved:%1").arg(ncId)));

    f.prompts.unsaved = EditorPrompts::UnsavedAnswer::Save;
    CHECK(editor->close());
    CHECK(f.ws->nonconformities().get(ncId)->title == QStringLiteral("Burr on housing (edited)"));

    // Discard leaves the stored record alone; Esc closes too.
    editor = launcher.openEditor(ncId);
    editor->show();
    typeInto(editor, "title", QStringLiteral("Throw away"));
    f.prompts.unsaved = EditorPrompts::UnsavedAnswer::Discard;
    QPointer<RecordEditor> guard(editor);
    editor->activateWindow();
    CHECK(editor->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull()); // deleted on close
    CHECK(f.ws->nonconformities().get(ncId)->title == QStringLiteral("Burr on housing (edited)"));
}

TEST_CASE("Editors: an auditor gets a read-only editor", "[gui][editors]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    auto asAuditor = Workspace::open(f.path, QStringLiteral("aud"), OpenMode::ReadWrite, f.clock);
    REQUIRE(asAuditor.ok());
    EditorLauncher launcher(**asAuditor, nullptr);
    RecordEditor* editor = launcher.openEditor(ncId);
    REQUIRE(editor != nullptr);
    CHECK(editor->isReadOnly());
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK_FALSE(editor->saveButton()->isVisible());
    auto* banner = field<QLabel>(editor, "readOnlyBanner");
    CHECK(banner->text().startsWith(QStringLiteral("Read-only:")));
    CHECK(field<QLineEdit>(editor, "title")->isReadOnly());
    CHECK(field<QPlainTextEdit>(editor, "containment")->isReadOnly());
    CHECK_FALSE(field<QComboBox>(editor, "severity")->isEnabled());
    for (QPushButton* b : editor->stepButtons()) {
        CHECK_FALSE(b->isEnabled());
        CHECK_FALSE(b->toolTip().isEmpty());
    }
    CHECK_FALSE(editor->save());
    // The clause search still works for reading.
    CHECK_FALSE(field<QLineEdit>(editor, "clauseSearch")->isReadOnly());
    launcher.closeAll();
}

TEST_CASE("Editors: a file opened for review is read-only for everyone", "[gui][editors]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    auto review = Workspace::open(f.path, QStringLiteral("qm"), OpenMode::ReadOnly, f.clock);
    REQUIRE(review.ok());
    EditorLauncher launcher(**review, nullptr);
    RecordEditor* editor = launcher.openEditor(ncId);
    CHECK(editor->isReadOnly());
    CHECK(editor->readOnlyReason().contains(QStringLiteral("open for review")));
    CHECK_FALSE(stepButton(editor, QStringLiteral("contained"))->isEnabled());
    CHECK_FALSE(static_cast<NcEditor*>(editor)->actionList()->linkButton()->isVisible());
    launcher.closeAll();
}

TEST_CASE("Editors: a stale edit shows the conflict and offers to reload", "[gui][editors]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    EditorLauncher launcher(*f.ws, nullptr);
    RecordEditor* editor = launcher.openEditor(ncId);

    // Someone else saves in between (another window, another workstation).
    auto other = Workspace::open(f.path, QStringLiteral("qm"), OpenMode::ReadWrite, f.clock);
    REQUIRE(other.ok());
    Nonconformity n = *(*other)->nonconformities().get(ncId);
    n.reference = QStringLiteral("Changed elsewhere");
    REQUIRE((*other)->nonconformities().save(n).ok());

    typeInto(editor, "title", QStringLiteral("My edit"));
    f.prompts.confirmAnswer = false;
    CHECK_FALSE(editor->save());
    CHECK(editor->errorSummary().contains(QStringLiteral("after you opened it")));
    CHECK(editor->isDirty()); // the edit is still there
    REQUIRE(f.prompts.asked.size() == 1);
    CHECK(f.prompts.asked.first().startsWith(QStringLiteral("confirm:")));

    f.prompts.confirmAnswer = true;
    CHECK_FALSE(editor->save());
    CHECK_FALSE(editor->isDirty()); // reloaded
    CHECK(field<QLineEdit>(editor, "reference")->text() == QStringLiteral("Changed elsewhere"));
    CHECK(field<QLineEdit>(editor, "title")->text() == QStringLiteral("Burr on housing"));
    launcher.closeAll();
}

// Document and process editors and the clause picker, driven through their real widgets.
#include "test_editors_support.h"

using namespace qms;
using namespace qms::gui;
using namespace qms::test::editors;

TEST_CASE("Document editor: attach then release with confirmation then a new revision", "[gui][editors]") {
    EditorFixture f;
    EditorLauncher launcher(*f.ws, nullptr);
    auto* editor = static_cast<DocumentEditor*>(launcher.createEditor(RecordKind::Document));
    typeInto(editor, "title", QStringLiteral("Control of nonconforming outputs"));
    typeInto(editor, "description", QStringLiteral("How we handle nonconforming product"));
    REQUIRE(editor->save());
    const QString id = editor->recordId();
    CHECK(id == QStringLiteral("DOC-0001"));

    const QString file = f.dir.writeFile(QStringLiteral("procedure.txt"), "Step 1. Stop.\nStep 2. Think.\n");
    REQUIRE(editor->attachFile(file));
    auto doc = f.ws->documents().get(id);
    REQUIRE(doc.ok());
    const AttachmentInfo att = doc->currentRevision()->attachment;
    CHECK(att.fileName == QStringLiteral("procedure.txt"));
    auto* sha = field<QLabel>(editor, "shaValue");
    CHECK(sha->text().startsWith(att.sha256.left(16)));
    CHECK(sha->toolTip() == att.sha256);

    // Open: a temporary copy handed to the system viewer.
    const QString copy = editor->openAttachment();
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(f.prompts.openedPath == copy);
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == QByteArray("Step 1. Stop.\nStep 2. Think.\n"));

    REQUIRE(editor->runStep(QStringLiteral("in_review")));
    CHECK_FALSE(field<QPushButton>(editor, "attachButton")->isEnabled()); // only drafts take files

    // Release asks the approver to confirm; "no" changes nothing.
    f.prompts.confirmAnswer = false;
    CHECK_FALSE(editor->runStep(QStringLiteral("released")));
    CHECK(f.ws->documents().get(id)->status == DocumentStatus::InReview);
    REQUIRE_FALSE(f.prompts.asked.isEmpty());
    CHECK(f.prompts.asked.last().startsWith(
        QStringLiteral("confirm:Release DOC-0001 revision A as Quinn Manager, quality manager, on ")));
    CHECK(f.prompts.asked.last().endsWith(QStringLiteral("This records your approval.")));
    f.prompts.confirmAnswer = true;
    REQUIRE(editor->runStep(QStringLiteral("released")));
    auto released = f.ws->documents().get(id);
    CHECK(released->status == DocumentStatus::Released);
    CHECK(released->approvedBy == QStringLiteral("qm"));
    CHECK(released->effectiveRevision == QStringLiteral("A"));

    // Start new revision: label suggested by the workflow, summary asked.
    f.prompts.revision = EditorPrompts::RevisionAnswer{QStringLiteral("B"), QStringLiteral("Added a step 3")};
    REQUIRE(stepButton(editor, QStringLiteral("new_revision")) != nullptr);
    QTest::mouseClick(stepButton(editor, QStringLiteral("new_revision")), Qt::LeftButton);
    CHECK(f.prompts.asked.last() == QStringLiteral("revision:B"));
    auto revised = f.ws->documents().get(id);
    CHECK(revised->status == DocumentStatus::Draft);
    CHECK(revised->revision == QStringLiteral("B"));
    CHECK(revised->effectiveRevision == QStringLiteral("A"));
    auto* table = field<QTableWidget>(editor, "revisionTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("B"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("A"));
    CHECK(table->item(1, 5)->toolTip() == att.sha256);
    CHECK(table->item(1, 6)->text() == QStringLiteral("Quinn Manager"));
    CHECK(field<QPushButton>(editor, "attachButton")->isEnabled());

    // Dropping a file on the window attaches it to the draft revision B.
    const QString fileB =
        f.dir.writeFile(QStringLiteral("procedure-b.txt"), "Step 1. Stop.\nStep 2. Think.\nStep 3. Act.\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fileB)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &drop);
    CHECK(f.ws->documents().get(id)->currentRevision()->attachment.fileName ==
          QStringLiteral("procedure-b.txt"));
    CHECK(f.ws->documents().get(id)->revisions.first().attachment.fileName ==
          QStringLiteral("procedure.txt"));

    // Obsolete needs a reason, which is kept.
    REQUIRE(editor->runStep(QStringLiteral("in_review")));
    REQUIRE(editor->runStep(QStringLiteral("released")));
    f.prompts.reason = QStringLiteral("Replaced by DOC-0002");
    REQUIRE(editor->runStep(QStringLiteral("obsolete")));
    CHECK(f.ws->documents().get(id)->obsoleteReason == QStringLiteral("Replaced by DOC-0002"));
    CHECK(editor->isReadOnly());
    launcher.closeAll();
}

TEST_CASE("Process editor: KPIs and feeds and documents", "[gui][editors]") {
    EditorFixture f;
    Process supplier;
    supplier.name = QStringLiteral("Purchasing");
    supplier.owner = QStringLiteral("qm");
    REQUIRE(f.ws->processes().create(supplier).ok());
    Document d;
    d.title = QStringLiteral("Work instruction assembly");
    d.owner = QStringLiteral("qm");
    d.revision = QStringLiteral("A");
    REQUIRE(f.ws->documents().create(d).ok());

    EditorLauncher launcher(*f.ws, nullptr);
    auto* editor = static_cast<ProcessEditor*>(launcher.createEditor(RecordKind::Process));
    typeInto(editor, "name", QStringLiteral("Assembly"));
    typeInto(editor, "purpose", QStringLiteral("Build units to order"));
    QTest::mouseClick(field<QPushButton>(editor, "addKpi"), Qt::LeftButton);
    auto* kpis = field<QTableWidget>(editor, "kpiTable");
    REQUIRE(kpis->rowCount() == 1);
    kpis->item(0, 0)->setText(QStringLiteral("First pass yield"));
    kpis->item(0, 1)->setText(QStringLiteral(">= 98"));
    kpis->item(0, 2)->setText(QStringLiteral("%"));
    QListWidget* feeds = editor->feedsList();
    REQUIRE(feeds->count() == 1);
    feeds->item(0)->setCheckState(Qt::Checked);
    f.prompts.pick = QStringLiteral("DOC-0001");
    QTest::mouseClick(editor->documentList()->linkButton(), Qt::LeftButton);
    CHECK(editor->documentList()->ids() == QStringList{QStringLiteral("DOC-0001")});
    REQUIRE(editor->save());

    auto stored = f.ws->processes().get(editor->recordId());
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Assembly"));
    REQUIRE(stored->kpis.size() == 1);
    CHECK(stored->kpis[0] ==
          Kpi{QStringLiteral("First pass yield"), QStringLiteral(">= 98"), QStringLiteral("%")});
    CHECK(stored->feeds == QStringList{QStringLiteral("PRC-0001")});
    CHECK(stored->documents == QStringList{QStringLiteral("DOC-0001")});
    CHECK(f.ws->documents().get(QStringLiteral("DOC-0001"))->processes == QStringList{editor->recordId()});

    // Removing the KPI row is an edit; clicking a linked id asks to open that record.
    kpis->setCurrentCell(0, 0);
    QTest::mouseClick(field<QPushButton>(editor, "removeKpi"), Qt::LeftButton);
    CHECK(editor->isDirty());
    QSignalSpy open(editor, &RecordEditor::openRequested);
    auto* link = editor->findChild<QLabel*>(QStringLiteral("open_DOC-0001"));
    REQUIRE(link != nullptr);
    Q_EMIT link->linkActivated(QStringLiteral("DOC-0001"));
    REQUIRE(open.count() == 1);
    CHECK(launcher.editorFor(QStringLiteral("DOC-0001")) != nullptr);
    f.prompts.unsaved = EditorPrompts::UnsavedAnswer::Discard;
    launcher.closeAll();
}

TEST_CASE("Clause picker: search filters the tree and checks give the clauses", "[gui][editors]") {
    ClausePicker picker(ClauseCatalogue::iso9001());
    picker.setSelected({QStringLiteral("7.5.3"), QStringLiteral("8.7")});
    CHECK(picker.selected() == QStringList{QStringLiteral("7.5.3"), QStringLiteral("8.7")});
    picker.setFilterText(QStringLiteral("8.7"));
    int visibleTop = 0;
    for (int i = 0; i < picker.tree()->topLevelItemCount(); ++i)
        visibleTop += picker.tree()->topLevelItem(i)->isHidden() ? 0 : 1;
    CHECK(visibleTop == 1); // only clause 8 holds a match
    QSignalSpy changed(&picker, &ClausePicker::changed);
    picker.tree()->topLevelItem(0)->setCheckState(0, Qt::Checked); // clause 4
    CHECK(changed.count() == 1);
    CHECK(picker.selected().first() == QStringLiteral("4"));
}

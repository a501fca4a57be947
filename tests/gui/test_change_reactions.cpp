// The GUI follows the workspace's change announcements (ws.changes()): a register updates only
// for its own kind, in place where it can; an open editor of a record changed by another write
// reloads, or warns when it holds edits.

#include "domain/kinds/KindDeclaration.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"
#include "test_editors_support.h"

#include <QItemSelectionModel>
#include <QTableView>

using namespace qms::test::editors;

namespace {

QString cell(const RegisterView& view, const QString& id, const char* column) {
    const int row = view.model()->rowOf(id);
    REQUIRE(row >= 0);
    const int col = kindDecl(view.kind()).columnIndex(QString::fromLatin1(column));
    REQUIRE(col >= 0);
    return view.model()->index(row, col).data().toString();
}

} // namespace

TEST_CASE("Changes: a save in an editor updates its register row in place and leaves other registers alone",
          "[gui][changes]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    Document doc;
    doc.title = QStringLiteral("Packaging instruction");
    doc.owner = QStringLiteral("qm");
    doc.revision = QStringLiteral("A");
    auto savedDoc = f.ws->documents().create(doc);
    INFO((savedDoc ? QString() : savedDoc.error().describe()).toStdString());
    REQUIRE(savedDoc.ok());

    RegisterView ncs(*f.ws, RecordKind::Nonconformity);
    RegisterView docs(*f.ws, RecordKind::Document);
    RegisterView processes(*f.ws, RecordKind::Process);
    QSignalSpy ncResets(ncs.model(), &QAbstractItemModel::modelReset);
    QSignalSpy ncRows(ncs.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy docResets(docs.model(), &QAbstractItemModel::modelReset);
    QSignalSpy docRows(docs.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy processResets(processes.model(), &QAbstractItemModel::modelReset);
    ncs.table()->selectRow(ncs.model()->rowOf(ncId));
    REQUIRE(ncs.selectedId() == ncId);

    EditorLauncher launcher(*f.ws, nullptr);
    RecordEditor* editor = launcher.openEditor(ncId);
    REQUIRE(editor);
    typeInto(editor, "title", QStringLiteral("Burr on housing, deburred"));
    REQUIRE(editor->save());
    CHECK_FALSE(editor->isChangedElsewhere()); // its own save is no news to it

    CHECK(cell(ncs, ncId, "title") == QStringLiteral("Burr on housing, deburred"));
    CHECK(ncResets.count() == 0); // the row changed in place
    CHECK(ncRows.count() == 1);
    CHECK(ncs.selectedId() == ncId);
    CHECK(docResets.count() == 0); // another kind: not read again
    CHECK(docRows.count() == 0);
    CHECK(processResets.count() == 0);

    // A new record: the register reads its rows again and keeps the selection.
    const QString second = f.makeNc(QStringLiteral("Label missing"));
    CHECK(ncResets.count() == 1);
    CHECK(ncs.model()->filteredCount() == 2);
    CHECK(ncs.model()->rowOf(second) >= 0);
    CHECK(ncs.selectedId() == ncId);
    CHECK(docResets.count() == 0);
    launcher.closeAll();
}

TEST_CASE("Changes: an open editor of a record changed elsewhere reloads, or warns while it holds edits",
          "[gui][changes]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    EditorLauncher launcher(*f.ws, nullptr);
    RecordEditor* editor = launcher.openEditor(ncId);
    REQUIRE(editor);
    auto* banner = editor->findChild<QLabel*>(QStringLiteral("changedElsewhereBanner"));
    REQUIRE(banner);

    // Another write in this workspace (another window, a consequence of another save).
    Nonconformity n = *f.ws->nonconformities().get(ncId);
    n.reference = QStringLiteral("Changed elsewhere");
    REQUIRE(f.ws->nonconformities().save(n).ok());
    CHECK(field<QLineEdit>(editor, "reference")->text() == QStringLiteral("Changed elsewhere")); // reloaded
    CHECK_FALSE(editor->isDirty());
    CHECK_FALSE(editor->isChangedElsewhere());

    // With edits in the form: they stay, and the window says what happened.
    typeInto(editor, "title", QStringLiteral("My edit"));
    REQUIRE(editor->isDirty());
    n = *f.ws->nonconformities().get(ncId);
    n.reference = QStringLiteral("Changed again");
    REQUIRE(f.ws->nonconformities().save(n).ok());
    CHECK(editor->isDirty());
    CHECK(field<QLineEdit>(editor, "title")->text() == QStringLiteral("My edit"));
    CHECK(field<QLineEdit>(editor, "reference")->text() == QStringLiteral("Changed elsewhere"));
    CHECK(editor->isChangedElsewhere());
    CHECK(banner->text().contains(ncId));

    // A change of another record says nothing here.
    const QString other = f.makeNc(QStringLiteral("Another one"));
    Nonconformity o = *f.ws->nonconformities().get(other);
    o.reference = QStringLiteral("Unrelated");
    REQUIRE(f.ws->nonconformities().save(o).ok());
    CHECK(editor->isDirty());

    // The banner's link reloads: the stored version, the banner gone.
    Q_EMIT banner->linkActivated(QStringLiteral("reload"));
    CHECK_FALSE(editor->isDirty());
    CHECK_FALSE(editor->isChangedElsewhere());
    CHECK(field<QLineEdit>(editor, "reference")->text() == QStringLiteral("Changed again"));
    launcher.closeAll();
}

TEST_CASE("Changes: linking from one editor reloads the other side's open editor", "[gui][changes]") {
    EditorFixture f;
    const QString ncId = f.makeNc();
    CorrectiveAction ca;
    ca.title = QStringLiteral("Deburr the edge");
    ca.description = QStringLiteral("Add a deburring step");
    ca.owner = QStringLiteral("qm");
    ca.dueDate = QDate(2026, 12, 20);
    auto savedCa = f.ws->actions().create(ca);
    REQUIRE(savedCa.ok());

    EditorLauncher launcher(*f.ws, nullptr);
    auto* caEditor = static_cast<CaEditor*>(launcher.openEditor(savedCa->meta.id));
    REQUIRE(caEditor);
    // The CA lists its NCs from the other side; a link made from the NC shows there at once.
    Nonconformity n = *f.ws->nonconformities().get(ncId);
    n.actions = {savedCa->meta.id};
    REQUIRE(f.ws->nonconformities().save(n).ok());
    CHECK_FALSE(caEditor->isDirty());
    CHECK(caEditor->ncList()->ids() == QStringList{ncId});
    launcher.closeAll();
}

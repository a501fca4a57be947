// The Import CSV dialog driven offscreen: mapping step, preview with problems, import.
#include "MainWindow.h"
#include "interchange/ImportDialog.h"
#include "shell/MessageBox.h"
#include "storage/DemoData.h"
#include "test_registers_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace qms;
using namespace qms::gui;
using namespace qms::test;

namespace {

QString S(const char* s) {
    return QString::fromUtf8(s);
}

struct ImportFixture {
    TempDir dir;
    QString path = dir.filePath(S("import.qms"));
    std::unique_ptr<Workspace> ws;
    ImportFixture() {
        auto created = Workspace::create(path, {S("Acme"), S("qm"), S("Quinn Manning")}, guiTestClock());
        GUI_REQUIRE_OK(created);
        ws = std::move(created).value();
        GUI_REQUIRE_OK(ws->users().add(User{S("aud"), S("Ada Auditor"), Role::Auditor, true, false}));
    }
};

// An NC register kept in a spreadsheet: its own column names, a comments column, two mistakes.
const QByteArray badNcs =
    "NC No.,Date raised,Title,Description,Raised by,Owner,Severity,Comments\r\n"
    "NC-0101,2026-06-01,Burr on shaft,Burr found at goods-in,Ann,Bob,Major,supplier informed\r\n"
    "NC-0102,2026-06-02,Label missing,Box without label,Ann,Bob,hgih,\r\n"
    "NC-0103,next week,Dent,Dent in housing,Ann,Bob,Minor,\r\n";
const QByteArray goodNcs =
    "NC No.,Date raised,Title,Description,Raised by,Owner,Severity,Comments\r\n"
    "NC-0101,2026-06-01,Burr on shaft,Burr found at goods-in,Ann,Bob,Major,supplier informed\r\n"
    "NC-0102,2026-06-02,Label missing,Box without label,Ann,Bob,minor,\r\n"
    "NC-0103,2026-06-03,Dent,Dent in housing,Ann,Bob,Minor,\r\n";

template <typename W> W* child(QWidget& parent, const char* name) {
    auto* w = parent.findChild<W*>(S(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

QString cell(QTableWidget* t, int r, int c) {
    return t->item(r, c) ? t->item(r, c)->text() : QString();
}

} // namespace

TEST_CASE("Import dialog: mapping step, preview with line and column, import only when clean",
          "[gui][import]") {
    ImportFixture fx;
    const QString csv = fx.dir.writeFile(S("ncs.csv"), badNcs);
    MessageBox::resetTesting();

    ImportDialog dialog(*fx.ws, RecordKind::Nonconformity);
    dialog.show();
    dialog.setFile(csv);
    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == ImportDialog::Step::Mapping);

    // Suggestions from the spreadsheet's names; the comments column is ignored.
    CHECK(child<QComboBox>(dialog, "mappingCombo0")->currentData().toString() == S("id"));
    CHECK(child<QComboBox>(dialog, "mappingCombo1")->currentData().toString() == S("detected_on"));
    CHECK(child<QComboBox>(dialog, "mappingCombo5")->currentData().toString() == S("responsible"));
    CHECK(child<QComboBox>(dialog, "mappingCombo7")->currentData().toString().isEmpty());

    // Ignoring a required column is flagged at once and blocks the next step.
    auto* raisedBy = child<QComboBox>(dialog, "mappingCombo4");
    raisedBy->setCurrentIndex(0);
    CHECK(child<QLabel>(dialog, "mappingMessage")->text().contains(S("Reported by")));
    CHECK_FALSE(child<QPushButton>(dialog, "nextButton")->isEnabled());
    raisedBy->setCurrentIndex(raisedBy->findData(S("reported_by")));
    REQUIRE(child<QPushButton>(dialog, "nextButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == ImportDialog::Step::Preview);
    auto* preview = child<QTableWidget>(dialog, "previewTable");
    auto* problems = child<QTableWidget>(dialog, "problemTable");
    CHECK(preview->rowCount() == 3);
    CHECK(cell(preview, 0, 0) == S("2")); // the file's line
    CHECK(cell(preview, 0, 1) == S("NC-0101"));
    REQUIRE(problems->rowCount() == 2);
    CHECK(cell(problems, 0, 0) == S("3"));
    CHECK(cell(problems, 0, 1) == S("7 (Severity)"));
    CHECK(cell(problems, 0, 3).contains(S("hgih")));
    CHECK(cell(problems, 1, 0) == S("4"));
    CHECK(cell(problems, 1, 1) == S("2 (Date raised)"));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    CHECK(fx.ws->nonconformities().list()->isEmpty()); // the preview wrote nothing

    // The user corrects the file in the spreadsheet and checks again: the mapping is kept.
    fx.dir.writeFile(S("ncs.csv"), goodNcs);
    QTest::mouseClick(child<QPushButton>(dialog, "recheckButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == ImportDialog::Step::Preview);
    CHECK(problems->rowCount() == 0);
    REQUIRE(child<QPushButton>(dialog, "importButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.report().createdIds == QStringList{S("NC-0101"), S("NC-0102"), S("NC-0103")});
    CHECK(MessageBox::lastShown().text.contains(S("NC-0101 to NC-0103")));
    auto nc = fx.ws->nonconformities().get(S("NC-0102"));
    GUI_REQUIRE_OK(nc);
    CHECK(nc->severity == Severity::Minor);
    CHECK(nc->responsible == S("Bob"));
    CHECK(fx.ws->nonconformities().get(S("NC-0101"))->description == S("Burr found at goods-in"));
}

TEST_CASE("Import dialog: a template skips the mapping step and is saved from the dialog", "[gui][import]") {
    ImportFixture fx;
    ImportDialog dialog(*fx.ws, RecordKind::CorrectiveAction);
    const QString templ = fx.dir.filePath(S("ca-template.csv"));
    REQUIRE(dialog.saveTemplateTo(templ));
    CHECK(child<QLabel>(dialog, "sourceMessage")->text().contains(S("ca-template.csv")));
    // Filled in as a person would: the header kept, one row typed below it.
    QFile f(templ);
    REQUIRE(f.open(QIODevice::Append));
    f.write(",,Calibrate wrenches,Monthly calibration,Corrective,Bob,2026-07-01,Planned,,,,,7.1.5\r\n");
    f.close();
    dialog.setFile(templ);
    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == ImportDialog::Step::Preview);
    CHECK(child<QTableWidget>(dialog, "problemTable")->rowCount() == 0);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fx.ws->actions().list()->size() == 1);
}

TEST_CASE("Import CSV is disabled for auditors and read-only sessions", "[gui][import]") {
    ImportFixture fx;
    const QString path = fx.path;
    fx.ws.reset();
    MainWindow window;
    auto* action = window.findChild<QAction*>(S("importCsvAction"));
    REQUIRE(action);
    REQUIRE(window.openDatabase(path, S("qm")));
    CHECK(action->isEnabled());
    REQUIRE(window.openDatabase(path, S("aud")));
    CHECK_FALSE(action->isEnabled());
    REQUIRE(window.openDatabase(path, S("qm"), OpenMode::ReadOnly));
    CHECK_FALSE(action->isEnabled());
}

// Not a test but the screenshot maker for docs/images (see test_shell_screenshots.cpp):
//   QMSDESK_SCREENSHOT_DIR=docs/images build/dev/tests/test_gui "[.screenshots]"
TEST_CASE("Screenshots of the import dialog", "[.screenshots]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    TempDir dir;
    auto ws = Workspace::create(dir.filePath(S("demo.qms")),
                                {S("Nordwind Precision GmbH"), S("qm"), S("Quinn Manning")});
    GUI_REQUIRE_OK(ws);
    const QString csv = dir.writeFile(
        S("NC register 2025.csv"),
        "NC No.,Date raised,Nonconformity,Details,Raised by,Owner,Category,Root Cause,Clause,Comments\r\n"
        "NC-0201,03/02/2025,Burr on piston rod,Burr at the thread run-out on 12 of 200 parts,K. Lange,F. "
        "Weber,Minor,"
        "Worn deburring tool,8.5.1,tool replaced\r\n"
        "NC-0202,11/02/2025,Calibration overdue,Torque wrench TW-07 used 3 weeks after its due date,Internal "
        "audit,"
        "M. Roth,Major,,7.1.5,\r\n"
        "NC-0203,19/02/2025,Wrong label,Lot L25-118 labelled with the previous revision,K. Lange,S. "
        "Ahmed,Minor,,8.5.2,\r\n"
        "NC-0204,2025-02-30,Customer complaint,Scratches on housing reported by customer,Sales,F. "
        "Weber,Minor,,9.1.2,\r\n"
        "NC-0205,04/03/2025,Supplier certificate missing,Material certificate for lot 4471 not "
        "received,Goods-in,"
        "M. Roth,Mjaor,,8.4.3,chase supplier\r\n"
        "NC-0206,12/03/2025,Training record missing,No training record for new CNC operator,HR audit,S. "
        "Ahmed,"
        "Observation,,7.2,\r\n");
    ImportDialog dialog(**ws, RecordKind::Nonconformity);
    dialog.resize(1100, 640);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(csv);
    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == ImportDialog::Step::Mapping);
    QTest::qWait(200);
    CHECK(dialog.grab().save(out + S("/import-mapping.png")));
    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == ImportDialog::Step::Preview);
    QTest::qWait(200);
    CHECK(dialog.grab().save(out + S("/import-preview.png")));
}

#include "MainWindow.h"
#include "editors/EditorLauncher.h"
#include "editors/EditorPrompts.h"
#include "editors/RecordEditor.h"
#include "map/ProcessMapScene.h"
#include "print/PrintFlow.h"
#include "print/RegisterPrintout.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"
#include "report/RecordPrintout.h"
#include "storage/DemoData.h"
#include "storage/ProcessMapQuery.h"
#include "test_registers_fixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace qms;
using namespace qms::gui;
using qms::report::RecordPrintout;
using qms::test::RegisterFixture;

namespace {

// Prints `html` to a PDF as File -> Print does and returns the text pdftotext reads back.
QString printToPdfText(Workspace& ws, const QString& html, const QString& pdfPath, bool landscape) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    const QString error = PrintFlow::printHtml(ws, QStringLiteral("Printout"), html, printer);
    REQUIRE(error.isEmpty());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("RegisterPrintout: header labels, every filtered row, the filter in words", "[print]") {
    RegisterFixture fx;
    RegisterPrintRequest request;
    request.kind = RecordKind::Nonconformity;
    request.filter.severities = {QStringLiteral("major")};
    request.filter.openOnly = true;
    request.sortColumn = 0;
    request.descending = false;
    const QList<RegisterColumn> columns = RegisterQuery::columns(RecordKind::Nonconformity);
    const int title = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("title"));
    const int severity = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("severity"));
    request.columns = {0, title, severity};

    RegisterPrintout printout(*fx.ws, request);
    auto html = printout.html();
    GUI_REQUIRE_OK(html);
    QTextDocument doc;
    doc.setHtml(*html);
    const QString text = doc.toPlainText();
    CHECK(text.contains(QStringLiteral("Nonconformities")));
    CHECK(printout.filterDescription().contains(QStringLiteral("Severity: Major")));
    CHECK(printout.filterDescription().contains(QStringLiteral("Open only")));
    CHECK(text.contains(printout.filterDescription()));
    for (int c : request.columns)
        CHECK(text.contains(columns.at(c).label));
    // A hidden column stays off the paper.
    const int responsible =
        RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("responsible"));
    CHECK_FALSE(html->contains(QStringLiteral(">%1</th>").arg(columns.at(responsible).label)));

    // Every row the register shows with this filter, in its order.
    RegisterQuery q(*fx.ws, RecordKind::Nonconformity);
    q.setFilter(request.filter);
    auto rows = q.fetch(0, 1000);
    GUI_REQUIRE_OK(rows);
    REQUIRE(rows->size() > 50);
    int last = -1;
    for (const RegisterRow& row : *rows) {
        const int at = int(text.indexOf(row.id + QLatin1Char('\n')));
        INFO(row.id.toStdString());
        REQUIRE(at > last);
        last = at;
    }
    CHECK_FALSE(text.contains(QStringLiteral("NC-0002\n"))); // minor: filtered out

    // The table's header row repeats on every page.
    CHECK(html->contains(QStringLiteral("<thead>")));
}

TEST_CASE("RegisterPrintout: follows the view's sort, columns and filter", "[print]") {
    RegisterFixture fx;
    RegisterView view(*fx.ws, RecordKind::Nonconformity);
    view.resize(1200, 600);
    view.show();
    QHeaderView* header = view.table()->horizontalHeader();
    const int responsible =
        RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("responsible"));
    header->setSectionHidden(responsible, true);
    view.table()->sortByColumn(0, Qt::AscendingOrder);
    RegisterPreset preset;
    preset.kind = RecordKind::Nonconformity;
    preset.text = QStringLiteral("scratched");
    view.applyPreset(preset);
    const RegisterPrintRequest r = RegisterPrintRequest::fromView(view);
    CHECK_FALSE(r.columns.contains(responsible));
    CHECK(r.columns.first() == 0);
    CHECK_FALSE(r.descending);
    CHECK(r.filter.text == QStringLiteral("scratched"));
    RegisterPrintout printout(*fx.ws, r);
    auto count = printout.rowCount();
    GUI_REQUIRE_OK(count);
    CHECK(*count == view.model()->filteredCount());
    CHECK(*count == 25);
}

TEST_CASE("RecordPrintout: every field, links, KPIs, revisions and status history", "[print]") {
    qms::test::TempDir dir;
    auto created =
        Workspace::create(dir.filePath(QStringLiteral("demo.qms")),
                          {QStringLiteral("Demo"), QStringLiteral("qm"), QStringLiteral("Quinn Manning")});
    GUI_REQUIRE_OK(created);
    Workspace& ws = **created;
    GUI_REQUIRE_OK(DemoData::generate(ws));

    SECTION("a closed nonconformity") {
        auto ncs = ws.nonconformities().list({{QStringLiteral("closed")}});
        GUI_REQUIRE_OK(ncs);
        REQUIRE_FALSE(ncs->isEmpty());
        const Nonconformity& nc = ncs->first();
        RecordPrintout printout(ws, nc.meta.id);
        auto html = printout.html();
        GUI_REQUIRE_OK(html);
        QTextDocument doc;
        doc.setHtml(*html);
        const QString text = doc.toPlainText();
        for (const auto& f : recordFields<Nonconformity>())
            CHECK(text.contains(translateFieldLabel(f.label)));
        CHECK(text.contains(nc.title));
        CHECK(text.contains(nc.rootCause.left(40)));
        CHECK(text.contains(enumLabel(nc.severity)));
        CHECK(text.contains(QStringLiteral("Status history")));
        CHECK(text.contains(enumLabel(NcStatus::Closed)));
        for (const QString& ca : nc.actions) {
            auto action = ws.actions().get(ca);
            GUI_REQUIRE_OK(action);
            CHECK(text.contains(ca + QLatin1Char(' ') + action->title));
        }
        CHECK(printout.title() == nc.meta.id + QLatin1Char(' ') + nc.title);
    }
    SECTION("a process with KPIs and a released document with revisions") {
        auto processes = ws.processes().list();
        GUI_REQUIRE_OK(processes);
        const Process& p = processes->first();
        REQUIRE_FALSE(p.kpis.isEmpty());
        auto html = RecordPrintout(ws, p.meta.id).html();
        GUI_REQUIRE_OK(html);
        CHECK(html->contains(p.kpis.first().name.toHtmlEscaped()));
        CHECK(html->contains(QStringLiteral("Key performance indicators")));
        // Who feeds it, although only the feeding process stores the link.
        for (const Process& other : *processes)
            if (other.feeds.contains(p.meta.id))
                CHECK(html->contains(
                    QStringLiteral("<b>%1</b> %2").arg(other.meta.id, other.name.toHtmlEscaped())));
        CHECK(html->contains(QStringLiteral("Fed by")));

        auto docs = ws.documents().list({{QStringLiteral("released")}});
        GUI_REQUIRE_OK(docs);
        REQUIRE_FALSE(docs->isEmpty());
        const Document& d = docs->first();
        auto dhtml = RecordPrintout(ws, d.meta.id).html();
        GUI_REQUIRE_OK(dhtml);
        CHECK(dhtml->contains(QStringLiteral("Revisions")));
        for (const DocumentRevision& rev : d.revisions)
            CHECK(dhtml->contains(QStringLiteral("<b>%1</b>").arg(rev.label.toHtmlEscaped())));
    }
    SECTION("an unknown id is an error, not an empty sheet") {
        auto html = RecordPrintout(ws, QStringLiteral("NC-9999")).html();
        CHECK_FALSE(html.ok());
    }
}

TEST_CASE("Printing to PDF: ids on the pages, page numbers, repeated headers", "[print]") {
    RegisterFixture fx;
    RegisterPrintRequest request;
    request.kind = RecordKind::Nonconformity;
    RegisterPrintout printout(*fx.ws, request);
    auto html = printout.html();
    GUI_REQUIRE_OK(html);
    qms::test::TempDir dir;
    const QString text = printToPdfText(*fx.ws, *html, dir.filePath(QStringLiteral("register.pdf")), true);
    const int pages = int(text.count(QLatin1Char('\f')));
    REQUIRE(pages > 1);
    for (int i = 1; i <= RegisterFixture::NcCount; i += 7)
        CHECK(text.contains(QStringLiteral("NC-%1").arg(i, 4, 10, QLatin1Char('0'))));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("by Quinn Manning")));
    CHECK(text.count(QStringLiteral("Acme")) >= pages); // the organisation in every page's header
    const QString severityLabel =
        RegisterQuery::columns(RecordKind::Nonconformity)
            .at(RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("severity")))
            .label;
    CHECK(text.count(severityLabel) >= pages); // the header row on every page

    auto record = RecordPrintout(*fx.ws, QStringLiteral("NC-0010")).html();
    GUI_REQUIRE_OK(record);
    const QString recordText =
        printToPdfText(*fx.ws, *record, dir.filePath(QStringLiteral("record.pdf")), false);
    CHECK(recordText.contains(QStringLiteral("NC-0010")));
    CHECK(recordText.contains(QStringLiteral("Scratched housing 10")));
}

TEST_CASE("Print actions: on registers only; editors print once stored", "[print]") {
    RegisterFixture fx;
    fx.ws.reset();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    auto* print = window.findChild<QAction*>(QStringLiteral("printAction"));
    auto* preview = window.findChild<QAction*>(QStringLiteral("printPreviewAction"));
    REQUIRE(print);
    REQUIRE(preview);
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    window.showPage(MainWindow::Page::Dashboard);
    CHECK_FALSE(print->isEnabled());
    CHECK_FALSE(preview->isEnabled());
    window.showPage(MainWindow::Page::Nonconformities);
    CHECK(print->isEnabled());
    CHECK(preview->isEnabled());
    window.showPage(MainWindow::Page::AuditTrail);
    CHECK_FALSE(print->isEnabled());
    REQUIRE(window.closeDatabase());
    CHECK_FALSE(print->isEnabled());
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));

    RecordEditor* stored = window.editors()->openEditor(QStringLiteral("NC-0001"));
    REQUIRE(stored);
    auto* button = stored->findChild<QPushButton*>(QStringLiteral("printButton"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    RecordEditor* fresh = window.editors()->createEditor(RecordKind::Nonconformity);
    auto* freshButton = fresh->findChild<QPushButton*>(QStringLiteral("printButton"));
    REQUIRE(freshButton);
    CHECK_FALSE(freshButton->isEnabled());
    fresh->close();

    // Save as PDF: the editor's menu, a file asked for, written complete and opened.
    auto* savePdf = stored->findChild<QAction*>(QStringLiteral("savePdfAction"));
    REQUIRE(savePdf);
    qms::test::TempDir out;
    const QString pdf = out.filePath(QStringLiteral("NC-0001.pdf"));
    QString asked, opened, warned;
    struct Restore {
        ~Restore() { EditorPrompts::reset(); } // the defaults again, whatever fails below
    } restore;
    EditorPrompts::saveFile = [&](QWidget*, const QString& title, const QString& suggested) {
        asked = title + QLatin1Char('|') + suggested;
        return pdf;
    };
    EditorPrompts::openExternally = [&](const QString& path) {
        opened = path;
        return true;
    };
    EditorPrompts::warn = [&](QWidget*, const QString&, const QString& text) {
        warned = text;
    };
    savePdf->trigger();
    CHECK(asked.contains(QStringLiteral("NC-0001.pdf")));
    CHECK(opened == pdf);
    CHECK(warned.isEmpty());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("NC-0001")));
    // A folder that does not exist: the reason, and nothing opened.
    opened.clear();
    EditorPrompts::saveFile = [&](QWidget*, const QString&, const QString&) {
        return out.path() + QStringLiteral("/missing/NC-0001.pdf");
    };
    savePdf->trigger();
    CHECK(opened.isEmpty());
    CHECK(warned.contains(QStringLiteral("could not be saved as PDF")));
    stored->close();
}

// Not a test but the maker of docs/images/print-preview.png (see test_shell_screenshots.cpp).
TEST_CASE("Screenshot of the print preview", "[.screenshots]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    qms::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.qms"));
    {
        auto ws = Workspace::create(path, {QStringLiteral("Demo Precision Engineering Ltd"),
                                           QStringLiteral("qm"), QStringLiteral("Quinn Manning")});
        GUI_REQUIRE_OK(ws);
        GUI_REQUIRE_OK(DemoData::generate(**ws));
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(path, QStringLiteral("qm")));
    window.showPage(MainWindow::Page::Nonconformities);
    RegisterPreset preset;
    preset.kind = RecordKind::Nonconformity;
    preset.openOnly = true;
    window.openRegister(preset);
    QTest::qWait(100);
    // The preview dialog is modal: grab it from a timer once it is up, then close it.
    QTimer::singleShot(1500, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("printPreview") && w->isVisible()) {
                CHECK(w->grab().save(out + QStringLiteral("/print-preview.png")));
                w->close();
            }
    });
    window.findChild<QAction*>(QStringLiteral("printPreviewAction"))->trigger();

    // And the pages themselves, as PDF, for a look with pdftoppm.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out + QStringLiteral("/print-register.pdf"));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    CHECK(PrintFlow::registerJob(*window.workspace(), *window.registerView(RecordKind::Nonconformity))
              .paint(printer)
              .isEmpty());
    QPrinter record(QPrinter::HighResolution);
    record.setOutputFormat(QPrinter::PdfFormat);
    record.setOutputFileName(out + QStringLiteral("/print-record.pdf"));
    record.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    CHECK(PrintFlow::recordJob(*window.workspace(), QStringLiteral("NC-0005")).paint(record).isEmpty());
}

TEST_CASE("Printing the process map: one page with every process", "[print][map]") {
    qms::test::TempDir dir;
    auto created =
        Workspace::create(dir.filePath(QStringLiteral("demo.qms")),
                          {QStringLiteral("Demo"), QStringLiteral("qm"), QStringLiteral("Quinn Manning")});
    GUI_REQUIRE_OK(created);
    Workspace& ws = **created;
    GUI_REQUIRE_OK(DemoData::generate(ws));
    auto nodes = ProcessMapQuery(ws).load();
    GUI_REQUIRE_OK(nodes);
    ProcessMapScene scene;
    scene.setProcesses(*nodes);
    const PrintFlow::Job job = PrintFlow::mapJob(ws, scene);
    CHECK(job.landscape);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    printer.setOutputFileName(pdf);
    printer.setPageOrientation(QPageLayout::Landscape);
    REQUIRE(job.paint(printer).isEmpty());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    for (const ProcessMapNode& n : *nodes)
        CHECK(text.contains(n.id));
}

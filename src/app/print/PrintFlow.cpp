#include "PrintFlow.h"

#include "MainWindow.h"
#include "RegisterPrintout.h"
#include "editors/EditorPrompts.h"
#include "editors/RecordEditor.h"
#include "map/ProcessMapPage.h"
#include "map/ProcessMapScene.h"
#include "registers/RegisterView.h"
#include "report/PagePainter.h"
#include "report/RecordPrintout.h"
#include "report/RecordReport.h"
#include "shell/Icons.h"
#include "shell/MessageBox.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextDocument>

namespace qms::gui {
namespace {

// A register shown by the main window, or null (dashboard, clauses, audit trail).
RegisterView* shownRegister(const MainWindow* window) {
    const auto kind = MainWindow::registerKind(window->currentPage());
    return kind ? window->registerView(*kind) : nullptr;
}

// Past this many rows, printing asks first (10,000 rows are some 400 pages).
constexpr qint64 LargeRegister = 2000;

} // namespace

QString PrintFlow::printedLine(Workspace& ws) {
    return report::PagePainter::printedLine(QDateTime::currentDateTime(), ws.user().printedName());
}

QString PrintFlow::printHtml(Workspace& ws, const QString& title, const QString& html, QPrinter& printer) {
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    return report::PagePainter({ws.organisation(), title, printedLine(ws)})
        .print(doc, printer, printer.fromPage(), printer.toPage());
}

PrintFlow::Job PrintFlow::registerJob(Workspace& ws, const RegisterView& view) {
    const RegisterPrintRequest request = RegisterPrintRequest::fromView(view);
    Job job;
    job.title = recordKindPluralLabel(view.kind());
    job.landscape = request.columns.size() > 5;
    job.paint = [&ws, request](QPrinter& printer) {
        RegisterPrintout printout(ws, request);
        auto html = printout.html();
        if (!html)
            return html.error().describe();
        return printHtml(ws, printout.title(), *html, printer);
    };
    return job;
}

PrintFlow::Job PrintFlow::recordJob(Workspace& ws, const QString& id) {
    Job job;
    job.title = id;
    job.paint = [&ws, id](QPrinter& printer) {
        report::RecordPrintout printout(ws, id);
        auto html = printout.html();
        if (!html)
            return html.error().describe();
        return printHtml(ws, printout.title(), *html, printer);
    };
    return job;
}

PrintFlow::Job PrintFlow::mapJob(Workspace& ws, ProcessMapScene& scene) {
    Job job;
    job.title = tr("Process interaction map");
    job.landscape = true;
    job.paint = [&ws, &scene, title = job.title](QPrinter& printer) -> QString {
        // The map as one page: the header and footer around it, the scene scaled to fit the body.
        QTextDocument doc;
        const QString error =
            report::PagePainter({ws.organisation(), title, printedLine(ws)})
                .print(doc, printer, printer.fromPage(), printer.toPage(),
                       [&scene](QPainter& p, const QRectF& body) {
                           const QRectF source = scene.sceneRect();
                           const qreal scale =
                               std::min(body.width() / source.width(), body.height() / source.height());
                           const QSizeF size = source.size() * scale;
                           const QRectF area(body.left() + (body.width() - size.width()) / 2, body.top(),
                                             size.width(), size.height());
                           scene.render(&p, area, source);
                       });
        return error;
    };
    return job;
}

void PrintFlow::run(QWidget* parent, const Job& job, bool preview) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(job.title);
    printer.setPageOrientation(job.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QString error;
    if (preview) {
        QPrintPreviewDialog dialog(&printer, parent);
        dialog.setObjectName(QStringLiteral("printPreview"));
        dialog.setWindowTitle(tr("Print preview: %1").arg(job.title));
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            error = job.paint(*p);
            QGuiApplication::restoreOverrideCursor();
        });
        dialog.resize(1000, 800);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print %1").arg(job.title));
        if (dialog.exec() != QDialog::Accepted)
            return;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        error = job.paint(printer);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!error.isEmpty())
        MessageBox::critical(parent, tr("Print"), tr("%1 could not be printed.\n\n%2").arg(job.title, error));
}

void PrintFlow::installActions(MainWindow* window) {
    auto currentJob = [window](bool* ok) -> Job {
        *ok = false;
        RegisterView* view = shownRegister(window);
        Workspace* ws = window->workspace();
        if (!view || !ws)
            return {};
        if (auto* map = qobject_cast<ProcessMapPage*>(view->currentAlternateView())) {
            *ok = true;
            return mapJob(*ws, *map->scene());
        }
        auto count = RegisterPrintout(*ws, RegisterPrintRequest::fromView(*view)).rowCount();
        if (count && *count > LargeRegister &&
            MessageBox::question(
                window, tr("Print"),
                tr("%1 rows match the filter; that is a few hundred pages. Print them all?\n\n"
                   "Narrow the filter to print fewer.")
                    .arg(QLocale().toString(*count))) != QMessageBox::Yes)
            return {};
        *ok = true;
        return registerJob(*ws, *view);
    };
    auto* print = new QAction(icon(QStringLiteral("print")), tr("&Print…"), window);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print the register as shown: its filter, sort order and columns"));
    auto* preview = new QAction(icon(QStringLiteral("print-preview")), tr("Print pre&view…"), window);
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    preview->setStatusTip(tr("See the printout of the register as shown before printing it"));
    for (auto [action, isPreview] : {std::pair{print, false}, std::pair{preview, true}}) {
        QObject::connect(action, &QAction::triggered, window, [window, currentJob, isPreview = isPreview] {
            bool ok = false;
            const Job job = currentJob(&ok);
            if (ok)
                run(window, job, isPreview);
        });
        window->addFileAction(action, false, [window] { return shownRegister(window) != nullptr; });
    }
}

bool PrintFlow::savePdf(QWidget* parent, Workspace& ws, const QString& id) {
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(id + QStringLiteral(".pdf"));
    const QString path = EditorPrompts::saveFile(parent, tr("Save %1 as PDF").arg(id), suggested);
    if (path.isEmpty())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = report::RecordReport(ws).write(id, path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        EditorPrompts::warn(parent, tr("Save as PDF"),
                            tr("%1 could not be saved as PDF.\n\n%2").arg(id, written.error().describe()));
        return false;
    }
    EditorPrompts::openExternally(written->path);
    return true;
}

void PrintFlow::addToEditor(RecordEditor* editor, Workspace& ws) {
    auto* button = new QPushButton(icon(QStringLiteral("print")), tr("&Print"));
    button->setObjectName(QStringLiteral("printButton"));
    button->setAutoDefault(false);
    auto* menu = new QMenu(button);
    QAction* print = menu->addAction(icon(QStringLiteral("print")), tr("Print…"));
    QAction* preview = menu->addAction(icon(QStringLiteral("print-preview")), tr("Print preview…"));
    menu->addSeparator();
    QAction* pdf = menu->addAction(icon(QStringLiteral("pdf")), tr("Save as PDF…"));
    pdf->setObjectName(QStringLiteral("savePdfAction"));
    pdf->setStatusTip(
        tr("Write the record as a PDF report (an audit report, a review's record) and open it"));
    button->setMenu(menu);
    auto update = [editor, button] {
        button->setEnabled(!editor->isNew());
        button->setToolTip(
            editor->isNew() ? tr("Save the record first: a printout shows the record as stored")
                            : tr("Print the record as stored (%1)")
                                  .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    };
    update();
    QObject::connect(editor, &RecordEditor::saved, button, update);
    auto start = [editor, &ws](bool isPreview) {
        if (!editor->isNew())
            run(editor, recordJob(ws, editor->recordId()), isPreview);
    };
    QObject::connect(print, &QAction::triggered, editor, [start] { start(false); });
    QObject::connect(preview, &QAction::triggered, editor, [start] { start(true); });
    QObject::connect(pdf, &QAction::triggered, editor, [editor, &ws] {
        if (!editor->isNew())
            savePdf(editor, ws, editor->recordId());
    });
    auto* shortcut = new QShortcut(QKeySequence::Print, editor);
    QObject::connect(shortcut, &QShortcut::activated, editor, [start] { start(false); });
    editor->addFooterWidget(button);
}

} // namespace qms::gui

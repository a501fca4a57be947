#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;
class QTextDocument;

namespace qms {
class Workspace;
}

namespace qms::gui {

class MainWindow;
class ProcessMapScene;
class RecordEditor;
class RegisterView;

// Printing from the GUI: File -> Print… (Ctrl+P) and Print preview… act on what the main window
// shows (a register as a table, or the process map); record editors get a Print button. The
// content comes from RegisterPrintout / RecordPrintout and is paged by PagePainter.
class PrintFlow final {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::PrintFlow)
public:
    // Something ready to be put on paper: its title and a painter onto a set-up printer that
    // returns an error message or an empty string.
    struct Job {
        QString title;
        bool landscape = false;
        std::function<QString(QPrinter&)> paint;
    };

    // The two File menu actions, enabled while a register page is shown.
    static void installActions(MainWindow* window);
    // The Print button (and Ctrl+P) of a record editor; disabled until the record is stored.
    static void addToEditor(RecordEditor* editor, Workspace& ws);

    static Job registerJob(Workspace& ws, const RegisterView& view);
    static Job recordJob(Workspace& ws, const QString& id);
    static Job mapJob(Workspace& ws, ProcessMapScene& scene);

    // Asks where to save record `id` as a PDF report (RecordReport), writes it and opens it; false
    // when cancelled or refused (the reason shown to `parent`).
    static bool savePdf(QWidget* parent, Workspace& ws, const QString& id);

    // Shows the print dialog (or the preview) and prints; messages go to `parent`.
    static void run(QWidget* parent, const Job& job, bool preview);

    // Pages `html` onto `printer` in the printout style (9 pt, header and footer); the error or empty.
    static QString printHtml(Workspace& ws, const QString& title, const QString& html, QPrinter& printer);

private:
    static QString printedLine(Workspace& ws);
};

} // namespace qms::gui

#pragma once

#include "report/AuditPackWriter.h"

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QSpinBox;

namespace qms::gui {

// Shows a written audit pack in the application before it is handed on: pages scroll in one view
// fitted to the width, with page navigation, "Open externally" and "Save as…".
class PackPreviewDialog final : public QDialog {
    Q_OBJECT
public:
    PackPreviewDialog(const report::PackSummary& summary, QWidget* parent = nullptr);

    int pageCount() const;
    QPdfView* view() const { return m_view; }
    // Copies the pack to `target` (replacing it); errors name both files.
    static Status copyTo(const QString& source, const QString& target);

private:
    void saveAs();
    void goToPage(int page);

    report::PackSummary m_summary;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QSpinBox* m_page = nullptr;
};

} // namespace qms::gui

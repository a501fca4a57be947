#pragma once

#include <QDateTime>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;
class QPagedPaintDevice;
class QTextDocument;

namespace qms::report {

// Prints a QTextDocument page by page with a running header (organisation, title) and footer
// (when and by whom it was printed, "Page X of Y"), onto a printer or a QPdfWriter. The document's
// body is laid out for the space between them; tables keep their header rows on every page
// (QTextTableFormat::headerRowCount).
class PagePainter final {
public:
    struct Decorations {
        QString organisation;
        QString title;
        QString printedLine; // "Printed 2026-11-25 14:30 by Quinn Manning"
    };

    explicit PagePainter(Decorations decorations)
        : m_decorations(std::move(decorations)) {}

    // "Printed 2026-11-25 14:30 by Quinn Manning", `when` in local time.
    static QString printedLine(const QDateTime& when, const QString& who);

    // Lays `doc` out for `device` and paints pages `fromPage` to `toPage` (1-based; 0: from the
    // first, to the last); an error message, or empty when printed.
    // `overlay`, when given, draws into the body of the first page after the document (a picture).
    QString print(QTextDocument& doc, QPagedPaintDevice& device, int fromPage = 0, int toPage = 0,
                  const std::function<void(QPainter&, const QRectF& body)>& overlay = {}) const;

private:
    Decorations m_decorations;
};

} // namespace qms::report

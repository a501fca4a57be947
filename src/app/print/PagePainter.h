#pragma once

#include <QRectF>
#include <QString>
#include <functional>

class QPainter;
class QPrinter;
class QTextDocument;

namespace qms::gui {

// Prints a QTextDocument page by page with a running header (organisation, title) and footer
// (when and by whom it was printed, "Page X of Y"). The document's body is laid out for the space
// between them; tables keep their header rows on every page (QTextTableFormat::headerRowCount).
class PagePainter final {
public:
    struct Decorations {
        QString organisation;
        QString title;
        QString printedLine; // "Printed 2026-11-25 14:30 by Quinn Manning"
    };

    explicit PagePainter(Decorations decorations)
        : m_decorations(std::move(decorations)) {}

    // Lays `doc` out for `printer` and paints every page (or the printer's page range); an error
    // message, or empty when printed.
    // `overlay`, when given, draws into the body of the first page after the document (a picture).
    QString print(QTextDocument& doc, QPrinter& printer,
                  const std::function<void(QPainter&, const QRectF& body)>& overlay = {}) const;

private:
    Decorations m_decorations;
};

} // namespace qms::gui

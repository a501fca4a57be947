#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>
#include <memory>

class QImage;
class QTextDocument;
class QTextTable;
class QPaintDevice;

namespace qms::report {

class PageLayout;

// Writes one section chunk into a QTextDocument laid out for the pack's body rectangle. Tables are
// created with one insertTable() and filled cell by cell (fast, see PITFALLS), with a header row
// that repeats after every page break.
class DocBuilder final {
public:
    // `paginated` false: laid out as one long page, for keepTablesTogether() to paginate later.
    DocBuilder(const PageLayout& layout, QPaintDevice* device, bool paginated = true);
    ~DocBuilder();

    std::unique_ptr<QTextDocument> take();
    // Cell padding and rule width of the tables that follow, in points (0: no rules).
    void setTablePadding(qreal points) { m_paddingPt = points; }
    void setTableRules(qreal points) { m_rulePt = points; }
    int position() const { return m_cursor.position(); }

    // Section heading; returns the position of its block (for page references).
    int heading(const QString& text, int level = 1);
    void paragraph(const QString& text, qreal pointSize = 0, bool bold = false, const QColor& color = {},
                   qreal spaceAfterPt = 4);
    void spacer(qreal points);
    // `image` in a block of its own, scaled to fit `maxWidthPt` x `maxHeightPt` (never enlarged
    // beyond those).
    void image(const QImage& image, qreal maxWidthPt, qreal maxHeightPt, qreal spaceAfterPt = 4);

    // Cell content: plain text with optional emphasis.
    struct Cell {
        QString text;
        bool bold = false;
        QColor color; // text colour; invalid = default
        QColor fill;  // background; invalid = none
        bool mono = false;
        qreal indentPt = 0; // left indent of the text (clause depth)
        QString secondLine; // smaller, muted line under the text (justification, detail)
        Cell() = default;
        Cell(QString t)
            : text(std::move(t)) {}
        Cell(const char*) = delete; // user-visible strings go through tr()
    };
    using Row = QList<Cell>;

    // A data table: `widths` in percent of the body width, `headers` repeated on every page.
    // Both table functions return the position of the first cell (for page references).
    int table(const QList<qreal>& widths, const QStringList& headers, const QList<Row>& rows,
              qreal pointSize = 0);
    // Two-column label/value table; `title` (optional) spans the top and repeats after a break.
    int keyValueTable(const QString& title, const QList<QPair<QString, Cell>>& rows, qreal labelPercent = 24,
                      bool repeatTitle = true);

    // Moves every top-level table that would straddle a page break but fits on one page to the
    // next page; tables taller than a page get their first row repeated after each break. `doc`
    // comes unpaginated (see the constructor) and leaves paginated to `pageSize`.
    static void keepTablesTogether(QTextDocument& doc, const QSizeF& pageSize);

private:
    void fillCell(QTextTable* table, int row, int col, const Cell& cell, const QTextCharFormat& base);

    const PageLayout& m_layout;
    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    bool m_empty = true;
    qreal m_paddingPt = 2.2;
    qreal m_rulePt = 0.3;
};

} // namespace qms::report

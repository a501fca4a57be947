#include "DocBuilder.h"

#include "PackStyle.h"
#include "PageLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <cmath>

namespace qms::report {
namespace {

// QTextDocumentLayout scales format lengths (padding, borders, margins, fixed line heights) from
// 96 dpi pixels to the paint device, so lengths in points are given as 96 dpi pixels.
qreal px(qreal pt) {
    return pt * 96.0 / 72.0;
}

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor& color = {}, bool mono = false) {
    QTextCharFormat f;
    f.setFontFamilies({mono ? style::MonoFamily : style::FontFamily});
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color.isValid() ? color : QColor(Qt::black));
    // Any letter spacing makes Qt shape without ligatures: "fi" stays two searchable letters.
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(style::LigatureBreakingSpacing);
    return f;
}

QTextTableFormat tableFormat(const QList<qreal>& widths, qreal paddingPt, qreal rulePt) {
    QTextTableFormat tf;
    tf.setBorder(px(rulePt));
    tf.setBorderBrush(style::rule());
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    // Without collapsing, every cell draws its own border: two half-width rules make one line.
    tf.setBorderCollapse(false);
    tf.setCellSpacing(0);
    tf.setCellPadding(px(paddingPt));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (qreal w : widths)
        constraints << QTextLength(QTextLength::PercentageLength, w);
    tf.setColumnWidthConstraints(constraints);
    tf.setHeaderRowCount(1);
    tf.setMargin(0);
    tf.setBottomMargin(px(8));
    return tf;
}

} // namespace

DocBuilder::DocBuilder(const PageLayout& layout, QPaintDevice* device, bool paginated)
    : m_layout(layout)
    , m_doc(std::make_unique<QTextDocument>()) {
    m_doc->setUndoRedoEnabled(false);
    m_doc->documentLayout()->setPaintDevice(device);
    m_doc->setUseDesignMetrics(false); // hinting hardly matters at 300 dpi, and layout is faster
    m_doc->setDocumentMargin(0);
    m_doc->setDefaultFont(style::font(style::BodyPt));
    m_doc->setPageSize(paginated ? layout.bodyRect().size() : QSizeF(layout.bodyRect().width(), -1));
    QTextOption option = m_doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_doc->setDefaultTextOption(option);
    m_cursor = QTextCursor(m_doc.get());
    m_cursor.beginEditBlock();
}

DocBuilder::~DocBuilder() = default;

std::unique_ptr<QTextDocument> DocBuilder::take() {
    m_cursor.endEditBlock();
    return std::move(m_doc);
}

int DocBuilder::heading(const QString& text, int level) {
    QTextBlockFormat bf;
    bf.setTopMargin(m_empty ? 0 : px(level == 1 ? 14 : 10));
    bf.setBottomMargin(px(level == 1 ? 8 : 5));
    if (!m_empty)
        m_cursor.insertBlock(bf);
    else
        m_cursor.setBlockFormat(bf);
    m_empty = false;
    const int pos = m_cursor.position();
    m_cursor.insertText(
        text, charFormat(level == 1 ? style::Heading1Pt : style::Heading2Pt, true, style::accent()));
    return pos;
}

void DocBuilder::paragraph(const QString& text, qreal pointSize, bool bold, const QColor& color,
                           qreal spaceAfterPt) {
    QTextBlockFormat bf;
    bf.setBottomMargin(px(spaceAfterPt));
    bf.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    if (!m_empty)
        m_cursor.insertBlock(bf);
    else
        m_cursor.setBlockFormat(bf);
    m_empty = false;
    m_cursor.insertText(text, charFormat(pointSize > 0 ? pointSize : style::BodyPt, bold, color));
}

void DocBuilder::spacer(qreal points) {
    QTextBlockFormat bf;
    bf.setLineHeight(px(points), QTextBlockFormat::FixedHeight);
    if (!m_empty)
        m_cursor.insertBlock(bf);
    else
        m_cursor.setBlockFormat(bf);
    m_empty = false;
}

void DocBuilder::image(const QImage& image, qreal maxWidthPt, qreal maxHeightPt, qreal spaceAfterPt) {
    if (image.isNull())
        return;
    QTextBlockFormat bf;
    bf.setBottomMargin(px(spaceAfterPt));
    if (!m_empty)
        m_cursor.insertBlock(bf);
    else
        m_cursor.setBlockFormat(bf);
    m_empty = false;
    const QSizeF size = QSizeF(image.size()).scaled(QSizeF(maxWidthPt, maxHeightPt), Qt::KeepAspectRatio);
    const QString name = QStringLiteral("image-%1").arg(image.cacheKey());
    m_doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextImageFormat f;
    f.setName(name);
    // Image sizes are scaled like the other lengths (see px()).
    f.setWidth(px(size.width()));
    f.setHeight(px(size.height()));
    m_cursor.insertImage(f);
}

void DocBuilder::fillCell(QTextTable* table, int row, int col, const Cell& cell,
                          const QTextCharFormat& base) {
    QTextTableCell c = table->cellAt(row, col);
    if (cell.fill.isValid()) {
        QTextTableCellFormat cf = c.format().toTableCellFormat();
        cf.setBackground(cell.fill);
        c.setFormat(cf);
    }
    QTextCursor cur = c.firstCursorPosition();
    if (cell.indentPt > 0) {
        QTextBlockFormat bf = cur.blockFormat();
        bf.setLeftMargin(px(cell.indentPt));
        cur.setBlockFormat(bf);
    }
    QTextCharFormat f = base;
    if (cell.bold)
        f.setFontWeight(QFont::Bold);
    if (cell.color.isValid())
        f.setForeground(cell.color);
    if (cell.mono)
        f.setFontFamilies({style::MonoFamily});
    cur.insertText(cell.text, f);
    if (!cell.secondLine.isEmpty()) {
        QTextCharFormat small = base;
        small.setFontPointSize(base.fontPointSize() - 0.5);
        small.setFontItalic(true);
        small.setForeground(style::muted());
        QTextBlockFormat bf = cur.blockFormat();
        bf.setTopMargin(px(1));
        cur.insertBlock(bf, small);
        cur.insertText(cell.secondLine, small);
    }
}

int DocBuilder::table(const QList<qreal>& widths, const QStringList& headers, const QList<Row>& rows,
                      qreal pointSize) {
    const qreal pt = pointSize > 0 ? pointSize : style::TablePt;
    if (!m_empty)
        m_cursor.insertBlock();
    m_empty = false;
    QTextTable* t = m_cursor.insertTable(int(rows.size()) + 1, int(widths.size()),
                                         tableFormat(widths, m_paddingPt, m_rulePt));
    const QTextCharFormat headerFormat = charFormat(pt, true, style::accent());
    for (int c = 0; c < headers.size() && c < widths.size(); ++c) {
        Cell h(headers[c]);
        h.fill = style::headerFill();
        fillCell(t, 0, c, h, headerFormat);
    }
    const QTextCharFormat base = charFormat(pt);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < widths.size(); ++c)
            fillCell(t, r + 1, c, rows[r][c], base);
    m_cursor.movePosition(QTextCursor::End);
    return t->cellAt(0, 0).firstCursorPosition().position();
}

int DocBuilder::keyValueTable(const QString& title, const QList<QPair<QString, Cell>>& rows,
                              qreal labelPercent, bool repeatTitle) {
    if (!m_empty)
        m_cursor.insertBlock();
    m_empty = false;
    const bool hasTitle = !title.isEmpty();
    QTextTableFormat tf = tableFormat({labelPercent, 100 - labelPercent}, m_paddingPt, m_rulePt);
    tf.setHeaderRowCount(hasTitle && repeatTitle ? 1 : 0);
    QTextTable* t = m_cursor.insertTable(int(rows.size()) + (hasTitle ? 1 : 0), 2, tf);
    int r = 0;
    if (hasTitle) {
        t->mergeCells(0, 0, 1, 2);
        Cell h(title);
        h.fill = style::headerFill();
        fillCell(t, 0, 0, h, charFormat(style::BodyPt + 0.5, true, style::accent()));
        r = 1;
    }
    const QTextCharFormat labelFormat = charFormat(style::TablePt + 0.5, true, style::muted());
    const QTextCharFormat valueFormat = charFormat(style::TablePt + 0.5);
    for (const auto& [label, value] : rows) {
        Cell l(label);
        fillCell(t, r, 0, l, labelFormat);
        fillCell(t, r, 1, value, valueFormat);
        ++r;
    }
    m_cursor.movePosition(QTextCursor::End);
    return t->cellAt(0, 0).firstCursorPosition().position();
}

void DocBuilder::keepTablesTogether(QTextDocument& doc, const QSizeF& page) {
    QList<QTextTable*> tables;
    for (QTextFrame* f : doc.rootFrame()->childFrames())
        if (auto* t = qobject_cast<QTextTable*>(f))
            tables << t;
    const qreal pageHeight = page.height();
    // Heights without page breaks, then a greedy pagination of the blocks.
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    QList<QPair<qreal, qreal>> spans; // top, bottom
    for (QTextTable* t : tables) {
        const QRectF r = layout->frameBoundingRect(t);
        spans.append({r.top(), r.bottom()});
    }
    QList<int> breakBefore;
    QList<int> tall;
    qreal y = 0;           // used height of the current page
    qreal previousEnd = 0; // bottom of the previous table, unpaginated
    for (int i = 0; i < tables.size(); ++i) {
        const qreal gap = spans[i].first - previousEnd;
        const qreal height = spans[i].second - spans[i].first;
        previousEnd = spans[i].second;
        if (height > pageHeight) {
            tall << i;
            y = std::fmod(y + gap + height, pageHeight);
            continue;
        }
        if (y + gap + height > pageHeight && y > 0) {
            breakBefore << i;
            y = height;
        } else {
            y += gap + height;
        }
    }
    QTextCursor editing(&doc);
    editing.beginEditBlock();
    for (int i : breakBefore) {
        QTextTableFormat f = tables[i]->format();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        tables[i]->setFormat(f);
    }
    for (int i : tall) {
        QTextTableFormat f = tables[i]->format();
        f.setHeaderRowCount(1);
        tables[i]->setFormat(f);
    }
    editing.endEditBlock();
    doc.setPageSize(page);
}

} // namespace qms::report

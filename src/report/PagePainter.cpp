#include "PagePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace qms::report {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::PagePainter)
};

} // namespace

QString PagePainter::printedLine(const QDateTime& when, const QString& who) {
    return Tr::tr("Printed %1 by %2").arg(QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm")), who);
}

QString PagePainter::print(QTextDocument& doc, QPagedPaintDevice& device, int fromPage, int toPage,
                           const std::function<void(QPainter&, const QRectF& body)>& overlay) const {
    QPainter painter;
    if (!painter.begin(&device))
        return Tr::tr("The printer could not be started.");

    // Everything in device pixels: points scale by the device's resolution (a QPrinter's and a
    // QPdfWriter's logical resolution is the one they print at).
    const qreal dpi = device.logicalDpiY();
    auto pt = [dpi](qreal points) {
        return points * dpi / 72.0;
    };
    const QRectF page = device.pageLayout().paintRectPixels(int(dpi));
    const QRectF paper(QPointF(0, 0), page.size());

    QFont small = doc.defaultFont();
    small.setPointSizeF(7.5);
    const QFontMetricsF fm(small, &device);
    const qreal headerHeight = fm.height() + pt(10);
    const qreal footerHeight = fm.height() + pt(10);
    const QRectF body = paper.adjusted(0, headerHeight, 0, -footerHeight);

    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(body.size());
    QTextFrameFormat root = doc.rootFrame()->frameFormat();
    root.setMargin(0);
    doc.rootFrame()->setFrameFormat(root);
    const int total = doc.pageCount();

    const int from = fromPage > 0 ? fromPage : 1;
    const int to = toPage > 0 ? std::min(toPage, total) : total;
    const QColor muted(0x55, 0x5f, 0x6b);
    for (int p = from; p <= to; ++p) {
        if (p > from && !device.newPage()) {
            painter.end();
            return Tr::tr("The printer refused a new page.");
        }
        painter.save();
        painter.setFont(small);
        painter.setPen(muted);
        const QRectF headerText(paper.left(), paper.top(), paper.width(), fm.height());
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter, m_decorations.organisation);
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignVCenter, m_decorations.title);
        painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc2), pt(0.5)));
        painter.drawLine(QPointF(paper.left(), fm.height() + pt(4)),
                         QPointF(paper.right(), fm.height() + pt(4)));
        const qreal footerTop = paper.bottom() - fm.height();
        painter.drawLine(QPointF(paper.left(), footerTop - pt(4)), QPointF(paper.right(), footerTop - pt(4)));
        painter.setPen(muted);
        const QRectF footerText(paper.left(), footerTop, paper.width(), fm.height());
        painter.drawText(footerText, Qt::AlignLeft | Qt::AlignVCenter, m_decorations.printedLine);
        painter.drawText(footerText, Qt::AlignRight | Qt::AlignVCenter,
                         Tr::tr("Page %1 of %2").arg(p).arg(total));
        painter.restore();

        // The body: page p of the document, shifted up into the body rectangle and clipped to it.
        painter.save();
        painter.translate(body.left(), body.top() - (p - 1) * body.height());
        const QRectF clip(0, (p - 1) * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (overlay && p == 1) {
            painter.save();
            painter.setClipRect(body);
            overlay(painter, body);
            painter.restore();
        }
    }
    painter.end();
    return {};
}

} // namespace qms::report

#include "PageLayout.h"

#include "PackStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace qms::report {

namespace style {
QFont font(qreal pointSize, bool bold, bool mono) {
    QFont f(mono ? MonoFamily : FontFamily);
    f.setStyleHint(mono ? QFont::TypeWriter : QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setLetterSpacing(QFont::AbsoluteSpacing, LigatureBreakingSpacing);
    return f;
}
} // namespace style

namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::PageLayout)
};

constexpr qreal MarginMm = 16.0;
constexpr qreal HeaderTopMm = 9.0;
constexpr qreal BodyTopMm = 20.0;
constexpr qreal BodyBottomMm = 18.0;

qreal mm(qreal v) {
    return PageLayout::px(v * 72.0 / 25.4);
}

} // namespace

PageLayout::PageLayout(QPagedPaintDevice& device) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    m_page = QRectF(0, 0, px(a4.width()), px(a4.height()));
    m_body = QRectF(mm(MarginMm), mm(BodyTopMm), m_page.width() - 2 * mm(MarginMm),
                    m_page.height() - mm(BodyTopMm) - mm(BodyBottomMm));
    m_header = QRectF(m_body.left(), mm(HeaderTopMm), m_body.width(), mm(BodyTopMm - HeaderTopMm - 4));
    m_footer = QRectF(m_body.left(), m_body.bottom() + mm(5), m_body.width(), mm(BodyBottomMm - 9));
}

void PageLayout::drawDecorations(QPainter& painter, int page, int total) const {
    painter.save();
    const QFont headerFont = style::font(style::SmallPt + 0.5, true);
    const QFont plainFont = style::font(style::SmallPt);
    painter.setPen(style::accent());
    painter.setFont(headerFont);
    const qreal half = m_header.width() / 2 - px(6);
    QFontMetricsF fm(headerFont, painter.device());
    painter.drawText(QRectF(m_header.left(), m_header.top(), half, m_header.height()),
                     Qt::AlignLeft | Qt::AlignBottom,
                     fm.elidedText(m_decorations.organisation, Qt::ElideRight, half));
    painter.setFont(plainFont);
    QFontMetricsF fmPlain(plainFont, painter.device());
    painter.setPen(style::muted());
    painter.drawText(QRectF(m_header.right() - half, m_header.top(), half, m_header.height()),
                     Qt::AlignRight | Qt::AlignBottom,
                     fmPlain.elidedText(m_decorations.title, Qt::ElideLeft, half));
    QPen line(style::rule());
    line.setWidthF(px(0.6));
    painter.setPen(line);
    painter.drawLine(QPointF(m_header.left(), m_header.bottom() + px(3)),
                     QPointF(m_header.right(), m_header.bottom() + px(3)));
    painter.drawLine(QPointF(m_footer.left(), m_footer.top() - px(3)),
                     QPointF(m_footer.right(), m_footer.top() - px(3)));
    painter.setPen(style::muted());
    const QString pageText = Tr::tr("Page %1 of %2").arg(page).arg(total);
    const qreal pageWidth = fmPlain.horizontalAdvance(pageText) + px(4);
    painter.drawText(
        QRectF(m_footer.left(), m_footer.top(), m_footer.width() - pageWidth - px(8), m_footer.height()),
        Qt::AlignLeft | Qt::AlignTop, m_decorations.footerNote);
    painter.setFont(style::font(style::SmallPt, true));
    painter.setPen(style::accent());
    painter.drawText(
        QRectF(m_footer.right() - pageWidth - px(20), m_footer.top(), pageWidth + px(20), m_footer.height()),
        Qt::AlignRight | Qt::AlignTop, pageText);
    painter.restore();
}

} // namespace qms::report

#pragma once

#include <QRectF>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace qms::report {

// Geometry of an A4 pack page in device pixels, and the header and footer drawn on every page.
class PageLayout final {
public:
    static constexpr int Resolution = 300; // dpi of the PDF device

    // Sets page size, margins and resolution on `device`.
    explicit PageLayout(QPagedPaintDevice& device);

    // Points (1/72 inch) to device pixels.
    static qreal px(qreal points) { return points * Resolution / 72.0; }

    QRectF pageRect() const { return m_page; }
    QRectF bodyRect() const { return m_body; }

    struct Decorations {
        QString organisation;
        QString title;
        QString footerNote; // generation date and short fingerprint
    };
    void setDecorations(const Decorations& d) { m_decorations = d; }
    // Header (organisation, title) and footer (note, "Page X of Y") of page `page` (1-based).
    void drawDecorations(QPainter& painter, int page, int total) const;

private:
    QRectF m_page;
    QRectF m_body;
    QRectF m_header;
    QRectF m_footer;
    Decorations m_decorations;
};

} // namespace qms::report

#include "ProcessMapItems.h"

#include "ProcessMapScene.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <cmath>

namespace qms::gui {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::ProcessMap)
};

constexpr qreal Padding = 10;
constexpr qreal Radius = 8;
constexpr qreal AccentWidth = 6;
constexpr qreal ArrowLength = 10;
constexpr qreal ArrowWidth = 7;

// Pixel-sized fonts: the scene is also rendered onto printers and SVG, where a point size would
// resolve against the device's resolution and no longer fit the box measured on screen.
QFont scaled(QFont f, qreal factor, bool bold) {
    const qreal px = f.pixelSize() > 0 ? f.pixelSize() : QFontInfo(f).pixelSize();
    f.setPixelSize(std::max(1, qRound(px * factor)));
    f.setBold(bold);
    return f;
}

// Up to `maxLines` lines of `text` wrapped into `width`, the last one elided.
QStringList wrap(const QString& text, const QFont& font, qreal width, int maxLines) {
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetricsF(font).elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight,
                                                    width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString badgeText(int count) {
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

} // namespace

// ---- ProcessNodeItem

ProcessNodeItem::ProcessNodeItem(const ProcessMapNode& node, const QString& ownerName, const QSizeF& size,
                                 const QFont& font)
    : m_node(node)
    , m_ownerName(ownerName)
    , m_size(size)
    , m_font(font) {
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(1); // above the arrows
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    QStringList tip;
    tip << QStringLiteral("<b>%1 %2</b>").arg(node.id, node.name.toHtmlEscaped());
    if (!ownerName.isEmpty())
        tip << Tr::tr("Owner: %1").arg(ownerName.toHtmlEscaped());
    if (!node.active)
        tip << Tr::tr("Retired");
    if (node.openNcs == 0)
        tip << Tr::tr("No open nonconformities");
    else if (node.openMajorNcs > 0)
        tip << Tr::tr("%n open nonconformities", nullptr, node.openNcs) + QStringLiteral(" ") +
                   Tr::tr("(%n major)", nullptr, node.openMajorNcs);
    else
        tip << Tr::tr("%n open nonconformities", nullptr, node.openNcs);
    tip << Tr::tr("Double-click to open, drag to move");
    setToolTip(tip.join(QStringLiteral("<br>")));
}

QSizeF ProcessNodeItem::preferredSize(const QFont& font) {
    const QFontMetricsF small(scaled(font, 0.9, false));
    const QFontMetricsF name(scaled(font, 1.0, true));
    const qreal width = std::max<qreal>(140, name.averageCharWidth() * 17 + 2 * Padding + AccentWidth);
    const qreal height = Padding + small.height() + 4 + 2 * name.lineSpacing() + 4 + small.height() + Padding;
    return {std::round(width), std::round(height)};
}

QRectF ProcessNodeItem::boundingRect() const {
    return QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3);
}

QColor ProcessNodeItem::accentFor(int openNcs, int openMajor, bool active) {
    if (!active)
        return QColor(0x9e, 0x9e, 0x9e);
    if (openMajor > 0)
        return QColor(0xc6, 0x28, 0x28);
    if (openNcs > 0)
        return QColor(0xe0, 0x8a, 0x00);
    return QColor(0x2e, 0x8b, 0x57);
}

QColor ProcessNodeItem::accent() const {
    return accentFor(m_node.openNcs, m_node.openMajorNcs, m_node.active);
}

void ProcessNodeItem::setHighlighted(bool on) {
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void ProcessNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(QPointF(0, 0), m_size);
    const bool active = m_node.active;

    // Shadow, box, accent bar on the left.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 28));
    painter->drawRoundedRect(box.translated(1.5, 2), Radius, Radius);
    QPainterPath outline;
    outline.addRoundedRect(box, Radius, Radius);
    painter->setBrush(active ? QColor(0xff, 0xff, 0xff) : QColor(0xf3, 0xf3, 0xf3));
    painter->drawPath(outline);
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(box.left(), box.top(), AccentWidth, box.height()), accent());
    painter->restore();
    QPen border(m_highlighted ? QColor(0x15, 0x65, 0xc0) : QColor(0x8a, 0x99, 0xab),
                m_highlighted ? 2.4 : 1.0);
    if (!active)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    const QFont smallFont = scaled(m_font, 0.9, false);
    const QFont idFont = scaled(m_font, 0.9, true);
    const QFont nameFont = scaled(m_font, 1.0, true);
    const QFontMetricsF small(smallFont);
    const QFontMetricsF nameFm(nameFont);
    const qreal left = AccentWidth + Padding;
    const qreal textWidth = box.width() - left - Padding;
    qreal y = Padding;

    // Badge: open NCs, top right.
    qreal badgeWidth = 0;
    if (m_node.openNcs > 0) {
        const QString text = badgeText(m_node.openNcs);
        const qreal h = small.height() + 2;
        badgeWidth = std::max(h, QFontMetricsF(idFont).horizontalAdvance(text) + 12);
        const QRectF badge(box.right() - Padding - badgeWidth, y - 1, badgeWidth, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent());
        painter->drawRoundedRect(badge, h / 2, h / 2);
        painter->setPen(Qt::white);
        painter->setFont(idFont);
        painter->drawText(badge, Qt::AlignCenter, text);
    }

    const QColor muted = active ? QColor(0x5f, 0x6b, 0x7a) : QColor(0x8a, 0x8a, 0x8a);
    painter->setFont(idFont);
    painter->setPen(muted);
    QString idLine = m_node.id;
    if (!active)
        idLine += QStringLiteral(" · ") + Tr::tr("retired");
    painter->drawText(QRectF(left, y, textWidth - badgeWidth - 4, small.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(idLine, Qt::ElideRight, textWidth - badgeWidth - 4));
    y += small.height() + 4;

    painter->setFont(nameFont);
    painter->setPen(active ? QColor(0x1d, 0x27, 0x33) : QColor(0x70, 0x70, 0x70));
    const QStringList lines = wrap(m_node.name, nameFont, textWidth, 2);
    const qreal nameTop = y + (lines.size() == 1 ? nameFm.lineSpacing() / 2 : 0);
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRectF(left, nameTop + i * nameFm.lineSpacing(), textWidth, nameFm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    y += 2 * nameFm.lineSpacing() + 4;

    painter->setFont(smallFont);
    painter->setPen(muted);
    const QString owner = m_ownerName.isEmpty() ? Tr::tr("No owner") : m_ownerName;
    painter->drawText(QRectF(left, y, textWidth, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(owner, Qt::ElideRight, textWidth));
}

void ProcessNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    if (auto* s = qobject_cast<ProcessMapScene*>(scene()))
        s->setHighlighted(m_node.id);
    QGraphicsItem::hoverEnterEvent(event);
}

void ProcessNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    if (auto* s = qobject_cast<ProcessMapScene*>(scene()); s && s->highlighted() == m_node.id)
        s->setHighlighted({});
    QGraphicsItem::hoverLeaveEvent(event);
}

void ProcessNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    if (auto* s = qobject_cast<ProcessMapScene*>(scene()))
        s->activate(m_node.id);
}

void ProcessNodeItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    m_pressPos = pos();
    setZValue(2); // on top while dragged
    QGraphicsItem::mousePressEvent(event);
}

void ProcessNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsItem::mouseReleaseEvent(event);
    setZValue(1);
    if (pos() != m_pressPos)
        if (auto* s = qobject_cast<ProcessMapScene*>(scene()))
            s->nodeDropped(this);
}

QVariant ProcessNodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged)
        if (auto* s = qobject_cast<ProcessMapScene*>(scene()))
            s->nodeMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

// ---- ProcessEdgeItem

ProcessEdgeItem::ProcessEdgeItem(const QString& from, const QString& to, bool feedback,
                                 const QList<QPointF>& points)
    : m_from(from)
    , m_to(to)
    , m_feedback(feedback) {
    setZValue(0);
    setAcceptHoverEvents(false);
    setToolTip(feedback ? Tr::tr("%1 feeds %2 (closes a loop)").arg(from, to) : Tr::tr("%1 feeds %2").arg(from, to));
    setRoute(points);
}

void ProcessEdgeItem::setRoute(const QList<QPointF>& points, bool vertical) {
    prepareGeometryChange();
    QPainterPath path;
    if (points.size() >= 2) {
        // The arrow head takes the last ArrowLength of the line: the line stops at its base.
        const QPointF end = points.last();
        const QPointF before = points.at(points.size() - 2);
        m_tip = end;
        m_direction = vertical ? QPointF(0, end.y() >= before.y() ? 1.0 : -1.0)
                               : QPointF(end.x() >= before.x() ? 1.0 : -1.0, 0);
        QList<QPointF> pts = points;
        pts.last() = end - m_direction * ArrowLength;
        path.moveTo(pts.first());
        for (int i = 1; i < pts.size(); ++i) {
            const QPointF a = pts.at(i - 1);
            const QPointF b = pts.at(i);
            if (i % 2 == 1) { // between two columns: a smooth S leaving and entering along the flow
                const QPointF mid =
                    vertical ? QPointF(0, (b.y() - a.y()) / 2) : QPointF((b.x() - a.x()) / 2, 0);
                path.cubicTo(a + mid, b - mid, b);
            } else {
                path.lineTo(b);
            }
        }
    }
    setPath(path);
}

void ProcessEdgeItem::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    setZValue(state == State::Outgoing || state == State::Incoming ? 0.5 : 0);
    update();
}

QColor ProcessEdgeItem::colour() const {
    switch (m_state) {
    case State::Outgoing:
        return QColor(0x15, 0x65, 0xc0);
    case State::Incoming:
        return QColor(0xd8, 0x43, 0x15);
    case State::Dimmed:
        return QColor(0xd5, 0xdb, 0xe1);
    case State::Normal:
        break;
    }
    return m_feedback ? QColor(0x7a, 0x86, 0x94) : QColor(0x54, 0x63, 0x74);
}

QRectF ProcessEdgeItem::boundingRect() const {
    return QGraphicsPathItem::boundingRect()
        .united(QRectF(m_tip, QSizeF(1, 1)))
        .adjusted(-ArrowWidth - 3, -ArrowWidth - 3, ArrowWidth + 3, ArrowWidth + 3);
}

QPainterPath ProcessEdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void ProcessEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const bool strong = m_state == State::Outgoing || m_state == State::Incoming;
    QPen pen(colour(), strong ? 2.4 : 1.4);
    pen.setCapStyle(Qt::FlatCap);
    if (m_feedback)
        pen.setDashPattern({5, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());

    const QPointF back = m_tip - m_direction * ArrowLength;
    const QPointF normal(-m_direction.y(), m_direction.x());
    const qreal half = (strong ? ArrowWidth + 1 : ArrowWidth) / 2;
    QPolygonF head;
    head << m_tip << back + normal * half << back - normal * half;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour());
    painter->drawPolygon(head);
}

} // namespace qms::gui

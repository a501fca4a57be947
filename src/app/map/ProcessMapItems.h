#pragma once

#include "storage/ProcessMapQuery.h"

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QList>

namespace qms::gui {

class ProcessEdgeItem;

// One process on the map: a rounded box with its id, name and owner, a badge with the number of
// open nonconformities linked to it, and an accent in the colour of its NC state. People may drag
// it elsewhere; the scene then re-routes its arrows and remembers the place.
class ProcessNodeItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 301 };

    ProcessNodeItem(const ProcessMapNode& node, const QString& ownerName, const QSizeF& size,
                    const QFont& font);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const ProcessMapNode& node() const { return m_node; }
    QString id() const { return m_node.id; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // The colour standing for the process's NC state (also used by the legend).
    QColor accent() const;
    static QColor accentFor(int openNcs, int openMajor, bool active);

    // Minimum box size for `font`: three text rows and the badge.
    static QSizeF preferredSize(const QFont& font);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    ProcessMapNode m_node;
    QPointF m_pressPos;
    QString m_ownerName;
    QSizeF m_size;
    QFont m_font;
    bool m_highlighted = false;
};

// A "feeds" arrow between two processes, routed by ProcessMapLayout. Feedback edges (those
// closing a loop, drawn right to left) are dashed.
class ProcessEdgeItem final : public QGraphicsPathItem {
public:
    enum { Type = UserType + 302 };
    enum class State { Normal, Outgoing, Incoming, Dimmed };

    ProcessEdgeItem(const QString& from, const QString& to, bool feedback, const QList<QPointF>& points);

    // Curves between points 2i and 2i+1 leave and enter horizontally (the layout's routes) or,
    // for `vertical`, vertically (an arrow between boxes a person stacked above each other).
    void setRoute(const QList<QPointF>& points, bool vertical = false);

    int type() const override { return Type; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    bool isFeedback() const { return m_feedback; }
    State state() const { return m_state; }
    void setState(State state);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QColor colour() const;

    QString m_from;
    QString m_to;
    bool m_feedback;
    State m_state = State::Normal;
    QPointF m_tip;
    QPointF m_direction; // unit vector of the arrow at its tip
};

} // namespace qms::gui

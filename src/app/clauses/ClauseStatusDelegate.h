#pragma once

#include <QStyledItemDelegate>

namespace qms::gui {

// Paints the coverage status as a coloured chip (green covered, red gap, grey not applicable).
class ClauseStatusDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Chip fill and text colours, opaque and readable on light and dark views.
    static QColor chipColour(int status);
};

} // namespace qms::gui

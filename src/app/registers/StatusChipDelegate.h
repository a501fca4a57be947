#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace qms::gui {

// Paints status, severity and overdue cells as coloured chips. The colours are opaque and carry
// their own text colour, so they read the same on light and dark palettes.
class StatusChipDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    StatusChipDelegate(RecordKind kind, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The chip colour for a raw value of a column type (invalid: no chip).
    static QColor chipColour(RecordKind kind, int columnType, const QVariant& raw);
    static QColor textColourOn(const QColor& background);

private:
    RecordKind m_kind;
};

} // namespace qms::gui

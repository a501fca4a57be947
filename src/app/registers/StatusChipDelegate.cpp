#include "StatusChipDelegate.h"

#include "RegisterModel.h"
#include "domain/kinds/KindDeclaration.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace qms::gui {
namespace {

constexpr int HPad = 8;
constexpr int VMargin = 3;

QColor stateColour(RecordKind kind, const QString& key) {
    const StateDecl* state = kindDecl(kind).state(key);
    return state ? QColor(QRgb(state->colour)) : QColor();
}

} // namespace

StatusChipDelegate::StatusChipDelegate(RecordKind kind, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind) {}

QColor StatusChipDelegate::chipColour(RecordKind kind, int columnType, const QVariant& raw) {
    switch (ColumnType(columnType)) {
    case ColumnType::Status:
    case ColumnType::YesNo: // a yes/no state ("active"): the kind's states "yes" and "no"
        return stateColour(kind, raw.toString());
    case ColumnType::Enum: {
        for (const ValueColour& v : kindDecl(kind).valueColours)
            if (raw.toString() == QLatin1String(v.key))
                return QColor(QRgb(v.colour));
        return {};
    }
    case ColumnType::Flag:
        return raw.toInt() != 0 ? QColor(0xC6, 0x28, 0x28) : QColor();
    default:
        return {};
    }
}

QColor StatusChipDelegate::textColourOn(const QColor& background) {
    // Whichever of near-black and white has the higher WCAG contrast on the chip (mid-tone oranges
    // read better with dark text, even though they look "dark").
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const QColor dark(0x21, 0x21, 0x21);
    const double l = luminance(background);
    const double onWhite = 1.05 / (l + 0.05);
    const double onDark = (l + 0.05) / (luminance(dark) + 0.05);
    return onDark > onWhite ? dark : QColor(Qt::white);
}

void StatusChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const QVariant raw = index.data(RegisterModel::RawRole);
    const QColor colour = chipColour(m_kind, index.data(RegisterModel::ColumnTypeRole).toInt(), raw);
    if (!colour.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternate rows) from the style, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(opt.font);
    // horizontalAdvance rounds: one pixel of slack keeps short words from being elided.
    const QString shown =
        fm.elidedText(text, Qt::ElideRight, std::max(0, option.rect.width() - 8 - 2 * HPad - 1));
    const int width = fm.horizontalAdvance(shown) + 1 + 2 * HPad;
    const int height = std::min(fm.height() + 4, option.rect.height() - 2 * VMargin);
    const QRect chip(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), height / 2.0, height / 2.0);
    painter->fillPath(path, colour);
    painter->setPen(textColourOn(colour));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, shown);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QColor colour = chipColour(m_kind, index.data(RegisterModel::ColumnTypeRole).toInt(),
                                     index.data(RegisterModel::RawRole));
    if (colour.isValid()) {
        const QFontMetrics fm(option.font);
        s.setWidth(fm.horizontalAdvance(index.data().toString()) + 2 * HPad + 12);
        s.setHeight(std::max(s.height(), fm.height() + 4 + 2 * VMargin));
    }
    return s;
}

} // namespace qms::gui

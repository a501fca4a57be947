#include "ClauseStatusDelegate.h"

#include "ClauseTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace qms::gui {

QColor ClauseStatusDelegate::chipColour(int status) {
    switch (CoverageStatus(status)) {
    // White text on every chip keeps a contrast of at least 4.5:1.
    case CoverageStatus::Covered:
        return QColor(0x2e, 0x7d, 0x32);
    case CoverageStatus::CoveredWithFindings:
        return QColor(0x55, 0x6b, 0x2f);
    case CoverageStatus::Stale:
        return QColor(0x9a, 0x5b, 0x00);
    case CoverageStatus::Gap:
        return QColor(0xc0, 0x39, 0x2b);
    case CoverageStatus::NotApplicable:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor(0x61, 0x61, 0x61);
}

void ClauseStatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    // Background (selection, alternate rows) from the style, then the chip on top of it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(opt.font);
    const int padX = 8;
    const int h = std::min(opt.rect.height() - 4, fm.height() + 4);
    const int w = std::min(opt.rect.width() - 6, fm.horizontalAdvance(text) + 2 * padX);
    const QRect chip(opt.rect.left() + 4, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(chipColour(index.data(ClauseTreeModel::StatusRole).toInt()));
    painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, chip.width() - 2 * padX + 4));
    painter->restore();
}

QSize ClauseStatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(fm.horizontalAdvance(index.data().toString()) + 24);
    s.setHeight(std::max(s.height(), fm.height() + 8));
    return s;
}

} // namespace qms::gui

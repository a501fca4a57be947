#include "DashboardCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTextDocument>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

// A colour between the text and the background: readable secondary text in light and dark palettes.
QColor secondaryText(const QPalette& p) {
    const QColor a = p.color(QPalette::WindowText);
    const QColor b = p.color(QPalette::Base);
    return QColor((a.red() * 2 + b.red()) / 3, (a.green() * 2 + b.green()) / 3,
                  (a.blue() * 2 + b.blue()) / 3);
}

} // namespace

DashboardCard::DashboardCard(const QString& name, const QString& caption, const QColor& accent,
                             QWidget* parent)
    : QFrame(parent)
    , m_accent(accent) {
    setObjectName(name + QStringLiteral("Card"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    // Cards in one row of the dashboard's grid share its height: a card whose detail wraps to a
    // third line makes the row taller for all of them.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_Hover);

    // Screen readers announce the card as a button named by its caption, then the figures.
    setAccessibleName(caption);
    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(name + QStringLiteral("Caption"));
    QFont cf = m_caption->font();
    cf.setBold(true);
    m_caption->setFont(cf);
    // Long captions ("Überfällige Korrekturmaßnahmen") wrap rather than widen the row of cards.
    m_caption->setWordWrap(true);

    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setObjectName(name + QStringLiteral("Value"));
    QFont vf = m_value->font();
    vf.setPointSizeF(vf.pointSizeF() * 2.4);
    vf.setBold(true);
    m_value->setFont(vf);

    m_detail = new QLabel(this);
    m_detail->setObjectName(name + QStringLiteral("Detail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_detail->setWordWrap(true);
    connect(m_detail, &QLabel::linkActivated, this, &DashboardCard::linkActivated);

    // The accent is a stripe of its own: a thick left border would fight the rounded corners.
    m_stripe = new QFrame(this);
    m_stripe->setObjectName(name + QStringLiteral("Accent"));
    m_stripe->setFixedWidth(5);

    auto* text = new QVBoxLayout;
    text->setContentsMargins(0, 8, 0, 8);
    text->setSpacing(2);
    text->addWidget(m_caption);
    text->addWidget(m_value);
    text->addWidget(m_detail);
    text->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(1, 1, 12, 1);
    layout->setSpacing(12);
    layout->addWidget(m_stripe);
    layout->addLayout(text, 1);
    setMinimumHeight(104);
    updateStyle();
}

void DashboardCard::setValue(const QString& value) {
    m_value->setText(value);
    updateAccessibleDescription();
}
void DashboardCard::setDetail(const QString& html) {
    m_detail->setText(html);
    updateAccessibleDescription();
}

void DashboardCard::updateAccessibleDescription() {
    QTextDocument doc; // the detail is rich text with links; the description wants plain words
    doc.setHtml(m_detail->text());
    setAccessibleDescription(m_value->text() + QStringLiteral(". ") + doc.toPlainText());
}
void DashboardCard::setToolTipText(const QString& text) {
    setToolTip(text);
}

void DashboardCard::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void DashboardCard::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void DashboardCard::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyle();
}

void DashboardCard::enterEvent(QEnterEvent* event) {
    m_hover = true;
    updateStyle();
    QFrame::enterEvent(event);
}

void DashboardCard::leaveEvent(QEvent* event) {
    m_hover = false;
    updateStyle();
    QFrame::leaveEvent(event);
}

void DashboardCard::focusInEvent(QFocusEvent* event) {
    updateStyle();
    QFrame::focusInEvent(event);
}

void DashboardCard::focusOutEvent(QFocusEvent* event) {
    updateStyle();
    QFrame::focusOutEvent(event);
}

void DashboardCard::updateStyle() {
    // The style sheet only names this frame, so the labels keep the palette (and follow a
    // light/dark switch) while the frame gets its border and accent stripe.
    const QPalette p = palette();
    const QColor border = (m_hover || hasFocus()) ? m_accent : p.color(QPalette::Mid);
    const QString sheet =
        QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3; border-radius: 6px; } "
                       "QFrame#%4 { background-color: %5; border: none; border-top-left-radius: 5px; "
                       "border-bottom-left-radius: 5px; }")
            .arg(objectName(), p.color(QPalette::Base).name(), border.name(), m_stripe->objectName(),
                 m_accent.name());
    // Changing the sheet re-polishes; avoid the loop through PaletteChange when nothing differs.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    QPalette lp = m_caption->palette();
    lp.setColor(QPalette::WindowText, secondaryText(p));
    m_caption->setPalette(lp);
}

} // namespace qms::gui

#pragma once

#include <QColor>
#include <QFrame>

class QLabel;
class QHBoxLayout;

namespace qms::gui {

// One figure of the dashboard: a framed tile with a coloured accent, a caption, a big number and
// a detail line. The whole tile is a button (mouse, Enter, Space); the detail line may hold links
// that ask for a narrower view than the tile itself.
class DashboardCard final : public QFrame {
    Q_OBJECT
public:
    // `name` prefixes the object names of the parts: <name>Card, <name>Value, <name>Detail.
    DashboardCard(const QString& name, const QString& caption, const QColor& accent,
                  QWidget* parent = nullptr);

    void setValue(const QString& value);
    // Rich text; <a href="key"> links emit linkActivated(key).
    void setDetail(const QString& html);
    void setToolTipText(const QString& text);

    QLabel* valueLabel() const { return m_value; }
    QLabel* detailLabel() const { return m_detail; }

Q_SIGNALS:
    void clicked();
    void linkActivated(const QString& key);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void updateStyle();
    void updateAccessibleDescription();

    QColor m_accent;
    QFrame* m_stripe = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    bool m_hover = false;
};

} // namespace qms::gui

#include "FieldErrorMarker.h"

#include "shell/Theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace qms::gui {
namespace {

QFormLayout* formContaining(QWidget* w) {
    QWidget* parent = w ? w->parentWidget() : nullptr;
    if (!parent || !parent->layout())
        return nullptr;
    const auto forms = parent->findChildren<QFormLayout*>();
    for (QFormLayout* f : forms) {
        int row = -1;
        QFormLayout::ItemRole role;
        f->getWidgetPosition(w, &row, &role);
        if (row >= 0)
            return f;
    }
    if (auto* f = qobject_cast<QFormLayout*>(parent->layout())) {
        int row = -1;
        QFormLayout::ItemRole role;
        f->getWidgetPosition(w, &row, &role);
        if (row >= 0)
            return f;
    }
    return nullptr;
}

} // namespace

void FieldErrorMarker::registerField(const QString& key, QWidget* widget) {
    m_fields.insert(key, widget);
}

bool FieldErrorMarker::mark(const QString& key, const QString& message) {
    QWidget* w = m_fields.value(key);
    if (!w)
        return false;
    if (m_marked.contains(key)) {
        m_marked[key] += QLatin1Char('\n') + message;
    } else {
        m_marked.insert(key, message);
        m_savedToolTips.insert(key, w->toolTip());
        m_savedStyles.insert(key, w->styleSheet());
        // Scoped to the widget's own class so children (a combo's popup) keep their look. Style
        // sheets spell a namespaced class qms--gui--X; plain QWidget subclasses need
        // WA_StyledBackground to draw the frame at all.
        const QString cls = QString::fromLatin1(w->metaObject()->className())
                                .replace(QStringLiteral("::"), QStringLiteral("--"));
        w->setAttribute(Qt::WA_StyledBackground, true);
        w->setStyleSheet(QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
                             .arg(cls, toneText(Tone::Error).name()));
        w->setProperty("qmsFieldError", true);
    }
    w->setToolTip(m_marked.value(key));
    if (QFormLayout* form = formContaining(w)) {
        QLabel* label = m_labels.value(key);
        if (!label) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(w, &row, &role);
            label = new QLabel(w->parentWidget());
            label->setObjectName(QStringLiteral("error_%1").arg(key));
            label->setWordWrap(true);
            label->setStyleSheet(QStringLiteral("color: %1;").arg(toneText(Tone::Error).name()));
            form->insertRow(row + 1, QString(), label);
            m_labels.insert(key, label);
        }
        label->setText(m_marked.value(key));
    }
    return true;
}

void FieldErrorMarker::clear() {
    for (auto it = m_marked.cbegin(); it != m_marked.cend(); ++it) {
        if (QWidget* w = m_fields.value(it.key())) {
            w->setStyleSheet(m_savedStyles.value(it.key()));
            w->setToolTip(m_savedToolTips.value(it.key()));
            w->setProperty("qmsFieldError", false);
        }
    }
    for (const auto& label : std::as_const(m_labels)) {
        if (!label)
            continue;
        if (QFormLayout* form = formContaining(label))
            form->removeRow(label.data());
        else
            delete label.data();
    }
    m_labels.clear();
    m_marked.clear();
    m_savedToolTips.clear();
    m_savedStyles.clear();
}

} // namespace qms::gui

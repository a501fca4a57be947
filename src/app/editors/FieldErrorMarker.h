#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace qms::gui {

// Shows a problem at the field it concerns: a red frame and tooltip on the widget and, when the
// widget sits in a form layout, a red line of text right under it.
class FieldErrorMarker final {
public:
    void registerField(const QString& key, QWidget* widget);
    QWidget* widgetFor(const QString& key) const { return m_fields.value(key); }
    // Marks `key`; false when no widget is registered under it.
    bool mark(const QString& key, const QString& message);
    void clear();
    bool isMarked(const QString& key) const { return m_marked.contains(key); }
    bool isRegistered(const QString& key) const { return m_fields.contains(key); }
    QString messageFor(const QString& key) const { return m_marked.value(key); }

private:
    QHash<QString, QPointer<QWidget>> m_fields;
    QHash<QString, QString> m_marked;
    QHash<QString, QString> m_savedToolTips;
    QHash<QString, QString> m_savedStyles;
    QHash<QString, QPointer<QLabel>> m_labels;
};

} // namespace qms::gui

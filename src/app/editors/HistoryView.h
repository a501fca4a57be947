#pragma once

#include <QHash>
#include <QWidget>
#include <functional>

class QTreeWidget;
class QLabel;

namespace qms {
struct AuditEntry;
}

namespace qms::gui {

// A record's audit trail: when (local time), who, field, old -> new, reason. The snapshot written
// when the record was created reads "created".
class HistoryView final : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(QWidget* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries,
                    const std::function<QString(const QString&)>& fieldLabel,
                    const std::function<QString(const QString&, const QString&)>& displayValue,
                    const QHash<QString, QString>& displayNames);
    void setError(const QString& message);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
    QLabel* m_note;
};

} // namespace qms::gui

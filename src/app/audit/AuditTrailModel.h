#pragma once

#include "storage/AuditTrail.h"

#include <QAbstractTableModel>
#include <QList>

namespace qms {
class Workspace;
}

namespace qms::gui {

// The audit trail as a lazily fetched table: the filter's total is counted once, rows arrive in
// pages through canFetchMore/fetchMore as the view scrolls, newest first.
class AuditTrailModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        WhenColumn,
        UserColumn,
        RecordColumn,
        ActionColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int PageSize = 500;
    enum Role { RecordIdRole = Qt::UserRole + 1, SeqRole };

    explicit AuditTrailModel(Workspace& ws, QObject* parent = nullptr);

    // Applies `filter` (its offset, limit and order are the model's business) and reloads.
    Status setFilter(const AuditFilter& filter);
    Status reload();
    const AuditFilter& filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const AuditEntry* entry(int row) const;
    // The error of the last failed fetch (empty when fine).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void fetchFailed(const QString& message);

private:
    Workspace& m_ws;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_total = 0;
    QString m_lastError;
    bool m_notifying = false; // inside endResetModel / endInsertRows
};

} // namespace qms::gui

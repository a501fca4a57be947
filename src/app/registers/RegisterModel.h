#pragma once

#include "storage/RegisterQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace qms {
class Workspace;
}

namespace qms::gui {

// One register as a table, fetched lazily from RegisterQuery a page at a time: filtering and
// sorting run in SQL, so 100,000 rows cost one count and one 200-row page until the user scrolls.
class RegisterModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Role {
        RawRole = Qt::UserRole + 1, // the stored value: enum key, ISO date, number
        IdRole,                     // the row's record id
        ColumnTypeRole,             // int(ColumnType) of the column
    };

    // Deferred: nothing is read until releaseReads(), so that a view can set up its sort order
    // and layout first and the register's first page is read once, not once per step.
    enum class FirstRead { Now, Deferred };
    RegisterModel(Workspace& ws, RecordKind kind, QObject* parent = nullptr,
                  FirstRead first = FirstRead::Now);
    void releaseReads();

    RecordKind kind() const { return m_query.kind(); }
    const QList<RegisterColumn>& columns() const { return m_columns; }
    const RegisterFilter& filter() const { return m_query.filter(); }
    void setFilter(const RegisterFilter& filter);
    // Re-reads the count and the first page (a filter or sort change, an explicit refresh).
    void reload();
    // After records of the register were written: re-reads the counts and the rows fetched so far
    // (at least one page). Rows that only show new values are updated in place (dataChanged), so
    // selection and scroll position stay; when rows came, went or moved, the model resets and
    // update() returns true.
    bool update();

    qint64 filteredCount() const { return m_filtered; }
    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // among the rows fetched so far; -1 otherwise
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countsChanged(qint64 filtered, qint64 total);
    void errorOccurred(const QString& message);

private:
    void fail(const Error& error);

    RegisterQuery m_query;
    QList<RegisterColumn> m_columns;
    QList<RegisterRow> m_rows;
    qint64 m_filtered = 0;
    qint64 m_total = 0;
    QString m_lastError;
    bool m_resetting = false;
    bool m_deferred = false;
};

} // namespace qms::gui

#pragma once

#include "domain/ClauseCoverage.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace qms::gui {

// The clause catalogue as a tree, each clause with its applicability, evidence counts per record
// type and coverage status. Read-only; reset with fresh coverage rows after every change.
class ClauseTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    // The evidence counts follow ApplicableColumn, one column per kind in the order of kindDecls(),
    // then the status.
    enum Column { ClauseColumn, ApplicableColumn, FirstCountColumn };
    static int countColumn(RecordKind kind);
    static int statusColumn();
    static int columnTotal();
    enum Role {
        ClauseNumberRole = Qt::UserRole + 1, // "8.7.1"
        StatusRole,                          // int(CoverageStatus)
        SearchTextRole,                      // number, title and summary, for the filter
    };

    ClauseTreeModel(const ClauseCatalogue& catalogue, QObject* parent = nullptr);

    // Replaces the figures; `rows` as ClauseRepository::coverage() returns them (catalogue order).
    void setCoverage(const QList<ClauseCoverage>& rows);
    const ClauseCoverage* coverageOf(const QString& clause) const;
    QModelIndex indexOf(const QString& clause, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;


private:
    struct Node {
        int clause = -1; // index into the catalogue; -1 for the root
        int parent = -1; // node index
        int row = 0;     // position among its siblings
        QList<int> children;
    };
    QVariant displayData(const Clause& c, const ClauseCoverage& cov, int column) const;
    static QString statusTip(const ClauseCoverage& cov);

    const ClauseCatalogue& m_catalogue;
    QList<Node> m_nodes;              // 0 is the invisible root
    QList<ClauseCoverage> m_coverage; // parallel to the catalogue
    QHash<QString, int> m_nodeOf;     // clause number -> node
};

// Filters the clause tree by a search text and "gaps only", keeping the ancestors of matches.
class ClauseFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClauseFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    void setGapsOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_gapsOnly = false;
};

} // namespace qms::gui

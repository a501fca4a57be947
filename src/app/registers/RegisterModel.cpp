#include "RegisterModel.h"

#include <QLoggingCategory>
#include <algorithm>

namespace qms::gui {
namespace {
Q_LOGGING_CATEGORY(lcRegister, "qmsdesk.gui.register")
}

RegisterModel::RegisterModel(Workspace& ws, RecordKind kind, QObject* parent, FirstRead first)
    : QAbstractTableModel(parent)
    , m_query(ws, kind)
    , m_columns(RegisterQuery::columns(kind))
    , m_deferred(first == FirstRead::Deferred) {
    reload();
}

void RegisterModel::releaseReads() {
    if (!m_deferred)
        return;
    m_deferred = false;
    reload();
}

void RegisterModel::setFilter(const RegisterFilter& filter) {
    m_query.setFilter(filter);
    reload();
}

void RegisterModel::fail(const Error& error) {
    m_lastError = error.describe();
    qCWarning(lcRegister).noquote() << recordKindPluralLabel(kind()) << ":" << m_lastError;
    Q_EMIT errorOccurred(m_lastError);
}

void RegisterModel::reload() {
    if (m_deferred)
        return; // sort and filter are recorded; releaseReads() reads
    beginResetModel();
    m_rows.clear();
    m_filtered = 0;
    m_lastError.clear();
    auto total = m_query.totalCount();
    auto filtered = total ? m_query.count() : Result<qint64>(total.error());
    if (!filtered) {
        fail(filtered.error());
    } else {
        m_total = *total;
        m_filtered = *filtered;
        auto page = m_query.fetch(0, PageSize);
        if (page)
            m_rows = *page;
        else
            fail(page.error());
    }
    // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows while the
    // reset is still being announced; they get them on their next look, not inside it.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    Q_EMIT countsChanged(m_filtered, m_total);
}

bool RegisterModel::update() {
    if (m_deferred)
        return false;
    auto total = m_query.totalCount();
    auto filtered = total ? m_query.count() : Result<qint64>(total.error());
    if (!filtered) {
        fail(filtered.error());
        return false;
    }
    auto page = m_query.fetch(0, int(std::max<qsizetype>(PageSize, m_rows.size())));
    if (!page) {
        fail(page.error());
        return false;
    }
    m_lastError.clear();
    const bool countsDiffer = m_total != *total || m_filtered != *filtered;
    m_total = *total;
    m_filtered = *filtered;
    bool sameRows = page->size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = page->at(i).id == m_rows.at(i).id;
    if (sameRows) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (page->at(i).values == m_rows.at(i).values)
                continue;
            m_rows[i] = page->at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, int(m_columns.size()) - 1));
        }
    } else {
        beginResetModel();
        m_rows = *page;
        m_resetting = true;
        endResetModel();
        m_resetting = false;
    }
    if (countsDiffer)
        Q_EMIT countsChanged(m_filtered, m_total);
    return !sameRows;
}

QString RegisterModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RegisterModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int RegisterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterRow& row = m_rows.at(index.row());
    const RegisterColumn& col = m_columns.at(index.column());
    const QVariant raw = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return RegisterQuery::displayText(col.type, kind(), raw);
    case Qt::ToolTipRole: {
        // The full text of cells a narrow column elides (titles, chips).
        const QString text = RegisterQuery::displayText(col.type, kind(), raw);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (col.type == ColumnType::Count)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawRole:
        return raw;
    case IdRole:
        return row.id;
    case ColumnTypeRole:
        return int(col.type);
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).label;
    return {};
}

bool RegisterModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_resetting && m_rows.size() < m_filtered;
}

void RegisterModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_resetting || m_rows.size() >= m_filtered)
        return;
    auto page = m_query.fetch(m_rows.size(), PageSize);
    if (!page) {
        fail(page.error());
        m_filtered = m_rows.size(); // stop asking for more after a failure
        return;
    }
    if (page->isEmpty()) {
        m_filtered = m_rows.size(); // rows vanished since the count (another process)
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void RegisterModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= m_columns.size())
        return;
    m_query.setSort(column, order == Qt::DescendingOrder);
    reload();
}

} // namespace qms::gui

#include "ClauseTreeModel.h"

#include "domain/kinds/KindDeclaration.h"

#include <QFont>

namespace qms::gui {

ClauseTreeModel::ClauseTreeModel(const ClauseCatalogue& catalogue, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalogue(catalogue) {
    m_nodes.append(Node{});
    const QList<Clause>& clauses = m_catalogue.clauses();
    for (int i = 0; i < clauses.size(); ++i) {
        const int parentNode = clauses[i].parent.isEmpty() ? 0 : m_nodeOf.value(clauses[i].parent, 0);
        Node n;
        n.clause = i;
        n.parent = parentNode;
        n.row = int(m_nodes[parentNode].children.size());
        const int id = int(m_nodes.size());
        m_nodes[parentNode].children.append(id);
        m_nodes.append(n);
        m_nodeOf.insert(clauses[i].number, id);
        ClauseCoverage cov;
        cov.clause = clauses[i].number;
        cov.title = clauses[i].title;
        cov.depth = clauses[i].depth;
        m_coverage.append(cov);
    }
}

void ClauseTreeModel::setCoverage(const QList<ClauseCoverage>& rows) {
    beginResetModel();
    for (const ClauseCoverage& r : rows) {
        const int node = m_nodeOf.value(r.clause, -1);
        if (node > 0)
            m_coverage[m_nodes[node].clause] = r;
    }
    endResetModel();
}

const ClauseCoverage* ClauseTreeModel::coverageOf(const QString& clause) const {
    const int node = m_nodeOf.value(clause, -1);
    return node > 0 ? &m_coverage[m_nodes[node].clause] : nullptr;
}

QModelIndex ClauseTreeModel::indexOf(const QString& clause, int column) const {
    const int node = m_nodeOf.value(clause, -1);
    return node > 0 ? createIndex(m_nodes[node].row, column, quintptr(node)) : QModelIndex();
}

QModelIndex ClauseTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= columnTotal() || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    const QList<int>& children = m_nodes[parentNode].children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex ClauseTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[int(child.internalId())].parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes[parentNode].row, 0, quintptr(parentNode));
}

int ClauseTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[parent.isValid() ? int(parent.internalId()) : 0].children.size());
}

int ClauseTreeModel::columnCount(const QModelIndex&) const {
    return columnTotal();
}

int ClauseTreeModel::countColumn(RecordKind kind) {
    const auto decls = kindDecls();
    for (std::size_t i = 0; i < decls.size(); ++i)
        if (decls[i]->kind == kind)
            return FirstCountColumn + int(i);
    return -1;
}

int ClauseTreeModel::statusColumn() {
    return FirstCountColumn + int(kindDecls().size());
}

int ClauseTreeModel::columnTotal() {
    return statusColumn() + 1;
}

namespace {
bool isCountColumn(int column) {
    return column >= ClauseTreeModel::FirstCountColumn && column < ClauseTreeModel::statusColumn();
}
} // namespace

QString ClauseTreeModel::statusTip(const ClauseCoverage& cov) {
    QStringList lines;
    if (cov.evidence > 0)
        lines << (cov.evidence == 1 ? tr("1 record gives evidence for this clause")
                                    : tr("%1 records give evidence for this clause").arg(cov.evidence));
    if (cov.staleEvidence > 0)
        lines << (cov.staleEvidence == 1
                      ? tr("1 record of evidence is overdue for review")
                      : tr("%1 records of evidence are overdue for review").arg(cov.staleEvidence));
    if (cov.openFindings > 0)
        lines << cov.findingsText();
    if (lines.isEmpty())
        lines << (cov.total() == 0 ? tr("No record is linked to this clause yet")
                                   : tr("No linked record counts as evidence"));
    return lines.join(QLatin1Char('\n'));
}

QVariant ClauseTreeModel::displayData(const Clause& c, const ClauseCoverage& cov, int column) const {
    switch (column) {
    case ClauseColumn:
        return QStringLiteral("%1  %2").arg(c.number, c.title);
    case ApplicableColumn:
        return cov.applicable ? tr("Yes") : tr("No");
    default:
        if (column == statusColumn())
            return coverageStatusLabel(cov.status());
        // One count column per kind, in the order of the declarations.
        if (isCountColumn(column))
            return cov.count(kindDecls()[column - FirstCountColumn]->kind);
        return {};
    }
}

QVariant ClauseTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = int(index.internalId());
    const Clause& c = m_catalogue.clauses()[m_nodes[node].clause];
    const ClauseCoverage& cov = m_coverage[m_nodes[node].clause];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, cov, index.column());
    case Qt::FontRole:
        if (index.column() == ClauseColumn && (c.untitled || c.depth == 0)) {
            QFont f;
            f.setItalic(c.untitled);
            f.setBold(c.depth == 0);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isCountColumn(index.column()))
            return int(Qt::AlignCenter);
        if (index.column() == ApplicableColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ClauseColumn) {
            QString tip = c.summary;
            if (c.untitled)
                tip +=
                    QLatin1Char('\n') + tr("(The standard gives this clause no title; the label is ours.)");
            return tip;
        }
        if (index.column() == ApplicableColumn || (index.column() == statusColumn() && !cov.applicable))
            return cov.applicable ? tr("Applies to the organisation")
                                  : tr("Not applicable: %1").arg(cov.justification);
        if (index.column() == statusColumn())
            return statusTip(cov);
        return {};
    case ClauseNumberRole:
        return c.number;
    case StatusRole:
        return int(cov.status());
    case SearchTextRole:
        return QStringList{c.number, c.title, c.summary}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant ClauseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    // Short headers keep the clause titles readable at 1280 pixels; the tooltip spells them out.
    if (role == Qt::DisplayRole) {
        if (section == ClauseColumn)
            return tr("Clause");
        if (section == ApplicableColumn)
            return tr("Applies");
        if (isCountColumn(section))
            return kindDecls()[section - FirstCountColumn]->countHeaderText();
        if (section == statusColumn())
            return tr("Status");
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (section == ApplicableColumn)
            return tr("Whether the clause applies to the organisation (ISO 9001 4.3)");
        if (isCountColumn(section))
            return kindDecls()[section - FirstCountColumn]->countTipText();
        if (section == statusColumn())
            return coverageRuleText();
        return {};
    }
    return {};
}

ClauseFilterProxy::ClauseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
}

void ClauseFilterProxy::setSearchText(const QString& text) {
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void ClauseFilterProxy::setGapsOnly(bool on) {
    if (on == m_gapsOnly)
        return;
    m_gapsOnly = on;
    invalidateFilter();
}

bool ClauseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_gapsOnly) {
        const auto status = CoverageStatus(idx.data(ClauseTreeModel::StatusRole).toInt());
        if (status != CoverageStatus::Gap && status != CoverageStatus::Stale)
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString hay = idx.data(ClauseTreeModel::SearchTextRole).toString();
        // "8.7" finds 8.7 and its subclauses by number; words search titles and summaries.
        const QString number = idx.data(ClauseTreeModel::ClauseNumberRole).toString();
        if (!(number == m_text || number.startsWith(m_text + QLatin1Char('.')) ||
              hay.contains(m_text, Qt::CaseInsensitive)))
            return false;
    }
    return true;
}

} // namespace qms::gui

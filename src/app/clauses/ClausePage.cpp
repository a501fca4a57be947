#include "ClausePage.h"

#include "ClauseApplicabilityDialog.h"
#include "ClauseDetailsPanel.h"
#include "ClauseStatusDelegate.h"
#include "ClauseTreeModel.h"
#include "shell/Icons.h"
#include "shell/Theme.h"
#include "storage/ClauseRepository.h"
#include "storage/RecordChanges.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace qms::gui {

ClausePage::ClausePage(Workspace& ws, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("clausePage"));
    m_model = new ClauseTreeModel(ws.catalogue(), this);
    m_proxy = new ClauseFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("clauseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(bannerStyleSheet(Tone::Error));
    m_error->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clauseSearch"));
    m_search->setPlaceholderText(tr("Filter by number, title or summary"));
    m_search->setAccessibleName(tr("Filter clauses"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_gapsOnly = new QCheckBox(tr("&Needs evidence"), this);
    m_gapsOnly->setObjectName(QStringLiteral("gapsOnlyCheck"));
    m_gapsOnly->setToolTip(tr("Show only applicable clauses without current evidence: gaps and clauses "
                              "whose evidence is stale"));

    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("ISO 9001 clauses"));
    m_view->setObjectName(QStringLiteral("clauseTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegateForColumn(ClauseTreeModel::statusColumn(), new ClauseStatusDelegate(m_view));
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ClauseTreeModel::ClauseColumn, QHeaderView::Stretch);
    for (int c = ClauseTreeModel::ApplicableColumn; c < ClauseTreeModel::columnTotal(); ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(40);

    m_details = new ClauseDetailsPanel(ws, this);
    connect(m_details, &ClauseDetailsPanel::openRecord, this, &ClausePage::openRecord);
    connect(m_details, &ClauseDetailsPanel::editApplicabilityRequested, this, [this] {
        if (ClauseApplicabilityDialog* d = editApplicability())
            d->setFocus();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("clauseSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 340});

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_gapsOnly);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        m_view->expandAll();
    });
    connect(m_gapsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setGapsOnly(on);
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClausePage::showCurrent);
    // Coverage follows the records (their clause links, titles and states) and the applicability.
    connect(&ws.changes(), &RecordChanges::changed, this, [this](const ChangeSet& changes) {
        if (changes.touchesRecords() || changes.touchesOther(u"clause:"))
            refresh();
    });
}

void ClausePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString ClausePage::currentClause() const {
    return m_view->currentIndex().data(ClauseTreeModel::ClauseNumberRole).toString();
}

void ClausePage::selectClause(const QString& clause) {
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(clause));
    if (!idx.isValid())
        return;
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    m_view->setCurrentIndex(idx);
}

void ClausePage::refresh() {
    // Counting evidence reads every clause link: only for a page someone looks at.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QString current = currentClause();
    auto rows = m_ws.clauses().coverage();
    if (!rows) {
        m_error->setText(tr("Clause coverage could not be read: %1").arg(rows.error().describe()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setCoverage(*rows);
    m_view->expandAll();
    updateSummary();
    if (!current.isEmpty())
        selectClause(current);
    showCurrent();
}

void ClausePage::updateSummary() {
    QList<ClauseCoverage> rows;
    for (const Clause& c : m_ws.catalogue().clauses())
        if (const ClauseCoverage* cov = m_model->coverageOf(c.number))
            rows << *cov;
    const CoverageSummary s = summarise(rows, m_ws.catalogue());
    const QLocale locale;
    m_summary->setText(
        QStringLiteral("<span style=\"font-size:x-large; font-weight:600\">%1</span>&nbsp;&nbsp;%2")
            .arg(tr("Coverage %1 %").arg(locale.toString(s.percent(), 'f', 0)),
                 tr("— %1 (%2)")
                     .arg(coverageSummaryText(s), m_ws.catalogue().displayName())
                     .toHtmlEscaped()));
    m_summary->setToolTip(coverageRuleText());
}

void ClausePage::showCurrent() {
    const QString clause = currentClause();
    const ClauseCoverage* cov = clause.isEmpty() ? nullptr : m_model->coverageOf(clause);
    if (!cov) {
        m_details->clear();
        return;
    }
    m_details->showClause(clause, *cov);
}

ClauseApplicabilityDialog* ClausePage::editApplicability() {
    const QString clause = currentClause();
    const ClauseCoverage* cov = clause.isEmpty() ? nullptr : m_model->coverageOf(clause);
    if (!cov)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    // An ancestor that does not apply rules this clause; the dialog says so instead of editing.
    QString inheritedFrom;
    const QStringList chain = m_ws.catalogue().selfAndAncestors(clause);
    for (int i = int(chain.size()) - 1; i >= 1; --i) {
        const ClauseCoverage* a = m_model->coverageOf(chain[i]);
        if (a && !a->applicable) {
            inheritedFrom = chain[i];
            break;
        }
    }
    m_dialog =
        new ClauseApplicabilityDialog(m_ws, clause, cov->applicable, cov->justification, inheritedFrom, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &ClausePage::refresh);
    m_dialog->open();
    return m_dialog;
}

} // namespace qms::gui

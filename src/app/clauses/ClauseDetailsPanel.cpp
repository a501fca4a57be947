#include "ClauseDetailsPanel.h"

#include "ClauseStatusDelegate.h"
#include "ClauseTreeModel.h"
#include "domain/Permissions.h"
#include "domain/kinds/KindRules.h"
#include "shell/Icons.h"
#include "storage/ClauseRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

enum RecordColumn { IdColumn, TypeColumn, TitleColumn, StatusColumn };
constexpr int RoleData = Qt::UserRole + 1; // a group item's ClauseRole

// Title and status of the records of one kind among `ids`, loaded in one query.
template <typename R>
Status describe(RecordRepository<R>& repo, const QStringList& ids,
                QHash<QString, QPair<QString, QString>>& out) {
    if (ids.isEmpty())
        return {};
    RecordFilter filter;
    filter.ids = ids;
    auto rows = repo.list(filter);
    if (!rows)
        return rows.error();
    for (const R& r : *rows)
        out.insert(r.meta.id, {recordTitle(r), declOf<R>().stateLabel(stateOf(r))});
    return {};
}

} // namespace

ClauseDetailsPanel::ClauseDetailsPanel(Workspace& ws, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("clauseDetails"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("clauseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("clauseSummary"));
    m_summary->setWordWrap(true);
    m_applicability = new QLabel(this);
    m_applicability->setObjectName(QStringLiteral("clauseApplicability"));
    m_applicability->setWordWrap(true);
    m_applicability->setTextFormat(Qt::RichText);
    m_edit = new QPushButton(icon(QStringLiteral("edit")), tr("Edit applicability…"), this);
    m_edit->setObjectName(QStringLiteral("editApplicabilityButton"));
    connect(m_edit, &QPushButton::clicked, this, &ClauseDetailsPanel::editApplicabilityRequested);

    m_recordsHeading = new QLabel(this);
    m_recordsHeading->setObjectName(QStringLiteral("linkedRecordsHeading"));
    QFont hf = m_recordsHeading->font();
    hf.setBold(true);
    m_recordsHeading->setFont(hf);
    m_records = new QTreeWidget(this);
    m_records->setObjectName(QStringLiteral("linkedRecords"));
    m_records->setAccessibleName(tr("Linked records"));
    m_records->setRootIsDecorated(false);
    m_records->setIndentation(12);
    m_records->setItemsExpandable(false);
    m_records->setAlternatingRowColors(true);
    m_records->setUniformRowHeights(true);
    m_records->setHeaderLabels({tr("Id"), tr("Type"), tr("Title"), tr("Status")});
    m_records->header()->setStretchLastSection(false);
    m_records->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_records->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_records->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_records->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_records->setToolTip(tr("Double-click a record to open it"));
    connect(m_records, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(IdColumn, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRecord(id);
    });

    auto* appRow = new QHBoxLayout;
    appRow->addWidget(m_edit);
    appRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_applicability);
    layout->addLayout(appRow);
    layout->addSpacing(4);
    layout->addWidget(m_recordsHeading);
    layout->addWidget(m_records, 1);
    clear();
}

void ClauseDetailsPanel::clear() {
    m_title->setText(QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>")
                         .arg(tr("No clause selected")));
    m_summary->setText(
        tr("Select a clause in the tree to see its applicability and the records giving evidence "
           "for it."));
    m_applicability->clear();
    m_edit->setVisible(false);
    m_recordsHeading->clear();
    m_records->clear();
}

void ClauseDetailsPanel::showClause(const QString& clause, const ClauseCoverage& coverage) {
    const Clause* c = m_ws.catalogue().find(clause);
    if (!c) {
        clear();
        return;
    }
    m_title->setText(
        QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1&nbsp;&nbsp;%2</span>")
            .arg(c->number.toHtmlEscaped(), c->untitled
                                                ? QStringLiteral("<i>%1</i>").arg(c->title.toHtmlEscaped())
                                                : c->title.toHtmlEscaped()));
    m_summary->setText(c->summary);
    const QColor chip = ClauseStatusDelegate::chipColour(int(coverage.status()));
    QString app = coverage.applicable
                      ? tr("Applies to the organisation.")
                      : tr("<b>Not applicable.</b> %1").arg(coverage.justification.toHtmlEscaped());
    app += QStringLiteral("<br><span style=\"color:%1; font-weight:600\">%2</span>")
               .arg(chip.name(), coverageStatusLabel(coverage.status()));
    if (coverage.applicable && coverage.openFindings > 0)
        app += QStringLiteral(" &nbsp;") + coverage.findingsText().toHtmlEscaped();
    if (const QString last = lastDateLabel(); !last.isEmpty())
        app += QStringLiteral("<br>") +
               tr("%1: %2").arg(last.toHtmlEscaped(),
                                coverage.lastDate.isValid()
                                    ? QLocale().toString(coverage.lastDate, QLocale::ShortFormat)
                                    : tr("never"));
    if (coverage.programme != ProgrammeStatus::None) {
        // The planned date as people read dates here; a gap in the programme in the alert colour.
        const QString text =
            coverage.programme == ProgrammeStatus::Planned
                ? tr("planned for %1").arg(QLocale().toString(coverage.nextDate, QLocale::ShortFormat))
                : coverage.programmeText();
        const QString line = tr("Audit programme: %1").arg(text.toHtmlEscaped());
        app += QStringLiteral("<br>") +
               (isProgrammeGap(coverage.programme)
                    ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(ClauseStatusDelegate::chipColour(int(CoverageStatus::Gap)).name(), line)
                    : line);
    }
    m_applicability->setText(app);
    const bool mayEdit = Permissions::isQualityManager(m_ws.user()) && !m_ws.isReadOnly();
    m_edit->setVisible(true);
    m_edit->setEnabled(mayEdit);
    m_edit->setToolTip(mayEdit ? tr("Decide whether this clause applies (ISO 9001 4.3)")
                               : tr("Only a quality manager working read-write can change applicability"));
    loadRecords(clause);
}

void ClauseDetailsPanel::loadRecords(const QString& clause) {
    m_records->clear();
    auto links = m_ws.clauses().linkedRecords(clause);
    if (!links) {
        m_recordsHeading->setText(tr("Linked records could not be read: %1").arg(links.error().describe()));
        return;
    }
    const QList<ClauseLink> shown = links->mid(0, MaxListed);
    QHash<int, QStringList> byKind;
    for (const ClauseLink& l : shown)
        if (const auto parsed = parseRecordId(l.recordId))
            byKind[int(parsed->first)] << l.recordId;
    QHash<QString, QPair<QString, QString>> info;
    Status s;
    forEachRecordType([&](auto t) {
        using R = typename decltype(t)::type;
        if (s)
            s = describe(m_ws.records<R>(), byKind.value(int(kindOf<R>)), info);
    });
    if (!s) {
        m_recordsHeading->setText(tr("Linked records could not be read: %1").arg(s.error().describe()));
        return;
    }
    // Grouped by what each record says about the clause: evidence first, then findings.
    const ClauseRole order[] = {ClauseRole::Evidence, ClauseRole::StaleEvidence, ClauseRole::OpenFinding,
                                ClauseRole::Linked, ClauseRole::Withdrawn};
    const int rowHeight = m_records->fontMetrics().height() + 8; // the same air as the clause tree
    for (ClauseRole role : order) {
        QList<QTreeWidgetItem*> items;
        for (const ClauseLink& l : shown) {
            if (l.role != role)
                continue;
            const auto parsed = parseRecordId(l.recordId);
            auto* item = new QTreeWidgetItem;
            item->setSizeHint(TitleColumn, QSize(0, rowHeight)); // the stretched column: width unused
            item->setText(IdColumn, l.recordId);
            item->setData(IdColumn, Qt::UserRole, l.recordId);
            // Short type names leave the title room in a narrow panel; the tooltip has the full name.
            // Findings read best by their prefix (NC, CA).
            if (parsed) {
                const bool abbreviate = kindDecl(parsed->first).evidence.role == EvidenceRole::Finding;
                item->setText(TypeColumn,
                              abbreviate ? recordPrefix(parsed->first) : recordKindLabel(parsed->first));
                item->setToolTip(TypeColumn, recordKindLabel(parsed->first));
            }
            item->setText(TitleColumn, info.value(l.recordId).first);
            item->setToolTip(TitleColumn, info.value(l.recordId).first);
            item->setText(StatusColumn, info.value(l.recordId).second);
            items << item;
        }
        if (items.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_records);
        group->setText(IdColumn, QStringLiteral("%1 (%2)").arg(clauseRoleLabel(role)).arg(items.size()));
        group->setData(IdColumn, RoleData, int(role));
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(IdColumn);
        f.setBold(true);
        group->setFont(IdColumn, f);
        group->addChildren(items);
        group->setExpanded(true);
    }
    if (links->isEmpty())
        m_recordsHeading->setText(tr("No linked records"));
    else if (links->size() > shown.size())
        m_recordsHeading->setText(tr("Linked records (first %1 of %2)").arg(shown.size()).arg(links->size()));
    else
        m_recordsHeading->setText(tr("Linked records (%1)").arg(links->size()));
}

} // namespace qms::gui
